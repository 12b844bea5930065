//! Gender of the people an article names, for "he" and "she": titles and
//! role nouns ("Ms.", "husband"), the article's own pronouns ("Lee Finell,
//! manager, said she"), then first-name lists, spread from one mention of a
//! person to all.

use super::names::PhraseKind;
use super::resolve::{Mention, Mentions, Place};
use super::roles::{self, Gender};
use super::tokens::{Kind, Token};
use super::name_ids::{NameId, NameIds};
use crate::wordset::in_list;

impl<'a> Mentions<'a> {
    /// Gives every mention of a person the gender the article marks for
    /// that person anywhere: a title or role noun ("Ms.", "husband") first,
    /// then the article's own pronouns ("Lee Finell … said she"), then a
    /// first-name list. A bare surname counts as the person only when one
    /// full name in the article ends with it: two people sharing a surname
    /// ("Michael Greenspan", "Dorie Greenspan") keep their genders apart.
    pub(super) fn spread_gender(&mut self, votes: &[(usize, Gender, bool)], ids: &NameIds) {
        #[derive(Default, Clone, Copy)]
        struct Evidence {
            marked: Option<Gender>,
            named: Option<Gender>,
            votes: (u32, u32),
            possessives: (u32, u32),
        }
        fn add(slot: &mut Option<Gender>, g: Gender) {
            if g != Gender::Unknown {
                *slot = match *slot {
                    None => Some(g),
                    Some(h) if h == g => Some(g),
                    Some(_) => Some(Gender::Unknown),
                };
            }
        }
        // By surname id: the one full name of that surname (`Some(None)` when several differ).
        let mut fulls: Vec<Option<Option<u32>>> = vec![None; ids.count];
        for (_, id) in self.list.iter().zip(&ids.of).filter(|(m, id)| m.kind == PhraseKind::Name && id.full) {
            let slot = fulls[id.surname as usize].get_or_insert(Some(id.name));
            if *slot != Some(id.name) {
                *slot = None;
            }
        }
        // The id of the name whose evidence a mention adds to: a bare surname counts as its one full name.
        let key = |id: &NameId| -> u32 { if id.full { id.name } else { fulls[id.name as usize].flatten().unwrap_or(id.name) } };
        // The last word of each name, by the name's id, for the keys' surnames below.
        let mut last_of = vec![0u32; ids.count];
        for id in &ids.of {
            last_of[id.name as usize] = id.last;
        }
        let mut evidence = vec![Evidence::default(); ids.count];
        for (m, id) in self.list.iter().zip(&ids.of).filter(|(m, _)| m.kind == PhraseKind::Name) {
            let e = &mut evidence[key(id) as usize];
            if !m.by_first_name {
                add(&mut e.marked, m.gender);
            } else if id.full || fulls[id.name as usize].is_none() {
                // A bare surname that is also a first name ("Lewis" for
                // Stacy Lewis) tells nothing of gender.
                add(&mut e.named, m.gender);
            }
        }
        for &(i, g, subject) in votes {
            // A lone capitalised word ("Mostly, he …") votes only as a surname.
            let id = &ids.of[i];
            if !id.full && fulls[id.name as usize].is_none() {
                continue;
            }
            let e = &mut evidence[key(id) as usize];
            let tally = if subject { &mut e.votes } else { &mut e.possessives };
            if g == Gender::Male {
                tally.0 += 1;
            } else {
                tally.1 += 1;
            }
        }
        let voted = |tally: (u32, u32)| match tally {
            (m, 0) if m > 0 => Some(Gender::Male),
            (0, f) if f > 0 => Some(Gender::Female),
            _ => None,
        };
        let decided = |e: &Evidence| e.marked.or(voted(e.votes)).or(e.named).or(voted(e.possessives)).unwrap_or(Gender::Unknown);
        // A name with no evidence of its own takes the gender every person
        // of its surname agrees on ("Knowing Bardos" beside Patrick Bardos);
        // a key's surname here is its last word. Evidence never added to adds nothing.
        let mut by_surname: Vec<Option<Gender>> = vec![None; ids.count];
        for (k, e) in evidence.iter().enumerate() {
            let slot = &mut by_surname[last_of[k] as usize];
            let votes = [(e.votes.0 + e.possessives.0 > 0, Gender::Male), (e.votes.1 + e.possessives.1 > 0, Gender::Female)];
            for g in [e.marked, e.named].into_iter().flatten().chain(votes.into_iter().filter(|v| v.0).map(|v| v.1)) {
                add(slot, g);
            }
        }
        // A full name with none takes the gender of the nearest earlier full
        // name of its surname, never of a later one: "Jeanine Durning" keeps
        // no gender from a "Charles Durning" named further down.
        let mut latest: Vec<Option<Gender>> = vec![None; ids.count];
        let genders: Vec<Option<Gender>> = self
            .list
            .iter()
            .zip(&ids.of)
            .map(|(m, id)| {
                (m.kind == PhraseKind::Name).then(|| {
                    let g = match decided(&evidence[key(id) as usize]) {
                        Gender::Unknown => match latest[id.surname as usize] {
                            Some(g) => g,
                            None if id.full => Gender::Unknown,
                            None => by_surname[id.surname as usize].unwrap_or(Gender::Unknown),
                        },
                        g => g,
                    };
                    if id.full {
                        latest[id.surname as usize] = Some(g);
                    }
                    g
                })
            })
            .collect();
        for ((m, g), id) in self.list.iter_mut().zip(genders).zip(&ids.of) {
            if let Some(g) = g.filter(|_| m.by_first_name || m.gender == Gender::Unknown) {
                m.gender = g;
            }
            // A name the article marks as a man or a woman is a person.
            let named = id.full || fulls[id.name as usize].is_some();
            m.strong |= m.kind == PhraseKind::Name && named && m.gender != Gender::Unknown && !m.place;
        }
    }
}

