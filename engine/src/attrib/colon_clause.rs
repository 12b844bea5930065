//! A quotation introduced by a colon at the end of a clause that a pronoun
//! opens after a comma ("Reid said both are “…,” but he gave the Texan a
//! back-handed compliment: “…”", "But back on home soil, she returned to
//! her familiar lines: “…”"): that clause's subject introduces the words,
//! not the subject of a cue earlier in the sentence.

use super::find::{Clause, Context};
use super::names;
use super::tokens::Kind;

/// Conjunctions that may join the pronoun's clause to the one before it.
const JOINERS: &[&str] = &["but", "and", "yet", "so", "then"];

/// How many tokens the pronoun's clause may run before its colon.
const MAX_CLAUSE: usize = 16;

impl Context<'_> {
    /// The clause of a quotation at token `i` of paragraph `p` right after a
    /// colon whose clause opens, after a comma and perhaps a conjunction,
    /// with a subject pronoun and holds no cue and no other quotation.
    pub(super) fn colon_clause(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let colon = i.checked_sub(1).filter(|&c| toks[c].kind == Kind::Colon)?;
        let floor = self.sentence_start(p, i);
        let mut k = colon;
        while k > floor && colon - k < MAX_CLAUSE && toks[k - 1].is_word() {
            k -= 1;
        }
        let joined = JOINERS.contains(&self.word(p, k));
        // "… are “non-entities,” but he gave …": the comma may stand inside the quotation's marks.
        let set_off = k > floor && (toks[k - 1].kind == Kind::Comma || joined && matches!(toks[k - 1].kind, Kind::Quoted(_)));
        if !set_off {
            return None;
        }
        let at = k + usize::from(joined);
        let word = self.word(p, at);
        if !matches!(word, "he" | "she" | "they") || !self.cues_in(p, at + 1, colon).is_empty() {
            return None;
        }
        let phrase = names::classify(self.texts[p], toks, at, at + 1);
        // The predicate up to the colon is how the words are introduced ("had posted", "gave … a compliment").
        let cue = (at + 1 < colon).then_some((at + 1, colon));
        Some(Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, at))), cue, ..Clause::default() })
    }
}
