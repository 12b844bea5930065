//! Where an unnamed source's description ends: a restrictive relative
//! clause is part of it ("A woman who said she had lived on Birch Avenue
//! for 30 years warned …"), an aside after a definite opener that
//! withholds a name is the description itself ("Its owner, a 23-year-old
//! man who did not want to be named, said").

use super::resolve::{Mentions, Place};
use super::roles::{self, Gender};
use super::tokens::{Kind, Token};

/// Words before a verb that keep it inside a relative clause ("who said
/// she had lived", "who asked not to be named"), or make it an adjective
/// ("who lives on a fixed income").
const CLAUSE_INSIDE: &[&str] = &[
    "a", "an", "the", "his", "its", "their", "my", "our", "your", "this", "these", "those", "who", "that", "to", "be", "been", "being", "is", "was", "are", "were", "has", "have", "had", "did", "do", "does", "not",
    "never", "would", "will", "could", "can", "should", "may", "might", "must", "also", "just", "still", "once", "it", "they",
    "we", "you", "i", "he", "she", "him", "her", "them", "us",
];

/// How many words a restrictive relative clause may run.
const CLAUSE_REACH: usize = 24;

/// Whether a lower-case word reads as a finite verb of a main clause.
fn is_main_verb(w: &str) -> bool {
    crate::attrib::cues::is_cue_word(w) || (w.ends_with("ed") && w.len() > 3) || crate::attrib::salience::is_verb(w)
}

/// "A nurse who worked in the unit until it closed said": past the
/// restrictive relative clause (no comma) that opens at the "who" at `k`,
/// the token of the main verb after it, found as the first verb after
/// the clause's own verb that no subject or auxiliary of the clause
/// stands right before; None when the clause meets a mark first.
pub(super) fn past_restrictive(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).filter(|t| t.is_word() && t.sentence == toks[k].sentence).map(|t| t.text(text));
    if word(k) != Some("who") {
        return None;
    }
    let own = (k + 1..k + 4).find(|&j| word(j).is_some_and(is_main_verb))?;
    for j in own + 1..k + CLAUSE_REACH {
        let w = word(j)?;
        if w.starts_with(char::is_uppercase) {
            continue;
        }
        let before = word(j - 1).unwrap_or("").to_lowercase();
        if is_main_verb(w) && !CLAUSE_INSIDE.contains(&before.as_str()) && roles::pronoun(&before).is_none() {
            return Some(j);
        }
    }
    None
}

/// "Its owner, a 23-year-old man who did not want to be named, said":
/// after a definite source ending at `b`, the description set off by
/// commas that opens with "a" or "an" is its words as written.
pub(super) fn definite_aside(text: &str, toks: &[Token], a: usize, b: usize) -> Option<(usize, usize)> {
    let sentence = toks[a].sentence;
    let opens = super::unnamed::DEFINITE.contains(&toks[a].text(text)) && toks.get(b).is_some_and(|t| t.kind == Kind::Comma);
    let indefinite = toks.get(b + 1).is_some_and(|t| t.is_word() && t.sentence == sentence && matches!(t.text(text), "a" | "an"));
    if !(opens && indefinite) {
        return None;
    }
    let close = (b + 2..toks.len().min(b + 30)).take_while(|&j| toks[j].sentence == sentence && toks[j].is_word() || toks[j].kind == Kind::Comma).find(|&j| toks[j].kind == Kind::Comma)?;
    Some((b + 1, close))
}

/// Whether a lower-case word is a possessive after a definite opener
/// ("The woman's neighbour, …").
pub(super) fn is_plain_possessive(w: &str) -> bool {
    let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
    stem.is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase()))
}

impl<'a> Mentions<'a> {
    /// "“…,” the woman said" after "A third relative, a retired police
    /// officer who asked the court to withhold her name, said …": "the
    /// woman" or "the man" is the unnamed source of the same or the
    /// previous paragraph, with no subject named since, when her gender fits.
    pub fn unnamed_by_gender_noun(&self, written: &str, at: Place) -> Option<&'a str> {
        let rest = written.strip_prefix("the ").or_else(|| written.strip_prefix("The "))?;
        let gender = matches!(rest, "man" | "woman").then(|| roles::gender_of_noun(rest))?;
        self.unnamed_source(at, gender).filter(|m| m.gender != Gender::Unknown || m.withheld).map(|m| m.name)
    }
}

