//! What grouping compares: each distinct matching form once ("a form"), with
//! its word ids, word-shingle hashes, weighted content stems, speaker, date
//! and the articles that carry it.

use super::form::{for_each_word_with, normalize, tokenize, Buffers};
use super::hash::{shingle_hash, FastMap};
use super::intern::Interner;
use super::stem::{is_stopword, stem};
use super::Member;
use crate::model::Kind;
use std::hash::BuildHasher;

/// Words per shingle (shorter quotations use one shingle of all their words).
pub const SHINGLE: usize = 3;
/// Quotations shorter than this match only identical forms, except short
/// fragments compared inside their own article.
pub const MIN_WORDS: usize = 4;
/// Marks a word that has no content stem (a stopword).
const NO_STEM: u32 = u32::MAX;

/// Interns words and stems so comparisons work on integers.
#[derive(Default)]
pub struct Vocabulary {
    raw: Interner,
    normal: FastMap<String, u32>,
    stem_of: Vec<u32>,
    stems: FastMap<String, u32>,
    numeric: Vec<bool>,
    buffers: Buffers,
}

impl Vocabulary {
    /// The id of a folded word after normalisation (cached per raw word).
    pub fn word(&mut self, raw: &str) -> u32 {
        if let Some(id) = self.raw.get(raw) {
            return id;
        }
        let normal = normalize(raw);
        let next = self.normal.len() as u32;
        let id = *self.normal.entry(normal.clone()).or_insert(next);
        if id == next {
            let stem = self.stem_id(&normal);
            self.stem_of.push(stem);
        }
        self.raw.insert(raw, id);
        id
    }

    fn stem_id(&mut self, normal: &str) -> u32 {
        if is_stopword(normal) {
            return NO_STEM;
        }
        let stem = stem(normal);
        let next = self.stems.len() as u32;
        let id = *self.stems.entry(stem.clone()).or_insert(next);
        if id == next {
            self.numeric.push(stem.starts_with(|c: char| c.is_ascii_digit()));
        }
        id
    }

    /// The word ids of a text and, for each, whether it looks like a name.
    pub fn words_of(&mut self, text: &str) -> (Vec<u32>, Vec<bool>) {
        let (mut words, mut proper) = (Vec::new(), Vec::new());
        self.words_into(text, &mut words, &mut proper);
        (words, proper)
    }

    /// [`Vocabulary::words_of`] into caller-owned vectors (cleared first).
    pub fn words_into(&mut self, text: &str, words: &mut Vec<u32>, proper: &mut Vec<bool>) {
        words.clear();
        proper.clear();
        let mut buffers = std::mem::take(&mut self.buffers);
        for_each_word_with(&mut buffers, text, |word, is_proper| {
            words.push(self.word(word));
            proper.push(is_proper);
        });
        self.buffers = buffers;
    }

    /// How many distinct stems exist.
    pub fn stem_count(&self) -> usize {
        self.stems.len()
    }
}

/// One distinct matching form and everything compared about it.
#[derive(Clone, Debug)]
pub struct Form {
    /// Normalised word ids in order.
    pub words: Vec<u32>,
    /// `(shingle hash, position)` sorted by hash.
    pub shingles: Vec<(u64, u16)>,
    /// `(stem id, weight)` sorted by stem id; weights set by [`weigh_stems`].
    pub stems: Vec<(u32, f32)>,
    /// Sum of the stem weights.
    pub stem_total: f32,
    /// Speech or phrase.
    pub kind: Kind,
    /// The speaker's surname id, when a named speaker is known.
    pub speaker: Option<u32>,
    /// The earliest publication day among its articles, when known.
    pub day: Option<i32>,
    /// Sorted distinct article indices that carry it.
    pub articles: Vec<u32>,
    /// The units (utterances) that have this form.
    pub units: Vec<usize>,
}

impl Form {
    /// Builds a form's word-level features from an utterance's text.
    pub fn new(vocabulary: &mut Vocabulary, text: &str, kind: Kind) -> Form {
        let (words, proper) = vocabulary.words_of(text);
        Form::from_words(vocabulary, words, &proper, kind)
    }