impl<'a> Mentions<'a> {
    /// The full name for a bare surname a he/she pronoun resolved to: of
    /// the article's full names with that surname, the nearest earlier one
    /// of a compatible gender ("Lindgren … she says" is Rosa, not her son
    /// Erik Lindgren), else [`Mentions::full_name`].
    pub fn full_name_of_gender(&self, surname: &str, before: Place, gender: Gender) -> Option<&'a str> {
        if surname.contains(' ') {
            return None;
        }
        let same = |m: &&Mention<'a>| m.kind == PhraseKind::Name && m.surname == surname && m.name.contains(' ');
        let fits = self.earlier(before).filter(same).find(|m| m.gender.compatible(gender)).map(|m| m.name);
        fits.or_else(|| self.full_name(surname, before))
    }
}

/// The gender of a name mention at tokens `a..` with role words from
/// `role_start`: a gendered title or role noun before it ("Ms.", "husband",
/// "her son") decides; else the gender of a description the name is set in
/// apposition to (`apposed`, from [`appositive_role`]: "Her son, Erik …");
/// else the phrase's own gender, which then comes from a first-name list
/// (the flag says so).
pub fn mention_gender(text: &str, toks: &[Token], role_start: usize, a: usize, apposed: Gender, phrase: Gender) -> (Gender, bool) {
    for k in (role_start..a).rev() {
        let w = toks[k].text(text);
        let g = match roles::gender_of_word(w) {
            Gender::Unknown => noun_gender(w),
            g => g,
        };
        if g != Gender::Unknown {
            return (g, false);
        }
    }
    if apposed != Gender::Unknown {
        return (apposed, false);
    }
    let kin = kin_before(text, toks, role_start);
    if kin != Gender::Unknown {
        return (kin, false);
    }
    (phrase, phrase != Gender::Unknown)
}

/// "His niece Clara Diaz", "her grandson Eli": the gender of a kin noun
/// after a possessive, right before the name whose words start at `start`.
fn kin_before(text: &str, toks: &[Token], start: usize) -> Gender {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let Some(noun) = start.checked_sub(1).and_then(word) else { return Gender::Unknown };
    let possessive = start.checked_sub(2).and_then(word).is_some_and(|w| matches!(w, "his" | "her" | "their" | "my" | "our" | "His" | "Her" | "Their" | "My" | "Our"));
    if possessive { gender_of_person_noun(noun) } else { Gender::Unknown }
}

