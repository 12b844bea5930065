//! Whether a word reads as a reporting verb where it stands: never right
//! after a determiner ("an invited crowd", "his stated aim"), and a verb
//! too often a noun to count alone ("ruled", "reports") does when a "that"
//! clause follows it ("PolitiFact ruled that …", "The Post reports that …"),
//! and "call" names after a subject ("what they call …").

use super::cues;
use super::names::{self, Phrase, PhraseKind};
use super::roles::{Gender, Pronoun};
use super::tokens::Token;

/// Determiners that make the next word a noun or an adjective.
const DETERMINERS: &[&str] = &["a", "an", "the", "his", "their", "its", "our", "my", "your", "A", "An", "The", "His", "Their", "Its", "Our", "My", "Your"];

/// Whether `word`, after the word `before` and before the word `next`, is a cue.
pub fn reads_as_cue(before: Option<&str>, word: &str, next: Option<&str>) -> bool {
    // Asked of nearly every word near a quotation, and most are no cue:
    // that test first, the contexts that unmake a cue only for a cue.
    let cue = cues::is_cue_word(word) || next == Some("that") && reports_before_that(before, word) || names_after_subject(before, word) || speaks_after_pronoun(before, word) || posts_on(word, next) || speaks_of(word, next) || read_inverted(before, word, next);
    if !cue || before.is_some_and(|b| crate::wordset::in_list!(DETERMINERS, b)) || ends_outlet_name(before, word) || answers_a_count(word, next) {
        return false;
    }
    !(told_passive(before, word, next) || written_for(before, word, next) || continues_action(before, word, next) || names_a_subject(word, next))
}

/// "her campaign would continue “to fight …”": "continue" after a modal
/// or "to" and right before a quotation goes on doing something, it
/// reports no words.
fn continues_action(before: Option<&str>, word: &str, next: Option<&str>) -> bool {
    word == "continue" && next.is_none() && before.is_some_and(|b| matches!(b, "would" | "will" | "could" | "can" | "should" | "may" | "might" | "must" | "to"))
}

/// "“…,” Huff said": a capitalised word right before a lower-case reporting
/// verb is its subject (a surname that is also a verb), not a cue.
fn names_a_subject(word: &str, next: Option<&str>) -> bool {
    word.starts_with(char::is_uppercase) && next.is_some_and(|n| n.starts_with(char::is_lowercase) && cues::is_cue_word(n))
}

/// "the team had answered 3,000 calls": "answer" before a count answers
/// calls or questions, it reports no words.
fn answers_a_count(word: &str, next: Option<&str>) -> bool {
    let count = || next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()) || super::described_as::is_number(n));
    matches!(word, "answer" | "answers" | "answered" | "answering") && count()
}

/// "told the Marlow Echo she …": a capitalised outlet word after a
/// capitalised word ends a newspaper's name, it reports nothing.
fn ends_outlet_name(before: Option<&str>, word: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    capital(word) && before.is_some_and(capital) && super::via::is_outlet_word(word)
}

/// Verbs of telling whose object is the hearer ("told", "assured").
const TELLING: &[&str] = &["told", "assured", "promised", "warned", "informed", "reminded", "advised", "notified"];

/// "residents had been told the plant would open …": a passive verb of
/// telling without "by" has the hearers as its subject, so it reports no speaker.
fn told_passive(before: Option<&str>, word: &str, next: Option<&str>) -> bool {
    // "was told: “…”" and "was told by X" keep their cue: the words of the telling or its teller follow.
    TELLING.contains(&word) && before.is_some_and(|b| matches!(b, "been" | "was" | "were" | "being" | "be" | "is" | "are" | "get" | "got")) && next.is_some_and(|n| n != "by")
}

/// "rules written for fighter jets": "written for" after a noun describes
/// the noun (what it was made for); it reports no words.
fn written_for(before: Option<&str>, word: &str, next: Option<&str>) -> bool {
    let auxiliary = before.is_some_and(|b| matches!(b, "has" | "have" | "had" | "having" | "was" | "were" | "is" | "are" | "be" | "been"));
    word == "written" && next == Some("for") && !auxiliary
}

/// "who has spoken of the book as “…”": a form of "speak" followed by "of"
/// reports how someone put it.
fn speaks_of(word: &str, next: Option<&str>) -> bool {
    matches!(word, "speak" | "speaks" | "spoke" | "spoken" | "speaking") && next == Some("of")
}

