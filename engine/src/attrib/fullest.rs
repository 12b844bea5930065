//! One name per organisation within an article: a speaker written as the
//! first or last words of an organisation's longer name the article gives
//! ("Navpur Metro" of "Navpur Metro Rail Corporation", "Chamber of
//! Commerce" of "Elmbrook Chamber of Commerce") is that longer name.

use super::intl_names::ends_name;
use super::names::PhraseKind;
use super::resolve::Mentions;
use super::roles::{self, Gender};
use crate::model::Attribution;

/// Rewrites each organisation speaker that is part of a longer
/// organisation name of the article to that name.
pub fn to_fullest(mentions: &Mentions, out: &mut [Attribution]) {
    for attribution in out.iter_mut() {
        let Some(full) = attribution.speaker.as_deref().and_then(|s| fullest(mentions, s)) else { continue };
        attribution.speaker = Some(full.to_string());
    }
}

/// The one longest organisation name of the article that begins or ends
/// with all the words of `speaker`; `None` when two different names do,
/// or when `speaker` may be a person's name or a single word ("Navpur"
/// may be the city as well as "Navpur Metro Rail Corporation").
fn fullest<'a>(mentions: &Mentions<'a>, speaker: &str) -> Option<&'a str> {
    let first = speaker.split(' ').next()?;
    // A subject the index took for a name ('Navpur Metro said') is no person unless it has a gender.
    let person = roles::gender_of_word(first) != Gender::Unknown || mentions.names_person(speaker) && mentions.gender_of(speaker) != Gender::Unknown;
    if !speaker.contains(' ') || person || !speaker.starts_with(char::is_uppercase) || speaker.contains(['\'', '’']) {
        return None;
    }
    let holds = |name: &str| name.len() > speaker.len() && (holds_at_start(name, speaker) || ends_name(name, speaker));
    let mut found: Option<&'a str> = None;
    for m in mentions.list.iter().filter(|m| m.kind == PhraseKind::Org) {
        let name = m.name.strip_prefix("The ").unwrap_or(m.name);
        if !holds(name) {
            continue;
        }
        found = match found {
            None => Some(name),
            Some(f) if f == name || holds_at_start(f, name) || ends_name(f, name) => Some(f),
            Some(f) if holds_at_start(name, f) || ends_name(name, f) => Some(name),
            Some(_) => return None,
        };
    }
    found
}

/// Whether `name` opens with the whole words of `part`.
fn holds_at_start(name: &str, part: &str) -> bool {
    name.strip_prefix(part).is_some_and(|rest| rest.starts_with(' '))
}


#[cfg(test)]
mod tests {
    use super::super::tests::speaker;


    #[test]
    fn a_short_form_of_an_organisation_takes_its_full_name() {
        let text = "T\nThe Orla Valley Water Authority raised bills on Monday.\n“Bills were frozen for six years,” Orla Valley said in a note.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Orla Valley Water Authority"));
        let end = "T\nThe Elmbrook Chamber of Commerce opposed the levy.\n“Shops will pay more for less,” the Chamber of Commerce said.";
        assert_eq!(speaker(end, 0).as_deref(), Some("Elmbrook Chamber of Commerce"));
        let subject = "T\nThe Orla Valley Water Authority raised bills on Monday.\nOrla Valley said in a statement that “bills were frozen for six years.”";
        assert_eq!(speaker(subject, 0).as_deref(), Some("Orla Valley Water Authority"));
    }

    #[test]
    fn a_short_form_two_organisations_share_or_a_person_stays_as_it_is() {
        let two = "T\nOrla Valley Water Authority and Orla Valley Transit Authority both raised prices.\n“Costs rose,” Orla Valley said.";
        assert_eq!(speaker(two, 0).as_deref(), Some("Orla Valley"));
        let person = "T\nMaria Kell Foundation gave the grant.\n“It is a start,” Maria Kell said.";
        assert_eq!(speaker(person, 0).as_deref(), Some("Maria Kell"));
    }
}
