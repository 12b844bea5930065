//! Clause-shape attribution tests: which phrase around a cue is the speaker
//! (inverted cues, names before the cue, dashes, "per", "as X put it").

use super::tests::{run};

#[test]
fn the_name_right_before_the_cue_wins_over_an_institution_opening_the_phrase() {
    let got = run("T\n“There is an element of gamesmanship going on,” University of the Fraser Valley political scientist Hamish Telford said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Hamish Telford"));
}

#[test]
fn a_reporting_clause_right_after_the_quotation_outweighs_a_cue_before_it() {
    let got = run("T\nThe letter also mentioned the savings it said the merger would bring: “Our members will see lower fees for years to come,” the credit union wrote.");
    assert_eq!(got[0].speaker.as_deref(), Some("credit union"));
    assert_eq!(got[0].cue.as_deref(), Some("wrote"));
}

#[test]
fn an_adverbial_opener_or_a_month_is_no_speaker() {
    let got = run("T\nThen, after a long silence: “We will rebuild the whole town from scratch.”");
    assert_eq!(got[0].speaker, None);
    let got = run("T\nShe lost “almost nine kilos in all” between June and November, says the study.");
    assert_ne!(got[0].speaker.as_deref(), Some("November"));
}

#[test]
fn a_phrase_after_a_dash_is_the_source_only_when_it_ends_the_clause() {
    let got = run("T\nThe river rose from “calm” to “flooding over the banks” — a rare event for late autumn, hydrologists say.");
    assert_eq!(got[1].speaker.as_deref(), Some("hydrologists"));
}

#[test]
fn an_inverted_cue_before_the_quotation_takes_the_name_after_it() {
    let got = run("T\nInstead of more parking, in a city already full of cars, asks urban planner Dana Whitfield, “why not build a tram line?”");
    assert_eq!(got[0].speaker.as_deref(), Some("Dana Whitfield"));
    assert_eq!(got[0].cue.as_deref(), Some("asks"));
}

#[test]
fn per_names_a_source_like_according_to() {
    let got = run("T\nMembers may not vote by proxy when choosing “a replacement for the chair of the board,” per the club’s constitution.");
    assert_eq!(got[0].cue.as_deref(), Some("per"));
    assert_eq!(got[0].speaker.as_deref(), Some("club’s constitution"));
}

#[test]
fn as_someone_put_it_after_the_quotation_names_the_source() {
    let got = run("T\nSeveral councillors share his doubts, since the main test for a permit is “a plausible need for parking,” as a city council memo put it.");
    assert_eq!(got[0].speaker.as_deref(), Some("a city council memo"));
    assert_eq!(got[0].cue.as_deref(), Some("put it"));
}

#[test]
fn a_cue_after_a_comma_with_a_name_after_it_is_inverted() {
    let got = run("T\nA long illness can be a “stress test” for a family — and many crack, said Dr. Helen Okafor, a family therapist.");
    assert_eq!(got[0].speaker.as_deref(), Some("Helen Okafor"));
}

#[test]
fn a_complementiser_after_an_inverted_cue_opens_no_speaker() {
    let got = run("T\nMayor Lina Park said in a letter that the poster “clearly and falsely” suggests that Dover backs the plan.");
    assert_eq!(got[0].speaker.as_deref(), Some("Lina Park"));
}

#[test]
fn an_organisation_joined_by_and_belongs_to_the_role_of_the_name_after_it() {
    let got = run("T\nEarly results are “very promising,” says Arts and Letters program director Mia Chen.");
    assert_eq!(got[0].speaker.as_deref(), Some("Mia Chen"));
}

#[test]
fn a_document_subject_makes_found_or_states_a_cue() {
    let got = run("T\nA county report released in May found that the depot had been “run without any oversight for years.”");
    assert_eq!(got[0].speaker.as_deref(), Some("A county report"));
    assert_eq!(got[0].cue.as_deref(), Some("found"));
    let got = run("T\nThe mayor found that the depot had been “run without any oversight for years.”");
    assert_ne!(got[0].cue.as_deref(), Some("found"));
}

#[test]
fn a_name_before_the_comma_outweighs_a_place_after_an_inverted_cue() {
    let got = run("T\nA former tester, Noor Haddad, wrote on Mastodon: “Four years of bugs and friends. Onward.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Noor Haddad"));
}

#[test]
fn a_teaser_line_between_a_reporting_clause_and_its_quotation_is_looked_past() {
    let got = run("T\nAnna Berg, a researcher at the lab, wrote in a blog post that the letters came from the same senders.\n\nWATCH: Fake letters demanding cash spread across the province\n\n“Several accounts that sent these letters also sent other scams we saw last year.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Anna Berg"));
    assert!(super::follow::is_teaser("READ MORE: Police warn of scam"));
    assert!(!super::follow::is_teaser("Police warn of scam: a note"));
}

#[test]
fn a_participle_cue_in_an_opening_phrase_takes_the_main_clause_subject() {
    let got = run("T\n“We trained hard all year,” said assistant coach Tom Reed.\n\nIn her speech, head coach Maria Lopez praised the players.\n\nBefore telling reporters the season was “a long, painful lesson for all of us,” she left the arena early.");
    assert_eq!(got[1].speaker.as_deref(), Some("Maria Lopez"));
}
