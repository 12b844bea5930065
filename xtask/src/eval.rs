//! `cargo xtask eval`: scores the engine on the seeds gold and the benchmarks.
//!
//! `--set variants` scores end-to-end grouping on `tests/corpus/variants/` and
//! `--set attribution` (and `attribution2` … `attribution9`, later batches) quote
//! finding and attribution on the held-out articles in `tests/corpus/attribution*/`;
//! none needs `../shared`, `all` runs them all. Otherwise uses `../shared/gold/seeds.toml` and `../shared/bench/*` when they exist
//! (as in CI) and says plainly when they do not. The matching rule is
//! [`quote_engine::score`]; the established extractors' figures come from
//! `shared/bench/README.md`.

pub(crate) mod bench_sets;
mod kind_dump;
mod seeds_gold;
mod variants;

use anyhow::Result;
use std::path::PathBuf;

/// One row of the results table.
pub struct Scores {
    /// The set's name.
    pub set: String,
    /// Predicted speech quotations that match a gold quote.
    pub precision: f64,
    /// Gold direct quotes matched.
    pub recall: f64,
    /// Speaker accuracy over matched gold quotes.
    pub speaker: f64,
    /// Number of gold quotes.
    pub gold: usize,
    /// Number of predicted quotes.
    pub predicted: usize,
    /// Cue accuracy over matched gold quotes whose gold cue has a word
    /// (PolNeAR only; `None` where the set annotates no cue).
    pub cue: Option<f64>,
}

impl Scores {
    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        }
    }
}

/// The held-out article sets: each is `tests/corpus/NAME/` scored against
/// `tests/corpus/NAME.toml` by the same evaluator. Each was annotated and
/// committed before the engine was first run on it; the floors are in
/// `eval/seeds_gold.rs`.
pub(crate) const HELD_OUT: &[&str] = &["attribution", "attribution2", "attribution3", "attribution4", "attribution5", "attribution6", "attribution7", "attribution8", "attribution9", "attribution10", "attribution11", "attribution12"];

/// Runs the evaluation. Flags: `--set seeds|dev|test|ggt|variants|attribution|attribution2…12|all`
/// (default all; `variants`, the end-to-end grouping check, and the held-out
/// sets `attribution` … `attribution12` need no `../shared`),
/// `--misses` (print unmatched gold and predictions), `--features` (one
/// line per found quotation with its kind features; needs one bench set),
/// `--shared DIR`, `--polnear FILE` (score any file in PolNeAR's JSON-lines
/// form, such as PolNeAR's train split converted by `xtask/polnear_brat.py`,
/// and nothing else).
pub fn run(args: &[String]) -> Result<()> {
    let root = crate::workspace::root();
    let mut shared = root.join("../shared");
    let mut set = "all".to_string();
    let mut show_misses = false;
    let mut dump_features = false;
    let mut polnear_file: Option<PathBuf> = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--set" => set = rest.next().cloned().unwrap_or_default(),
            "--misses" => show_misses = true,
            "--features" => dump_features = true,
            "--shared" => shared = PathBuf::from(rest.next().cloned().unwrap_or_default()),
            "--polnear" => polnear_file = rest.next().map(PathBuf::from),
            other => anyhow::bail!("unknown eval flag {other:?}; use --set, --misses, --features, --shared, --polnear"),
        }
    }
    if let Some(path) = polnear_file {
        let name = path.file_stem().map_or("polnear".into(), |s| s.to_string_lossy().into_owned());
        print_table(&[bench_sets::evaluate(&name, &path, bench_sets::Format::PolNeAR, show_misses)?]);
        return Ok(());
    }
    if matches!(set.as_str(), "variants" | "all") {
        variants::print(&root, show_misses)?;
        if set == "variants" {
            return Ok(());
        }
    }
    let mut rows = Vec::new();
    for held_out in HELD_OUT {
        if set == *held_out || set == "all" {
            let folder = root.join("tests/corpus").join(held_out);
            let gold = root.join("tests/corpus").join(format!("{held_out}.toml"));
            rows.push(seeds_gold::evaluate(held_out, &folder, &gold, show_misses)?);
        }
        if set == *held_out {
            print_table(&rows);
            return Ok(());
        }
    }
    if !shared.exists() {
        if !rows.is_empty() {
            print_table(&rows);
        }
        println!(
            "eval: {} is not here, so the benchmarks are not scored and their quality-floor tests skipped; \
             the seed expectations (tests/seeds.toml) are still checked by `cargo test`.",
            shared.display()
        );
        return Ok(());
    }
    if dump_features {
        for (name, file, kind) in bench_sets::SETS.iter().filter(|(name, _, _)| set == *name) {
            kind_dump::print(name, &shared.join("bench").join(file), *kind)?;
        }
        return Ok(());
    }
    if matches!(set.as_str(), "seeds" | "all") {
        rows.push(seeds_gold::evaluate("seeds", &root.join("seeds"), &root.join("tests/seeds.toml"), show_misses)?);
    }
    for (name, file, kind) in bench_sets::SETS {
        if set == "all" || set == *name {
            let path = shared.join("bench").join(file);
            rows.push(bench_sets::evaluate(name, &path, *kind, show_misses)?);
        }
    }
    print_table(&rows);
    if matches!(set.as_str(), "all" | "speed") {
        bench_sets::print_speed(&shared.join("bench"))?;
    }
    Ok(())
}

/// Scores as a table beside the established extractors' published figures.
fn print_table(rows: &[Scores]) {
    println!("{:<14} {:>6} {:>6} {:>6} {:>6} {:>8} {:>6} {:>6}", "set", "P", "R", "F1", "spkr", "gold", "pred", "cue");
    for row in rows {
        let cue = row.cue.map_or("-".to_string(), |c| format!("{c:.3}"));
        println!(
            "{:<14} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>8} {:>6} {:>6}",
            row.set, row.precision, row.recall, row.f1(), row.speaker, row.gold, row.predicted, cue
        );
    }
    println!();
    println!("established extractors (shared/bench/README.md), P / R / F1, speaker:");
    println!("  PolNeAR test: GGT extractor .960/.746/.840, .755   textacy .944/.703/.806, .891");
    println!("  GGT:          GGT extractor .935/.844/.887, .440   textacy .955/.765/.850, .546");
}
