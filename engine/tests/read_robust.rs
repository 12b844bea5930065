//! The read stage never panics and stays linear, whatever the bytes.
//! A small deterministic generator stands in for a fuzzer.

use quote_engine::read::{parse_text, read_article};
use std::time::Instant;

#[path = "support/rng.rs"]
mod rng;

/// Random bytes biased towards the ones the reader treats specially.
struct Bytes(rng::Rng);

impl Bytes {
    fn next(&mut self) -> u64 {
        self.0.next()
    }

    /// Bytes biased towards the ones the reader treats specially.
    fn fill(&mut self, len: usize) -> Vec<u8> {
        const SPECIAL: &[u8] = b"\n\r -#*_[]()`>:=+/\"'\xEF\xBB\xBF\xFF\xFE\xC3\xA9\xE2\x80\x9C\x9D\xE8\x8C\x85\xC2\xA0";
        (0..len)
            .map(|_| {
                let r = self.next();
                match r % 4 {
                    0 => (r >> 8) as u8,
                    1 => SPECIAL[(r >> 8) as usize % SPECIAL.len()],
                    _ => b"abcdefghij KLMNOPQRS. 0123456789"[(r >> 8) as usize % 32],
                }
            })
            .collect()
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    // READ_FUZZ_ROUNDS=1000000 cargo test --release … runs a longer search.
    let rounds = std::env::var("READ_FUZZ_ROUNDS").ok().and_then(|n| n.parse().ok()).unwrap_or(3000);
    let mut generator = Bytes(rng::Rng(0x9E37_79B9_7F4A_7C15));
    for round in 0..rounds {
        let len = (generator.next() % 600) as usize;
        let bytes = generator.fill(len);
        let name = if round % 2 == 0 { "x.md" } else { "x.txt" };
        let article = read_article(name, &bytes);
        for paragraph in &article.paragraphs {
            assert!(!paragraph.text.is_empty());
            assert!(paragraph.line >= 1);
        }
    }
}

#[test]
fn prefixed_byte_order_marks_and_edge_inputs_never_panic() {
    let mut generator = Bytes(rng::Rng(42));
    for prefix in [&b"\xFF\xFE"[..], b"\xFE\xFF", b"\xEF\xBB\xBF", b"---\n", b"+++\n", b""] {
        for _ in 0..300 {
            let len = (generator.next() % 300) as usize;
            let mut bytes = prefix.to_vec();
            bytes.extend(generator.fill(len));
            read_article("y.md", &bytes);
            read_article("y.txt", &bytes);
        }
    }
    for text in ["", "\n", "---", "---\n---", "+++\n+++\n", "#", "[", "[a](", "![", "*", "_", "\u{FEFF}", "By", "Source:"] {
        parse_text("z.md", text);
        parse_text("z.txt", text);
    }
}

#[test]
fn huge_lines_are_read_in_linear_time() {
    let small = "Caf\u{e9} \u{201c}quoted\u{201d} [text](u), said Jane Doe. ".repeat(2_000);
    let large = small.repeat(20);
    let time = |text: &str| {
        let start = Instant::now();
        for name in ["a.txt", "a.md"] {
            let article = read_article(name, text.as_bytes());
            assert_eq!(article.paragraphs.len(), 1);
        }
        start.elapsed().as_secs_f64()
    };
    let (small_time, large_time) = (time(&small), time(&large));
    // Twenty times the input may take at most a few times twenty times as long.
    assert!(large_time < small_time * 80.0 + 0.05, "small {small_time}s, large {large_time}s");
    let many_lines = "Ã©\n\"\n**x\n[y](\n".repeat(50_000);
    assert!(read_article("b.txt", many_lines.as_bytes()).paragraphs.len() > 1000);
    assert!(!read_article("b.md", many_lines.as_bytes()).paragraphs.is_empty());
}
