//! Tests for who keeps speaking across sentences: a short "he"/"she"
//! beat before a quotation, and a possessive name opening its sentence.

use super::tests::run;

fn last(text: &str) -> Option<String> {
    run(text).into_iter().map(|a| a.speaker).next_back().flatten()
}

#[test]
fn a_quotation_after_a_paragraph_opening_with_he_is_his_not_the_objects() {
    let text = "T\nOwen Pratt, 58, said he had run the shop for years before Mia Lund bought it.\n\nHe sighed, then turned to Lund.\n\n“She told me, on the last day, ‘Who will pay the rent?’ I said nothing.”";
    assert_eq!(last(text).as_deref(), Some("Owen Pratt"));
    let same = "T\nOwen Pratt, 58, said he had run the shop for years before Mia Lund bought it.\n\nHe sighed, then turned to Lund. “She told me, on the last day, ‘Who will pay the rent?’ I said nothing.”";
    assert_eq!(last(same).as_deref(), Some("Owen Pratt"));
}

#[test]
fn a_possessive_name_opening_the_sentence_takes_the_pronoun_from_the_last_speaker() {
    let text = "T\nIan Roe and Tom Vane spoke after the game.\n\n“We were lucky,” Vane said.\n\nRoe’s last answer drew a laugh. “Tell Tom,” he said, “the coffee is on me.”";
    assert_eq!(last(text).as_deref(), Some("Ian Roe"));
}
