//! Metadata lines: "Source: …", "Article Source: …", "By Jane Doe",
//! author notes ("Jane Doe is a reporter at The Daily …") and date lines.
//! Each is recognised from the line alone and yields what it says.

use super::dates::find_date;
use super::shape::{clean_value, has_quote_mark, is_name_like, starts_with_ci, word_count};

/// The kinds of metadata line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MetaKind {
    /// "Source: …" (which may credit a chart or a figure, not the article).
    #[default]
    Source,
    /// "Article Source: …", "Original Source: …", "Source: Author - Outlet".
    ArticleSource,
    /// "By Jane Doe".
    Byline,
    /// "Jane Doe is a reporter at The Daily."
    AuthorNote,
    /// A line that is a date.
    Date,
    /// A reporting credit: "With files from …", "X contributed to this report".
    Credit,
}

/// What a metadata line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MetaLine {
    /// Which kind of line it is.
    pub kind: MetaKind,
    /// The author it names.
    pub author: Option<String>,
    /// The outlet it names.
    pub outlet: Option<String>,
    /// The address it gives.
    pub url: Option<String>,
    /// The date it gives, as ISO `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// Labels that open a source line; the value follows a colon.
const SOURCE_LABELS: &[&str] = &["article source", "original source", "sources", "source", "via"];

/// Labels that open a byline; the names follow.
const BYLINE_LABELS: &[&str] = &["by ", "written by ", "posted by ", "words by ", "reporting by ", "story by "];

/// Nouns that make "X is a … at Y" an author note.
const JOURNALISM_NOUNS: &[&str] = &[
    "reporter", "correspondent", "journalist", "writer", "editor", "columnist", "contributor", "freelance",
    "freelancer", "producer", "reporting",
];

/// Metadata lines are never longer than this (in bytes).
const MAX_META_BYTES: usize = 500;

/// Separators between an author and an outlet in a source line.
const SEPARATORS: &[&str] = &[" - ", " – ", " — ", " | ", " / "];

/// Recognises a metadata line and reads what it says.
pub fn read_meta_line(text: &str) -> Option<MetaLine> {
    if text.len() > MAX_META_BYTES {
        return None;
    }
    source_line(text)
        .or_else(|| byline(text))
        .or_else(|| author_note(text))
        .or_else(|| date_line(text))
        .or_else(|| credit_line(text))
}

/// Openings of reporting credits.
const CREDIT_PREFIXES: &[&str] =
    &["with files from", "additional reporting by", "editing by", "compiled by", "— with files from", "- with files from"];

/// Phrases that make a short line a reporting credit.
const CREDIT_PHRASES: &[&str] = &[" contributed to this report", " contributed to this story", " contributed reporting"];

/// "With files from The Canadian Press", "Jane Doe contributed to this report."
fn credit_line(text: &str) -> Option<MetaLine> {
    if text.len() > 200 {
        return None;
    }
    let credits = CREDIT_PREFIXES.iter().any(|p| starts_with_ci(text, p)) || text.contains(" contribut") && CREDIT_PHRASES.iter().any(|p| text.contains(p));
    // The quote-mark scan last: most lines are no credit.
    (credits && !has_quote_mark(text)).then(|| MetaLine { kind: MetaKind::Credit, ..MetaLine::default() })
}

/// "Source: X", "Article Source: X", "- Source : Author - Outlet".
fn source_line(text: &str) -> Option<MetaLine> {
    let text = text.trim_start_matches(['-', '–', '—', '•', '*', ' ']);
    let label = SOURCE_LABELS.iter().find(|label| starts_with_ci(text, label))?;
    let rest = text[label.len()..].trim_start();
    let value = clean_value(rest.strip_prefix(':')?);
    if value.is_empty() || word_count(value) > 10 || has_quote_mark(value) {
        return None;
    }
    if value.starts_with("http") || value.starts_with("www.") {
        return Some(MetaLine { url: Some(value.to_string()), ..MetaLine::default() });
    }
    let explicit = !label.starts_with("source") && *label != "via";
    let kind = if explicit { MetaKind::ArticleSource } else { MetaKind::Source };
    let mut line = MetaLine { kind, ..MetaLine::default() };
    match SEPARATORS.iter().find_map(|sep| value.split_once(sep)) {
        Some((author, outlet)) if is_name_like(clean_value(author)) => {
            line.kind = MetaKind::ArticleSource;
            line.author = Some(clean_value(author).to_string());
            line.outlet = Some(clean_value(outlet).to_string());
        }
        _ => line.outlet = Some(value.to_string()),
    }
    Some(line)
}

/// "By Jane Doe", "By Jane Doe and John Roe | March 3, 2022".
fn byline(text: &str) -> Option<MetaLine> {
    let label = BYLINE_LABELS.iter().find(|label| starts_with_ci(text, label))?;
    if word_count(text) > 16 {
        return None;
    }
    let rest = &text[label.len()..];
    let names_end = rest.find(['|', '·', ';', ',', '\u{2014}', '\u{2013}']).unwrap_or(rest.len());
    let names = clean_value(rest[..names_end].split(" - ").next().unwrap_or(""));
    let every_name_fits = names.split(" and ").all(|name| is_name_like(clean_value(name)));
    if names.is_empty() || !every_name_fits {
        return None;
    }
    Some(MetaLine {
        kind: MetaKind::Byline,
        author: Some(names.to_string()),
        date: find_date(&rest[names_end..]).map(|d| d.iso),
        ..MetaLine::default()
    })
}

