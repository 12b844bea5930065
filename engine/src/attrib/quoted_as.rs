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
        let Some((quoted, as_at)) = clause.cue.and_then(|(cue, _)| self.quoted_as_at(clause.paragraph, cue)) else { return clause };
        let p = clause.paragraph;
        let (text, toks) = (self.texts[p], &self.tokens[p]);
        let Some(person) = names::read_forward(text, toks, quoted + 1, as_at).filter(|s| s.written == (quoted + 1, as_at)) else { return clause };
        if !matches!(person.kind, PhraseKind::Name | PhraseKind::Description) {
            return clause;
        }
        if let Some((outlet, _)) = clause.speaker.filter(|(s, _)| s.written.1 <= quoted && s.kind == PhraseKind::Outlet) {
            clause.via = clause.via.or(outlet.name).or(Some(outlet.written));
        }
        clause.speaker = Some((person, (p, quoted + 1)));
        clause
    }

    /// For a cue "quoted" (or "cited") or the "saying" of "as saying"
    /// after it: the tokens of "quoted" and of "as" around the person.
    fn quoted_as_at(&self, p: usize, cue: usize) -> Option<(usize, usize)> {
        let toks = &self.tokens[p];
        let is = |k: usize, words: &[&str]| k < toks.len() && toks[k].is_word() && words.contains(&self.word(p, k));
        let quoted = if is(cue, &["quoted", "cited"]) {
            cue
        } else if is(cue, AS_VERBS) && cue > 0 && is(cue - 1, &["as"]) {
            (cue.saturating_sub(12)..cue - 1).rev().take_while(|&k| toks[k].is_word()).find(|&k| is(k, &["quoted", "cited"]))?
        } else {
            return None;
        };
        let as_at = (quoted + 1..(quoted + 12).min(toks.len())).take_while(|&k| toks[k].is_word()).find(|&k| is(k, &["as"]))?;
        is(as_at + 1, AS_VERBS).then_some((quoted, as_at))
    }
}
