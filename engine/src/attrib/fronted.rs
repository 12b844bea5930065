//! "Even before Lee took the stage, his campaign sent a text message
//! saying: “…”": a cue with no subject of its own, in a sentence that opens
//! with a subordinate clause closed by a comma, takes the main clause's
//! subject right after that comma, not a subject inside the opening clause.

use super::find::Context;
use super::names::{self, Phrase};
use super::tokens::Kind;

/// Conjunctions that open a fronted subordinate clause.
const SUBORDINATORS: &[&str] = &["before", "after", "when", "while", "as", "since", "until", "once", "although", "though", "because", "if"];

/// Adverbs that may stand before the conjunction ("Even before", "Shortly after").
const LEAD_ADVERBS: &[&str] = &["Even", "Just", "Shortly", "Soon", "Long", "Right", "Only"];

impl Context<'_> {
    /// The subject opening the main clause of sentence `floor..` after a
    /// fronted subordinate clause, when it stands before the cue at `cue`.
    pub(super) fn fronted_main_subject(&self, p: usize, floor: usize, cue: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        let mut k = floor;
        if k + 1 < cue && toks[k].is_word() && LEAD_ADVERBS.contains(&self.word(p, k)) {
            k += 1;
        }
        let opens = k < cue && toks[k].is_word() && SUBORDINATORS.contains(&self.word(p, k).to_lowercase().as_str());
        if !opens {
            return None;
        }
        let comma = (k + 1..cue).find(|&j| toks[j].kind == Kind::Comma)?;
        let first = comma + 1;
        // The main clause read as a sentence of its own; its subject must open it.
        let phrase = names::subject_before(self.texts[p], toks, first, cue).filter(|s| s.written.0 == first)?;
        names::starts_like_subject(self.word(p, first)).then_some(phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn an_elided_cue_after_a_fronted_clause_takes_the_main_subject() {
        let text = "T\nGovernor Dan Pryor campaigned in Iowa on Monday.\n\nEven before Pryor took the stage Tuesday night to claim victory, his campaign sent out a text message to supporters saying: “We won! Reply GIVE to contribute now.”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("his campaign"));
        let text = "T\nGovernor Dan Pryor campaigned in Iowa on Monday.\n\nBefore Pryor took the stage, his campaign sent out a text message saying: “We won! Reply GIVE to contribute now.”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("his campaign"));
    }
}
