//! A fixed set of words with fast exact lookup, for the engine's lexicons.
//!
//! Built once (usually in a `OnceLock`) from static word lists; a lookup
//! keys the word by its length and two 8-byte loads and compares at most a
//! few slots of an open-addressing table, instead of string compares down a
//! list. Membership is exact byte equality, the same as `slice::contains`
//! ([`in_list!`] is the drop-in for a `const` list); ASCII-case-insensitive
//! lookups fold capitals inside the key, without allocating.

/// A multiply-rotate hash over 8-byte loads (FxHash-like), seeded with the
/// length: words of up to 16 bytes take two loads (see `key`), longer
/// ones every 8 bytes and the last 8.
#[inline]
pub fn hash(bytes: &[u8]) -> u64 {
    hash_seeded(bytes, 0)
}

/// [`hash`] started from `seed`: with a seed an article cannot know
/// ([`process_seed`]), it cannot choose words that collide.
#[inline]
pub fn hash_seeded(bytes: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, v: u64| (h.rotate_left(5) ^ v).wrapping_mul(K);
    let n = bytes.len();
    let mut h = (n as u64 ^ seed).wrapping_mul(K);
    if n <= 16 {
        let (a, b) = key(bytes);
        h = step(step(h, a), b);
    } else {
        let mut at = 0;
        while at + 8 < n {
            h = step(h, read8(bytes, at));
            at += 8;
        }
        h = step(h, read8(bytes, n - 8));
    }
    h ^ (h >> 29)
}

/// A number drawn once per process (the standard library's random hash
/// keys), which seeds the engine's fast hash maps: keys come from article
/// text, and an article must not be able to make them collide. It changes
/// where keys sit in a map, never what a lookup answers; no output depends
/// on the order of a map.
pub fn process_seed() -> u64 {
    static SEED: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *SEED.get_or_init(|| {
        use std::hash::BuildHasher;
        std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64)
    })
}

/// A fast hasher for short string keys (FxHash-style), started from a
/// seed ([`FastState`] gives it the process's); the seed enters the hash
/// of every string, so collisions cannot be planned without it.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0.rotate_left(5) ^ hash_seeded(bytes, self.0)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`FastHasher`]s seeded with [`process_seed`] (read once per map).
#[derive(Clone, Copy)]
pub struct FastState(u64);

impl Default for FastState {
    fn default() -> Self {
        FastState(process_seed())
    }
}

impl std::hash::BuildHasher for FastState {
    type Hasher = FastHasher;

    fn build_hasher(&self) -> FastHasher {
        FastHasher(self.0)
    }
}

/// A `HashMap` with [`FastHasher`], seeded per process.
pub type FastMap<K, V> = std::collections::HashMap<K, V, FastState>;

/// An immutable set of `'static` words, each with a small bit mask of
/// flags (which lists it came from).
///
/// A word is keyed by its length and at most two 8-byte loads (first and
/// last eight bytes, overlapping for short words), so words of up to 16
/// bytes compare as three integers, with no string compare and no pointer
/// to follow; longer words compare their text too. The open-addressing
/// table holds 32-bit slots (a 16-bit tag of the hash and the entry's
/// index), so most absent words are turned away inside one small array and
/// the entries themselves stay dense.
pub struct WordSet {
    table: Vec<u32>,
    entries: Vec<Slot>,
    long: Vec<&'static str>,
    shift: u32,
}

/// One word of the set: `len` is the word's length plus one.
#[derive(Clone, Copy)]
struct Slot {
    a: u64,
    b: u64,
    len: u32,
    flags: u32,
}

/// Reads 8 bytes at `at` (little-endian); `at + 8 <= bytes.len()`.
#[inline(always)]
fn read8(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]))
}

/// Reads 4 bytes at `at` (little-endian); `at + 4 <= bytes.len()`.
#[inline(always)]
fn read4(bytes: &[u8], at: usize) -> u64 {
    u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or([0; 4])))
}

