//! Measures how fast the read stage runs and lists the paragraphs it keeps
//! out of the body, over files given on the command line: `.txt`/`.md`
//! articles, or `.jsonl` files with one `{"text": …}` article per line.
//!
//! `cargo run --release -p quote-engine --example read_speed -- seeds/*.txt ../shared/bench/*/*.jsonl`
//! Add `--roles` to print every non-body paragraph, `--meta` to print each
//! article's title, outlet, author and date.

use quote_engine::model::Role;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_roles = args.iter().any(|a| a == "--roles");
    let mut texts: Vec<(String, Vec<u8>)> = Vec::new();
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        if path.ends_with(".jsonl") {
            for (n, line) in String::from_utf8_lossy(&bytes).lines().enumerate() {
                let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let text = value["text"].as_str().unwrap_or_default().as_bytes().to_vec();
                texts.push((format!("{path}#{n}.txt"), text));
            }
        } else {
            texts.push((path.clone(), bytes));
        }
    }
    let total: usize = texts.iter().map(|(_, b)| b.len()).sum();
    if show_roles {
        print_roles(&texts);
    }
    if args.iter().any(|a| a == "--meta") {
        print_metadata(&texts);
    }
    let rounds = (200_000_000 / total.max(1)).clamp(1, 1000);
    let start = Instant::now();
    let mut paragraphs = 0;
    for _ in 0..rounds {
        for (file, bytes) in &texts {
            paragraphs += quote_engine::read::read_article(file, bytes).paragraphs.len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let megabytes = (total * rounds) as f64 / 1e6;
    println!(
        "{} files, {:.2} MB x {rounds} rounds: {:.3} s, {:.0} MB/s ({paragraphs} paragraphs)",
        texts.len(),
        total as f64 / 1e6,
        seconds,
        megabytes / seconds
    );
}

/// Prints each article's title, outlet, author and date.
fn print_metadata(texts: &[(String, Vec<u8>)]) {
    for (file, bytes) in texts {
        let a = quote_engine::read::read_article(file, bytes);
        let title: String = a.title.chars().take(60).collect();
        println!("{file}: {title:?} outlet={:?} author={:?} date={:?}", a.outlet, a.author, a.date);
    }
}

/// Prints every paragraph that is not body text, flagging quotation marks.
fn print_roles(texts: &[(String, Vec<u8>)]) {
    for (file, bytes) in texts {
        let article = quote_engine::read::read_article(file, bytes);
        for p in article.paragraphs.iter().filter(|p| p.role != Role::Body) {
            let quoted = if p.text.contains(['"', '“', '”']) { "Q" } else { " " };
            let text = &p.text;
            println!("{quoted} {:<11} {file}:{} {text}", format!("{:?}", p.role), p.line);
        }
    }
}
