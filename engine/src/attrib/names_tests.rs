//! Tests of the name-phrase scanner (`names.rs`).

use super::names::*;
use super::roles::{Gender, Pronoun};
use super::tokens::Token;
use crate::attrib::tokens::tokenize;

fn phrase_text(text: &str, range: Option<(usize, usize)>, tokens: &[Token]) -> Option<String> {
    range.map(|(a, b)| text[tokens[a].start as usize..tokens[b - 1].end as usize].to_string())
}

fn subject(text: &str, cue_word: &str) -> (Option<String>, Option<String>, Option<PhraseKind>) {
    let mut tokens = Vec::new();
    tokenize(text, &[], &mut tokens);
    let cue = tokens.iter().position(|t| t.text(text) == cue_word).unwrap();
    let p = subject_before(text, &tokens, 0, cue);
    (p.and_then(|p| phrase_text(text, p.name, &tokens)), p.and_then(|p| phrase_text(text, p.role, &tokens)), p.map(|p| p.kind))
}

#[test]
fn titles_are_stripped_and_the_role_kept() {
    let (name, role, kind) = subject("Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov told TASS", "told");
    assert_eq!(name.as_deref(), Some("Igor Konashenkov"));
    assert_eq!(role.as_deref(), Some("Russian Defense Ministry spokesman Maj. Gen."));
    assert_eq!(kind, Some(PhraseKind::Name));
}

#[test]
fn us_legislative_and_county_offices_are_titles() {
    assert_eq!(subject("Majority Whip Lorna Tibbs said", "said").0.as_deref(), Some("Lorna Tibbs"));
    assert_eq!(subject("Supervisor Amos Kettler called", "called").0.as_deref(), Some("Amos Kettler"));
    assert_eq!(subject("Registrar of Voters Dana Whitcomb told", "told").0.as_deref(), Some("Dana Whitcomb"));
}

#[test]
fn appositives_and_parentheticals_are_hopped_over() {
    assert_eq!(subject("Serhii Verkhovod, defence attaché at the embassy, told media", "told").0.as_deref(), Some("Serhii Verkhovod"));
    assert_eq!(subject("Kuleba, for his part, urged all", "urged").0.as_deref(), Some("Kuleba"));
    assert_eq!(subject("the UK's Foreign Secretary Liz Truss said", "said").0.as_deref(), Some("Liz Truss"));
}

#[test]
fn descriptions_stop_at_relative_clauses_and_prepositions() {
    let text = "a 23-year-old Norwegian man who flew to Poland told CTV";
    let mut tokens = Vec::new();
    tokenize(text, &[], &mut tokens);
    let p = subject_before(text, &tokens, 0, 8).unwrap();
    assert_eq!(phrase_text(text, Some(p.written), &tokens).as_deref(), Some("a 23-year-old Norwegian man"));
    assert_eq!(p.kind, PhraseKind::Description);
    assert_eq!(p.gender, Gender::Male);
}

#[test]
fn an_age_between_commas_is_no_role() {
    let (name, role, _) = subject("Marta Lindqvist, 72, said", "said");
    assert_eq!((name.as_deref(), role), (Some("Marta Lindqvist"), None));
    let (name, role, _) = subject("Jonas Weir, 38, a teacher, said", "said");
    assert_eq!((name.as_deref(), role.as_deref()), (Some("Jonas Weir"), Some("a teacher")));
}

#[test]
fn a_relative_clause_between_commas_is_hopped_over() {
    let text = "A hospital administrator, who asked not to be named because she was not allowed to speak, said";
    let mut tokens = Vec::new();
    tokenize(text, &[], &mut tokens);
    let p = subject_before(text, &tokens, 0, tokens.len() - 1).unwrap();
    assert_eq!(phrase_text(text, Some(p.written), &tokens).as_deref(), Some("A hospital administrator"));
    assert_eq!(subject("Ana Moss, who chairs the board because nobody else would, said", "said").0.as_deref(), Some("Ana Moss"));
}

#[test]
fn a_pronoun_right_before_the_cue_is_the_whole_subject() {
    let (_, _, kind) = subject("The board approved a levy to fund what it called a lifeline", "called");
    assert_eq!(kind, Some(PhraseKind::Pronoun(Pronoun::Thing)));
}

