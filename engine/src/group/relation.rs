//! Relations between two forms, and why they hold.
//!
//! * **spelling**: near-identical wording (each side ≥ 85 % covered by the
//!   other's shingles, lengths within one word) that did not reach the same
//!   matching form;
//! * **part / longer**: ≥ 85 % of the shorter one's words lie, in order, inside
//!   the longer one. Eight words or more suffice; four to seven words (a stock
//!   phrase is that long) need the same named speaker or the same article;
//!   2–3-word fragments only count against quotations of their own article by
//!   the same named speaker, and then word for word;
//! * **overlap**: a shared run of ≥ 8 words, or, for the same named speaker, of
//!   ≥ 6 words covering ≥ 60 % of the shorter: overlapping excerpts of one passage;
//! * **translation**: neither speaker contradicts the other, and the content
//!   stems (stopwords out, light stemming, rare words, numbers and names
//!   weighted up) overlap: weighted containment of the smaller ≥ 0.5 and weighted
//!   Dice ≥ 0.3 with at least three shared stems when both speakers are known
//!   and equal (and shared stems ≥ 30 % of the fewer); much stricter (0.75 /
//!   0.5, six stems) when a speaker is unknown;
//!   stricter again when the two dates are more than 30 days apart.
//!
//! Named speakers that differ block translation, and block the textual
//! relations unless the wording evidence is long (misattribution happens).

use super::features::{Form, MIN_WORDS, SHINGLE};
use super::Relation;

/// Share of the shorter form that must be covered for part/longer.
const PART_COVERAGE: f32 = 0.85;
/// Words a shared run needs to count as an overlap on its own.
const OVERLAP_RUN: usize = 8;

/// How form `a` relates to form `b`, with a strength in `0..=1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    /// `a`'s relation to `b` (`Part`: `a` lies inside `b`).
    pub relation: Relation,
    /// How strong the evidence is; wording beats translation.
    pub score: f32,
}

/// The relation of `a` to `b`, or `None` when they are different statements.
pub fn relate(a: &Form, b: &Form) -> Option<Link> {
    if a.words == b.words {
        return Some(Link { relation: Relation::Same, score: 1.0 });
    }
    let speakers_differ = matches!((a.speaker, b.speaker), (Some(x), Some(y)) if x != y);
    if !a.comparable() || !b.comparable() {
        return short_fragment(a, b, speakers_differ);
    }
    wording(a, b, speakers_differ).or_else(|| translation(a, b, speakers_differ))
}

/// The inverse relation: `b`'s relation to `a` when `a`'s to `b` is `relation`.
pub fn inverse(relation: Relation) -> Relation {
    match relation {
        Relation::Part => Relation::Longer,
        Relation::Longer => Relation::Part,
        other => other,
    }
}

/// A 2–3-word quoted fragment inside a longer quotation of the same article and speaker.
fn short_fragment(a: &Form, b: &Form, speakers_differ: bool) -> Option<Link> {
    let same_speaker = a.speaker.is_some() && !speakers_differ && b.speaker.is_some();
    if a.kind != b.kind || !same_speaker || !shares_article(a, b) {
        return None;
    }
    let (short, long, a_is_short) = if a.words.len() <= b.words.len() { (a, b, true) } else { (b, a, false) };
    if short.words.len() < 2 || long.words.len() < MIN_WORDS {
        return None;
    }
    let inside = long.words.windows(short.words.len()).any(|w| w == short.words.as_slice());
    inside.then_some(Link { relation: if a_is_short { Relation::Part } else { Relation::Longer }, score: 0.9 })
}

/// Same, spelling, part, longer or overlap from shared word shingles.
fn wording(a: &Form, b: &Form, speakers_differ: bool) -> Option<Link> {
    let a_is_short = a.words.len() <= b.words.len();
    let (short, long) = if a_is_short { (a, b) } else { (b, a) };
    let alignment = Alignment::of(short, long);
    let short_cover = alignment.short_covered as f32 / short.words.len() as f32;
    let long_cover = alignment.long_covered as f32 / long.words.len() as f32;
    let same_speaker = a.speaker.is_some() && a.speaker == b.speaker;
    let strong = short.words.len() >= OVERLAP_RUN;
    // Four to seven words can be a stock phrase: only by the same named speaker or in one article.
    let vouched = if strong { !speakers_differ } else { same_speaker || shares_article(a, b) };
    if short_cover >= PART_COVERAGE && (vouched || short.words.len() >= 2 * OVERLAP_RUN) {
        let near_equal = long_cover >= PART_COVERAGE && long.words.len() <= short.words.len() + 1;
        let relation = if near_equal {
            Relation::Spelling
        } else if a_is_short {
            Relation::Part
        } else {
            Relation::Longer
        };
        return Some(Link { relation, score: 0.9 + short_cover / 10.0 });
    }
    let run = alignment.longest_run;
    let overlap = if speakers_differ {
        run >= 2 * OVERLAP_RUN
    } else {
        run >= OVERLAP_RUN || (same_speaker && run >= 6 && short_cover >= 0.6)
    };
    overlap
        .then_some(Link { relation: Relation::Overlap, score: 0.6 + 0.3 * short_cover })
}

