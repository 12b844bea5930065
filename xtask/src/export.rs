//! `cargo xtask export DIR`: the index of any folder of articles, as JSON on
//! stdout. The same function writes `dist/quotes.json`, so the two share one
//! schema (the engine's `Index`, documented in the README).

use anyhow::{bail, Context, Result};
use quote_engine::Index;
use std::io::Write;
use std::path::Path;

/// Runs the command: `args` is exactly one folder.
pub fn run(args: &[String]) -> Result<()> {
    let [dir] = args else {
        bail!("usage: cargo xtask export DIR  (one folder of .txt/.md articles)");
    };
    let json = index_json(&index_folder(Path::new(dir))?)?;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(json.as_bytes()).and_then(|()| stdout.write_all(b"\n")) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result.context("writing the JSON to stdout"),
    }
}

/// Reads every article under `dir` and runs the engine over them.
pub fn index_folder(dir: &Path) -> Result<Index> {
    if !dir.is_dir() {
        bail!("{} is not a folder (expected a folder of .txt/.md articles)", dir.display());
    }
    let articles = quote_engine::corpus::read_dir(dir)
        .with_context(|| format!("reading the articles in {}", dir.display()))?;
    Ok(quote_engine::build_index(articles))
}

/// The export form of an index: pretty-printed JSON.
pub fn index_json(index: &Index) -> Result<String> {
    serde_json::to_string_pretty(index).context("serialising the index as JSON")
}
