//! Integer ids for the name strings of an article's mentions, numbered once
//! per article, so the passes that group mentions by name or surname index
//! vectors instead of hashing and comparing the same strings again and
//! again: `Mentions::strengthen` (here), `Mentions::spread_gender` (in
//! `gender`) and `Mentions::index_people` (here, the lookups by speaker).

use super::names::PhraseKind;
use super::resolve::{Mention, Mentions};
use super::roles::Gender;
use crate::wordset::FastMap;

/// The ids of one mention's strings: equal strings have equal ids, in one
/// id space for the article (a bare name's id is the id of the same
/// string as a surname).
#[derive(Clone, Copy, Debug)]
pub(super) struct NameId {
    /// The name ("Igor Konashenkov").
    pub name: u32,
    /// Its surname ("Konashenkov"; "Grant" of "Harold Grant Jr.").
    pub surname: u32,
    /// Its last word ("Jr." of "Harold Grant Jr.").
    pub last: u32,
    /// Whether the name has two words or more.
    pub full: bool,
}

/// The ids of every mention of an article's list, in list order.
pub(super) struct NameIds {
    /// One per mention, parallel to the list.
    pub of: Vec<NameId>,
    /// How many distinct strings were numbered: every id is below it.
    pub count: usize,
}

impl NameIds {
    /// Numbers the names, surnames and last words of `list`.
    pub(super) fn new(list: &[Mention]) -> NameIds {
        let mut ids: FastMap<&str, u32> = FastMap::with_capacity_and_hasher(list.len() * 2, Default::default());
        let mut id = |s| {
            let next = ids.len() as u32;
            *ids.entry(s).or_insert(next)
        };
        let of = list
            .iter()
            .map(|m| {
                // Most surnames are their name's last word, and a bare name is its own: each string is hashed once.
                let last = super::name_parts::split_last_word(m.name).map_or(m.name, |(_, w)| w);
                let name = id(m.name);
                let last_id = if last == m.name { name } else { id(last) };
                let surname = if m.surname == last { last_id } else { id(m.surname) };
                NameId { name, surname, last: last_id, full: last.len() < m.name.len() }
            })
            .collect();
        NameIds { of, count: ids.len() }
    }
}

impl<'a> Mentions<'a> {
    /// Marks as persons the full names whose surname the article also uses
    /// alone, and spreads gender from one mention of a surname to all.
    pub(super) fn strengthen(&mut self, votes: &[(usize, Gender, bool)], ids: &NameIds) {
        #[derive(Default, Clone)]
        struct Surname {
            alone: bool,
            full: bool,
            strong: bool,
            place: bool,
            person_full: bool,
        }
        let mut by_surname = vec![Surname::default(); ids.count];
        for (m, id) in self.list.iter().zip(&ids.of).filter(|(m, _)| m.kind == PhraseKind::Name) {
            let entry = &mut by_surname[id.surname as usize];
            entry.alone |= !id.full && !m.place;
            entry.full |= id.full;
            entry.strong |= m.strong;
            entry.place |= m.place;
            entry.person_full |= id.full && (m.strong || m.gender != Gender::Unknown);
        }
        let firsts = super::shared_surname::first_names_of_people(&self.list);
        // "Echeverría" of "Rafael Echeverría Solís": the first of two surnames is that person's.
        // Asked only where it can decide `subject` below (a lone name standing as a subject).
        let can_decide = |m: &Mention, id: &NameId| m.subject && !id.full && !by_surname[id.surname as usize].full && !m.after_clause;
        let first_surname: Vec<bool> = self.list.iter().zip(&ids.of).map(|(m, id)| can_decide(m, id) && super::intl_names::longer_name(self, m.name, m.at).is_some()).collect();
        for ((m, id), first_surname) in self.list.iter_mut().zip(&ids.of).zip(first_surname).filter(|((m, _), _)| m.kind == PhraseKind::Name) {
            // Every name's surname has its entry.
            let entry = &by_surname[id.surname as usize];
            // "Marta does the books" after "Marta Kovacs": a person's first
            // name alone, standing as a subject, is that person.
            if m.subject && !id.full && !entry.full && firsts.binary_search(&m.name).is_ok() {
                m.strong = true;
                continue;
            }
            m.strong |= (entry.alone && entry.full) || (!id.full && entry.strong);
            // "Surrey", written "in Surrey" and never after a known first
            // name or a title, is a place ("Safe Surrey" is no person).
            m.strong &= !entry.place || entry.person_full;
            // A lone capitalised word is as often an adverb or a noun
            // ("Mostly, …", "Governments have …") as a surname: it is a
            // subject only when a full name in the article ends with it, or
            // a title marks it a person ("President Obama" … "Obama said").
            m.subject &= id.full || entry.full || m.strong || m.after_clause || first_surname;
        }
        self.spread_gender(votes, ids);
    }

    /// Fills the lookups by speaker name: per name, the gender of its last
    /// mention and whether any mention is strong or a subject; per surname,
    /// the gender of its last mention; per surname, the role words of its
    /// mentions in order (each once, at most [`super::resolve::MAX_ROLES`]).
    /// Each distinct name and surname is hashed once.
    pub(super) fn index_people(&mut self, ids: &NameIds) {
        let mut people: Vec<Option<(Gender, bool)>> = vec![None; ids.count];
        let mut surnames: Vec<Option<Gender>> = vec![None; ids.count];
        let names = || self.list.iter().zip(&ids.of).filter(|(m, _)| m.kind == PhraseKind::Name);
        for (m, id) in names() {
            let person = people[id.name as usize].get_or_insert((m.gender, false));
            *person = (m.gender, person.1 || m.strong || m.subject);
            surnames[id.surname as usize] = Some(m.gender);
        }
        // Sized once for the article: at most one entry per mention, so the maps never grow.
        let (mut by_name, mut by_surname) = (std::mem::take(&mut self.people), std::mem::take(&mut self.surnames));
        by_name.reserve(self.list.len());
        by_surname.reserve(self.list.len());
        for (m, id) in names() {
            if !m.role.is_empty() {
                let roles = self.roles.entry(m.surname).or_default();
                if roles.len() < super::resolve::MAX_ROLES && !roles.contains(&m.role) {
                    roles.push(m.role);
                }
            }
            if let Some(person) = people[id.name as usize].take() {
                by_name.insert(m.name, person);
            }
            if let Some(gender) = surnames[id.surname as usize].take() {
                by_surname.insert(m.surname, gender);
            }
        }
        (self.people, self.surnames) = (by_name, by_surname);
    }
}
