//! `cargo xtask build [--corpus DIR]`: `dist/index.html` (one self-contained
//! page) and `dist/quotes.json`, from `seeds/` or the folder given.
//! Does its own set-up: the wasm target, and npm binaryen for `wasm-opt`.

use crate::{export, page, process, setup, wasm, workspace};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Runs the command.
pub fn run(args: &[String]) -> Result<()> {
    let corpus = match args {
        [] => workspace::seeds(),
        [flag, dir] if flag == "--corpus" => PathBuf::from(dir),
        _ => bail!("usage: cargo xtask build [--corpus DIR]"),
    };
    build(&corpus).map(|_| ())
}

/// Builds the page and `quotes.json` for the articles in `corpus`; returns the page's path.
pub fn build(corpus: &Path) -> Result<PathBuf> {
    let corpus = std::fs::canonicalize(corpus)
        .with_context(|| format!("the corpus folder {} cannot be opened", corpus.display()))?;
    let index = export::index_folder(&corpus)?;
    let dist = workspace::dist();
    std::fs::create_dir_all(&dist).with_context(|| format!("creating {}", dist.display()))?;
    let quotes_json = dist.join("quotes.json");
    write(&quotes_json, export::index_json(&index)?.as_bytes())?;

    wasm::ensure_target()?;
    let wasm_opt = find_wasm_opt();
    let (compiled, _) = process::timed("compiling the app for wasm32", || wasm::compile(&corpus, &index))?;
    let mut bundle = wasm::bind(&compiled)?;
    let raw_bytes = bundle.wasm.len();
    if let Some(wasm_opt) = wasm_opt {
        bundle.wasm = wasm::optimize(&wasm_opt, &bundle.wasm)?;
    }
    let page = page::assemble(&page::Parts {
        template: &read_text(&workspace::root().join("index.html"))?,
        css: &read_style_sheets()?,
        glue_js: &bundle.glue_js,
        wasm: &bundle.wasm,
    })?;
    let page_path = dist.join("index.html");
    write(&page_path, page.html.as_bytes())?;

    println!("corpus:  {} ({} articles, {} statements)", corpus.display(), index.articles.len(), index.statements.len());
    println!("wasm:    {} bytes after wasm-bindgen, {} bytes final, {} bytes gzipped in the page", raw_bytes, bundle.wasm.len(), page.wasm_gzip_bytes);
    println!("data:    {}", quotes_json.display());
    println!("page:    {} ({} bytes)", page_path.display(), page.html.len());
    Ok(page_path)
}

/// npm binaryen's `wasm-opt`, installing the npm packages first if possible; `None` with a note otherwise.
fn find_wasm_opt() -> Option<PathBuf> {
    if wasm::npm_wasm_opt().is_none() {
        if let Err(error) = setup::npm_packages() {
            eprintln!("note: could not install npm binaryen ({error:#})");
        }
    }
    let found = wasm::npm_wasm_opt();
    if found.is_none() {
        eprintln!("note: wasm-opt from npm binaryen is not available; the wasm is not optimised further (larger page, same behaviour)");
    }
    found
}

/// Every `.css` file in `style/`, in name order, concatenated.
fn read_style_sheets() -> Result<String> {
    let folder = workspace::root().join("style");
    let mut sheets: Vec<PathBuf> = std::fs::read_dir(&folder)
        .with_context(|| format!("listing {}", folder.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "css"))
        .collect();
    sheets.sort();
    sheets.iter().map(|path| read_text(path)).collect::<Result<Vec<_>>>().map(|texts| texts.join("\n"))
}

/// Reads a UTF-8 file, naming it on failure.
fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// Writes a file, naming it on failure.
fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}
