//! How the shorter form's shingles land, in order, in the longer one: the
//! evidence behind the wording relations (same, spelling, part, longer,
//! overlap). Comparisons reuse one [`Scratch`], so verifying a candidate
//! pair allocates nothing once the vectors have grown.

use super::features::{Form, SHINGLE};

/// Vectors reused from one comparison to the next.
#[derive(Default)]
pub struct Scratch {
    matches: Vec<(u16, u16)>,
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
    // By short position, and by falling long position within one, so that a
    // chain strictly increasing in the long position never repeats a short one.
    matches.sort_unstable_by_key(|&(s, l)| (u32::from(s) << 16) | u32::from(u16::MAX - l));
    longest_chain(scratch);
}

/// The longest subsequence of `scratch.matches` (sorted as
/// [`ordered_matches`] sorts them) whose positions strictly increase on both
/// sides, into `scratch.chain`.
fn longest_chain(scratch: &mut Scratch) {
    let Scratch { matches, tails, previous, chain } = scratch;
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
    chain.clear();
    let mut cursor = tails.last().copied().unwrap_or(NONE);
    while cursor != NONE {
        chain.push(matches[cursor as usize]);
        cursor = previous[cursor as usize];
    }
    chain.reverse();
}
