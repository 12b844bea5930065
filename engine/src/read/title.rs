//! Choosing the headline: the front-matter title, else a Markdown `#`
//! heading at the top, else the first text paragraph — unless that one is a
//! long standfirst followed by a short headline-like line, which then wins.

use super::blocks::Block;
use super::shape::{ends_with_clause_punctuation, starts_capitalised, starts_with_bullet, word_count};
use crate::model::Role;

/// A first paragraph of at least this many words may be a standfirst.
const MIN_STANDFIRST_WORDS: usize = 25;

/// Only this many paragraphs at the top are searched for the title.
const TOP: usize = 5;

/// Marks the title paragraph (if any) and returns the title text.
pub fn choose(blocks: &mut [Block], front_title: Option<&str>) -> String {
    if let Some(title) = front_title {
        if let Some(index) = blocks.iter().take(TOP).position(|b| b.text.eq_ignore_ascii_case(title)) {
            blocks[index].role = Role::Title;
        }
        return title.to_string();
    }
    let Some(index) = title_index(blocks) else { return String::new() };
    blocks[index].role = Role::Title;
    blocks[index].text.clone()
}

/// The index of the paragraph that is the headline.
fn title_index(blocks: &[Block]) -> Option<usize> {
    let top = &blocks[..blocks.len().min(TOP)];
    if let Some(index) = top.iter().position(|b| b.heading == Some(1)) {
        return Some(index);
    }
    let first = top.iter().position(is_text)?;
    let next = first + 1;
    let standfirst_then_headline = word_count(&blocks[first].text) >= MIN_STANDFIRST_WORDS
        && blocks.get(next).is_some_and(|b| is_text(b) && is_headline_like(&b.text));
    Some(if standfirst_then_headline { next } else { first })
}

/// True for paragraphs that may carry the headline (not captions, metadata
/// or boilerplate).
fn is_text(block: &Block) -> bool {
    matches!(block.role, Role::Body | Role::Heading)
}

/// A short capitalised line without sentence punctuation at its end.
fn is_headline_like(text: &str) -> bool {
    (3..=20).contains(&word_count(text))
        && starts_capitalised(text)
        && !ends_with_clause_punctuation(text)
        && !starts_with_bullet(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::read::blocks::blocks_with_roles as blocks;

    const LONG: &str = "Some countries support citizens who want to defend the country, but others warn that they could face legal problems while the other side says these fighters will not be recognised";

    #[test]
    fn a_long_standfirst_yields_to_the_headline_after_it() {
        let mut found = blocks(&[(LONG, Role::Body), ("Thousands of volunteers join the army", Role::Heading)]);
        assert_eq!(choose(&mut found, None), "Thousands of volunteers join the army");
        assert_eq!((found[0].role, found[1].role), (Role::Body, Role::Title));
    }

    #[test]
    fn the_first_text_paragraph_is_the_title_otherwise() {
        let mut found = blocks(&[("Spread the love", Role::Boilerplate), ("Headline here", Role::Heading), (LONG, Role::Body)]);
        assert_eq!(choose(&mut found, None), "Headline here");
        let mut found = blocks(&[(LONG, Role::Body), ("It ended badly, he said.", Role::Body)]);
        assert_eq!(choose(&mut found, None), LONG);
    }

    #[test]
    fn front_matter_title_wins_and_marks_its_line() {
        let mut found = blocks(&[("My Title", Role::Heading), ("Body.", Role::Body)]);
        assert_eq!(choose(&mut found, Some("My title")), "My title");
        assert_eq!(found[0].role, Role::Title);
        assert_eq!(choose(&mut [], None), "");
    }
}
