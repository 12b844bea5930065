//! Small text helpers shared by the stages: words, sentence edges, ids.

/// Splits text into words: runs of letters, digits and in-word apostrophes
/// or hyphens. Punctuation and quotation marks are dropped.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    Words { text, at: 0 }
}

/// The iterator behind [`words`]: one pass over the bytes, ASCII without
/// decoding (the same words as splitting on non-word characters and
/// trimming apostrophes and hyphens from each piece).
struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            let start = self.at;
            let mut end = start;
            let mut next = bytes.len();
            while end < bytes.len() {
                end += word_byte_run(bytes, end, bytes.len(), b"'-");
                let Some(&b) = bytes.get(end) else { break };
                if b < 0x80 {
                    if b.is_ascii_alphanumeric() || b == b'\'' || b == b'-' {
                        end += 1;
                        continue;
                    }
                    next = end + 1;
                    break;
                }
                let c = self.text[end..].chars().next().unwrap_or(' ');
                if is_alphanumeric(c) || c == '’' {
                    end += c.len_utf8();
                    continue;
                }
                next = end + c.len_utf8();
                break;
            }
            self.at = next.max(end);
            let word = trim_joiners(&self.text[start..end]);
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    }
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of every byte of `v` that is an ASCII letter or digit.
#[inline(always)]
fn alphanumeric_bytes(v: u64) -> u64 {
    let low = v & LOW7;
    let in_range = |x: u64, lo: u8, hi: u8| x.wrapping_add(ONES * u64::from(0x80 - lo)) & !x.wrapping_add(ONES * u64::from(0x7f - hi));
    let digit = in_range(low, b'0', b'9');
    let letter = in_range(low | (ONES * 0x20), b'a', b'z');
    (digit | letter) & !v & HIGH
}

/// The high bit of every byte of `v` equal to `byte` (an ASCII byte).
#[inline(always)]
fn bytes_equal(v: u64, byte: u8) -> u64 {
    let x = v ^ (ONES * u64::from(byte));
    !((x & LOW7).wrapping_add(LOW7) | x) & HIGH
}

/// `char::is_alphanumeric`, with General Punctuation (U+2000–U+206F: curly
/// quotation marks, dashes, special spaces), which holds no letter or
/// digit, answered without the Unicode tables: those are the non-ASCII
/// characters news text is fullest of.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// How many bytes from `at` (before `limit`) are ASCII letters, digits or
/// one of `extra` (ASCII bytes): eight bytes are read at a time.
#[inline]
pub fn word_byte_run(bytes: &[u8], at: usize, limit: usize, extra: &[u8]) -> usize {
    let mut run = 0;
    while at + run + 8 <= limit {
        let v = u64::from_le_bytes(bytes[at + run..at + run + 8].try_into().unwrap_or([0; 8]));
        let word = extra.iter().fold(alphanumeric_bytes(v), |m, &b| m | bytes_equal(v, b));
        let stop = !word & HIGH;
        if stop != 0 {
            return run + (stop.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    while at + run < limit && (bytes[at + run].is_ascii_alphanumeric() || extra.contains(&bytes[at + run])) {
        run += 1;
    }
    run
}

/// A word piece without the apostrophes and hyphens at its edges.
fn trim_joiners(mut word: &str) -> &str {
    // Nearly every word starts and ends with an ASCII letter or digit, which no joiner is.
    if word.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) && word.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric) {
        return word;
    }
    loop {
        let b = word.as_bytes();
        if b.first().is_some_and(|&c| c == b'\'' || c == b'-') {
            word = &word[1..];
        } else if let Some(rest) = word.strip_prefix('’') {
            word = rest;
        } else {
            break;
        }
    }
    loop {
        let b = word.as_bytes();
        if b.last().is_some_and(|&c| c == b'\'' || c == b'-') {
            word = &word[..word.len() - 1];
        } else if let Some(rest) = word.strip_suffix('’') {
            word = rest;
        } else {
            break;
        }
    }
    word
}

/// Lower-cases a word and folds curly apostrophes to straight ones.
pub fn fold_word(word: &str) -> String {
    word.chars()
        .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a text has more than `n` words (as [`words`] counts them).
pub fn has_more_words_than(text: &str, n: usize) -> bool {
    words(text).nth(n).is_some()
}

/// A 64-bit FNV-1a hash: stable across platforms and releases, used for ids.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Encodes the low 50 bits of a hash as 10 lower-case base-32 characters.
pub fn short_id(hash: u64) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    (0..10)
        .map(|i| ALPHABET[((hash >> (i * 5)) & 31) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_drop_marks() {
        let got: Vec<_> = words("“I’m sure,” he said — it's 16,000.").collect();
        assert_eq!(got, ["I’m", "sure", "he", "said", "it's", "16", "000"]);
        for text in ["", "'", "’-’", "a", "-’x’-", "é’s—ça, l'été’ 'quoted' x-y-", "“We’re—", "naïve café 12,5"] {
            let slow: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
                .map(|w| w.trim_matches(|c: char| c == '\'' || c == '’' || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(text).collect::<Vec<_>>(), slow, "{text:?}");
        }
    }

    #[test]
    fn alphanumeric_shortcut_agrees_with_char() {
        for c in ('\0'..='\u{2fff}').chain(['\u{ff0c}', '\u{1f600}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn word_byte_runs_match_a_byte_loop() {
        let text = "Don't-stop 12ab_cd ÉCOLE x-y'z “quoted” AZaz09@[`{/:".repeat(3);
        let bytes = text.as_bytes();
        for extra in [&b""[..], b"'-"] {
            for at in 0..bytes.len() {
                for limit in [at, (at + 5).min(bytes.len()), bytes.len()] {
                    let slow = bytes[at..limit].iter().take_while(|b| b.is_ascii_alphanumeric() || extra.contains(b)).count();
                    assert_eq!(word_byte_run(bytes, at, limit, extra), slow, "{at} {limit}");
                }
            }
        }
    }

    #[test]
    fn short_ids_are_stable() {
        assert_eq!(short_id(fnv1a(b"abc")), short_id(fnv1a(b"abc")));
        assert_ne!(short_id(fnv1a(b"abc")), short_id(fnv1a(b"abd")));
        assert_eq!(short_id(0).len(), 10);
    }
}
