//! Attribution tests on small synthetic paragraphs.

use super::*;
use crate::model::{Kind, Span};
use crate::read::parse_text;

/// Attributes `text` (first line is the title) with every “…” stretch a quotation.
pub(super) fn run(text: &str) -> Vec<Attribution> {
    let article = parse_text("t.txt", text);
    let mut quotations = Vec::new();
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        let t = &paragraph.text;
        let mut from = 0;
        while let Some(open) = t[from..].find('“') {
            let start = from + open + '“'.len_utf8();
            let Some(close) = t[start..].find('”') else { break };
            let end = start + close;
            let words = t[start..end].split_whitespace().count();
            let kind = if words >= 4 { Kind::Quote } else { Kind::Phrase };
            quotations.push(Quotation { parts: vec![Span { paragraph: p, start, end }], text: t[start..end].to_string(), kind });
            from = end;
        }
    }
    attribute(&article, &quotations)
}

/// The speaker of quotation `q` of `text`, as [`run`] attributes it.
pub(super) fn speaker(text: &str, q: usize) -> Option<String> {
    run(text).into_iter().nth(q).and_then(|a| a.speaker)
}

/// The speaker of every quotation of `text`, in order.
pub(super) fn speakers(text: &str) -> Vec<Option<String>> {
    run(text).into_iter().map(|a| a.speaker).collect()
}

fn triple(a: &Attribution) -> (Option<&str>, Option<&str>, Option<&str>) {
    (a.speaker.as_deref(), a.cue.as_deref(), a.via.as_deref())
}

#[test]
fn titled_speaker_after_the_quotation_with_an_outlet() {
    let got = run("T\n“None of them are combatants at all,” Russian Defense Ministry spokesman Igor Konashenkov told Russian state media outlet TASS on Thursday.");
    assert_eq!(triple(&got[0]), (Some("Igor Konashenkov"), Some("told"), Some("TASS")));
    assert_eq!(got[0].role.as_deref(), Some("Russian Defense Ministry spokesman"));
    assert!(got[0].direct);
}

#[test]
fn inverted_cue_and_a_description_resolved_to_the_person_named_before() {
    let got = run("T\nPresident Volodimir Zelensky spoke on Monday. “This decision was not easy at all,” said the Ukrainian leader.");
    assert_eq!(triple(&got[0]), (Some("Volodimir Zelensky"), Some("said"), None));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("the Ukrainian leader"));
}

#[test]
fn pronouns_take_the_nearest_person_and_surnames_the_full_name() {
    let got = run("T\nUkrainian Defence Minister Dmytro Kuleba spoke.\nKuleba, for his part, urged “all foreigners to come and help us”.\n“Together we will defeat them too,” he wrote on his Twitter account.");
    assert_eq!(triple(&got[0]), (Some("Dmytro Kuleba"), Some("urged"), None));
    assert_eq!(triple(&got[1]), (Some("Dmytro Kuleba"), Some("wrote"), Some("Twitter")));
}

#[test]
fn an_elided_subject_comes_from_the_earlier_cue_in_the_sentence() {
    let got = run("T\n“Every friend of Ukraine please come over,” Zelensky pleaded at a press conference, adding “We will give you weapons.”");
    assert_eq!(triple(&got[0]), (Some("Zelensky"), Some("pleaded"), None));
    assert_eq!(triple(&got[1]), (Some("Zelensky"), Some("adding"), None));
}

#[test]
fn unnamed_sources_are_kept_as_written() {
    let got = run("T\n“We are young and we can help them,” a British citizen on his way to enlist told Sky News.\n“I hope that we stop them here,” he added.");
    assert_eq!(triple(&got[0]), (Some("a British citizen"), Some("told"), Some("Sky News")));
    assert_eq!(got[1].speaker.as_deref(), Some("a British citizen"));
}

#[test]
fn a_quotation_alone_in_its_paragraph_continues_the_previous_speaker() {
    let got = run("T\n“We will win this war in the end,” Ann Lee said.\n“And we will rebuild the country.”");
    assert_eq!(got[1].speaker.as_deref(), Some("Ann Lee"));
    assert!(!got[1].direct);
}

#[test]
fn colon_and_according_to() {
    let got = run("T\nAnn Lee said: “We will win this war in the end.”\nAccording to Bob Ray, “the war will be long and hard”.");
    assert_eq!(triple(&got[0]), (Some("Ann Lee"), Some("said"), None));
    assert_eq!(triple(&got[1]), (Some("Bob Ray"), Some("According to"), None));
}

