//! Outlet, author, date and address found in the text when front matter does
//! not give them. Sources, in order of trust: "Source:" lines, bylines and
//! author notes; a lone outlet name under the headline; a dateline credit
//! ("KYIV, March 3 (Reuters) -"); a closing credit ("… — BBC News").
//! A wrong outlet is worse than none, so each rule asks for a clear shape.

use super::blocks::Block;
use super::meta::{read_meta_line, MetaKind};
use super::shape::{clean_value, ends_with_clause_punctuation, is_title_case, word_count};
use crate::model::Role;

/// What the text says about the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The publishing outlet.
    pub outlet: Option<String>,
    /// The byline.
    pub author: Option<String>,
    /// The publication date, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The original address.
    pub url: Option<String>,
}

/// Last words that mark a line as an outlet's name ("The Chronicle").
const OUTLET_WORDS: &[&str] = &[
    "News", "Times", "Post", "Journal", "Herald", "Chronicle", "Tribune", "Gazette", "Guardian", "Telegraph",
    "Daily", "Press", "Agency", "Network", "Media", "Magazine", "Review", "Observer", "Mail", "Express",
    "Independent", "Insider", "Today", "Weekly", "Star", "Sun", "Globe", "Monitor", "Standard", "Courier",
    "Wire", "Examiner", "Inquirer", "Dispatch", "Bulletin", "Sentinel", "Register", "Mirror", "Online",
    "Enquirer", "Statesman", "Citizen", "Reuters", "Bloomberg", "BBC", "CNN", "NPR", "TV", "Radio",
];

/// How many paragraphs at each end of an article count as its top or end.
const EDGE: usize = 5;

/// Reads metadata from the paragraphs, marking the lines it comes from as
/// [`Role::Meta`].
pub fn find(blocks: &mut [Block]) -> Found {
    let mut found = from_meta_lines(blocks);
    let title = blocks.iter().position(|b| b.role == Role::Title).map_or(0, |i| i + 1);
    if found.outlet.is_none() {
        found.outlet = outlet_line_under_title(blocks, title);
    }
    if found.outlet.is_none() {
        found.outlet = blocks.iter().skip(title).find(|b| b.role == Role::Body).and_then(|b| dateline_credit(&b.text));
    }
    if found.outlet.is_none() {
        found.outlet = blocks.iter().rev().find(|b| b.role == Role::Body).and_then(|b| closing_credit(&b.text));
    }
    mark_name_lines(blocks, &found);
    found
}

/// Reads every metadata line; "Source:" outlets outrank author-note ones.
/// A "Source:" line credits the article only near its top or its end (in
/// between it credits a chart or a figure).
fn from_meta_lines(blocks: &[Block]) -> Found {
    let mut found = Found::default();
    let mut noted_outlet = None;
    let count = blocks.len();
    for (index, block) in blocks.iter().enumerate().filter(|(_, b)| b.role == Role::Meta) {
        let Some(line) = read_meta_line(&block.text) else { continue };
        found.author = found.author.or(line.author);
        found.date = found.date.or(line.date);
        found.url = found.url.or(line.url);
        let near_an_end = index < EDGE || index + EDGE >= count;
        let names_outlet = line.outlet.as_deref().is_some_and(looks_like_outlet_name);
        match line.kind {
            MetaKind::ArticleSource if near_an_end => found.outlet = found.outlet.or(line.outlet),
            MetaKind::Source if near_an_end && names_outlet => found.outlet = found.outlet.or(line.outlet),
            MetaKind::Source | MetaKind::ArticleSource => {}
            _ => noted_outlet = noted_outlet.or(line.outlet),
        }
    }
    found.outlet = found.outlet.or(noted_outlet);
    found
}

/// A lone outlet name within two paragraphs under the title; it becomes Meta.
fn outlet_line_under_title(blocks: &mut [Block], title: usize) -> Option<String> {
    let end = blocks.len().min(title + 2);
    let index = (title..end).find(|&i| is_outlet_name(&blocks[i]))?;
    blocks[index].role = Role::Meta;
    Some(blocks[index].text.clone())
}

/// True for a short Title Case line ending in a word outlets use.
fn is_outlet_name(block: &Block) -> bool {
    let text = block.text.as_str();
    matches!(block.role, Role::Body | Role::Heading)
        && (1..=5).contains(&word_count(text))
        && is_title_case(text)
        && !ends_with_clause_punctuation(text)
        && text.split_whitespace().last().is_some_and(|last| OUTLET_WORDS.contains(&last))
}

