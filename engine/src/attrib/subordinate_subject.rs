//! The subject of a subordinate clause that ends right at the cue. The
//! phrase read from the start of the words belongs to the main clause; the
//! cue's own subject is the phrase after the last subordinating word, when
//! it runs right up to the cue:
//! - after a phrase: "a judge sentenced a man to … a fine after the man had
//!   posted", "on what Zimmerman described as", "fined a builder after the
//!   builder said";
//! - a measured time clause: "Palmer weighed in hours after Hale said he was
//!   “encouraged”" (only "hours after", "shortly after" and the like: a bare
//!   "after" with no phrase before it cost as much as it gained on the
//!   validation split).

use super::names::{read_forward, segment_start, starts_like_subject, word, Phrase, PhraseKind};
use super::tokens::Token;

/// Words that measure the time before "after" ("hours after", "shortly after").
const MEASURES: &[&str] = &["hours", "minutes", "days", "weeks", "months", "moments", "shortly", "soon", "just", "right", "day", "hour", "week"];

/// The last of `openers` within `from..end` and the phrase after it, when
/// that phrase runs right up to `end`.
fn clause_after(text: &str, tokens: &[Token], from: usize, end: usize, openers: &[&str]) -> Option<(usize, Phrase)> {
    let k = (from..end).rev().find(|&k| tokens[k].is_word() && openers.contains(&word(text, tokens, k)))?;
    let subject = read_forward(text, tokens, k + 1, end)?;
    (subject.written == (k + 1, end)).then_some((k, subject))
}

/// The subject after the last subordinating word between `phrase` and the
/// cue at `end`, when it looks like a subject and runs right up to the cue.
pub(super) fn subject_after(text: &str, tokens: &[Token], phrase: Phrase, end: usize) -> Option<Phrase> {
    // "on what Zimmerman described as": "what" opens the clause here too.
    let (k, subject) = clause_after(text, tokens, phrase.written.1, end, super::roles::SUBORDINATORS).or_else(|| clause_after(text, tokens, phrase.written.1, end, &["what"]))?;
    (starts_like_subject(word(text, tokens, k + 1)) || subject.kind == PhraseKind::Name).then_some(subject)
}

/// The subject of a time clause that ends right at `end` (where the cue
/// stands): a name after the last "after" of the segment, when a measure
/// of time stands before it.
pub(super) fn time_clause_subject(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Phrase> {
    let start = segment_start(text, tokens, floor, end);
    let (k, subject) = clause_after(text, tokens, start, end, &["after"])?;
    let measured = k > start && tokens[k - 1].is_word() && MEASURES.contains(&word(text, tokens, k - 1));
    (measured && subject.kind == PhraseKind::Name).then_some(subject)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn the_subject_after_a_subordinating_word_speaks() {
        let text = "T\nHarsh comments are earning some residents fines.\n\nIn Lodi, a judge in October sentenced a 26-year-old man to probation and a 300-euro fine after the man had posted on his page that the mayor should “burn alive in the harbour fire.”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("the man"));
        let text = "T\nGreg Tillman tried again.\n\nBoth websites pulled the listing before bidding was to begin on what Tillman described as a “piece of real harbour history.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Greg Tillman"));
    }

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
