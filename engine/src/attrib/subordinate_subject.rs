//! A subject after a subordinating word between a phrase and its cue: "a
//! judge sentenced a man to … a fine after the man had posted", "on what
//! Zimmerman described as", "fined a builder after the builder said". The
//! phrase read from the start of the words belongs to the main clause; the
//! cue's own subject is the phrase after the last subordinating word, when
//! it runs right up to the cue.

use super::names::{read_forward, starts_like_subject, word, Phrase, PhraseKind};
use super::tokens::Token;

/// Words that open a clause whose subject stands right after them.
const SUBORDINATORS: &[&str] = &["after", "before", "until", "since", "once", "because", "when", "while", "what", "unless", "whereas", "although", "though"];

/// The subject after the last subordinating word between the end of
/// `phrase` and the cue's subject slot ending at `end`.
pub(super) fn subject_after(text: &str, tokens: &[Token], phrase: Phrase, end: usize) -> Option<Phrase> {
    let from = phrase.written.1;
    let k = (from..end).rev().find(|&k| tokens[k].is_word() && SUBORDINATORS.contains(&word(text, tokens, k)))?;
    let subject = read_forward(text, tokens, k + 1, end)?;
    let fits = subject.written == (k + 1, end) && (starts_like_subject(word(text, tokens, k + 1)) || subject.kind == PhraseKind::Name);
    fits.then_some(subject)
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
}
