//! Tests of the mention index and of pronoun and description resolution.

use super::*;
use crate::attrib::roles::Pronoun;
use crate::attrib::tokens::tokenize;

fn mentions_of(paragraphs: &[&'static str]) -> (Vec<Vec<Token>>, Vec<&'static str>) {
    let tokens = paragraphs
        .iter()
        .map(|p| {
            let mut t = Vec::new();
            tokenize(p, &[], &mut t);
            t
        })
        .collect();
    (tokens, paragraphs.to_vec())
}

#[test]
fn a_bare_surname_takes_the_full_name_named_earlier() {
    let (tokens, paras) = mentions_of(&["Maj. Gen. Igor Konashenkov spoke.", "Later Konashenkov left."]);
    let m = Mentions::index(&paras, &tokens);
    assert_eq!(m.full_name("Konashenkov", (1, 5)), Some("Igor Konashenkov"));
    assert!(m.list.iter().all(|m| m.strong), "a titled name and its surname alone are persons");
}

#[test]
fn pronouns_skip_people_of_the_other_gender() {
    let (tokens, paras) = mentions_of(&["Mr. John Smith met Mrs. Ann Lee in New York."]);
    let m = Mentions::index(&paras, &tokens);
    let he = resolve_pronoun(&m, Pronoun::Person(Gender::Male), (1, 0), None);
    assert_eq!(he.as_deref(), Some("John Smith"));
    let she = resolve_pronoun(&m, Pronoun::Person(Gender::Female), (1, 0), None);
    assert_eq!(she.as_deref(), Some("Ann Lee"));
}

#[test]
fn the_articles_own_pronouns_and_role_nouns_mark_gender() {
    let (tokens, paras) = mentions_of(&[
        "Mr. John Smith spoke first.",
        "Lee Finell, a manager with the group, said she was unsure.",
        "Her husband Sam Finell was not there.",
    ]);
    let m = Mentions::index(&paras, &tokens);
    assert_eq!(m.gender_of("Lee Finell"), Gender::Female, "the pronoun after her name outweighs the first-name list");
    assert_eq!(m.gender_of("Sam Finell"), Gender::Male, "a role noun before a name marks its gender");
    let she = resolve_pronoun(&m, Pronoun::Person(Gender::Female), (3, 0), None);
    assert_eq!(she.as_deref(), Some("Lee Finell"));
}

#[test]
fn a_gendered_pronoun_looks_past_the_window_for_its_gender() {
    let (tokens, paras) = mentions_of(&["Ms. Wendy Golden lives in Amherst.", "It rained.", "It rained.", "It rained.", "It rained.", "Her son Kody Cook moved away."]);
    let m = Mentions::index(&paras, &tokens);
    let she = resolve_pronoun(&m, Pronoun::Person(Gender::Female), (6, 0), None);
    assert_eq!(she.as_deref(), Some("Wendy Golden"));
}

#[test]
fn definite_descriptions_take_the_person_with_that_role() {
    let (tokens, paras) = mentions_of(&["President Joe Biden spoke before Mr. Tom Wu."]);
    let m = Mentions::index(&paras, &tokens);
    assert_eq!(resolve_description(&m, "the president", PhraseKind::Description, (1, 0)), Some("Joe Biden"));
    assert_eq!(resolve_description(&m, "a veteran", PhraseKind::Description, (1, 0)), None);
}

#[test]
fn a_bare_surname_shared_by_a_couple_takes_the_full_name_of_the_pronouns_gender() {
    let (tokens, paras) = mentions_of(&["Mrs. Orlaith Rant spoke first.", "Then Mr. Anselm Rant left.", "Later Rant wrote a book."]);
    let m = Mentions::index(&paras, &tokens);
    assert_eq!(m.full_name("Rant", (2, 4)), Some("Anselm Rant"));
    assert_eq!(m.full_name_of_gender("Rant", (2, 4), Gender::Female), Some("Orlaith Rant"));
}

#[test]
fn the_one_told_after_an_appositive_is_no_subject_for_a_pronoun() {
    let (tokens, paras) = mentions_of(&["The Harbour Workers Union said the offer was bad.", "Mira Dobrev, its general secretary, told Sky Metro that the union would vote on Friday. “We heard promises before,” she said."]);
    let m = Mentions::index(&paras, &tokens);
    let told = m.list.iter().find(|x| x.name == "Sky Metro").expect("the outlet is a mention");
    assert!(!told.subject);
    let she = resolve_pronoun(&m, Pronoun::Person(Gender::Female), (1, 30), None);
    assert_eq!(she.as_deref(), Some("Mira Dobrev"));
}

#[test]
fn a_name_after_a_many_word_possessive_owner_and_role_is_the_subject() {
    let (tokens, paras) = mentions_of(&[
        "The text, circulated by Norvia and Santa Lorena, demands passage.",
        "Norvia's ambassador, Greta Holm, said the council could not wait.",
        "Santa Lorena's ambassador, Lucia Ferro Alves, went further. She told reporters that the count was wrong.",
    ]);
    let m = Mentions::index(&paras, &tokens);
    let she = resolve_pronoun(&m, Pronoun::Person(Gender::Female), (2, 12), None);
    assert_eq!(she.as_deref(), Some("Lucia Ferro Alves"));
}

#[test]
fn a_utility_named_for_its_trade_is_the_utility_not_a_street_named_before() {
    let (tokens, paras) = mentions_of(&["On Birch Court, where most houses lost their roofs, Ana Ruiz stood in her kitchen.", "Hollow Ridge Electric said about 3,000 customers remained without power. In a statement, the utility said some customers would wait."]);
    let m = Mentions::index(&paras, &tokens);
    assert_eq!(super::super::orgs::resolve_org_noun(&m, "the utility", (1, 20)).as_deref(), Some("Hollow Ridge Electric"));
}
