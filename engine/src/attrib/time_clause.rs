//! A measured time clause before the cue: "Palmer weighed in hours after
//! Hale said he was “encouraged”". The cue belongs to the clause opened by
//! "hours after" or "shortly after", so its subject is the name right after
//! that word, not the main clause's subject. (A bare "after" is left alone:
//! on the validation split it cost as much as it gained.)

use super::names::{read_forward, segment_start, word, Phrase, PhraseKind};
use super::tokens::Token;

/// Conjunctions that open a time clause and are no clause word of the
/// subject reader (it is a preposition as often).
const CONJUNCTIONS: &[&str] = &["after"];

/// Words that measure the time before the clause ("hours after", "shortly after").
const MEASURES: &[&str] = &["hours", "minutes", "days", "weeks", "months", "moments", "shortly", "soon", "just", "right", "day", "hour", "week"];

/// The subject of a time clause that ends right at `end` (where the cue
/// stands): a name after the last measured "after" of the run.
pub(super) fn time_clause_subject(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Phrase> {
    let start = segment_start(text, tokens, floor, end);
    let conjunction = (start..end).rev().find(|&k| tokens[k].is_word() && CONJUNCTIONS.contains(&word(text, tokens, k)))?;
    let measured = conjunction > start && tokens[conjunction - 1].is_word() && MEASURES.contains(&word(text, tokens, conjunction - 1));
    if !measured {
        return None;
    }
    let phrase = read_forward(text, tokens, conjunction + 1, end)?;
    (phrase.written == (conjunction + 1, end) && phrase.kind == PhraseKind::Name).then_some(phrase)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    fn pair(text: &str, q: usize) -> (Option<String>, Option<String>) {
        let a = run(text).swap_remove(q);
        (a.speaker, a.speaker_as_written)
    }

    #[test]
    fn the_subject_of_an_after_clause_says_its_quotation() {
        let text = "T\nGovernor Ruth Palmer and Senator Tom Hale spoke.\n\nPalmer spoke hours after Hale said that the plan was “a good start for the state.”";
        assert_eq!(pair(text, 0), (Some("Tom Hale".into()), Some("Hale".into())));
        let text = "T\nGovernor Ruth Palmer and Senator Tom Hale spoke.\n\nPalmer weighed in on Tuesday evening, shortly after Hale said he was “encouraged” by the plan.";
        assert_eq!(pair(text, 0), (Some("Tom Hale".into()), Some("Hale".into())));
    }

    #[test]
    fn an_after_phrase_that_names_no_one_leaves_the_subject() {
        let text = "T\nGovernor Ruth Palmer and Senator Tom Hale spoke.\n\nPalmer spoke after Hale. She said that the plan was “a good start for the state.”";
        assert_eq!(pair(text, 0).0.as_deref(), Some("Ruth Palmer"));
    }
}
