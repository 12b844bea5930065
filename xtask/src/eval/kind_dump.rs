//! `cargo xtask eval --features`: one line per found quotation (speech or
//! phrase) with the features its kind was decided on and whether it matches
//! a gold quote, for tuning the speech-or-phrase rule on PolNeAR dev.

use super::bench_sets::{gold_quotes, load, Format};
use anyhow::Result;
use quote_engine::model::Kind;
use quote_engine::read::parse_text;
use quote_engine::score::{folded_words, matches};
use std::path::Path;

/// Prints `set, gold-match, kind, words, features, speaker, cue, direct,
/// text` tab-separated.
pub fn print(name: &str, path: &Path, format: Format) -> Result<()> {
    for row in load(path)? {
        let article = parse_text(&row.id, &row.text);
        let gold = gold_quotes(&row, format);
        for (quotation, a, f) in quote_engine::explain(&article) {
            let words = folded_words(&quotation.text);
            let hit = gold.iter().any(|g| matches(&words, &g.quote));
            let kind = if quotation.kind == Kind::Quote { "Q" } else { "p" };
            let (speaker, cue) = (a.speaker.as_deref().unwrap_or("-"), a.cue.as_deref().unwrap_or("-"));
            println!("{name}\t{}\t{kind}\t{}\t{f:?}\t{speaker}\t{cue}\t{}\t{}", u8::from(hit), f.words, a.direct, quotation.text);
        }
    }
    Ok(())
}
