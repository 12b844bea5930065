//! Insertions between a subject and its cue: "Governor Tom Hale, in Ohio,
//! said", "Jane Ortiz, clad in a green coat, said". A stretch between commas
//! that opens with a lower-case preposition or a descriptive participle is
//! no subject; the subject stands before it.

use super::names::{previous_comma, word};
use super::tokens::{Kind, Token};

/// Lower-case words that open a prepositional insertion.
const OPENERS: &[&str] = &[
    "in", "at", "on", "from", "with", "without", "during", "unlike", "per", "via", "near",
    "outside", "inside", "amid", "despite", "among", "clad", "dressed", "wearing", "speaking", "standing", "sitting",
];

/// Words that open a clause inside a stretch ("in what Lee called"): its
/// subject may be the speaker, so the stretch is no mere insertion.
const CLAUSE_OPENERS: &[&str] = &["what", "which", "whom", "whose", "who", "where", "when"];

/// Whether the stretch from the comma before `start` up to a comma at `end`
/// is an insertion ("…, in Ohio, said"; "…, clad in a cape that bore his
/// name, said", where `start` may follow the relative word). A stretch that
/// runs up to the cue itself ("in a clip that Judge Lee called") is not.
pub(super) fn is_insertion(text: &str, tokens: &[Token], floor: usize, start: usize, end: usize) -> bool {
    let Some(comma) = previous_comma(tokens, floor, start) else { return false };
    let first = comma + 1;
    let closed = tokens.get(end).is_some_and(|t| t.kind == Kind::Comma);
    let opens = first < end && comma > floor && tokens[first].is_word() && OPENERS.contains(&word(text, tokens, first));
    opens && closed && !(first..end).any(|k| tokens[k].is_word() && CLAUSE_OPENERS.contains(&word(text, tokens, k)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    fn written(text: &str) -> Vec<(Option<String>, Option<String>)> {
        run(text).into_iter().map(|a| (a.speaker, a.speaker_as_written)).collect()
    }

    #[test]
    fn a_place_between_commas_is_no_speaker() {
        let text = "T\nGovernor Tom Hale, in Ohio, said Tuesday that his rival was “a total lightweight on trade and taxes.”";
        assert_eq!(written(text)[0].0.as_deref(), Some("Tom Hale"));
    }

    #[test]
    fn a_dress_description_between_commas_is_no_speaker() {
        let text = "T\nCouncil member Jane Ortiz, clad in a green coat with buttons that formed the name Hale, said the meeting could be a “failure for everyone in the town.”";
        assert_eq!(written(text)[0].0.as_deref(), Some("Jane Ortiz"));
    }

    #[test]
    fn a_clause_inside_the_stretch_keeps_its_subject() {
        let text = "T
Mayor Ann Lund spoke. The plan failed, in what Paul Berg, the council's treasurer, called “a costly mistake for the whole city.”";
        assert_eq!(written(text)[0].0.as_deref(), Some("Paul Berg"));
        let text = "T
Mayor Ann Lund spoke. And, in a clip that Judge Paul Berg called “distasteful,” the host spoke of violence.";
        assert_eq!(written(text)[0].0.as_deref(), Some("Paul Berg"));
    }
}
