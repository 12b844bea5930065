//! Scoring on a hand-annotated corpus: the seed articles (`tests/seeds.toml`)
//! and the held-out attribution articles (`tests/corpus/attribution.toml`).
//!
//! Every gold occurrence of kind "quote" must be found (by the benchmark's
//! matching rule) with the right speaker, cue and credited outlet; nothing of
//! kind "name" may be exported as a quote.

use super::Scores;
use anyhow::{Context, Result};
use quote_engine::model::{Attribution, Kind, Quotation};
use quote_engine::score::{best_match, folded_words, matches, GoldQuote};
use quote_engine::{corpus, extract_all, Article};
use quote_engine::score::expectations::{ExpectedOccurrence, ExpectedStatement, Expectations};
use std::path::Path;

/// What went wrong for one gold occurrence, or with one prediction.
#[derive(Debug, Default)]
pub struct Report {
    /// One line per problem.
    pub problems: Vec<String>,
    /// Gold quote occurrences, and how many were found.
    pub quotes: (usize, usize),
    /// Found occurrences with the right speaker, cue, and via.
    pub speaker_cue_via: (usize, usize, usize),
    /// Predicted quotes, and how many match a gold quote or phrase.
    pub predicted: (usize, usize),
}

/// Checks the engine's output on `seeds` against the gold file.
pub fn check(seeds: &Path, gold: &Path) -> Result<Report> {
    let text = std::fs::read_to_string(gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let gold: Expectations = toml::from_str(&text).with_context(|| format!("{} is not a gold file", gold.display()))?;
    let articles = corpus::read_dir(seeds)?;
    let found = extract_all(&articles);
    let by_file = |file: &str| articles.iter().position(|a| a.file == file).map(|i| (&articles[i], &found[i][..]));
    let mut report = Report::default();
    for statement in &gold.statement {
        for occurrence in &statement.occurrence {
            let (article, list) = by_file(&occurrence.file).with_context(|| format!("gold names {} which is not in {}", occurrence.file, seeds.display()))?;
            check_occurrence(statement, occurrence, article, list, &mut report);
        }
    }
    for (article, list) in articles.iter().zip(&found) {
        for (q, _) in list.iter().filter(|(q, _)| q.kind == Kind::Quote) {
            report.predicted.0 += 1;
            let words = folded_words(&q.text);
            let known = gold.statement.iter().filter(|s| s.kind != "name").flat_map(|s| &s.occurrence);
            if known.filter(|o| o.file == article.file).any(|o| matches(&words, &GoldQuote::from_content(&o.text))) {
                report.predicted.1 += 1;
            } else {
                report.problems.push(format!("{}: unexpected quote {:?}", article.file, q.text));
            }
        }
    }
    Ok(report)
}

fn check_occurrence(statement: &ExpectedStatement, gold: &ExpectedOccurrence, article: &Article, found: &[(Quotation, Attribution)], report: &mut Report) {
    let quote = GoldQuote::from_content(&gold.text);
    let words: Vec<Vec<String>> = found.iter().map(|(q, _)| folded_words(&q.text)).collect();
    let hit = best_match(words.iter().map(Vec::as_slice).zip(found), &quote).or_else(|| found_as_part(article, found, &quote));
    let where_ = format!("{} [{}]", gold.file, statement.key);
    match (statement.kind.as_str(), hit) {
        ("name", Some((q, _))) if q.kind == Kind::Quote => report.problems.push(format!("{where_}: a name exported as a quote: {:?}", q.text)),
        ("quote", None) => {
            report.quotes.0 += 1;
            report.problems.push(format!("{where_}: not found: {:?}", gold.text));
        }
        ("quote", Some((q, a))) => {
            report.quotes.0 += 1;
            report.quotes.1 += 1;
            if q.kind != Kind::Quote {
                report.problems.push(format!("{where_}: found as a phrase: {:?}", q.text));
            }
            let same = |x: &Option<String>, y: &Option<String>| x.as_deref().map(comparable) == y.as_deref().map(comparable);
            tally(&mut report.speaker_cue_via.0, same(&a.speaker, &statement.speaker), || format!("{where_}: speaker {:?}, want {:?}", a.speaker, statement.speaker), &mut report.problems);
            if gold.cue.is_some() {
                tally(&mut report.speaker_cue_via.1, same(&a.cue, &gold.cue), || format!("{where_}: cue {:?}, want {:?}", a.cue, gold.cue), &mut report.problems);
            } else {
                report.speaker_cue_via.1 += 1;
            }
            tally(&mut report.speaker_cue_via.2, same(&a.via, &gold.via), || format!("{where_}: via {:?}, want {:?}", a.via, gold.via), &mut report.problems);
        }
        _ => {}
    }
}

/// A speaker, cue or outlet as compared with the expectation: lower case,
/// curly apostrophes straight, without a leading "the" ("The Detroit News" and
/// "Detroit News", "Prime Minister’s Office" and "Prime Minister's Office" are
/// the same name).
fn comparable(name: &str) -> String {
    let lower = name.trim().to_lowercase().replace(['’', '‘'], "'");
    lower.strip_prefix("the ").map(str::to_string).unwrap_or(lower)
}

/// The seeds gold lists the parts of one passage split around its
/// attribution as separate occurrences of one statement; the engine exports
/// such a passage as one quotation with several parts. A part that matches
/// the occurrence finds it.
fn found_as_part<'a>(article: &Article, found: &'a [(Quotation, Attribution)], quote: &GoldQuote) -> Option<&'a (Quotation, Attribution)> {
    found.iter().find(|(q, _)| {
        q.parts.len() > 1
            && q.parts.iter().any(|s| matches(&folded_words(&article.paragraphs[s.paragraph].text[s.start..s.end]), quote))
    })
}

