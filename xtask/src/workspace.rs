//! Where things are: the workspace root and the folders the commands use.

use std::path::PathBuf;

/// The workspace root (the folder above `xtask/`).
pub fn root() -> PathBuf {
    let xtask_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().map(PathBuf::from).unwrap_or(xtask_dir)
}

/// `dist/`: the built page and `quotes.json`.
pub fn dist() -> PathBuf {
    root().join("dist")
}

/// `seeds/`: the default corpus.
pub fn seeds() -> PathBuf {
    root().join("seeds")
}

/// `tests/`: the browser tests and their npm packages.
pub fn browser_tests() -> PathBuf {
    root().join("tests")
}

/// Cargo's target folder (`$CARGO_TARGET_DIR` or `target/`).
pub fn target() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// Scratch space for the xtask's own intermediate files.
pub fn scratch() -> PathBuf {
    target().join("xtask")
}
