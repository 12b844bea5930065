//! A relative as the subject of a sentence ("Her sister laughs.", "His
//! wife nods."): a "she" or "he" of the relative's gender right after it
//! refers to the relative — the person the article named with that role
//! ("her sister, Marta") or, for kin, the other person of the last
//! speaker's surname — not to the last speaker.

use crate::wordset::in_list;
use super::gender::gender_of_person_noun;
use super::names::PhraseKind;
use super::pronouns::LastSpeaker;
use super::resolve::{Mention, Mentions};
use super::roles::Gender;
use super::tokens::{Kind, Token};

/// Verbs of a reaction in a scene, after which the relative speaks next
/// ("Her sister laughs."); "Her mother taught piano" only describes.
const REACTIONS: &[&str] = &[
    "laughs", "laughed", "nods", "nodded", "smiles", "smiled", "shrugs", "shrugged", "sighs", "sighed", "grins",
    "grinned", "chuckles", "chuckled", "interjects", "interjected", "chimes", "chimed", "agrees", "agreed",
    "disagrees", "disagreed", "objects", "objected", "protests", "protested", "winces", "winced", "frowns",
    "frowned", "jumps", "jumped", "cuts", "leans", "leaned", "snorts", "snorted", "scoffs", "scoffed", "groans",
    "groaned", "rolls", "rolled",
];

/// "Her sister laughs.": a relative of marked gender opening the sentence
/// at token `i` ("Her" or "His", at most one word, a kin noun) followed by
/// a verb of reaction, with no pronoun of that gender after it in the sentence ("Her
/// mother left when she was six" is still about the daughter). Returns the
/// end of its words and its gender.
pub fn relative_at(text: &str, toks: &[Token], i: usize) -> Option<(usize, Gender)> {
    let opens = i == 0 || toks[i - 1].sentence != toks[i].sentence || matches!(toks[i - 1].kind, Kind::Quoted(_));
    if !opens || !matches!(toks[i].text(text), "Her" | "His") {
        return None;
    }
    let sentence = toks[i].sentence;
    let word = |k: usize| toks.get(k).filter(|t| t.is_word() && t.sentence == sentence).map(|t| t.text(text));
    let lower = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let noun_at = (i + 1..i + 3).find(|&k| word(k).is_some_and(|w| gender_of_person_noun(w) != Gender::Unknown))?;
    if !(i + 1..=noun_at).all(|k| word(k).is_some_and(lower)) {
        return None;
    }
    let gender = gender_of_person_noun(word(noun_at)?);
    let verb = word(noun_at + 1)?;
    if !in_list!(REACTIONS, verb) {
        return None;
    }
    let own = if gender == Gender::Female { ["she", "her"] } else { ["he", "his"] };
    let again = (noun_at + 2..toks.len()).take_while(|&k| toks[k].sentence == sentence).any(|k| toks[k].is_word() && own.contains(&toks[k].text(text)));
    (!again).then_some((noun_at + 1, gender))
}

impl<'a> Mentions<'a> {
    /// The named person a relative source ("Her sister") stands for: the
    /// nearest person written with that role ("her sister, Marta Kovacs"),
    /// else, for kin, the nearest other person of the last speaker's
    /// surname; never the last speaker.
    pub fn relative_name(&self, u: &Mention<'a>, last: Option<&LastSpeaker>) -> Option<String> {
        let noun = u.name.strip_prefix("Her ").or_else(|| u.name.strip_prefix("His "))?.rsplit(' ').next()?;
        let speaker = last.map_or("", |l| l.name.as_str());
        let full = |m: &Mention<'a>| self.full_name(m.name, u.at).filter(|_| !m.name.contains(' ')).unwrap_or(m.name);
        let people = || self.earlier(u.at).filter(|m| m.kind == PhraseKind::Name && !m.possessive && m.gender.compatible(u.gender));
        if let Some(m) = people().find(|m| super::resolve::contains_word(m.role, noun) && full(m) != speaker) {
            return Some(full(m).to_string());
        }
        let surname = speaker.rsplit(' ').next().filter(|_| speaker.contains(' '));
        people().find(|m| m.name.contains(' ') && Some(m.surname) == surname && m.name != speaker).map(|m| m.name.to_string())
    }
}

/// Whether an unnamed source is a relative ("Her sister") the article may
/// name; one whose name an aside withholds stays as written.
pub fn is_relative(m: &Mention) -> bool {
    m.unnamed && !m.withheld && (m.name.starts_with("Her ") || m.name.starts_with("His "))
}
