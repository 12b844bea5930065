//! A document as the subject of a verb of finding or stating ("A 2019
//! audit found that …", "The bylaws state that …"): verbs too common to be
//! cues on their own attribute a quotation when a document is their subject.

use super::describe;
use super::find::{Clause, Context};
use super::names;

/// Verbs that report what a document says, only with a document subject.
const DOCUMENT_VERBS: &[&str] = &["found", "finds", "find", "states", "state", "stated", "shows", "show", "showed", "reads", "read"];

impl Context<'_> {
    /// The clause "<document> found/states that … “…”" before token `i`.
    pub(super) fn document_subject(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        // "The state auditor's report found": "state" there is no verb; the first verb with a document subject is.
        let after_determiner = |k: usize| k > floor && matches!(self.word(p, k - 1), "the" | "The" | "a" | "an" | "its" | "their" | "his" | "her" | "our");
        let (verb, phrase) = (floor..i).filter(|&k| toks[k].is_word() && DOCUMENT_VERBS.contains(&self.word(p, k)) && !after_determiner(k)).find_map(|verb| {
            let phrase = names::subject_before(self.texts[p], toks, floor, verb)?;
            let head = self.word(p, phrase.written.1 - 1).to_lowercase();
            let document = phrase.kind != names::PhraseKind::Pronoun(super::roles::Pronoun::Thing) && describe::is_document(&head);
            document.then_some((verb, phrase))
        })?;
        Some(Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, phrase.written.0))), cue: Some((verb, verb + 1)), ..Clause::default() })
    }
}