    /// Builds a form from its word ids and which of them are names.
    pub fn from_words(vocabulary: &Vocabulary, words: Vec<u32>, proper: &[bool], kind: Kind) -> Form {
        let mut stems: Vec<(u32, f32)> = Vec::new();
        for (&is_proper, &word) in proper.iter().zip(&words) {
            let id = vocabulary.stem_of[word as usize];
            if id != NO_STEM {
                let bonus = if is_proper || vocabulary.numeric[id as usize] { 1.5 } else { 1.0 };
                stems.push((id, bonus));
            }
        }
        stems.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        stems.dedup_by_key(|s| s.0);
        Form {
            shingles: shingles(&words),
            words,
            stems,
            stem_total: 0.0,
            kind,
            speaker: None,
            day: None,
            articles: Vec::new(),
            units: Vec::new(),
        }
    }

    /// Whether this form may be compared with others beyond identity.
    pub fn comparable(&self) -> bool {
        self.kind == Kind::Quote && self.words.len() >= MIN_WORDS
    }
}

/// The sorted `(hash, position)` shingles of a word sequence.
pub fn shingles(words: &[u32]) -> Vec<(u64, u16)> {
    let size = SHINGLE.min(words.len());
    if size == 0 {
        return Vec::new();
    }
    let mut out: Vec<(u64, u16)> =
        words.windows(size).enumerate().map(|(at, w)| (shingle_hash(w), at.min(u16::MAX as usize) as u16)).collect();
    out.sort_unstable();
    out
}

/// Multiplies each form's stem bonuses by the stem's rarity among the
/// comparable forms: `ln(1 + N / df)`.
pub fn weigh_stems(forms: &mut [Form], stem_count: usize) {
    let mut df = vec![0u32; stem_count];
    let comparable = forms.iter().filter(|f| f.comparable()).count().max(1) as f32;
    for form in forms.iter().filter(|f| f.comparable()) {
        for &(stem, _) in &form.stems {
            df[stem as usize] += 1;
        }
    }
    let rarity: Vec<f32> = df.iter().map(|&n| (1.0 + comparable / n.max(1) as f32).ln()).collect();
    for form in forms.iter_mut() {
        for (stem, weight) in &mut form.stems {
            *weight *= rarity[*stem as usize];
        }
        form.stem_total = form.stems.iter().map(|s| s.1).sum();
    }
}

/// The surname id of a named speaker ("Volodymyr Zelenskyy" → "zelensky");
/// descriptions ("one veteran", "he") count as unknown.
pub fn speaker_key(vocabulary: &mut Vocabulary, speaker: Option<&str>) -> Option<u32> {
    let speaker = speaker?.trim();
    if !speaker.starts_with(char::is_uppercase) {
        return None;
    }
    let mut words = tokenize(speaker);
    // "Ministry of Defence" and "Defense Ministry" are one body: an
    // organisation named with "of"/"for" is keyed by the noun before it.
    let head = words.iter().position(|t| matches!(t.word.as_str(), "of" | "for")).filter(|&k| k > 0);
    let key = match head {
        Some(k) => words.swap_remove(k - 1),
        None => words.pop()?,
    };
    Some(vocabulary.word(&key.word))
}

