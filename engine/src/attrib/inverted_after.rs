//! "The agency found no “ties of any consequence” between them, said the
//! bureau's director, on Monday.": a present- or past-tense cue after a
//! comma, followed by a definite or indefinite description that closes the
//! clause, is an inverted attribution whatever stands before the comma.

use super::names::{self, Phrase, PhraseKind};
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

/// "said master of ceremonies Omar Haddad": after an inverted cue at
/// `cue_end`, a lower-case role with one "of" inside it ("director of
/// communications") written right before a full name is that name's role.
pub fn role_of_then_name(text: &str, tokens: &[Token], cue_end: usize, end: usize) -> Option<Phrase> {
    let lower = |k: usize| k < end && tokens[k].is_word() && names::word(text, tokens, k).starts_with(char::is_lowercase);
    let first = (cue_end..end.min(cue_end + 6)).find(|&k| !lower(k))?;
    let ofs = (cue_end..first).filter(|&k| names::word(text, tokens, k) == "of").count();
    let of_inside = ofs == 1 && names::word(text, tokens, cue_end) != "of" && names::word(text, tokens, first - 1) != "of";
    // "said most of them", "said the rest of": a quantity or an article opens no role.
    let opener = names::word(text, tokens, cue_end);
    if !of_inside || names::starts_like_subject(opener) || names::is_quantity(opener) {
        return None;
    }
    let name = names::read_forward(text, tokens, first, end).filter(|n| n.kind == PhraseKind::Name && n.written.0 == first && n.name.is_some_and(|(a, b)| b - a >= 2))?;
    Some(Phrase { written: (cue_end, name.written.1), role: Some((cue_end, first)), ..name })
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

    #[test]
    fn a_role_with_of_before_a_full_name_after_an_inverted_cue_is_read_with_it() {
        let got = run("T\n“Welcome, all of you, to the new harbour hall,” said master of ceremonies Ines Poll, a retired sailor.");
        assert_eq!(got[0].speaker.as_deref(), Some("Ines Poll"));
        assert_eq!(got[0].role.as_deref(), Some("master of ceremonies"));
        let got = run("T\n“Welcome, all of you, to the new harbour hall,” said most of them Ines Poll included.");
        assert_ne!(got[0].role.as_deref(), Some("most of them"));
    }
}
