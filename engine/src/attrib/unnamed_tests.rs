//! Tests for unnamed sources with modifiers ("One baker from Orrin, who …,
//! said"): their pronouns, their relative clauses and their own quotations.

use super::tests::run;

fn last(text: &str) -> Option<String> {
    run(text).into_iter().map(|a| a.speaker).next_back().flatten()
}

#[test]
fn an_unnamed_source_with_a_place_keeps_her_pronoun() {
    let text = "T\nCouncillor Petra Hale told the meeting the route was “a mistake”.\n\nNot everyone agreed. One baker from Orrin, who runs a stall on the square, said sales had fallen.\n\n“We lost a third of our trade,” she said.";
    assert_eq!(last(text).as_deref(), Some("One baker from Orrin"));
}

#[test]
fn an_unnamed_source_at_a_place_with_an_appositive_keeps_his_pronoun() {
    let text = "T\nLibrarian Dan Moss said the queue was long. “We ran out of forms,” Moss said.\n\nA first-time applicant at the same library, a 22-year-old welder, was less patient. “Two hours,” he said.";
    assert_eq!(last(text).as_deref(), Some("A first-time applicant at the same library"));
}

#[test]
fn a_name_inside_the_relative_clause_of_an_unnamed_source_takes_no_pronoun() {
    let text = "T\nNeighbours gathered for Tomas Brink, who died on Monday.\n\n“He was a good man,” said his son Aron Brink.\n\nOne woman, who said she had taught Brink to swim, laid flowers.\n\n“He never missed a lesson,” she said.";
    assert_eq!(last(text).as_deref(), Some("One woman"));
}

#[test]
fn an_unnamed_source_whose_relative_clause_has_its_own_subject_is_the_speaker() {
    let text = "T\nThe mill closed in May.\n\nA welder who worked there until it shut said the town had lost “its heartbeat”.";
    assert_eq!(last(text).as_deref(), Some("A welder who worked there until it shut"));
}

#[test]
fn the_same_head_noun_names_an_unnamed_source_that_spoke_without_quotes() {
    let text = "T\nMayor Ines Vogt spoke on Monday.\n\nA spokesperson for the water board said crews were on the way. “They will be there by noon,” the spokesperson said.";
    assert_eq!(last(text).as_deref(), Some("A spokesperson for the water board"));
}

#[test]
fn an_unnamed_source_keeps_its_place_before_and_after_the_cue() {
    let text = "T\nMayor Ines Vogt spoke on Monday.\n\nA baker from Orrin, who asked not to be named, said the rent was “beyond reason”.";
    assert_eq!(last(text).as_deref(), Some("A baker from Orrin"));
    let text = "T\nMayor Ines Vogt spoke on Monday.\n\n“We cannot pay it,” said one shop owner in Orrin, who asked not to be named.";
    assert_eq!(last(text).as_deref(), Some("one shop owner in Orrin"));
    let text = "T\nSenator Hal Brandt spoke on Monday.\n\n“We cannot pay it,” said one clinic executive in Orrin, who asked not to be named.";
    assert_eq!(last(text).as_deref(), Some("one clinic executive in Orrin"));
}

#[test]
fn a_definite_source_whose_name_is_withheld_keeps_his_pronoun() {
    let text = "T\nSergeant Lena Hart said patrols had been doubled.\n\nIts owner, a 40-year-old man who did not want to be named, said he had looked everywhere. “I miss her,” he said.";
    assert_eq!(last(text).as_deref(), Some("a 40-year-old man who did not want to be named"));
    let text = "T\nSergeant Lena Hart said patrols had been doubled.\n\nThe owner, a 40-year-old man who asked not to be named, said he had looked everywhere. “I miss her,” he said.";
    assert_eq!(last(text).as_deref(), Some("a 40-year-old man who asked not to be named"));
    let text = "T\nNina Holt said the house had been sold in secret. “Nobody asked us,” she said.\n\nHer aunt, a retired teacher who asked not to be named, said she was shocked. “I found out from a neighbour,” she said.";
    assert_eq!(last(text).as_deref(), Some("a retired teacher who asked not to be named"));
}

