//! The index: what the page embeds (as postcard bytes, via `build.rs`) and
//! what `quotes.json` and `cargo xtask export` print (as JSON). One type for
//! both, so the two can never drift apart.
//!
//! Field names are part of the export schema documented in the README: add
//! fields freely, never rename or drop them. Postcard is not self-describing,
//! so no field may be skipped when serialising.

use crate::group::{self, syndication, Member, Relation};
use crate::model::{Article, Attribution, Kind, Quotation};
use crate::text::{fnv1a, short_id};
use serde::{Deserialize, Serialize};

/// Bumped whenever the embedded layout changes.
pub const FORMAT_VERSION: u32 = 1;

/// Everything the page shows: articles and the statements quoted in them.
/// Becomes `dist/quotes.json` and the bytes embedded in the wasm.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// Layout version ([`FORMAT_VERSION`]).
    pub version: u32,
    /// Every article of the corpus, sorted by id (ids are unique).
    pub articles: Vec<ArticleEntry>,
    /// Statements, most widely carried first.
    pub statements: Vec<Statement>,
    /// Every occurrence id with the index of its statement in `statements`,
    /// sorted by id: [`Index::statement`] binary-searches it, so opening a
    /// link costs O(log n) even at 50,000 articles. A statement's id is the id
    /// of one of its occurrences, so it is found here too.
    pub lookup: Vec<(String, u32)>,
}

/// One article as the page lists it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleEntry {
    /// Stable id derived from the file path.
    pub id: String,
    /// Path relative to the corpus folder.
    pub file: String,
    /// The headline.
    pub title: String,
    /// The outlet, when known.
    pub outlet: Option<String>,
    /// The byline, when known.
    pub author: Option<String>,
    /// The date, when known.
    pub date: Option<String>,
    /// The original address, when known.
    pub url: Option<String>,
    /// Repairs made while reading, one sentence each.
    pub repairs: Vec<String>,
    /// The id of the article this one is a near-copy of (syndicated), or null.
    pub republished_from: Option<String>,
}

/// One thing a person said, with every place the corpus quotes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Stable id: the id of its representative occurrence.
    pub id: String,
    /// Canonical speaker name, or null.
    pub speaker: Option<String>,
    /// The representative wording.
    pub text: String,
    /// Speech or phrase (the representative's kind).
    pub kind: Kind,
    /// How many distinct articles carry it.
    pub article_count: u32,
    /// Every occurrence, representative first.
    pub occurrences: Vec<Occurrence>,
}

/// One article's rendering of a statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    /// Stable id from the article id and the quotation's matching form.
    pub id: String,
    /// The id of the article that carries it.
    pub article: String,
    /// The quotation exactly as the article has it, without its marks.
    pub text: String,
    /// "quote" for speech, "phrase" for short terms and scare quotes.
    pub kind: Kind,
    /// Canonical speaker name, or null.
    pub speaker: Option<String>,
    /// The speaker as the article writes it.
    pub speaker_as_written: Option<String>,
    /// The speaker's role as written.
    pub role: Option<String>,
    /// The reporting verb.
    pub cue: Option<String>,
    /// The outlet or channel credited.
    pub via: Option<String>,
    /// Its relation to the statement's representative wording.
    pub relation: Relation,
    /// The sentence or paragraph that carries the attribution.
    pub context: Option<String>,
    /// Carried by an article that republishes another (see
    /// [`ArticleEntry::republished_from`]): a copy, not an independent report.
    pub syndicated: bool,
}

impl Index {
    /// Assembles the index from articles and their attributed quotations
    /// (`found[i]` belongs to `articles[i]`): groups the quotations into
    /// statements, labels syndicated copies and builds the id lookup.
    pub fn assemble(mut articles: Vec<Article>, found: Vec<Vec<(Quotation, Attribution)>>) -> Index {
        make_article_ids_unique(&mut articles);
        let flat: Vec<Found> = found
            .iter()
            .enumerate()
            .flat_map(|(a, list)| list.iter().map(move |(q, at)| Found { article: a, quotation: q, attribution: at }))
            .collect();
        let members = members(&articles, &flat);
        let clusters = group::group(&members);
        let copies = syndication::republished_from(&articles);
        let ids = occurrence_ids(&articles, &flat);
        let make = |i: usize, relation: Relation| {
            let f = &flat[i];
            let mut occurrence = make_occurrence(&articles[f.article], f.quotation, f.attribution, relation);
            occurrence.id = ids[i].clone();
            occurrence.syndicated = copies[f.article].is_some();
            occurrence
        };
        let mut statements: Vec<Statement> = clusters.iter().map(|cluster| statement(cluster, &make)).collect();
        statements.sort_by_key(|s| std::cmp::Reverse((s.kind == Kind::Quote, s.article_count)));
        let mut entries: Vec<ArticleEntry> = articles.iter().map(ArticleEntry::from).collect();
        for (entry, source) in entries.iter_mut().zip(&copies) {
            entry.republished_from = source.map(|s| articles[s].id.clone());
        }
        entries.sort_by(|a, b| a.id.cmp(&b.id));
        let lookup = lookup(&statements);
        Index { version: FORMAT_VERSION, articles: entries, statements, lookup }
    }

    /// Finds a statement by its own id or by the id of any of its occurrences,
    /// so that links stay valid when the representative changes (binary search
    /// in [`Index::lookup`]; a linear scan when an index carries no lookup).
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        if self.lookup.is_empty() {
            return self.statements.iter().find(|s| s.id == id || s.occurrences.iter().any(|o| o.id == id));
        }
        let at = self.lookup.binary_search_by(|(key, _)| key.as_str().cmp(id)).ok()?;
        self.statements.get(self.lookup[at].1 as usize)
    }

    /// Finds an article by id (binary search: [`Index::assemble`] sorts
    /// [`Index::articles`] by id).
    pub fn article(&self, id: &str) -> Option<&ArticleEntry> {
        self.articles.binary_search_by(|a| a.id.as_str().cmp(id)).ok().map(|at| &self.articles[at])
    }
}

