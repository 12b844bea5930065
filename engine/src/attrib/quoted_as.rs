//! "Xinhua quoted Foreign Minister Wang Li as saying …": the person an
//! outlet quotes is the speaker, and the outlet is credited.

use super::find::{Clause, Context};
use super::names::{self, PhraseKind};

/// Verbs after "as" that close the quoted person's phrase ("as saying").
const AS_VERBS: &[&str] = &["saying", "telling", "stating", "writing", "adding", "warning"];

impl Context<'_> {
    /// A clause whose cue is "quoted" or "cited" with a person and "as
    /// saying" after it speaks for that person; the subject, when an
    /// outlet, becomes the credited outlet.
    pub(super) fn quoted_object(&self, mut clause: Clause) -> Clause {
        let Some((cue, cue_end)) = clause.cue else { return clause };
        let p = clause.paragraph;
        let (text, toks) = (self.texts[p], &self.tokens[p]);
        if !matches!(self.word(p, cue), "quoted" | "cited") || cue_end >= toks.len() {
            return clause;
        }
        let mut end = cue_end;
        while end < toks.len() && end - cue_end < 10 && toks[end].is_word() && self.word(p, end) != "as" {
            end += 1;
        }
        let as_verb = end + 1 < toks.len() && toks[end].is_word() && self.word(p, end) == "as" && toks[end + 1].is_word() && AS_VERBS.contains(&self.word(p, end + 1));
        let Some(person) = names::read_forward(text, toks, cue_end, end).filter(|s| as_verb && s.written == (cue_end, end)) else { return clause };
        if !matches!(person.kind, PhraseKind::Name | PhraseKind::Description) {
            return clause;
        }
        if let Some((outlet, _)) = clause.speaker.filter(|(s, _)| s.written.1 <= cue && s.kind == PhraseKind::Outlet) {
            clause.via = clause.via.or(outlet.name).or(Some(outlet.written));
        }
        clause.speaker = Some((person, (p, cue_end)));
        clause
    }
}
