//! Markdown lines to plain text: heading markers, list and quote markers,
//! emphasis, links, images and code marks are removed. Text is never
//! treated as HTML.

use std::borrow::Cow;

/// One Markdown line reduced to plain text.
#[derive(Debug, PartialEq, Eq)]
pub struct MarkdownLine<'a> {
    /// The text without Markdown syntax.
    pub text: Cow<'a, str>,
    /// The line was an ATX heading (`# …`); the value is its level.
    pub heading: Option<u8>,
    /// The line starts a block of its own (list item, quotation, heading),
    /// so it never continues the paragraph above.
    pub starts_block: bool,
    /// The line is a thematic break or a setext underline (`---`, `===`).
    pub rule: Option<char>,
}

/// Reduces one trimmed Markdown line to plain text.
pub fn clean_line(line: &str) -> MarkdownLine<'_> {
    if let Some(rule) = rule_char(line) {
        return MarkdownLine { text: Cow::Borrowed(""), heading: None, starts_block: true, rule: Some(rule) };
    }
    let (line, quoted) = strip_quote_markers(line);
    let (line, heading) = strip_heading_marker(line);
    let (line, listed) = strip_list_marker(line);
    MarkdownLine { text: strip_inline(line), heading, starts_block: quoted || listed || heading.is_some(), rule: None }
}

/// The repeated character of a thematic break or setext underline.
fn rule_char(line: &str) -> Option<char> {
    let first = line.chars().next()?;
    if !matches!(first, '-' | '*' | '_' | '=') {
        return None;
    }
    let count = line.chars().filter(|&c| c == first).count();
    (count >= 3 && line.chars().all(|c| c == first || c == ' ')).then_some(first)
}

/// Removes leading `>` block-quote markers.
fn strip_quote_markers(mut line: &str) -> (&str, bool) {
    let mut quoted = false;
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
        quoted = true;
    }
    (line, quoted)
}

/// Removes an ATX heading marker (`## Text ##`) and returns the level.
fn strip_heading_marker(line: &str) -> (&str, Option<u8>) {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return (line, None);
    }
    let rest = &line[hashes..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return (line, None);
    }
    let rest = rest.trim();
    let rest = rest.trim_end_matches('#');
    (rest.trim_end(), Some(hashes as u8))
}

/// Removes a bullet (`-`, `*`, `+`) or ordered (`1.`, `1)`) list marker.
fn strip_list_marker(line: &str) -> (&str, bool) {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return (rest.trim_start(), true);
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return (rest.trim_start(), true);
        }
    }
    (line, false)
}

/// Removes inline syntax: emphasis, links (`[text](url)` keeps `text`),
/// images (keep their alt text), code marks and backslash escapes.
pub fn strip_inline(line: &str) -> Cow<'_, str> {
    if !line.contains(['*', '_', '[', '`', '\\']) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut link_ends: Vec<(usize, usize)> = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((at, c)) = chars.next() {
        if let Some(&(close, after)) = link_ends.last() {
            if at == close {
                link_ends.pop();
                while chars.peek().is_some_and(|&(i, _)| i < after) {
                    chars.next();
                }
                previous = Some(')');
                continue;
            }
        }
        match c {
            '\\' if chars.peek().is_some_and(|&(_, n)| n.is_ascii_punctuation()) => {
                let (_, escaped) = chars.next().unwrap_or((at, c));
                out.push(escaped);
                previous = Some(escaped);
                continue;
            }
            '`' => continue,
            '!' if line[at + 1..].starts_with('[') && link_target(line, at + 1).is_some() => continue,
            '[' => {
                if let Some(end) = link_target(line, at) {
                    link_ends.push(end);
                    continue;
                }
            }
            '*' | '_' => {
                let run_end = line[at..].find(|n: char| n != c).map_or(line.len(), |n| at + n);
                let next = line[run_end..].chars().next();
                if is_emphasis_run(c, previous, next) {
                    while chars.peek().is_some_and(|&(i, _)| i < run_end) {
                        chars.next();
                    }
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
        previous = Some(c);
    }
    Cow::Owned(out)
}

/// For a `[` at `open`: the byte offset of its `]` and the offset just after
/// the `)` that closes the link's `(url)`, when the link is well formed.
fn link_target(line: &str, open: usize) -> Option<(usize, usize)> {
    let close = open + line[open..].find(']')?;
    let rest = &line[close + 1..];
    if !rest.starts_with('(') {
        return None;
    }
    let paren = close + 1 + rest.find(')')?;
    Some((close, paren + 1))
}

/// True when a run of `*` or `_` between `previous` and `next` is emphasis:
/// it touches a word on one side, and `_` is not inside a word.
fn is_emphasis_run(mark: char, previous: Option<char>, next: Option<char>) -> bool {
    let open_side = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || "“‘«(".contains(c));
    let left_word = previous.is_some_and(|c| !c.is_whitespace());
    let right_word = next.is_some_and(|c| !c.is_whitespace());
    if mark == '_' && previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
        return false;
    }
    (right_word && open_side(previous)) || (left_word && open_side(next)) || (left_word && right_word && mark == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lose_their_markers() {
        let line = clean_line("## A Call To Arms ##");
        assert_eq!((line.text.as_ref(), line.heading), ("A Call To Arms", Some(2)));
        assert_eq!(clean_line("#hashtag").heading, None);
    }

    #[test]
    fn emphasis_links_and_code_are_removed() {
        let text = "**Bold** and *it* and _under_ [the link](https://x.org/a_b) `code` ![alt](i.png) snake_case 5 * 3";
        assert_eq!(strip_inline(text), "Bold and it and under the link code alt snake_case 5 * 3");
    }

    #[test]
    fn escapes_and_unclosed_brackets_are_kept_as_text() {
        assert_eq!(strip_inline(r"\*not emphasis\* [no link] a_b_"), "*not emphasis* [no link] a_b");
    }

    #[test]
    fn list_and_quote_markers_are_removed() {
        let item = clean_line("> - “Quote,” she said.");
        assert_eq!(item.text, "“Quote,” she said.");
        assert!(item.starts_block);
        assert_eq!(clean_line("12. Twelfth").text, "Twelfth");
        assert_eq!(clean_line("---").rule, Some('-'));
        assert_eq!(clean_line("- - -").rule, Some('-'));
    }
}