/// True for a name an outlet would have: it contains a word outlets use
/// ("The Evening Post", "Reuters") or is one word with inner capitals
/// ("GreatGameIndia").
fn looks_like_outlet_name(name: &str) -> bool {
    let has_outlet_word = name.split_whitespace().any(|w| OUTLET_WORDS.contains(&w.trim_end_matches('.')));
    let camel_case = !name.contains(' ') && name.chars().skip(1).any(char::is_uppercase) && name.chars().any(char::is_lowercase);
    has_outlet_word || camel_case
}

/// "KYIV, March 3 (Reuters) - …" gives "Reuters".
fn dateline_credit(text: &str) -> Option<String> {
    let head = &text[..floor_char_boundary(text, 120)];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let after = head[close + 1..].trim_start();
    let place = &head[..open];
    let place_is_capitals = place.split([',', ' ']).next().is_some_and(|w| w.len() >= 2 && !w.chars().any(char::is_lowercase));
    let credit = &head[open + 1..close];
    let credit_fits = (1..=3).contains(&word_count(credit)) && is_title_case(credit);
    (after.starts_with(['-', '–', '—']) && place_is_capitals && credit_fits).then(|| credit.to_string())
}

/// "… from Ukraine. — BBC News" gives "BBC News".
fn closing_credit(text: &str) -> Option<String> {
    let (body, credit) = [" — ", " – ", " - "].iter().find_map(|sep| text.rsplit_once(sep))?;
    let credit = clean_value(credit);
    let fits = body.trim_end().ends_with(['.', '!', '?', '"', '”'])
        && (1..=4).contains(&word_count(credit))
        && is_title_case(credit)
        && credit.split_whitespace().any(|w| OUTLET_WORDS.contains(&w) || is_acronym(w));
    fits.then(|| credit.to_string())
}

/// True for an upper-case abbreviation of two to five letters ("BBC").
fn is_acronym(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Short lines that just repeat the author or the outlet become Meta.
fn mark_name_lines(blocks: &mut [Block], found: &Found) {
    let names = [found.author.as_deref(), found.outlet.as_deref()];
    for block in blocks.iter_mut().filter(|b| matches!(b.role, Role::Body | Role::Heading | Role::Caption)) {
        if block.text.len() <= 80 && names.iter().flatten().any(|name| block.text.eq_ignore_ascii_case(name)) {
            block.role = Role::Meta;
        }
    }
}

/// The largest char boundary at or below `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::read::blocks::blocks_with_roles as blocks;

    #[test]
    fn source_lines_outrank_author_notes() {
        let mut found = blocks(&[
            ("Headline", Role::Title),
            ("Jane Doe", Role::Heading),
            ("Jane Doe is a reporter at The Daily Star.", Role::Meta),
            ("Source: The Evening Post", Role::Meta),
        ]);
        let got = find(&mut found);
        assert_eq!(got.outlet.as_deref(), Some("The Evening Post"));
        let mut middle = vec![Block { text: "Text.".into(), line: 1, heading: None, role: Role::Body }; 12];
        middle[6] = Block { text: "Source: NATO.".into(), line: 7, heading: None, role: Role::Meta };
        assert_eq!(find(&mut middle).outlet, None);
        middle[11] = Block { text: "Source: NATO.".into(), line: 12, heading: None, role: Role::Meta };
        assert_eq!(find(&mut middle).outlet, None, "a figure's source is not an outlet");
        middle[11].text = "Source: Reuters".into();
        assert_eq!(find(&mut middle).outlet.as_deref(), Some("Reuters"));
        assert_eq!(got.author.as_deref(), Some("Jane Doe"));
        assert_eq!(found[1].role, Role::Meta);
    }

    #[test]
    fn a_lone_outlet_name_under_the_title_is_the_outlet() {
        let mut found = blocks(&[("Headline", Role::Title), ("The Chronicle", Role::Heading), ("Text.", Role::Body)]);
        assert_eq!(find(&mut found).outlet.as_deref(), Some("The Chronicle"));
        assert_eq!(found[1].role, Role::Meta);
        let mut found = blocks(&[("Headline", Role::Title), ("A Call To Arms", Role::Heading)]);
        assert_eq!(find(&mut found).outlet, None);
    }

    #[test]
    fn datelines_and_closing_credits_name_the_outlet() {
        assert_eq!(dateline_credit("KYIV, March 3 (Reuters) - Russia said").as_deref(), Some("Reuters"));
        assert_eq!(dateline_credit("He said (Reuters) - no"), None);
        assert_eq!(closing_credit("They fled the city. — BBC News").as_deref(), Some("BBC News"));
        assert_eq!(closing_credit("It was a long-term plan - Smith said"), None);
    }
}
