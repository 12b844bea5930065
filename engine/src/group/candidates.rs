//! Candidate pairs: which forms are worth comparing, without looking at all pairs.
//!
//! An inverted index maps keys to the forms that have them. Keys are word
//! 3-shingles (for renderings that share wording) and content stems (for
//! translations). A key's posting list is used only when at least two and at
//! most [`POSTING_CAP`] forms share it: a key only one form has finds nothing,
//! and a very common one ("said", "the war is") would make the work
//! quadratic. Each form looks up only its rarest keys ([`RARE_SHINGLES`] and
//! [`RARE_STEMS`]), so the cost is linear in the number of forms times a
//! bounded fan-out. Short fragments (two or three words) are compared only
//! with the quotations of their own article.

use super::features::{Form, MIN_WORDS};
use super::hash::FastMap;
use crate::model::Kind;

/// Posting lists longer than this are not used for candidates.
pub const POSTING_CAP: usize = 200;
/// How many of its rarest shingles a form looks up.
pub const RARE_SHINGLES: usize = 8;
/// How many of its rarest content stems a form looks up.
pub const RARE_STEMS: usize = 8;

const STEM_TAG: u64 = 1 << 63;

/// Every pair of forms `(a, b)`, `a < b`, worth verifying; sorted, no duplicates.
pub fn candidate_pairs(forms: &[Form]) -> Vec<(u32, u32)> {
    let postings = Postings::build(forms);
    let mut pairs = Vec::new();
    let mut shared = SharedCounts::new(forms.len());
    for (a, form) in forms.iter().enumerate() {
        if !form.comparable() {
            continue;
        }
        for (run, is_stem) in postings.rarest_keys(a) {
            for &b in postings.forms_of(run) {
                if b as usize != a {
                    shared.add(b, is_stem);
                }
            }
        }
        let stems_needed = if postings.stem_keys_of(a) <= 4 { 2 } else { 3 };
        for (b, shingles, stems) in shared.drain() {
            if shingles >= 1 || stems >= stems_needed {
                pairs.push((a.min(b as usize) as u32, a.max(b as usize) as u32));
            }
        }
    }
    pairs.extend(same_article_fragments(forms));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Short quoted fragments paired with the other quotations of their article.
fn same_article_fragments(forms: &[Form]) -> Vec<(u32, u32)> {
    let mut by_article: FastMap<u32, Vec<u32>> = FastMap::default();
    for (index, form) in forms.iter().enumerate() {
        if form.kind == Kind::Quote && form.articles.len() <= POSTING_CAP {
            for &article in &form.articles {
                by_article.entry(article).or_default().push(index as u32);
            }
        }
    }
    let mut pairs = Vec::new();
    for (index, form) in forms.iter().enumerate() {
        let short = form.kind == Kind::Quote && (2..MIN_WORDS).contains(&form.words.len());
        if !short {
            continue;
        }
        for article in &form.articles {
            for &other in by_article[article].iter().take(POSTING_CAP) {
                if other as usize != index && forms[other as usize].words.len() > form.words.len() {
                    pairs.push(((index as u32).min(other), (index as u32).max(other)));
                }
            }
        }
    }
    pairs
}

/// The inverted index: `(key, form)` entries sorted by key, with runs per key.
struct Postings {
    entries: Vec<(u64, u32)>,
    /// Per form: `(document frequency, run start, is stem)` of its usable keys.
    keys_of: Vec<Vec<(u32, u32, bool)>>,
}

impl Postings {
    fn build(forms: &[Form]) -> Postings {
        let mut entries: Vec<(u64, u32)> = Vec::new();
        for (index, form) in forms.iter().enumerate().filter(|(_, f)| f.comparable()) {
            let mut hashes: Vec<u64> = form.shingles.iter().map(|&(hash, _)| hash & !STEM_TAG).collect();
            hashes.sort_unstable();
            hashes.dedup();
            entries.extend(hashes.into_iter().map(|hash| (hash, index as u32)));
            entries.extend(form.stems.iter().map(|&(stem, _)| (u64::from(stem) | STEM_TAG, index as u32)));
        }
        entries.sort_unstable();
        let mut keys_of: Vec<Vec<(u32, u32, bool)>> = vec![Vec::new(); forms.len()];
        let mut start = 0;
        while start < entries.len() {
            let key = entries[start].0;
            let end = start + entries[start..].iter().take_while(|e| e.0 == key).count();
            let df = end - start;
            if (2..=POSTING_CAP).contains(&df) {
                for &(_, form) in &entries[start..end] {
                    keys_of[form as usize].push((df as u32, start as u32, key & STEM_TAG != 0));
                }
            }
            start = end;
        }
        Postings { entries, keys_of }
    }

    /// The rarest usable keys of a form: `(run start, is stem)`.
    fn rarest_keys(&self, form: usize) -> Vec<(u32, bool)> {
        let mut keys = self.keys_of[form].clone();
        keys.sort_unstable();
        let shingles = keys.iter().filter(|k| !k.2).take(RARE_SHINGLES);
        let stems = keys.iter().filter(|k| k.2).take(RARE_STEMS);
        shingles.chain(stems).map(|&(_, run, is_stem)| (run, is_stem)).collect()
    }

    fn stem_keys_of(&self, form: usize) -> usize {
        self.keys_of[form].iter().filter(|k| k.2).count().min(RARE_STEMS)
    }

    /// The forms listed under the key whose run starts at `run`.
    fn forms_of(&self, run: u32) -> impl Iterator<Item = &u32> {
        let key = self.entries[run as usize].0;
        self.entries[run as usize..].iter().take_while(move |e| e.0 == key).map(|e| &e.1)
    }
}

/// Per-form counters of shared keys, reset cheaply after each form.
struct SharedCounts {
    counts: Vec<(u16, u16)>,
    touched: Vec<u32>,
}

impl SharedCounts {
    fn new(size: usize) -> Self {
        SharedCounts { counts: vec![(0, 0); size], touched: Vec::new() }
    }

    fn add(&mut self, form: u32, is_stem: bool) {
        let count = &mut self.counts[form as usize];
        if *count == (0, 0) {
            self.touched.push(form);
        }
        if is_stem {
            count.1 = count.1.saturating_add(1);
        } else {
            count.0 = count.0.saturating_add(1);
        }
    }

    /// Every touched form with its `(shingles, stems)` counts; resets them.
    fn drain(&mut self) -> Vec<(u32, u16, u16)> {
        let out = self.touched.iter().map(|&f| (f, self.counts[f as usize].0, self.counts[f as usize].1)).collect();
        for &f in &self.touched {
            self.counts[f as usize] = (0, 0);
        }
        self.touched.clear();
        out
    }
}
