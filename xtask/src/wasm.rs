//! From the app's source to a small wasm module and its JavaScript glue:
//! compile for wasm32 with the size-tuned profile, generate bindings with
//! `wasm-bindgen-cli-support` as a library, then shrink with npm binaryen's
//! `wasm-opt` when it is installed.

use crate::process::{self, cargo};
use crate::workspace;
use anyhow::{bail, ensure, Context, Result};
use std::path::{Path, PathBuf};
use quote_engine::Index;
use std::process::Command;

/// The compilation target of the page.
pub const TARGET: &str = "wasm32-unknown-unknown";
/// The Cargo profile for the page (opt-level "z", LTO; see the root Cargo.toml).
const PROFILE: &str = "wasm-release";
/// The app's package (and binary) name.
const PACKAGE: &str = "quote-explorer";
/// The variable `build.rs` reads the corpus folder from.
const CORPUS_VAR: &str = "QUOTE_EXPLORER_CORPUS";
/// The environment variable that hands `build.rs` a ready index (see `build.rs`).
const INDEX_VAR: &str = "QUOTE_EXPLORER_INDEX";
/// Features Rust enables by default for wasm32 and wasm-opt must accept
/// (never `-all`: that lets wasm-opt emit instructions browsers may lack).
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-call-indirect-overlong",
    "--enable-multivalue",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
];

/// The page's code: the wasm module and the `--target web` glue that starts it.
pub struct Bundle {
    /// The glue, an ES module.
    pub glue_js: String,
    /// The final wasm bytes.
    pub wasm: Vec<u8>,
}

/// Adds the wasm target through rustup when it is not installed yet.
pub fn ensure_target() -> Result<()> {
    if !process::exists("rustup") {
        eprintln!("note: rustup not found; assuming the {TARGET} target is installed");
        return Ok(());
    }
    let installed = process::output(Command::new("rustup").args(["target", "list", "--installed"]))?;
    if !installed.lines().any(|line| line.trim() == TARGET) {
        process::run(Command::new("rustup").args(["target", "add", TARGET]))?;
    }
    Ok(())
}
/// Compiles the app for wasm32 with `index` (the index of `corpus`) embedded; returns the `.wasm` path.
/// Compiles the app for wasm32 with the index of `corpus` embedded; returns the `.wasm` path.
pub fn compile(corpus: &Path, index: &Index) -> Result<PathBuf> {
    let ready = write_ready_index(index)?;
    process::run(
        cargo()
            .current_dir(workspace::root())
            .args(["build", "--target", TARGET, "--profile", PROFILE, "--package", PACKAGE])
            .env(CORPUS_VAR, corpus)
            .env(INDEX_VAR, &ready),
    )?;
    let wasm = workspace::target().join(TARGET).join(PROFILE).join(format!("{PACKAGE}.wasm"));
    ensure!(wasm.is_file(), "cargo finished but {} is missing", wasm.display());
    Ok(wasm)
}

/// Writes the index as postcard for `build.rs` to embed, leaving the file
/// untouched when its bytes are unchanged (so an unchanged corpus does not
/// recompile the app).
fn write_ready_index(index: &Index) -> Result<PathBuf> {
    let bytes = postcard::to_allocvec(index).context("encoding the index as postcard")?;
    let scratch = workspace::scratch();
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let ready = scratch.join("index.postcard");
    if std::fs::read(&ready).ok().as_deref() != Some(bytes.as_slice()) {
        std::fs::write(&ready, &bytes).with_context(|| format!("writing {}", ready.display()))?;
    }
    Ok(ready)
}

/// Generates the `--target web` bindings; strips the name and producers sections.
pub fn bind(wasm: &Path) -> Result<Bundle> {
    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen
        .input_path(wasm)
        .web(true)?
        .typescript(false)
        .debug(false)
        .keep_debug(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .omit_default_module_path(true);
    let mut output = bindgen.generate_output().with_context(|| format!("generating bindings for {}", wasm.display()))?;
    if output.snippets().values().any(|s| !s.is_empty()) || !output.local_modules().is_empty() {
        bail!("the bindings import JavaScript snippets from separate files, which a single file:// page cannot load");
    }
    Ok(Bundle { glue_js: output.js().to_string(), wasm: output.wasm_mut().emit_wasm() })
}

/// npm binaryen's `wasm-opt` (installed in `tests/node_modules`), if present.
/// Debian's binaryen is never used: it corrupts this module.
pub fn npm_wasm_opt() -> Option<PathBuf> {
    let path = workspace::browser_tests().join("node_modules/.bin/wasm-opt");
    path.is_file().then_some(path)
}

/// Shrinks `wasm` with `wasm-opt -Oz`; returns the optimised bytes.
pub fn optimize(wasm_opt: &Path, wasm: &[u8]) -> Result<Vec<u8>> {
    let scratch = workspace::scratch();
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let input = scratch.join("bound.wasm");
    let optimized = scratch.join("optimized.wasm");
    std::fs::write(&input, wasm).with_context(|| format!("writing {}", input.display()))?;
    process::run(
        Command::new(wasm_opt)
            .arg(&input)
            .arg("-Oz")
            .args(WASM_FEATURES)
            .arg("--strip-debug")
            .arg("--strip-producers")
            .arg("-o")
            .arg(&optimized),
    )?;
    std::fs::read(&optimized).with_context(|| format!("reading {}", optimized.display()))
}
