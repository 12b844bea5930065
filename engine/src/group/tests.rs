//! Unit tests of the whole grouping stage on small hand-made inputs.

use super::*;

fn quote<'a>(article: usize, text: &'a str, speaker: &'a str) -> Member<'a> {
    Member::new(article, text, Some(speaker), Kind::Quote)
}

fn cluster_of(clusters: &[Cluster], member: usize) -> &Cluster {
    clusters.iter().find(|c| c.members.contains(&member)).expect("every member is clustered")
}

fn relation_of(clusters: &[Cluster], member: usize) -> Relation {
    let c = cluster_of(clusters, member);
    c.relations[c.members.iter().position(|&m| m == member).unwrap()]
}

#[test]
fn identical_matching_forms_group_together() {
    let members = [
        Member::new(0, "We will win.", None, Kind::Quote),
        Member::new(1, "“we WILL win”", None, Kind::Quote),
        Member::new(1, "Something else", None, Kind::Quote),
    ];
    let clusters = group(&members);
    assert_eq!(clusters.len(), 2);
    assert_eq!(clusters[0].members, [0, 1]);
    assert_eq!(clusters[1].members, [2]);
}

#[test]
fn spelling_part_and_longer_join_the_representative() {
    let members = [
        quote(0, "None of the fighters sent to the regime in Kyiv can be considered combatants under the law", "Igor Konashenkov"),
        quote(1, "None of the fighters sent to the regime in Kiev can be considered combatants under the law", "Konashenkov"),
        quote(2, "I declare that none of the fighters sent to the regime in Kyiv can be considered combatants under the law", "Igor Konashenkov"),
        quote(3, "the fighters sent to the regime in Kyiv", "Igor Konashenkov"),
    ];
    let clusters = group(&members);
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    assert_eq!(clusters[0].representative, 0);
    assert_eq!(relation_of(&clusters, 1), Relation::Spelling);
    assert_eq!(relation_of(&clusters, 2), Relation::Longer);
    assert_eq!(relation_of(&clusters, 3), Relation::Part);
}

#[test]
fn different_quotations_of_one_speaker_in_one_article_stay_apart() {
    let members = [
        quote(0, "He thought he could roll into Ukraine and the world would roll over", "Joe Biden"),
        quote(0, "From President Zelensky to every Ukrainian their courage inspires the world", "Joe Biden"),
        quote(0, "Putin sought to shake the foundations of the free world", "Joe Biden"),
    ];
    assert_eq!(group(&members).len(), 3);
}

#[test]
fn phrases_group_only_with_identical_phrases() {
    let members = [
        Member::new(0, "international legion", None, Kind::Phrase),
        Member::new(1, "International Legion", None, Kind::Phrase),
        quote(2, "They will join the international legion and fight for us", "Volodymyr Zelensky"),
    ];
    let clusters = group(&members);
    assert_eq!(clusters.len(), 2);
    assert_eq!(clusters[0].members, [0, 1]);
}

#[test]
fn split_parts_travel_together() {
    let mut members = vec![
        quote(0, "Ukraine receives weapons from its partners on a daily basis,", "Volodymyr Zelensky"),
        quote(0, "The first of 16,000 are on their way to defend freedom.", "Volodymyr Zelensky"),
        quote(1, "The first of 16 000 are coming to defend the liberty of us all", "Zelenskyy"),
    ];
    members[1].continues = Some(0);
    let clusters = group(&members);
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    assert_eq!(relation_of(&clusters, 2), Relation::Translation);
}

#[test]
fn the_same_words_by_different_people_in_short_quotes_stay_apart() {
    let members = [quote(0, "Please do this", "Vladimir Putin"), quote(1, "Please do this", "Joe Biden")];
    assert_eq!(group(&members).len(), 2);
}

#[test]
fn plain_hash_is_the_hash_of_the_folded_words() {
    let members = [
        Member::new(0, "“We’ll WIN,” Kyiv‘s Ärzte said", None, Kind::Quote),
        Member::new(0, "and 16,000 more", None, Kind::Quote),
    ];
    let mut key = String::new();
    for member in &members {
        for word in crate::text::words(member.text) {
            key.push_str(&crate::text::fold_word(word));
            key.push(' ');
        }
    }
    assert_eq!(plain_hash(&members, &[0, 1]), crate::text::fnv1a(key.as_bytes()) | 1);
}

#[test]
fn a_leads_fragment_in_another_translation_joins_its_statement() {
    let putin = "Vladimir Putin";
    let members = [
        quote(0, "consequences you have never seen", putin),
        quote(0, "Whoever tries to interfere with us, or even more so, to create threats to our country and our people, must know that Russia's response will be immediate and will lead you to such consequences as you have never encountered in your history", putin),
        quote(1, "Whoever tries to hinder us, let alone create threats to our country and our people, must know that Russia will respond immediately, and the consequences will be such as you have never seen in your entire history", putin),
        quote(2, "such consequences as you have never encountered in your history", putin),
        quote(0, "We will seek to demilitarise and denazify Ukraine", putin),
    ];
    let clusters = group(&members);
    assert_eq!(cluster_of(&clusters, 0).members, [0, 1, 2, 3], "{clusters:?}");
}

#[test]
fn consecutive_excerpts_of_one_passage_group_by_their_shared_edge() {
    let kuleba = "Dmytro Kuleba";
    let members = [
        quote(0, "Putin has just launched a full-scale invasion of Ukraine. Peaceful Ukrainian cities are under strikes. This is a war of aggression", kuleba),
        quote(1, "This is a war of aggression. Ukraine will defend itself and will win", kuleba),
        quote(2, "Ukraine will defend itself and will win. The world can and must stop Putin. The time to act is now", kuleba),
        // Another speaker's words ending the same way stay apart.
        quote(3, "Nobody doubts it any more: this is a war of aggression", "Josep Borrell"),
    ];
    let clusters = group(&members);
    assert_eq!(cluster_of(&clusters, 0).members, [0, 1, 2], "{clusters:?}");
    assert_eq!(relation_of(&clusters, 2), Relation::Overlap);
}

#[test]
fn a_part_with_one_word_changed_between_shared_runs_is_a_part() {
    let scholz = "Olaf Scholz";
    let members = [
        quote(0, "We are living through a watershed era. And that means that the world afterwards will no longer be the same as the world before", scholz),
        Member::new(1, "the world afterwards is no longer the same as the world before", None, Kind::Quote),
        // Few shared words: not a part.
        quote(2, "the world is no longer what it was", scholz),
    ];
    let clusters = group(&members);
    assert_eq!(cluster_of(&clusters, 0).members, [0, 1], "{clusters:?}");
    assert_eq!(relation_of(&clusters, 1), Relation::Part);
}
