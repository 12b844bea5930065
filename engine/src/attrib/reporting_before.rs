//! The reporting clause of the sentence before a quotation ("Lee told
//! the board on Monday that the plan had failed. “…”"), which a quotation
//! with no clause of its own takes as its own.

use super::find::{Clause, Context};
use super::names;

impl Context<'_> {
    /// The last reporting clause with a subject in the sentence before
    /// token `i` ("Mamulashvili tells VICE World News that …").
    pub(super) fn reporting_clause_before(&self, p: usize, i: usize) -> Option<Clause> {
        let start = self.sentence_start(p, i);
        if start == 0 {
            return None;
        }
        self.reporting_clause_ending(p, start)
    }

    /// The last reporting clause with a subject in the sentence that ends
    /// right before token `start` of paragraph `p`, with no speech in it,
    /// and its cue ("Lee told the board …. “…”": "told").
    pub(super) fn reporting_clause_ending(&self, p: usize, start: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        if start == 0 {
            return None;
        }
        let floor = self.sentence_start(p, start - 1);
        if (floor..start).any(|k| self.is_speech(&toks[k])) {
            return None;
        }
        let i = start - 1;
        let cues = self.cues_in(p, floor, start);
        cues.iter().rev().find_map(|&(cue, cue_end)| {
            let phrase = names::subject_before(self.texts[p], toks, floor, cue)?;
            let via = self.credited(p, self.word(p, cue), cue_end, start);
            // "She did not mention the bank. “…”": a denied verb reports nothing.
            let cue = (!self.negated(p, floor, cue)).then_some((cue, cue_end));
            Some(Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, phrase.written.0))), cue, via, ..Clause::default() })
        })
    }

    /// Whether the cue at token `cue` is denied ("did not mention", "never said").
    fn negated(&self, p: usize, floor: usize, cue: usize) -> bool {
        let toks = &self.tokens[p];
        let from = toks[cue.saturating_sub(2).max(floor)].start as usize;
        let before = &self.texts[p][from..toks[cue].start as usize];
        before.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’').any(|w| matches!(w, "not" | "never" | "Never") || w.ends_with("n't") || w.ends_with("n’t"))
    }
}