/// "“…,” read the banner." / "“…,” read a statement from the club": "read"
/// (too often a noun or a present form to count alone) right after a
/// quotation or a comma, no word before it, and before an article opens an
/// inverted clause naming the text the words stand in.
fn read_inverted(before: Option<&str>, word: &str, next: Option<&str>) -> bool {
    before.is_none() && word == "read" && matches!(next, Some("a" | "an" | "the"))
}

/// Whether token `k` is the perception verb of a passive right before a
/// participle cue ("One officer can be heard shouting", "was seen
/// telling"): the participle then has the passive's subject, and "be
/// heard" stands between that subject and the cue like an auxiliary.
pub fn is_perceived(text: &str, toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.text(text));
    let heard = matches!(word(k), Some("heard" | "seen" | "filmed" | "recorded"));
    let passive = k > 0 && matches!(word(k - 1), Some("be" | "is" | "was" | "were" | "are" | "been" | "being"));
    let participle = word(k + 1).is_some_and(cues::is_participle);
    heard && passive && participle
}

/// Verbs of memory whose object a participle cue reports ("recalled him telling").
const RECALLING: &[&str] = &["recalled", "recalls", "recall", "recalling", "remembered", "remembers", "remember", "remembering"];

/// "She recalled him telling the crowd: …", "remembers her father saying",
/// "recalls being told by Farah that …": the one recalled speaking is the
/// subject of the cue at `cue`, not the one who remembers (after "being
/// told by", only a name: a description there is left to the subject).
pub fn recalled_speaker(text: &str, toks: &[Token], floor: usize, cue: usize) -> Option<Phrase> {
    let sentence = toks.get(cue)?.sentence;
    let word = |j: usize| toks.get(j).filter(|t| t.is_word() && t.sentence == sentence && j >= floor).map(|t| t.text(text));
    let recalling = |j: Option<usize>| j.and_then(word).is_some_and(|w| RECALLING.contains(&w));
    if word(cue) == Some("told") && word(cue.wrapping_sub(1)) == Some("being") && word(cue + 1) == Some("by") && recalling(cue.checked_sub(2)) {
        return names::read_forward(text, toks, cue + 2, toks.len().min(cue + 14)).filter(|p| p.kind == PhraseKind::Name);
    }
    if !word(cue).is_some_and(cues::is_participle) {
        return None;
    }
    let verb = (cue.saturating_sub(5)..cue).rev().take_while(|&k| word(k).is_some()).find(|&k| word(k).is_some_and(|w| RECALLING.contains(&w)))?;
    let (a, b) = (verb + 1, cue);
    let pronoun = |kind: Pronoun| Phrase { written: (a, b), name: None, role: None, kind: PhraseKind::Pronoun(kind), gender: Gender::Unknown, titled: false };
    match (b - a, word(a)) {
        (0, _) => None,
        (1, Some("him")) => Some(Phrase { gender: Gender::Male, ..pronoun(Pronoun::Person(Gender::Male)) }),
        (1, Some("her")) => Some(Phrase { gender: Gender::Female, ..pronoun(Pronoun::Person(Gender::Female)) }),
        (1, Some("them")) => Some(pronoun(Pronoun::Plural)),
        _ => Some(names::classify(text, toks, a, b)).filter(|p| p.kind == PhraseKind::Name || p.kind == PhraseKind::Description && word(a).is_some_and(names::starts_like_subject)),
    }
}

/// Whether the participle cue after token `b` has a subject right before it
/// ("can be heard shouting", "recalled him telling").
pub fn participle_has_subject(text: &str, toks: &[Token], b: usize) -> bool {
    is_perceived(text, toks, b) || recalled_speaker(text, toks, 0, b + 1).is_some()
}

/// "…,” Kolb posted on X.": "posted" followed by "on" reports a post.
fn posts_on(word: &str, next: Option<&str>) -> bool {
    matches!(word, "posted" | "posts" | "posting") && next == Some("on")
}

/// "…,” she laughs. / “…,” he jokes.": after a subject pronoun a verb too
/// often a noun ("laughs", "jokes", "replies") can only be a verb.
fn speaks_after_pronoun(before: Option<&str>, word: &str) -> bool {
    let person = before.is_some_and(|b| matches!(b, "he" | "she" | "they" | "we" | "I")) && cues::is_too_common(word) && !word.ends_with("ing");
    // "“…,” it read.", "it states": a document's text after "it".
    person || before == Some("it") && matches!(word, "read" | "reads" | "states" | "stated")
}

