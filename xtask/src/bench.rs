//! `cargo xtask bench`: prints the engine's speed figures. First extraction
//! (read, find, attribute, people) in words per second over the benchmark
//! articles in `../shared/bench` (or the seeds, repeated, when that is not
//! here); then it times the grouping stage on 150,000 synthetic
//! quotations (see `engine/tests/support/synthetic.rs`: real seed quotations
//! and random sentences, rendered by families of articles with spelling
//! swaps, truncations, extensions and looser wordings) and prints
//! quotations per second, seconds, and how well the families held together.
//!
//! Last it prints how the whole engine scales on one hostile article
//! ([`crate::bench_hostile`]).
//!
//! Options: `--count N` (default 150000), `--seed S` (default 7),
//! `--runs R` (default 3; the fastest run is reported), `--only extract|group|hostile`.

#[path = "../../engine/tests/support/synthetic.rs"]
mod synthetic;

use anyhow::{bail, Context, Result};
use quote_engine::group::{group, Cluster, Member};
use quote_engine::model::Kind;
use std::collections::HashMap;
use std::time::Instant;

/// Runs the grouping benchmark with the given command-line arguments.
pub fn run(args: &[String]) -> Result<()> {
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).map(String::as_str);
    if only.is_none() || only == Some("extract") {
        print_extraction_speed()?;
    }
    if only.is_none() || only == Some("group") {
        bench_grouping(args)?;
    }
    if only.is_none() || only == Some("hostile") {
        crate::bench_hostile::print_scaling();
    }
    Ok(())
}

/// Extraction speed over the benchmark articles, or the seeds when they are absent.
fn print_extraction_speed() -> Result<()> {
    let bench = crate::workspace::root().join("../shared/bench");
    if bench.exists() {
        return crate::eval::bench_sets::print_speed(&bench);
    }
    println!("extract: ../shared/bench is not here; timing the seeds instead (a small corpus, so a rough figure)");
    let articles = quote_engine::corpus::read_dir(&crate::workspace::seeds())?;
    let texts: Vec<(String, String)> = articles
        .iter()
        .map(|a| (a.file.clone(), a.paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n\n")))
        .collect();
    crate::eval::bench_sets::print_speed_of(&texts);
    Ok(())
}

/// Times grouping of synthetic quotations (`--count`, `--seed`, `--runs`).
fn bench_grouping(args: &[String]) -> Result<()> {
    let count = option(args, "--count", 150_000)?;
    let seed = option(args, "--seed", 7)? as u64;
    let runs = option(args, "--runs", 3)?.max(1);
    let corpus = synthetic::corpus(count, seed);
    let members: Vec<Member> =
        corpus.iter().map(|q| Member::new(q.article, &q.text, Some(&q.speaker), Kind::Quote)).collect();
    let mut best = f64::INFINITY;
    let mut clusters = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        clusters = group(&members);
        best = best.min(started.elapsed().as_secs_f64());
    }
    let truth: Vec<usize> = corpus.iter().map(|q| q.statement).collect();
    let (recall, precision) = pair_scores(&clusters, &truth);
    println!("group: {} quotations in {:.3} s (fastest of {runs}) = {:.0} quotations/s", count, best, count as f64 / best);
    println!(
        "       {} statements in truth, {} clusters; same-statement pairs grouped {:.2}%, grouped pairs correct {:.2}%",
        truth.iter().max().map_or(0, |m| m + 1),
        clusters.len(),
        100.0 * recall,
        100.0 * precision
    );
    println!("       clustering fingerprint {:016x}", fingerprint(&clusters));
    Ok(())
}

/// Pair recall and precision of clusters against the true statement of each member.
fn pair_scores(clusters: &[Cluster], truth: &[usize]) -> (f64, f64) {
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut per_statement: HashMap<usize, usize> = HashMap::new();
    for &t in truth {
        *per_statement.entry(t).or_default() += 1;
    }
    let true_pairs: f64 = per_statement.values().map(|&n| pairs(n)).sum();
    let (mut grouped, mut correct) = (0.0, 0.0);
    for cluster in clusters {
        grouped += pairs(cluster.members.len());
        let mut inside: HashMap<usize, usize> = HashMap::new();
        for &m in &cluster.members {
            *inside.entry(truth[m]).or_default() += 1;
        }
        correct += inside.values().map(|&n| pairs(n)).sum::<f64>();
    }
    (correct / true_pairs.max(1.0), correct / grouped.max(1.0))
}

/// An FNV-1a digest of every cluster's members, representative and
/// relations: equal digests mean the grouping did not change.
fn fingerprint(clusters: &[Cluster]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |value: u64| {
        for byte in value.to_le_bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for cluster in clusters {
        add(cluster.members.len() as u64);
        add(cluster.representative as u64);
        for (&member, &relation) in cluster.members.iter().zip(&cluster.relations) {
            add(member as u64);
            add(relation as u64);
        }
    }
    hash
}

fn option(args: &[String], name: &str, default: usize) -> Result<usize> {
    match args.iter().position(|a| a == name) {
        None => Ok(default),
        Some(at) => match args.get(at + 1) {
            Some(value) => value.parse().with_context(|| format!("{name} expects a number")),
            None => bail!("{name} expects a value"),
        },
    }
}
