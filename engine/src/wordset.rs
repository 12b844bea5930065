//! A fixed set of words with fast exact lookup, for the engine's lexicons.
//!
//! Built once (usually in a `OnceLock`) from static word lists; a lookup
//! hashes the word's bytes and compares at most a few slots of an
//! open-addressing table, instead of a binary search of string compares.
//! Membership is exact byte equality, the same as `slice::contains`.

/// An immutable set of `'static` words.
pub struct WordSet {
    slots: Vec<Option<&'static str>>,
    mask: usize,
    len: usize,
}

/// A multiply-rotate hash over 8-byte chunks (FxHash-like), seeded with the length.
#[inline]
pub fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let v = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buffer = [0u8; 8];
        buffer[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buffer)).wrapping_mul(K);
    }
    h ^ (h >> 29)
}

/// A fast, deterministic hasher for short string keys inside one call
/// (FxHash-style; not for keys an attacker chooses).
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0.rotate_left(5) ^ hash(bytes)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;

impl WordSet {
    /// A set of every word in `lists` (duplicates are kept once).
    pub fn new(lists: &[&[&'static str]]) -> WordSet {
        Self::from_words(lists.iter().flat_map(|list| list.iter().copied()))
    }

    /// A set of the given words (duplicates are kept once).
    pub fn from_words(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        let words: Vec<&'static str> = words.into_iter().collect();
        let size = (words.len() * 2).max(8).next_power_of_two();
        let mut set = WordSet { slots: vec![None; size], mask: size - 1, len: 0 };
        for word in words {
            let mut at = hash(word.as_bytes()) as usize & set.mask;
            loop {
                match set.slots[at] {
                    Some(w) if w == word => break,
                    Some(_) => at = (at + 1) & set.mask,
                    None => {
                        set.slots[at] = Some(word);
                        set.len += 1;
                        break;
                    }
                }
            }
        }
        set
    }

    /// Whether `word` is in the set (exact, case-sensitive).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let mut at = hash(word.as_bytes()) as usize & self.mask;
        loop {
            match self.slots[at] {
                Some(w) if w.len() == word.len() && w == word => return true,
                Some(_) => at = (at + 1) & self.mask,
                None => return false,
            }
        }
    }

    /// How many distinct words the set holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the set holds no words.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_exactly_its_words() {
        let set = WordSet::new(&[&["said", "says", "according to", ""], &["said", "Mr.", "a-very-long-word-indeed"]]);
        assert_eq!(set.len(), 6);
        for w in ["said", "says", "according to", "", "Mr.", "a-very-long-word-indeed"] {
            assert!(set.contains(w), "{w:?}");
        }
        for w in ["Said", "sai", "saidx", "Mr", "a-very-long-word-indeed!", " "] {
            assert!(!set.contains(w), "{w:?}");
        }
    }
}
