//! Insertions between a subject and its cue, passed over when reading the
//! subject backwards: "Governor Tom Hale, in Ohio, said", "Jane Ortiz, clad
//! in a green coat, said", "Cory James, 22, of Flint, Mich., said". A stretch
//! between commas that opens with a lower-case preposition, a subordinator
//! ("Lee, while being interviewed on Fox, called") or a descriptive
//! participle, or the state closing a "City, State" pair, is no subject;
//! the subject stands before it. A stretch holding a relative clause ("in
//! what Lee called") keeps its subject, who may be the speaker.

use crate::wordset::in_list;
use super::names::{is_capitalised, previous_comma, word};
use super::party::STATES;
use super::tokens::{Kind, Token};

/// Lower-case words that open an insertion.
const OPENERS: &[&str] = &[
    "in", "at", "on", "of", "from", "with", "without", "during", "unlike", "per", "via", "near",
    "outside", "inside", "amid", "despite", "among", "clad", "dressed", "wearing", "speaking", "standing", "sitting",
];

/// Words that open a clause inside a stretch ("in what Lee called"): its
/// subject may be the speaker, so the stretch is no mere insertion.
const CLAUSE_OPENERS: &[&str] = &["what", "which", "whom", "whose", "who", "where", "when"];

/// Whether the comma-delimited segment `start..end`, read backwards from a
/// cue, is an insertion to pass over.
pub(super) fn passed_over(text: &str, tokens: &[Token], floor: usize, start: usize, end: usize) -> bool {
    after_comma(text, tokens, floor, start, end) || (start < end && tokens[start].is_word() && (opens_with_preposition(text, tokens, start, end) || state_after_city(text, tokens, floor, start, end)))
}

/// Whether the stretch from the comma before `start` up to a comma at `end`
/// opens with an insertion word ("…, in Ohio, said"; "…, clad in a cape that
/// bore his name, said", where `start` may follow the relative word). A
/// stretch that runs up to the cue itself ("in a clip that Judge Lee
/// called") is not.
fn after_comma(text: &str, tokens: &[Token], floor: usize, start: usize, end: usize) -> bool {
    let Some(comma) = previous_comma(tokens, floor, start) else { return false };
    let first = comma + 1;
    let closed = tokens.get(end).is_some_and(|t| t.kind == Kind::Comma);
    let first_word = (first < end && comma > floor && tokens[first].is_word()).then(|| word(text, tokens, first));
    let subordinator = first_word.is_some_and(|w| super::roles::SUBORDINATORS.contains(&w));
    let opens = first_word.is_some_and(|w| in_list!(OPENERS, w));
    // A subordinator opening the stretch is its own clause word, not one inside it.
    let clause = holds_clause(text, tokens, if subordinator { first + 1 } else { first }, end);
    (opens || subordinator) && closed && !clause
}

/// Whether a relative word within `from..end` opens a clause.
fn holds_clause(text: &str, tokens: &[Token], from: usize, end: usize) -> bool {
    (from..end).any(|k| tokens[k].is_word() && CLAUSE_OPENERS.contains(&word(text, tokens, k)))
}

/// ", of Flint,": an insertion word opening the segment itself.
fn opens_with_preposition(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    in_list!(OPENERS, word(text, tokens, start)) && !holds_clause(text, tokens, start, end)
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
    fn a_place_between_commas_is_no_speaker() {
        let text = "T\nGovernor Tom Hale, in Ohio, said Tuesday that his rival was “a total lightweight on trade and taxes.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Tom Hale"));
    }

    #[test]
    fn a_dress_description_between_commas_is_no_speaker() {
        let text = "T\nCouncil member Jane Ortiz, clad in a green coat with buttons that formed the name Hale, said the meeting could be a “failure for everyone in the town.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Jane Ortiz"));
    }

    #[test]
    fn a_clause_inside_the_stretch_keeps_its_subject() {
        let text = "T
Mayor Ann Lund spoke. The plan failed, in what Paul Berg, the council's treasurer, called “a costly mistake for the whole city.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Berg"));
        let text = "T
Mayor Ann Lund spoke. And, in a clip that Judge Paul Berg called “distasteful,” the host spoke of violence.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Paul Berg"));
    }

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

    #[test]
    fn a_subordinate_clause_between_commas_is_no_speaker() {
        let text = "T\nGovernor Dan Pryor, while being interviewed on Fox and Friends on Monday morning, called again for the mayor to “resign right away for this.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dan Pryor"));
        let text = "T\nGovernor Dan Pryor, when asked about the budget by Ann Ruiz, said the plan was “dead on arrival in the House.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dan Pryor"));
    }
}
