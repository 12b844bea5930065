//! A light word check for the quotes stage: reporting verbs ("said",
//! "warned", "adding") and naming words ("called", "dubbed", "titled").
//!
//! The attribution stage owns the full cue lexicon; this one only needs to
//! tell whether a quotation stands near some reporting verb, so it is short
//! and allocation-free.

use crate::wordset::WordSet;
use std::sync::OnceLock;

/// Reporting verbs in the forms news text uses, lower case, sorted.
const REPORTING: &[&str] = &[
    "according", "accused", "acknowledged", "acknowledges", "add", "added", "adding", "adds", "admits",
    "admitted", "agreed", "agrees", "alleged", "alleges", "announced", "announces", "announcing",
    "answered", "answers", "argue", "argued", "argues", "arguing", "asked", "asks", "asserted", "asserts",
    "assured", "assures", "believes", "blasted", "boasted", "call", "called", "calling", "calls",
    "cautioned", "chant", "chanted", "chanting", "chants", "charged", "cited", "claimed", "claiming",
    "claims", "commented", "compared", "compares", "complained", "complains", "conceded", "concedes",
    "concluded", "confirmed", "confirms", "continued", "continues", "continuing", "countered", "counters",
    "cried", "criticised", "criticized", "declared", "declares", "declaring", "deemed", "demanded",
    "denied", "denies", "describe", "described", "describes", "describing", "dijo", "dismissed",
    "emphasised", "emphasized", "emphasizes", "exclaimed", "expects", "explained", "explaining", "explains",
    "feels", "hailed", "hopes", "insisted", "insisting", "insists", "joked", "jokes", "lamented", "likened",
    "likens", "maintained", "maintains", "mocked", "murmured", "mused", "muttered", "noted", "notes",
    "noting", "observed", "observes", "pleaded", "pleads", "pledged", "pointed", "posted", "praised",
    "predicted", "predicts", "proclaimed", "promised", "promises", "questioned", "quipped", "reads",
    "recalled", "recalls", "recounted", "referenced", "referred", "reiterated", "rejected", "remarked",
    "reminded", "reminds", "repeated", "repeats", "replied", "replies", "reported", "reports", "responded", "responds", "said",
    "say", "saying", "says", "screamed", "shouted", "slammed", "stated", "states", "stressed", "stresses",
    "suggested", "suggests", "tell", "telling", "tells", "testified", "thinks", "thought", "told", "touted",
    "tweeted", "tweets", "urged", "urges", "urging", "vowed", "vows", "warned", "warning", "warns",
    "whispered", "wondered", "wonders", "write", "writes", "writing", "wrote", "yelled",
];

/// Words that, right before a quotation, make it the name of a thing or a
/// term ("a sub-Reddit called “…”", "the report ‘…’"), lower case, sorted.
const NAMING: &[&str] = &[
    "album", "article", "author", "book", "brand", "branded", "broadcast", "called", "campaign", "column",
    "documentary", "dubbed", "edition", "entitled", "episode", "essay", "film", "hashtag", "headline",
    "headlined", "label", "labeled", "labelled", "memoir", "movie", "name", "named", "nickname", "nicknamed", "novel",
    "operation", "phrase", "play", "podcast", "program", "programme", "report", "series", "show", "slogan",
    "so-called", "song", "term", "termed", "titled", "word", "words",
];

/// Whether `word` (any case) is a reporting verb such as "said" or "warned".
pub fn is_reporting_verb(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    in_list(word, SET.get_or_init(|| WordSet::new(&[REPORTING])))
}

/// Whether `word` (any case) names what follows it ("called", "titled").
pub fn is_naming_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    in_list(word, SET.get_or_init(|| WordSet::new(&[NAMING])))
}

/// The last five words of `before` (empty strings where it has fewer).
pub fn last_words(before: &str) -> [&str; 5] {
    let mut last = [""; 5];
    for word in crate::text::words(before) {
        last.rotate_left(1);
        last[4] = word;
    }
    last
}

/// Whether the words before a quotation (see [`last_words`]) introduce it as
/// a name or term: "known as", "billed as", "referred to (condescendingly)
/// as", "calls itself", each optionally followed by "a", "an" or "the"
/// ("what is known as a “…”"). ("Dubbed" and "so-called" are naming words: see [`is_naming_word`].)
pub fn introduces_name(last: &[&str; 5]) -> bool {
    let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
    let end = if ["a", "an", "the"].iter().any(|a| is(last[4], a)) { 4 } else { 5 };
    let [.., w3, w2, w1, w0] = &last[..end] else { return false };
    // "referred to (condescendingly) as" names; "referred to her as" reports
    // what someone called her.
    let referred_to = is(w1, "to") && is(w2, "referred") || w1.ends_with("ly") && is(w2, "to") && is(w3, "referred");
    // "The campaign, which calls itself “…”", "groups that call themselves “…”": a body's own name.
    let calls_itself = (is(w0, "itself") || is(w0, "themselves")) && ["call", "calls", "called", "calling"].iter().any(|c| is(w1, c));
    is(w0, "as") && (is(w1, "known") || is(w1, "billed") || referred_to) || calls_itself
}

