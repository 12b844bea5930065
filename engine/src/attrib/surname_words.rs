//! Surnames that are also common capitalised words ("George Will",
//! "Theresa May", "Dan Rather"): written alone right before a finite
//! reporting verb ("“…,” Will wrote", "While Will acknowledges …"), the
//! word is the surname, not the modal, the month or the adverb — a modal
//! is followed by a bare verb or a subject ("Will voters care?"), never by
//! "wrote" or "acknowledges".

use super::cues;
use super::tokens::Token;

/// Capitalised words, otherwise no one's name, that are also surnames.
const HOMOGRAPHS: &[&str] = &["Will", "May", "Rather"];

/// Whether a word is one of [`HOMOGRAPHS`]: read as a name ("“…,” Will
/// wrote"), it is no stray opener.
pub(super) fn is_homograph(word: &str) -> bool {
    HOMOGRAPHS.contains(&word)
}

/// Whether token `i`, the whole phrase `start..end`, is such a surname: a
/// [`HOMOGRAPHS`] word followed by a lower-case reporting verb that is no
/// participle or base form ("Will wrote", "May says", not "May say").
pub(super) fn is_surname_before_cue(text: &str, tokens: &[Token], i: usize, start: usize, end: usize) -> bool {
    if i != start || start + 1 != end || !HOMOGRAPHS.contains(&tokens[i].text(text)) {
        return false;
    }
    let next = tokens.get(end).filter(|t| t.is_word()).map(|t| t.text(text)).unwrap_or("");
    let finite = next.ends_with("ed") || next.ends_with('s') || matches!(next, "wrote" | "said" | "told" | "spoke" | "thought");
    next.starts_with(char::is_lowercase) && finite && cues::is_cue_word(next) && !cues::is_participle(next)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_surname_that_is_also_a_modal_is_a_name_before_its_cue() {
        let text = "T\nColumnist George Will reignited his feud with the mayor this week.\n\n“The eruption of war is a reminder that the nominating process matters,” Will wrote.\n\nWhile Will acknowledges the mayor’s appeal as a “forceful persona,” he sees the governor as better.";
        let got = run(text);
        assert_eq!(got[0].speaker.as_deref(), Some("George Will"));
        assert_eq!(got[0].speaker_as_written.as_deref(), Some("Will"));
        assert_eq!(got[1].speaker.as_deref(), Some("George Will"));
        // The modal before a bare verb is no one.
        let text = "T\nThe council met on Monday. Will voters accept a plan the mayor called “a disgrace”?";
        assert_ne!(run(text)[0].speaker.as_deref(), Some("Will"));
    }
}
