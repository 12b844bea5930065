//! Reading a corpus folder from disk (feature `fs`).

use crate::model::Article;
use crate::read::read_article;
use std::fmt;
use std::path::{Path, PathBuf};

/// A file or folder that could not be read, with the path that failed.
#[derive(Debug)]
pub struct CorpusError {
    /// The path that failed.
    pub path: PathBuf,
    /// The underlying error.
    pub source: std::io::Error,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.source)
    }
}

impl std::error::Error for CorpusError {}

/// Lists every `.txt` and `.md` file under `dir` (recursively), sorted by path.
pub fn article_files(dir: &Path) -> Result<Vec<PathBuf>, CorpusError> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|source| CorpusError { path: folder.clone(), source })?;
        for entry in entries {
            let path = entry.map_err(|source| CorpusError { path: folder.clone(), source })?.path();
            if path.is_dir() {
                pending.push(path);
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md")) {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Reads every article of a corpus folder, in path order.
pub fn read_dir(dir: &Path) -> Result<Vec<Article>, CorpusError> {
    article_files(dir)?
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|source| CorpusError { path: path.clone(), source })?;
            Ok(read_article(&relative_name(dir, path), &bytes))
        })
        .collect()
}

/// The path of `file` relative to `dir`, with `/` separators.
fn relative_name(dir: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(dir).unwrap_or(file);
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}
