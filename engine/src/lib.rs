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

pub mod attrib;
#[cfg(feature = "fs")]
pub mod corpus;
pub mod group;
pub mod index;
pub mod model;
pub mod people;
pub mod quotes;
pub mod read;
pub mod text;

pub use index::Index;
pub use model::{Article, Attribution, Kind, Quotation};

/// Runs every stage over already-read articles and returns the index.
///
/// This is the whole engine in one call: quotations are found and attributed
/// per article, speakers are merged across the corpus, and quotations are
/// grouped into statements.
pub fn build_index(articles: Vec<Article>) -> Index {
    let found: Vec<Vec<(Quotation, Attribution)>> = articles
        .iter()
        .map(|article| {
            let quotations = quotes::find(article);
            let attributions = attrib::attribute(article, &quotations);
            quotations.into_iter().zip(attributions).collect()
        })
        .collect();
    let mut found = found;
    people::unify(&mut found);
    index::Index::assemble(articles, found)
}
