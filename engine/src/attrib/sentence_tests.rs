//! Sentence-level attribution tests: cues read in context and the subject
//! of a sentence with no cue.

use super::tests::{run, speaker};

/// Who heads a sentence after a lead-in and so speaks its participle cue.
mod participle_tests;

#[test]
fn a_word_after_a_determiner_is_no_cue() {
    let text = "T\nSenator Lou Marden spoke on Monday.\n\nHe told an invited crowd at the club that he wants a budget “focused on roads, bridges and the schools of this state.”";
    assert_eq!(speaker(text, 0).as_deref(), Some("Lou Marden"));
}

#[test]
fn a_noun_like_verb_before_that_reports() {
    let got = run("T\nThe fact-checkers then ruled that the claim about the bridge was “mostly true, if a little stretched.”");
    assert_eq!(got[0].speaker.as_deref(), Some("The fact-checkers"));
    assert_eq!(got[0].cue.as_deref(), Some("ruled"));
    let got = run("T\nThe Daily Ledger reports that the mayor’s staff kept the visit quiet to “avoid any fuss over the new budget.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Daily Ledger"));
}

#[test]
fn the_subject_of_a_sentence_without_a_cue_is_its_source() {
    let text = "T\nMayor Jo Brandt spoke at length.\n\nAt a rally, Brandt likened the plan to a “slow train to nowhere at all” and left.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Jo Brandt"));
}

#[test]
fn a_name_after_a_verb_is_no_sentence_subject() {
    let text = "T\nThe Ledger sent its “star reporter at large” Ann Vole, a winner of two prizes, into “a tiny room in the old city hall” to watch.";
    assert_ne!(speaker(text, 1).as_deref(), Some("Ann Vole"));
}

#[test]
fn a_pronoun_opening_a_sentence_without_a_cue_is_its_source() {
    let text = "T\nMary Lee filmed the stop.\n\nShe then urges her husband to step out and keeps shouting, “Don't you do it now,” until the end.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Mary Lee"));
}

#[test]
fn a_first_person_possessive_opens_a_speaker() {
    let text = "T\nThe paranoia stayed with us for years. “We live in a fallen world,” my father often said.";
    assert_eq!(speaker(text, 0).as_deref(), Some("my father"));
}

#[test]
fn a_person_saying_outweighs_it_as_the_subject_of_a_later_cue() {
    let text = "T\nAnn Rivera spoke on Monday.\n\nShe says it shows that the mayor is “simply not ready to run this city.”";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Ann Rivera"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("She"));
}

#[test]
fn an_elided_participle_takes_the_subject_heading_its_sentence() {
    let text = "T\nGus Ferrell wrote on Monday. “This is nothing new,” said Dana Wu.\n\nOn Friday, Ferrell posted a long message saying that his rival had shown “very poor judgment all year long.”";
    assert_eq!(speaker(text, 1).as_deref(), Some("Gus Ferrell"));
}

#[test]
fn a_quotation_ending_with_a_full_stop_ends_its_sentence() {
    let text = "T\nKim Osei spoke.\n\nOsei says the plan “is a mess, even for them.” She says the report shows it is “not ready for a vote at all.”";
    let got = run(text);
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("She"));
}

#[test]
fn a_run_of_capitals_is_no_sentence_subject() {
    let text = "T\nDr. Lee Marsh spoke. “It works,” said Dr. Ron Pike.\n\nMr. Pike answered.\n\nTHE CAPITAL LOOKED AWAY — the advice drew scrutiny for calling a tea a “magic cure for every body type.”";
    assert!(!speaker(text, 1).is_some_and(|s| s.contains("CAPITAL")));
    let text = "T\nDr. Ron Pike hosts a show.\n\n“It works,” said Dr. Karen Holt.\n\nUNDER SCRUTINY — Pike's advice drew a hearing, where he appeared for saying a tea was a “magic cure for every body type.”";
    assert_eq!(speaker(text, 1).as_deref(), Some("Ron Pike"));
}

