//! Who heads a sentence after a lead-in ("In three interviews, the
//! councilwoman …", "Shortly after the call, Lowe’s campaign …"), and so
//! speaks its participle cue ("…, saying “…”").

use super::super::tests::{run, speaker};

#[test]
fn a_group_heading_the_main_clause_after_a_lead_in_speaks_a_participle() {
    let text = "T\n“Dana is a real builder,” said Carl Hendry.\n\nIn May, several conservation groups granted Ms. Ruiz an extension on a cleanup order, saying her “cash reserves were thinner than expected.”";
    assert_eq!(run(text)[1].speaker_as_written.as_deref(), Some("several conservation groups"));
    let text = "T\n“Dana is a real builder,” said Carl Hendry.\n\nThe Sierra Club granted Ms. Ruiz an extension, saying her “cash reserves were thin.”";
    assert_eq!(speaker(text, 1).as_deref(), Some("Sierra Club"));
}

#[test]
fn a_lone_title_word_before_a_description_between_commas_is_a_surname() {
    let text = "T\nJim Carver called on Paul Bishop to apologize.\n\n“That was outrageous,” Carver said.\n\nBishop, a former party chairman, mocked the governor, writing, “Notice the coughing.”\n\nBishop, a medical doctor, then appeared on the radio and began by saying he would “never” diagnose anyone.";
    let got = run(text);
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("Bishop"));
    assert_eq!(got[2].speaker_as_written.as_deref(), Some("Bishop"));
}

#[test]
fn a_lead_in_and_a_focus_adverb_are_no_subject() {
    let text = "T\nMayor Greg Tillman faces a choice.\n\nAlongside the protests, even a senior party strategist said Tillman will have to choose a side, saying, “At some point, he is going to have to come out on where he stands.”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("a senior party strategist"));
}

#[test]
fn a_name_after_and_then_heads_its_sentence() {
    let text = "T\nMayor Greg Tillman and council member Helen Ostrow have clashed for months over the plan.\n\nThen came another tweet, in which she took credit for “being right on the harbour plan.” And then Ostrow went fully on the attack, saying, “Is the mayor going to finally read the budget? If he doesn't he should resign!”";
    assert_eq!(speaker(text, 1).as_deref(), Some("Helen Ostrow"));
}

#[test]
fn a_description_after_a_lead_in_with_a_particle_verb_speaks_a_participle() {
    let text = "T\nCouncilwoman Helen Ostrow has opposed the harbour plan of Mayor Greg Tillman for months.\n\nIn three separate interviews, the councilwoman sounded off on Tillman, saying she did not “want to contemplate what his plan would do” to the town.";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("the councilwoman"));
}

#[test]
fn a_role_before_a_one_word_name_heads_the_sentence_of_a_participle() {
    let text = "T\nThe singer Mark Dalton announced a benefit concert.\n\nBand member Brix shared the news on social media last week, writing “Feels great to support someone I believe in, and so do the others.”";
    let got = run(text);
    assert_eq!((got[0].speaker.as_deref(), got[0].speaker_as_written.as_deref()), (Some("Brix"), Some("Band member Brix")));
}

#[test]
fn a_possessive_description_heads_the_sentence_of_a_participle() {
    let text = "T\nSenator Paul Vane criticised the plan on Monday. His office put out a statement saying the state “cannot check every new arrival, and the gaps are plain to see.”";
    let got = run(text);
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("His office"));
    assert!(got[0].speaker.as_deref().is_some_and(|s| s.contains("Vane")));
}

#[test]
fn a_name_in_the_possessive_heads_the_sentence_of_a_participle_after_a_lead_in() {
    let text = "T\nSenator Mark Lowe and Dan Pike are running.\n\nShortly after the call ended, Lowe’s campaign sent out a release saying Pike owes “the state an explanation for voting against the funding.”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("Lowe’s campaign"));
    let text = "T\nSenator Mark Lowe spoke.\n\nThere’s still time for Lowe to build bridges, even after repeatedly dismissing them as the “Washington cartel” in public.";
    assert_ne!(run(text)[0].speaker_as_written.as_deref(), Some("There’s still time"));
}

#[test]
fn a_name_after_an_indefinite_article_modifies_and_does_not_head_the_sentence() {
    let text = "T\nComedian Sara Vint was booed by Tom Hale supporters on Monday.\n\nVint, herself a Hale supporter during the primary, drew a wave of boos upon saying, “Lund heard the passion of the people in this hall.”";
    assert_eq!(speaker(text, 0).as_deref(), Some("Sara Vint"));
}

#[test]
fn a_group_after_an_adverbial_clause_is_no_description_of_its_subject() {
    let text = "T\nMayor Greg Tillman spoke for an hour about Governor Laura Benning.\n\nAs Tillman attacked Benning, the attendees chanted, “Lock her up right now!”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("the attendees"));
}

#[test]
fn the_one_a_letter_is_written_to_is_no_agent_of_a_participle() {
    let text = "T\nThe harbour vote was chaos.\n\nHarbour Mayor Greg Tillman wrote a letter to Attorney General Laura J. Benning asking the state to investigate the “fiasco at the polling stations.”";
    assert_eq!(speaker(text, 0).as_deref(), Some("Greg Tillman"));
}

#[test]
fn a_time_phrase_opening_a_colon_line_is_no_speaker() {
    let text = "T\nCouncil member Helen Ostrow spoke at the harbour gala on Monday night.\n\nThe next day, her Twitter account posted: “Shop the look from the harbour gala tonight.”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("her Twitter account"));
}
