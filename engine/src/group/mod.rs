//! Grouping: the quotations of one statement across articles.
//!
//! Stages, each in its own file:
//!
//! 1. [`form`]: the matching form (case, marks, brackets, numbers, with the
//!    data tables [`translit`] and [`spelling`]); quotations with one matching
//!    form are one *form* and are compared once ([`features`]).
//! 2. [`candidates`]: an inverted index over rare word shingles and content
//!    stems proposes the pairs worth comparing; never all pairs.
//! 3. [`relation`]: same, spelling, part, longer, overlap or translation.
//! 4. [`cluster`]: statements with a representative, guarded against chaining.
//!
//! A quotation split around its attribution may arrive as one member whose
//! text joins both parts, or as separate members, the later ones naming the
//! earlier part in [`Member::continues`]; the parts then travel as one
//! utterance. [`split::continues`] is the rule the index uses to detect them.

pub mod align;
pub mod candidates;
pub mod cluster;
pub mod features;
pub mod form;
pub mod hash;
pub mod intern;
pub mod relation;
pub mod sort;
pub mod spelling;
pub mod split;
pub mod stem;
pub mod syndication;
pub mod translit;

pub use form::matching_form;

use crate::model::Kind;
use crate::text::words;
use features::{collect_forms, units, weigh_stems, Vocabulary};
use serde::{Deserialize, Serialize};

/// One quotation as grouping sees it.
#[derive(Clone, Debug)]
pub struct Member<'a> {
    /// Index of the article that carries it.
    pub article: usize,
    /// The quotation as the article words it.
    pub text: &'a str,
    /// The canonical speaker, when known.
    pub speaker: Option<&'a str>,
    /// Speech or phrase.
    pub kind: Kind,
    /// The article's publication date (ISO `YYYY-MM-DD`), when known.
    pub date: Option<&'a str>,
    /// When this member is a later part of a quotation split around its
    /// attribution: the index of the member it continues (same article).
    pub continues: Option<usize>,
}

impl<'a> Member<'a> {
    /// A member with no date and no split.
    pub fn new(article: usize, text: &'a str, speaker: Option<&'a str>, kind: Kind) -> Self {
        Member { article, text, speaker, kind, date: None, continues: None }
    }
}

/// How an occurrence relates to its statement's representative wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// The same words.
    Same,
    /// The same words but for spelling, transliteration or punctuation.
    Spelling,
    /// A part of the representative (four words or more of it).
    Part,
    /// A longer version that contains the representative.
    Longer,
    /// An overlapping excerpt of the same passage.
    Overlap,
    /// Another translation or a paraphrase.
    Translation,
}

/// A group of members that are one statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Indices into the members slice, in input order.
    pub members: Vec<usize>,
    /// The member whose wording represents the statement (the first part of
    /// the representative utterance).
    pub representative: usize,
    /// Each member's relation to the representative, parallel to `members`.
    pub relations: Vec<Relation>,
}

/// Groups members into clusters; every member is in exactly one cluster.
/// Clusters come in the order of their first member.
pub fn group(members: &[Member]) -> Vec<Cluster> {
    let units = units(members);
    let mut vocabulary = Vocabulary::default();
    let mut forms = collect_forms(&mut vocabulary, members, &units);
    weigh_stems(&mut forms, vocabulary.stem_count());
    let pairs = candidates::candidate_pairs(&forms);
    let mut scratch = align::Scratch::default();
    let edges: Vec<_> = pairs
        .into_iter()
        .filter_map(|(a, b)| {
            relation::relate_with(&mut scratch, &forms[a as usize], &forms[b as usize]).map(|link| (a, b, link))
        })
        .collect();
    let neighbours = cluster::neighbours(forms.len(), &edges);
    let form_clusters = cluster::cluster(&forms, &neighbours);
    // "same" versus "spelling" only matters inside forms carried several times.
    let mut plain: Vec<u64> = vec![0; units.len()];
    for form in forms.iter().filter(|f| f.units.len() > 1) {
        for &unit in &form.units {
            plain[unit] = plain_hash(members, &units[unit]);
        }
    }
    let mut clusters: Vec<Cluster> = form_clusters
        .iter()
        .map(|fc| {
            let rep_unit = forms[fc.representative as usize].units[0];
            let mut pairs: Vec<(usize, Relation)> = Vec::new();
            for &(form, relation) in &fc.forms {
                for &unit in &forms[form as usize].units {
                    let relation = match relation {
                        Relation::Same if plain[unit] != plain[rep_unit] => Relation::Spelling,
                        other => other,
                    };
                    pairs.extend(units[unit].iter().map(|&m| (m, relation)));
                }
            }
            pairs.sort_unstable_by_key(|p| p.0);
            Cluster {
                members: pairs.iter().map(|p| p.0).collect(),
                representative: units[rep_unit][0],
                relations: pairs.iter().map(|p| p.1).collect(),
            }
        })
        .collect();
    clusters.sort_unstable_by_key(|c| c.members[0]);
    clusters
}

/// A hash of a unit's words as written (only case folded): equal means "same".
/// It is the FNV-1a hash of the words folded by [`crate::text::fold_word`],
/// each followed by a space, streamed without building the string.
fn plain_hash(members: &[Member], parts: &[usize]) -> u64 {
    let mut hash = Fnv::default();
    for &m in parts {
        for word in words(members[m].text) {
            for c in word.chars() {
                fold_char_into(c, &mut hash);
            }
            hash.byte(b' ');
        }
    }
    hash.0 | 1
}

/// Feeds one character as [`crate::text::fold_word`] folds it (curly
/// apostrophes straightened, lower case) into the hash, as UTF-8.
fn fold_char_into(c: char, hash: &mut Fnv) {
    if c.is_ascii() {
        hash.byte(c.to_ascii_lowercase() as u8);
        return;
    }
    let c = if c == '’' || c == '‘' { '\'' } else { c };
    for lower in c.to_lowercase() {
        let mut buffer = [0u8; 4];
        for &b in lower.encode_utf8(&mut buffer).as_bytes() {
            hash.byte(b);
        }
    }
}

/// A streaming 64-bit FNV-1a hash (the same values as [`crate::text::fnv1a`]).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
}

#[cfg(test)]
mod tests;