#[test]
fn a_subject_stops_before_the_verb_it_runs_into() {
    let text = "Greenpeace seized on the mayor's claim that";
    let mut tokens = Vec::new();
    tokenize(text, &[], &mut tokens);
    let cue = tokens.iter().position(|t| t.text(text) == "claim").unwrap();
    let p = subject_before(text, &tokens, 0, cue).unwrap();
    assert_eq!(phrase_text(text, Some(p.written), &tokens).as_deref(), Some("Greenpeace"));
}

#[test]
fn a_manner_adverb_after_a_finished_subject_is_skipped() {
    assert_eq!(subject("Lena Ortiz, the head of the clinic, firmly told reporters", "told").0.as_deref(), Some("Lena Ortiz"));
    assert_eq!(subject("the Kowalski family said", "said").2, Some(PhraseKind::Description));
}

#[test]
fn a_chain_of_appositives_leads_back_to_the_name() {
    let (name, role, _) = subject("Scott Ruiz, the mayor of Lodi, one of the towns suing the county, said", "said");
    assert_eq!(name.as_deref(), Some("Scott Ruiz"));
    assert_eq!(role.as_deref(), Some("one of the towns"));
}

#[test]
fn an_ampersand_or_plus_joins_one_name() {
    assert_eq!(subject("Marta Diaz, chief economist at Birch + Partners Ltd., said", "said").0.as_deref(), Some("Marta Diaz"));
    assert_eq!(subject("Procter & Gamble said", "said").0.as_deref(), Some("Procter & Gamble"));
}

