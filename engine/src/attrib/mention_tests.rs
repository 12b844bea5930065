//! Tests of the mention a quotation is credited to: the pronoun or phrase
//! its cue attaches to, and words that open a sentence but name no one.

use super::tests::run;

#[test]
fn a_sentence_adverb_before_a_comma_names_no_one() {
    let text = "T\nThe mayor, Dana Holt, met the council.\n\nHolt said the plan needs no rival. Rather, she said, continued delays by the council will build support for it.\n\n“There is no donor involved yet. The effort will become an easier sell.”";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Dana Holt"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("she"));
    let text = "T\nPolice searched the flat of Tom Reed on Monday. Along with the photo, he had posted: “We are not sad, we are dancing!”";
    assert_ne!(run(text)[0].speaker.as_deref(), Some("Along"));
}

#[test]
fn went_on_closing_its_clause_is_the_cue_of_a_pronoun() {
    let text = "T\n“There is anger in the city,” the senator said in an interview with a radio host.\n\n“We ought to start the patrols again this morning. This is a lot of nonsense,” he went on.";
    let got = run(text);
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("he"));
    assert_eq!(got[1].cue.as_deref(), Some("went on"));
    let text = "T\nMayor Ann Cole spoke next. “The budget is tight,” Cole said, as the talks went on for hours.";
    assert_eq!(run(text)[0].cue.as_deref(), Some("said"));
}

#[test]
fn a_speech_noun_after_a_possessive_credits_the_possessive() {
    let text = "T\nCity treasurer Frank Ortiz spoke on Monday.\n\nThe plan drew fire after his warning that the city would go to the “back of the queue” for funds.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Frank Ortiz"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("his"));
    assert_eq!(got[0].cue.as_deref(), Some("warning"));
    let text = "T\nMayor Dana Holt met the press.\n\nShe has faced pressure over her assertion during the debate that “we now are where we need to be” on housing.";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("her"));
    // A reporting verb between the noun and the quotation has its own subject.
    let text = "T\nMayor Dana Holt met the press.\n\nAfter her remarks, the treasurer said “the city is broke.”";
    assert_ne!(run(text)[0].speaker_as_written.as_deref(), Some("her"));
}

#[test]
fn a_pronoun_clause_ending_in_a_colon_introduces_the_quotation() {
    let text = "T\nThe Senate leader, Harry Moss, spoke on Monday. Moss said both rivals are “lost in the chamber,” but he gave the Texan a compliment: “You never have to guess where he stands.”";
    let got = run(text);
    assert_eq!(got[1].speaker.as_deref(), Some("Harry Moss"));
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("he"));
    let text = "T\nSenator Ruth Kline toured the border on Friday.\n\nBut back on home soil, she returned to her familiar lines: “There will be no amnesty!”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("she"));
}

#[test]
fn an_elided_cue_after_a_subordinate_clause_takes_the_main_subject() {
    let text = "T\nSenator Paul Grant toured the plant.\n\nWhen reporters asked Grant about the vote, he smiled and said, “We will win it.”";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Paul Grant"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("he"));
    // Without a subordinate clause the earlier cue's subject still speaks.
    let text = "T\nSenator Paul Grant toured the plant.\n\nGrant told reporters the plant was safe and said, “We will keep it open.”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("Grant"));
}

#[test]
fn it_read_after_a_quotation_is_the_cue_of_a_document() {
    let text = "T\nFour medical groups sent a letter to the council this week.\n\n“The fact that the council has failed to act shows an appalling indifference,” it read.";
    let got = run(text);
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("it"));
    assert_eq!(got[0].cue.as_deref(), Some("read"));
}

#[test]
fn a_pronoun_cue_splitting_a_quotation_introduced_before_is_its_mention() {
    let text = "T\nSenator Dana Holt questioned the doctor. Holt scolded him: “The experts are almost united against you,” she said. “You give people false hope.”";
    let got = crate::extract(&crate::read::parse_text("t.txt", text));
    let (quotation, attribution) = &got[0];
    assert_eq!(quotation.parts.len(), 2);
    assert_eq!(attribution.speaker.as_deref(), Some("Dana Holt"));
    assert_eq!(attribution.speaker_as_written.as_deref(), Some("she"));
    assert_eq!(attribution.cue.as_deref(), Some("said"));
}

