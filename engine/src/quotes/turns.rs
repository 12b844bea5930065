//! Interview transcripts: turns that open with a speaker label.
//!
//! A transcript quoted in an article writes each turn as a paragraph that
//! opens with the speaker's name in capitals and a colon, often inside the
//! quotation mark of the multi-paragraph convention:
//!
//! ```text
//! “SMITH: How did the vote go?
//! “JONES: Better than we hoped.”
//! ```
//!
//! Each turn is its own utterance, and its words start after the label, so
//! the attribution stage reads the label as the speaker of a colon line.

use super::marks::Quoted;

/// A label has at most this many bytes ("SEN. ELIZABETH WARREN").
const MAX_LABEL_BYTES: usize = 32;

/// A label has at most this many words.
const MAX_LABEL_WORDS: usize = 3;

/// If the quoted stretch opens its paragraph with a speaker label ("PENCE:
/// "), the byte offset in `text` where the turn's words start, after the
/// colon and spaces.
pub fn label_end(text: &str, quoted: &Quoted) -> Option<usize> {
    if !text[..quoted.open_mark].trim().is_empty() {
        return None;
    }
    let inner = &text[quoted.start..quoted.end];
    let skipped = inner.len() - inner.trim_start().len();
    let inner = &inner[skipped..];
    let colon = inner.char_indices().take_while(|&(i, _)| i <= MAX_LABEL_BYTES).find(|&(_, c)| c == ':')?.0;
    let label = &inner[..colon];
    let rest = &inner[colon + 1..];
    if !is_label(label) || !rest.starts_with(char::is_whitespace) || rest.trim().is_empty() {
        return None;
    }
    let spaces = rest.len() - rest.trim_start().len();
    Some(quoted.start + skipped + colon + 1 + spaces)
}

/// Whether `label` is a speaker's name in capitals: one to three words of
/// capital letters (with the dots, hyphens and apostrophes of "SEN." and
/// "O'NEILL"), at least two letters in all, and not a news flag such as
/// "BREAKING" or "UPDATE".
pub(super) fn is_label(label: &str) -> bool {
    const NOT_SPEAKERS: &[&str] = &["ALERT", "BREAKING", "BREAKING NEWS", "CORRECTION", "EDITOR'S NOTE", "EXCLUSIVE", "JUST IN", "LIVE", "NOTE", "PHOTOS", "READ MORE", "UPDATE", "UPDATED", "VIDEO", "WARNING", "WATCH"];
    if NOT_SPEAKERS.contains(&label.trim()) {
        return false;
    }
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let words = label.split_whitespace().count();
    letters >= 2
        && (1..=MAX_LABEL_WORDS).contains(&words)
        && label.starts_with(char::is_uppercase)
        && label.chars().all(|c| c.is_uppercase() || c == ' ' || matches!(c, '.' | '-' | '\'' | '’'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks::pair_marks;

    fn turn_words(text: &str) -> Option<&str> {
        let quoted = pair_marks(text, false).into_iter().next()?;
        label_end(text, &quoted).map(|at| &text[at..quoted.end])
    }

    #[test]
    fn a_capitalised_name_and_colon_open_a_turn() {
        assert_eq!(turn_words("“JONES: Better than we hoped.”"), Some("Better than we hoped."));
        assert_eq!(turn_words("\"SEN. O'NEILL: We will see."), Some("We will see."));
    }

    #[test]
    fn ordinary_quotations_have_no_label() {
        assert_eq!(turn_words("“Jones: better than hoped.”"), None);
        assert_eq!(turn_words("“The plan is simple: we win.”"), None);
        assert_eq!(turn_words("“A: yes.”"), None);
        assert_eq!(turn_words("“NATO:”"), None);
        assert_eq!(turn_words("“BREAKING: The vote passed.”"), None);
        assert_eq!(turn_words("He wrote: “JONES: Better than we hoped.”"), None);
    }
}