/// "what they call …", "Trump calls Clinton …": the naming verb "call(s)"
/// right after a subject pronoun or a name.
fn names_after_subject(before: Option<&str>, word: &str) -> bool {
    matches!(word, "call" | "calls") && before.is_some_and(|b| b.chars().next().is_some_and(char::is_uppercase) || matches!(b, "he" | "she" | "it" | "they" | "we" | "you"))
}

/// Whether a verb too often a noun reports the "that" clause after it: a
/// regular past form always ("ruled that"), a present form after a name or a
/// pronoun ("The Post reports that", not "the states that").
fn reports_before_that(before: Option<&str>, word: &str) -> bool {
    if !cues::is_too_common(word) {
        return false;
    }
    // "found that" reports a finding, not speech (documents.rs reads it for reports).
    let past = word.ends_with("ed");
    let subject = before.is_some_and(|b| b.chars().next().is_some_and(char::is_uppercase) || matches!(b, "he" | "she" | "it" | "they"));
    past || word.ends_with('s') && subject
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_after_a_determiner_is_no_cue() {
        assert!(!reads_as_cue(Some("an"), "invited", Some("crowd")));
        assert!(!reads_as_cue(Some("had"), "answered", Some("4")));
        assert!(!reads_as_cue(Some("had"), "answered", Some("three")));
        assert!(reads_as_cue(Some("she"), "answered", Some("that")));
        assert!(!reads_as_cue(None, "Huff", Some("said")));
        assert!(reads_as_cue(Some("He"), "told", Some("reporters")));
    }

    #[test]
    fn a_newspaper_name_ending_in_a_verb_is_no_cue() {
        assert!(!reads_as_cue(Some("Marlow"), "Echo", Some("she")));
        assert!(reads_as_cue(Some("Lee"), "echoed", Some("the")));
    }

    #[test]
    fn a_noun_like_verb_before_that_is_a_cue() {
        assert!(reads_as_cue(Some("then"), "ruled", Some("that")));
        assert!(reads_as_cue(Some("Post"), "reports", Some("that")));
        assert!(!reads_as_cue(Some("United"), "States", Some("and")));
        assert!(!reads_as_cue(Some("the"), "states", Some("that")));
        assert!(!reads_as_cue(Some("new"), "rules", Some("that")));
        assert!(!reads_as_cue(Some("then"), "ruled", Some("on")));
    }

    #[test]
    fn a_noun_like_verb_after_a_subject_pronoun_is_a_cue() {
        assert!(reads_as_cue(Some("she"), "laughs", None));
        assert!(reads_as_cue(None, "read", Some("a")));
        assert!(!reads_as_cue(Some("to"), "read", Some("a")));
        assert!(reads_as_cue(Some("he"), "jokes", Some(".")));
        assert!(!reads_as_cue(Some("the"), "laughs", None));
        assert!(!reads_as_cue(Some("big"), "laughs", None));
    }

    #[test]
    fn a_passive_told_is_no_cue_unless_by_follows() {
        assert!(!reads_as_cue(Some("been"), "told", Some("their")));
        assert!(!reads_as_cue(Some("were"), "told", Some("to")));
        assert!(reads_as_cue(Some("was"), "told", Some("by")));
        assert!(reads_as_cue(Some("was"), "told", None));
        assert!(reads_as_cue(Some("she"), "told", Some("residents")));
        assert!(!reads_as_cue(Some("were"), "warned", Some("the")));
        assert!(!reads_as_cue(Some("been"), "assured", Some("the")));
    }

    #[test]
    fn posted_on_is_a_cue() {
        assert!(reads_as_cue(Some("Kolb"), "posted", Some("on")));
        assert!(!reads_as_cue(Some("Acme"), "posted", Some("a")));
        assert!(reads_as_cue(Some("it"), "read", None) && reads_as_cue(Some("it"), "states", Some("that")));
        assert!(!reads_as_cue(Some("it"), "posted", None));
    }

    #[test]
    fn call_after_a_subject_names() {
        assert!(reads_as_cue(Some("they"), "call", Some("a")));
        assert!(reads_as_cue(Some("Lee"), "calls", Some("it")));
        assert!(!reads_as_cue(Some("phone"), "calls", Some("to")));
    }
}
