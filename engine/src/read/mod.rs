//! Reading: bytes of a `.txt` or `.md` file to an [`Article`].
//!
//! The steps, each in its own file:
//!
//! 1. [`decode`]: UTF-8 with or without BOM, UTF-16 with BOM, plain
//!    Windows-1252; invalid bytes become U+FFFD and are reported.
//! 2. [`mojibake`]: UTF-8 that was decoded as Windows-1252, Latin-1 or GBK
//!    is repaired where suspicious characters occur.
//! 3. [`frontmatter`]: a `---` or `+++` block gives fields that override
//!    every heuristic.
//! 4. [`blocks`]: lines to paragraphs (Markdown syntax removed for `.md`).
//! 5. [`roles`] and [`title`]: boilerplate, metadata, captions, headings and
//!    the headline.
//! 6. [`metadata`]: outlet, author and date from the text.
//!
//! Every repair is listed in [`Article::repairs`] with its line.

mod blocks;
mod boilerplate;
mod caption;
mod dates;
mod decode;
mod frontmatter;
mod gbk_table;
mod markdown;
mod meta;
mod metadata;
mod mojibake;
mod repairs;
mod roles;
mod shape;
mod title;

use crate::model::{Article, Paragraph};
use repairs::RepairLog;

/// Reads one article from the raw bytes of `file` (a path relative to the corpus).
pub fn read_article(file: &str, bytes: &[u8]) -> Article {
    let mut log = RepairLog::default();
    let decoded = decode::decode(bytes, &mut log);
    let repaired = mojibake::repair(&decoded, &mut log);
    let mut article = parse_text(file, &repaired);
    let mut repairs = log.into_repairs();
    repairs.append(&mut article.repairs);
    article.repairs = repairs;
    article
}

/// Builds an article from already-decoded text (no mojibake repair).
///
/// `.md` files (by the extension of `file`) have their Markdown syntax
/// removed; anything else is read as plain text, one paragraph per line.
pub fn parse_text(file: &str, text: &str) -> Article {
    let (front, body, front_lines) = frontmatter::split(text);
    let mut blocks = blocks::split(body, front_lines + 1, is_markdown(file));
    roles::assign_line_roles(&mut blocks);
    let title = title::choose(&mut blocks, front.title.as_deref());
    roles::mark_caption_titles(&mut blocks);
    let found = metadata::find(&mut blocks);
    Article {
        id: article_id(file),
        file: file.to_string(),
        title,
        outlet: front.outlet.or(found.outlet),
        author: front.author.or(found.author),
        date: front.date.or(found.date),
        url: front.url.or(found.url),
        language: front.language,
        paragraphs: blocks
            .into_iter()
            .map(|b| Paragraph { text: b.text, role: b.role, line: b.line })
            .collect(),
        repairs: Vec::new(),
    }
}

/// Derives a stable, link-safe article id from its file path.
pub fn article_id(file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    stem.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_ascii_lowercase() } else { '-' })
        .collect()
}

/// True when the file name ends in `.md` or `.markdown`.
fn is_markdown(file: &str) -> bool {
    let extension = file.rsplit_once('.').map_or("", |(_, ext)| ext);
    extension.eq_ignore_ascii_case("md") || extension.eq_ignore_ascii_case("markdown")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

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

    #[test]
    fn front_matter_overrides_and_keeps_line_numbers() {
        let text = "---\ntitle: Real Title\noutlet: The Daily\n---\n# Shown Title\n\nSource: Other Outlet\n\nBody *text* with [a link](http://x).\n";
        let article = parse_text("a.md", text);
        assert_eq!(article.title, "Real Title");
        assert_eq!(article.outlet.as_deref(), Some("The Daily"));
        assert_eq!(article.paragraphs[0].role, Role::Heading);
        assert_eq!(article.paragraphs[0].line, 5);
        assert_eq!(article.paragraphs[2].text, "Body text with a link.");
        assert_eq!(article.paragraphs[2].line, 9);
    }

    #[test]
    fn markdown_top_heading_is_the_title() {
        let article = parse_text("a.md", "# The **Headline**\n\nBy Jane Doe\n\nText.");
        assert_eq!(article.title, "The Headline");
        assert_eq!(article.author.as_deref(), Some("Jane Doe"));
        assert_eq!(article.paragraphs[1].role, Role::Meta);
    }

    #[test]
    fn plain_text_keeps_markdown_characters() {
        let article = parse_text("a.txt", "# Not stripped\n\nA *b* c.");
        assert_eq!(article.title, "# Not stripped");
        assert_eq!(article.paragraphs[1].text, "A *b* c.");
    }
}
