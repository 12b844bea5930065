//! Attribution tests of names beyond "First Last" (`intl_names.rs`): the
//! speaker is the full name as written, and later short mentions resolve
//! to it; different people stay apart.

use super::tests::run;

fn speakers(text: &str) -> Vec<String> {
    run(text).into_iter().map(|a| a.speaker.unwrap_or_default()).collect()
}

#[test]
fn particles_stay_in_the_name_and_the_short_form_finds_it() {
    let got = speakers("T\n“The tally was slow but fair,” said Pieter van der Meulen, who led the observers.\n“Nobody was turned away,” Van der Meulen said.");
    assert_eq!(got, ["Pieter van der Meulen", "Pieter van der Meulen"]);
    let got = speakers("T\n“Credit is drying up,” said Anneke de Vries, an economist.\n“Rates must fall soon,” said Maarten de Groot.\n“Banks are nervous,” De Vries said.");
    assert_eq!(got, ["Anneke de Vries", "Maarten de Groot", "Anneke de Vries"]);
}

#[test]
fn a_spanish_name_with_two_surnames_or_particles_is_one_person() {
    let got = speakers("T\n“We expect a fair count,” said Lucía Ortega Ramos, the candidate.\n“The second round is ours,” Ortega Ramos said.\n“I will not concede,” Ortega said.");
    assert_eq!(got, ["Lucía Ortega Ramos", "Lucía Ortega Ramos", "Lucía Ortega Ramos"]);
    let got = speakers("T\n“The vote was clean,” said Carmen Ruiz de la Fuente.\n“We will govern for all,” Ruiz de la Fuente said.");
    assert_eq!(got, ["Carmen Ruiz de la Fuente", "Carmen Ruiz de la Fuente"]);
}

#[test]
fn arabic_names_keep_bin_and_the_article() {
    let got = speakers("T\n“The talks are stuck,” Tariq bin Rashid al-Harbi, the envoy, told reporters.\n“We are still hopeful,” said Nabil al-Hashimi.\n“There is no deadline,” al-Harbi said.\n“Patience is needed,” Mr al-Hashimi said.\n“A deal is close,” Al-Harbi said.");
    assert_eq!(got, ["Tariq bin Rashid al-Harbi", "Nabil al-Hashimi", "Tariq bin Rashid al-Harbi", "Nabil al-Hashimi", "Tariq bin Rashid al-Harbi"]);
}

#[test]
fn a_korean_family_name_opens_the_name_and_an_office_is_no_name() {
    let got = speakers("T\n“The missiles were tested at night,” said spokeswoman Do Min-ji.");
    assert_eq!(got, ["Do Min-ji"]);
    let got = speakers("T\n“The arrests were unlawful,” Public Defender Nino Beridze said.\n“Detainees need lawyers,” Beridze added.");
    assert_eq!(got, ["Nino Beridze", "Nino Beridze"]);
}

#[test]
fn a_name_opening_with_its_particles_mid_sentence_is_the_person() {
    let got = speakers("T\nThe head of the mission, former diplomat Pieter van der Meulen, spoke on Monday.\n“Nothing we saw would change the result,” van der Meulen said.");
    assert_eq!(got, ["Pieter van der Meulen"]);
}

#[test]
fn a_short_two_word_mention_reads_as_the_whole_name() {
    let paragraphs = ["The race was led by Lucía Ortega Ramos, a senator.", "Ortega Ramos spoke to supporters, and Ana María Ruiz did too."];
    let tokens: Vec<Vec<super::tokens::Token>> = paragraphs
        .iter()
        .map(|p| {
            let mut t = Vec::new();
            super::tokens::tokenize(p, &[], &mut t);
            t
        })
        .collect();
    let m = super::resolve::Mentions::index(&paragraphs, &tokens);
    let names: Vec<&str> = m.list.iter().filter(|m| m.kind == super::names::PhraseKind::Name).map(|m| m.name).collect();
    assert_eq!(names, ["Lucía Ortega Ramos", "Lucía Ortega Ramos", "Ana María Ruiz"]);
}

#[test]
fn a_first_and_last_name_is_the_fuller_name_with_a_patronymic() {
    let text = "T\nMaj. Gen. Dmitri Olegovich Larin spoke in Velograd on Monday.\n“The operation continues as planned,” Dmitri Larin said.\n“We will not comment on talks,” Larin added.";
    assert_eq!(speakers(text), ["Dmitri Olegovich Larin", "Dmitri Olegovich Larin"]);
}

#[test]
fn a_first_surname_alone_as_a_subject_takes_the_next_he() {
    let text = "T\nWith most votes counted, former banker Ramon Estrada Vidal led Lucia Ferrer Soto, a senator. A candidate needs half the votes to win outright.\n\nEstrada, addressing supporters at a hotel shortly after midnight, declared himself the favourite. “The country has spoken,” he said.";
    assert_eq!(speakers(text), ["Ramon Estrada Vidal"]);
}
