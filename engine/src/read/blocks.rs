//! Splitting text into paragraphs ("blocks"). In plain text every non-empty
//! line is a paragraph. In Markdown, consecutive lines form one paragraph
//! unless a line starts a block of its own, and syntax is removed.

use super::markdown::clean_line;
use crate::model::Role;

/// A paragraph on its way to becoming a [`crate::model::Paragraph`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The trimmed text.
    pub text: String,
    /// 1-based line where the paragraph starts.
    pub line: u32,
    /// The Markdown heading level, when the source marked it as a heading.
    pub heading: Option<u8>,
    /// The part the paragraph plays (decided later; `Body` at first).
    pub role: Role,
}

/// Blocks with the given texts and roles, for the stages' tests.
#[cfg(test)]
pub fn blocks_with_roles(lines: &[(&str, Role)]) -> Vec<Block> {
    lines.iter().map(|&(text, role)| Block { text: text.to_string(), line: 1, heading: None, role }).collect()
}

/// Characters trimmed from both ends of every line: whitespace and
/// invisible marks (byte-order mark, zero-width space).
fn is_trimmed(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}')
}

/// Splits `text`, whose first line is line `first_line` of the file.
pub fn split(text: &str, first_line: u32, markdown: bool) -> Vec<Block> {
    if markdown {
        split_markdown(text, first_line)
    } else {
        split_plain(text, first_line)
    }
}

/// Every non-empty line is one block.
fn split_plain(text: &str, first_line: u32) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(text.len() / 200 + 1);
    for (index, line) in text.split('\n').enumerate() {
        let line_text = line.trim_matches(is_trimmed);
        if !line_text.is_empty() {
            blocks.push(Block {
                text: line_text.to_string(),
                line: first_line.saturating_add(index as u32),
                heading: None,
                role: Role::Body,
            });
        }
    }
    blocks
}

/// Markdown paragraphs: lines joined until a blank line or a new block.
fn split_markdown(text: &str, first_line: u32) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    let mut in_code_fence = false;
    for (index, raw) in text.split('\n').enumerate() {
        let line_number = first_line.saturating_add(index as u32);
        let trimmed = raw.trim_matches(is_trimmed);
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code_fence = !in_code_fence;
            open = false;
            continue;
        }
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        if in_code_fence {
            blocks.push(Block { text: trimmed.to_string(), line: line_number, heading: None, role: Role::Body });
            continue;
        }
        let line = clean_line(trimmed);
        if let Some(rule) = line.rule {
            mark_setext_heading(&mut blocks, open, rule);
            open = false;
            continue;
        }
        if line.text.is_empty() {
            continue;
        }
        let joins = open && !line.starts_block && blocks.last().is_some_and(|b| b.heading.is_none());
        match blocks.last_mut() {
            Some(last) if joins => {
                last.text.push(' ');
                last.text.push_str(&line.text);
            }
            _ => blocks.push(Block {
                text: line.text.into_owned(),
                line: line_number,
                heading: line.heading,
                role: Role::Body,
            }),
        }
        open = true;
    }
    blocks
}

/// A `===` or `---` line right under a paragraph makes it a heading.
fn mark_setext_heading(blocks: &mut [Block], open: bool, rule: char) {
    if let (true, Some(last)) = (open, blocks.last_mut()) {
        match rule {
            '=' => last.heading = Some(1),
            '-' => last.heading = Some(2),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[Block]) -> Vec<(&str, u32, Option<u8>)> {
        blocks.iter().map(|b| (b.text.as_str(), b.line, b.heading)).collect()
    }

    #[test]
    fn plain_lines_are_paragraphs() {
        let blocks = split(" A \r\n\r\n\u{FEFF}B\n\u{200B}\nC", 3, false);
        assert_eq!(texts(&blocks), [("A", 3, None), ("B", 5, None), ("C", 7, None)]);
    }

    #[test]
    fn markdown_joins_wrapped_lines_and_marks_headings() {
        let text = "# Title\n\nFirst line\nwrapped *here*.\n- item one\n- item two\n\nSub\n---\n\n```\ncode\n```\n";
        let blocks = split(text, 1, true);
        assert_eq!(
            texts(&blocks),
            [
                ("Title", 1, Some(1)),
                ("First line wrapped here.", 3, None),
                ("item one", 5, None),
                ("item two", 6, None),
                ("Sub", 8, Some(2)),
                ("code", 12, None),
            ]
        );
    }
}
