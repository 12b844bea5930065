//! Description mentions: "the mayor", "The minister" standing as the subject
//! of a sentence ("On Dec. 13, the mayor brought up …") name the person with
//! that role named earlier, and count as a mention of that person, so a later
//! "he" goes to that person rather than to the last speaker.

use crate::wordset::in_list;
use super::resolve::{Mention, Mentions, Place};
use super::names::PhraseKind;
use super::roles::Gender;
use super::tokens::{Kind, Token};

/// Words after a description that show it is not the subject of a verb.
const NOT_VERBS: &[&str] = &["of", "and", "or", "in", "at", "for", "from", "to", "with", "on", "by", "as", "than", "nor", "but"];

/// A candidate description subject found while indexing: its place and head noun.
pub struct Candidate<'a> {
    /// Where "the" stands.
    pub at: Place,
    /// The role noun, lower-cased by the caller's rules ("mayor").
    pub head: &'a str,
    /// The article-wide number of its sentence.
    pub sentence: u32,
}

/// Whether tokens from `i` ("the" + role noun) open a sentence (or follow a
/// lead-in clause) and are followed by a lower-case verb; returns the head.
pub fn candidate<'a>(text: &'a str, toks: &[Token], i: usize) -> Option<&'a str> {
    let the = toks[i].text(text);
    if !the.eq_ignore_ascii_case("the") {
        return None;
    }
    let head_tok = toks.get(i + 1).filter(|t| t.is_word())?;
    let head = head_tok.text(text);
    if !head.chars().all(|c| c.is_ascii_lowercase()) || !super::resolve::is_strong_role(head) {
        return None;
    }
    let next = toks.get(i + 2).filter(|t| t.is_word())?.text(text);
    if !next.chars().all(|c| c.is_ascii_lowercase()) || in_list!(NOT_VERBS, next) || next.ends_with("'s") {
        return None;
    }
    let sentence = toks[i].sentence;
    let starts = |k: usize| k == 0 || toks[k - 1].sentence != sentence || matches!(toks[k - 1].kind, Kind::Quoted(_));
    let opens = starts(i) || (toks[i - 1].kind == Kind::Comma && {
        let mut s = i - 1;
        while s > 0 && !starts(s) {
            s -= 1;
        }
        super::salience::is_lead_in(toks[s].text(text))
    });
    opens.then_some(head)
}

/// Whether tokens from `i` are "the" + a strong role noun standing as an
/// object inside a sentence ("Varga pressed the governor on …"), not set
/// before a name; returns the head.
pub fn object_candidate<'a>(text: &'a str, toks: &[Token], i: usize) -> Option<&'a str> {
    // Asked of every three-letter word: the cheapest test first.
    if toks[i].text(text) != "the" {
        return None;
    }
    let lower = |k: usize| toks.get(k).filter(|t| t.is_word() && t.sentence == toks[i].sentence).map(|t| t.text(text)).filter(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    let head = lower(i + 1).filter(|h| super::resolve::is_strong_role(h))?;
    let named_after = toks.get(i + 2).is_some_and(|t| t.is_word() && t.text(text).starts_with(char::is_uppercase));
    (i > 0 && lower(i) == Some("the") && lower(i - 1).is_some() && !named_after).then_some(head)
}

impl<'a> Mentions<'a> {
    /// "Moderator Quinn Varga pressed the governor on it. She declined …":
    /// for a he/she at `at` whose salient person has no known gender, the
    /// person of exactly that gender a role description in that person's
    /// sentence, after the name, names; with the description's place.
    pub fn described_referent(&self, at: Place, gender: Gender) -> Option<(Place, &Mention<'a>)> {
        let nearest = self.salient_person(at, gender).filter(|m| m.gender == Gender::Unknown && gender != Gender::Unknown)?;
        let (place, _, head) = *self.objects.iter().find(|&&(place, sentence, _)| sentence == nearest.sentence && place > nearest.at && place < at)?;
        self.nearest_with_role(place, head).filter(|m| m.gender == gender).map(|m| (place, m))
    }

    /// Adds a subject mention for each description candidate that resolves
    /// to a person named earlier with that role (or, for a strong role, the
    /// nearest person), keeping reading order.
    pub fn add_descriptions(&mut self, candidates: &[Candidate]) {
        if candidates.is_empty() {
            return;
        }
        let mut added = Vec::new();
        for c in candidates {
            let found = self.nearest_with_role(c.at, c.head).or_else(|| self.nearest_person(c.at, super::roles::Gender::Unknown));
            if let Some(m) = found.filter(|m| m.kind == PhraseKind::Name) {
                let name = self.full_name(m.name, c.at).filter(|_| !m.name.contains(' ')).unwrap_or(m.name);
                added.push(Mention { at: c.at, name, surname: name.rsplit(' ').next().unwrap_or(name), role: "", strong: true, subject: true, sentence: c.sentence, ..m.clone() });
            }
        }
        self.list.extend(added);
        self.list.sort_by_key(|m| m.at); // stable: a description stays after a name at the same place
    }
}