/// `roles::gender_of_noun` of the word lower-cased; ASCII words up to 16
/// bytes are lower-cased on the stack (every gendered noun is that short).
fn noun_gender(word: &str) -> Gender {
    let mut buffer = [0u8; 16];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).map_or(Gender::Unknown, roles::gender_of_noun)
        }
        _ if word.is_ascii() => Gender::Unknown,
        _ => roles::gender_of_noun(&word.to_lowercase()),
    }
}

/// Pronoun votes: for each subject name (by its index in `list`), the
/// first he/she (or, a weaker vote, his/her) it is followed by in its own
/// clause, before any other name ("Lee Finell, manager, said she").
pub fn pronoun_votes(paragraphs: &[&str], tokens: &[Vec<Token>], list: &[Mention], ends: &[usize]) -> Vec<(usize, Gender, bool)> {
    let mut votes = Vec::new();
    for (i, m) in list.iter().enumerate() {
        if m.kind != PhraseKind::Name || !m.subject {
            continue;
        }
        let (p, start) = m.at;
        let (text, toks) = (paragraphs[p], &tokens[p]);
        let sentence = toks[start].sentence;
        // An appositive between commas ("Lee Finell, manager with Dairy
        // Farmers of Canada, said she") is skipped with the names in it.
        let mut from = ends[i];
        if toks.get(from).is_some_and(|t| t.kind == Kind::Comma) {
            let close = (from + 1..toks.len().min(from + 24)).take_while(|&k| toks[k].sentence == sentence && !matches!(toks[k].kind, Kind::Quoted(_))).find(|&k| toks[k].kind == Kind::Comma);
            // A relative clause ("Trump, who had talked about what she …") or an unclosed aside votes nothing.
            let relative = toks.get(from + 1).is_some_and(|t| t.is_word() && matches!(t.text(text), "who" | "whose" | "whom" | "which"));
            match close {
                Some(close) if !relative => from = close,
                _ => continue,
            }
        }
        let limit = list[i + 1..].iter().take(12).find(|n| n.kind == PhraseKind::Name && (n.at.0 > p || n.at.1 >= from)).filter(|n| n.at.0 == p).map_or(toks.len(), |n| n.at.1);
        for (k, t) in toks.iter().enumerate().take(limit.min(from + 40)).skip(from) {
            // Within the name's own clause: "Trump was waving, and she was …" votes nothing.
            let boundary = matches!(t.kind, Kind::Comma | Kind::Semicolon | Kind::Dash | Kind::Colon) && k > from;
            // "Dobbs pressed the governor on whether she …": a person set as an object is the nearer referent.
            if t.sentence != sentence || matches!(t.kind, Kind::Quoted(_)) || boundary || is_person_object(text, toks, k) {
                break;
            }
            // A possessive is a weaker vote: "Easley offered to monitor his breathing" is about Cable.
            let (gender, subject) = match t.text(text) {
                "he" | "himself" => (Gender::Male, true),
                "she" | "herself" => (Gender::Female, true),
                "his" | "him" => (Gender::Male, false),
                "her" | "hers" => (Gender::Female, false),
                _ => continue,
            };
            votes.push((i, gender, subject));
            break;
        }
    }
    votes
}

/// Whether tokens from `k` are "the", "a" or "an" and a lower-case role
/// noun ("the governor", "a nurse"): another person the clause names.
fn is_person_object(text: &str, toks: &[Token], k: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    word(k).is_some_and(|w| matches!(w, "the" | "a" | "an")) && word(k + 1).is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()) && roles::is_role_noun(n))
}

/// Words that open a short description set before a name ("her husband, …").
const APPOSITIVE_OPENERS: &[&str] = &["her", "his", "their", "its", "our", "my", "the", "a", "an", "Her", "His", "Their", "Its", "Our", "My", "The", "A", "An"];

