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
//!   Shingles miss a word changed between two shared runs ("will no longer be
//!   the same" / "is no longer the same"), so when they cover 60–85 % the words
//!   are counted one by one, in order, near the shared shingles;
//! * **overlap**: a shared run of ≥ 8 words, or, for the same named speaker, of
//!   ≥ 6 words covering ≥ 60 % of the shorter, or of ≥ 5 words that end one and
//!   begin the other (consecutive excerpts of one passage, quoted by two outlets);
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

use super::align::{Alignment, Scratch};
use super::features::{Form, MIN_WORDS};
use super::Relation;

/// Share of the shorter form that must be covered for part/longer.
const PART_COVERAGE: f32 = 0.85;
/// Words a shared run needs to count as an overlap on its own.
const OVERLAP_RUN: usize = 8;
/// Shingle coverage from which words are also counted one by one.
const WORD_COUNT_FROM: f32 = 0.6;
/// Longest shorter form whose words are counted one by one.
const WORD_COUNT_MAX: usize = 80;
/// Words that must end one excerpt and begin the other (same named speaker).
const EDGE_RUN: usize = 5;

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
    relate_with(&mut Scratch::default(), a, b)
}

/// [`relate`] with scratch space reused across many comparisons.
pub fn relate_with(scratch: &mut Scratch, a: &Form, b: &Form) -> Option<Link> {
    if a.words == b.words {
        return Some(Link { relation: Relation::Same, score: 1.0 });
    }
    let speakers_differ = matches!((a.speaker, b.speaker), (Some(x), Some(y)) if x != y);
    if !a.comparable() || !b.comparable() {
        return short_fragment(a, b, speakers_differ);
    }
    wording(scratch, a, b, speakers_differ).or_else(|| translation(a, b, speakers_differ))
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
fn wording(scratch: &mut Scratch, a: &Form, b: &Form, speakers_differ: bool) -> Option<Link> {
    let a_is_short = a.words.len() <= b.words.len();
    let (short, long) = if a_is_short { (a, b) } else { (b, a) };
    let alignment = Alignment::of(scratch, short, long);
    let mut short_cover = alignment.short_covered as f32 / short.words.len() as f32;
    if (WORD_COUNT_FROM..PART_COVERAGE).contains(&short_cover) && short.words.len() <= WORD_COUNT_MAX {
        if let Some(span) = alignment.long_span {
            let in_order = words_in_order(&short.words, &long.words, span);
            short_cover = short_cover.max(in_order as f32 / short.words.len() as f32);
        }
    }
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
        run >= OVERLAP_RUN
            || (same_speaker && run >= 6 && short_cover >= 0.6)
            || (same_speaker && run >= EDGE_RUN && edge_overlap(&a.words, &b.words, run) >= EDGE_RUN)
    };
    overlap
        .then_some(Link { relation: Relation::Overlap, score: 0.6 + 0.3 * short_cover })
}

/// How many words of `short` appear, in order, in `long` near the shared
/// shingles (`span`: first and last shared shingle in `long`, widened by the
/// length of `short` on each side): a longest common subsequence.
fn words_in_order(short: &[u32], long: &[u32], span: (usize, usize)) -> usize {
    let from = span.0.saturating_sub(short.len());
    let to = (span.1 + super::features::SHINGLE + short.len()).min(long.len());
    let window = &long[from..to];
    let mut row = vec![0u16; window.len() + 1];
    for &word in short {
        let mut diagonal = 0;
        for (j, &other) in window.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if word == other { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    usize::from(row[window.len()])
}

/// The longest run of at least [`EDGE_RUN`] words (and at most `longest`) that
/// ends one form and begins the other, without one containing the other; 0 if none.
fn edge_overlap(a: &[u32], b: &[u32], longest: usize) -> usize {
    let most = longest.min(a.len().min(b.len()).saturating_sub(1));
    (EDGE_RUN..=most).rev().find(|&k| a[a.len() - k..] == b[..k] || b[b.len() - k..] == a[..k]).unwrap_or(0)
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
