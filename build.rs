//! Build script: runs the engine over the corpus folder and embeds the result.
//!
//! The folder is named by `QUOTE_EXPLORER_CORPUS` (relative paths are taken
//! from this package's root) and defaults to `seeds/`. The index is written as
//! postcard bytes to `$OUT_DIR/index.postcard`, which `src/data.rs` includes
//! with `include_bytes!`. Cargo is told to rerun this script when the variable,
//! the folder or any file in it changes. Repaired files are reported as cargo
//! warnings, one line each; a clean corpus builds silently.
//!
//! `cargo xtask build` runs the engine once, natively, for `quotes.json`, and
//! hands the same index over in `QUOTE_EXPLORER_INDEX` (a postcard file); this
//! script then embeds that file instead of running the engine a second time.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// The environment variable that names the corpus folder.
const CORPUS_VAR: &str = "QUOTE_EXPLORER_CORPUS";
/// The environment variable that names a ready index of that corpus (postcard).
const INDEX_VAR: &str = "QUOTE_EXPLORER_INDEX";

fn main() -> Result<()> {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").context("CARGO_MANIFEST_DIR is not set")?);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").context("OUT_DIR is not set")?);
    let target = out_dir.join("index.postcard");
    println!("cargo:rerun-if-env-changed={INDEX_VAR}");
    if let Some(ready) = std::env::var_os(INDEX_VAR).filter(|v| !v.is_empty()).map(PathBuf::from) {
        println!("cargo:rerun-if-changed={}", ready.display());
        std::fs::copy(&ready, &target)
            .with_context(|| format!("copying the ready index {} to {}", ready.display(), target.display()))?;
        return Ok(());
    }
    let corpus = corpus_folder(&manifest_dir);

    watch_corpus(&corpus)?;
    let articles = quote_engine::corpus::read_dir(&corpus)
        .with_context(|| format!("reading the corpus folder {}", corpus.display()))?;
    report_repairs(&articles);
    if articles.is_empty() {
        println!("cargo:warning=no .txt or .md articles in {}: the page will be empty", corpus.display());
    }

    let index = quote_engine::build_index(articles);
    let bytes = postcard::to_allocvec(&index).context("encoding the index as postcard")?;
    std::fs::write(&target, bytes).with_context(|| format!("writing {}", target.display()))?;
    Ok(())
}

/// The corpus folder: `$QUOTE_EXPLORER_CORPUS` (relative to `manifest_dir`), or `seeds/`.
fn corpus_folder(manifest_dir: &Path) -> PathBuf {
    println!("cargo:rerun-if-env-changed={CORPUS_VAR}");
    match std::env::var_os(CORPUS_VAR) {
        Some(folder) if !folder.is_empty() => manifest_dir.join(folder),
        _ => manifest_dir.join("seeds"),
    }
}

/// Tells cargo to rerun when the folder (an added or removed file) or any article in it changes.
fn watch_corpus(corpus: &Path) -> Result<()> {
    println!("cargo:rerun-if-changed={}", corpus.display());
    let files = quote_engine::corpus::article_files(corpus)
        .with_context(|| format!("listing the corpus folder {}", corpus.display()))?;
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    Ok(())
}

/// Prints one cargo warning per repaired file (how many repairs, the first one);
/// prints nothing for a clean corpus. Every repair is listed in the index itself.
fn report_repairs(articles: &[quote_engine::Article]) {
    for article in articles {
        if let Some(first) = article.repairs.first() {
            let more = match article.repairs.len() - 1 {
                0 => String::new(),
                n => format!(" (and {n} more; see articles[].repairs in quotes.json)"),
            };
            println!("cargo:warning={}: line {}: {}{more}", article.file, first.line, first.note);
        }
    }
}