#[test]
fn to_her_before_a_quotation_is_the_mention_of_a_view() {
    let text = "T\nActivist Mara Quinn spoke with reporters. She credits local storytellers because to her, “there is nothing more important than telling the story right.”";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Mara Quinn"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("her"));
}

#[test]
fn a_quotation_after_its_is_the_last_speakers() {
    let text = "T\nMara Quinn, a critic, spoke on the radio.\n\n“It is ambush journalism,” she says. It's “this new in-your-face journalism of the web.”";
    let got = run(text);
    assert_eq!(got[1].speaker.as_deref(), Some("Mara Quinn"));
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("she"));
}

#[test]
fn a_pronoun_heading_a_later_clause_is_the_mention_of_its_cue() {
    let text = "T\nMayor Ann Cole has been criticized for the plan, though in a news conference last week she used stronger language, saying the deal “must be stopped.”";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Ann Cole"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("she"));
    let text = "T\nSenator Ruth Okafor met teachers. Yet she didn't limit her remarks to schools, also calling on voters to reject “cheap politics” in the fall.";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("she"));
    // With no cue at all: the clause after "although" holds the quotation.
    let text = "T\nGovernor Tom Harlan endorsed the school plan, although he made it clear that he has “serious doubts” about a few parts of the bill.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Tom Harlan"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("he"));
    // A group in a clause of time is no speaker: the sentence's subject speaks.
    let text = "T\nGovernor Tom Harlan praised the workers as they left the plant, calling them “heroes.”";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("Governor Tom Harlan"));
    // A pronoun that cannot be the named subject's belongs to someone else.
    let text = "T\nMayor Tom Lee criticized Councilwoman Ann Cole on Monday, though she was not present, calling her plan “a joke.”";
    assert_eq!(run(text)[0].speaker.as_deref(), Some("Tom Lee"));
}

#[test]
fn a_description_opening_a_sentence_with_no_cue_is_the_source_of_a_long_quotation() {
    let text = "T\nGina Ortiz won an award in May.\n\nSince then, the actress has sounded off against the idea that anyone must be “Latino enough for the studios that hire the cast.”";
    let got = run(text);
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("the actress"));
    // A short term is left to nobody, so it stays a term.
    let text = "T\nGina Ortiz won an award in May.\n\nSince then, the actress has sounded off against being “Latino enough.”";
    assert_eq!(run(text)[0].speaker, None);
}

#[test]
fn a_description_after_when_runs_through_its_modifier_to_the_cue() {
    let text = "T\nMayor Ann Ruiz spoke on Tuesday.\n\nRuiz was busy when a man in Leeds told her she is “too nice to win the race” this year.";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("a man in Leeds"));
    let text = "T\nGov. Ann Ruiz spoke at a rally with Kentucky Secretary of State Alison Grimes, where the secretary of state said she was “not only here to do my job” that day.";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("the secretary of state"));
}

#[test]
fn a_reporting_clause_right_after_outweighs_a_possessive_noun_before() {
    let text = "T\nPresident Tom Hale met Prime Minister Jo Lund on Tuesday.\n\nDuring their phone call Tuesday, the two leaders “reaffirmed their shared commitment to fighting terrorism,” the White House said.";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("the White House"));
    // With no clause after it, the possessive still speaks.
    let text = "T\nCity treasurer Frank Ortiz spoke on Monday.\n\nThe plan drew fire after his call for a “total and complete freeze” on hiring.";
    assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("his"));
}

#[test]
fn a_name_and_its_place_after_when_is_the_subject_of_the_cue() {
    let text = "T\nRepublicans are building a firewall.\n\nThe anxiety about the race was underscored Wednesday when House Speaker Paul Dunne of Ohio lamented the “disheartened state of the campaign” on display.";
    let got = run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Paul Dunne"));
}
