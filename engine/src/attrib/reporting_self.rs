//! "The longtime senator said he rarely asks others to campaign for him,
//! “except for people I’m very close to.”": a cue inside the complement of
//! an earlier cue whose subject is a pronoun right after that cue ("said
//! he …") is the earlier speaker reporting himself; the earlier cue and its
//! subject attribute the quotation, so the mention as written is "The
//! longtime senator", not "he".

use super::find::Context;
use super::names::{self, Phrase, PhraseKind};

impl Context<'_> {
    /// The earlier cue right before the pronoun at token `pronoun` (with at
    /// most "that" between) and that cue's own subject, a name or a
    /// description.
    pub(super) fn reporting_self(&self, p: usize, floor: usize, cues: &[(usize, usize)], pronoun: usize) -> Option<(Phrase, (usize, usize))> {
        let toks = &self.tokens[p];
        let gap = |end: usize| end == pronoun || end + 1 == pronoun && toks[end].is_word() && self.word(p, end) == "that";
        let &(cue, cue_end) = cues.iter().rev().find(|&&(_, end)| gap(end))?;
        // "critics who say he should …": a relative clause's subject is not read here.
        if cue > floor && matches!(self.word(p, cue - 1), "who" | "which" | "that") {
            return None;
        }
        let subject = names::subject_before(self.texts[p], toks, floor, cue)?;
        // "Law enforcement sources said he said “…”": a plural subject is
        // not the one "he" reports, the words are another's.
        let last = self.word(p, subject.written.1 - 1);
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && last.starts_with(char::is_lowercase);
        (!plural && matches!(subject.kind, PhraseKind::Name | PhraseKind::Description)).then_some((subject, (cue, cue_end)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_speaker_reporting_himself_is_written_as_the_outer_subject() {
        let text = "T\nSenator Tom Hale spoke to reporters.\n\n“I wonder how the farmers enjoy that,” Hale said. The longtime senator said he rarely asks others to campaign for him, “except for people I’m very close to.”";
        let got = run(text);
        assert_eq!(got[1].speaker_as_written.as_deref(), Some("The longtime senator"));
        assert_eq!(got[1].speaker.as_deref(), Some("Tom Hale"));
        let text = "T\nMayor Ann Lund spoke.\n\nMayor Ann Lund sharply rebuked critics who say she should call the strikers “radical agitators,” saying it would change nothing.";
        assert_ne!(run(text)[0].speaker.as_deref(), Some("Ann Lund sharply"));
        let text = "T\nPolice arrested Tom Reed on Friday.\n\nLaw enforcement sources said he said “no more of this” after his arrest.";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Tom Reed"));
    }
}
