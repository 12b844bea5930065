//! The plain data types that pass between the engine's stages.
//!
//! Offsets are byte offsets into a paragraph's `text` (always on `char`
//! boundaries). Nothing here knows about the web or about serialisation
//! formats beyond serde derives.

use serde::{Deserialize, Serialize};

/// One news article as read from a file, after decoding and repair.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id derived from the file path (used in links).
    pub id: String,
    /// Path relative to the corpus folder, with `/` separators.
    pub file: String,
    /// The headline.
    pub title: String,
    /// The publishing outlet, when known.
    pub outlet: Option<String>,
    /// The byline, when known.
    pub author: Option<String>,
    /// The publication date as written (ISO `YYYY-MM-DD` when it can be read).
    pub date: Option<String>,
    /// The original address, when known.
    pub url: Option<String>,
    /// The language code, when given.
    pub language: Option<String>,
    /// The text in paragraphs (one per non-empty line or blank-line block).
    pub paragraphs: Vec<Paragraph>,
    /// Every repair made while reading, so the build report can say what happened.
    pub repairs: Vec<Repair>,
}

/// One paragraph of an article with the part it plays.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's text, trimmed.
    pub text: String,
    /// Headline, body text, caption, boilerplate …
    pub role: Role,
    /// 1-based line in the source file where the paragraph starts.
    pub line: u32,
}

/// The part a paragraph plays in an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// The article's headline.
    Title,
    /// A sub-heading inside the article.
    Heading,
    /// Ordinary article text.
    Body,
    /// A photo caption or credit line (quotations in it still count).
    Caption,
    /// Byline, dateline, "Source:" and similar metadata lines.
    Meta,
    /// Share prompts, comment forms, "Source link" and the like.
    Boilerplate,
}

/// A repair made while reading an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Repair {
    /// 1-based line of the repair (0 when it concerns the whole file).
    pub line: u32,
    /// What was wrong and what was done, in one sentence.
    pub note: String,
}

/// A stretch of a paragraph: `text[start..end]` of paragraph number `paragraph`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// Whether a quotation is speech or a quoted term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Speech or writing attributed to someone.
    Quote,
    /// A short term, scare quote or name of a thing; not speech.
    Phrase,
}

/// One utterance found in an article, possibly made of several quoted parts
/// (a quotation split around its attribution, or running over paragraphs).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quotation {
    /// The quoted parts, without their marks, in reading order.
    pub parts: Vec<Span>,
    /// The quoted words as the article has them, parts joined by a space.
    pub text: String,
    /// Speech or phrase.
    pub kind: Kind,
}

/// Who said a quotation and how the article credits it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The canonical name of the speaker (full name where the corpus knows it),
    /// or the description as written for unnamed sources ("one veteran").
    pub speaker: Option<String>,
    /// The mention as the article writes it ("he", "Mr. Konashenkov").
    pub speaker_as_written: Option<String>,
    /// The speaker's role or title ("Russian Defense Ministry spokesman").
    pub role: Option<String>,
    /// The reporting verb or phrase ("said", "told", "according to").
    pub cue: Option<String>,
    /// The outlet or channel credited ("TASS", "Reuters", "Twitter").
    pub via: Option<String>,
    /// The sentence that carries the attribution, as written.
    pub sentence: Option<String>,
    /// Whether speaker and cue are bound to the quotation in its own sentence
    /// ("at best…" he warned), not inherited from a neighbour.
    #[serde(default)]
    pub direct: bool,
}
