//! Resolution tests for political news: party–state tags and party
//! descriptions ("the Wyoming Republican"), surnames with particles ("Van
//! Buren") and the bodies of a person ("Her campaign", "it").

use super::tests::speakers;


fn last(text: &str) -> Option<String> {
    speakers(text).pop().flatten()
}

#[test]
fn a_surname_with_particles_resolves_to_the_full_name() {
    let text = "T\nOdile Van Hecke lost the council vote on Monday.\n\nVan Hecke's allies were furious. “We were never given a fair hearing,” Van Hecke said.";
    assert_eq!(last(text).as_deref(), Some("Odile Van Hecke"));
}

#[test]
fn it_after_a_persons_body_opens_a_sentence_is_that_body() {
    let text = "T\nClub officials said nothing on Friday.\n\nNora Pike leads the challenger slate. “We are ready,” Pike said.\n\nOwen Hale is the incumbent chair. His office moved quickly. In a memo, it called Pike “a risk to the club.”";
    assert_eq!(last(text).as_deref(), Some("Owen Hale's office"));
}

#[test]
fn a_surnames_body_takes_the_full_name() {
    let text = "T\nNora Pike entered the race in June.\n\nPike’s campaign called the report “a hit job from start to finish.”";
    assert_eq!(last(text).as_deref(), Some("Nora Pike's campaign"));
}

#[test]
fn a_party_and_state_description_is_the_politician_with_that_tag() {
    let text = "T\nSen. Ada Moyle, R-Utah, sparred on Monday with Sen. Tom Greer, D-N.Y., over the farm bill.\n\n“This bill pays people not to farm,” the Utah Republican said.\n\n“It keeps families on their land,” the New York Democrat said.";
    assert_eq!(speakers(text), [Some("Ada Moyle".to_string()), Some("Tom Greer".to_string())]);
}

#[test]
fn a_party_modifier_picks_among_members_of_one_role() {
    let text = "T\nGreen MP Lise Arnaud and Liberal MP Omar Haddad debated the rebate on Tuesday.\n\n“Families are paying more every month,” the Green MP said.";
    assert_eq!(last(text).as_deref(), Some("Lise Arnaud"));
}

#[test]
fn a_party_and_state_description_matches_an_apposed_party() {
    let text = "T\nSen. Ada Moyle, a Utah Republican, and Sen. Tom Greer, a New York Democrat, sparred on Monday.\n\n“This bill pays people not to farm,” the Utah Republican said.\n\n“It keeps families on their land,” the New York Democrat said.";
    assert_eq!(speakers(text), [Some("Ada Moyle".to_string()), Some("Tom Greer".to_string())]);
}

#[test]
fn the_owner_of_a_speech_speaks_its_words() {
    let text = "T\nDana Whitfield won the Iowa primary on Tuesday.\n\nWhitfield's victory speech, in part: “They told us a farmer couldn't win. Well, we just did.”";
    assert_eq!(last(text).as_deref(), Some("Dana Whitfield"));
}