#[test]
fn a_reporting_clause_credits_the_agency() {
    let got = run("T\n“None of them are combatants at all,” Igor Konashenkov said Thursday, Russia's Tass news agency reported.");
    assert_eq!(triple(&got[0]), (Some("Igor Konashenkov"), Some("said"), Some("Tass")));
}

#[test]
fn naming_verbs_attribute_but_are_not_direct() {
    let got = run("T\nSome users on a forum called “VolunteersforUkraine” left.");
    assert!(!got[0].direct);
}

#[test]
fn arbitrary_text_never_panics() {
    const PIECES: &[&str] = &["“", "”", "\"", "'", "’", " said ", " he ", "Mr. ", "Ann Lee", ", ", ". ", ":", "—", "according to ", "told ", "Reuters", "é", "\n", "日本", "the president", " and ", "—X"];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let mut text = String::from("T\n");
        for _ in 0..40 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
        }
        let article = parse_text("t.txt", &text);
        let found = crate::quotes::find(&article);
        let got = attribute(&article, &found);
        assert_eq!(got.len(), found.len());
    }
}


#[test]
fn appositives_with_symbols_and_a_colon_introduction() {
    let got = run("T\n“Kim is eager to remind the Trump administration,” Harry Kazianis, director of studies at the U.S.-based Centre for the National Interest, said.\nDr. Dave Martell, the addictions doctor, is more blunt: “With this monitor, I think they will uncover things.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Harry Kazianis"));
    assert_eq!(got[1].speaker.as_deref(), Some("Dave Martell"));
}

#[test]
fn a_quotation_paragraph_continues_the_person_the_paragraph_before_is_about() {
    let got = run("T\n\nCarole Laurin, a former teacher in Ottawa, lost her career to a stroke in 2012, and her income fell sharply.\n\nStill, even with her pension, Laurin experienced about a 40 per cent drop in income when she had to give up her career.\n\n“It took me two years to grieve the loss of not ever being able to work again. That was a tremendous loss, I still feel it.”\n\nOther survivors have no pension at all.");
    assert_eq!(got[0].speaker.as_deref(), Some("Carole Laurin"));
}

#[test]
fn a_pronoun_prefers_the_subject_of_a_recent_sentence_over_a_nearer_object() {
    let got = run("T\nNino Niederreiter scored twice.\n“We lost,” said coach Mike Yeo.\nNiederreiter has four goals since Minnesota traded him to Carolina for Victor Rask last week.\n“They are great playmakers, really great,” he said.");
    assert_eq!(got[1].speaker.as_deref(), Some("Nino Niederreiter"));
}

#[test]
fn a_pronoun_takes_a_newly_introduced_subject_over_the_last_speaker() {
    let got = run("T\n“It was loud,” said witness Hiram Macharia.\nMamadou Dia was on a business trip when he ended up in a room with guests.\n“They told us by text that the police knew,” he said.");
    assert_eq!(got[1].speaker.as_deref(), Some("Mamadou Dia"));
}

#[test]
fn a_surname_first_name_resolves_from_its_first_word() {
    let got = run("T\nAnalyst Karen Wang spoke early.\nChinese Vice-President Wang Qishan took aim at the U.S.\nWang said that “shifting blame onto others will not resolve the problems.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Wang Qishan"));
}

#[test]
fn descriptions_resolve_to_the_person_or_organisation_they_stand_for() {
    let got = run("T\nCaleb Jones recorded his first goal late in the game.\n“I will have a little smile about it,” said the rookie defenceman.");
    assert_eq!(got[0].speaker.as_deref(), Some("Caleb Jones"));
    assert_eq!(got[0].speaker_as_written.as_deref(), Some("the rookie defenceman"));
    let got = run("T\nTrudeau met Ardern on Monday.\nThey discussed “the detention of Canadian citizens in China and the rule of law,” said a statement released by the Prime Minister's Office.");
    assert_eq!(got[0].speaker.as_deref(), Some("Prime Minister's Office"));
    let got = run("T\nAccording to the Ukrainian military authorities, the fighters “have participated in peacekeeping campaigns around the world”.");
    assert_eq!(got[0].speaker.as_deref(), Some("Ukrainian military authorities"));
}

#[test]
fn it_resolves_to_the_organisation_named_as_subject() {
    let got = run("T\nBC Hydro has crews in the field across the region.\n\n“Some of the hardest-hit areas will be without power for days,” it said.");
    assert_eq!(got[0].speaker.as_deref(), Some("BC Hydro"));
}

