//! A least-significant-digit radix sort for `u64` keys: the inverted index
//! sorts hundreds of thousands of packed `(key, form)` entries, where a
//! comparison sort spends most of the candidate stage.

/// Bits per radix digit.
const DIGIT_BITS: u32 = 8;
const BUCKETS: usize = 1 << DIGIT_BITS;

/// Sorts `values` ascending (the same result as `sort_unstable`, as equal
/// `u64`s are indistinguishable). Digits that are the same in every value
/// are skipped, so small keys cost fewer passes.
pub fn sort_u64(values: &mut Vec<u64>) {
    if values.len() < 64 {
        values.sort_unstable();
        return;
    }
    let counts = digit_counts(values);
    let mut scratch = vec![0u64; values.len()];
    for (digit, count) in counts.iter().enumerate() {
        if count.iter().any(|&c| c as usize == values.len()) {
            continue;
        }
        scatter(values, &mut scratch, digit as u32 * DIGIT_BITS, count);
        std::mem::swap(values, &mut scratch);
    }
}

/// For each digit position, how many values have each digit value.
fn digit_counts(values: &[u64]) -> Vec<[u32; BUCKETS]> {
    let mut counts = vec![[0u32; BUCKETS]; (64 / DIGIT_BITS) as usize];
    for &value in values {
        for (digit, count) in counts.iter_mut().enumerate() {
            count[((value >> (digit as u32 * DIGIT_BITS)) as usize) & (BUCKETS - 1)] += 1;
        }
    }
    counts
}

/// One stable counting pass on the digit at `shift`, from `from` into `to`.
fn scatter(from: &[u64], to: &mut [u64], shift: u32, count: &[u32; BUCKETS]) {
    let mut offsets = [0usize; BUCKETS];
    let mut total = 0;
    for (offset, &c) in offsets.iter_mut().zip(count) {
        *offset = total;
        total += c as usize;
    }
    for &value in from {
        let bucket = ((value >> shift) as usize) & (BUCKETS - 1);
        to[offsets[bucket]] = value;
        offsets[bucket] += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::sort_u64;

    #[test]
    fn sorts_like_the_standard_sort() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for len in [0, 1, 63, 64, 1000, 5000] {
            for mask in [u64::MAX, 0xffff, 0xff00_0000_00ff_0000] {
                let mut values: Vec<u64> = (0..len)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        state & mask
                    })
                    .collect();
                let mut want = values.clone();
                want.sort_unstable();
                sort_u64(&mut values);
                assert_eq!(values, want, "len {len} mask {mask:x}");
            }
        }
    }
}
