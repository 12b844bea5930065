//! "Even before Lee took the stage, his campaign sent a text message
//! saying: “…”": a cue with no subject of its own, in a sentence that opens
//! with a subordinate clause closed by a comma, takes the main clause's
//! subject right after that comma, not a subject inside the opening clause;
//! so does a quotation with no cue at all ("As Blum spoke, the NRA was
//! lobbying lawmakers against “…”").

use super::find::{Clause, Context};
use super::names::{self, Phrase};
use super::tokens::Kind;

/// Adverbs that may stand before the conjunction ("Even before", "Shortly after").
const LEAD_ADVERBS: &[&str] = &["Even", "Just", "Shortly", "Soon", "Long", "Right", "Only"];

impl Context<'_> {
    /// "As Blum spoke, the NRA was lobbying lawmakers against “…”": with no
    /// cue, the subject opening the main clause after a fronted subordinate
    /// clause, not a name inside that clause, heads the sentence of the
    /// quotation at token `i` of paragraph `p`.
    pub(super) fn fronted_clause_subject(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        let first = self.main_clause_start(p, floor, i)?;
        // A clause of its own with a verb ("As Blum spoke,"), not a phrase ("As a result,", "Since then,").
        let adverb = |w: &str| matches!(w, "then" | "later" | "now" | "still" | "also" | "who" | "recently");
        let verb_like = |k: usize| toks[k].is_word() && { let w = self.word(p, k); w.starts_with(char::is_lowercase) && !adverb(w) && (super::verbs::is_verb(w) || w.ends_with("ed")) };
        if !(floor + 1..first).any(verb_like) {
            return None;
        }
        // The main verb: the first "was", "has" or past form, within the clause's words.
        let verb = (first + 1..i.min(first + 8)).take_while(|&k| toks[k].is_word()).find(|&k| verb_like(k))?;
        let phrase = names::subject_before(self.texts[p], toks, first, verb).filter(|s| s.written.0 == first)?;
        // A term is left to no description, so it stays a term.
        if phrase.kind == super::names::PhraseKind::Description && !self.long_quotation(p, i) {
            return None;
        }
        names::starts_like_subject(self.word(p, first)).then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, first))), ..Clause::default() })
    }

    /// The first token after the comma closing a subordinate clause that
    /// opens the sentence at `floor` ("Even before …, "), before token `end`.
    fn main_clause_start(&self, p: usize, floor: usize, end: usize) -> Option<usize> {
        let toks = &self.tokens[p];
        let mut k = floor;
        if k + 1 < end && toks[k].is_word() && LEAD_ADVERBS.contains(&self.word(p, k)) {
            k += 1;
        }
        let opens = k < end && toks[k].is_word() && super::roles::SUBORDINATORS.iter().any(|s| s.eq_ignore_ascii_case(self.word(p, k)));
        let comma = (k + 1..end).find(|&j| toks[j].kind == Kind::Comma).filter(|_| opens)?;
        Some(comma + 1).filter(|&first| first < end)
    }

    /// The subject opening the main clause of sentence `floor..` after a
    /// fronted subordinate clause, when it stands before the cue at `cue`.
    pub(super) fn fronted_main_subject(&self, p: usize, floor: usize, cue: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        let first = self.main_clause_start(p, floor, cue)?;
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

    #[test]
    fn with_no_cue_the_main_clause_after_a_fronted_clause_speaks() {
        let text = "T\nSenator Tom Blum spoke on the floor.\n\nAs Blum spoke, the gun lobby was lobbying lawmakers against “any and all new gun laws, or any limits on sales of any kind” in the chamber.";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("the gun lobby"));
    }
}
