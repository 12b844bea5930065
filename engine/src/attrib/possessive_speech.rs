//! A quotation that completes a speech noun owned by a possessive pronoun
//! ("over her remark that “…”", "his calls to end the “…”", "including
//! his promise to be “neutral”"): the owner spoke, and the mention the
//! quotation is credited to is the possessive as written ("her"), resolved
//! like a subject pronoun.

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
                let (phrase, at) = self.possessive_before(p, floor, k)?;
                let speaker = Some((phrase, (p, at)));
                return Some(Clause { paragraph: p, sentence: toks[i].sentence, speaker, cue: Some((k, k + 1)), ..Clause::default() });
            }
        }
        None
    }

    /// The possessive pronoun owning the noun at token `noun`, at most
    /// [`MAX_MODIFIERS`] words before it, as a pronoun phrase.
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
