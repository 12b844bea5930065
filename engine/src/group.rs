//! Grouping: the quotations of one statement across articles.
//!
//! This first version groups quotations whose matching form (lower case,
//! words only) is identical, and records every member's relation as `same`.

use crate::model::Kind;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// The member whose wording represents the statement.
    pub representative: usize,
    /// Each member's relation to the representative, parallel to `members`.
    pub relations: Vec<Relation>,
}

/// The form two quotations are compared in: lower-case words joined by spaces.
pub fn matching_form(text: &str) -> String {
    let words: Vec<String> = crate::text::words(text).map(crate::text::fold_word).collect();
    words.join(" ")
}

/// Groups members into clusters; every member is in exactly one cluster.
pub fn group(members: &[Member]) -> Vec<Cluster> {
    let mut by_form: HashMap<String, usize> = HashMap::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    for (index, member) in members.iter().enumerate() {
        let form = matching_form(member.text);
        let cluster = *by_form.entry(form).or_insert_with(|| {
            clusters.push(Cluster { members: Vec::new(), representative: index, relations: Vec::new() });
            clusters.len() - 1
        });
        clusters[cluster].members.push(index);
        clusters[cluster].relations.push(Relation::Same);
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(article: usize, text: &str) -> Member<'_> {
        Member { article, text, speaker: None, kind: Kind::Quote }
    }

    #[test]
    fn identical_matching_forms_group_together() {
        let members = [member(0, "We will win."), member(1, "“we WILL win”"), member(1, "Something else")];
        let clusters = group(&members);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].members, [0, 1]);
        assert_eq!(clusters[1].members, [2]);
    }
}
