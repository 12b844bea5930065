//! # quote-engine
//!
//! Turns a folder of news articles into an index of statements: who said what,
//! in which articles, worded how, credited to whom. Pure Rust with no web
//! dependencies, so the same code runs natively (build script, export,
//! evaluation) and in the browser.
//!
//! Data flows one way; each arrow is a plain value you can print in a test:
//!
//! ```text
//! bytes ─► read ─► Article ─► quotes ─► Quotation ─► attrib ─► Attribution
//!       ─► people (one name per person) ─► group ─► Statement ─► index ─► Index
//! ```
//!
//! | module | what it does |
//! |---|---|
//! | [`model`]  | the plain data types that pass between the stages |
//! | [`read`]   | bytes to [`Article`]: decoding, repair, title and outlet |
//! | [`quotes`] | finds the quotations in an article |
//! | [`attrib`] | names the speaker, cue and credited outlet of each quotation |
//! | [`people`] | merges the names of one person across the corpus |
//! | [`group`]  | groups the quotations of one statement across articles |
//! | [`index`]  | the [`Index`] the page embeds and `quotes.json` exports |
//! | [`corpus`] | reads a folder of articles from disk (feature `fs`) |
//! | [`score`]  | the benchmark's matching rule, for tests and evaluation |
//! | [`text`]   | words, folding and stable ids shared by the stages |
//! | [`wordset`] | fast exact lookup in the lexicons |

pub mod attrib;
#[cfg(feature = "fs")]
pub mod corpus;
pub mod group;
pub mod index;
pub mod model;
pub mod people;
pub mod quotes;
pub mod read;
pub mod score;
pub mod text;
pub mod wordset;

pub use group::Relation;
pub use index::Index;
pub use model::{Article, Attribution, Kind, Quotation};

/// Runs every stage over already-read articles and returns the index.
///
/// This is the whole engine in one call: quotations are found and attributed
/// per article, speakers are merged across the corpus, and quotations are
/// grouped into statements.
pub fn build_index(articles: Vec<Article>) -> Index {
    let found = extract_all(&articles);
    index::Index::assemble(articles, found)
}

/// Finds and attributes the quotations of one article (no cross-article work).
pub fn extract(article: &Article) -> Vec<(Quotation, Attribution)> {
    explain(article).into_iter().map(|(quotation, attribution, _)| (quotation, attribution)).collect()
}

/// Like [`extract`], with the features each quotation's kind was decided on.
///
/// The kind is settled after attribution: whether a speaker and a cue are
/// bound to a quotation decides a short fragment ([`quotes::settle`]).
pub fn explain(article: &Article) -> Vec<(Quotation, Attribution, quotes::kind::Features)> {
    let (quotations, features): (Vec<Quotation>, Vec<quotes::kind::Features>) = quotes::explain(article).into_iter().unzip();
    let attributions = attrib::attribute(article, &quotations);
    quotations
        .into_iter()
        .zip(attributions)
        .zip(features)
        .map(|((mut quotation, attribution), features)| {
            quotation.kind = quotes::settle::kind(&features, &attribution);
            (quotation, attribution, features)
        })
        .collect()
}

/// Finds and attributes the quotations of every article, then gives each
/// person one name across the corpus. `result[i]` belongs to `articles[i]`.
pub fn extract_all(articles: &[Article]) -> Vec<Vec<(Quotation, Attribution)>> {
    let mut found: Vec<_> = articles.iter().map(extract).collect();
    people::unify(&mut found);
    found
}
