//! The one a quotation addresses is not its speaker: "“Diane, you can’t run
//! away from a roll call,” she said" after "She then turned to face Ms.
//! Hollis": the "she" is not Diane Hollis.

use super::find::Clause;
use super::names::PhraseKind;
use super::pronouns::LastSpeaker;
use crate::model::Attribution;

/// The name a quotation opens by addressing ("Diane, you …", "Mr. Trump,
/// do you …"): one or two capitalised words, an honorific allowed, before
/// the first comma.
pub(super) fn vocative(quotation: &str) -> Option<&str> {
    let (head, rest) = quotation.split_once(',')?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let name = match words.as_slice() {
        [one] => *one,
        [title, one] if matches!(title.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Miss" | "Dr") => *one,
        _ => return None,
    };
    let capital = name.len() > 2 && name.starts_with(char::is_uppercase) && name.chars().all(char::is_alphabetic);
    // "Diane, you …": a second-person clause follows the name.
    let second = rest.split_whitespace().next().is_some_and(|w| matches!(w.trim_matches(|c: char| !c.is_alphabetic()), "you" | "do" | "don" | "your" | "are" | "will" | "can" | "please" | "tell" | "listen" | "look"));
    (capital && second).then_some(name)
}

/// A pronoun speaker resolved to the very person the quotation addresses
/// goes to the last speaker instead, when that is another person the
/// pronoun fits.
pub(super) fn not_addressed(mut attribution: Attribution, clause: Option<&Clause>, quotation: &str, last: Option<&LastSpeaker>) -> Attribution {
    let pronoun = clause.and_then(|c| c.speaker).and_then(|(phrase, _)| match phrase.kind {
        PhraseKind::Pronoun(super::roles::Pronoun::Person(gender)) => Some(gender),
        _ => None,
    });
    let Some(gender) = pronoun else { return attribution };
    let (Some(name), Some(speaker)) = (vocative(quotation), attribution.speaker.as_deref()) else { return attribution };
    if !speaker.split_whitespace().any(|w| w == name) {
        return attribution;
    }
    if let Some(last) = last.filter(|l| l.person && l.gender.compatible(gender) && !l.name.split_whitespace().any(|w| w == name)) {
        attribution.speaker = Some(last.name.clone());
    }
    attribution
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_she_is_not_the_woman_her_quotation_addresses() {
        let text = "T\nAttorney General Lydia Serrano faced Diane Hollis on Tuesday.\n\nMs. Serrano pressed the point. She said her opponent “wants you to forget her record.” She then turned to face Ms. Hollis directly. “Diane, you can’t run away from a roll call,” she said.";
        assert_eq!(run(text)[1].speaker.as_deref(), Some("Lydia Serrano"));
    }

    #[test]
    fn a_vocative_is_a_name_before_a_second_person_clause() {
        assert_eq!(super::vocative("Diane, you can’t run"), Some("Diane"));
        assert_eq!(super::vocative("Mr. Trump, do you really think so?"), Some("Trump"));
        assert_eq!(super::vocative("Yes, we will win"), None);
        assert_eq!(super::vocative("Diane Hollis said, you know"), None);
    }
}