#[test]
fn a_definite_source_with_no_withheld_name_is_no_unnamed_source() {
    let text = "T\nCoach Ivo Brandt said the team was ready.\n\nThe coach, a former goalkeeper who played for Orrin, said he was calm. “We are ready,” he said.";
    assert_eq!(last(text).as_deref(), Some("Ivo Brandt"));
}

#[test]
fn a_restrictive_relative_clause_is_part_of_the_source_its_pronoun_takes() {
    let text = "T\nMayor Ruth Oakes backed the plan.\n\nA man who said he had lived on Mill Lane for forty years warned that traffic would get worse. “We will never get out of our drives,” he said.";
    assert_eq!(last(text).as_deref(), Some("A man who said he had lived on Mill Lane for forty years"));
}

#[test]
fn a_place_phrase_stays_with_a_source_before_a_participle_aside() {
    let text = "T\nThe plan was unveiled on Monday.\n\nA senior aide in the mayor's office, speaking on condition of anonymity, said the plan “was never going to work.”";
    assert_eq!(last(text).as_deref(), Some("A senior aide in the mayor's office"));
}

#[test]
fn a_possessive_definite_source_is_its_withheld_aside_not_the_owner() {
    let text = "T\nThe girl was found on Friday.\n\nThe girl's grandmother, a retired nurse who asked not to be named, said the family was devastated.\n\n“She was the light of our lives,” she said.";
    assert_eq!(last(text).as_deref(), Some("a retired nurse who asked not to be named"));
}

#[test]
fn the_woman_after_an_unnamed_source_whose_name_is_withheld_is_that_source() {
    let text = "T\nMaria Lentz, whose mother lived at the home, said the family had lost everything. “Mum trusted them,” Lentz said.\n\nA second neighbour, a retired teacher who asked the court to withhold her name, said she no longer let carers in.\n\n“I lock the door every night now,” the woman said.";
    assert_eq!(last(text).as_deref(), Some("A second neighbour"));
}

#[test]
fn a_lede_description_named_in_the_next_paragraph_is_that_person() {
    let text = "T\nA FURIOUS dad-of-two says he was “treated like a criminal” after a bank froze his account.\n\nDarren Mole, 41, was told his savings were on hold when he tried to pay his rent.";
    assert_eq!(run(text).into_iter().next().and_then(|a| a.speaker).as_deref(), Some("Darren Mole"));
}

#[test]
fn a_description_named_by_that_and_its_noun_is_that_person() {
    let text = "T\nThe vote came late, in a session that one council member called “the most rushed budget I have ever seen.”\n\nThat council member, Councilwoman Inez Varga, said she had received the figures the night before.";
    assert_eq!(run(text).into_iter().next().and_then(|a| a.speaker).as_deref(), Some("Inez Varga"));
}

#[test]
fn a_person_named_before_an_unnamed_source_does_not_name_it() {
    let text = "T\nCarla Dunn read her statement to the court. “He took everything from us,” Dunn said.\n\nA third cousin said the family “will never recover.”\n\nDunn left before the sentence was read.";
    assert_eq!(last(text).as_deref(), Some("A third cousin"));
}

#[test]
fn an_adjective_after_an_article_does_not_end_a_relative_clause() {
    let text = "T\nThe rent rose again in May.\n\nOne pensioner who lives on a fixed income said the rise would cost her “every spare penny.”";
    assert_eq!(last(text).as_deref(), Some("One pensioner who lives on a fixed income"));
}

#[test]
fn an_unnamed_source_whose_own_sentence_quotes_a_sign_keeps_her_pronoun() {
    let text = "T\nThe victim's sister, Paula Renn, watched the footage. She said she had asked them to stop it.\n\nOne woman, who said she had known Renn since school, held a candle and a sign reading “JUSTICE FOR TOM.”\n\n“She lent me money when I had none,” she said.";
    assert_eq!(last(text).as_deref(), Some("One woman"));
}

#[test]
fn the_head_noun_names_an_unnamed_source_without_its_relative_clause() {
    let text = "T\nThe port reopened on Monday.\n\nA harbour pilot who has worked the river for years said the channel was silting up.\n\n“We will lose a ship before they dredge it,” the pilot said.";
    assert_eq!(last(text).as_deref(), Some("A harbour pilot"));
}

