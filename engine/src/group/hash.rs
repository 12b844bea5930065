//! A small, fast hasher for the grouping stage's hash maps (the
//! multiply-rotate scheme of rustc's FxHash), started from the process's
//! seed ([`crate::wordset::process_seed`]) so that words an article
//! chooses cannot be planned to collide; no output depends on it.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

/// A hash map with [`FastHasher`], seeded per process.
pub type FastMap<K, V> = HashMap<K, V, FastState>;

/// Builds [`FastHasher`]s started from the process's seed (read once per map).
#[derive(Clone, Copy)]
pub struct FastState(u64);

impl Default for FastState {
    fn default() -> Self {
        FastState(crate::wordset::process_seed())
    }
}

impl BuildHasher for FastState {
    type Hasher = FastHasher;

    fn build_hasher(&self) -> FastHasher {
        FastHasher { hash: self.0 }
    }
}

/// FxHash-style hasher: one multiply and rotate per word.
#[derive(Clone, Copy, Default)]
pub struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(tail) ^ ((rest.len() as u64) << 56));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Mixes three word ids into one well-spread 64-bit shingle hash.
pub fn shingle_hash(words: &[u32]) -> u64 {
    let mut hash: u64 = 0x9e37_79b9_7f4a_7c15;
    for &word in words {
        hash ^= u64::from(word).wrapping_add(0x9e37_79b9_7f4a_7c15);
        hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        hash ^= hash >> 31;
    }
    hash
}
