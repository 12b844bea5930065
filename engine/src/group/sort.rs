//! A bucket sort for `u64` keys: the inverted index sorts millions of packed
//! `(key, form)` entries, where a plain comparison sort spends most of the
//! candidate stage. One counting pass distributes the values by their top
//! significant bits; each (small) bucket is then sorted on its own.

/// Below this many values a comparison sort is as fast.
const SMALL: usize = 256;
/// At most this many bits pick the bucket.
const MAX_BUCKET_BITS: u32 = 20;

/// Sorts `values` ascending (the same result as `sort_unstable`, as equal
/// `u64`s are indistinguishable).
pub fn sort_u64(values: &mut Vec<u64>) {
    if values.len() < SMALL {
        values.sort_unstable();
        return;
    }
    let significant = 64 - values.iter().fold(0, |a, &v| a | v).leading_zeros();
    let wanted = (usize::BITS - values.len().leading_zeros()).saturating_sub(3);
    let bits = wanted.clamp(1, MAX_BUCKET_BITS).min(significant.max(1));
    let shift = significant.saturating_sub(bits);
    let starts = bucket_starts(values, shift, bits);
    let mut sorted = vec![0u64; values.len()];
    let mut fill = starts.clone();
    for &value in values.iter() {
        let bucket = (value >> shift) as usize;
        sorted[fill[bucket] as usize] = value;
        fill[bucket] += 1;
    }
    for bucket in starts.windows(2) {
        sorted[bucket[0] as usize..bucket[1] as usize].sort_unstable();
    }
    *values = sorted;
}

/// Where each bucket (value `>> shift`, `bits` wide) starts in the sorted
/// order, plus the total at the end.
fn bucket_starts(values: &[u64], shift: u32, bits: u32) -> Vec<u32> {
    let mut starts = vec![0u32; (1 << bits) + 1];
    for &value in values {
        starts[(value >> shift) as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::sort_u64;

    #[test]
    fn sorts_like_the_standard_sort() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for len in [0, 1, 255, 256, 1000, 5000, 70_000] {
            for mask in [u64::MAX, 0, 1, 0xffff, 0xff00_0000_00ff_0000, 0x7] {
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
