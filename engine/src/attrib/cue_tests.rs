//! Which reporting verb a quotation gets: continuations, "X:" lines, and
//! the nearest cue of its sentence.

use super::tests::run;

fn cues(text: &str) -> Vec<Option<String>> {
    run(text).into_iter().map(|a| a.cue).collect()
}

#[test]
fn a_quotation_after_a_reporting_sentence_takes_its_verb() {
    let got = cues("T\nIvo Senn, the union's treasurer, called the deal a betrayal. “They sold us out in a single night.”");
    assert_eq!(got, [Some("called".to_string())]);
}

#[test]
fn a_quotation_after_a_speaker_s_own_sentence_takes_its_verb() {
    let text = "T\n“The roads are a mess,” Mayor Tilda Brack said.\n\nBrack said the works would begin in May. She gave no budget. “We have waited long enough for this.”";
    assert_eq!(cues(text)[1].as_deref(), Some("said"));
}

#[test]
fn a_denied_verb_is_no_cue() {
    let text = "T\nThe senator spoke to the growers. She did not mention the bank. “They deserve an answer before winter.”";
    assert_eq!(cues(text), [None]);
}

#[test]
fn a_continuation_paragraph_keeps_the_cue_that_attributed_it() {
    let text = "T\n“The farm will close at the end of the year,” Lena Moor said.\n\n“We tried everything and the bank would not wait.”";
    assert_eq!(cues(text), [Some("said".to_string()), Some("said".to_string())]);
}

#[test]
fn a_second_quotation_after_an_inverted_cue_with_a_relative_clause_keeps_it() {
    let text = "T\n“It's a tidy result,” said Professor Olu Banjo, who studies soil fungi at Harrow University and was not involved in the work. “Nobody expected the fungi to spread that far.”";
    let got = run(text);
    assert_eq!(got[0].cue.as_deref(), Some("said"));
    assert_eq!(got[1].cue.as_deref(), Some("said"));
    assert_eq!(got[1].speaker, got[0].speaker);
}

#[test]
fn a_colon_line_gives_its_verb() {
    let text = "T\nIvo Senn continued:\n\n“The members will vote next week, and I expect them to reject it.”";
    assert_eq!(cues(text), [Some("continued".to_string())]);
    let text = "T\nThe Valley Herald reports:\n\n“The members will vote next week on the new contract.”";
    assert_eq!(cues(text), [Some("reports".to_string())]);
}

#[test]
fn a_participle_after_the_complement_of_another_verb_is_the_cue() {
    let got = cues("T\nThe council rejected the plan on Monday, saying it would “fragment the whole district for years”.");
    assert_eq!(got, [Some("saying".to_string())]);
    let got = cues("T\nMayor Tilda Brack told the meeting that the town must keep pushing, saying that “the fight still matters to all of us”.");
    assert_eq!(got, [Some("saying".to_string())]);
}

#[test]
fn a_light_participle_right_after_a_verb_defers_to_it() {
    let got = cues("T\nMayor Tilda Brack continued, saying that “at best the roads will be mended by spring”.");
    assert_eq!(got, [Some("continued".to_string())]);
}