/// Another translation or a paraphrase, from weighted content stems.
fn translation(a: &Form, b: &Form, speakers_differ: bool) -> Option<Link> {
    if speakers_differ {
        return None;
    }
    let known = a.speaker.is_some() && b.speaker.is_some();
    let far_apart = matches!((a.day, b.day), (Some(x), Some(y)) if (x - y).abs() > 30);
    let strictness = if far_apart { 0.15 } else { 0.0 };
    let (min_contain, min_dice, min_shared) = if known { (0.5, 0.3, 3) } else { (0.75, 0.5, 6) };
    let shared = SharedStems::of(a, b);
    let smaller = a.stem_total.min(b.stem_total).max(f32::EPSILON);
    let weight_in_smaller = if a.stem_total <= b.stem_total { shared.weight_a } else { shared.weight_b };
    let contain = weight_in_smaller / smaller;
    let dice = (shared.weight_a + shared.weight_b) / (a.stem_total + b.stem_total).max(f32::EPSILON);
    let fewest_stems = a.stems.len().min(b.stems.len());
    let holds = shared.count >= min_shared
        && 10 * shared.count >= 3 * fewest_stems && contain >= min_contain + strictness && dice >= min_dice + strictness;
    holds.then_some(Link { relation: Relation::Translation, score: 0.3 + 0.25 * contain + 0.25 * dice })
}

fn shares_article(a: &Form, b: &Form) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.articles.len() && j < b.articles.len() {
        match a.articles[i].cmp(&b.articles[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The content stems two forms share, with each side's weight for them.
struct SharedStems {
    count: usize,
    weight_a: f32,
    weight_b: f32,
}

impl SharedStems {
    fn of(a: &Form, b: &Form) -> SharedStems {
        let mut shared = SharedStems { count: 0, weight_a: 0.0, weight_b: 0.0 };
        let (mut i, mut j) = (0, 0);
        while i < a.stems.len() && j < b.stems.len() {
            match a.stems[i].0.cmp(&b.stems[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared.count += 1;
                    shared.weight_a += a.stems[i].1;
                    shared.weight_b += b.stems[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared
    }
}

/// How the shorter form's shingles land, in order, in the longer one.
struct Alignment {
    short_covered: usize,
    long_covered: usize,
    longest_run: usize,
}

impl Alignment {
    fn of(short: &Form, long: &Form) -> Alignment {
        let matches = ordered_matches(short, long);
        let mut short_marks = vec![false; short.words.len()];
        let mut long_marks = vec![false; long.words.len()];
        for &(s, l) in &matches {
            for k in 0..SHINGLE {
                short_marks[(s as usize + k).min(short.words.len() - 1)] = true;
                long_marks[(l as usize + k).min(long.words.len() - 1)] = true;
            }
        }
        let (mut longest, mut run) = (0, 0);
        for (i, &(s, l)) in matches.iter().enumerate() {
            let continues = i > 0 && matches[i - 1] == (s.wrapping_sub(1), l.wrapping_sub(1));
            run = if continues { run + 1 } else { 1 };
            longest = longest.max(run);
        }
        Alignment {
            short_covered: short_marks.iter().filter(|&&m| m).count(),
            long_covered: long_marks.iter().filter(|&&m| m).count(),
            longest_run: if longest == 0 { 0 } else { longest + SHINGLE - 1 },
        }
    }
}

/// Shared shingles `(short position, long position)` forming the longest
/// chain that advances in both (a longest increasing subsequence).
fn ordered_matches(short: &Form, long: &Form) -> Vec<(u16, u16)> {
    let mut matches: Vec<(u16, u16)> = Vec::new();
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
    matches.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    longest_chain(&matches)
}

/// The longest subsequence of `matches` (sorted as [`ordered_matches`] sorts
/// them) whose positions strictly increase on both sides.
fn longest_chain(matches: &[(u16, u16)]) -> Vec<(u16, u16)> {
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; matches.len()];
    for (index, &(_, l)) in matches.iter().enumerate() {
        let at = tails.partition_point(|&t| matches[t].1 < l);
        previous[index] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(index);
        } else {
            tails[at] = index;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut cursor = tails.last().copied();
    while let Some(index) = cursor {
        chain.push(matches[index]);
        cursor = previous[index];
    }
    chain.reverse();
    chain
}