#[test]
fn a_new_subject_before_an_unattributed_quotation_beats_the_last_speaker() {
    let got = run("T\n“I always felt it deserved to be longer,” says Christopher Hall. Jeanine Durning did not need much coaxing. “I’m thankful for the invitation and this chance to explore.”");
    assert_eq!(got[1].speaker.as_deref(), Some("Jeanine Durning"));
}

#[test]
fn a_description_as_subject_counts_as_a_mention_of_its_person() {
    let got = run("T\nThen-mayoral candidate Doug McCallum spoke at one debate.\n\n“The study was never done at all,” a spokesperson said.\n\nOn Dec. 13, the mayor brought up the plan again.\n\n“We can reduce costs considerably,” he said.");
    assert_eq!(got[1].speaker.as_deref(), Some("Doug McCallum"));
}

#[test]
fn a_nationality_adjective_is_no_person_and_subjects_stay_near() {
    let got = run("T\nCanadian companies lost money abroad.\n\nRobert Wisner, a lawyer in Toronto, said disputes are resolved under treaties. “In that field there have been big awards,” he said. Prominent Canadian examples include Crystallex.\n\n“Obviously the cases are at the very high end of it,” he said.");
    assert_eq!(got[1].speaker.as_deref(), Some("Robert Wisner"));
}

#[test]
fn names_in_a_photo_caption_are_not_pronoun_referents() {
    let got = run("T\nAuthor Cecil Foster wrote a book about the porters.\n\nBenjamin Layne, a retired porter, looks at a display of photos. ( THE CANADIAN PRESS FILE PHOTO )\n\nThe trip drew attention. “These guys were smart enough to go to Ottawa,” he says.");
    assert_eq!(got[0].speaker.as_deref(), Some("Cecil Foster"));
}

#[test]
fn a_stray_adverb_opener_is_no_speaker_and_a_ruling_keeps_its_noun() {
    let got = run("T\nPolitiFact rated many claims.\n\nConversely, PolitiFact rated 22% of Democratic claims as “entirely true and fully accurate” compared to 11%.\n\n“A state cannot avoid the conclusion at all,” said the ruling.");
    assert_eq!(got[0].speaker.as_deref(), Some("PolitiFact"));
    assert_eq!(got[1].speaker_as_written.as_deref(), Some("the ruling"));
}

#[test]
fn a_place_written_in_place_slots_is_no_person() {
    let got = run("T\nDoug Lee spoke in Surrey on Monday.\nThe Safe Surrey council met later.\n“We will cut the debt,” he said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Doug Lee"));
}

#[test]
fn according_to_after_the_quotation_outweighs_an_earlier_subject() {
    let got = run("T\nPressure is building on Tim Kaine, who was greeted with chants of “Bobby!” at a rally, according to union president Ann Lee.");
    assert_eq!(got[0].speaker.as_deref(), Some("Ann Lee"));
}

#[test]
fn an_acronym_speaker_is_the_full_name() {
    let got = run("T\nThe family got a letter from Immigration, Refugees and Citizenship Canada last week.\n“Extra steps may be needed,” IRCC said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Immigration, Refugees and Citizenship Canada"));
}

#[test]
fn a_name_inside_an_office_title_gives_way_to_the_person() {
    let got = run("T\nNavdeep Bains, Minister of Innovation, Science and Economic Development, said “we engage with companies of all sizes.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Navdeep Bains"));
}

#[test]
fn the_commission_is_the_organisation_named_with_that_head_word() {
    let got = run("T\nThe Ontario Civilian Police Commission ordered a review on Monday. The Prime Minister's Office declined to comment.\n“Policing is essential,” the commission said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Ontario Civilian Police Commission"));
}

#[test]
fn a_statement_sent_to_an_outlet_by_someone_is_theirs() {
    let got = run("T\nA statement e-mailed to The Globe by Reagan Ruslim, who joined the board last month, said “JAZZ.FM91 will respect the order of the Court.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Reagan Ruslim"));
}

#[test]
fn the_author_after_a_quotation_outweighs_the_document_before_it() {
    let got = run("T\nThe Association of Flight Attendants endorsed Clinton on Friday.\nThe statement also referenced her record: “Her fight has opened the door for women,” the union wrote.");
    assert_ne!(got[0].speaker_as_written.as_deref(), Some("The statement"));
}

#[test]
fn an_appositive_after_a_name_is_its_role() {
    let got = run("T\n“Does he really need that easy deal?” Michael Lee, a senior strategist for the Asia-Pacific for Rabobank, said in a commentary.");
    assert_eq!(got[0].speaker.as_deref(), Some("Michael Lee"));
    let got = run("T\n“Draghi's speech today may have even more impact,” Hussein Sayed, Chief Market Strategist at FXTM, said in a commentary.");
    assert_eq!(got[0].speaker.as_deref(), Some("Hussein Sayed"));
}

