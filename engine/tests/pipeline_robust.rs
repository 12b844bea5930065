//! The whole engine (read → quotes → attrib → people → group → index) never
//! panics on arbitrary text, keeps its output consistent, and handles huge
//! adversarial inputs (a quadratic path would make these tests hang).
//! A small deterministic generator stands in for a fuzzer.

use quote_engine::{build_index, read::read_article, Index};
use std::time::Instant;

#[path = "support/rng.rs"]
mod rng;

use rng::Rng;

/// Pieces of news text the stages treat specially, to be shuffled together.
const PIECES: &[&str] = &[
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "「", "」", "‹", "›", " ", " ", " ", ",", ".", ":", "—", "\n", "\n\n",
    "he said", "she told", "said", "according to", "Reuters", "told TASS", "as cited by Tass", "Mr.", "Maj. Gen.",
    "Igor Konashenkov", "Konashenkov", "Zelenskyy", "Volodymyr Zelensky", "they", "the president", "one veteran",
    "We will win", "I'm sure", "Kyiv", "Kiev", "16,000", "…", "[Vladimir]", "Source: The Chronicle", "Attach茅",
    "CafÃ©", "---\ntitle: x\n---\n", "# Heading", "(AFP/Getty Images)", "\u{FEFF}", "\u{0}", "\u{202E}", "é", "ß",
];

fn random_article(rng: &mut Rng) -> Vec<u8> {
    let len = rng.next() % 300;
    let mut text = String::new();
    for _ in 0..len {
        text.push_str(rng.pick(PIECES));
        if rng.next().is_multiple_of(7) {
            text.push(' ');
        }
    }
    let mut bytes = text.into_bytes();
    if rng.next().is_multiple_of(5) && !bytes.is_empty() {
        let at = (rng.next() % bytes.len() as u64) as usize;
        bytes[at] = (rng.next() >> 8) as u8; // an invalid byte somewhere
    }
    bytes
}

/// Every statement and occurrence id resolves, and no occurrence is empty.
fn assert_consistent(index: &Index) {
    for statement in &index.statements {
        assert!(!statement.occurrences.is_empty(), "statement {} has no occurrence", statement.id);
        let owner = index.statement(&statement.id);
        assert_eq!(owner.map(|s| &s.id), Some(&statement.id), "statement id resolves elsewhere: {statement:#?} vs {owner:#?}");
        for occurrence in &statement.occurrences {
            assert!(!occurrence.text.trim().is_empty(), "empty occurrence in {}", statement.id);
            assert!(index.article(&occurrence.article).is_some(), "occurrence names unknown article {}", occurrence.article);
            let owner = index.statement(&occurrence.id).map(|s| &s.id);
            assert_eq!(owner, Some(&statement.id), "occurrence {:?} ({:?}) resolves to another statement: {:#?}", occurrence.id, occurrence.text, index.statements);
        }
    }
}

#[test]
fn arbitrary_corpora_never_panic_and_stay_consistent() {
    let rounds = std::env::var("PIPELINE_FUZZ_ROUNDS").ok().and_then(|n| n.parse().ok()).unwrap_or(300);
    let mut rng = Rng(0x2F6B_1C3D_9A8E_7F01);
    for round in 0..rounds {
        let count = 1 + rng.next() % 6;
        let articles = (0..count)
            .map(|i| read_article(&format!("r{round}/a{i}.txt"), &random_article(&mut rng)))
            .collect();
        assert_consistent(&build_index(articles));
    }
}

#[test]
fn huge_adversarial_articles_finish() {
    let cases: Vec<(&str, String)> = vec![
        ("unclosed marks", "“".repeat(200_000)),
        ("alternating marks", "“a” ".repeat(100_000)),
        ("one huge paragraph of quotes", "“We will win,” he said. ".repeat(20_000)),
        ("names without end", "Igor Konashenkov Mr. Zelensky ".repeat(30_000)),
        ("a quote that never closes", format!("“{}", "word ".repeat(200_000))),
        ("many paragraphs opening quotes", "“Part of a long quote\n".repeat(30_000)),
    ];
    for (name, text) in cases {
        let start = Instant::now();
        let index = build_index(vec![read_article("huge.txt", text.as_bytes())]);
        assert_consistent(&index);
        println!("{name}: {} bytes in {:.2?}", text.len(), start.elapsed());
    }
}

#[test]
fn files_that_slug_alike_get_distinct_article_ids() {
    let articles = ["a/b.txt", "a-b.md", "A-B.txt"]
        .iter()
        .map(|file| read_article(file, "Title\n“We will not give up this fight,” she said.".as_bytes()))
        .collect();
    let index = build_index(articles);
    let mut ids: Vec<&str> = index.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3, "article ids collide: {:?}", index.articles);
    for article in &index.articles {
        assert_eq!(index.article(&article.id).map(|a| &a.file), Some(&article.file), "lookup of {}", article.id);
    }
    assert_consistent(&index);
}