#[test]
fn a_naming_verb_next_to_the_quotation_is_its_cue_under_an_outer_speaker() {
    let got = run("T\nShe told reporters the board was divided, adding that it faced what it called “a long-running campaign against the board”.");
    assert_eq!(got[0].cue.as_deref(), Some("called"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("She"));
}

#[test]
fn verbs_of_praise_blame_and_comparison_are_cues() {
    let got = run("T\nAnother critic, Ada Quist, likened the new levy to “a tax on breathing the air itself”.");
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Ada Quist"), Some("likened")));
    let got = run("T\nIn March, Mayor Tilda Brack lauded the volunteers for “new and very clever ways to help”.");
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Tilda Brack"), Some("lauded")));
    let got = run("T\nSenator Ivo Senn exhorted the crowd to “go home and vote with your conscience”.");
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Ivo Senn"), Some("exhorted")));
}

#[test]
fn spoken_of_as_is_a_cue() {
    let text = "T\nNovelist Clara Brun has written a new book.\n\nThe author, who has spoken of the book as “a goodbye to my town”, will tour in spring.";
    let got = run(text);
    assert_eq!(got[0].cue.as_deref(), Some("spoken"));
    assert_eq!(got[0].speaker.as_deref(), Some("Clara Brun"));
}

#[test]
fn a_dateline_is_never_a_speaker_and_answering_a_count_reports_nothing() {
    let text = "T\nLAKE ORR, N.S. — A volunteer rescue team has changed how the harbour works.\n\nMira Dunn leads it from a rented shed. She said the team had answered 900 calls “that never needed a coast guard cutter.”\n\nThe team said the shed “is warm enough for now.”";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Mira Dunn"));
    assert_eq!(got[0].cue.as_deref(), Some("said"));
    assert_ne!(got[1].speaker.as_deref(), Some("N.S."));
    assert_eq!(super::stray::dateline_end("WASHINGTON (AP) — Lawmakers left.", &tokens_of("WASHINGTON (AP) — Lawmakers left.")), 5);
    assert_eq!(super::stray::dateline_end("NATO officials — who declined", &tokens_of("NATO officials — who declined")), 0);
}

fn tokens_of(text: &str) -> Vec<super::tokens::Token> {
    let mut out = Vec::new();
    super::tokens::tokenize(text, &[], &mut out);
    out
}

#[test]
fn a_participle_after_a_passive_of_hearing_has_the_passive_s_subject() {
    let text = "T\nSheriff Ada Lunn released the dashcam video on Friday.\n\nOne deputy can be heard yelling “Get out of the truck” as the door opens.";
    let got = run(text).pop().unwrap();
    assert_eq!((got.speaker.as_deref(), got.cue.as_deref()), (Some("One deputy"), Some("yelling")));
    let text = "T\nA man in a red coat was seen telling the guards “You have no right” before he left.";
    assert_eq!(run(text).pop().unwrap().speaker.as_deref(), Some("A man in a red coat"));
}

#[test]
fn the_one_recalled_telling_is_the_speaker_not_the_one_who_recalls() {
    let text = "T\nCoach Abel Moreno trained the team for a decade. His daughter Clara Diaz said she still hears his voice.\n\nShe remembered him telling the players: “Lose with your head up.”";
    assert_eq!(run(text).pop().unwrap().speaker.as_deref(), Some("Abel Moreno"));
    let text = "T\nIda Roos grew up on the farm.\n\nRoos recalls her grandfather saying “The land keeps what you give it.”";
    assert_eq!(run(text).pop().unwrap().speaker.as_deref(), Some("Ida Roos's grandfather"));
}

#[test]
fn the_one_named_after_recalled_being_told_by_is_the_speaker() {
    let text = "T\nDr. Omar Farah ran the clinic for twenty years. Nina Kell was one of his patients.\n\nKell recalls being told by Farah that the scan was “nothing to lose sleep over”.";
    assert_eq!(run(text).pop().unwrap().speaker.as_deref(), Some("Omar Farah"));
}

#[test]
fn written_for_after_a_noun_describes_it_and_reports_nothing() {
    let text = "T\nThe inspector said the fire doors were blocked, and that safety codes written for office towers were “useless in a warehouse.”";
    let got = run(text);
    assert_eq!(got[0].cue.as_deref(), Some("said"));
    assert_eq!(got[0].speaker.as_deref(), Some("The inspector"));
}

#[test]
fn reads_after_a_quotation_opens_an_inverted_clause_naming_its_text() {
    let got = run("T\n“There are oysters with more backbone than this council,” reads a Tuesday editorial in the Harbour Gazette.");
    assert_eq!(got[0].cue.as_deref(), Some("reads"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("a Tuesday editorial"));
}

#[test]
fn a_retort_phrasal_verb_is_the_cue_over_a_verb_in_a_lead_in_clause() {
    let text = "T\nAfter Senator Jim Brown criticized the plan during a debate, Mayor Ann Lund shot back, “I suppose I could have stayed home, but I chose to run.”";
    let got = run(text);
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Ann Lund"), Some("shot back")));
}

#[test]
fn the_one_told_after_a_relative_clause_is_no_inverted_speaker() {
    let text = "T\nMany delegates are undecided.\n\nFrank Dover, who was listed on the Lowe slate, told GAZETTE, “Of the three, I like Pike the best by far.”";
    let got = run(text);
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Frank Dover"), Some("told")));
}

#[test]
fn a_full_stop_inside_the_marks_before_a_bare_attribution_is_a_typo() {
    let text = "T\nThe nominee caused outrage on Wednesday with a reference to emails that were deleted.\n\n“Russia, if you are listening, I hope you find the emails that are missing.” Tom Hale said.";
    let got = run(text);
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Tom Hale"), Some("said")));
    let text = "T\nTom Hale spoke first.\n\n“We will win this state in November.” Ann Lund said the polls disagree with him.";
    assert_ne!(run(text)[0].speaker.as_deref(), Some("Ann Lund"));
}

#[test]
fn an_infinitive_after_a_quoted_phrase_does_not_outweigh_the_cue_before_it() {
    let text = "T\nA court spokeswoman did not respond.\n\nOn Tuesday, Senate leader Mitch Conway said that it was “totally inappropriate” for Judge Ann Lund to criticize the nominee.";
    let got = run(text);
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Mitch Conway"), Some("said")));
}

#[test]
fn but_now_said_elides_the_subject_of_the_first_clause() {
    let text = "T\nSenator Jeff Sole spoke to reporters.\n\nHouse member Tom Mace used to support fellow Ohioan Rand Pike, but now said Lund had “the chance and the duty to bring us all together.”";
    assert_eq!(run(text)[0].speaker.as_deref(), Some("Tom Mace"));
}

#[test]
fn beamed_is_a_cue_of_delight() {
    let text = "T\nA thousand supporters took his picture.\n\n“This is fantastic!” beamed Don Hartley of Dayton, Ohio, who snuck onto the floor to be closer to the stage.";
    let got = run(text);
    assert_eq!((got[0].speaker.as_deref(), got[0].cue.as_deref()), (Some("Don Hartley"), Some("beamed")));
}

#[test]
fn referred_to_him_as_reports_how_someone_put_it() {
    let got = run("T\nThe ferry's captain retired in May. A neighbour referred to him as “the calmest man on any sea I have known” in a letter to the paper.");
    assert_eq!(got[0].cue.as_deref(), Some("referred to him as"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("A neighbour"));
}

#[test]
fn boomed_before_a_colon_is_a_cue_of_the_main_subject() {
    let got = run("T\nMayor Tilda Brack raised a hand to quiet the hall, then leaned in and boomed: “We will have our ferry back by spring.”");
    assert_eq!(got[0].cue.as_deref(), Some("boomed"));
    assert_eq!(got[0].speaker.as_deref(), Some("Tilda Brack"));
}

#[test]
fn remembered_and_riffed_are_cues() {
    let text = "T\nThe harbour deal was opposed by many at the port.\n\n“An awful lot of analysts said no, and she took it upon herself to prove them wrong,” remembered Roy Dalton, the port's former chief engineer.\n\n“Governor, let me help you out - the answer's no,” the Democratic vice-presidential nominee riffed on the governor's non-answer.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Roy Dalton"));
    assert_eq!(got[0].cue.as_deref(), Some("remembered"));
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("the Democratic vice-presidential nominee"));
}

