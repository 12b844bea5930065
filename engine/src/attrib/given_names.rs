//! A name a source gave of itself: "Another, who gave only his first name,
//! Arjun, said", "a retired engineer who gave his name only as Zurab",
//! "a nurse who identified herself only as Maria". The name is a person's,
//! its gender is the possessive's, and it stands for the subject it names.

use super::roles::Gender;
use super::tokens::{Kind, Token};

/// The gender of a name at token `a` that the words before it give as a
/// source's own name ("his first name, Arjun", "her name as Rosa",
/// "himself only as Pete"), or `None` when no such words precede it.
pub fn given_name(text: &str, toks: &[Token], a: usize) -> Option<Gender> {
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let mut k = a.checked_sub(1)?;
    let comma = toks[k].kind == Kind::Comma;
    if comma {
        k = k.checked_sub(1)?;
    } else {
        // "as Zurab", "only as Zurab": the name follows "as".
        if word(k) != Some("as") {
            return None;
        }
        k = k.checked_sub(1)?;
        if word(k) == Some("only") {
            k = k.checked_sub(1)?;
        }
    }
    match word(k)? {
        "himself" if !comma => return Some(Gender::Male),
        "herself" if !comma => return Some(Gender::Female),
        "name" => {}
        _ => return None,
    }
    // "his first name", "her given name", "his name": the possessive up to two words back.
    (k.saturating_sub(2)..k).rev().map_while(word).find_map(|w| match w {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        "a" => Some(Gender::Unknown),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attrib::tokens::tokenize;

    fn given(sentence: &str, name: &str) -> Option<Gender> {
        let mut toks = Vec::new();
        tokenize(sentence, &[], &mut toks);
        let a = toks.iter().position(|t| t.text(sentence) == name).expect("name in sentence");
        given_name(sentence, &toks, a)
    }

    #[test]
    fn a_name_given_by_the_source_carries_its_gender() {
        assert_eq!(given("Another, who gave only his first name, Tarun, said he would pay.", "Tarun"), Some(Gender::Male));
        assert_eq!(given("A cook who gave her name only as Ilse said she left.", "Ilse"), Some(Gender::Female));
        assert_eq!(given("A driver who identified himself only as Bogdan said it was late.", "Bogdan"), Some(Gender::Male));
        assert_eq!(given("Ilse Brandt, a cook, said she left.", "Ilse"), None);
        assert_eq!(given("He spoke to his friend, Tarun, about it.", "Tarun"), None);
    }
}
