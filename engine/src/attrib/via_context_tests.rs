//! Tests of outlets credited from a quotation's context (`via_context.rs`).

use super::tests::run;

#[test]
fn a_channel_named_by_the_same_speaker_in_the_sentence_before() {
    let got = run("T\nThe singer Mira Solano hit back at her critics on Tuesday. She replied in an Instagram post. “Thanks for the free advertising,” she wrote.");
    assert_eq!(got[0].via.as_deref(), Some("Instagram"));
    let got = run("T\nComedian Dev Okoro faced a backlash.\nIn a video posted to TikTok, he apologised. “I got it wrong, and I am sorry,” he said in the video.");
    assert_eq!(got[0].via.as_deref(), Some("TikTok"));
    let got = run("T\nSenator Ruth Ames said on X that the bill would fail. “It has no votes at all,” she posted.");
    assert_eq!(got[0].via.as_deref(), Some("X"));
    let got = run("T\nMayor Tom Reilly told Reuters that the city had been spared the worst. “We are relieved, truly,” he said.");
    assert_eq!(got[0].via.as_deref(), Some("Reuters"));
}

#[test]
fn a_channel_in_the_sentence_before_by_someone_else_credits_nothing() {
    let got = run("T\nMayor Tom Reilly told Reuters that the city had been spared. Fire chief Ann Cole was less sure. “We are not out of it yet,” she said.");
    assert_eq!(got[0].via, None);
    let got = run("T\nAnn Cole told Reuters that the city had been spared. “We are relieved, truly,” Tom Reilly said.");
    assert_eq!(got[0].via, None);
}

#[test]
fn a_listener_told_in_the_quotations_own_clause_takes_no_channel_from_before() {
    let got = run("T\nMayor Tom Reilly told Reuters that the city had been spared. “We were lucky,” he told reporters on Monday.");
    assert_eq!(got[0].via, None);
    let got = run("T\nAnn Cole spoke to the Dunmore Courier in May. Last week she told supporters: “I was wrong.”");
    assert_eq!(got[0].via, None);
}

#[test]
fn an_outlet_referred_back_to_is_the_one_named_before() {
    let got = run("T\nMinister Oleg Petrov told Interfax that Moscow would react.\n“We will respond in kind,” he told the agency.");
    assert_eq!(got[0].via.as_deref(), Some("Interfax"));
    let got = run("T\nAnalyst Kurt Berg spoke to the Financial Times on Monday.\n“It is only a matter of time,” he told the newspaper.");
    assert_eq!(got[0].via.as_deref(), Some("Financial Times"));
    let got = run("T\n“It is only a matter of time,” Kurt Berg told the newspaper.");
    assert_eq!(got[0].via, None);
}

#[test]
fn a_passive_credit_and_a_journal_name_the_outlet() {
    let got = run("T\n“The talks were constructive and frank,” Foreign Minister Wang Li was quoted as saying by Xinhua.");
    assert_eq!(got[0].via.as_deref(), Some("Xinhua"));
    let got = run("T\n“Nothing has been decided yet,” the official was quoted by Reuters as saying.");
    assert_eq!(got[0].via.as_deref(), Some("Reuters"));
    let got = run("T\nThe researchers wrote in the journal Nature Ecology that the decline was “far steeper than anyone had expected.”");
    assert_eq!(got[0].via.as_deref(), Some("Nature Ecology"));
}

