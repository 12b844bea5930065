//! People: one canonical name per person across the corpus.
//!
//! Attribution already resolves names within an article (a bare surname to
//! the full name named earlier). This stage merges across articles: names
//! whose surnames are spellings of one another ([`similar`]) and whose first
//! names agree are one person, named by the corpus's most frequent full
//! spelling; a bare surname joins the corpus's dominant person of that
//! surname. Two people who share a surname but not a first name stay apart.
//! Descriptions ("one veteran") are left as written. Canonical names write
//! the apostrophe straight, so "Prime Minister’s Office" and "Prime
//! Minister's Office" are one speaker.

pub mod similar;

use crate::model::{Attribution, Quotation};
use similar::{fold, same_first_name, same_word};
use std::collections::HashMap;

/// One person known to the corpus: folded first and last name, and the
/// spellings seen with their counts.
struct Person {
    first: String,
    last: String,
    spellings: Vec<(String, usize)>,
}

impl Person {
    /// The most frequent spelling, or the fullest spelling that adds middle
    /// names to it ("Dmitri Olegovich Larin" over "Dmitri Larin").
    fn canonical(&self) -> &str {
        let best = self.spellings.iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
        let best = best.map_or("", |(s, _)| s.as_str());
        let fuller = self.spellings.iter().filter(|(s, _)| crate::attrib::intl_names::skips_middle(s, best));
        fuller.max_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.1.cmp(&b.1)).then_with(|| b.0.cmp(&a.0))).map_or(best, |(s, _)| s.as_str())
    }

    fn count(&self) -> usize {
        self.spellings.iter().map(|(_, n)| n).sum()
    }
}

/// Whether a speaker string looks like a person's name: every word capitalised
/// and no leading article.
pub fn looks_like_name(speaker: &str) -> bool {
    let mut words = speaker.split_whitespace();
    let first = words.next().unwrap_or("");
    !matches!(first, "The" | "A" | "An" | "One")
        && speaker.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && speaker.split_whitespace().count() <= 4
}

/// Whether a speaker is an organisation's name ("Canadian Pacific
/// Railway", "Global Affairs Canada"): organisations merge only on their
/// full name, never on a shared last or first word.
pub fn is_organisation(speaker: &str) -> bool {
    use crate::attrib::{names, roles};
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let person_first = words.first().is_some_and(|w| roles::gender_of_word(w) != roles::Gender::Unknown);
    !person_first && matches!(names::name_kind(&words), names::PhraseKind::Org | names::PhraseKind::Outlet)
}

/// Rewrites every `speaker` that is a name to its canonical full name.
pub fn unify(found: &mut [Vec<(Quotation, Attribution)>]) {
    straighten_apostrophes(found);
    // Each speaker that is a person's name, split once for both passes;
    // each distinct speaker is judged once.
    let mut splits: Vec<(String, String)> = Vec::new();
    let names: Vec<Option<usize>> = {
        let mut seen: HashMap<&str, Option<usize>> = HashMap::new();
        found
            .iter()
            .flatten()
            .map(|(_, a)| {
                let speaker = a.speaker.as_deref()?;
                *seen.entry(speaker).or_insert_with(|| {
                    (looks_like_name(speaker) && !is_organisation(speaker)).then(|| {
                        splits.push(split(speaker));
                        splits.len() - 1
                    })
                })
            })
            .collect()
    };
    let mut people: Vec<Person> = Vec::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    // The person each distinct speaker went to: people are only appended,
    // so a later search would find the same one first.
    let mut placed: Vec<Option<usize>> = vec![None; splits.len()];
    for ((_, attribution), &split) in found.iter().flatten().zip(&names) {
        let (Some(name), Some(k)) = (attribution.speaker.as_deref(), split) else { continue };
        if !name.contains(' ') || crate::attrib::names::is_particle_surname(name) {
            continue;
        }
        let (first, last) = &splits[k];
        let person = *placed[k].get_or_insert_with(|| {
            find(&people, &by_last, first, last).unwrap_or_else(|| {
                people.push(Person { first: first.clone(), last: last.clone(), spellings: Vec::new() });
                by_last.entry(last_key(last)).or_default().push(people.len() - 1);
                people.len() - 1
            })
        });
        let spellings = &mut people[person].spellings;
        match spellings.iter_mut().find(|(s, _)| s == name) {
            Some(entry) => entry.1 += 1,
            None => spellings.push((name.to_string(), 1)),
        }
    }
    // The people are settled now: one answer per distinct speaker.
    let mut chosen: Vec<Option<Option<usize>>> = vec![None; splits.len()];
    for ((_, attribution), &split) in found.iter_mut().flatten().zip(&names) {
        let Some(k) = split else { continue };
        let (first, last) = &splits[k];
        let person = *chosen[k].get_or_insert_with(|| {
            if first.is_empty() { dominant(&people, &by_last, last) } else { find(&people, &by_last, first, last) }
        });
        if let Some(person) = person {
            attribution.speaker = Some(people[person].canonical().to_string());
        }
    }
}

