//! End-to-end grouping on `tests/corpus/variants/`: articles written for this
//! check (not tuned on the engine) in which outlets carry a few statements in
//! their own words, with the expected statements in `tests/corpus/variants.toml`.
//!
//! The whole engine runs, from raw files (`corpus::read_dir` + `build_index`).
//! Each gold occurrence is mapped to the exported occurrence of its article
//! that matches it best (the benchmark's rule, [`best_match`]); then every pair
//! of gold occurrences is judged: grouped when both map into one exported
//! statement. A gold occurrence the engine did not find leaves its pairs
//! ungrouped, so extraction misses count against grouping, as a reader sees it.

use anyhow::{Context, Result};
use quote_engine::score::{best_match, folded_words, GoldQuote};
use quote_engine::{build_index, corpus, Index};
use quote_engine::score::expectations::{ExpectedSyndication, Expectations};
use std::path::Path;

/// Pair counts and the problems behind them.
#[derive(Debug, Default)]
pub struct Report {
    /// Same-wording-family pairs (same rendering): total, grouped.
    pub family: (usize, usize),
    /// Translation pairs (different renderings): total, grouped.
    pub translation: (usize, usize),
    /// Grouped gold pairs: total, of which in one gold statement.
    pub grouped: (usize, usize),
    /// Gold occurrences, and how many map to an exported occurrence.
    pub found: (usize, usize),
    /// Expected syndicated copies, and how many are labelled with their original.
    pub syndicated: (usize, usize),
    /// One line per missed pair, wrong merge, unfound occurrence or label.
    pub problems: Vec<String>,
}

impl Report {
    /// Share of same-wording-family pairs grouped.
    pub fn family_recall(&self) -> f64 {
        ratio(self.family.1, self.family.0)
    }

    /// Share of translation pairs grouped.
    pub fn translation_recall(&self) -> f64 {
        ratio(self.translation.1, self.translation.0)
    }