#[test]
fn a_quoted_nickname_does_not_split_the_name() {
    let got = run("T\nFarmer Robert “Bobby” Kaine sold the land in May.\n“We had no choice in the end,” Kaine says.");
    assert_eq!(got[1].speaker.as_deref(), Some("Robert Kaine"));
    let got = run("T\n“We had no choice in the end,” said Robert “Bobby” Kaine, who farmed there.");
    assert_eq!(got[0].speaker.as_deref(), Some("Robert Kaine"));
    let got = run("T\nFarmer Robert “Bobby” Kaine sold the land in May.\n“We had no choice in the end,” Bobby says.");
    assert_eq!(got[1].speaker.as_deref(), Some("Robert Kaine"), "the nickname alone finds the full name");
    for nickname in ["‘Lena’", "'Lena'"] {
        let got = run(&format!("T\nFormer manager Helena {nickname} Brandt saw it coming.\n“Nobody should be surprised by this,” Brandt said."));
        assert_eq!(got[0].speaker.as_deref(), Some("Helena Brandt"), "{nickname}");
    }
}

#[test]
fn coordinated_given_names_share_the_surname_after_them() {
    let got = run("T\nTomas and Erik Lund run the farm their father left them.\n“We never wanted to do anything else,” says Tomas.");
    assert_eq!(got[0].speaker.as_deref(), Some("Tomas Lund"));
    let got = run("T\nBrothers Tomas and Erik Lund run the farm.\n“We never wanted to do anything else,” says Tomas.");
    assert_eq!(got[0].speaker.as_deref(), Some("Tomas Lund"));
}

#[test]
fn post_nominal_letters_are_not_part_of_the_name() {
    let got = run("T\nDefence counsel Laura Finch KC told the jury the case was weak.\n“There is no evidence against him at all,” Finch said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Laura Finch"));
    let got = run("T\nLaura Finch KC's closing speech lasted two hours.\n“There is no evidence against him at all,” Finch said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Laura Finch"));
    let got = run("T\n“This has been a hard year for the town,” said Andrew Pike MP.");
    assert_eq!(got[0].speaker.as_deref(), Some("Andrew Pike"));
    let got = run("T\n“It has been a long wait for all of us,” said a Green MP.");
    assert_eq!(got[0].speaker.as_deref(), Some("a Green MP"));
    // A generational suffix stays, and the surname before it finds the name.
    let got = run("T\nBusinessman Harold Grant Jr. welcomed the verdict.\n“Justice was done here today,” Grant said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Harold Grant Jr."));
    let got = run("T\nBusinessman Harold Grant Sr. welcomed the verdict.\n“Justice was done here today,” Grant said.");
    assert_eq!(got[0].speaker.as_deref(), Some("Harold Grant Sr."));
}

#[test]
fn an_inverted_cue_with_a_role_then_a_name_is_the_name() {
    let got = run("T\n“The club will miss him very much,” said the club's chairman, Owen Pryde.");
    assert_eq!(got[0].speaker.as_deref(), Some("Owen Pryde"));
    assert_eq!(got[0].role.as_deref(), Some("the club's chairman"));
    let got = run("T\n“We are all devastated by it,” added the team's captain, Luis Ortega.");
    assert_eq!(got[0].speaker.as_deref(), Some("Luis Ortega"));
    let got = run("T\n“He was a giant of the game,” said the former coach of the national team, Ivan Horvat.");
    assert_eq!(got[0].speaker.as_deref(), Some("Ivan Horvat"));
    assert_eq!(got[0].role.as_deref(), Some("the former coach of the national team"));
    // A role with no name after it stays the description.
    let got = run("T\n“We are all devastated by it,” added the team's captain, visibly moved.");
    assert_ne!(got[0].speaker.as_deref(), Some("visibly moved"));
}

#[test]
fn an_outlet_quoting_a_person_as_saying_credits_the_outlet() {
    let got = run("T\nXinhua quoted Foreign Minister Wang Li as saying that the talks were “constructive and frank in every way.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Wang Li"));
    assert_eq!(got[0].via.as_deref(), Some("Xinhua"));
    let got = run("T\nThe report quoted one former guard as saying the camp was “run like a prison from the start.”");
    assert_eq!(got[0].speaker.as_deref(), Some("one former guard"));
}
