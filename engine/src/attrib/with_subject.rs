//! "The ad ends with a voice over saying: “…”", "…, with Ruiz taking to
//! Twitter to say “…”": after "with", the noun phrase before a participle
//! is that participle's subject, and the speaker of a cue it leads to.

use super::find::Context;
use super::names::{self, Phrase, PhraseKind};

/// How many tokens back from the cue "with" may stand.
const SPAN: usize = 10;

impl Context<'_> {
    /// The subject after "with" of the cue at token `cue` of paragraph
    /// `p`: a noun phrase right before the participle cue, or right before
    /// a participle whose "to" the cue follows ("with Ruiz taking to
    /// Twitter to say"), with no comma or quotation between.
    pub(super) fn with_subject(&self, p: usize, floor: usize, cue: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        // Only a participle cue, or one after "to", can follow such a phrase.
        if !(self.word(p, cue).ends_with("ing") || cue > floor && toks[cue - 1].is_word() && self.word(p, cue - 1) == "to") {
            return None;
        }
        let from = cue.saturating_sub(SPAN).max(floor);
        let with = (from..cue).rev().find(|&k| !toks[k].is_word() || self.word(p, k) == "with").filter(|&k| toks[k].is_word())?;
        let phrase = names::read_forward(self.texts[p], toks, with + 1, cue).filter(|s| s.written.0 == with + 1)?;
        let end = phrase.written.1;
        let participle = |k: usize| self.word(p, k).ends_with("ing");
        let direct = end == cue && participle(cue);
        let through = end < cue && participle(end) && cue > end + 1 && self.word(p, cue - 1) == "to";
        let person = matches!(phrase.kind, PhraseKind::Name | PhraseKind::Description | PhraseKind::Org | PhraseKind::Pronoun(_));
        ((direct || through) && person && names::starts_like_subject(self.word(p, with + 1))).then_some(phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn the_phrase_after_with_speaks_its_participle() {
        let text = "T\nGovernor Tom Pryor faces a new ad from Senator Ana Ruiz.\n\nThe ad ends with a narrator saying: “Amnesty for all. Can you trust him?”";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("a narrator"));
        let text = "T\nGovernor Tom Pryor faces a new ad from Senator Ana Ruiz.\n\nThe campaign has denied it happened, with Ruiz taking to Twitter to say the claim was “totally delusional and false.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Ana Ruiz"));
    }
}