#[test]
fn a_name_inside_an_unnamed_source_leaves_the_official_to_it() {
    let text = "T\nA senior official of the Northern Trade Alliance, who spoke on condition of anonymity, said the alliance was watching. “It is a laboratory,” the official said.";
    assert_eq!(super::tests::speaker(text, 0).as_deref(), Some("A senior official of the Northern Trade Alliance"));
}

#[test]
fn an_unnamed_source_right_after_a_quotation_keeps_its_modifier() {
    let text = "T\n“We are closer than ever,” a senior diplomat from one of the mediating countries told the Ferrow Post.";
    assert_eq!(super::tests::speaker(text, 0).as_deref(), Some("a senior diplomat from one of the mediating countries"));
    let clause = "T\n“We will stop them here,” a young man who flew to Orrin to enlist told the Ferrow Post.";
    assert_eq!(super::tests::speaker(clause, 0).as_deref(), Some("a young man"));
}

#[test]
fn a_source_that_gives_its_own_name_is_that_name() {
    let text = "T\nThe hearing ran late. One nurse who works nights said the fee would cost her a week's pay. Another, who gave only his first name, Tarun, said he would rather pay. “I have two kids,” he said.";
    assert_eq!(last(text).as_deref(), Some("Tarun"));
    let text = "T\nHundreds marched again.\n\nOne older marcher, a retired welder who gave his name only as Zurin, had brought a stool. “I marched here in 1991,” he said.";
    assert_eq!(last(text).as_deref(), Some("Zurin"));
}

#[test]
fn an_unnamed_source_after_a_quotation_keeps_its_prepositional_phrase() {
    let text = "T\n“The gap is narrow, but it is still a gap,” a senior diplomat from one of the mediating countries told Reuters.";
    assert_eq!(last(text).as_deref(), Some("a senior diplomat from one of the mediating countries"));
    let relative = "T\n“We will stop them here,” a 30-year-old Danish man who flew to Riga told CTV.";
    assert_eq!(last(relative).as_deref(), Some("a 30-year-old Danish man"));
}

#[test]
fn the_official_after_an_unnamed_official_of_a_named_body_is_that_source() {
    let text = "T\nA senior official of the Western Harbour Pact, who spoke on condition of anonymity, said the pact was watching. “It is a laboratory,” the official said.";
    assert_eq!(last(text).as_deref(), Some("A senior official of the Western Harbour Pact"));
}

#[test]
fn an_unnamed_source_heading_a_sentence_with_a_participle_cue_keeps_its_place() {
    let text = "T\nThe mayor promised new pipes by 2030.\n\nA senior official in the mayor's office, speaking on condition of anonymity, went further, conceding that the deadline “was always going to be tight.”";
    assert_eq!(last(text).as_deref(), Some("A senior official in the mayor's office"));
}

#[test]
fn the_official_after_a_named_subject_keeps_the_place_the_source_is_from() {
    let text = "T\nMayor Ruth Ocampo backed the harbour plan.\n\nA senior official in the presidential office, who asked not to be named, said Ocampo would sign the plan within days. “Thirty days is not a political choice,” the official said.";
    assert_eq!(last(text).as_deref(), Some("A senior official in the presidential office"));
}

#[test]
fn a_participle_phrase_after_an_unnamed_source_is_part_of_it() {
    let text = "T\nThe petition drew a steady stream on Friday. A woman pushing a stroller declined, saying she “had not read enough about it” to sign.";
    assert_eq!(last(text).as_deref(), Some("A woman pushing a stroller"));
}

#[test]
fn a_quoted_sign_inside_the_aside_of_an_unnamed_source_keeps_her_the_woman() {
    let text = "T\nMayor Ruth Ocampo spoke for an hour.\n\nOutside the hall, protesters waved signs. One retired nurse from Dayton, holding a “Save the Harbour” placard, said she had come to see whether Ms. Ocampo would answer. “She didn’t,” the woman said.";
    assert_eq!(last(text).as_deref(), Some("One retired nurse from Dayton"));
}