/// Nouns for people close to someone, beyond the role nouns ("agent").
const CLOSE_NOUNS: &[&str] = &[
    "agent", "publicist", "partner", "colleague", "friend", "assistant", "deputy", "boss", "mentor", "cousin",
    "fiancé", "fiancée", "widow", "widower", "aunt", "uncle", "niece", "nephew", "grandmother", "grandfather",
    "granddaughter", "grandson", "stepmother", "stepfather", "girlfriend", "boyfriend",
];

/// The gender a noun for a person marks, with the kin words the role
/// lists lack ("widow", "uncle").
pub fn gender_of_person_noun(noun: &str) -> Gender {
    match noun {
        "widow" | "aunt" | "niece" | "grandmother" | "granddaughter" | "stepmother" | "girlfriend" | "fiancée" => Gender::Female,
        "widower" | "uncle" | "nephew" | "grandfather" | "grandson" | "stepfather" | "boyfriend" | "fiancé" => Gender::Male,
        _ => roles::gender_of_noun(noun),
    }
}

/// "her husband, Anselm Velde.", "Blix's agent, Dax Okonjo, …": a
/// description of at most four words ending in a person noun, set off by a
/// comma right before the name at tokens `start..end`. Returns its tokens
/// and the gender its noun marks after "her" or "his". The description opens the sentence or the
/// name closes the apposition: in "After a call with his wife, Smith left"
/// the name is the subject of the main clause, and "Like her father, …" is
/// a comparison.
pub fn appositive_role(text: &str, toks: &[Token], start: usize, end: usize) -> Option<((usize, usize), Gender)> {
    if start < 3 || toks[start - 1].kind != Kind::Comma || !toks[start - 2].is_word() {
        return None;
    }
    // "The governor of the Kazyr region, Rustam Khabibullin,": the role noun before an "of" or "for" phrase.
    let before_of = (start.saturating_sub(7)..start - 2).rev().take_while(|&k| toks[k].is_word()).find(|&k| matches!(toks[k].text(text), "of" | "for")).filter(|&k| k > 0 && roles::is_role_noun(toks[k - 1].text(text)));
    let noun_at = before_of.map_or(start - 2, |k| k - 1);
    let noun = toks[noun_at].text(text);
    let gender = gender_of_person_noun(noun);
    let person = roles::is_role_noun(noun) || in_list!(CLOSE_NOUNS, noun) || gender != Gender::Unknown;
    if !noun.chars().all(|c| c.is_lowercase() || c == '-') || !person {
        return None;
    }
    let sentence = toks[noun_at].sentence;
    let opener = (noun_at.saturating_sub(3)..noun_at).rev().take_while(|&k| toks[k].is_word() && toks[k].sentence == sentence).find(|&k| {
        let w = toks[k].text(text);
        in_list!(APPOSITIVE_OPENERS, w) || (super::names::is_possessive(w) && w.starts_with(char::is_uppercase))
    })?;
    let between_lower = (opener + 1..noun_at).all(|k| toks[k].text(text).chars().all(|c| c.is_lowercase() || c == '-'));
    let compared = opener > 0 && toks[opener - 1].is_word() && matches!(toks[opener - 1].text(text), "Like" | "like" | "Unlike" | "unlike" | "As" | "as" | "than");
    let opens = opener == 0 || toks[opener - 1].sentence != sentence || matches!(toks[opener - 1].kind, Kind::Quoted(_));
    let closes = toks.get(end).is_none_or(|t| matches!(t.kind, Kind::Comma | Kind::Stop | Kind::Dash | Kind::Bracket | Kind::Semicolon));
    // Only "her husband", "his agent" mark a gender: "the Smiths' son" may
    // stand among several people.
    let gender = if matches!(toks[opener].text(text), "her" | "Her" | "his" | "His") { gender } else { Gender::Unknown };
    (between_lower && !compared && (opens || closes)).then_some(((opener, start - 1), gender))
}
