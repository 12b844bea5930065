//! Tests for documents that speak and the authors they speak for: "the
//! report said" after "a report by X", and wire copy that repeats it.

use super::tests::speakers;

#[test]
fn bare_repeats_of_the_report_do_not_hide_its_author() {
    let text = "T\nThe 80-page report by Fairline Watch is based on interviews with 40 former prisoners.\n\nThe report said inmates were held in small cells. “The pattern is consistent,” the report said.\n\nJo Bell, the group's researcher, said the findings were grim.\n\nThe practice was common, the report said.\n\nAmong its recommendations, the report calls on the ministry to “open every cell to inspectors.”";
    assert_eq!(speakers(text), vec![Some("Fairline Watch".to_string()), Some("Fairline Watch".to_string())]);
}

#[test]
fn an_unnamed_body_that_speaks_in_a_report_is_the_author_named_for_it_next() {
    let text = "T\nGuards at three prisons beat inmates, a human rights group said in a report released Monday, calling conditions “cruel and degrading.”\n\nThe 80-page report by Fairline Watch is based on interviews with 40 former prisoners.";
    assert_eq!(speakers(text), vec![Some("Fairline Watch".to_string())]);
    let unnamed = "T\nGuards beat inmates, a human rights group said on Monday, calling conditions “cruel.”\n\nThe report by Fairline Watch is long.";
    assert_eq!(speakers(unnamed), vec![Some("a human rights group".to_string())]);
}

#[test]
fn a_quoted_title_between_a_document_and_its_author_is_passed_over() {
    let text = "T\nThe study, “Cheap Wings: Attrition in the Drone War,” published on Monday by the Halvorsen Institute, estimates that 9,000 drones were launched.\n\n“The cost curve has flipped,” the report said.";
    assert_eq!(speakers(text).last().cloned().flatten().as_deref(), Some("Halvorsen Institute"));
}

#[test]
fn a_document_a_body_owns_speaks_for_that_body() {
    let text = "T\nThe Coastal Electoral Observation Mission sent 200 monitors to the vote.\n\nThe mission's preliminary report said that “the authority acted with independence.”\n\n“We saw ballots moved without any seals,” the mission's report said.";
    let body = Some("Coastal Electoral Observation Mission".to_string());
    assert_eq!(speakers(text), vec![body.clone(), body]);
}

#[test]
fn a_document_whose_noun_is_also_a_cue_verb_speaks() {
    let text = "T\nThe president signed a decree on Friday.\n\n“Call-up shall be carried out among citizens in the reserve,” the decree says.";
    assert_eq!(speakers(text), vec![Some("decree".to_string())]);
}

#[test]
fn a_quoted_title_in_the_appositive_leaves_the_bill_the_subject() {
    let text = "T\nThe bill, formally titled “On the Extension of Martial Law,” states that “restrictions on rights may be introduced only where necessary.”";
    assert_eq!(speakers(text).last().cloned().flatten().as_deref(), Some("The bill"));
}
