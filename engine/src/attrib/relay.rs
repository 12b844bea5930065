//! An outlet that relays a named source's words: "…,” Westwire reported,
//! citing an Army statement" — the source cited is the speaker and the
//! outlet the channel it came through, not the speaker.

use super::{cues, describe, documents};
use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::tokens::Kind;

/// Reporting verbs after which an outlet may cite its source.
const RELAYING: &[&str] = &["reported", "reports", "said", "says", "wrote", "added"];

impl Context<'_> {
    /// The clause with a cited source as speaker when its speaker is an
    /// outlet that reported ", citing X" or ", citing an X statement".
    pub(super) fn relayed(&self, clause: Clause) -> Clause {
        let Some(((outlet, _), (cue, cue_end))) = clause.speaker.zip(clause.cue) else { return clause };
        if outlet.kind != PhraseKind::Outlet || clause.via.is_some() || !RELAYING.contains(&self.word(clause.paragraph, cue)) {
            return clause;
        }
        let p = clause.paragraph;
        let toks = &self.tokens[p];
        let from = cue_end.max(outlet.written.1);
        let end = (from..toks.len()).find(|&k| toks[k].sentence != clause.sentence || self.is_speech(&toks[k])).unwrap_or(toks.len());
        let Some(source) = self.cited_source(p, from, end) else { return clause };
        Clause { speaker: Some((source, (p, source.written.0))), via: Some(outlet.name.unwrap_or(outlet.written)), ..clause }
    }

    /// "The draft resolution “…,” according to a copy seen by Westwire": the
    /// text before the quotation at token `i` is the speaker, the outlet
    /// that saw a copy of it the channel.
    pub(super) fn copy_seen(&self, clause: Clause, i: usize) -> Clause {
        let Some(((copy, _), (cue, _))) = clause.speaker.zip(clause.cue) else { return clause };
        let p = clause.paragraph;
        let toks = &self.tokens[p];
        // "a copy seen by X": the participle may close the phrase read or follow it.
        let is_seen = |k: usize| k + 1 < toks.len() && toks[k].is_word() && toks[k + 1].is_word() && self.word(p, k + 1) == "by"
            && matches!(self.word(p, k), "seen" | "obtained" | "reviewed" | "viewed" | "acquired");
        let Some(participle) = (copy.written.0 + 1..=copy.written.1).find(|&k| is_seen(k)) else { return clause };
        let head = self.word(p, participle - 1).to_lowercase();
        if !cues::is_source_preposition(self.word(p, cue)) || !(head == "copy" || documents::is_text_head(&head)) {
            return clause;
        }
        let floor = self.sentence_start(p, i);
        // "The text, circulated by A and B, “…”": an appositive with "and" hides the subject from a backward read.
        let opening = || {
            let phrase = names::read_forward(self.texts[p], toks, floor, i)?;
            (i > 0 && toks[i - 1].kind == Kind::Comma && toks.get(phrase.written.1).is_some_and(|t| t.kind == Kind::Comma)).then_some(phrase)
        };
        let is_text = |s: &names::Phrase| documents::is_text_head(&self.word(p, s.written.1 - 1).to_lowercase());
        let Some(text) = names::subject_before(self.texts[p], toks, floor, i).filter(is_text).or_else(|| opening().filter(is_text)) else { return clause };
        let via = clause.via.or_else(|| self.credited(p, "", participle, toks.len().min(participle + 8)));
        Clause { speaker: Some((text, (p, text.written.0))), via, ..clause }
    }

    /// The named source after ", citing" right after `from` (within three
    /// tokens), a document word after it left out.
    fn cited_source(&self, p: usize, from: usize, end: usize) -> Option<names::Phrase> {
        let toks = &self.tokens[p];
        let citing = (from..end.min(from + 3)).find(|&k| toks[k].is_word() && self.word(p, k) == "citing")?;
        let mut start = citing + 1;
        if start < end && toks[start].is_word() && matches!(self.word(p, start), "a" | "an" | "the") {
            start += 1;
        }
        // "citing a General Staff statement": the source ends before the document.
        let limit = (start..end.min(start + 8)).find(|&k| toks[k].is_word() && describe::is_document(&self.word(p, k).to_lowercase())).unwrap_or(end);
        let phrase = names::read_forward(self.texts[p], toks, start, limit)?;
        // "citing concerns about …" cites no source; "citing a ministry statement" and "citing Army officials" do.
        let capitalised = self.word(p, phrase.written.0).starts_with(char::is_uppercase);
        let source = match phrase.kind {
            PhraseKind::Name | PhraseKind::Org => true,
            PhraseKind::Description => capitalised || limit < end,
            PhraseKind::Outlet | PhraseKind::Pronoun(_) => false,
        };
        source.then_some(phrase)
    }
}