/// One quotation of the corpus with its article and attribution.
struct Found<'a> {
    article: usize,
    quotation: &'a Quotation,
    attribution: &'a Attribution,
}

/// Two files can slug to one id ("a/b.txt" and "a-b.md"); later ones in
/// corpus order get `-2`, `-3` … so every link names one article.
fn make_article_ids_unique(articles: &mut [Article]) {
    let mut taken: std::collections::HashSet<String> = articles.iter().map(|a| a.id.clone()).collect();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for article in articles.iter_mut() {
        if seen.insert(article.id.clone()) {
            continue;
        }
        let base = article.id.clone();
        let id = (2..).map(|n| format!("{base}-{n}")).find(|id| !taken.contains(id)).expect("some suffix is free");
        taken.insert(id.clone());
        seen.insert(id.clone());
        article.id = id;
    }
}

/// Every quotation's id, unique in the index: [`occurrence_id`] for the first
/// quotation of an article with that matching form, and `-2`, `-3` … appended
/// for later ones in reading order (the same words quoted again in one
/// article, possibly by someone else), so ids stay stable per article.
fn occurrence_ids(articles: &[Article], flat: &[Found]) -> Vec<String> {
    let mut seen: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    flat.iter()
        .map(|f| {
            let base = occurrence_id(&articles[f.article].id, &f.quotation.text);
            let count = seen.entry(base.clone()).or_insert(0);
            *count += 1;
            if *count == 1 { base } else { format!("{base}-{count}") }
        })
        .collect()
}

/// What grouping needs of each quotation, with split quotations detected:
/// a single-part quotation continues the previous one of its paragraph when
/// [`group::split::continues`] says so and the speakers agree.
fn members<'a>(articles: &'a [Article], flat: &'a [Found]) -> Vec<Member<'a>> {
    let mut members: Vec<Member> = Vec::with_capacity(flat.len());
    for (index, f) in flat.iter().enumerate() {
        let mut member = Member::new(f.article, &f.quotation.text, f.attribution.speaker.as_deref(), f.quotation.kind);
        member.date = articles[f.article].date.as_deref();
        member.continues = index.checked_sub(1).filter(|&p| is_continuation(articles, &flat[p], f));
        members.push(member);
    }
    members
}

fn is_continuation(articles: &[Article], previous: &Found, next: &Found) -> bool {
    let (Some(a), Some(b)) = (previous.quotation.parts.last(), next.quotation.parts.first()) else { return false };
    let speakers_agree = match (&previous.attribution.speaker, &next.attribution.speaker) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    previous.article == next.article
        && next.quotation.parts.len() == 1
        && a.paragraph == b.paragraph
        && a.end <= b.start
        && speakers_agree
        && next.quotation.kind == Kind::Quote
        && group::split::continues(&articles[previous.article].paragraphs[a.paragraph].text, (a.start, a.end), (b.start, b.end))
}

/// A statement from a cluster: representative first, article count, speaker.
fn statement(cluster: &group::Cluster, make: &dyn Fn(usize, Relation) -> Occurrence) -> Statement {
    let mut occurrences: Vec<Occurrence> = vec![make(cluster.representative, Relation::Same)];
    for (&m, &relation) in cluster.members.iter().zip(&cluster.relations) {
        if m != cluster.representative {
            occurrences.push(make(m, relation));
        }
    }
    let mut carriers: Vec<&str> = occurrences.iter().map(|o| o.article.as_str()).collect();
    carriers.sort_unstable();
    carriers.dedup();
    let first = &occurrences[0];
    Statement {
        id: first.id.clone(),
        speaker: first.speaker.clone().or_else(|| occurrences.iter().find_map(|o| o.speaker.clone())),
        text: first.text.clone(),
        kind: first.kind,
        article_count: carriers.len() as u32,
        occurrences,
    }
}

/// The sorted `(occurrence id, statement index)` table behind [`Index::statement`].
fn lookup(statements: &[Statement]) -> Vec<(String, u32)> {
    let mut table: Vec<(String, u32)> = statements
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.occurrences.iter().map(move |o| (o.id.clone(), i as u32)))
        .collect();
    table.sort();
    table.dedup_by(|a, b| a.0 == b.0);
    table
}

impl From<&Article> for ArticleEntry {
    fn from(article: &Article) -> Self {
        ArticleEntry {
            id: article.id.clone(),
            file: article.file.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            author: article.author.clone(),
            date: article.date.clone(),
            url: article.url.clone(),
            repairs: article.repairs.iter().map(|r| format!("line {}: {}", r.line, r.note)).collect(),
            republished_from: None,
        }
    }
}

/// The stable id of a quotation: its article and its matching form.
pub fn occurrence_id(article_id: &str, text: &str) -> String {
    let key = format!("{article_id}\u{0}{}", group::matching_form(text));
    short_id(fnv1a(key.as_bytes()))
}

fn make_occurrence(article: &Article, q: &Quotation, at: &Attribution, relation: Relation) -> Occurrence {
    Occurrence {
        id: occurrence_id(&article.id, &q.text),
        article: article.id.clone(),
        text: q.text.clone(),
        kind: q.kind,
        speaker: at.speaker.clone(),
        speaker_as_written: at.speaker_as_written.clone(),
        role: at.role.clone(),
        cue: at.cue.clone(),
        via: at.via.clone(),
        relation,
        context: at.sentence.clone(),
        syndicated: false,
    }
}
