//! The quotes stage on the five seed articles, against the repository's own
//! expectations (`tests/seeds.toml`, a copy of the team's gold reading of
//! `seeds/`): every occurrence of kind "quote" is found as speech, and
//! nothing of kind "name" is exported as speech.

use quote_engine::model::{Article, Kind, Quotation};
use quote_engine::score::{folded_words, matches, GoldQuote};
use quote_engine::{corpus, quotes};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Expectations {
    statement: Vec<Statement>,
}

#[derive(Deserialize)]
struct Statement {
    key: String,
    kind: String,
    occurrence: Vec<Occurrence>,
}

#[derive(Deserialize)]
struct Occurrence {
    file: String,
    text: String,
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Whether a quotation, or one part of a split one, matches the gold text.
fn carries(article: &Article, quotation: &Quotation, gold: &GoldQuote) -> bool {
    matches(&folded_words(&quotation.text), gold)
        || quotation.parts.len() > 1
            && quotation.parts.iter().any(|s| matches(&folded_words(&article.paragraphs[s.paragraph].text[s.start..s.end]), gold))
}

#[test]
fn every_seed_quote_is_speech_and_no_name_is() {
    let text = std::fs::read_to_string(workspace().join("tests/seeds.toml")).expect("tests/seeds.toml is in the repository");
    let expectations: Expectations = toml::from_str(&text).expect("tests/seeds.toml parses");
    let articles = corpus::read_dir(&workspace().join("seeds")).expect("seeds/ is readable");
    let found: Vec<Vec<Quotation>> = articles.iter().map(quotes::find).collect();
    let mut problems = Vec::new();
    for statement in &expectations.statement {
        for occurrence in &statement.occurrence {
            let index = articles.iter().position(|a| a.file == occurrence.file).expect("gold names a seed file");
            let gold = GoldQuote::from_content(&occurrence.text);
            let speech = found[index].iter().filter(|q| q.kind == Kind::Quote).any(|q| carries(&articles[index], q, &gold));
            match statement.kind.as_str() {
                "quote" if !speech => problems.push(format!("{} [{}]: not found as speech: {:?}", occurrence.file, statement.key, occurrence.text)),
                "name" if speech => problems.push(format!("{} [{}]: a name found as speech: {:?}", occurrence.file, statement.key, occurrence.text)),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
