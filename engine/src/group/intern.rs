//! A string-to-id table for the tokeniser's hot path: every word of every
//! quotation is looked up once. Open addressing over flat slots that keep the
//! full hash and short words inline, so a lookup usually touches one cache
//! line and compares bytes only when the hashes agree.

/// Words up to this many bytes are stored inside their slot.
const INLINE: usize = 16;
/// Marks an empty slot.
const EMPTY: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Slot {
    hash: u64,
    id: u32,
    len: u32,
    /// The word itself when it is short, else its start in the arena (first 4 bytes).
    bytes: [u8; INLINE],
}

const VACANT: Slot = Slot { hash: 0, id: EMPTY, len: 0, bytes: [0; INLINE] };

/// Maps strings to ids (`u32`, never `u32::MAX`).
pub struct Interner {
    slots: Vec<Slot>,
    arena: Vec<u8>,
    used: usize,
    /// The process's hash seed ([`crate::wordset::process_seed`]): words an
    /// article chooses cannot be planned to crowd one run of slots.
    seed: u64,
}

impl Default for Interner {
    fn default() -> Self {
        Interner { slots: vec![VACANT; 1024], arena: Vec::new(), used: 0, seed: crate::wordset::process_seed() }
    }
}

impl Interner {
    /// The id stored for `word`, if any.
    pub fn get(&self, word: &str) -> Option<u32> {
        let hash = hash_bytes(word.as_bytes(), self.seed);
        let mask = self.slots.len() - 1;
        let mut at = self.home(hash);
        loop {
            let slot = &self.slots[at];
            if slot.id == EMPTY {
                return None;
            }
            if slot.hash == hash && self.word_of(slot) == word.as_bytes() {
                return Some(slot.id);
            }
            at = (at + 1) & mask;
        }
    }

    /// Stores `id` for `word`, which must not be present yet.
    pub fn insert(&mut self, word: &str, id: u32) {
        debug_assert!(id != EMPTY && self.get(word).is_none());
        if 2 * (self.used + 1) > self.slots.len() {
            self.grow();
        }
        let bytes = word.as_bytes();
        let mut slot = Slot { hash: hash_bytes(bytes, self.seed), id, len: bytes.len() as u32, bytes: [0; INLINE] };
        if bytes.len() <= INLINE {
            slot.bytes[..bytes.len()].copy_from_slice(bytes);
        } else {
            slot.bytes[..4].copy_from_slice(&(self.arena.len() as u32).to_le_bytes());
            self.arena.extend_from_slice(bytes);
        }
        self.place(slot);
        self.used += 1;
    }

    fn home(&self, hash: u64) -> usize {
        (hash >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    fn word_of<'s>(&'s self, slot: &'s Slot) -> &'s [u8] {
        let len = slot.len as usize;
        if len <= INLINE {
            &slot.bytes[..len]
        } else {
            let start = u32::from_le_bytes(slot.bytes[..4].try_into().expect("4 bytes")) as usize;
            &self.arena[start..start + len]
        }
    }

    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut at = self.home(slot.hash);
        while self.slots[at].id != EMPTY {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }

    fn grow(&mut self) {
        let doubled = vec![VACANT; 2 * self.slots.len()];
        let old = std::mem::replace(&mut self.slots, doubled);
        for slot in old.into_iter().filter(|s| s.id != EMPTY) {
            self.place(slot);
        }
    }
}

/// A multiply-rotate hash of bytes, eight at a time, started from `seed`;
/// the high bits pick the slot.
fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut hash = bytes.len() as u64 ^ seed;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let mut tail = 0u64;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(b) << (8 * i);
    }
    hash = (hash.rotate_left(5) ^ tail).wrapping_mul(K);
    hash ^ (hash >> 29)
}

#[cfg(test)]
mod tests {
    use super::Interner;

    #[test]
    fn finds_what_was_inserted_across_growth() {
        let mut table = Interner::default();
        let words: Vec<String> =
            (0..5000).map(|i| if i % 3 == 0 { format!("a-rather-long-word-number-{i}") } else { format!("w{i}") }).collect();
        for (id, word) in words.iter().enumerate() {
            assert_eq!(table.get(word), None);
            table.insert(word, id as u32);
        }
        for (id, word) in words.iter().enumerate() {
            assert_eq!(table.get(word), Some(id as u32));
        }
        assert_eq!(table.get(""), None);
        assert_eq!(table.get("w5000"), None);
    }
}