#[test]
fn a_named_subject_before_its_verb_and_talking_to_an_outlet() {
    let got = run("T
The actor Dana Whitcombe posted a statement on Instagram on Friday night. “I am grateful for the support,” Whitcombe wrote.");
    assert_eq!(got[0].via.as_deref(), Some("Instagram"));
    let got = run("T
Dana Whitcombe also spoke to the BBC. “It has been a very hard year,” she said.");
    assert_eq!(got[0].via.as_deref(), Some("BBC"));
    let got = run("T
The minister gave an interview to El País on Sunday.
“It was a mistake, and I regret it,” she said in an interview with the paper.");
    assert_eq!(got[0].via.as_deref(), Some("El País"));
}

#[test]
fn journals_with_adjectives_and_more_platforms() {
    let got = run("T
“The decline is real and it is fast,” the authors wrote in the scientific journal PLOS One.");
    assert_eq!(got[0].via.as_deref(), Some("PLOS One"));
    let got = run("T
The team wrote in the peer-reviewed journal Proceedings of the National Academy of Sciences that the effect was “far larger than expected.”");
    assert_eq!(got[0].via.as_deref(), Some("Proceedings of the National Academy of Sciences"));
    let got = run("T
The author Jo Marsh wrote on Bluesky on Tuesday. “I am done with this site for good,” she said.");
    assert_eq!(got[0].via.as_deref(), Some("Bluesky"));
    let got = run("T
“I am done with this site for good,” the author Jo Marsh wrote on Bluesky.");
    assert_eq!(got[0].via.as_deref(), Some("Bluesky"));
}

#[test]
fn a_platform_in_the_words_before_the_speaker() {
    let got = run("T\nIn an Instagram post, the singer Mira Solano wrote: “Thanks for all the free advertising.”");
    assert_eq!(got[0].via.as_deref(), Some("Instagram"));
    let got = run("T\nThe comedian Dev Okoro posted on Instagram.\nOn TikTok, he said: “I got it wrong and I am sorry.”");
    assert_eq!(got[0].via.as_deref(), Some("TikTok"));
}

#[test]
fn capitalised_words_after_told_that_name_no_person_are_the_outlet() {
    let got = run("T\nResearcher Dana Mills led the project for ten years.\n“It is over now,” Mills told Science Weekly.");
    assert_eq!(got[0].via.as_deref(), Some("Science Weekly"));
    assert_eq!(got[0].speaker.as_deref(), Some("Dana Mills"));
    let got = run("T\n“We cannot go on like this,” a fisherman told Harbour Weekly on Monday.");
    assert_eq!(got[0].via.as_deref(), Some("Harbour Weekly"));
    let got = run("T\nLawyer Vera Osk met her client. “He is innocent,” Dana Mills told Vera Osk.");
    assert_eq!(got[0].via, None);
    let got = run("T\n“He is innocent,” Dana Mills told Anna Berg.");
    assert_eq!(got[0].via, None);
}

#[test]
fn speaking_to_a_name_of_no_person_credits_it() {
    let got = run("T\nResearcher Dana Mills led the project.\n\nSpeaking to Science Weekly, Mills said: “I am proud of the team.”");
    assert_eq!(got[0].via.as_deref(), Some("Science Weekly"));
    let got = run("T\nSpeaking to Anna Berg, Dana Mills said: “I am proud of the team.”");
    assert_eq!(got[0].via, None);
}

#[test]
fn an_outlet_that_was_told_credits_the_speaker_after_by() {
    let got = run("T\nResearcher Dana Mills led the project.\n\n“It was a good run,” Science Weekly was told by Mills.");
    assert_eq!(got[0].speaker.as_deref(), Some("Dana Mills"));
    assert_eq!(got[0].via.as_deref(), Some("Science Weekly"));
}

#[test]
fn a_told_sentence_before_an_unattributed_quotation_credits_its_outlet() {
    let got = run("T\nServices stopped on Monday.\n\nOne commuter told the Ferrow Post she had waited an hour. “Nobody told us anything.”");
    assert_eq!(got[0].speaker.as_deref(), Some("One commuter"));
    assert_eq!(got[0].via.as_deref(), Some("Ferrow Post"));
}

#[test]
fn a_news_agency_is_credited_by_its_name_alone() {
    let got = run("T\nSpeaking to PTI, he said, “The tax burdens the common man.”");
    assert_eq!(got[0].via.as_deref(), Some("PTI"));
    let got = run("T\n“Exports will grow,” Min-jun Park told Yonhap.");
    assert_eq!(got[0].via.as_deref(), Some("Yonhap"));
}

#[test]
fn a_continuation_in_the_same_paragraph_keeps_the_credit() {
    let got = run("T\n“The blast was sabotage,” Oleg Marin said, as cited by Interfax. “They will answer for it.”");
    assert_eq!((got[1].speaker.as_deref(), got[1].via.as_deref()), (Some("Oleg Marin"), Some("Interfax")));
    let apart = run("T\n“The blast was sabotage,” Oleg Marin said, as cited by Interfax.\n“They will answer for it.”");
    assert_eq!((apart[1].speaker.as_deref(), apart[1].via.as_deref()), (Some("Oleg Marin"), None));
}

#[test]
fn the_one_told_is_the_outlet_never_the_speaker() {
    let got = run("T\n“It is far too much for a boy his age,” Dockside fan Ana Pell, 47, told the Brenton Advertiser. “They rushed it.”");
    assert_eq!(got[0].speaker.as_deref(), Some("Ana Pell"));
    assert_eq!(got[0].via.as_deref(), Some("Brenton Advertiser"));
    let got = run("T\nOne baker, who had opened at dawn, told the Fenwick Echo she heard a crack before the ceiling “just came down”.");
    assert_eq!(got[0].speaker.as_deref(), Some("One baker"));
    assert_eq!(got[0].via.as_deref(), Some("Fenwick Echo"));
    let got = run("T\nA viewer who posted the clip with the words “Total fraud” told TrueCheck she had not watched it.");
    assert_eq!(got[0].speaker.as_deref(), Some("A viewer"));
    assert_eq!(got[0].via.as_deref(), Some("TrueCheck"));
    let got = run("T\n“We had no warning at all,” Pia Lund, a nurse, told the Harrow Valley Bugle.");
    assert_eq!(got[0].speaker.as_deref(), Some("Pia Lund"));
    assert_eq!(got[0].via.as_deref(), Some("Harrow Valley Bugle"));
    // A body after "told the" is no outlet.
    let got = run("T\n“We had no warning at all,” Pia Lund told the Harrow Planning Committee.");
    assert_eq!(got[0].via, None);
}

#[test]
fn an_interview_lead_in_with_a_time_phrase_credits_the_name() {
    let got = run("T\nRosa Vane is back on stage. In an interview with The Footlight last month, she said the part had “scared me more than anything”.");
    assert_eq!(got[0].via.as_deref(), Some("The Footlight"));
    let got = run("T\nIn an interview with Peter Berg last month, she said the part had “scared me more than anything”.");
    assert_eq!(got[0].via, None);
}

#[test]
fn a_broadcaster_spoken_to_with_a_time_phrase_and_a_possessive_office_in_apposition() {
    let text = "T\nA diplomat said the talks had stalled. “Nothing is moving,” the diplomat said.\n\nPrices fell.\n\nOstria's Foreign Minister, Lev Marek, struck a softer tone. Speaking to state broadcaster OTV late on Monday, he said his country was “open to talks at any level”.";
    let got = run(text);
    assert_eq!(got[1].speaker.as_deref(), Some("Lev Marek"));
    assert_eq!(got[1].via.as_deref(), Some("OTV"));
    let got = run(&text.replace("Ostria's Foreign Minister", "The Ostrian Foreign Minister"));
    assert_eq!(got[1].speaker.as_deref(), Some("Lev Marek"));
}

#[test]
fn a_repeated_phrase_in_a_sentence_crediting_no_one_takes_no_channel() {
    let text = "T\nThe minister told Radio Dunmore that new schools “have been built or are being built”.\n\nCritics said the claim was wrong. The full recording shows the minister did use the words “or are being built”.";
    let got = run(text);
    assert_eq!(got[0].via.as_deref(), Some("Radio Dunmore"));
    assert_eq!(got[1].speaker.as_deref(), Some("The minister"));
    assert_eq!(got[1].via, None);
}

#[test]
fn an_outlet_credited_by_its_last_word_takes_its_full_name() {
    let got = run("T\n“Be patient,” the coach told the Dunmore Gazette. The goalkeeper, 19, told the Gazette he felt “ready for it”.");
    assert_eq!(got[1].via.as_deref(), Some("Dunmore Gazette"));
    let got = run("T\n“Be patient,” the coach told the Gazette.");
    assert_eq!(got[0].via.as_deref(), Some("Gazette"));
}

#[test]
fn an_acronym_told_and_an_outlet_owning_a_show() {
    let got = run("T\nLev Marek told the Dunmore Courier that the deal was “done”.\n\n“It is finished,” Marek, 61, told OTV.");
    assert_eq!(got[1].via.as_deref(), Some("OTV"));
    let got = run("T\nLev Marek told OTV the talks were “close”.");
    assert_eq!(got[0].via.as_deref(), Some("OTV"));
    let got = run("T\n“It is finished,” Lev Marek told FBI agents.");
    assert_eq!(got[0].via, None);
    let got = run("T\nIn an interview with OTV's Morning Hour, Lev Marek said the deal was “done”.");
    assert_eq!(got[0].via.as_deref(), Some("OTV"));
    let got = run("T\n“Nobody listened,” she told the Marlow Echo's reporter.");
    assert_eq!(got[0].via.as_deref(), Some("Marlow Echo"));
}

#[test]
fn a_talk_between_the_speaker_and_the_cue_names_the_outlet() {
    let got = run("T\nLev Marek, speaking to the Dunmore Courier, said the offer was “generous”.");
    assert_eq!(got[0].via.as_deref(), Some("Dunmore Courier"));
    let got = run("T\n“The offer is generous,” Lev Marek, speaking to the Dunmore Courier, said.");
    assert_eq!(got[0].via.as_deref(), Some("Dunmore Courier"));
    let got = run("T\nLev Marek, speaking to reporters, said the offer was “generous”.");
    assert_eq!(got[0].via, None);
}

#[test]
fn a_first_name_before_a_newspaper_word_names_a_person() {
    let got = run("T\nPaul Mercury wrote the song in 1975. “It was a joke,” he said later.");
    assert_eq!(got[0].speaker.as_deref(), Some("Paul Mercury"));
    assert_eq!(got[0].via, None);
}

#[test]
fn a_brand_spelt_name_told_is_an_outlet_and_no_persons_surname() {
    let got = run("T\nOstria insisted the fence was “purely defensive”.\n\nA farmer who posted a photo with the words “Welcome home” told TruthCheck Ostria he had not been asked.");
    assert_eq!(got[0].speaker.as_deref(), Some("Ostria"));
    assert_eq!(got[1].speaker.as_deref(), Some("A farmer"));
    assert_eq!(got[1].via.as_deref(), Some("TruthCheck Ostria"));
}

#[test]
fn a_paragraph_before_with_its_own_quotation_lends_no_channel() {
    let got = run("T\nOne baker, who had opened at dawn, told the Fenwick Echo she heard a crack before the ceiling “just came down”.\n\n“There was flour everywhere,” she said.");
    assert_eq!(got[0].via.as_deref(), Some("Fenwick Echo"));
    assert_eq!(got[1].speaker.as_deref(), Some("One baker"));
    assert_eq!(got[1].via, None);
    let got = run("T\nOne baker told the Fenwick Echo she heard a crack before the ceiling “just came down”. “There was flour everywhere,” she said.");
    assert_eq!(got[1].via, None);
    // A lead-in paragraph with no quotation of its own still lends it.
    let got = run("T\nMayor Tom Reilly spoke to Reuters on Monday.\n\n“We were lucky,” he said.");
    assert_eq!(got[0].via.as_deref(), Some("Reuters"));
}

#[test]
fn an_outlet_that_was_told_is_no_speaker() {
    let got = run("T\nPia Lund runs the bakery. “It is far too much,” the Fenwick Echo was told.");
    assert_ne!(got[0].speaker.as_deref(), Some("Fenwick Echo"));
    assert_eq!(got[0].via.as_deref(), Some("Fenwick Echo"));
    let got = run("T\nPia Lund runs the bakery. The Fenwick Echo was told: “It is far too much.”");
    assert_ne!(got[0].speaker.as_deref(), Some("Fenwick Echo"));
    assert_eq!(got[0].via.as_deref(), Some("Fenwick Echo"));
}

#[test]
fn a_dash_credit_and_a_lead_in_column_name_their_channel() {
    let got = run("T\n“Every deal in this war is written in pencil.” — Mira Haddad, a civil society activist, in a post on X on Sunday.");
    assert_eq!((got[0].speaker.as_deref(), got[0].via.as_deref()), (Some("Mira Haddad"), Some("X")));
    let got = run("T\n“We will not be moved.” — Mira Haddad, a civil society activist.");
    assert_eq!(got[0].via, None);
    let got = run("T\nIn a column for the business daily Vedomir, former deputy governor Ivan Sokol wrote that “the cost of a loan is now higher than the profit.”");
    assert_eq!(got[0].via.as_deref(), Some("Vedomir"));
}