#[test]
fn a_contracted_pronoun_is_the_subject_of_its_cue() {
    let got = run("T\nMayor Tom Hale spoke on Friday.\n\nHe’s claiming that the budget is “a big, big problem for this city.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Tom Hale"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("He"));
}

#[test]
fn a_name_right_before_a_participle_says_it() {
    let text = "T\nTom Reyes spoke. “We will win,” said Ann Diaz.\n\nThe new ad uses footage of Tom Reyes asking, “Why are we not far ahead by now?”";
    assert_eq!(speaker(text, 1).as_deref(), Some("Tom Reyes"));
}

#[test]
fn they_call_names_a_quotation() {
    let text = "T\nThe Lark Party unveiled its plan. It contrasts its approach with what they call the governor’s “selfish message to voters.”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("they"));
}

#[test]
fn a_possessive_name_before_a_speech_noun_owns_the_words() {
    let text = "T\nSenator Ray Okafor spoke on Monday.\n\nThe fact-checkers seized on Okafor’s claim that there were “thousands of new jobs in the county” last year.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Ray Okafor"));
}

#[test]
fn a_name_before_a_participle_outweighs_the_subject_of_an_earlier_cue() {
    let text = "T\nMayor Vic Dunn spoke. “Go,” said Ann Lee.\n\nThe ad concludes with footage of Dunn saying during the debate, “That makes me smart, really smart,” to laughter.";
    assert_eq!(speaker(text, 1).as_deref(), Some("Vic Dunn"));
}

#[test]
fn a_description_opening_the_sentence_is_the_subject_of_a_later_cue() {
    let text = "T\nRepublican nominee Vic Dunn spoke. “Go now,” said Ann Lee.\n\nThe Republican nominee also outlined his plan and vowed to punish “those who break the rules of the house.”";
    assert_eq!(run(text)[1].speaker_as_written.as_deref(), Some("The Republican nominee"));
}

#[test]
fn went_on_about_reports() {
    let text = "T\nVic Dunn spoke.\n\nThe crowd cheered as Dunn went on about “how the whole system is rigged,” for an hour.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Vic Dunn"));
}

#[test]
fn a_subordinate_cue_keeps_its_object_quotation_over_the_main_clause_after_it() {
    let text = "T\nVic Dunn spoke to the crowd.\n\nAnn was tired, and as Dunn went on about “the rigged courts,” and “forgotten towns,” Ann said yes, over and over.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Vic Dunn"));
}

#[test]
fn a_clause_opening_the_sentence_is_no_description_subject() {
    let text = "T\nRay Fox spoke. “Go now,” said Ann Lee.\n\nAcme posted a short video of the cars and added the words “the best sleigh this Christmas, surely.”";
    assert!(!speaker(text, 1).is_some_and(|s| s.contains("posted")));
}

#[test]
fn a_titled_name_after_a_lead_in_clause_is_the_subject() {
    let text = "T\nWith party leaders worried about turnout among young voters, President Hal Moore is rolling out a new campaign message: “It is about me, really it is.”";
    assert_eq!(speaker(text, 0).as_deref(), Some("Hal Moore"));
}

#[test]
fn a_speaking_role_keeps_the_body_it_speaks_for() {
    let text = "T\nThe council met late.\n\nA spokeswoman for the mayor's office declined to comment but said the city “acts within the law at every step.”\n\n“We will answer in writing,” said a lawyer for the family.\n\n“No decision has been taken,” a spokesman for President Ana Ruiz said.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("A spokeswoman for the mayor's office"));
    assert_eq!(got[1].speaker.as_deref(), Some("a lawyer for the family"));
    // A spokesman for a named person is not that person.
    assert_eq!(got[2].speaker_as_written.as_deref(), Some("a spokesman"));
}

#[test]
fn a_firm_named_after_a_person_is_no_antecedent_of_he() {
    let text = "T\nAnalyst Omar Hale of Quarry Capital said the cuts came late. “They hired for a boom that never arrived,” he told the radio station.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Omar Hale"));
}

