//! The index: what the page embeds (as postcard bytes, via `build.rs`) and
//! what `quotes.json` and `cargo xtask export` print (as JSON). One type for
//! both, so the two can never drift apart.
//!
//! Field names are part of the export schema documented in the README: add
//! fields freely, never rename or drop them. Postcard is not self-describing,
//! so no field may be skipped when serialising.

use crate::group::{self, Member, Relation};
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
    /// Every article of the corpus, in file order.
    pub articles: Vec<ArticleEntry>,
    /// Statements, most widely carried first.
    pub statements: Vec<Statement>,
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
}

impl Index {
    /// Assembles the index from articles and their attributed quotations
    /// (`found[i]` belongs to `articles[i]`).
    pub fn assemble(articles: Vec<Article>, found: Vec<Vec<(Quotation, Attribution)>>) -> Index {
        let flat: Vec<(usize, &Quotation, &Attribution)> = found
            .iter()
            .enumerate()
            .flat_map(|(a, list)| list.iter().map(move |(q, at)| (a, q, at)))
            .collect();
        let members: Vec<Member> = flat
            .iter()
            .map(|&(article, q, at)| Member { article, text: &q.text, speaker: at.speaker.as_deref(), kind: q.kind })
            .collect();
        let clusters = group::group(&members);
        let occurrence = |i: usize, relation: Relation| {
            let (a, q, at) = flat[i];
            make_occurrence(&articles[a], q, at, relation)
        };
        let mut statements: Vec<Statement> = clusters
            .iter()
            .map(|cluster| {
                let mut occurrences: Vec<Occurrence> =
                    vec![occurrence(cluster.representative, Relation::Same)];
                for (&m, &relation) in cluster.members.iter().zip(&cluster.relations) {
                    if m != cluster.representative {
                        occurrences.push(occurrence(m, relation));
                    }
                }
                let mut carriers: Vec<&str> = occurrences.iter().map(|o| o.article.as_str()).collect();
                carriers.sort_unstable();
                carriers.dedup();
                let first = &occurrences[0];
                Statement {
                    id: first.id.clone(),
                    speaker: occurrences.iter().find_map(|o| o.speaker.clone()),
                    text: first.text.clone(),
                    kind: first.kind,
                    article_count: carriers.len() as u32,
                    occurrences,
                }
            })
            .collect();
        statements.sort_by_key(|s| std::cmp::Reverse((s.kind == Kind::Quote, s.article_count)));
        Index {
            version: FORMAT_VERSION,
            articles: articles.iter().map(ArticleEntry::from).collect(),
            statements,
        }
    }

    /// Finds a statement by its own id or by the id of any of its occurrences,
    /// so that links stay valid when the representative changes.
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements
            .iter()
            .find(|s| s.id == id)
            .or_else(|| self.statements.iter().find(|s| s.occurrences.iter().any(|o| o.id == id)))
    }

    /// Finds an article by id.
    pub fn article(&self, id: &str) -> Option<&ArticleEntry> {
        self.articles.iter().find(|a| a.id == id)
    }
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
    }
}