/// A day number from an ISO date ("2022-03-03"), for comparing closeness.
pub fn day_number(date: Option<&str>) -> Option<i32> {
    let date = date?;
    let mut parts = date.get(..10)?.split('-').map(|p| p.parse::<i32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    Some(year * 372 + month * 31 + day)
}

/// The utterances of the input: a member together with the members that
/// continue it (the parts of a quotation split around its attribution).
pub fn units(members: &[Member]) -> Vec<Vec<usize>> {
    let mut unit_of: Vec<usize> = Vec::with_capacity(members.len());
    let mut units: Vec<Vec<usize>> = Vec::new();
    for (index, member) in members.iter().enumerate() {
        let joined = member
            .continues
            .filter(|&previous| previous < index && members[previous].article == member.article)
            .map(|previous| unit_of[previous]);
        match joined {
            Some(unit) => {
                units[unit].push(index);
                unit_of.push(unit);
            }
            None => {
                unit_of.push(units.len());
                units.push(vec![index]);
            }
        }
    }
    units
}

/// Groups the members of each form by identical key, returning the forms.
pub fn collect_forms(vocabulary: &mut Vocabulary, members: &[Member], units: &[Vec<usize>]) -> Vec<Form> {
    let mut by_key = FormKeys::default();
    let mut speakers: FastMap<&str, Option<u32>> = FastMap::default();
    let mut forms: Vec<Form> = Vec::new();
    let (mut words, mut proper) = (Vec::new(), Vec::new());
    for (unit, parts) in units.iter().enumerate() {
        let first = &members[parts[0]];
        if parts.len() == 1 {
            vocabulary.words_into(first.text, &mut words, &mut proper);
        } else {
            vocabulary.words_into(&unit_text(members, parts), &mut words, &mut proper);
        }
        let speaker = match parts.iter().find_map(|&m| members[m].speaker) {
            Some(name) => *speakers.entry(name).or_insert_with(|| speaker_key(vocabulary, Some(name))),
            None => None,
        };
        // Short identical texts by different named people are different statements.
        let key_speaker = if words.len() < 6 { speaker } else { None };
        let index = by_key.find_or_add(&mut forms, &words, first.kind, key_speaker, |words| {
            Form::from_words(vocabulary, words.to_vec(), &proper, first.kind)
        });
        let form = &mut forms[index];
        form.units.push(unit);
        form.speaker = form.speaker.or(speaker);
        form.articles.push(first.article as u32);
        let day = day_number(first.date);
        form.day = match (form.day, day) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    for form in &mut forms {
        form.articles.sort_unstable();
        form.articles.dedup();
    }
    forms
}

/// Finds the form with a given key (words, kind, key speaker) without
/// building an owned key per lookup: hash buckets chained through the forms.
#[derive(Default)]
struct FormKeys {
    /// Key hash → the latest form with that hash.
    heads: FastMap<u64, u32>,
    /// Per form: the previous form with the same key hash (`u32::MAX`: none).
    next: Vec<u32>,
    /// Per form: the speaker part of its key.
    speakers: Vec<Option<u32>>,
}

impl FormKeys {
    /// The index of the form with this key, adding `make(words)` when there is none.
    fn find_or_add(
        &mut self,
        forms: &mut Vec<Form>,
        words: &[u32],
        kind: Kind,
        speaker: Option<u32>,
        make: impl FnOnce(&[u32]) -> Form,
    ) -> usize {
        // Seeded like the map, so an article cannot plan keys that share a chain.
        let hash = self.heads.hasher().hash_one((words, kind, speaker));
        let mut cursor = self.heads.get(&hash).copied().unwrap_or(u32::MAX);
        while cursor != u32::MAX {
            let form = &forms[cursor as usize];
            if form.words == words && form.kind == kind && self.speakers[cursor as usize] == speaker {
                return cursor as usize;
            }
            cursor = self.next[cursor as usize];
        }
        let index = forms.len();
        forms.push(make(words));
        self.next.push(self.heads.insert(hash, index as u32).unwrap_or(u32::MAX));
        self.speakers.push(speaker);
        index
    }
}

/// The text of a unit: its parts joined by a space.
pub fn unit_text(members: &[Member], parts: &[usize]) -> String {
    let texts: Vec<&str> = parts.iter().map(|&m| members[m].text).collect();
    texts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_is_keyed_by_its_head_noun() {
        let mut vocabulary = Vocabulary::default();
        let of = speaker_key(&mut vocabulary, Some("Ministry of Defence"));
        assert_eq!(of, speaker_key(&mut vocabulary, Some("Defense Ministry")));
        assert_eq!(speaker_key(&mut vocabulary, Some("Zelensky")), speaker_key(&mut vocabulary, Some("Volodymyr Zelensky")));
        assert_eq!(speaker_key(&mut vocabulary, Some("one veteran")), None);
    }
}
