//! A quotation that completes a speech noun owned by a possessive pronoun
//! ("over her remark that “…”", "his calls to end the “…”", "including
//! his promise to be “neutral”"): the owner spoke, and the mention the
//! quotation is credited to is the possessive as written ("her"), resolved
//! like a subject pronoun; a name in the possessive owns "words" too ("in
//! Forbes’ words, “…”"). So is the pronoun of a view ("because to her,
//! “…”": in her view). A name's claim that a quotation judges after a
//! copula ("Lee said that Hale’s claim … is “…”") is no cue (`judged_claim`).

use super::find::{Clause, Context};
use super::names::{Phrase, PhraseKind};
use super::roles::{Gender, Pronoun};
use super::tokens::Kind;

/// Nouns naming something said, whose complement may quote the words.
const SPEECH_NOUNS: &[&str] = &[
    "remark", "remarks", "comment", "comments", "warning", "warnings", "assertion", "assertions", "claim", "claims",
    "promise", "promises", "pledge", "pledges", "vow", "vows", "call", "calls", "statement", "statements",
    "suggestion", "argument", "insistence", "declaration", "admission", "prediction", "accusation", "accusations",
    "quip", "boast", "threat", "threats", "plea", "demand", "demands", "proposal", "description", "words",
];

/// How many tokens may stand between the speech noun and the quotation
/// ("her comments before a special House committee that “…”").
const MAX_GAP: usize = 9;

/// How many modifiers may stand between the possessive and the noun
/// ("her March comment", "his repeated calls").
const MAX_MODIFIERS: usize = 2;

impl Context<'_> {
    /// The clause of a quotation at token `i` of paragraph `p` that completes
    /// a speech noun after "his", "her", "their" or "its" in its sentence.
    pub(super) fn possessive_speech(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        let mut k = i;
        while k > floor && i - k <= MAX_GAP + 1 && matches!(toks[k - 1].kind, Kind::Word | Kind::Comma) {
            k -= 1;
            if toks[k].is_word() && super::cues::is_cue_word(self.word(p, k)) && !SPEECH_NOUNS.contains(&self.word(p, k)) {
                return None;
            }
            if toks[k].is_word() && SPEECH_NOUNS.contains(&self.word(p, k)) {
                let (phrase, at) = self.possessive_before(p, floor, k).or_else(|| self.named_words(p, floor, k))?;
                let speaker = Some((phrase, (p, at)));
                return Some(Clause { paragraph: p, sentence: toks[i].sentence, speaker, cue: Some((k, k + 1)), ..Clause::default() });
            }
        }
        None
    }

    /// "Lee said that Hale’s claim that … is “…”": the noun cue at token
    /// `cue` is owned by a name ("Hale’s") and the quotation at token `i`
    /// follows a copula (after the claim's own "that … is" when it has
    /// one), so it judges the claim rather than quoting it.
    pub(super) fn judged_claim(&self, p: usize, floor: usize, cue: usize, i: usize) -> bool {
        let toks = &self.tokens[p];
        let copula = i > cue + 1 && toks[i - 1].is_word() && matches!(self.word(p, i - 1), "is" | "was" | "are" | "were");
        let is_copula = |k: usize| toks[k].is_word() && matches!(self.word(p, k), "is" | "was" | "are" | "were");
        // "Hale’s claim that the mayor is “…”": the copula of the claim's own
        // complement quotes the claim; a judgement needs a second, main verb.
        let complement = toks[cue + 1].is_word() && self.word(p, cue + 1) == "that";
        let judged = !complement || (cue + 2..i - 1).any(is_copula);
        copula && judged && self.possessor(p, floor, cue).is_some()
    }

    /// "… because to her, “there's nothing more important …”": a quotation
    /// at token `i` of paragraph `p` right after "to him," or "to her," is
    /// that person's view.
    pub(super) fn view_of(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        let at = i.checked_sub(2).filter(|&k| k > floor && toks[i - 1].kind == Kind::Comma && toks[k].is_word() && toks[k - 1].is_word())?;
        let gender = match self.word(p, at) {
            "him" => Gender::Male,
            "her" => Gender::Female,
            _ => return None,
        };
        if !matches!(self.word(p, at - 1), "to" | "To") {
            return None;
        }
        let phrase = Phrase { written: (at, at + 1), name: None, role: None, kind: PhraseKind::Pronoun(Pronoun::Person(gender)), gender, titled: false };
        Some(Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, at))), ..Clause::default() })
    }

    /// The possessive pronoun owning the noun at token `noun`, at most
    /// [`MAX_MODIFIERS`] words before it, as a pronoun phrase.
    /// "in Forbes’ words, “…”", "in Lee’s words": a capitalised name in the
    /// possessive right before "words" owns them.
    fn named_words(&self, p: usize, floor: usize, noun: usize) -> Option<(Phrase, usize)> {
        let toks = &self.tokens[p];
        let k = noun.checked_sub(1).filter(|&k| k >= floor && toks[k].is_word() && self.word(p, noun) == "words")?;
        let w = self.word(p, k);
        let marked = w.ends_with("’s") || w.ends_with("'s") || w.ends_with('s') && self.texts[p][toks[k].end as usize..toks[noun].start as usize].trim() == "’";
        let phrase = super::names::classify(self.texts[p], toks, k, k + 1);
        (marked && w.starts_with(char::is_uppercase) && phrase.kind == PhraseKind::Name).then_some((phrase, k))
    }

    fn possessive_before(&self, p: usize, floor: usize, noun: usize) -> Option<(Phrase, usize)> {
        let toks = &self.tokens[p];
        (noun.saturating_sub(MAX_MODIFIERS + 1).max(floor)..noun).rev().take_while(|&k| toks[k].is_word()).find_map(|k| {
            let kind = match self.word(p, k) {
                "his" | "His" => PhraseKind::Pronoun(Pronoun::Person(Gender::Male)),
                "her" | "Her" => PhraseKind::Pronoun(Pronoun::Person(Gender::Female)),
                "their" | "Their" => PhraseKind::Pronoun(Pronoun::Plural),
                "its" | "Its" => PhraseKind::Pronoun(Pronoun::Thing),
                _ => return None,
            };
            let gender = match kind {
                PhraseKind::Pronoun(Pronoun::Person(g)) => g,
                _ => Gender::Unknown,
            };
            Some((Phrase { written: (k, k + 1), name: None, role: None, kind, gender, titled: false }, k))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_claim_the_quotation_judges_is_the_outer_speakers() {
        let text = "T\nThe rivals traded blows.\n\nCampaign spokeswoman Ana Vidal said Friday that Hale’s claim that the mayor is in favour of new taxes is “simply not true.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Ana Vidal"));
        let text = "T\nThe rivals traded blows.\n\nAna Vidal said Friday that she rejects Hale’s claim that the mayor is “a tax man.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Hale"));
        let text = "T\nThe rivals traded blows.\n\nAna Vidal said Friday that Hale’s claim was “a lie.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Ana Vidal"));
    }

    #[test]
    fn a_name_owning_words_says_them() {
        let text = "T\nThe forum was held in Leeds because, in Forbes’ words, “it is the most inventive city on the island by far.”";
        let got = run(text);
        assert_eq!(got[0].speaker.as_deref(), Some("Forbes"));
        assert_eq!(got[0].cue.as_deref(), Some("words"));
        let text = "T\nMayor Ann Cole spoke on Monday.\n\nThe plan passed because, in Cole’s words, “nobody wanted the old ferry back on the water.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Ann Cole"));
    }
}
