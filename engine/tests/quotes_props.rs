//! Property tests for the quotes stage over arbitrary, mark-heavy text: no
//! panic, spans inside their paragraph on character boundaries, and linear
//! time (a megabyte of marks finishes; no timing is asserted).

use quote_engine::quotes;
use quote_engine::read::parse_text;

#[path = "support/rng.rs"]
mod rng;

use rng::Rng;

/// Marks of every kind, words, punctuation, reporting verbs and line breaks.
const ALPHABET: &[&str] = &[
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "『", "』", "‚", "‟", " ", " ", " ", "a", "Word", "said",
    "he said.", ",", ".", "!", "?", ":", ";", "—", "-", "(", ")", "\n", "\n\n", "é", "茅", "9", "’90s", "don’t", "’’", "‘‘",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    (0..pieces).map(|_| rng.pick(ALPHABET)).collect()
}

fn check(text: &str) {
    let article = parse_text("p.txt", text);
    for quotation in quotes::find(&article) {
        assert!(!quotation.parts.is_empty());
        for span in &quotation.parts {
            let paragraph = &article.paragraphs[span.paragraph].text;
            assert!(span.start <= span.end && span.end <= paragraph.len());
            assert!(paragraph.is_char_boundary(span.start) && paragraph.is_char_boundary(span.end));
            assert!(quotation.text.contains(&paragraph[span.start..span.end]));
        }
    }
}

#[test]
fn arbitrary_mark_heavy_text_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let text = random_text(&mut rng, 1 + round % 200);
        check(&text);
    }
}

#[test]
fn a_megabyte_of_marks_finishes() {
    let mut rng = Rng(42);
    let marks = ["“", "”", "\"", "'", "‘", "’", "«", "»", " "];
    let text: String = (0..600_000).map(|_| rng.pick(&marks)).collect();
    assert!(text.len() > 1_000_000);
    check(&text);
    let openers = "“".repeat(350_000);
    check(&openers);
    let singles = "‘a ".repeat(250_000);
    check(&singles);
}
