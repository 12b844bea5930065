//! Places set off by commas between a subject and its cue: "Cory James,
//! 22, of Flint, Mich., said", "Clinton, during a stop in Columbus, Ohio,
//! said". The state closing a "City, State" pair and a phrase opened by a
//! lower-case preposition are no subject; the subject stands before them.

use super::names::{is_capitalised, word};
use super::party::STATES;
use super::tokens::{Kind, Token};

/// Prepositions that open a place or circumstance set off by commas.
const OPENERS: &[&str] = &["of", "from", "in", "during", "at", "near", "outside", "inside"];

/// Whether the comma-delimited segment `start..end` is a place or a
/// prepositional phrase to pass over when reading a subject backwards.
pub(super) fn passed_over(text: &str, tokens: &[Token], floor: usize, start: usize, end: usize) -> bool {
    start < end && tokens[start].is_word() && (opens_with_preposition(text, tokens, start, end) || state_after_city(text, tokens, floor, start, end))
}

/// ", of Flint,": a preposition opening a phrase; ", in what Lee called":
/// a relative word after it opens a clause whose subject may be the speaker.
fn opens_with_preposition(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let relative = |k: usize| tokens[k].is_word() && matches!(word(text, tokens, k), "what" | "which" | "whom" | "who" | "whose");
    OPENERS.contains(&word(text, tokens, start)) && !(start..end).any(relative)
}

/// "…, Columbus, Ohio, said": a state's name or abbreviation right after a
/// comma that follows a capitalised word (its city).
fn state_after_city(text: &str, tokens: &[Token], floor: usize, start: usize, end: usize) -> bool {
    let after_city = start >= floor + 2 && tokens[start - 1].kind == Kind::Comma && tokens[start - 2].is_word() && is_capitalised(word(text, tokens, start - 2));
    after_city && (start..end).all(|k| tokens[k].is_word()) && is_state(&super::resolve::span(text, tokens, start, end).replace('.', ""))
}

/// Whether words (full stops removed) name a US state ("Ohio", "New York",
/// "Mich", "NY") or the capital's district ("DC").
fn is_state(words: &str) -> bool {
    words == "DC" || STATES.iter().any(|&(name, abbr)| words == name || words == abbr)
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker;

    #[test]
    fn a_city_and_state_after_the_name_are_no_speaker() {
        let text = "Harbour plan\n\nMarta Kellerman, during a public meeting in Dover, Delaware, said she was “going to shut down half the marinas,” while explaining her plan.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Marta Kellerman"));
    }

    #[test]
    fn an_age_and_a_hometown_after_the_name_are_no_speaker() {
        let text = "Harbour plan\n\nPeter Walsh, 34, of Smyrna, Del., said he had not given up hope of “a real compromise soon,” because he could never vote for the plan.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Peter Walsh"));
        let text = "Harbour plan\n\nRuth Ames, 61, of Harbor Springs, said the town needed “a real plan right now.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ruth Ames"));
    }

    #[test]
    fn a_speaker_inside_a_relative_after_a_preposition_is_kept() {
        let text = "Harbour plan\n\nHe defended the docks in 1976, in what Rosa Lind, the port's treasurer, called “a fight for every single berth.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Rosa Lind"));
    }
}
