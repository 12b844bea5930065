//! "The agency found no “ties of any consequence” between them, said the
//! bureau's director, on Monday.": a present- or past-tense cue after a
//! comma, followed by a definite or indefinite description that closes the
//! clause, is an inverted attribution whatever stands before the comma.

use super::names::{self, PhraseKind};
use super::tokens::{Kind, Token};

/// Words that may follow the description and still close its clause ("on
/// Monday", "in a statement", "last week").
const CLOSERS: &[&str] = &["on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today", "after", "before", "via", "according"];

/// Whether the cue ending at token `cue_end` (a finite verb, not a
/// participle) is followed by a description opening with an article ("the
/// director", "a spokeswoman for the agency") that ends the clause at `end`
/// or before a time or place phrase, so the clause is inverted.
pub fn described_after(text: &str, tokens: &[Token], cue: &str, cue_end: usize, end: usize) -> bool {
    if cue.ends_with("ing") || cue_end >= end || !tokens[cue_end].is_word() {
        return false;
    }
    if !matches!(names::word(text, tokens, cue_end), "the" | "a" | "an") {
        return false;
    }
    let Some(phrase) = names::read_forward(text, tokens, cue_end, end) else { return false };
    if phrase.written.0 != cue_end || !matches!(phrase.kind, PhraseKind::Description | PhraseKind::Org | PhraseKind::Outlet) {
        return false;
    }
    // "said the bill would fail": a verb after the phrase makes it the subject of a reported clause.
    let next = phrase.written.1;
    next >= end || matches!(tokens[next].kind, Kind::Comma | Kind::Stop | Kind::Semicolon | Kind::Dash) || tokens[next].is_word() && CLOSERS.contains(&names::word(text, tokens, next))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_description_after_a_comma_and_cue_is_the_speaker_of_a_partial_quotation() {
        let text = "T\nThe audit found no “errors of any weight” in the ledgers, said the board's treasurer, Ilse Varga, on Tuesday.";
        let got = run(text);
        assert_eq!(got[0].speaker.as_deref(), Some("Ilse Varga"));
        assert_eq!(got[0].cue.as_deref(), Some("said"));
        let text = "T\nThe audit found no “errors of any weight” in the ledgers, said the treasurer.";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("the treasurer"));
    }

    #[test]
    fn a_description_followed_by_a_verb_is_a_reported_subject_not_the_speaker() {
        let text = "T\nThe mayor called the audit “a waste of paper” at the meeting, said the ledgers would be published and left.";
        assert_ne!(run(text)[0].speaker_as_written.as_deref(), Some("the ledgers"));
    }
}
