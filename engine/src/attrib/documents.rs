//! A document as the subject of a verb of finding or stating ("A 2019
//! audit found that …", "The bylaws state that …"): verbs too common to be
//! cues on their own attribute a quotation when a document is their subject
//! ("The draft resolution demands “…”", "The law defines an agent as “…”").

use super::describe;
use super::find::{Clause, Context};
use super::names;
use super::tokens::Token;

/// Verbs that report what a document says, only with a document subject.
const DOCUMENT_VERBS: &[&str] = &[
    "found", "finds", "find", "states", "state", "stated", "shows", "show", "showed", "reads", "read", "demands", "demand", "demanded",
    "defines", "define", "defined", "requires", "require", "required", "calls",
];

/// Texts of law and negotiation that speak for their drafters ("The draft
/// resolution demands …", "The new law defines an agent as …").
const LEGAL_TEXTS: &[&str] = &["resolution", "draft", "text", "agreement", "act", "law", "bill", "treaty", "accord", "charter", "constitution", "legislation"];

/// Whether a lower-case head noun names a document or a text of law or
/// negotiation ("statement", "draft", "resolution").
pub(super) fn is_text_head(head: &str) -> bool {
    describe::is_document(head) || LEGAL_TEXTS.contains(&head)
}

/// "A draft of the agreement" named as its text's kind: "draft agreement"
/// (a draft, copy or text of a legal text written right after the phrase
/// ending at token `end`).
pub(super) fn draft_of(text: &str, toks: &[Token], written: &str, end: usize) -> Option<String> {
    let head = written.rsplit(' ').next()?.to_lowercase();
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    if head != "draft" || word(end)? != "of" || !matches!(word(end + 1)?, "the" | "a" | "an") {
        return None;
    }
    let kind = word(end + 2)?;
    (LEGAL_TEXTS.contains(&kind) && kind != "draft" && kind != "text").then(|| format!("draft {kind}"))
}

/// A draft named earlier in the article ("A draft resolution …", "a draft
/// of the agreement") that "the draft" or "the text" written at `at`
/// refers back to, as "draft resolution", "draft agreement".
pub(super) fn earlier_draft(texts: &[&str], tokens: &[Vec<Token>], written: &str, (p, at): (usize, usize)) -> Option<String> {
    if !matches!(written.to_lowercase().as_str(), "the draft" | "the text" | "draft" | "text") {
        return None;
    }
    (0..=p).rev().find_map(|q| {
        let (text, toks) = (texts[q], &tokens[q]);
        let end = if q == p { at } else { toks.len() };
        (0..end).rev().find_map(|k| {
            let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.text(text));
            if word(k)? != "draft" {
                return None;
            }
            let next = word(k + 1)?;
            let named = LEGAL_TEXTS.contains(&next) && !matches!(next, "draft" | "text");
            named.then(|| format!("draft {next}")).or_else(|| draft_of(text, toks, "draft", k + 1))
        })
    })
}

impl Context<'_> {
    /// The clause "<document> found/states that … “…”" before token `i`.
    pub(super) fn document_subject(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        // "The state auditor's report found": "state" there is no verb; the first verb with a document subject is.
        let after_determiner = |k: usize| k > floor && matches!(self.word(p, k - 1), "the" | "The" | "a" | "an" | "its" | "their" | "his" | "her" | "our");
        let (verb, phrase) = (floor..i).filter(|&k| toks[k].is_word() && DOCUMENT_VERBS.contains(&self.word(p, k)) && !after_determiner(k)).find_map(|verb| {
            let phrase = names::subject_before(self.texts[p], toks, floor, verb)?;
            if phrase.kind == names::PhraseKind::Pronoun(super::roles::Pronoun::Thing) {
                // "The auditor's report was blunt. It found that …": the document of the sentence before.
                return self.document_before(p, phrase.written.0).map(|document| (verb, document));
            }
            let head = self.word(p, phrase.written.1 - 1).to_lowercase();
            is_text_head(&head).then_some((verb, phrase))
        })?;
        // "A draft of the deal, seen by Reuters, calls for “…”": the outlet that saw it is the channel.
        let via = self.credited(p, "", phrase.written.0, verb);
        Some(Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, phrase.written.0))), cue: Some((verb, verb + 1)), via, ..Clause::default() })
    }

    /// The document phrase opening the sentence before the one whose "it"
    /// stands at token `it` of paragraph `p`, when that "it" opens its own.
    fn document_before(&self, p: usize, it: usize) -> Option<names::Phrase> {
        let toks = &self.tokens[p];
        let sentence = toks[it].sentence.checked_sub(1).filter(|_| it == self.sentence_start(p, it))?;
        let start = toks.iter().position(|t| t.sentence == sentence)?;
        let phrase = names::read_forward(self.texts[p], toks, start, it).filter(|f| f.written.0 == start)?;
        is_text_head(&self.word(p, phrase.written.1 - 1).to_lowercase()).then_some(phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    fn speaker_and_cue(text: &str) -> (Option<String>, Option<String>) {
        let got = run(text).into_iter().next().expect("one quotation");
        (got.speaker, got.cue)
    }

    #[test]
    fn a_legal_text_that_demands_or_defines_is_the_speaker() {
        let (speaker, cue) = speaker_and_cue("T\nThe draft resolution demands “immediate and unhindered access for aid convoys.”");
        assert!(speaker.is_some_and(|s| s.contains("resolution")));
        assert_eq!(cue.as_deref(), Some("demands"));
        let (speaker, cue) = speaker_and_cue("T\nThe new law defines a foreign agent as “any person who receives money from abroad.”");
        assert!(speaker.is_some_and(|s| s.contains("law")));
        assert_eq!(cue.as_deref(), Some("defines"));
    }

    #[test]
    fn it_after_a_sentence_opened_by_a_document_is_that_document() {
        let (speaker, cue) = speaker_and_cue("T\nThe state comptroller's report, released in May, was blunt. It found that the agency had “lost track of its own pipes” for years.");
        assert_eq!(speaker.as_deref(), Some("The state comptroller"));
        assert_eq!(cue.as_deref(), Some("found"));
    }
}