#[test]
fn a_bare_plural_group_before_the_cue_is_a_subject() {
    assert_eq!(subject("the harvest fell short, local farmers said", "said").2, Some(PhraseKind::Description));
    assert_eq!(subject("Ana Ruiz, head of parks and public works, said", "said").0.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_word_that_is_no_name_is_a_surname_after_a_first_name() {
    assert_eq!(subject("Karen Every, a senior analyst for the region at Bayside Capital, said", "said").0.as_deref(), Some("Karen Every"));
    assert_eq!(subject("Prime Minister Theresa May told", "told").0.as_deref(), Some("Theresa May"));
}

#[test]
fn a_possessive_description_after_a_name_is_its_role() {
    assert_eq!(subject("Ana Lima, Brazil's envoy to Chile, told", "told").0.as_deref(), Some("Ana Lima"));
}

#[test]
fn an_ing_word_before_a_noun_stays_in_the_phrase() {
    let text = "the leading voice of the reform said";
    let mut tokens = Vec::new();
    tokenize(text, &[], &mut tokens);
    let p = read_forward(text, &tokens, 0, 6).unwrap();
    assert_eq!(phrase_text(text, Some(p.written), &tokens).as_deref(), Some("the leading voice"));
    let text = "the firm operating the mine said";
    tokens.clear();
    tokenize(text, &[], &mut tokens);
    let p = read_forward(text, &tokens, 0, 5).unwrap();
    assert_eq!(phrase_text(text, Some(p.written), &tokens).as_deref(), Some("the firm"));
}

#[test]
fn an_ing_word_after_a_plural_noun_opens_a_clause() {
    let text = "one of the local groups offering support said";
    let mut tokens = Vec::new();
    tokenize(text, &[], &mut tokens);
    let p = read_forward(text, &tokens, 0, 7).unwrap();
    assert_eq!(phrase_text(text, Some(p.written), &tokens).as_deref(), Some("one of the local groups"));
}

#[test]
fn failing_a_subject_a_lower_case_role_ends_in_the_name_before_the_cue() {
    assert_eq!(subject("During a spring visit to the plant, then-director of parks Ana Beck said", "said").0.as_deref(), Some("Ana Beck"));
    assert_eq!(subject("Jo Park, head of research at the Institute for the Public Interest, said", "said").0.as_deref(), Some("Jo Park"));
}

#[test]
fn a_member_of_an_organisation_after_a_name_is_its_role() {
    assert_eq!(subject("Rosa Vidal, the trade minister of Spain, a founding member of the European Union, said", "said").0.as_deref(), Some("Rosa Vidal"));
}

#[test]
fn the_name_before_an_appositive_ends_a_longer_clause() {
    assert_eq!(subject("A row broke out on Monday after Lena Holt, Norway's envoy to Chile, told", "told").0.as_deref(), Some("Lena Holt"));
}

#[test]
fn an_inserted_relative_clause_holds_no_speaker() {
    let text = "Joe Nienaber, a 1989 graduate and a county commissioner in Kenton County, where the school is situated, said";
    assert_eq!(subject(text, "said").0.as_deref(), Some("Joe Nienaber"));
}

#[test]
fn a_lower_case_role_joined_by_and_belongs_to_the_name_after_it() {
    let read = |text: &str| {
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        let p = read_forward(text, &tokens, 0, tokens.len()).expect("a phrase");
        (phrase_text(text, p.name, &tokens), phrase_text(text, p.role, &tokens), p.kind)
    };
    let (name, role, kind) = read("oil and gas worker Tom Brand");
    assert_eq!((name.as_deref(), role.as_deref(), kind), (Some("Tom Brand"), Some("oil and gas worker"), PhraseKind::Name));
    assert_eq!(read("longtime friend and neighbour Ann Bell").0.as_deref(), Some("Ann Bell"));
    // Two groups joined by "and" name no one.
    assert_ne!(read("police and firefighters").2, PhraseKind::Name);
}

#[test]
fn a_capitalised_role_noun_opening_a_long_run_is_the_role() {
    assert_eq!(subject("Neighbour Farid Haddad said", "said").0.as_deref(), Some("Farid Haddad"));
    assert_eq!(subject("Witness Tomas Oyelaran told", "told").0.as_deref(), Some("Tomas Oyelaran"));
    // Two words are a name: the role noun may be a given name or a surname.
    assert_eq!(subject("Son Heung-min said", "said").0.as_deref(), Some("Son Heung-min"));
}

#[test]
fn nicknames_and_suffixes_in_full_names() {
    assert_eq!(without_nickname("Robert “Bobby” Kaine"), "Robert Kaine");
    assert_eq!(without_nickname("Jim \"Big Jim\" Lowe"), "Jim Lowe");
    assert_eq!(without_nickname("Conan O'Brien"), "Conan O'Brien");
    assert_eq!(surname_of("Harold Grant Jr."), "Grant");
    assert_eq!(surname_of("Martin Luther King III"), "King");
    assert_eq!(surname_of("Laura Finch"), "Finch");
}

#[test]
fn post_nominals_are_read_off_the_name() {
    assert_eq!(subject("Defence counsel Laura Finch KC told", "told").0.as_deref(), Some("Laura Finch"));
    assert_eq!(subject("Sir Colin Ward OBE said", "said").0.as_deref(), Some("Colin Ward"));
    assert_ne!(subject("a Green MP said", "said").2, Some(PhraseKind::Name));
}

#[test]
fn a_description_after_an_inverted_name_is_its_role() {
    let role = |text: &str| {
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        let p = with_role_after(text, &tokens, read_forward(text, &tokens, 0, tokens.len()).unwrap(), tokens.len());
        phrase_text(text, p.role, &tokens)
    };
    assert_eq!(role("Tom Reddy, a spokesman for the company.").as_deref(), Some("a spokesman for the company"));
    assert_eq!(role("Leila Okon, 29, a nurse at the city hospital.").as_deref(), Some("a nurse at the city hospital"));
    assert_eq!(role("Tom Ek, 33, of Harbour Road."), None);
    assert_eq!(role("Ana Brun, who runs the shop."), None);
}

#[test]
fn a_description_opening_the_sentence_before_a_name_is_its_role() {
    let (name, role, _) = subject("A 38-year-old teacher, Jonas Weir, said", "said");
    assert_eq!((name.as_deref(), role.as_deref()), (Some("Jonas Weir"), Some("A 38-year-old teacher")));
    let (_, role, _) = subject("Labour's shadow transport secretary, Louise Haigh, told", "told");
    assert_eq!(role.as_deref(), Some("Labour's shadow transport secretary"));
    let (_, role, _) = subject("After meeting the minister, Jonas Weir said", "said");
    assert_eq!(role, None);
}

#[test]
fn a_party_state_tag_between_commas_is_an_affiliation_not_a_name() {
    let (name, role, kind) = subject("Senate Minority Leader Lena Voss, D-Ohio, said on the floor", "said");
    assert_eq!((name.as_deref(), role.as_deref(), kind), (Some("Lena Voss"), Some("Senate Minority Leader"), Some(PhraseKind::Name)));
    let (name, role, _) = subject("Oren Pask, R-Texas, told reporters", "told");
    assert_eq!((name.as_deref(), role.as_deref()), (Some("Oren Pask"), Some("R-Texas")));
    assert_eq!(subject("Rep. Kit Amble, D-N.Y., said", "said").0.as_deref(), Some("Kit Amble"));
    assert_eq!(subject("Mae Rusk, I-Vt., said", "said").0.as_deref(), Some("Mae Rusk"));
    assert_eq!(subject("Senator Dale Ekberg, Republican of North Dakota, said", "said").0.as_deref(), Some("Dale Ekberg"));
    assert_eq!(subject("Mona Reyes, Democrat of New Mexico, told", "told").0.as_deref(), Some("Mona Reyes"));
    for tag in ["D-Ohio", "R-Fla.", "I-Vt.", "D-Calif", "R-Wyo.", "D-N.Y."] {
        assert!(super::name_parts::is_party_tag(tag), "{tag}");
    }
    for word in ["D-Day", "I-Team", "X-Men", "R-17", "Smith-Jones", "D"] {
        assert!(!super::name_parts::is_party_tag(word), "{word}");
    }
}

#[test]
fn a_surname_keeps_its_particles_after_a_given_name() {
    assert_eq!(surname_of("Odile Van Hecke"), "Van Hecke");
    assert_eq!(surname_of("Hugo de la Rosa"), "de la Rosa");
    assert_eq!(surname_of("Van Morrison"), "Morrison");
    assert_eq!(surname_of("Harold Grant Jr."), "Grant");
    assert!(is_particle_surname("Van Hecke") && is_particle_surname("de la Rosa"));
    assert!(!is_particle_surname("Odile Van Hecke") && !is_particle_surname("Hecke"));
}

#[test]
fn a_sentence_adverb_before_the_subject_is_skipped() {
    let (_, role, kind) = subject("Later the Ohio Democrat said", "said");
    assert_eq!((role, kind), (None, Some(PhraseKind::Description)));
    assert_eq!(subject("Then Mayor Ida Roux said", "said").0.as_deref(), Some("Ida Roux"));
}

#[test]
fn a_verb_of_habit_stands_between_subject_and_cue() {
    assert_eq!(subject("Brill has taken to calling", "calling").0.as_deref(), Some("Brill"));
    assert_eq!(subject("Nadia Brill kept saying", "saying").0.as_deref(), Some("Nadia Brill"));
}

#[test]
fn a_verb_before_a_determiner_inside_a_subject_ends_a_clause() {
    let written = |text: &str, cue: &str| {
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        let at = tokens.iter().position(|t| t.text(text) == cue).unwrap();
        subject_before(text, &tokens, 0, at).map(|p| phrase_text(text, Some(p.written), &tokens).unwrap())
    };
    assert_eq!(written("The full tape shows the minister did add", "add").as_deref(), Some("the minister"));
    assert_eq!(written("All the ministers said", "said").as_deref(), Some("All the ministers"));
}

#[test]
fn a_determiner_after_a_noun_opens_a_reduced_relative() {
    let written = |text: &str| {
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        let at = tokens.iter().position(|t| t.text(text) == "said").unwrap();
        subject_before(text, &tokens, 0, at).map(|p| phrase_text(text, Some(p.written), &tokens).unwrap())
    };
    assert_eq!(written("a move the senator said").as_deref(), Some("the senator"));
    assert_eq!(written("dumping the Nevada senator said").as_deref(), Some("the Nevada senator"));
    assert_eq!(written("both the senators said").as_deref(), Some("both the senators"));
    assert_eq!(written("one of the senators said").as_deref(), Some("one of the senators"));
    assert_ne!(written("the union that represents the drivers said").as_deref(), Some("the drivers"));
}

#[test]
fn a_moderator_opening_the_sentence_is_a_role_not_part_of_the_name() {
    let (name, role, _) = subject("Moderator Quinn Talbot asked the candidates", "asked");
    assert_eq!((name.as_deref(), role.as_deref()), (Some("Quinn Talbot"), Some("Moderator")));
}

#[test]
fn honorifics_of_other_english_presses_are_no_part_of_the_name() {
    assert_eq!(subject("Metro managing director Shri Arun Rao said", "said").0.as_deref(), Some("Arun Rao"));
    assert_eq!(subject("Ward member Smt Lata Joshi said", "said").0.as_deref(), Some("Lata Joshi"));
    assert_eq!(subject("Cr Pauline Hart said", "said").0.as_deref(), Some("Pauline Hart"));
    assert_eq!(subject("Hon Mere Tipene said", "said").0.as_deref(), Some("Mere Tipene"));
}

#[test]
fn a_role_with_a_body_after_it_ends_in_the_person() {
    let (name, _, kind) = subject("Opposition leader in the Municipal Corporation Ramesh Patil said", "said");
    assert_eq!((name.as_deref(), kind), (Some("Ramesh Patil"), Some(PhraseKind::Name)));
}

#[test]
fn a_person_named_after_a_body_takes_the_pronoun() {
    let text = "T\nOpposition leader in the Municipal Corporation Ramesh Patil alleged that the tenders were rigged. “They were fixed before they were opened,” he said.";
    assert_eq!(super::tests::run(text)[0].speaker.as_deref(), Some("Ramesh Patil"));
}

#[test]
fn a_word_said_twice_is_no_person() {
    let text = "T\nThe inn closed on Sunday. It was the one thing that made Kelby Kelby, regulars said.\n\nKelby has lost its school and now its inn. “It is the end,” he said.";
    assert_ne!(super::tests::run(text)[0].speaker.as_deref(), Some("Kelby Kelby"));
}

#[test]
fn sri_lanka_is_no_person() {
    let text = "T\nSri Lanka's coach was less sure. “The pitch will decide,” he said.";
    assert_ne!(super::tests::run(text)[0].speaker.as_deref(), Some("Lanka"));
}

#[test]
fn a_hyphenated_modifier_before_a_surname_is_no_part_of_the_name() {
    let text = "T\nDr. Asha Kapoor, who leads the team, said the site was safe.\n\nThe Kenyan-born Kapoor has led the team since May. “If we were not here, nobody would know,” she said.";
    assert_eq!(crate::attrib::tests::speaker(text, 0).as_deref(), Some("Asha Kapoor"));
}

#[test]
fn a_surname_that_is_a_place_word_is_a_person_set_off_by_a_role() {
    let text = "T\nNot all students backed the sit-in. Noah Hall, a freshman who lives in one of the older halls, said the protest had “skipped a few steps.”\n\n“There is a housing committee with student seats on it,” Hall said.";
    let got = super::tests::run(text);
    assert_eq!(got[0].speaker.as_deref(), Some("Noah Hall"));
    assert_eq!(got[1].speaker.as_deref(), Some("Noah Hall"));
}

#[test]
fn a_description_keeps_its_prepositional_phrase_up_to_the_cue() {
    let written = |text: &str, cue: &str| {
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        let at = tokens.iter().position(|t| t.text(text) == cue).unwrap();
        subject_before(text, &tokens, 0, at).map(|p| phrase_text(text, Some(p.written), &tokens).unwrap())
    };
    assert_eq!(written("54 percent of likely voters said", "said").as_deref(), Some("54 percent of likely voters"));
    assert_eq!(written("a fight that Democrats on the panel said", "said").as_deref(), Some("Democrats on the panel"));
    assert_eq!(written("Two aides to the senator said", "said").as_deref(), Some("Two aides to the senator"));
    assert_eq!(written("Officials at the agency quickly said", "said").as_deref(), Some("Officials at the agency"));
}

#[test]
fn name_words_split_as_str_split_does() {
    use super::name_parts::{space_words, split_last_word};
    for name in ["", " ", "Lee", "Jo Lee", "Ana de la Cruz", "a  b ", " Jo"] {
        assert_eq!(space_words(name).collect::<Vec<_>>(), name.split(' ').collect::<Vec<_>>(), "{name:?}");
        assert_eq!(split_last_word(name), name.rsplit_once(' '), "{name:?}");
    }
}
