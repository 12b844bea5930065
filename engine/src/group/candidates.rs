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
use super::sort::sort_u64;
use crate::model::Kind;

/// Posting lists longer than this are not used for candidates.
pub const POSTING_CAP: usize = 200;
/// How many of its rarest shingles a form looks up.
pub const RARE_SHINGLES: usize = 8;
/// How many of its rarest content stems a form looks up.
pub const RARE_STEMS: usize = 8;


/// Every pair of forms `(a, b)`, `a < b`, worth verifying; sorted, no duplicates.
pub fn candidate_pairs(forms: &[Form]) -> Vec<(u32, u32)> {
    let shingles = Postings::build(forms.len(), shingle_keys(forms));
    let stems = Postings::build(forms.len(), stem_keys(forms));
    let mut pairs: Vec<u64> = Vec::new();
    let mut shared = SharedCounts::new(forms.len());
    let mut rare = Vec::new();
    for (a, form) in forms.iter().enumerate() {
        if !form.comparable() {
            continue;
        }
        for (postings, is_stem, take) in [(&shingles, false, RARE_SHINGLES), (&stems, true, RARE_STEMS)] {
            postings.rarest_keys(a, take, &mut rare);
            for &(df, run) in &rare {
                shared.add_all(postings.run(run, df), a as u32, is_stem);
            }
        }
        let stems_needed = if stems.usable_keys(a) <= 4 { 2 } else { 3 };
        shared.drain(|b, shingle_count, stem_count| {
            if shingle_count >= 1 || stem_count >= stems_needed {
                pairs.push(pack_pair(a.min(b as usize) as u32, a.max(b as usize) as u32));
            }
        });
    }
    pairs.extend(same_article_fragments(forms).into_iter().map(|(a, b)| pack_pair(a, b)));
    sort_u64(&mut pairs);
    pairs.dedup();
    pairs.into_iter().map(|p| ((p >> 32) as u32, p as u32)).collect()
}

/// A pair as one `u64` that sorts like the `(a, b)` tuple.
fn pack_pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Bits of a packed posting entry that hold the form index.
const FORM_BITS: u32 = 24;

/// Each comparable form's shingle hashes, packed with the form index (a
/// form's repeated shingles are removed when [`Postings::build`] sorts them).
fn shingle_keys(forms: &[Form]) -> Vec<u64> {
    let mut entries = Vec::with_capacity(forms.iter().map(|f| f.shingles.len()).sum());
    for (index, form) in forms.iter().enumerate().filter(|(_, f)| f.comparable()) {
        entries.extend(form.shingles.iter().map(|&(hash, _)| pack(hash, index)));
    }
    entries
}

/// Each comparable form's content stems, packed with the form index.
fn stem_keys(forms: &[Form]) -> Vec<u64> {
    let mut entries = Vec::new();
    for (index, form) in forms.iter().enumerate().filter(|(_, f)| f.comparable()) {
        entries.extend(form.stems.iter().map(|&(stem, _)| pack(u64::from(stem) << FORM_BITS, index)));
    }
    entries
}

/// A key's high bits with a form index in the low [`FORM_BITS`] bits (more
/// forms than that wrap around, which only adds candidates to verify).
fn pack(key: u64, form: usize) -> u64 {
    (key & !((1 << FORM_BITS) - 1)) | (form as u64 & ((1 << FORM_BITS) - 1))
}

fn unpack_form(entry: u64) -> u32 {
    (entry & ((1 << FORM_BITS) - 1)) as u32
}

fn key_of(entry: u64) -> u64 {
    entry >> FORM_BITS
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

/// The inverted index: packed `(key, form)` entries sorted by key, and for
/// each form the usable keys it has, as `(document frequency, run start)`.
struct Postings {
    entries: Vec<u64>,
    key_offsets: Vec<u32>,
    keys: Vec<(u32, u32)>,
}

impl Postings {
    fn build(form_count: usize, mut entries: Vec<u64>) -> Postings {
        sort_u64(&mut entries);
        entries.dedup();
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let mut start = 0;
        while start < entries.len() {
            let key = key_of(entries[start]);
            let end = start + entries[start..].iter().take_while(|&&e| key_of(e) == key).count();
            if (2..=POSTING_CAP).contains(&(end - start)) {
                runs.push((start as u32, (end - start) as u32));
            }
            start = end;
        }
        let mut key_offsets = vec![0u32; form_count + 1];
        for &(start, df) in &runs {
            for &entry in &entries[start as usize..(start + df) as usize] {
                key_offsets[unpack_form(entry) as usize % form_count + 1] += 1;
            }
        }
        for i in 0..form_count {
            key_offsets[i + 1] += key_offsets[i];
        }
        let mut fill = key_offsets.clone();
        let mut keys = vec![(0u32, 0u32); key_offsets[form_count] as usize];
        for &(start, df) in &runs {
            for &entry in &entries[start as usize..(start + df) as usize] {
                let form = unpack_form(entry) as usize % form_count;
                keys[fill[form] as usize] = (df, start);
                fill[form] += 1;
            }
        }
        Postings { entries, key_offsets, keys }
    }

    /// Fills `out` with the `(df, run start)` of a form's `take` rarest usable keys.
    fn rarest_keys(&self, form: usize, take: usize, out: &mut Vec<(u32, u32)>) {
        out.clear();
        out.extend_from_slice(self.own_keys(form));
        if out.len() > take {
            out.select_nth_unstable(take);
            out.truncate(take);
        }
    }

    fn own_keys(&self, form: usize) -> &[(u32, u32)] {
        &self.keys[self.key_offsets[form] as usize..self.key_offsets[form + 1] as usize]
    }

    fn usable_keys(&self, form: usize) -> usize {
        self.own_keys(form).len()
    }

    /// The packed entries of the key whose run of `df` entries starts at `run`.
    fn run(&self, run: u32, df: u32) -> &[u64] {
        &self.entries[run as usize..(run + df) as usize]
    }
}

/// Per-form counters of shared keys, reset cheaply after each form. Each
/// counter packs the shingle count (high half) and the stem count (low half);
/// a form looks up at most [`RARE_SHINGLES`] and [`RARE_STEMS`] keys, and
/// another form is listed once per key, so neither half can overflow.
struct SharedCounts {
    counts: Vec<u32>,
    touched: Vec<u32>,
}

/// The increment of the shingle half of a counter.
const SHINGLE_ONE: u32 = 1 << 16;

impl SharedCounts {
    fn new(size: usize) -> Self {
        SharedCounts { counts: vec![0; size], touched: Vec::new() }
    }

    /// Counts one shared key for every form of a posting run but `skip`.
    fn add_all(&mut self, run: &[u64], skip: u32, is_stem: bool) {
        let increment = if is_stem { 1 } else { SHINGLE_ONE };
        self.touched.reserve(run.len());
        for &entry in run {
            let form = unpack_form(entry);
            if form != skip {
                let count = &mut self.counts[form as usize];
                if *count == 0 {
                    self.touched.push(form);
                }
                *count += increment;
            }
        }
    }

    /// Calls `visit(form, shingles, stems)` for every touched form; resets them.
    fn drain(&mut self, mut visit: impl FnMut(u32, u32, u32)) {
        for &f in &self.touched {
            let count = std::mem::take(&mut self.counts[f as usize]);
            visit(f, count >> 16, count & (SHINGLE_ONE - 1));
        }
        self.touched.clear();
    }
}