fn tally(count: &mut usize, ok: bool, problem: impl FnOnce() -> String, problems: &mut Vec<String>) {
    if ok {
        *count += 1;
    } else {
        problems.push(problem());
    }
}

/// Scores an annotated corpus as a table row named `set` (speaker column:
/// speaker, cue and via all right): the articles in `folder` against the
/// expectation file `gold`.
pub fn evaluate(set: &str, folder: &Path, gold: &Path, show_misses: bool) -> Result<Scores> {
    let report = check(folder, gold)?;
    if show_misses {
        report.problems.iter().for_each(|p| println!("[{set}] {p}"));
    }
    let (total, found) = report.quotes;
    let (speaker, cue, via) = report.speaker_cue_via;
    let (predicted, known) = report.predicted;
    println!("{set}: {found}/{total} gold quotes found; speaker {speaker}, cue {cue}, via {via} right of {found}; {known} of {predicted} predicted quotes are gold quotes or phrases");
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Ok(Scores {
        set: set.into(),
        precision: ratio(known, predicted),
        recall: ratio(found, total),
        speaker: ratio(speaker, found),
        gold: total,
        predicted,
        cue: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_article_or_curly_apostrophe() {
        assert_eq!(comparable("The Detroit News"), comparable("Detroit News"));
        assert_eq!(comparable("Prime Minister’s Office"), comparable("prime minister's office"));
        assert_ne!(comparable("Theodore Hale"), comparable("odore Hale"));
        assert_ne!(comparable("Detroit News"), comparable("Detroit Free Press"));
    }

    /// Every gold quote occurrence of the seeds (repo copy of the gold in
    /// `tests/seeds.toml`) is found with the right speaker, cue and via.
    #[test]
    fn seeds_speaker_cue_and_via_floor() {
        let root = crate::workspace::root();
        let report = check(&root.join("seeds"), &root.join("tests/seeds.toml")).expect("seeds and gold are readable");
        let (total, found) = report.quotes;
        let (speaker, cue, via) = report.speaker_cue_via;
        println!("seeds: {found}/{total}; speaker {speaker}, cue {cue}, via {via}");
        report.problems.iter().for_each(|p| println!("  {p}"));
        assert_eq!(found, total, "every gold quote is found");
        let wrong_kind: Vec<_> = report.problems.iter().filter(|p| p.contains("as a phrase") || p.contains("a name exported")).collect();
        assert!(wrong_kind.is_empty(), "speech found as a phrase, or a name exported as speech: {wrong_kind:#?}");
        // Every seed quote with the right speaker, cue and credited outlet (48 of 48 reached).
        assert!(speaker >= 48, "speaker right for {speaker} of {total}");
        assert!(cue >= 48, "cue right for {cue} of {total}");
        assert!(via >= 48, "via right for {via} of {total}");
    }

    /// Percentages a held-out set must keep: quotes found (of gold), speaker,
    /// cue and via right (of found), predicted quotes known (of predicted);
    /// and how many quoted names may be exported as quotes.
    struct HeldOutFloor {
        found: usize,
        speaker: usize,
        cue: usize,
        via: usize,
        known: usize,
        names_as_quotes: usize,
        /// Whether to print the set's misses (off for a set kept unseen).
        show_misses: bool,
    }

    /// Scores one held-out set (`tests/corpus/NAME/` with `tests/corpus/NAME.toml`)
    /// and returns every way it falls below its floor.
    fn held_out_shortfalls(name: &str, floor: &HeldOutFloor) -> Vec<String> {
        let root = crate::workspace::root();
        let folder = root.join("tests/corpus").join(name);
        let expectations = root.join("tests/corpus").join(format!("{name}.toml"));
        let report = check(&folder, &expectations).expect("held-out articles and expectations are readable");
        let (total, found) = report.quotes;
        let (speaker, cue, via) = report.speaker_cue_via;
        let (predicted, known) = report.predicted;
        println!("{name}: {found}/{total}; speaker {speaker}, cue {cue}, via {via}; {known} of {predicted} predicted known");
        if floor.show_misses {
            report.problems.iter().for_each(|p| println!("  [{name}] {p}"));
        }
        let names_as_quotes = report.problems.iter().filter(|p| p.contains("a name exported")).count();
        let checks = [
            (found * 100 >= total * floor.found, format!("quotes found {found} of {total}, below {}%", floor.found)),
            (speaker * 100 >= found * floor.speaker, format!("speaker right for {speaker} of {found}, below {}%", floor.speaker)),
            (cue * 100 >= found * floor.cue, format!("cue right for {cue} of {found}, below {}%", floor.cue)),
            (via * 100 >= found * floor.via, format!("via right for {via} of {found}, below {}%", floor.via)),
            (known * 100 >= predicted * floor.known, format!("{known} of {predicted} predicted quotes known, below {}%", floor.known)),
            (names_as_quotes <= floor.names_as_quotes, format!("{names_as_quotes} quoted names or terms exported as quotes")),
        ];
        checks.into_iter().filter(|(held, _)| !held).map(|(_, why)| format!("{name}: {why}")).collect()
    }

    /// Each held-out set's floors, a little below its latest measurement, so a
    /// regression fails. The first-run figures (the honest unseen-article
    /// measure) are in each `tests/corpus/NAME.toml` header and the README.
    /// `attribution5`, `attribution9` and `attribution11` are kept unseen: their misses are never
    /// printed.
    const HELD_OUT_FLOORS: &[(&str, HeldOutFloor)] = &[
        // latest: 131/131 found; speaker 119, cue 129, via 131; 117 of 118 known; 1 name as a quote.
        ("attribution", HeldOutFloor { found: 97, speaker: 88, cue: 95, via: 95, known: 95, names_as_quotes: 2, show_misses: true }),
        // latest (session 6): 176/176 found; speaker 174, cue 173, via 175; 128 of 130 known.
        ("attribution2", HeldOutFloor { found: 97, speaker: 97, cue: 95, via: 95, known: 95, names_as_quotes: 2, show_misses: true }),
        // latest: 128/128 found; speaker 122, cue 128, via 127; 102 of 102 known.
        ("attribution3", HeldOutFloor { found: 97, speaker: 92, cue: 95, via: 95, known: 97, names_as_quotes: 1, show_misses: true }),
        // latest (session 6): 207/207 found; speaker 202, cue 204, via 205; 174 of 174 known.
        ("attribution4", HeldOutFloor { found: 97, speaker: 96, cue: 95, via: 95, known: 97, names_as_quotes: 1, show_misses: true }),
        // kept unseen; latest (session 6): 229/235 found; speaker 182, cue 215, via 224; 186 of 194 known.
        ("attribution5", HeldOutFloor { found: 95, speaker: 77, cue: 90, via: 95, known: 93, names_as_quotes: 10, show_misses: false }),
        // latest (session 6): 200/200 found; speaker 189, cue 197, via 197; 151 of 152 known.
        ("attribution6", HeldOutFloor { found: 97, speaker: 92, cue: 95, via: 95, known: 95, names_as_quotes: 2, show_misses: true }),
        // first run 154/159 found, speaker 133; latest (session 6): 159/159; speaker 153, cue 156, via 159; 118 of 119 known.
        ("attribution7", HeldOutFloor { found: 97, speaker: 94, cue: 95, via: 95, known: 95, names_as_quotes: 2, show_misses: true }),
        // first run 157/157 found, speaker 109; latest (session 6): speaker 153, cue 152, via 153; 143 of 144 known.
        ("attribution8", HeldOutFloor { found: 97, speaker: 95, cue: 95, via: 94, known: 97, names_as_quotes: 2, show_misses: true }),
        // kept unseen; first run 150/150 found, speaker 128; latest: speaker 132, cue 146, via 150; 118 of 124 known; 6 names.
        ("attribution9", HeldOutFloor { found: 97, speaker: 85, cue: 95, via: 97, known: 93, names_as_quotes: 7, show_misses: false }),
        // first run 169/169 found, speaker 133, cue 158, via 161; 156 of 164 known; 8 names; latest (session 6): 169/169; speaker 146, cue 160, via 162; 155 of 158 known.
        ("attribution10", HeldOutFloor { found: 97, speaker: 84, cue: 91, via: 93, known: 93, names_as_quotes: 9, show_misses: true }),
        // kept unseen; first run 174/175 found, speaker 129, cue 163, via 165; 167 of 173 known; 6 names; latest (session 6): 174/175; speaker 144, cue 164, via 165; 167 of 172 known.
        ("attribution11", HeldOutFloor { found: 97, speaker: 80, cue: 91, via: 92, known: 94, names_as_quotes: 7, show_misses: false }),
        // first run 130/130 found, speaker 84, cue 114, via 117; 130 of 135 known; 5 names; latest (session 6): 130/130; speaker 111, cue 118, via 118; 130 of 132 known.
        ("attribution12", HeldOutFloor { found: 97, speaker: 83, cue: 85, via: 87, known: 94, names_as_quotes: 9, show_misses: true }),
    ];

    /// Every held-out set keeps its floors; a failure names each set and
    /// figure that fell, all at once.
    #[test]
    fn held_out_sets_keep_their_floors() {
        let shortfalls: Vec<String> = HELD_OUT_FLOORS.iter().flat_map(|(name, floor)| held_out_shortfalls(name, floor)).collect();
        assert!(shortfalls.is_empty(), "held-out floors not kept:\n{}", shortfalls.join("\n"));
    }

    /// Every held-out set the evaluation reads has a floor, and no floor names
    /// a set the evaluation does not read.
    #[test]
    fn every_held_out_set_has_a_floor() {
        let floored: Vec<&str> = HELD_OUT_FLOORS.iter().map(|(name, _)| *name).collect();
        assert_eq!(floored, crate::eval::HELD_OUT, "HELD_OUT_FLOORS and eval::HELD_OUT list the same sets in the same order");
    }
}
