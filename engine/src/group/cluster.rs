//! Statements from related forms: leader clustering with guards against chaining.
//!
//! Forms are visited by *reach*: the articles that carry a form plus the
//! articles carrying the forms it relates to (ties: more articles of its own,
//! more words, earlier in the input). An unclaimed form either joins the
//! cluster that holds at least half (by articles) of the forms it relates to,
//! or becomes a new cluster's representative and claims every unclaimed form
//! related to it *directly*. So every member relates to its representative
//! (or to a majority of its cluster), never only to some member of a member:
//! a long passage cannot glue statements together through a chain.
//!
//! One more guard: quotations of one article are different statements unless
//! one contains the other (same, spelling, part, longer), both are parts of
//! the representative (two excerpts of one passage), or the newcomer lies
//! inside a member from another article (a lead's fragment of the passage that
//! the body quotes in another translation).

use super::features::Form;
use super::relation::{inverse, Link};
use super::Relation;
use std::cmp::Reverse;

/// A cluster of forms: its representative and each form's relation to it.
#[derive(Clone, Debug)]
pub struct FormCluster {
    /// The representative form.
    pub representative: u32,
    /// `(form, relation to the representative)`, representative first.
    pub forms: Vec<(u32, Relation)>,
}

/// Each form's related forms: `(other, this form's link to it)`.
pub type Neighbours = Vec<Vec<(u32, Link)>>;

/// Builds the neighbour lists from verified `(a, b, a's link to b)` edges.
pub fn neighbours(form_count: usize, edges: &[(u32, u32, Link)]) -> Neighbours {
    let mut out: Neighbours = vec![Vec::new(); form_count];
    for &(a, b, link) in edges {
        out[a as usize].push((b, link));
        out[b as usize].push((a, Link { relation: inverse(link.relation), ..link }));
    }
    // A form appears once in another's list, so the order is total.
    for list in &mut out {
        list.sort_unstable_by(|x, y| y.1.score.total_cmp(&x.1.score).then(x.0.cmp(&y.0)));
    }
    out
}

/// Clusters all forms; every form ends in exactly one cluster.
pub fn cluster(forms: &[Form], neighbours: &Neighbours) -> Vec<FormCluster> {
    let mut state = State { home: vec![None; forms.len()], clusters: Vec::new(), forms, neighbours };
    for form in visiting_order(forms, neighbours) {
        if state.home[form as usize].is_some() {
            continue;
        }
        match state.majority_home(form) {
            Some((cluster, relation)) => state.join(cluster, form, relation),
            None => state.lead(form),
        }
    }
    state.clusters
}

/// Forms by falling reach (see the module documentation).
fn visiting_order(forms: &[Form], neighbours: &Neighbours) -> Vec<u32> {
    let carried = |f: usize| forms[f].articles.len();
    let reach = |f: usize| carried(f) + neighbours[f].iter().map(|(g, _)| carried(*g as usize)).sum::<usize>();
    // Every key ends in the form itself, so keys are distinct and an unstable
    // sort of precomputed keys gives the one order.
    let mut keyed: Vec<_> =
        (0..forms.len()).map(|f| (Reverse(reach(f)), Reverse(carried(f)), Reverse(forms[f].words.len()), f)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|key| key.3 as u32).collect()
}

struct State<'f> {
    /// Per form: `(cluster, relation to its representative)` once claimed.
    home: Vec<Option<(u32, Relation)>>,
    clusters: Vec<FormCluster>,
    forms: &'f [Form],
    neighbours: &'f Neighbours,
}

impl State<'_> {
    /// Makes `form` a representative and claims its unclaimed neighbours.
    fn lead(&mut self, form: u32) {
        let cluster = self.clusters.len() as u32;
        self.clusters.push(FormCluster { representative: form, forms: Vec::new() });
        self.join(cluster, form, Relation::Same);
        for &(other, link) in &self.neighbours[form as usize] {
            // `link` is the representative's relation to `other`.
            let relation = inverse(link.relation);
            if self.home[other as usize].is_none() && self.article_guard(cluster, other, relation, false) {
                self.join(cluster, other, relation);
            }
        }
    }

    fn join(&mut self, cluster: u32, form: u32, relation: Relation) {
        self.home[form as usize] = Some((cluster, relation));
        self.clusters[cluster as usize].forms.push((form, relation));
    }

    /// The cluster holding at least half (by articles) of the forms `form`
    /// relates to, with the relation to record (overlap for wording, else translation).
    fn majority_home(&self, form: u32) -> Option<(u32, Relation)> {
        // (cluster, weight, relation, whether `form` lies inside a member of it)
        let mut related: Vec<(u32, usize, Relation, bool)> = Vec::new();
        for &(other, link) in &self.neighbours[form as usize] {
            if let Some((cluster, _)) = self.home[other as usize] {
                let weight = self.forms[other as usize].articles.len();
                let relation =
                    if link.relation == Relation::Translation { Relation::Translation } else { Relation::Overlap };
                let inside = link.relation == Relation::Part;
                match related.iter_mut().find(|r| r.0 == cluster) {
                    Some(entry) => {
                        entry.1 += weight;
                        entry.3 |= inside;
                    }
                    None => related.push((cluster, weight, relation, inside)),
                }
            }
        }
        related.into_iter().find_map(|(cluster, weight, relation, inside)| {
            let total: usize =
                self.clusters[cluster as usize].forms.iter().map(|(f, _)| self.forms[*f as usize].articles.len()).sum();
            // A form inside a member cannot glue statements together: it joins.
            let majority = 2 * weight >= total || inside;
            (majority && self.article_guard(cluster, form, relation, inside)).then_some((cluster, relation))
        })
    }

    /// Whether `form` may join `cluster` without putting two different
    /// quotations of one article into one statement (`inside`: `form` lies
    /// inside a member of the cluster).
    fn article_guard(&self, cluster: u32, form: u32, relation: Relation, inside: bool) -> bool {
        let articles = &self.forms[form as usize].articles;
        self.clusters[cluster as usize].forms.iter().all(|&(other, other_relation)| {
            let shares = self.forms[other as usize].articles.iter().any(|a| articles.binary_search(a).is_ok());
            !shares
                || self.contains_either(form, other)
                || (relation == Relation::Part && other_relation == Relation::Part)
                || (inside && self.inside_member_apart(cluster, form, other))
        })
    }

    /// Whether `form` lies inside a member of `cluster` that shares no article
    /// with `other` (another outlet's rendering of the passage).
    fn inside_member_apart(&self, cluster: u32, form: u32, other: u32) -> bool {
        let others = &self.forms[other as usize].articles;
        self.neighbours[form as usize].iter().any(|&(m, link)| {
            link.relation == Relation::Part
                && matches!(self.home[m as usize], Some((c, _)) if c == cluster)
                && !self.forms[m as usize].articles.iter().any(|a| others.binary_search(a).is_ok())
        })
    }

    /// Whether one of two forms contains the other (or they are one wording).
    fn contains_either(&self, a: u32, b: u32) -> bool {
        self.neighbours[a as usize].iter().any(|(other, link)| {
            *other == b && matches!(link.relation, Relation::Same | Relation::Spelling | Relation::Part | Relation::Longer)
        })
    }
}
