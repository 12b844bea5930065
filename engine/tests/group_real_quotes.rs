//! Precision probe on real quotations from other articles: the quotes of the
//! shared benchmark sets (`../shared/bench`, PolNeAR and the Gender Gap
//! Tracker), grouped as one corpus. Mostly distinct statements, many by the
//! same people; every merge is printed for review. Ignored by default and
//! skipped when the sets are absent: `cargo test --test group_real_quotes -- --ignored --nocapture`.

use quote_engine::group::{group, Member};
use quote_engine::model::Kind;

fn load(path: &str, text_field: &str, speaker_field: &str) -> Vec<(usize, String, Option<String>)> {
    let Ok(body) = std::fs::read_to_string(path) else { return Vec::new() };
    let mut out = Vec::new();
    for (article, line) in body.lines().enumerate() {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        for q in value["quotes"].as_array().into_iter().flatten() {
            let text = q[text_field].as_str().unwrap_or("").to_string();
            let speaker = q[speaker_field].as_str().map(str::to_string).filter(|s| !s.is_empty());
            out.push((article, text, speaker));
        }
    }
    out
}

#[test]
#[ignore]
fn merges_among_real_quotations_are_printed() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/bench");
    let mut quotes = load(&format!("{root}/ggt/gold.jsonl"), "quote", "reference");
    let offset = 1000;
    for (i, file) in ["polnear/dev.jsonl", "polnear/test.jsonl"].iter().enumerate() {
        let more = load(&format!("{root}/{file}"), "content", "source");
        quotes.extend(more.into_iter().map(|(a, t, s)| (a + offset * (i + 1), t, s)));
    }
    if quotes.is_empty() {
        return;
    }
    let members: Vec<Member> =
        quotes.iter().map(|(a, t, s)| Member::new(*a, t, s.as_deref(), Kind::Quote)).collect();
    let clusters = group(&members);
    let mut merged = 0;
    for c in clusters.iter().filter(|c| c.members.len() > 1) {
        merged += 1;
        println!("--- rep {:?}", quotes[c.representative].1);
        for (&m, r) in c.members.iter().zip(&c.relations) {
            println!("  [{:?}] a{} {:?}: {:?}", r, quotes[m].0, quotes[m].2, quotes[m].1);
        }
    }
    println!("{} quotations, {} clusters, {} with several members", quotes.len(), clusters.len(), merged);
}
