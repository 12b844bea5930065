//! Photo captions: a quotation in a caption with no cue of its own is the
//! words of the person the caption names as its subject ("Coun. Ada Brook
//! speaks at the vote. “…” (Photo: Jo Roe)"), not of the last speaker of
//! the article body; the credit in brackets is no speaker.

use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::tokens::{Kind, Token};
use crate::model::Role;

impl Context<'_> {
    /// The person named at the head of the caption holding token `i` of
    /// paragraph `p`, past a label ("Photo caption:"), when a lower-case
    /// verb follows the name.
    pub(super) fn caption_subject(&self, p: usize, i: usize) -> Option<Clause> {
        let caption = self.roles.get(p) == Some(&Role::Caption) || super::salience::is_caption_like(self.texts[p]);
        if !caption {
            return None;
        }
        let toks = &self.tokens[p];
        let start = label_end(toks).filter(|&k| k < i).unwrap_or(0);
        // "City councillor Ada Brook": capitalised words and role nouns.
        let named = |k: usize| k < i && toks[k].is_word() && { let w = toks[k].text(self.texts[p]); w.starts_with(char::is_uppercase) || super::roles::is_role_noun(w) };
        let end = (start..i).find(|&k| !named(k)).unwrap_or(i);
        let phrase = (end > start).then(|| names::classify(self.texts[p], toks, start, end)).filter(|s| s.kind == PhraseKind::Name)?;
        // "Protesters gather …": a lone capitalised word is a name only if the article names that person.
        let (a, b) = phrase.name?;
        if b - a < 2 && !self.mentions.names_person(toks[a].text(self.texts[p])) {
            return None;
        }
        // "Ada Brook speaks", "Ada Brook, left, listens": a verb after the name or its aside.
        let next = toks.get(end).filter(|t| t.sentence == toks[start].sentence);
        let verb = next.is_some_and(|t| t.kind == Kind::Comma || t.is_word() && t.text(self.texts[p]).starts_with(char::is_lowercase));
        verb.then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, start))), ..Clause::default() })
    }
}

/// The token after a caption's label ("Photo caption:", "Caption:"): up
/// to three words and a colon opening the paragraph.
fn label_end(toks: &[Token]) -> Option<usize> {
    let colon = toks.iter().take(4).position(|t| t.kind == Kind::Colon)?;
    (colon > 0 && toks[..colon].iter().all(Token::is_word)).then_some(colon + 1)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_quotation_in_a_caption_is_the_caption_subject_s() {
        let text = "T\nMayor Ruth Adler said the arena deal needed more work. “We are not there yet,” Adler said.\n\nCoun. Omar Bell, left, listens as residents speak on Monday. “This is our park.” (Photo: Dana Fox/Valley News)";
        let got = run(text);
        assert_eq!(got.last().and_then(|a| a.speaker.as_deref()), Some("Omar Bell"));
    }

    #[test]
    fn a_caption_label_and_a_credit_are_no_speakers() {
        let text = "T\nCoun. Hugh Park said the transit levy was “overdue”. “We have waited ten years,” Park said.\n\nPhoto caption: City councillor Lena Ortiz votes during Monday's transit debate. “Buses are not a luxury.” (Sam Hill/Valley Weekly)";
        assert_eq!(run(text).last().and_then(|a| a.speaker.as_deref()), Some("Lena Ortiz"));
    }

    #[test]
    fn a_photographer_and_outlet_credit_marks_a_caption() {
        let text = "T\n“We have waited ten years,” Coun. Hugh Park said.\n\nLena Ortiz, centre, votes on Monday. “Buses are not a luxury.” (Sam Hill/Valley Weekly)";
        assert_eq!(run(text).last().and_then(|a| a.speaker.as_deref()), Some("Lena Ortiz"));
        let text = "T\n“We have waited ten years,” Coun. Hugh Park said.\n\nCommuters wait at the stop. “Buses are not a luxury.” (Photo: Sam Hill)";
        assert_ne!(run(text).last().and_then(|a| a.speaker.as_deref()), Some("Commuters"));
    }
}
