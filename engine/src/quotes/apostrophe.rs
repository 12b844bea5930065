//! Apostrophes shaped like single quotation marks.
//!
//! A single mark outside a word may still be an apostrophe: an elided
//! century (’90s), a clipped word ('n', 'em, 'tis), the end of the clipped
//! "’n’" (rock ’n’ roll), or a plural possessive (the nurses’ union). Marks
//! inside a word (don’t, Kyiv’s, o’clock, ma’am) never reach these checks.
//! The pairing rules in [`super::marks`] ask them before reading a single
//! mark as a quotation mark.

/// Whether a mark before `rest` is an elision, not a quotation: an elided
/// century (’90s) or a clipped word ('n, 'em, 'tis, 'til, 'cause, 'cos).
pub fn starts_elision(rest: &str) -> bool {
    const CLIPPED: &[&str] = &["n", "em", "tis", "twas", "til", "cause", "cos", "bout"];
    if rest.starts_with(|n: char| n.is_ascii_digit()) {
        return true;
    }
    let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    CLIPPED.iter().any(|w| rest[..word_len].eq_ignore_ascii_case(w))
}

/// Whether a mark after `before` ends the clipped "’n’" of "rock ’n’ roll":
/// the text ends with a mark and an "n" standing alone.
pub fn ends_elision(before: &str) -> bool {
    let mut back = before.chars().rev();
    let n = back.next().is_some_and(|c| c.eq_ignore_ascii_case(&'n'));
    let mark = back.next().is_some_and(|c| matches!(c, '’' | '\'' | '‘'));
    n && mark && back.next().is_none_or(|c| !c.is_alphanumeric())
}

/// Whether a mark between `before` and `rest` has the shape of a plural
/// possessive ("the nurses’ union", "the Joneses' house"): after an "s",
/// and before a space and a word.
pub fn possessive_shaped(before: &str, rest: &str) -> bool {
    let after_s = before.ends_with(['s', 'S']);
    let mut ahead = rest.chars();
    after_s && ahead.next() == Some(' ') && ahead.next().is_some_and(char::is_alphanumeric)
}

/// Whether a single mark at byte `at` of `text` is shaped like a closing
/// mark: after text, and not before a letter or digit.
fn closer_shaped(text: &str, at: usize, mark: char) -> bool {
    let prev = text[..at].chars().next_back();
    let next = text[at + mark.len_utf8()..].chars().next();
    prev.is_some_and(|p| !p.is_whitespace()) && !next.is_some_and(char::is_alphanumeric)
}

/// The last closing-shaped single mark of a paragraph, found once on first
/// use (one backward pass), so that every question about it is constant-time.
#[derive(Debug)]
pub struct LastCloser<'a> {
    text: &'a str,
    last: Option<Option<usize>>,
}

impl<'a> LastCloser<'a> {
    /// Prepares the question for the paragraph `text`; nothing is read yet.
    pub fn new(text: &'a str) -> Self {
        LastCloser { text, last: None }
    }

    /// Whether a closing-shaped single mark follows byte `at`.
    pub fn after(&mut self, at: usize) -> bool {
        let text = self.text;
        let last = *self.last.get_or_insert_with(|| {
            text.char_indices().rev().find(|&(i, c)| matches!(c, '’' | '\'') && closer_shaped(text, i, c)).map(|(i, _)| i)
        });
        last.is_some_and(|last| last > at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elisions_are_recognised_at_both_ends() {
        assert!(starts_elision("90s were"));
        assert!(starts_elision("em all"));
        assert!(starts_elision("n’ roll"));
        assert!(!starts_elision("Nobody came"));
        assert!(ends_elision("rock ’n"));
        assert!(ends_elision("fish 'n"));
        assert!(!ends_elision("the sun"));
    }

    #[test]
    fn plural_possessives_have_their_shape() {
        assert!(possessive_shaped("the nurses", " union"));
        assert!(!possessive_shaped("the nurses", ", she said"));
        assert!(!possessive_shaped("It was fine", " he said"));
        assert!(!possessive_shaped("the nurses", ""));
    }

    #[test]
    fn the_last_closer_is_found_once() {
        let text = "‘The nurses’ union is ready,’ she said. ’90s";
        let mut last = LastCloser::new(text);
        assert!(last.after(text.find("’ union").unwrap()));
        assert!(!last.after(text.find("’ she").unwrap()));
    }
}
