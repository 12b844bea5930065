//! The shape of a quotation's words, read in one pass: how many, whether
//! one is first- or second-person, and how many are capitalised (the
//! title-case test, and shouted speech in capitals, for [`super::kind`]).

use crate::text::words;

/// Whether a word is a first- or second-person pronoun or determiner.
fn is_personal(word: &str) -> bool {
    const PERSONAL: &[&str] = &["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "let's"];
    // Every entry starts with one of these letters; the stem starts as the word does.
    if word.len() > 9 || !matches!(word.as_bytes().first().map(u8::to_ascii_lowercase), Some(b'i' | b'm' | b'w' | b'u' | b'o' | b'y' | b'l')) {
        return false;
    }
    let stem = word.split(['\'', '’']).next().unwrap_or(word);
    PERSONAL.iter().any(|p| stem.eq_ignore_ascii_case(p) || word.eq_ignore_ascii_case(p))
}

/// Whether the quotation reads as a title or name: most of its words
/// capitalised (small function words aside); a title ending in a comma or
/// full stop (American style puts them inside the marks) needs four such
/// words, all capitalised, so "Please Do This." and "I stand with Covington
/// Catholic High School." stay sentences.
#[cfg(test)]
pub fn is_title_case(text: &str) -> bool {
    scan_words(text).title_case(text)
}

/// What one pass over a quotation's words tells.
pub struct WordShape {
    /// How many words.
    pub words: usize,
    /// Whether any word is first- or second-person.
    pub personal: bool,
    /// Words starting with a letter, small function words aside.
    counted: usize,
    /// How many of those are capitalised.
    capitalised: usize,
}

impl WordShape {
    /// A tabloid's shouted speech: four or more words all in capitals with
    /// a first- or second-person word ("IT WAS COILED IN MY KETTLE"), which
    /// the title-case test would take for a title.
    pub fn shouted(&self, text: &str) -> bool {
        self.personal && self.words >= 4 && !text.chars().any(char::is_lowercase)
    }

    /// The title-case verdict (see `is_title_case`).
    pub fn title_case(&self, text: &str) -> bool {
        let ends_like_speech = text.trim_end().ends_with(['.', ',', '!', '?', '…']);
        if ends_like_speech {
            self.counted >= 4 && self.capitalised == self.counted
        } else {
            self.counted >= 2 && self.capitalised * 4 >= self.counted * 3
        }
    }
}

/// Counts the words of `text`, spots personal words, and counts the
/// capitalised words for the title-case test, in one pass.
pub fn scan_words(text: &str) -> WordShape {
    let mut shape = WordShape { words: 0, personal: false, counted: 0, capitalised: 0 };
    for word in words(text) {
        shape.words += 1;
        shape.personal = shape.personal || is_personal(word);
        let small = matches!(word, "a" | "an" | "and" | "at" | "by" | "de" | "for" | "from" | "in" | "of" | "on" | "or" | "the" | "to" | "with");
        if !word.starts_with(char::is_alphabetic) || small {
            continue;
        }
        shape.counted += 1;
        shape.capitalised += usize::from(word.starts_with(char::is_uppercase));
    }
    shape
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouted_first_person_speech_is_no_title() {
        let shout = "IT WAS COILED IN MY KETTLE";
        assert!(scan_words(shout).title_case(shout) && scan_words(shout).shouted(shout));
        assert!(!scan_words("THE WALKING DEAD RETURNS").shouted("THE WALKING DEAD RETURNS"));
        assert!(!scan_words("My Fair Lady Returns").shouted("My Fair Lady Returns"));
    }
}
