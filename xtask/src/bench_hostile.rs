//! `cargo xtask bench --only hostile`: how the whole engine (read, find,
//! attribute, group, index) scales on one hostile article, a paragraph soup
//! of quotation marks, names, pronouns, descriptions and cues drawn at random.
//! Each size doubles the last; a linear engine doubles its time with it, so
//! the printed words per second stay about level. Printed, never asserted.

use std::time::Instant;

/// The pieces the hostile article is drawn from.
const PIECES: &[&str] = &[
    "“", "”", " a ", "“b c d e”", " said ", " he ", " she ", " they ", " it ", " Anna Smith ", " John Doe ", " Smith ",
    " the president ", " the agency ", " according to ", ", ", ". ", "\n\n", " Ms. Lee ", " the ministry said ",
    " added ", " told Reuters ", "\"", "'", " «", "» ", ". He said “we will win.” ",
];

/// Prints seconds and words per second for hostile articles of 100,000,
/// 200,000 and 400,000 pieces.
pub fn print_scaling() {
    for pieces in [100_000, 200_000, 400_000] {
        let text = hostile_article(pieces, 2);
        let words = text.split_whitespace().count();
        let start = Instant::now();
        let article = quote_engine::read::parse_text("hostile.txt", &text);
        std::hint::black_box(quote_engine::build_index(vec![article]));
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "hostile: one article of {} bytes, {words} words: {seconds:.2} s, {:.2} M words/s",
            text.len(),
            words as f64 / seconds / 1e6
        );
    }
}

/// A title line and `pieces` random [`PIECES`] (xorshift from `seed`).
fn hostile_article(pieces: usize, seed: u64) -> String {
    let mut state = seed.max(1);
    let mut text = String::from("Hostile\n\n");
    for _ in 0..pieces {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
    }
    text
}