#[test]
fn continue_after_a_modal_goes_on_doing_and_reports_nothing() {
    let got = run("T\nMayor Ann Lund won three districts.\n\nShe declared victory and said that her campaign would continue “to fight for every street” across the city.");
    assert_eq!(got[0].cue.as_deref(), Some("said"));
    assert_eq!(got[0].speaker.as_deref(), Some("Ann Lund"));
}

#[test]
fn per_an_interpreter_names_no_source() {
    let got = run("T\nThe smuggler Ivo Marek spoke from prison.\n\nMarek said, per a translator, that the border post was “like an open door.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Ivo Marek"));
}

#[test]
fn call_after_to_names_unless_refused() {
    let got = run("T\nSenator Ana Ruiz and Governor Tom Pryor traded barbs.\n\nThe campaign denied it, with Ruiz taking to Twitter to call Pryor “totally delusional” for the claim.");
    assert_eq!(got[0].cue.as_deref(), Some("call"));
    assert_eq!(got[0].speaker.as_deref(), Some("Ana Ruiz"));
    let got = run("T\nSenator Ana Ruiz spoke.\n\nRuiz explained the mayor’s refusal to call the attack “a plain act of terror” is a weakness.");
    assert_eq!(got[0].cue.as_deref(), Some("explained"));
}