    /// Share of grouped gold pairs that belong to one gold statement.
    pub fn precision(&self) -> f64 {
        ratio(self.grouped.1, self.grouped.0)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// One gold occurrence after mapping: statement key, rendering, where it
/// went (statement index and occurrence id in the index), and a label.
struct Mapped {
    key: String,
    rendering: String,
    target: Option<(usize, String)>,
    label: String,
}

/// Runs the engine on `dir` and judges its grouping against `gold`.
pub fn check(dir: &Path, gold: &Path) -> Result<Report> {
    let text = std::fs::read_to_string(gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let gold: Expectations = toml::from_str(&text).with_context(|| format!("{} is not a variants gold file", gold.display()))?;
    let index = build_index(corpus::read_dir(dir)?);
    let mut report = Report::default();
    let mut mapped = Vec::new();
    for statement in &gold.statement {
        for occurrence in &statement.occurrence {
            let target = locate(&index, &occurrence.file, &occurrence.text);
            report.found.0 += 1;
            match &target {
                Some(_) => report.found.1 += 1,
                None => report.problems.push(format!("not found: {} [{}] {:?}", occurrence.file, statement.key, occurrence.text)),
            }
            let label = format!("{} {:?}", occurrence.file, short(&occurrence.text));
            let rendering = occurrence.rendering.clone().unwrap_or_else(|| "a".into());
            mapped.push(Mapped { key: statement.key.clone(), rendering, target, label });
        }
    }
    judge_pairs(&mapped, &mut report);
    judge_syndication(&index, &gold.syndicated, &mut report);
    Ok(report)
}

/// The statement index and occurrence id of the exported occurrence in
/// `file` that best matches `text`.
fn locate(index: &Index, file: &str, text: &str) -> Option<(usize, String)> {
    let article = index.articles.iter().find(|a| a.file == file)?;
    let candidates: Vec<(Vec<String>, (usize, String))> = index
        .statements
        .iter()
        .enumerate()
        .flat_map(|(s, statement)| statement.occurrences.iter().map(move |o| (s, o)))
        .filter(|(_, o)| o.article == article.id)
        .map(|(s, o)| (folded_words(&o.text), (s, o.id.clone())))
        .collect();
    let quote = GoldQuote::from_content(text);
    best_match(candidates.iter().map(|(words, target)| (words.as_slice(), target.clone())), &quote)
}

fn judge_pairs(mapped: &[Mapped], report: &mut Report) {
    for (i, a) in mapped.iter().enumerate() {
        for b in &mapped[i + 1..] {
            let together = match (&a.target, &b.target) {
                (Some(x), Some(y)) => x.0 == y.0,
                _ => false,
            };
            let pair = format!("{} ~ {}", a.label, b.label);
            if a.key != b.key {
                if together {
                    report.grouped.0 += 1;
                    report.problems.push(format!("wrongly grouped [{} / {}]: {pair}", a.key, b.key));
                }
                continue;
            }
            if together {
                report.grouped.0 += 1;
                report.grouped.1 += 1;
            }
            let (kind, counts) = if a.rendering == b.rendering {
                ("family", &mut report.family)
            } else {
                ("translation", &mut report.translation)
            };
            counts.0 += 1;
            if together {
                counts.1 += 1;
            } else {
                report.problems.push(format!("{kind} pair not grouped [{}]: {pair}", a.key));
            }
        }
    }
}

fn judge_syndication(index: &Index, expected: &[ExpectedSyndication], report: &mut Report) {
    for pair in expected {
        report.syndicated.0 += 1;
        let id_of = |file: &str| index.articles.iter().find(|a| a.file == file);
        let (Some(copy), Some(original)) = (id_of(&pair.copy), id_of(&pair.original)) else {
            report.problems.push(format!("syndication: {} or {} is not in the corpus", pair.copy, pair.original));
            continue;
        };
        if copy.republished_from.as_deref() == Some(original.id.as_str()) {
            report.syndicated.1 += 1;
        } else {
            report.problems.push(format!("syndication: {} not labelled as republished from {}", pair.copy, pair.original));
        }
    }
}

fn short(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().take(9).collect();
    if text.split_whitespace().count() > 9 {
        words.push("…");
    }
    words.join(" ")
}

/// Prints the variants set's pair metrics (and, with `misses`, every problem).
pub fn print(root: &Path, misses: bool) -> Result<Report> {
    let report = check(&root.join("tests/corpus/variants"), &root.join("tests/corpus/variants.toml"))?;
    if misses {
        report.problems.iter().for_each(|p| println!("[variants] {p}"));
    }
    println!(
        "variants: same-wording-family pairs grouped {:.1}% ({}/{}), translation pairs grouped {:.1}% ({}/{}), grouped pairs correct {:.1}% ({}/{}); occurrences found {}/{}; syndicated copies labelled {}/{}",
        100.0 * report.family_recall(),
        report.family.1,
        report.family.0,
        100.0 * report.translation_recall(),
        report.translation.1,
        report.translation.0,
        100.0 * report.precision(),
        report.grouped.1,
        report.grouped.0,
        report.found.1,
        report.found.0,
        report.syndicated.1,
        report.syndicated.0,
    );
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 4's acceptance floors on articles the engine was not tuned on:
    /// ≥ 97% of same-wording-family pairs and ≥ 85% of translation pairs
    /// grouped, ≥ 98% of grouped pairs correct, end to end.
    #[test]
    fn variants_grouping_floors() {
        let report = print(&crate::workspace::root(), true).expect("corpus and gold are readable");
        assert!(report.family_recall() >= 0.97, "same-wording-family pairs grouped {:.3}", report.family_recall());
        assert!(report.translation_recall() >= 0.85, "translation pairs grouped {:.3}", report.translation_recall());
        assert!(report.precision() >= 0.98, "grouped pairs correct {:.3}", report.precision());
        assert_eq!(report.syndicated.0, report.syndicated.1, "syndicated copies labelled");
    }
}
