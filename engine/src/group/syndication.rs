//! Syndicated copies: articles that are near-copies of another article.
//!
//! Each article's body becomes a set of hashed word 5-shingles, sampled (one
//! in four, by hash, so two copies keep the same sample). An inverted index
//! from sampled shingle to articles (posting lists over [`POSTING_CAP`]
//! skipped: boilerplate) counts, per article, the shingles it shares with
//! every other article: near-linear. Article A is *republished from* B when at
//! least [`COPY_SHARE`] of A's sampled shingles are in B and either B does not
//! equally copy A (A is the excerpt) or B came first (earlier date, else
//! earlier in the corpus).

use crate::model::{Article, Role};
use crate::text::{fnv1a, fold_word, words};
use super::hash::FastMap;

/// Share of an article's shingles that must appear in the other article.
pub const COPY_SHARE: f32 = 0.8;
/// Posting lists longer than this are boilerplate, not evidence.
pub const POSTING_CAP: usize = 100;
/// Sampled shingles an article needs before it can be called a copy.
pub const MIN_SHINGLES: usize = 8;
const SHINGLE_WORDS: usize = 5;

/// For each article, the index of the article it is a near-copy of.
pub fn republished_from(articles: &[Article]) -> Vec<Option<usize>> {
    let sets: Vec<Vec<u64>> = articles.iter().map(sampled_shingles).collect();
    let mut entries: Vec<(u64, u32)> =
        sets.iter().enumerate().flat_map(|(a, set)| set.iter().map(move |&h| (h, a as u32))).collect();
    entries.sort_unstable();
    let mut shared: Vec<FastMap<u32, u32>> = vec![FastMap::default(); articles.len()];
    for run in entries.chunk_by(|x, y| x.0 == y.0) {
        if run.len() > POSTING_CAP {
            continue;
        }
        for &(_, a) in run {
            for &(_, b) in run {
                if a != b {
                    *shared[a as usize].entry(b).or_default() += 1;
                }
            }
        }
    }
    (0..articles.len())
        .map(|a| {
            let share = |x: usize, y: u32| {
                shared[x].get(&y).copied().unwrap_or(0) as f32 / sets[x].len().max(1) as f32
            };
            if sets[a].len() < MIN_SHINGLES {
                return None;
            }
            let mut sources: Vec<(u32, u32)> = shared[a].iter().map(|(&b, &n)| (b, n)).collect();
            sources.sort_unstable_by_key(|&(b, n)| (std::cmp::Reverse(n), b));
            sources.into_iter().map(|(b, _)| b).find(|&b| {
                share(a, b) >= COPY_SHARE
                    && (share(b as usize, a as u32) < COPY_SHARE || came_first(articles, b as usize, a))
            })
            .map(|b| b as usize)
        })
        .collect()
}

/// Whether article `b` came before article `a` (date, then corpus order).
fn came_first(articles: &[Article], b: usize, a: usize) -> bool {
    match (articles[b].date.as_deref(), articles[a].date.as_deref()) {
        (Some(x), Some(y)) if x != y => x < y,
        _ => b < a,
    }
}

/// The sampled 5-shingle hashes of an article's body, sorted, distinct.
fn sampled_shingles(article: &Article) -> Vec<u64> {
    let folded: Vec<u64> = article
        .paragraphs
        .iter()
        .filter(|p| matches!(p.role, Role::Body | Role::Heading))
        .flat_map(|p| words(&p.text).map(|w| fnv1a(fold_word(w).as_bytes())))
        .collect();
    let mut hashes: Vec<u64> = folded
        .windows(SHINGLE_WORDS)
        .map(|w| w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, x| (h ^ x).wrapping_mul(0x0100_0000_01b3)))
        .filter(|h| h % 4 == 0)
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::parse_text;

    const BODY: &str = "The influx of possibly thousands of Western volunteers who are trying to enter Ukraine to fight Russian soldiers received a dire warning from Moscow on Thursday. Konashenkov alleged that fighters from other countries were involved in attacking Russian assets inside Ukraine, including supply convoys and aircraft. He did not elaborate. Across social media, a number of Americans, Canadians, and others said they wanted to go to Ukraine to fight.";

    #[test]
    fn a_copy_is_republished_from_the_original() {
        let original = parse_text("a.txt", &format!("Title A\n{BODY}"));
        let other = parse_text("b.txt", "Title B\nSomething entirely different is written here about the weather in spring and the price of bread in town this week.");
        let copy = parse_text("c.txt", &format!("Title C\n{BODY} Source link"));
        let found = republished_from(&[original, other, copy]);
        assert_eq!(found, [None, None, Some(0)]);
    }
}