#[test]
fn a_name_in_apposition_to_an_opening_description_is_the_subject() {
    let text = "T\nMira Sol scored twice on Sunday.\n\nHer coach, Anders Lind, was more measured. “We were poor for an hour,” he admits.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Anders Lind"));
    let text = "T\nWalter Brandt has repaired clocks for 51 years.\n\nHis daughter, Kasia Brandt-Lowe, runs the website. “Dad doesn't trust computers,” she laughs.";
    assert_eq!(speaker(text, 0).as_deref(), Some("Kasia Brandt-Lowe"));
}

#[test]
fn likened_reports_a_comparison_made_in_words() {
    let got = run("T\nAnother critic, Lena Okafor, likened the new rules to “burning the rule book in public.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Lena Okafor"));
    assert_eq!(got[0].cue.as_deref(), Some("likened"));
}

#[test]
fn a_nickname_and_a_party_label_stay_inside_the_name() {
    let got = run("T\nBen Harte spoke.\n\n“This is a big year for all of us here!” his niece, state Del. Marcia “Cia” Lowe (D-Norfolk), shouted to the crowd.\n\n“We will win this,” said Robert “Bobby” Kane, the party chairman.");
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Marcia Lowe"), Some("shouted")));
    assert_eq!(got[2].speaker.as_deref(), Some("Robert Kane"));
}

#[test]
fn a_cue_without_subject_takes_the_person_subject_before_it() {
    let text = "T\nDr. Tom Reed hosts a daily health show.\n\n“He has a huge platform and no discipline,” said Karen Holt, a professor of surgery.\n\nReed's advice earned him the attention of Congress, where he appeared at a 2014 hearing for his role in promoting diet pills and for saying that a coffee extract was a “miracle cure for every body type.”";
    let got = run(text);
    assert_eq!((got[1].speaker.as_deref(), got[1].speaker_as_written.as_deref()), (Some("Tom Reed"), Some("he")));
}

#[test]
fn in_the_words_of_names_its_source() {
    let got = run("T\nThe plan was approved.\n\nIn the words of another resident, “nobody asked us what we wanted.”");
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("another resident"), Some("In the words of")));
}

#[test]
fn a_possessive_pronoun_before_words_nouns_is_the_person() {
    let got = run("T\nFisherman Jan Kowalski disagrees. His verdict: “They are selling the harbour to the highest bidder.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Jan Kowalski"));
}

#[test]
fn two_descriptions_joined_by_and_after_a_quoted_title_are_the_subject() {
    let got = run("T\nSenator Ana Ruiz spoke out Tuesday.\n\nOn Tuesday’s episode of “The Morning Show,” the former governor and current presidential nominee said she wanted to speak “directly to young voters” and let them know that “this is not who we are.”");
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("the former governor and current presidential nominee"));
    assert_eq!(got[1].speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn referenced_and_decried_are_cues() {
    let got = run("T\nThe Monetary Fund cut its forecast on Tuesday.\n\nAlthough the fund named no one, it referenced “political tensions in richer countries.”\n\nUnion leader Ray Cole decried the deal as “a race to the bottom for every worker.”");
    assert_eq!(got[0].cue.as_deref(), Some("referenced"));
    assert_eq!(got[1].cue.as_deref(), Some("decried"));
    assert_eq!(got[1].speaker.as_deref(), Some("Ray Cole"));
}

#[test]
fn the_object_of_a_verb_is_no_subject_of_a_participle_cue() {
    let got = run("T\nDuring the primaries, the Daily Ledger gave Mayor Ana Ruiz a glowing endorsement.\n\nMeanwhile, it attacked Tom Hale, saying he “has insulted voters, workers and veterans with his words.”");
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("it"));
}

