//! A document that "reads" a quotation after it: "“…,” the email read",
//! "“…,” read the statement", "“…,” the sign reads". "Read" is too common a
//! word to be a cue alone; with a document or a written notice for its
//! subject, right after the quotation, it is the cue and the document the
//! speaker as written; its sender is the one the quotation would continue
//! (named just before), else the document's author as for any document.

use super::documents::is_text_head;
use super::find::{Clause, Context};
use super::resolve::{LastSpeaker, Place};
use super::names;
use super::tokens::Kind;

/// A document's paragraph, phrase tokens and cue tokens ("the email", "read").
pub type DocumentRead = (usize, (usize, usize), (usize, usize));

/// Written notices that read words besides documents ("the sign read").
const NOTICES: &[&str] = &["sign", "signs", "banner", "banners", "caption", "headline", "ad", "advertisement", "placard", "inscription", "shirt", "shirts", "flyer", "mailer", "subject", "invitation", "text"];

/// The article that opens the document phrase: a document named before
/// ("the email"), whose sender the quotation continues; "a statement from
/// X", "its statement" and "Lee's letter" are left to their own readings.
const OPENERS: &[&str] = &["the"];

/// How many words the document phrase may hold.
const MAX_WORDS: usize = 5;

impl Context<'_> {
    /// The document clause after a quotation at `places`, its speaker the
    /// one a continuation finds (the sender just named: "The campaign sent
    /// an email. “…,” the email read"), else the document's own reading.
    pub(super) fn document_read(&self, places: &[Place], last: Option<&LastSpeaker>) -> Option<Clause> {
        let &(p, first) = places.first()?;
        let (dp, document) = places.iter().find_map(|&(p, i)| self.document_after(p, i).map(|c| (p, c)))?;
        let (Some((phrase, _)), Some(cue)) = (document.speaker, document.cue) else { return Some(document) };
        let sender = self.continuation(p, first, last).filter(|c| c.speaker.is_some() || c.inherited.is_some());
        Some(sender.map_or(document, |c| Clause { document: Some((dp, phrase.written, cue)), inherit_cue: false, ..c }))
    }

    /// "“…,” the email read" / "“…,” read the email": the document clause
    /// right after the quotation token `i` of paragraph `p`.
    pub(super) fn document_after(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let mut start = i + 1;
        while start < toks.len() && toks[start].kind == Kind::Comma {
            start += 1;
        }
        let reads = |k: usize| k < toks.len() && toks[k].is_word() && toks[k].sentence == toks[i].sentence && matches!(self.word(p, k), "read" | "reads");
        let (phrase_start, cue) = if reads(start) { (start + 1, start) } else { (start, (start..toks.len().min(start + MAX_WORDS + 1)).find(|&k| reads(k))?) };
        let limit = if cue == start { toks.len().min(phrase_start + MAX_WORDS) } else { cue };
        let end = self.document_end(p, phrase_start, limit)?;
        // "… the email read" ends its clause; "the email read aloud" or "read by" does not.
        let closes = cue == start || toks.get(cue + 1).is_none_or(|t| !t.is_word() || matches!(self.word(p, cue + 1), "in" | "simply" | "partly"));
        let phrase = names::classify(self.texts[p], toks, phrase_start, end);
        closes.then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, phrase_start))), cue: Some((cue, cue + 1)), ..Clause::default() })
    }

    /// The end of a document phrase opening at `start` with a determiner
    /// and ending in a document or notice noun before `limit`.
    fn document_end(&self, p: usize, start: usize, limit: usize) -> Option<usize> {
        let toks = &self.tokens[p];
        if start >= limit || !toks[start].is_word() || !OPENERS.contains(&self.word(p, start).to_lowercase().as_str()) {
            return None;
        }
        let head = |k: usize| {
            let w = self.word(p, k).to_lowercase();
            is_text_head(&w) || NOTICES.contains(&w.as_str())
        };
        let mut k = start + 1;
        while k < limit && toks[k].is_word() {
            if head(k) && (k + 1 >= limit || !toks[k + 1].is_word() || !head(k + 1)) {
                return Some(k + 1);
            }
            k += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_document_that_reads_a_quotation_after_it_is_its_source() {
        let text = "T\nThe Ostrow campaign sent a fundraising email Wednesday saying that the results show Ostrow and Tillman are in a two-way race.\n\n“Friend, let me be blunt. I can beat the mayor. Greg can't,” the email read. It stated that Tillman is rattled.";
        let got = run(text);
        assert_eq!(got[0].speaker_as_written.as_deref(), Some("the email"));
        assert_eq!(got[0].cue.as_deref(), Some("read"));
    }

    #[test]
    fn an_inverted_read_before_a_document_is_its_cue() {
        let text = "T\nOn Saturday, his campaign sent out a fundraising email stressing the impact of his bid on the race.\n\n“Our political revolution has already forced the mayor to change her mind,” read the email. “And with every vote and every victory, we grow stronger.”";
        let got = run(text);
        assert_eq!(got[0].speaker_as_written.as_deref(), Some("the email"));
        assert_eq!(got[1].speaker_as_written.as_deref(), Some("the email"));
    }

    #[test]
    fn a_person_who_read_a_statement_is_not_replaced() {
        let text = "T\n“We will rebuild the harbour within two years,” Mayor Greg Tillman said, reading the statement aloud.";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Greg Tillman"));
    }
}
