//! Descriptions of a named person as speakers: "the 34-year-old" and "the
//! mother of two" name the person the article described that way ("Maria
//! Lopez, 34, …", "Lopez, a 34-year-old nurse", "Anna Berg, a mother of
//! two"), else the most recent compatible person in subject position.

use super::find::Context;
use super::names::PhraseKind;
use super::resolve::{Mention, Mentions, Place};
use super::roles;
use super::tokens::Kind;

/// Number words that count children or years ("mother of two").
const NUMBERS: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// The age an age word gives: "34-year-old" → "34".
fn age_of(word: &str) -> Option<&str> {
    let (number, rest) = word.split_once('-')?;
    (rest.starts_with("year-old") && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())).then_some(number)
}

/// Whether a word is a count ("two", "3").
pub fn is_number(word: &str) -> bool {
    NUMBERS.contains(&word) || !word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit())
}

impl Context<'_> {
    /// The person a definite age or family description stands for.
    pub(super) fn described_person(&self, mentions: &Mentions, written: &str, at: Place) -> Option<String> {
        let rest = written.strip_prefix("the ").or_else(|| written.strip_prefix("The "))?;
        let words: Vec<&str> = rest.split(' ').collect();
        let age = words.iter().find_map(|w| age_of(w));
        let family = words.len() == 3 && words[1] == "of" && is_number(words[2]);
        let full = |m: &Mention| mentions.full_name(m.name, at).filter(|_| !m.name.contains(' ')).unwrap_or(m.name).to_string();
        // "the veteran", "the retired nurse": the person an appositive described with that noun.
        let noun = words.last().filter(|w| w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        let nouns = if age.is_none() && !family { noun.map(std::slice::from_ref) } else { Some(&words[..]) };
        // A plain noun looks back only a few paragraphs, and only at people.
        let near = |m: &&Mention| age.is_some() || family || m.at.0 + 4 >= at.0 && (m.strong || m.gender != roles::Gender::Unknown);
        let described = mentions.earlier(at).take(80).filter(|m| m.kind == PhraseKind::Name).filter(near).find(|m| self.describes(m, age, nouns.unwrap_or(&[])));
        if let Some(m) = described.filter(|_| nouns.is_some()) {
            return Some(full(m));
        }
        if age.is_none() && !family {
            return None;
        }
        let gender = words.iter().map(|w| roles::gender_of_noun(w)).find(|g| *g != roles::Gender::Unknown).unwrap_or(roles::Gender::Unknown);
        mentions.salient_person(at, gender).map(full)
    }

    /// Whether the article describes mention `m` with `age` or `words`:
    /// ", 34," or ", a 34-year-old …" or ", a mother of two" after the
    /// name, or "34-year-old nurse Maria Lopez" before it.
    fn describes(&self, m: &Mention, age: Option<&str>, words: &[&str]) -> bool {
        let (p, a) = m.at;
        let (text, toks) = (self.texts[p], &self.tokens[p]);
        let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
        let fits = |k: usize| match age {
            Some(age) => word(k).is_some_and(|w| age_of(w) == Some(age)),
            None => words.iter().enumerate().all(|(i, w)| word(k + i) == Some(w)),
        };
        let before = (a.saturating_sub(3)..a).any(fits);
        let after = toks.get(m.end).is_some_and(|t| t.kind == Kind::Comma) && {
            let k = m.end + 1;
            age.is_some_and(|age| word(k) == Some(age)) || (k..k + 4).any(fits)
        };
        before || after
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    fn speaker(text: &str) -> Option<String> {
        run(text)[0].speaker.clone()
    }

    #[test]
    fn an_age_names_the_person_described_with_it() {
        assert_eq!(speaker("T\nMaria Lopez, 34, works nights. Her colleague Tom Reid, 51, agreed.\n“It is exhausting,” the 34-year-old said.").as_deref(), Some("Maria Lopez"));
        assert_eq!(speaker("T\nMaria Lopez, a 34-year-old nurse, works nights. Her colleague Tom Reid agreed.\n“It is exhausting,” the 34-year-old said.").as_deref(), Some("Maria Lopez"));
        assert_eq!(speaker("T\nMaria Lopez works nights at the hospital.\n“It is exhausting,” the 34-year-old said.").as_deref(), Some("Maria Lopez"));
    }

    #[test]
    fn a_description_names_the_person_an_appositive_described_with_it() {
        let text = "T\nJohn Carter, a 15-year veteran of the force, was on duty. Anna Berg, the chief, praised the team.\n“We were ready,” the veteran said.";
        assert_eq!(speaker(text).as_deref(), Some("John Carter"));
    }

    #[test]
    fn an_unnamed_source_with_a_role_stays_unnamed() {
        let got = run("T\nMayor Anna Berg toured the street.\nOne resident, a retired teacher, said: “We lost everything.” She added: “Nobody came.”");
        assert_eq!(got[0].speaker.as_deref(), Some("One resident"));
        assert_eq!(got[0].role.as_deref(), Some("a retired teacher"));
        assert_eq!(got[1].speaker.as_deref(), Some("One resident"));
    }

    #[test]
    fn a_family_description_names_the_person_described_with_it() {
        let text = "T\nAnna Berg, a mother of two, lost her job in May. Her landlord, Tom Reid, raised the rent.\n“I don't know what to do,” the mother of two said.";
        assert_eq!(speaker(text).as_deref(), Some("Anna Berg"));
    }
}
