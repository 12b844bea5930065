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
                let b = bytes[end];
                if b < 0x80 {
                    if b.is_ascii_alphanumeric() || b == b'\'' || b == b'-' {
                        end += 1;
                        continue;
                    }
                    next = end + 1;
                    break;
                }
                let c = self.text[end..].chars().next().unwrap_or(' ');
                if c.is_alphanumeric() || c == '’' {
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

/// A word piece without the apostrophes and hyphens at its edges.
fn trim_joiners(mut word: &str) -> &str {
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
    fn short_ids_are_stable() {
        assert_eq!(short_id(fnv1a(b"abc")), short_id(fnv1a(b"abc")));
        assert_ne!(short_id(fnv1a(b"abc")), short_id(fnv1a(b"abd")));
        assert_eq!(short_id(0).len(), 10);
    }
}
