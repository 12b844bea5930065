//! How the shorter form's shingles land, in order, in the longer one: the
//! evidence behind the wording relations (same, spelling, part, longer,
//! overlap). Comparisons reuse one [`Scratch`], so verifying a candidate
//! pair allocates nothing once the vectors have grown.

use super::features::{Form, SHINGLE};

/// Vectors reused from one comparison to the next.
#[derive(Default)]
pub struct Scratch {
    matches: Vec<(u16, u16)>,
    sorted: Vec<(u16, u16)>,
    bucket_ends: Vec<u32>,
    tails: Vec<u32>,
    previous: Vec<u32>,
    chain: Vec<(u16, u16)>,
}

/// Marks "no previous match" in a chain.
const NONE: u32 = u32::MAX;

/// The shared, in-order wording of two forms.
pub struct Alignment {
    /// Words of the shorter form covered by shared shingles.
    pub short_covered: usize,
    /// Words of the longer form covered by shared shingles.
    pub long_covered: usize,
    /// Words in the longest shared run (0 when nothing is shared).
    pub longest_run: usize,
    /// Positions in the longer form of the first and last shared shingle.
    pub long_span: Option<(usize, usize)>,
}

impl Alignment {
    /// Aligns `short` inside `long`.
    pub fn of(scratch: &mut Scratch, short: &Form, long: &Form) -> Alignment {
        ordered_matches(scratch, short, long);
        let chain = &scratch.chain;
        let (mut longest, mut run) = (0, 0);
        for (i, &(s, l)) in chain.iter().enumerate() {
            let continues = i > 0 && chain[i - 1] == (s.wrapping_sub(1), l.wrapping_sub(1));
            run = if continues { run + 1 } else { 1 };
            longest = longest.max(run);
        }
        Alignment {
            short_covered: covered(chain.iter().map(|m| m.0), short.words.len()),
            long_covered: covered(chain.iter().map(|m| m.1), long.words.len()),
            longest_run: if longest == 0 { 0 } else { longest + SHINGLE - 1 },
            long_span: chain.first().zip(chain.last()).map(|(f, l)| (usize::from(f.1), usize::from(l.1))),
        }
    }
}

/// Words of a `len`-word form covered by shingles starting at the given
/// strictly increasing positions (a shingle covers `[start, start + SHINGLE)`,
/// cut at the end of the form).
fn covered(starts: impl Iterator<Item = u16>, len: usize) -> usize {
    let (mut total, mut end) = (0, 0);
    for start in starts {
        let start = usize::from(start);
        let stop = (start + SHINGLE).min(len);
        let from = start.max(end);
        if stop > from {
            total += stop - from;
        }
        end = end.max(stop);
    }
    total
}

/// Fills `scratch.chain` with the shared shingles `(short position, long
/// position)` forming the longest chain that advances in both (a longest
/// increasing subsequence).
fn ordered_matches(scratch: &mut Scratch, short: &Form, long: &Form) {
    let matches = &mut scratch.matches;
    matches.clear();
    let (mut i, mut j) = (0, 0);
    let (s, l) = (&short.shingles, &long.shingles);
    while i < s.len() && j < l.len() {
        match s[i].0.cmp(&l[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let hash = s[i].0;
                let long_end = j + l[j..].iter().take_while(|x| x.0 == hash).count();
                while i < s.len() && s[i].0 == hash {
                    matches.extend(l[j..long_end].iter().take(8).map(|x| (s[i].1, x.1)));
                    i += 1;
                }
                j = long_end;
            }
        }
    }
    sort_matches(scratch);
    longest_chain(scratch);
}

/// Sorts `scratch.matches` by short position, and by falling long position
/// within one, so that a chain strictly increasing in the long position never
/// repeats a short one. A counting sort on the short position: positions are
/// few and matches are distinct, so the order is the one any sort gives.
fn sort_matches(scratch: &mut Scratch) {
    let Scratch { matches, sorted, bucket_ends, .. } = scratch;
    let Some(last) = matches.iter().map(|m| usize::from(m.0)).max() else { return };
    bucket_ends.clear();
    bucket_ends.resize(last + 1, 0);
    for &(s, _) in matches.iter() {
        bucket_ends[usize::from(s)] += 1;
    }
    let mut total = 0;
    for end in bucket_ends.iter_mut() {
        total += *end;
        *end = total;
    }
    sorted.clear();
    sorted.resize(matches.len(), (0, 0));
    for &(s, l) in matches.iter() {
        let end = &mut bucket_ends[usize::from(s)];
        *end -= 1;
        sorted[*end as usize] = (s, l);
    }
    // Matches of one short position came in rising long order; make it falling.
    let mut start = 0;
    while start < sorted.len() {
        let s = sorted[start].0;
        let end = start + sorted[start..].iter().take_while(|m| m.0 == s).count();
        if end - start > 1 {
            sorted[start..end].sort_unstable_by_key(|m| std::cmp::Reverse(m.1));
        }
        start = end;
    }
    std::mem::swap(matches, sorted);
}

/// The longest subsequence of `scratch.matches` (sorted as
/// [`ordered_matches`] sorts them) whose positions strictly increase on both
/// sides, into `scratch.chain`.
fn longest_chain(scratch: &mut Scratch) {
    let Scratch { matches, tails, previous, chain, .. } = scratch;
    chain.clear();
    if matches.windows(2).all(|w| w[0].1 < w[1].1) {
        // Already increasing on both sides: the whole sequence is the chain.
        chain.extend_from_slice(matches);
        return;
    }
    tails.clear();
    previous.clear();
    for &(_, l) in matches.iter() {
        let at = tails.partition_point(|&t| matches[t as usize].1 < l);
        previous.push(at.checked_sub(1).map_or(NONE, |p| tails[p]));
        let index = previous.len() as u32 - 1;
        if at == tails.len() {
            tails.push(index);
        } else {
            tails[at] = index;
        }
    }
    let mut cursor = tails.last().copied().unwrap_or(NONE);
    while cursor != NONE {
        chain.push(matches[cursor as usize]);
        cursor = previous[cursor as usize];
    }
    chain.reverse();
}
