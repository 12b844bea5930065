//! Given names that share one surname: "Tomas and Erik Lund run the farm"
//! names Tomas Lund and Erik Lund, so a later "says Tomas" is Tomas Lund.
//!
//! Only a lone given name joined by "and" directly to a two-word name
//! takes that name's surname, and only when it looks like a person's given
//! name: introduced there for the first time, never the last word of
//! another name in the article, and a known first name or a word the
//! article uses alone beside a reporting verb ("says Tomas").

use crate::wordset::{in_list, FastState};
use super::cues;
use super::names::{self, PhraseKind};
use super::resolve::{Mention, Place};
use super::roles;
use super::tokens::Token;
use std::collections::HashSet;

/// A set of the article's words, hashed with the engine's fast seeded hasher.
type Words<'t> = HashSet<&'t str, FastState>;

/// First words of place names that follow "and" ("Britain and South Korea").
const PLACE_STARTS: &[&str] = &["New", "North", "South", "East", "West", "San", "Santa", "Los", "Las", "Hong", "Sri", "El", "Puerto", "Costa", "Upper", "Lower", "Great", "Saint", "St", "St.", "Fort", "Port", "Mount", "Lake", "Cape"];

/// The full names of lone given names that share the surname after them,
/// with the place of each given name.
pub fn find(paragraphs: &[&str], tokens: &[Vec<Token>]) -> Vec<(Place, String)> {
    let mut candidates: Vec<(Place, &str, &str, &str)> = Vec::new();
    for (p, (text, toks)) in paragraphs.iter().zip(tokens).enumerate() {
        // Only a word right before an "and" can open a pair.
        let ands = toks.iter().enumerate().skip(1).filter(|(_, t)| t.is_word() && t.end - t.start == 3 && t.text(text) == "and");
        candidates.extend(ands.filter_map(|(j, _)| pair_at(text, toks, j - 1).map(|(x, y, z)| ((p, j - 1), x, y, z))));
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    let article = Article::read(paragraphs, tokens);
    candidates
        .into_iter()
        .filter(|&(at, x, _, _)| article.first_seen(x) == Some(at) && !article.surnames.contains(x) && (first_name(x) || article.cued.contains(x)))
        .map(|(at, x, _, z)| (at, format!("{x} {}", names::without_possessive(z))))
        .collect()
}

/// "Tomas and Erik Lund": a lone capitalised word at `k`, "and", then
/// exactly two capitalised words; the three words, when all may be names.
fn pair_at<'t>(text: &'t str, toks: &[Token], k: usize) -> Option<(&'t str, &'t str, &'t str)> {
    let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.text(text));
    let capital = |j: usize| word(j).filter(|w| w.starts_with(char::is_uppercase));
    let (x, and, y, z) = (capital(k)?, word(k + 1)?, capital(k + 2)?, capital(k + 3)?);
    // "Brothers Tomas and Erik Lund": a plural role may open the sentence.
    let alone_before = k == 0 || capital(k - 1).is_none_or(names::is_plural_role);
    let plain = |w: &str| w.len() > 1 && !roles::is_title(w) && !roles::is_not_name(w) && !roles::is_org_word(w) && !names::is_acronym(w) && w.chars().all(|c| c.is_alphabetic() || c == '-');
    let ok = and == "and" && alone_before && capital(k + 4).is_none() && plain(x) && plain(y) && plain(names::without_possessive(z)) && !in_list!(PLACE_STARTS, y);
    ok.then_some((x, y, z))
}

/// Whether a word is a known first name.
fn first_name(w: &str) -> bool {
    roles::gender_of_word(w) != roles::Gender::Unknown
}

/// What the whole article says about its capitalised words.
struct Article<'t> {
    /// Where each capitalised word first stands.
    first: Vec<(&'t str, Place)>,
    /// Last words of names of two or more capitalised words.
    surnames: Words<'t>,
    /// Capitalised words written alone right before or after a reporting verb.
    cued: Words<'t>,
}