/// "Jack Phillips is a breaking news reporter at The Epoch Times based in New York."
fn author_note(text: &str) -> Option<MetaLine> {
    // The first two words capitalised: the text, and what follows its first space, open with a capital.
    let capital = |s: &str| s.starts_with(|c: char| c.is_uppercase());
    let opens_with_name = || capital(text) && text.bytes().position(|b| b == b' ').is_none_or(|k| capital(&text[k + 1..]));
    if !text.ends_with('.') || !opens_with_name() {
        return None;
    }
    // Every cue opens with " is ": one search turns most lines away (before the quote-mark scan).
    let is_at = text.contains(" is ").then(|| [" is a ", " is an ", " is the "].iter().find_map(|cue| text.find(cue))).flatten()?;
    if has_quote_mark(text) {
        return None;
    }
    let name = &text[..is_at];
    if !is_name_like(name) {
        return None;
    }
    let description = &text[is_at..];
    let names_journalism = description
        .split(|c: char| !c.is_alphabetic())
        .take(16)
        .any(|word| JOURNALISM_NOUNS.iter().any(|noun| word.eq_ignore_ascii_case(noun)));
    if !names_journalism {
        return None;
    }
    let outlet = [" at ", " for ", " with "]
        .iter()
        .filter_map(|cue| description.find(cue).map(|at| &description[at + cue.len()..]))
        .find_map(capitalised_run);
    Some(MetaLine { kind: MetaKind::AuthorNote, author: Some(name.to_string()), outlet, ..MetaLine::default() })
}

/// The run of capitalised words that opens `text` ("The Epoch Times based …"
/// gives "The Epoch Times"), ending at punctuation or a lower-case word.
fn capitalised_run(text: &str) -> Option<String> {
    let mut end = 0;
    for (words, word) in text.split(' ').enumerate() {
        let bare = word.trim_end_matches(['.', ',', ';', ':']);
        let capital = bare.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let connector = words > 0 && matches!(bare, "of" | "and" | "&");
        if bare.is_empty() || !(capital || connector) || words == 6 {
            break;
        }
        end += if words == 0 { bare.len() } else { 1 + bare.len() };
        if bare.len() != word.len() {
            break;
        }
    }
    let run = text[..end].trim_end_matches([' ', '&']).trim_end_matches(" of").trim_end_matches(" and");
    (!run.is_empty()).then(|| run.to_string())
}

/// A line that is a date and little else: "March 3, 2022", "Published: 2022-03-03".
fn date_line(text: &str) -> Option<MetaLine> {
    if text.len() > 80 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let found = find_date(text)?;
    (word_count(text) <= found.words + 4 && !text.ends_with('.'))
        .then(|| MetaLine { kind: MetaKind::Date, date: Some(found.iso), ..MetaLine::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> MetaLine {
        read_meta_line(text).unwrap_or_else(|| panic!("not meta: {text}"))
    }

    #[test]
    fn source_lines_give_outlet_and_author() {
        assert_eq!(meta("Article Source: The Chronicle").outlet.as_deref(), Some("The Chronicle"));
        let line = meta("- Source : Kyle Anzalone - GreatGameIndia");
        assert_eq!(line.author.as_deref(), Some("Kyle Anzalone"));
        assert_eq!(line.outlet.as_deref(), Some("GreatGameIndia"));
        assert_eq!(meta("Source: https://x.org/a").url.as_deref(), Some("https://x.org/a"));
    }

    #[test]
    fn bylines_give_author_and_date() {
        let line = meta("By Jane Doe and John Roe | March 3, 2022");
        assert_eq!(line.author.as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(line.date.as_deref(), Some("2022-03-03"));
        assert!(read_meta_line("By Thursday afternoon the roads were closed.").is_none());
    }

    #[test]
    fn author_notes_give_author_and_outlet() {
        let line = meta("Jack Phillips is a breaking news reporter at The Epoch Times based in New York.");
        assert_eq!(line.author.as_deref(), Some("Jack Phillips"));
        assert_eq!(line.outlet.as_deref(), Some("The Epoch Times"));
        assert!(read_meta_line("Jane Doe is a nurse at the Royal London Hospital.").is_none());
    }

    #[test]
    fn reporting_credits_are_meta() {
        assert_eq!(meta("With files from CTV Vancouver's Ben Miljure").kind, MetaKind::Credit);
        assert_eq!(meta("Annabelle Liang contributed to this story from Singapore").kind, MetaKind::Credit);
        assert!(read_meta_line("“She contributed to this report,” he said.").is_none());
    }

    #[test]
    fn date_lines_are_meta_but_sentences_are_not() {
        assert_eq!(meta("Published: March 3, 2022 10:15 am").date.as_deref(), Some("2022-03-03"));
        assert!(read_meta_line("The war began on February 24, 2022, at dawn and has not stopped since.").is_none());
        assert!(read_meta_line("Source of the fire was a cigarette, police said.").is_none());
    }
}