/// Whether the clause before a quotation ends "known … as" with a few words
/// between ("known since last year as the “…”", "known informally as a
/// “…”", "known among detainees and officials alike as “…”"): a name in use.
/// The clause starts after the last comma, semicolon, colon or dash.
pub fn known_as(before: &str) -> bool {
    // The cheap test first: the clause must end "as" or "as a/an/the".
    let tail = before.trim_end();
    let tail = ["a", "an", "the"].iter().find_map(|a| tail.strip_suffix(a).filter(|t| t.ends_with(' '))).map_or(tail, str::trim_end);
    if !(tail.ends_with(" as") || tail.ends_with(" As")) {
        return false;
    }
    let clause = before.rsplit([',', ';', ':', '—', '–', '(']).next().unwrap_or(before);
    let mut words: Vec<&str> = crate::text::words(clause).collect();
    if words.last().is_some_and(|w| ["a", "an", "the"].iter().any(|a| w.eq_ignore_ascii_case(a))) {
        words.pop();
    }
    let Some((last, rest)) = words.split_last() else { return false };
    last.eq_ignore_ascii_case("as") && rest.iter().rev().take(7).any(|w| w.eq_ignore_ascii_case("known"))
}

/// "whom the letter describes only as “Official A.”", "identified in the
/// filing as “Person 1”": a code name (one to three capitalised words, the
/// last a single capital letter or a number, "Individual-1" too) after
/// "as" names someone; it quotes no one.
pub fn code_name_as(last: &[&str; 5], text: &str) -> bool {
    // Asked of every quotation: the word before first, and never more than
    // four words of the quotation (a fourth already rules it out).
    if !last[4].eq_ignore_ascii_case("as") {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().take(4).map(|w| w.trim_end_matches(['.', ',', ';'])).collect();
    let code = |w: &str| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()) || !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let tail = |w: &str| code(w) || w.rsplit_once('-').is_some_and(|(head, end)| head.starts_with(char::is_uppercase) && code(end));
    let capitalised = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let shaped = (1..=3).contains(&words.len()) && capitalised && words.last().is_some_and(|w| tail(w)) && (words.len() > 1 || words[0].contains('-'));
    shaped
}

/// Whether the words before a quotation end in a naming word and "of"
/// ("an episode of “…”", "the author of “…”"), or in a naming verb and an
/// article ("which the Liberals have branded the “…”", "which the
/// government calls the “…”"): what is named follows.
pub fn naming_of(last: &[&str; 5]) -> bool {
    let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
    let article = is(last[4], "the") || is(last[4], "a") || is(last[4], "an");
    let calls = matches!(last[3], "call" | "calls" | "called" | "calling" | "brands" | "brand" | "dubs");
    is(last[4], "of") && is_naming_word(last[3]) || article && (calls || is_naming_word(last[3]) && last[3].ends_with("ed"))
}

/// Case-insensitive lookup without allocating: words longer than 16 bytes
/// or not ASCII are never in the lists.
fn in_list(word: &str, set: &WordSet) -> bool {
    word.len() <= 16 && word.is_ascii() && set.contains_ascii_lower(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_unique() {
        assert!(REPORTING.windows(2).all(|w| w[0] < w[1]), "REPORTING must be sorted and unique");
        assert!(NAMING.windows(2).all(|w| w[0] < w[1]), "NAMING must be sorted and unique");
    }

    #[test]
    fn finds_verbs_in_any_case() {
        assert!(is_reporting_verb("Said"));
        assert!(is_reporting_verb("warned"));
        assert!(is_reporting_verb("chanted"));
        assert!(is_reporting_verb("likened"));
        assert!(is_naming_word("name"));
    }

    #[test]
    fn a_code_name_after_as_is_a_name() {
        assert!(code_name_as(&last_words("whom the letter describes only as "), "Official B."));
        assert!(code_name_as(&last_words("identified in the filing as "), "Individual-1"));
        assert!(!code_name_as(&last_words("described the plan as "), "a giveaway to insurers."));
        assert!(!code_name_as(&last_words("whom the letter describes only as "), "Official"));
    }

    #[test]
    fn known_as_and_referred_to_as_introduce_a_name() {
        let named = |before: &str| introduces_name(&last_words(before));
        assert!(named("the rule, known as a "));
        assert!(named("The recall campaign, which calls itself ") && named("Two groups that call themselves the "));
        assert!(!named("His boss calls him "));
        assert!(known_as("The grouping, known since last year as the "));
        assert!(known_as("A hotline, known informally as the "));
        assert!(known_as("The process, known among detainees and officials alike as "));
        assert!(!known_as("She is known for her candour, and described the plan as ") && !known_as("He was known to say "));
        assert!(named("players sometimes referred to jokingly as "));
        assert!(named("She is referred to as "));
        assert!(!named("Again he referred to her as "));
        assert!(named("the festival is billed as "));
        assert!(!named("the mayor described it as "));
        assert!(!named("as "));
    }

    #[test]
    fn a_naming_word_and_of_introduce_a_title() {
        assert!(naming_of(&last_words("In the first episode of ")));
        assert!(!naming_of(&last_words("the rest of ")));
        assert!(naming_of(&last_words("Bill 7, which the ministry has branded the ")));
        assert!(naming_of(&last_words("Bill 22, which the province calls the ")));
        assert!(!naming_of(&last_words("the minister said the ")));
        assert!(!is_reporting_verb("sad"));
        assert!(!is_reporting_verb("Kyiv’s"));
        assert!(is_naming_word("Dubbed"));
        assert!(!is_naming_word("said"));
    }
}