/// Writes the typographic apostrophe in every speaker's name as a straight
/// one (the name as written keeps the article's form).
fn straighten_apostrophes(found: &mut [Vec<(Quotation, Attribution)>]) {
    for (_, attribution) in found.iter_mut().flatten() {
        if let Some(speaker) = attribution.speaker.as_mut().filter(|s| s.contains('’')) {
            *speaker = speaker.replace('’', "'");
        }
    }
}

/// Folded first word and surname of a name ("" first for a bare surname,
/// "Van Buren" included; the surname keeps its particles: "Celeste Van
/// Buren" → "celeste", "van buren").
fn split(name: &str) -> (String, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    if crate::attrib::names::is_particle_surname(name) {
        return (String::new(), fold(name));
    }
    let surname = crate::attrib::names::surname_of(name);
    let last = if surname.contains(' ') { fold(surname) } else { fold(words.last().copied().unwrap_or("")) };
    let first = if words.len() > 1 { fold(words[0]) } else { String::new() };
    (first, last)
}

/// Bucket key for surnames: the first three letters, so spellings that
/// differ later meet in one bucket.
fn last_key(last: &str) -> String {
    last.chars().take(3).collect()
}

fn candidates<'a>(by_last: &'a HashMap<String, Vec<usize>>, last: &str) -> impl Iterator<Item = usize> + 'a {
    by_last.get(&last_key(last)).into_iter().flatten().copied()
}

/// The known person with a matching surname and first name.
fn find(people: &[Person], by_last: &HashMap<String, Vec<usize>>, first: &str, last: &str) -> Option<usize> {
    candidates(by_last, last).find(|&i| same_word(&people[i].last, last) && same_first_name(&people[i].first, first))
}

/// The person a bare surname means across the corpus: the most quoted one.
fn dominant(people: &[Person], by_last: &HashMap<String, Vec<usize>>, last: &str) -> Option<usize> {
    candidates(by_last, last).filter(|&i| same_word(&people[i].last, last)).max_by_key(|&i| people[i].count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn said(name: &str) -> (Quotation, Attribution) {
        let q = Quotation { parts: Vec::new(), text: String::new(), kind: Kind::Quote };
        (q, Attribution { speaker: Some(name.to_string()), ..Attribution::default() })
    }

    fn speakers(found: &[Vec<(Quotation, Attribution)>]) -> Vec<String> {
        found.iter().flatten().map(|(_, a)| a.speaker.clone().unwrap_or_default()).collect()
    }

    #[test]
    fn spellings_merge_under_the_most_frequent() {
        let mut found = vec![vec![said("Volodymyr Zelensky"), said("Volodymyr Zelensky")], vec![said("Volodimir Zelenskyy"), said("Zelenskiy")]];
        unify(&mut found);
        assert!(speakers(&found).iter().all(|s| s == "Volodymyr Zelensky"), "{:?}", speakers(&found));
    }

    #[test]
    fn an_organisation_is_one_speaker_whichever_apostrophe_it_is_written_with() {
        let mut found = vec![vec![said("Prime Minister’s Office")], vec![said("Prime Minister's Office")]];
        unify(&mut found);
        assert_eq!(speakers(&found), ["Prime Minister's Office", "Prime Minister's Office"]);
    }

    #[test]
    fn organisations_sharing_a_word_stay_apart() {
        let mut found = vec![vec![said("Canadian Pacific Railway"), said("Canadian National Railway"), said("Export Development Canada"), said("Global Affairs Canada"), said("Canada")]];
        unify(&mut found);
        assert_eq!(speakers(&found), ["Canadian Pacific Railway", "Canadian National Railway", "Export Development Canada", "Global Affairs Canada", "Canada"]);
    }

    #[test]
    fn a_shared_surname_with_different_first_names_stays_apart() {
        let mut found = vec![vec![said("Hillary Clinton"), said("Hillary Clinton"), said("Bill Clinton"), said("Clinton"), said("one veteran")]];
        unify(&mut found);
        assert_eq!(speakers(&found), ["Hillary Clinton", "Hillary Clinton", "Bill Clinton", "Hillary Clinton", "one veteran"]);
    }

    #[test]
    fn a_fuller_spelling_with_middle_names_names_the_person() {
        let mut found = vec![vec![said("Dmitri Larin"), said("Dmitri Larin")], vec![said("Dmitri Olegovich Larin"), said("Larin")]];
        unify(&mut found);
        assert_eq!(speakers(&found), ["Dmitri Olegovich Larin"; 4]);
    }

    #[test]
    fn a_surname_with_particles_joins_its_full_name() {
        let mut found = vec![vec![said("Odile Van Hecke"), said("Van Hecke")], vec![said("Van Hecke"), said("Van Morrison"), said("Ana De Luca"), said("De Luca")]];
        unify(&mut found);
        assert_eq!(speakers(&found), ["Odile Van Hecke", "Odile Van Hecke", "Odile Van Hecke", "Van Morrison", "Ana De Luca", "Ana De Luca"]);
    }
}
