//! A poll's share as the subject of a cue: "About four in 10 said they
//! were “angry”", "Nearly 6 in 10 Republicans said …", "Six of 10 voters said".

use crate::wordset::in_list;
use super::names::{self, Phrase};
use super::tokens::Token;

/// Hedges that may open a share ("About four in 10").
const HEDGES: &[&str] = &["About", "Nearly", "Almost", "Roughly", "Some", "Just", "Over", "Under", "Only", "about", "nearly", "almost", "roughly", "just", "only"];

/// The most words a share may run to before its cue ("About four in 10 South Carolina Republican primary voters").
const SHARE_WORDS: usize = 10;

/// The share written right before the cue at `cue` (from no earlier than
/// `floor`): a hedge or "more/fewer than" perhaps, a count, "in" or "of",
/// a count, then perhaps a noun or two ("voters", "likely voters").
pub fn share_before(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<Phrase> {
    let word = |k: usize| tokens[k].is_word().then(|| names::word(text, tokens, k));
    let count = |k: usize| word(k).is_some_and(is_count);
    // "in" or "of" first: the counts are only read around it.
    let from = (floor.max(cue.saturating_sub(SHARE_WORDS))..cue).find(|&k| k + 2 < cue && matches!(word(k + 1), Some("in" | "of")) && count(k) && count(k + 2))?;
    // Only nouns and their modifiers between the share and the cue ("likely
    // voters", "South Carolina Republican primary voters"), not "who".
    if (from + 3..cue).any(|k| word(k).is_none_or(|w| w == "who")) {
        return None;
    }
    let mut start = from;
    if start > floor && word(start - 1).is_some_and(|w| in_list!(HEDGES, w)) {
        start -= 1;
    } else if start >= floor + 2 && word(start - 1) == Some("than") && word(start - 2).is_some_and(|w| matches!(w, "More" | "Fewer" | "Less" | "more" | "fewer" | "less")) {
        start -= 2;
    }
    // The share opens its clause: the sentence's start or a comma before it.
    let opens = start == floor || !tokens[start - 1].is_word();
    opens.then(|| names::classify(text, tokens, start, cue))
}

/// Whether a word is a small count ("one" to "ten", or one or two digits).
fn is_count(word: &str) -> bool {
    word.eq_ignore_ascii_case("one") || super::described_as::is_number(&word.to_lowercase())
}

/// Whether the words of a phrase hold a share ("four in 10"), so a hedge
/// opening it ("About") makes it no stray capitalised word.
pub fn is_share(words: &[&str]) -> bool {
    words.windows(3).any(|w| is_count(w[0]) && matches!(w[1], "in" | "of") && is_count(w[2]))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_hedged_poll_share_is_the_subject_of_its_cue() {
        let text = "T\nMost riders backed the plan. Nearly three in 10 commuters said the fares were “far too high for a boat that never runs on time.”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("Nearly three in 10 commuters"));
        let text = "T\nThe survey closed on Friday. About one in five said they felt “let down.”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("About one in five"));
        let text = "T\nThe poll closed on Friday. About four in 10 Ohio Democratic primary voters say that a nominee must “fight for us.”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("About four in 10 Ohio Democratic primary voters"));
    }

    #[test]
    fn a_share_inside_a_clause_is_no_subject() {
        let text = "T\nThe mayor noted that four in 10 riders pay cash, and Varga said the fares were “far too high for a boat.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Varga"));
    }
}
