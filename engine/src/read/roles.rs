//! Giving each paragraph its role from its own shape (boilerplate, metadata,
//! caption, heading, body), then from its neighbours (caption titles).
//! The title is chosen afterwards in [`super::title`].

use super::blocks::Block;
use super::boilerplate::is_boilerplate;
use super::caption::{is_caption, may_title_a_caption};
use super::meta::read_meta_line;
use super::shape::{ends_with_clause_punctuation, starts_capitalised, starts_with_bullet, word_count};
use crate::model::Role;

/// Headings have at most this many words.
const MAX_HEADING_WORDS: usize = 12;

/// Gives every block the role its own text suggests.
pub fn assign_line_roles(blocks: &mut [Block]) {
    for block in blocks.iter_mut() {
        block.role = line_role(block);
    }
}

/// The role a paragraph's own text suggests.
fn line_role(block: &Block) -> Role {
    let text = block.text.as_str();
    if is_boilerplate(text) {
        Role::Boilerplate
    } else if read_meta_line(text).is_some() {
        Role::Meta
    } else if is_caption(text) {
        Role::Caption
    } else if block.heading.is_some() || looks_like_heading(text) {
        Role::Heading
    } else {
        Role::Body
    }
}

/// A short, capitalised line with no sentence or clause punctuation at its
/// end and no list bullet: "A Call To Arms", "What do governments think?".
pub fn looks_like_heading(text: &str) -> bool {
    text.len() <= 160
        && word_count(text) <= MAX_HEADING_WORDS
        && starts_capitalised(text)
        && !ends_with_clause_punctuation(text)
        && !starts_with_bullet(text)
}

/// A short plain line right before a caption is the caption's title
/// ("Ukraine volunteer fighter" above "A man who said his name is Ian …").
pub fn mark_caption_titles(blocks: &mut [Block]) {
    for index in 1..blocks.len() {
        let above = &blocks[index - 1];
        let fits = blocks[index].role == Role::Caption
            && matches!(above.role, Role::Body | Role::Heading)
            && above.heading.is_none()
            && may_title_a_caption(&above.text);
        if fits {
            blocks[index - 1].role = Role::Caption;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str) -> Block {
        Block { text: text.to_string(), line: 1, heading: None, role: Role::Body }
    }

    fn roles(lines: &[&str]) -> Vec<Role> {
        let mut blocks: Vec<Block> = lines.iter().map(|l| block(l)).collect();
        assign_line_roles(&mut blocks);
        mark_caption_titles(&mut blocks);
        blocks.iter().map(|b| b.role).collect()
    }

    #[test]
    fn each_kind_of_line_gets_its_role() {
        let got = roles(&[
            "Spread the love",
            "By Jane Doe",
            "A Call To Arms",
            "What do governments think?",
            "He said it was “fine.”",
            "— An airfield was targeted in Lutsk, in the north-west",
            "Ukraine volunteer fighter",
            "A man prepares to enter Ukraine. Sean Gallup/Getty Images",
        ]);
        use Role::*;
        assert_eq!(got, [Boilerplate, Meta, Heading, Heading, Body, Body, Caption, Caption]);
    }

    #[test]
    fn long_or_punctuated_lines_are_not_headings() {
        assert!(!looks_like_heading("Prague, unlike non-aligned Stockholm, is among NATO’s 30 member states."));
        assert!(!looks_like_heading("Caddell continued:"));
        assert!(!looks_like_heading(
            "Russia's military capabilities are also greater in the naval sector. In land and air forces this imbalance remains"
        ));
        assert!(looks_like_heading("“We will fight them here”"));
    }
}
