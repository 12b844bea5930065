//! A small deterministic generator (xorshift64*) for the property tests, so
//! failures reproduce without a fuzzing dependency. Included by the tests
//! with `#[path = "support/rng.rs"] mod rng;`.

/// The generator's state; any non-zero seed works.
pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    /// The next pseudo-random 64-bit number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// One of `items`, chosen at random.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}
