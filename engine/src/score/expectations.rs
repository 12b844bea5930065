//! The expectation file format for a hand-read corpus (`tests/seeds.toml`, a
//! copy of `shared/gold/seeds.toml`): every statement a careful reader finds,
//! with the places articles quote it. The engine's tests and
//! `cargo xtask eval` read it through these types, so the format is
//! described once. Parse it with any serde TOML reader.

use serde::Deserialize;

/// A whole expectation file: its statements.
#[derive(Clone, Debug, Deserialize)]
pub struct Expectations {
    /// One entry per thing a person said or wrote.
    pub statement: Vec<ExpectedStatement>,
    /// Articles that republish another nearly word for word.
    #[serde(default)]
    pub syndicated: Vec<ExpectedSyndication>,
}

/// An article expected to be marked as a near-copy of another.
#[derive(Clone, Debug, Deserialize)]
pub struct ExpectedSyndication {
    /// The file name of the copy.
    pub copy: String,
    /// The file name of the article it copies.
    pub original: String,
}

/// One statement and every place an article quotes it.
#[derive(Clone, Debug, Deserialize)]
pub struct ExpectedStatement {
    /// A short stable name for the statement ("konashenkov-mercenaries").
    pub key: String,
    /// The canonical name of the speaker, or a description where no one is named.
    pub speaker: Option<String>,
    /// "quote" (must be found), "phrase" (may be found) or "name" (must not be a quote).
    pub kind: String,
    /// The places the statement stands.
    pub occurrence: Vec<ExpectedOccurrence>,
}

/// One place a statement stands in one article.
#[derive(Clone, Debug, Deserialize)]
pub struct ExpectedOccurrence {
    /// The article's file name.
    pub file: String,
    /// The quotation as it stands in the article, without its marks.
    pub text: String,
    /// The reporting verb, where the article has one.
    pub cue: Option<String>,
    /// The outlet or channel the article credits, where it credits one.
    pub via: Option<String>,
    /// How it differs from the first occurrence: same, spelling, part, superset, translation.
    pub variant: Option<String>,
    /// Which independent rendering (translation) it follows; "a" when not given.
    pub rendering: Option<String>,
    /// Whether this is the second part of a passage split around its attribution.
    #[serde(default)]
    pub continues: bool,
}

impl ExpectedStatement {
    /// Whether the statement is speech the engine must find.
    pub fn is_quote(&self) -> bool {
        self.kind == "quote"
    }
}
