//! Reading: bytes of a `.txt` or `.md` file to an [`Article`].
//!
//! This first version decodes UTF-8 (dropping a BOM, replacing invalid bytes
//! and reporting it), takes the first non-empty line as the title and every
//! further non-empty line as a paragraph.

use crate::model::{Article, Paragraph, Repair, Role};

/// Reads one article from the raw bytes of `file` (a path relative to the corpus).
pub fn read_article(file: &str, bytes: &[u8]) -> Article {
    let mut repairs = Vec::new();
    let text = decode(bytes, &mut repairs);
    let mut article = parse_text(file, &text);
    article.repairs.extend(repairs);
    article
}

/// Builds an article from already-decoded text.
pub fn parse_text(file: &str, text: &str) -> Article {
    let mut paragraphs = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let role = if paragraphs.is_empty() { Role::Title } else { Role::Body };
        paragraphs.push(Paragraph { text: line.to_string(), role, line: number as u32 + 1 });
    }
    let title = paragraphs.first().map(|p| p.text.clone()).unwrap_or_default();
    Article {
        id: article_id(file),
        file: file.to_string(),
        title,
        paragraphs,
        ..Article::default()
    }
}

/// Derives a stable, link-safe article id from its file path.
pub fn article_id(file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    stem.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_ascii_lowercase() } else { '-' })
        .collect()
}

/// Decodes UTF-8, dropping a byte-order mark and replacing invalid bytes.
fn decode(bytes: &[u8], repairs: &mut Vec<Repair>) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(error) => {
            let line = bytes[..error.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            repairs.push(Repair {
                line: line as u32,
                note: "invalid UTF-8 bytes replaced with U+FFFD".to_string(),
            });
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_non_empty_line_is_the_title() {
        let article = read_article("a/b.txt", b"\xEF\xBB\xBF\n  Headline  \n\nBody one.\nBody two.\n");
        assert_eq!(article.title, "Headline");
        assert_eq!(article.id, "a-b");
        assert_eq!(article.paragraphs.len(), 3);
        assert_eq!(article.paragraphs[1].line, 4);
        assert!(article.repairs.is_empty());
    }

    #[test]
    fn invalid_bytes_are_repaired_and_reported() {
        let article = read_article("x.txt", b"Title\nbad \xFF byte\n");
        assert_eq!(article.paragraphs[1].text, "bad \u{FFFD} byte");
        assert_eq!(article.repairs[0].line, 2);
    }
}
