//! Finding quotations: the quoted stretches of each paragraph.
//!
//! This first version pairs curly “…” and straight "…" marks inside one
//! paragraph. A quotation of four words or more is speech ([`Kind::Quote`]);
//! shorter ones are phrases.

use crate::model::{Article, Kind, Quotation, Span};

/// Quotations of fewer words than this are phrases unless attributed.
pub const MIN_SPEECH_WORDS: usize = 4;

/// Finds every quotation in an article, in reading order.
pub fn find(article: &Article) -> Vec<Quotation> {
    let mut found = Vec::new();
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        for (start, end) in quoted_ranges(&paragraph.text) {
            let text = paragraph.text[start..end].trim().to_string();
            if text.is_empty() {
                continue;
            }
            let kind = if crate::text::words(&text).count() >= MIN_SPEECH_WORDS {
                Kind::Quote
            } else {
                Kind::Phrase
            };
            found.push(Quotation { parts: vec![Span { paragraph: index, start, end }], text, kind });
        }
    }
    found
}

/// Byte ranges of the text between paired marks (marks excluded).
fn quoted_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (at, c) in text.char_indices() {
        match (open, c) {
            (None, '“') => open = Some(('”', at + c.len_utf8())),
            (None, '"') => open = Some(('"', at + 1)),
            (Some((close, start)), c) if c == close => {
                ranges.push((start, at));
                open = None;
            }
            _ => {}
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::parse_text;

    #[test]
    fn finds_curly_and_straight_quotations() {
        let article = parse_text("t.txt", "T\n“One two three four,” he said. A \"scare\" word.");
        let found = find(&article);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].text, "One two three four,");
        assert_eq!(found[0].kind, Kind::Quote);
        assert_eq!(found[1].text, "scare");
        assert_eq!(found[1].kind, Kind::Phrase);
    }
}