impl<'t> Article<'t> {
    fn read(paragraphs: &[&'t str], tokens: &[Vec<Token>]) -> Article<'t> {
        let mut article = Article { first: Vec::new(), surnames: Words::default(), cued: Words::default() };
        let mut seen = Words::default();
        for (p, (text, toks)) in paragraphs.iter().zip(tokens).enumerate() {
            let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.text(text));
            let capital = |j: usize| word(j).is_some_and(|w| w.starts_with(char::is_uppercase));
            for k in (0..toks.len()).filter(|&k| capital(k)) {
                let w = toks[k].text(text);
                if seen.insert(w) {
                    article.first.push((w, (p, k)));
                }
                if k > 0 && capital(k - 1) && !capital(k + 1) && !word(k - 1).is_some_and(names::is_plural_role) {
                    article.surnames.insert(names::without_possessive(w));
                }
                let lone = !capital(k + 1) && (k == 0 || !capital(k - 1));
                if lone && (word(k + 1).is_some_and(cues::is_cue_word) || k > 0 && word(k - 1).is_some_and(cues::is_cue_word)) {
                    article.cued.insert(w);
                }
            }
        }
        article
    }

    fn first_seen(&self, w: &str) -> Option<Place> {
        self.first.iter().find(|(seen, _)| *seen == w).map(|&(_, at)| at)
    }
}

/// The first words of the full names of people (strong or subject) that
/// do not also end a full name ("Marta" of "Marta Kovacs"), sorted. Two
/// given names sharing a surname ("Odile and Ilka Varga are arguing") are
/// people's names even when neither stands as a subject.
pub(super) fn first_names_of_people<'a>(list: &[Mention<'a>]) -> Vec<&'a str> {
    let full = |m: &Mention<'a>| m.kind == PhraseKind::Name && m.name.contains(' ');
    let person = |m: &Mention<'a>| full(m) && (m.strong || m.subject);
    let joined = |a: &Mention<'a>, b: &Mention<'a>| a.and_after && a.at.0 == b.at.0 && a.end + 1 == b.at.1 && full(a) && full(b);
    let sharing = |a: &Mention<'a>, b: &Mention<'a>| joined(a, b) && a.surname == b.surname;
    let partner = |i: usize| (i > 0 && sharing(&list[i - 1], &list[i])) || list.get(i + 1).is_some_and(|n| sharing(&list[i], n));
    let surnames: Words = list.iter().filter(|m| full(m)).map(|m| m.surname).collect();
    let mut firsts: Vec<&str> = (0..list.len()).filter(|&i| person(&list[i]) || full(&list[i]) && partner(i)).filter_map(|i| super::name_parts::space_words(list[i].name).next()).filter(|w| !surnames.contains(w)).collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attrib::tokens::tokenize;

    fn shared(paragraphs: &[&str]) -> Vec<String> {
        let tokens: Vec<Vec<Token>> = paragraphs.iter().map(|p| {
            let mut t = Vec::new();
            tokenize(p, &[], &mut t);
            t
        }).collect();
        find(paragraphs, &tokens).into_iter().map(|(_, n)| n).collect()
    }

    #[test]
    fn coordinated_given_names_share_the_surname() {
        assert_eq!(shared(&["Anders and Pieter Volkov run the orchard.", "It is hard work, says Anders."]), ["Anders Volkov"]);
        assert_eq!(shared(&["The bakery belongs to Maria and Jonas Keller."]), ["Maria Keller"]);
        assert_eq!(shared(&["Brothers Tomas and Erik Lund run the farm.", "It is hard, says Tomas."]), ["Tomas Lund"]);
    }

    #[test]
    fn people_and_places_named_before_share_nothing() {
        assert!(shared(&["Elizabeth Warren spoke.", "Warren and Bernie Sanders voted no, Warren said."]).is_empty());
        assert!(shared(&["Britain and South Korea signed it, Britain said."]).is_empty());
        assert!(shared(&["Ottawa and Quebec City agreed, Ottawa said."]).is_empty());
        assert!(shared(&["Talks between Mr. and Mrs. Okafor ended."]).is_empty());
        assert!(shared(&["Kelowna and Edward Ross disagreed."]).is_empty(), "a word never used alone, and no first name");
    }
}
