//! "X:" lines: a speaker, and the reporting verb if the line has one,
//! written before a quotation and closed by a colon, on a line of its own
//! ("Lee continued:" then the quotation's paragraph) or inline ("Lee: “…”").

use super::cues;
use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::tokens::Kind;

impl Context<'_> {
    /// "X:" on a line of its own before a quotation that opens its paragraph,
    /// or "X: “…”" inline.
    pub(super) fn colon_line(&self, p: usize, i: usize) -> Option<Clause> {
        let (lp, colon) = if i > 0 && self.tokens[p][i - 1].kind == Kind::Colon {
            (p, i - 1)
        } else if i == 0 && p > 0 && self.tokens[p - 1].last().is_some_and(|t| t.kind == Kind::Colon) {
            (p - 1, self.tokens[p - 1].len() - 1)
        } else {
            return None;
        };
        let toks = &self.tokens[lp];
        let start = self.sentence_start(lp, colon);
        if colon == start {
            return None;
        }
        let phrase = names::read_forward(self.texts[lp], toks, start, colon)?;
        let label = colon - start <= 8;
        // "Martell, the addictions doctor, is more blunt: “…”": a longer
        // line introduces the quotation of the person it opens with.
        let is_subject = |kind| matches!(kind, PhraseKind::Name | PhraseKind::Org | PhraseKind::Outlet | PhraseKind::Pronoun(_));
        let subject = is_subject(phrase.kind);
        let cue = self.colon_cue(lp, start, colon);
        // "Closing the speech, he told the crowd:": a lead-in clause opens
        // the line; the cue's own subject speaks.
        let lead_in = !subject && toks[start].is_word() && self.word(lp, start).ends_with("ing");
        let cued = cue.filter(|_| lead_in).and_then(|(c, _)| names::subject_before(self.texts[lp], toks, start, c)).filter(|p| is_subject(p.kind) && p.written.0 > start);
        let (phrase, at) = cued.map_or((phrase, start), |p| (p, p.written.0));
        (label || subject || cued.is_some()).then(|| Clause { paragraph: lp, sentence: toks[colon].sentence, speaker: Some((phrase, (lp, at))), cue, direct: label, ..Clause::default() })
    }

    /// The reporting verb of a line ending in a colon at token `colon`: its
    /// last cue ("Lee continued:"), or a verb too often a noun right before
    /// the colon ("The Herald reports:").
    fn colon_cue(&self, p: usize, start: usize, colon: usize) -> Option<(usize, usize)> {
        let toks = &self.tokens[p];
        let last_word = (toks[colon - 1].is_word() && cues::is_too_common(self.word(p, colon - 1))).then_some((colon - 1, colon));
        self.cues_in(p, start, colon).last().copied().or(last_word)
    }
}
