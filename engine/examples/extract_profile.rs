//! Runs extraction (`parse_text` + `extract_all`) over the benchmark articles
//! a few times, for profiling, and prints a fingerprint of every prediction
//! so a speed change can be checked to leave the output as it was.
//!
//! `cargo run --release -p quote-engine --example extract_profile -- [ROUNDS] [FILES…]`
//! FILES default to `../shared/bench/*/*.jsonl` and `seeds/*.txt`; ROUNDS to 1.
//! Under callgrind: `valgrind --tool=callgrind target/release/examples/extract_profile 1`.

use quote_engine::read::parse_text;
use quote_engine::{extract_all, Article};
use std::time::Instant;

/// FNV-1a over a stream of fields, each followed by a separator byte.
struct Fingerprint(u64);

impl Fingerprint {
    fn field(&mut self, text: Option<&str>) {
        let bytes = text.map(str::as_bytes).unwrap_or(b"\x01");
        for &b in bytes.iter().chain(b"\x00") {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1);
    let mut files: Vec<String> = args.iter().filter(|a| a.parse::<usize>().is_err()).cloned().collect();
    if files.is_empty() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        for set in ["polnear/dev", "polnear/test", "ggt/gold"] {
            files.push(format!("{root}/../shared/bench/{set}.jsonl"));
        }
        let mut seeds: Vec<String> = std::fs::read_dir(format!("{root}/seeds"))
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path().display().to_string()).collect())
            .unwrap_or_default();
        seeds.sort();
        files.extend(seeds.into_iter().filter(|p| p.ends_with(".txt")));
    }
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in &files {
        let Ok(content) = std::fs::read_to_string(path) else { continue };
        if path.ends_with(".jsonl") {
            for (n, line) in content.lines().enumerate() {
                let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let id = value["id"].as_str().map(str::to_string).unwrap_or_else(|| format!("{path}#{n}"));
                texts.push((id, value["text"].as_str().unwrap_or_default().to_string()));
            }
        } else {
            texts.push((path.rsplit('/').next().unwrap_or(path).to_string(), content));
        }
    }
    let words: usize = texts.iter().map(|(_, t)| t.split_whitespace().count()).sum();
    let start = Instant::now();
    let mut found = Vec::new();
    for _ in 0..rounds {
        let articles: Vec<Article> = texts.iter().map(|(id, t)| parse_text(id, t)).collect();
        found = extract_all(&articles);
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut print = Fingerprint(0xcbf2_9ce4_8422_2325);
    let mut count = 0;
    for ((id, _), quotations) in texts.iter().zip(&found) {
        for (q, a) in quotations {
            count += 1;
            let kind = format!("{:?}", q.kind);
            for field in [Some(id.as_str()), Some(q.text.as_str()), Some(kind.as_str())] {
                print.field(field);
            }
            for field in [&a.speaker, &a.speaker_as_written, &a.role, &a.cue, &a.via] {
                print.field(field.as_deref());
            }
        }
    }
    println!("{} articles, {words} words, {count} quotations, fingerprint {:016x}", texts.len(), print.0);
    println!("{rounds} rounds in {seconds:.3} s: {:.2} M words/s", (words * rounds) as f64 / seconds / 1e6);
}