#[test]
fn an_age_between_commas_keeps_the_role_before_the_name() {
    let got = run("T\n“It's a scandal,” local grocer Tom Reyes, 52, told the Lanford Gazette.");
    assert_eq!(got[0].speaker.as_deref(), Some("Tom Reyes"));
    assert_eq!(got[0].role.as_deref(), Some("local grocer"));
    assert_eq!(got[0].via.as_deref(), Some("Lanford Gazette"));
    let got = run("T\n“Nothing has changed,” Rhea Vost, the union's leader since 2019, told the Clarion.");
    assert_eq!(got[0].speaker.as_deref(), Some("Rhea Vost"));
    let got = run("T\n“Be patient,” the coach told the Dunmore Gazette. The goalkeeper, 19, told the paper he felt “ready for it”.");
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("The goalkeeper"));
}

#[test]
fn an_unnamed_description_is_kept_whole() {
    let got = run("T\n“Talks are frozen,” a senior Marlish diplomat said.");
    assert_eq!(got[0].speaker.as_deref(), Some("a senior Marlish diplomat"));
    let got = run("T\nCoach Ivan Petrov praised the team. One young fan was less sure. “They were lucky,” he said.");
    assert_eq!(got[0].speaker.as_deref(), Some("One young fan"));
}

#[test]
fn a_passive_told_leaves_the_quotation_to_the_named_speaker() {
    let got = run("T\nFerry users in Orrin are angry.\n\nHarbour master Ada Quill said passengers had been told the new pier would be ready “before the summer” two years running.");
    assert_eq!(got[0].speaker.as_deref(), Some("Ada Quill"));
    assert_eq!(got[0].cue.as_deref(), Some("said"));
    let got = run("T\nFerry users in Orrin are angry.\n\nHarbour master Ada Quill said passengers were promised the new pier would be ready “before the summer” two years running.");
    assert_eq!(got[0].speaker.as_deref(), Some("Ada Quill"));
}

#[test]
fn words_before_according_to_after_a_quotation_are_no_speaker() {
    let got = run("T\nThe depot had “no working alarm system” in its sheds, according to a report by the state comptroller.");
    assert_eq!(got[0].speaker.as_deref(), Some("state comptroller"));
    assert_eq!(got[0].cue.as_deref(), Some("according to"));
}

#[test]
fn a_transcript_or_an_agency_after_according_to_is_no_speaker_when_a_cue_precedes() {
    let got = run("T
Tom Hale, the envoy of the Merran government, told reporters that “all parties should stop fighting,” according to a transcript released by his office.");
    assert_eq!(got[0].speaker.as_deref(), Some("Tom Hale"));
    assert_eq!(got[0].cue.as_deref(), Some("told"));
    let relayed = run("T\nForeign Minister Ivan Petrov said his country would talk only if its neighbours accepted what he called “the realities on the ground,” according to the state news agency TASS.");
    assert_eq!((relayed[0].speaker.as_deref(), relayed[0].via.as_deref()), (Some("Ivan Petrov"), Some("TASS")));
    let invented = run("T\nForeign Minister Ivan Petrov said his country would talk only if its neighbours accepted what he called “the realities on the ground,” according to the state news agency Korvapress.");
    assert_eq!(invented[0].speaker.as_deref(), Some("Ivan Petrov"));
}

#[test]
fn a_name_in_the_body_does_not_take_the_speaker_of_speech_that_repeats_it() {
    let text = "T\nBill 9, which the province calls the “Safe Harbours Act,” would close two marinas.\n\n“The Safe Harbours Act is a press release, not a plan,” opposition critic Ada Frey said.";
    let got = crate::extract(&crate::read::parse_text("t.txt", text));
    let name = got.iter().find(|(q, _)| q.text.starts_with("Safe")).unwrap();
    assert_eq!((name.0.kind, name.1.speaker.as_deref()), (crate::model::Kind::Phrase, None));
    assert!(got.iter().any(|(q, a)| q.kind == crate::model::Kind::Quote && a.speaker.as_deref() == Some("Ada Frey")));
}

#[test]
fn a_subject_before_a_verb_of_habit_speaks_the_gerund_cue() {
    let got = run("T\nSome people think the plan is fine.\n\nPellard has taken to calling the plan “a land grab dressed up as reform.”");
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Pellard"), Some("calling")));
}

#[test]
fn the_agent_of_a_passive_cue_is_the_speaker() {
    let text = "T\nIlse Varga took over the Dunmore choir in 1991. Years later, she recalled being told by one of the trustees that audiences “would never pay to hear a woman conduct.”";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("one of the trustees"));
    let on = format!("{text}\n“I took that as a dare,” she said. “And I still do.”\nShe laughed. “They were wrong about everything,” Varga added.\n“Nobody believed it could work.”");
    let got = run(&on);
    // The one told, the sentence's subject, stays the one a later "she" means.
    assert_eq!(got[1].speaker.as_deref(), Some("Ilse Varga"));
    let named = "T\nIlse Varga took over the choir. She was warned by Piet Olsen that the board “will not stand for this.”";
    assert_eq!(run(named)[0].speaker.as_deref(), Some("Piet Olsen"));
    let active = "T\nIlse Varga took over the choir. One of the trustees told her that audiences “would never pay to hear a woman conduct.”";
    assert_eq!(run(active)[0].speaker.as_deref(), Some("One of the trustees"));
    // After the quotation too; the one told, a pronoun, is no outlet.
    let after = "T\nIlse Varga took over the choir in 1991. “You will never last a season,” she was told by one of the trustees.";
    assert_eq!((run(after)[0].speaker.as_deref(), run(after)[0].via.as_deref()), (Some("one of the trustees"), None));
}