/// The key of a word: together with its length, the two numbers are the
/// word itself for up to 16 bytes (overlapping loads never lose a byte).
#[inline(always)]
fn key(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    if n >= 8 {
        (read8(bytes, 0), read8(bytes, n - 8))
    } else if n >= 4 {
        (read4(bytes, 0) | read4(bytes, n - 4) << 32, 0)
    } else if n > 0 {
        (u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16, 0)
    } else {
        (0, 0)
    }
}

/// `x` with every ASCII capital among its eight bytes made lower-case (the
/// bytes of `u8::make_ascii_lowercase`; other bytes, UTF-8 ones too, unchanged).
#[inline(always)]
fn ascii_lower(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & LOW7;
    let at_least_a = low.wrapping_add(0x3f3f_3f3f_3f3f_3f3f); // high bit set where byte >= 'A'
    let above_z = low.wrapping_add(0x2525_2525_2525_2525); // high bit set where byte > 'Z'
    let upper = at_least_a & !above_z & !x & HIGH;
    x | (upper >> 2)
}

impl WordSet {
    /// A set of every word in `lists` (duplicates are kept once).
    pub fn new(lists: &[&[&'static str]]) -> WordSet {
        Self::from_words(lists.iter().flat_map(|list| list.iter().copied()))
    }

    /// A set of the given words (duplicates are kept once).
    pub fn from_words(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        Self::from_flagged(words.into_iter().map(|w| (w, 1)))
    }

    /// A set of words with flags (below bit 31); a word given twice has its
    /// flags or-ed. At most 65,535 distinct words.
    pub fn from_flagged(words: impl IntoIterator<Item = (&'static str, u32)>) -> WordSet {
        let words: Vec<(&'static str, u32)> = words.into_iter().collect();
        let size = (words.len() * 4).max(16).next_power_of_two();
        let mut set = WordSet { table: vec![0; size], entries: Vec::new(), long: Vec::new(), shift: 64 - size.trailing_zeros() };
        for (word, flags) in words {
            let (a, b) = key(word.as_bytes());
            let (at, tag) = set.probe(a, b, word.len(), |w| w == word);
            if set.table[at] == 0 {
                let index = u16::try_from(set.entries.len()).expect("at most 65,535 words in a WordSet");
                set.table[at] = u32::from(tag) << 16 | u32::from(index);
                set.entries.push(Slot { a, b, len: word.len() as u32 + 1, flags: 0 });
                set.long.push(word);
            }
            let index = (set.table[at] & 0xffff) as usize;
            set.entries[index].flags |= flags;
        }
        set
    }

    /// The table slot of the word with key `a`, `b` and length `len`, or the
    /// empty slot where it would go, and the word's tag; `same` compares the
    /// text of a long word.
    #[inline(always)]
    fn probe(&self, a: u64, b: u64, len: usize, same: impl Fn(&str) -> bool) -> (usize, u16) {
        let len = len as u32 + 1;
        let h = (a ^ b.rotate_left(29) ^ u64::from(len)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let tag = (h >> 20) as u16 | 1;
        let mask = self.table.len() - 1;
        let mut at = (h >> self.shift) as usize;
        loop {
            let t = self.table[at];
            if t == 0 {
                return (at, tag);
            }
            if (t >> 16) as u16 == tag {
                let index = (t & 0xffff) as usize;
                let entry = &self.entries[index];
                if entry.len == len && entry.a == a && entry.b == b && (len <= 17 || same(self.long[index])) {
                    return (at, tag);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// The flags of the word with key `a`, `b`, with bit 31 set when it is
    /// in the set at all (0: absent).
    #[inline(always)]
    fn lookup(&self, a: u64, b: u64, len: usize, same: impl Fn(&str) -> bool) -> u32 {
        let (at, _) = self.probe(a, b, len, same);
        match self.table[at] {
            0 => 0,
            t => self.entries[(t & 0xffff) as usize].flags | 1 << 31,
        }
    }

    /// The flags of `word`, with bit 31 set when it is in the set at all.
    #[inline(always)]
    fn find(&self, word: &str) -> u32 {
        let (a, b) = key(word.as_bytes());
        self.lookup(a, b, word.len(), |w| w == word)
    }

    /// [`WordSet::find`] for `word` with its ASCII capitals lower-cased.
    #[inline(always)]
    fn find_lower(&self, word: &str) -> u32 {
        let (a, b) = key(word.as_bytes());
        self.lookup(ascii_lower(a), ascii_lower(b), word.len(), |w| w.bytes().eq(word.bytes().map(|c| c.to_ascii_lowercase())))
    }

    /// Whether `word` is in the set (exact, case-sensitive).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.find(word) != 0
    }

    /// The flags of `word` (0 when it is not in the set).
    #[inline]
    pub fn flags(&self, word: &str) -> u32 {
        self.find(word) & !(1 << 31)
    }

    /// Whether `word` with its ASCII capitals lower-cased is in the set (the
    /// answer of `contains(&word.to_ascii_lowercase())`, without allocating).
    #[inline]
    pub fn contains_ascii_lower(&self, word: &str) -> bool {
        self.find_lower(word) != 0
    }

    /// The flags of `word` with its ASCII capitals lower-cased.
    #[inline]
    pub fn flags_ascii_lower(&self, word: &str) -> u32 {
        self.find_lower(word) & !(1 << 31)
    }

    /// How many distinct words the set holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the set holds no words.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Whether a word is in a static word list (`in_list!(LIST, word)`, the same
/// answer as `LIST.contains(&word)`): the list is hashed into a [`WordSet`]
/// once per call site, on first use.
macro_rules! in_list {
    ($list:expr, $word:expr) => {{
        static SET: std::sync::OnceLock<$crate::wordset::WordSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::wordset::WordSet::new(&[$list])).contains($word)
    }};
}
pub(crate) use in_list;

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

    #[test]
    fn words_of_every_length_stay_apart() {
        let words: Vec<&'static str> = (0..40).map(|n| &*Box::leak("abcdefghijklmnopqrstuvwxyz0123456789ABCD"[..n].to_string().into_boxed_str())).collect();
        let set = WordSet::from_words(words.iter().copied().step_by(2));
        for (n, w) in words.iter().enumerate() {
            assert_eq!(set.contains(w), n % 2 == 0, "{w:?}");
            let mut other = w.to_string();
            if let Some(c) = other.pop() {
                other.push(if c == 'x' { 'y' } else { 'x' });
                assert!(!set.contains(&other) || other == *w || words.contains(&other.as_str()), "{other:?}");
            }
        }
    }

    #[test]
    fn ascii_capitals_fold_like_the_standard_library() {
        let set = WordSet::new(&[&["said", "according", "x", "ab", "abc", "abcdefghijklmnopqrstu", "é"]]);
        for w in ["SAID", "Said", "said", "ACCORDING", "X", "AB", "aBc", "ABCDEFGHIJKLMNOPQRSTU", "É", "é", "[", "@", "SAIDx", "ÀB", "Sa\u{c9}d"] {
            assert_eq!(set.contains_ascii_lower(w), set.contains(&w.to_ascii_lowercase()), "{w:?}");
        }
        for x in [0u64, u64::MAX, 0x4041_5a5b_6061_7a7b, 0xc1c1_dada_4141_5a5a, 0x8041_c15a_7f00_4d4d] {
            let mut bytes = x.to_le_bytes();
            bytes.make_ascii_lowercase();
            assert_eq!(ascii_lower(x), u64::from_le_bytes(bytes), "{x:x}");
        }
    }

    #[test]
    fn flags_of_a_word_given_twice_are_merged() {
        let set = WordSet::from_flagged([("Lee", 1), ("President", 2), ("Lee", 4)]);
        assert_eq!((set.flags("Lee"), set.flags("President"), set.flags("lee")), (5, 2, 0));
    }
}
