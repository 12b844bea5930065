//! Reporting words that are nouns where they stand: "offered a blunt
//! retort", "fired off an angry tweet". After "a" or "an" and one more word,
//! a cue word that is also a noun is that noun: a singular subject there
//! would take "retorts", so no verb can stand in that slot ("a few say",
//! "a majority claim" excepted, whose subjects are plural).

use crate::wordset::in_list;

/// Cue words that are also everyday nouns of speech.
const NOUNS: &[&str] = &[
    "retort", "reply", "claim", "comment", "tweet", "post", "vow", "pledge", "promise", "answer", "quip", "joke",
    "boast", "remark", "report", "rebuke", "lament", "appeal", "charge", "question", "message", "email", "text",
    "blast", "snipe", "sneer", "scoff", "shout", "sigh", "laugh", "whisper", "request", "demand", "challenge",
    "warning", "statement", "response", "plea", "complaint", "denial", "rebuttal", "jab", "swipe", "dig",
];

/// Words after "a" that make a plural subject ("a few say", "a majority claim").
const QUANTITIES: &[&str] = &["few", "lot", "number", "handful", "majority", "minority", "couple", "dozen", "third", "quarter", "fifth", "half", "plurality", "bunch", "host", "slew", "score", "variety", "range", "series"];

/// Whether `word`, with `before` right before it and `two_before` before
/// that, is a noun after an indefinite article ("a blunt retort").
pub(super) fn after_article(two_before: Option<&str>, before: Option<&str>, word: &str) -> bool {
    let article = two_before.is_some_and(|w| matches!(w, "a" | "an" | "A" | "An"));
    article && in_list!(NOUNS, word) && before.is_some_and(|b| !in_list!(QUANTITIES, b))
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker;
    use super::after_article;

    #[test]
    fn a_cue_word_after_an_article_and_an_adjective_is_a_noun() {
        assert!(after_article(Some("a"), Some("blunt"), "retort"));
        assert!(after_article(Some("an"), Some("angry"), "tweet"));
        assert!(!after_article(Some("a"), Some("few"), "claim"));
        assert!(!after_article(Some("the"), Some("mayor"), "claim"));
        assert!(!after_article(Some("a"), Some("spokesman"), "said"));
    }

    #[test]
    fn the_subject_of_a_sentence_offering_a_retort_says_the_quotation() {
        let text = "Harbour fight\n\nMayor Greg Tillman and council member Helen Ostrow have clashed for months.\n\nOstrow offered a blunt retort on the mayor's favourite platform, tweeting at him, “you are not a planner, you are a salesman.”";
        assert_eq!(speaker(text, 0).as_deref(), Some("Helen Ostrow"));
    }
}
