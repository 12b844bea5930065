//! Grouping against the gold statements of the seed articles
//! (`tests/seeds.toml` at the workspace root: our copy of the gold reading).
//!
//! The gold texts stand in for perfectly extracted quotations, so these tests
//! judge grouping alone; `end_to_end_*` runs the whole engine on `seeds/` and
//! checks only what grouping controls.

use quote_engine::group::{group, Cluster, Member, Relation};
use quote_engine::model::Kind;
use quote_engine::score::expectations::Expectations;

/// One gold occurrence flattened: statement key, article index, text …
struct Row {
    key: String,
    article: usize,
    text: String,
    speaker: Option<String>,
    kind: Kind,
    translation: bool,
    continues: bool,
}

fn rows() -> Vec<Row> {
    let gold: Expectations = toml::from_str(include_str!("../../tests/seeds.toml")).expect("fixture parses");
    let mut files: Vec<String> = gold.statement.iter().flat_map(|s| s.occurrence.iter().map(|o| o.file.clone())).collect();
    files.sort();
    files.dedup();
    let mut rows = Vec::new();
    for s in &gold.statement {
        for o in &s.occurrence {
            rows.push(Row {
                key: s.key.clone(),
                article: files.binary_search(&o.file).unwrap(),
                text: o.text.clone(),
                speaker: s.speaker.clone(),
                kind: if s.kind == "quote" { Kind::Quote } else { Kind::Phrase },
                translation: o.variant.as_deref() == Some("translation"),
                continues: o.continues,
            });
        }
    }
    rows
}

/// Members for the rows; split parts flagged as continuing the row before.
fn members(rows: &[Row]) -> Vec<Member<'_>> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            let mut m = Member::new(r.article, &r.text, r.speaker.as_deref(), r.kind);
            m.continues = r.continues.then(|| i - 1);
            m
        })
        .collect()
}

fn cluster_ids(clusters: &[Cluster], count: usize) -> Vec<usize> {
    let mut ids = vec![usize::MAX; count];
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            ids[m] = c;
        }
    }
    assert!(ids.iter().all(|&c| c != usize::MAX), "every member is clustered");
    ids
}

/// Pair-level scores: (wording pairs grouped, wording pairs, translation pairs
/// grouped, translation pairs, grouped pairs correct, grouped pairs).
fn pair_metrics(rows: &[Row], ids: &[usize]) -> [usize; 6] {
    let mut m = [0usize; 6];
    for i in 0..rows.len() {
        for j in i + 1..rows.len() {
            let gold = rows[i].key == rows[j].key;
            let grouped = ids[i] == ids[j];
            if gold {
                let slot = if rows[i].translation || rows[j].translation { 2 } else { 0 };
                m[slot + 1] += 1;
                m[slot] += usize::from(grouped);
            }
            if grouped {
                m[5] += 1;
                m[4] += usize::from(gold);
            }
        }
    }
    m
}

fn check_acceptance(rows: &[Row], ids: &[usize]) {
    for key in ["konashenkov-mercenaries", "konashenkov-criminals", "zelensky-first-of-16000", "norwegian-stop-them-here"] {
        let clusters: Vec<usize> = rows.iter().zip(ids).filter(|(r, _)| r.key == key).map(|(_, &c)| c).collect();
        assert!(clusters.windows(2).all(|w| w[0] == w[1]), "{key} is split: {clusters:?}");
    }
    for i in 0..rows.len() {
        for j in i + 1..rows.len() {
            assert!(
                ids[i] != ids[j] || rows[i].key == rows[j].key,
                "{} and {} merged:\n  {}\n  {}",
                rows[i].key,
                rows[j].key,
                rows[i].text,
                rows[j].text
            );
        }
    }
}

#[test]
fn gold_statements_group_exactly() {
    let rows = rows();
    let clusters = group(&members(&rows));
    let ids = cluster_ids(&clusters, rows.len());
    check_acceptance(&rows, &ids);
    let m = pair_metrics(&rows, &ids);
    println!(
        "seeds gold pairs: wording {}/{} grouped, translation {}/{} grouped, grouped pairs correct {}/{}",
        m[0], m[1], m[2], m[3], m[4], m[5]
    );
    let statements = rows.iter().map(|r| &r.key).collect::<std::collections::BTreeSet<_>>().len();
    assert_eq!(clusters.len(), statements);
}

#[test]
fn a_split_quotation_exported_as_one_utterance_groups_too() {
    let mut rows = rows();
    let second = rows.iter().position(|r| r.continues).unwrap();
    let joined = format!("{} {}", rows[second - 1].text, rows[second].text);
    rows[second - 1].text = joined;
    rows.remove(second);
    let clusters = group(&members(&rows));
    check_acceptance(&rows, &cluster_ids(&clusters, rows.len()));
}

#[test]
fn relations_to_the_representative_are_recorded() {
    let rows = rows();
    let clusters = group(&members(&rows));
    let relation = |text_start: &str| {
        let m = rows.iter().position(|r| r.text.starts_with(text_start)).unwrap();
        let c = clusters.iter().find(|c| c.members.contains(&m)).unwrap();
        (c.relations[c.members.iter().position(|&x| x == m).unwrap()], rows[c.representative].text.clone())
    };
    let (kiev, representative) = relation("None of the mercenaries the West is sending to Ukraine to fight for the nationalist regime in Kiev");
    assert!(representative.starts_with("None of the mercenaries"), "{representative}");
    assert_eq!(kiev, Relation::Spelling);
    assert_eq!(relation("I wish to make an official statement").0, Relation::Longer);
    assert_eq!(relation("All mercenaries sent by the West").0, Relation::Translation);
    assert_eq!(relation("to think a dozen times before").0, Relation::Part);
    assert_eq!(relation("If we stop them here").0, Relation::Part);
    assert_eq!(relation("The first of 16,000 are coming").0, Relation::Translation);
}

#[test]
fn end_to_end_grouping_on_the_seed_articles() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let index = quote_engine::build_index(quote_engine::corpus::read_dir(&seeds).expect("seeds read"));
    // Every occurrence resolves to the statement that holds it.
    for statement in &index.statements {
        assert_eq!(index.statement(&statement.id).map(|s| &s.id), Some(&statement.id));
        for occurrence in &statement.occurrences {
            assert_eq!(index.statement(&occurrence.id).map(|s| &s.id), Some(&statement.id));
        }
        assert_eq!(statement.occurrences[0].relation, Relation::Same);
        let mut articles: Vec<&str> = statement.occurrences.iter().map(|o| o.article.as_str()).collect();
        articles.sort_unstable();
        articles.dedup();
        assert_eq!(statement.article_count as usize, articles.len());
    }
    // Whatever the extractor finds of the mercenaries statement is one statement.
    let mercenaries: Vec<&str> = index
        .statements
        .iter()
        .filter(|s| s.occurrences.iter().any(|o| o.text.contains("mercenaries the West is sending")))
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(mercenaries.len(), 1, "mercenaries renderings split across statements");
    // Phrases never sit in a statement with quotations.
    for statement in &index.statements {
        let kinds: std::collections::BTreeSet<_> = statement.occurrences.iter().map(|o| o.kind == Kind::Quote).collect();
        assert_eq!(kinds.len(), 1, "phrase and quote mixed in {}", statement.text);
    }
    // None of the five seed articles is a copy of another.
    assert!(index.articles.iter().all(|a| a.republished_from.is_none()));
}