#[test]
fn a_lead_in_clause_before_a_colon_line_is_no_speaker() {
    let got = super::tests::run("T\nPresident Karim Haddad spoke for an hour on Friday. Closing the speech, he told the crowd:\n“We will rebuild every school in this country.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Karim Haddad"));
}

#[test]
fn a_place_owning_an_apposed_name_is_not_the_topic() {
    let got = super::tests::run("T\nThe council met again on Monday.\nSanta Verde's ambassador, Lucía Ortega Ramos, went further. She told reporters that her delegation had “lost patience with all of the delays” and wanted a vote.");
    assert_eq!(got[0].speaker.as_deref(), Some("Lucía Ortega Ramos"));
}

#[test]
fn a_name_before_a_whose_clause_is_the_topic() {
    let got = super::tests::run("T\nA police spokesman, Major Dato Kapanadze, told the broadcaster that officers had shown restraint. “Those who throw stones at officers have no such right,” he said.\nThat account was disputed by the Ombudsman, Tamar Beridze, whose office sent monitors. In a post online, she wrote that her staff had seen “force used against people who posed no threat at all”.");
    assert_eq!(got[1].speaker.as_deref(), Some("Tamar Beridze"));
}

#[test]
fn a_name_apposed_to_a_long_affiliated_role_is_the_subject_of_its_elided_cue() {
    let text = "T\nThe rebels' negotiator, Omar Haddad, said his side would not accept “a ceasefire that freezes injustice.”\n\nA spokesman for the mediating foreign ministry of Qatara, Faisal al-Nuaimi, declined to discuss details but said in a statement that the sides had shown “a serious and constructive spirit.”";
    let got = run(text);
    assert_eq!(got[1].speaker.as_deref(), Some("Faisal al-Nuaimi"));
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("Faisal al-Nuaimi"));
}

#[test]
fn a_name_after_a_closing_dash_heads_the_sentence() {
    let text = "T\nSenator Mark Wells spoke on Monday.\n\nHastily politicizing the crash ― much like he did after the storm last year ― Wells blamed his rivals, and stressed the threat that “foreign money” poses to the state.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Mark Wells"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("Wells"));
}

#[test]
fn a_span_of_time_before_later_is_no_subject() {
    let text = "T\nMayor Dan Reyes announced his run in June. A month later, he paid a visit to the depot and explained why “the workers” were going to “love” him.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Dan Reyes"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("he"));
}
