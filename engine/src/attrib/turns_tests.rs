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

#[test]
fn a_possessive_name_after_a_kicker_in_capitals_is_the_topic() {
    let text = "T\nSenator Mark Wells has pushed a tax plan for months.\n\n“Wells has a huge platform,” said David Lerner, a professor. “He cannot wave away the numbers.”\n\nCONGRESS HAS INVESTIGATED HIM — Wells’s shaky budget advice earned him the attention of Congress, where he appeared at a hearing and for saying that the plan was a “free lunch for every family.”";
    assert_eq!(last(text).as_deref(), Some("Mark Wells"));
}

#[test]
fn a_she_after_a_man_pressing_the_governor_is_the_governor() {
    let text = "T\nGovernor Alicia Moreno said she had acted on advice. “I will not promise what isn’t there,” she said.\n\nModerator Frank Dobbs pressed the governor on whether she would change course. She declined to give a date, saying only that the plan would be ready “when the work is done, not before.”";
    assert_eq!(last(text).as_deref(), Some("Alicia Moreno"));
}

#[test]
fn a_she_after_a_woman_met_with_her_age_and_job_is_hers() {
    let text = "T\nThe planner Theo Reilly wrote a book. Reached by phone, Reilly was pleased. “I have said this for years,” he told me. “Nobody listened.”\n\nIn Hamilton last month, I met Renata Ferraro, a 41-year-old nurse.\n\n“Every party has a plan. I have read them all,” she said.";
    assert_eq!(last(text).as_deref(), Some("Renata Ferraro"));
}

#[test]
fn a_she_after_an_unnamed_woman_holding_a_sign_is_hers() {
    let text = "T\nThe victim’s mother, Joan Pryce, spoke at the hearing. “My son was kind,” Pryce said.\n\nNeighbours gathered outside the store. One woman, who said she had known Pryce for years, held a candle and a sign reading “JUSTICE FOR TOMMY.”\n\n“He mowed my lawn every week,” she said.";
    assert_eq!(last(text).as_deref(), Some("One woman"));
}

#[test]
fn the_woman_after_an_unnamed_relative_is_that_relative() {
    let text = "T\nMary Lowe, whose mother lost her savings, spoke first. “Mum trusted her,” Lowe said.\n\nA second relative, a retired nurse who asked the court to withhold her name, said she no longer trusted anyone.\n\n“I check her bank statements every week now,” the woman said.";
    assert_eq!(last(text).as_deref(), Some("A second relative"));
}

#[test]
fn a_sister_named_by_her_given_name_alone_takes_the_next_she() {
    let text = "T\nEvery morning there is a queue outside the bakery. Inside, Odile and Ilka Varga are arguing, as they always do, about the bread.\n\n“She thinks the loaves need longer,” says Odile. “I think she is wrong.”\n\nIlka does not look up from the dough. “She is usually loud,” she says. “That is not the same thing.”";
    assert_eq!(last(text).as_deref(), Some("Ilka Varga"));
}

#[test]
fn a_name_set_after_another_neighbour_or_a_colleague_at_a_bank_is_the_subject() {
    let text = "T\nTessa Marlow, who lives nearby, said she woke to shouting.\n\n“The sky was orange,” Marlow told reporters. “I called 911.”\n\nAnother neighbour, Gloria Fenwick, said she saw Marlow run across the street with blankets.\n\n“She did not even stop to put shoes on,” she said.";
    assert_eq!(last(text).as_deref(), Some("Gloria Fenwick"));
    let colleague = "T\nThe finance minister, Anton Belov, dismissed the sanctions. “We have reserves,” Belov said.\n\nNora Kell said she expected the currency to weaken. Her colleague at the bank, Ravi Moorthy, disagreed. He said controls would put a floor under it. “They have more tools than people think,” he said.";
    assert_eq!(last(colleague).as_deref(), Some("Ravi Moorthy"));
    let affiliated = "T\nThe finance minister, Anton Belov, dismissed the sanctions. “We have reserves,” Belov said.\n\nNora Kell said she expected the currency to weaken. Her colleague at Orrin Bank, Ravi Moorthy, disagreed. He said controls would put a floor under it. “They have more tools than people think,” he said.";
    assert_eq!(last(affiliated).as_deref(), Some("Ravi Moorthy"));
}

#[test]
fn a_name_set_after_an_owned_office_is_the_subject() {
    let country = "T\nVerlandia's ambassador, Sofia Rendell, said the council could not wait.\n\nMorvania's ambassador, Ana Gil, went further. She told reporters that the numbers were unacceptable.\n\n“We will keep counting until the trucks move,” she said.";
    assert_eq!(last(country).as_deref(), Some("Ana Gil"));
    let ministry = "T\nMorvania's ambassador, Ana Gil, went further. “We counted the dead,” she said.\n\nThe ministry's chief spokesman, Pavel Dronov, was blunt. “This text is a gift to the militias,” he said.";
    assert_eq!(last(ministry).as_deref(), Some("Pavel Dronov"));
}

#[test]
fn a_role_with_an_of_phrase_set_before_a_name_makes_that_person_the_role() {
    let text = "T\nTom Hale, chairman of the assembly's defence committee, said the first reservists would report within a week.\n\nThe governor of the Orrin region, Piet Varga, said his region had received its quota. “Our region has always answered first,” the governor said.\n\nHe promised support for families. “Every family will receive a payment.”";
    assert_eq!(run(text).into_iter().map(|a| a.speaker).collect::<Vec<_>>(), vec![Some("Piet Varga".to_string()), Some("Piet Varga".to_string())]);
}

#[test]
fn a_she_after_a_sentence_opened_by_she_is_that_she_not_a_name_in_its_relative_clause() {
    let text = "T\nSenator Lucia Ferrer Soto told supporters the race was open. “Now they say we cannot win,” she said.\n\nShe accused the party of helping Ramon Estrada, who is backed by outgoing President Julio Benitez. “That is a machine,” she said.";
    assert_eq!(last(text).as_deref(), Some("Lucia Ferrer Soto"));
}

#[test]
fn a_he_set_off_by_in_turn_is_the_other_party_of_the_sentence_before() {
    let text = "T\nThe rebel leader, Pavel Ostrov, spoke on Monday. “He never means it,” Ostrov said.\n\nOstrov was Holm's minister until 2019. Erik Holm has described him as “a capable man.” He, in turn, has called the president “a doctor who forgot his oath.”";
    assert_eq!(last(text).as_deref(), Some("Pavel Ostrov"));
}

#[test]
fn a_given_name_opening_a_present_tense_sentence_takes_the_next_she() {
    let text = "T\nAgnes Holt and Beatrix Holt opened the pottery in 2019.\n\nAgnes handles the glazes. She keeps a ledger. “Most of them are failures,” she says.\n\nBeatrix throws the pots and does the accounts. She is the one who set the prices. “People do not value cheap things,” she says.";
    assert_eq!(last(text).as_deref(), Some("Beatrix Holt"));
}

#[test]
fn a_he_beat_closing_the_paragraph_before_is_the_mention_of_the_next_quotation() {
    let text = "T\n“We are going to build a bridge,” Mayor Tom Harlan said at the rally.\n\n“We are going to build it fast,” Harlan added. He then had a question for the crowd.\n\n“Who is going to pay for it?”";
    let got = run(text);
    assert_eq!(got[2].speaker.as_deref(), Some("Tom Harlan"));
    assert_eq!(got[2].speaker_as_written.as_deref(), Some("He"));
}
