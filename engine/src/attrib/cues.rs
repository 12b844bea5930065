//! The cue lexicon: reporting verbs in all their forms, and multiword cues.
//!
//! The lexicon is data: one verb per line, every form written out, so no
//! morphology rule can invent a wrong form. It is parsed once into a hashed
//! [`WordSet`] for constant-time lookup.

use crate::wordset::in_list;
use super::cue_verbs::VERBS;
use crate::wordset::WordSet;
use std::sync::OnceLock;

/// Multiword cues, as lower-case word sequences (the longest match wins).
pub const MULTIWORD: &[&[&str]] = &[
    &["according", "to"],
    &["called", "on"], &["calls", "on"], &["calling", "on"], &["call", "on"],
    &["went", "on", "to", "say"], &["goes", "on", "to", "say"], &["go", "on", "to", "say"],
    &["went", "on", "about"], &["goes", "on", "about"], &["going", "on", "about"],
    &["pointed", "out"], &["points", "out"], &["pointing", "out"],
    &["put", "it"], &["puts", "it"], &["putting", "it"],
    &["referred", "to", "him", "as"], &["referred", "to", "her", "as"], &["referred", "to", "them", "as"],
    &["refers", "to", "him", "as"], &["refers", "to", "her", "as"], &["refers", "to", "them", "as"],
    &["summed", "up"], &["sums", "up"], &["chimed", "in"], &["chimes", "in"],
    &["shot", "back"], &["shoots", "back"], &["fired", "back"], &["fires", "back"], &["hit", "back"], &["hits", "back"],
    &["a", "déclaré"], &["a", "dit"], &["a", "affirmé"], &["a", "expliqué"], &["a", "ajouté"], &["a", "souligné"],
    &["ha", "detto"], &["ha", "dichiarato"], &["hat", "gesagt"],
    &["in", "the", "words", "of"],
];

/// Words of VERBS that are only cues as part of a multiword cue.
const ONLY_IN_MULTIWORD: &[&str] = &["went", "goes", "sum", "sums", "summed", "summing", "point", "points", "pointed", "pointing"];

/// Forms that are too often not reporting verbs to count on their own.
const TOO_COMMON: &[&str] = &[
    "read", "reading", "post", "posts", "posted", "posting", "order", "orders", "ordered", "ordering", "rule", "rules",
    "ruled", "ruling", "find", "finds", "found", "finding", "hold", "holds", "held", "holding", "share", "shares",
    "shared", "sharing", "grant", "grants", "granted", "granting", "allow", "allows", "allowed", "allowing", "figure",
    "figures", "figured", "figuring", "project", "projects", "projected", "projecting", "question", "questions",
    "reason", "reasons", "object", "objects", "counter", "charge", "charges", "text", "texts", "message", "messages",
    "email", "emails", "quote", "quotes", "state", "states", "call", "calls", "order", "thanks", "relate", "relates",
    "related", "relating", "publish", "publishes", "published", "publishing", "sing", "sings", "sang", "sung",
    "singing", "snap", "snaps", "dice", "comment", "comments", "report", "reports", "request", "requests", "estimate",
    "estimates", "forecast", "forecasts", "demand", "demands", "appeal", "appeals", "promise", "promises", "pledge",
    "pledges", "protest", "protests", "dispute", "disputes", "challenge", "challenges", "signal", "signals", "hint",
    "hints", "joke", "jokes", "laugh", "laughs", "sigh", "sighs", "cry", "cries", "tweet", "tweets", "blog", "blogs",
    "rant", "rants", "remark", "remarks", "guess", "guesses", "answer", "answers", "reply", "replies", "praise",
    "label", "labels", "brand", "brands", "term", "terms", "vow", "vows", "testify", "contest", "contests", "reject",
    "rejects", "dismiss", "dismisses", "question", "thank", "highlight", "highlights",
];

fn table() -> &'static WordSet {
    static TABLE: OnceLock<WordSet> = OnceLock::new();
    TABLE.get_or_init(|| {
        WordSet::from_words(VERBS.split_whitespace().filter(|w| !ONLY_IN_MULTIWORD.contains(w) && !TOO_COMMON.contains(w)))
    })
}

/// How many word forms the single-word lexicon holds.
pub fn lexicon_size() -> usize {
    table().len()
}

/// Whether a single word (any case) is a reporting verb.
pub fn is_cue_word(word: &str) -> bool {
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if first.is_ascii_uppercase() {
        if word.is_ascii() {
            return table().contains_ascii_lower(word);
        }
        return table().contains(&word.to_lowercase());
    }
    table().contains(word)
}

/// "“…,” he went on.": "went on" or "goes on" with no word after it
/// continues a speech ("the talks went on for hours" reports nothing);
/// `words` are the clause's words from the cue on, up to the first non-word.
pub fn goes_on_alone(words: &[&str]) -> bool {
    matches!(words, ["went" | "goes", "on"])
}

/// The length in words of the multiword cue starting at `words[0]`, if any.
pub fn multiword_len(words: &[&str]) -> Option<usize> {
    if words.len() < 2 || !may_start_multiword(words[0]) {
        return None;
    }
    let (firsts, groups) = multiword_by_first();
    let group = firsts.flags_ascii_lower(words[0]).checked_sub(1)?;
    // The group's cues all start with this word: only the rest is compared.
    groups[group as usize]
        .iter()
        .filter(|cue| cue.len() <= words.len() && cue[1..].iter().zip(&words[1..]).all(|(c, w)| w.eq_ignore_ascii_case(c)))
        .map(|cue| cue.len())
        .max()
}

/// The multiword cues grouped by their first word: a set whose flags give
/// each first word its group's index plus one, and the groups in [`MULTIWORD`] order.
fn multiword_by_first() -> &'static (WordSet, Vec<Vec<&'static [&'static str]>>) {
    static GROUPS: OnceLock<(WordSet, Vec<Vec<&'static [&'static str]>>)> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut firsts: Vec<&'static str> = Vec::new();
        let mut groups: Vec<Vec<&'static [&'static str]>> = Vec::new();
        for &cue in MULTIWORD.iter().filter(|cue| !cue.is_empty()) {
            match firsts.iter().position(|&w| w == cue[0]) {
                Some(k) => groups[k].push(cue),
                None => {
                    firsts.push(cue[0]);
                    groups.push(vec![cue]);
                }
            }
        }
        let set = WordSet::from_flagged(firsts.iter().enumerate().map(|(k, &w)| (w, k as u32 + 1)));
        (set, groups)
    })
}

/// A quick filter before [`multiword_len`]: whether some multiword cue's
/// first word has this word's length and first letter (ASCII case aside).
fn may_start_multiword(word: &str) -> bool {
    static FIRST: OnceLock<[u64; 256]> = OnceLock::new();
    let table = FIRST.get_or_init(|| {
        let mut table = [0u64; 256];
        for cue in MULTIWORD {
            match cue.first().and_then(|w| w.as_bytes().first().map(|b| (w.len(), b))) {
                Some((len, b)) => table[usize::from(b.to_ascii_lowercase())] |= 1 << len.min(63),
                None => table = [u64::MAX; 256],
            }
        }
        table
    });
    let Some(&b) = word.as_bytes().first() else { return table[0] == u64::MAX };
    table[usize::from(b.to_ascii_lowercase())] & (1 << word.len().min(63)) != 0
}

/// Whether a cue is a form of "tell", whose object is the one told (a
/// listener or an outlet), never the speaker.
pub fn is_telling(cue: &str) -> bool {
    matches!(cue, "told" | "tells" | "telling" | "tell")
}

/// Whether a cue is a preposition naming a source ("according to X",
/// "per the bylaws", "in the words of X"): its speaker follows it.
pub fn is_source_preposition(cue: &str) -> bool {
    // "in" opens a cue only as "in the words of".
    cue.eq_ignore_ascii_case("according") || matches!(cue, "per" | "Per" | "in" | "In")
}

/// Whether "per" before `next` names a source ("per the report", "per
/// Smith") rather than a rate ("per cent", "per year").
pub fn per_names_source(next: &str) -> bool {
    let capital = next.chars().next().is_some_and(char::is_uppercase);
    matches!(next, "the" | "a" | "an" | "its" | "his" | "her" | "their") || next.ends_with("'s") || next.ends_with("’s") || capital
}

/// "X said, per a translator, that …": the words after "per" name an
/// interpreter, who relays the speaker's words and is no source.
pub fn per_interpreter(words: &[&str]) -> bool {
    let noun = if matches!(words.first(), Some(&("a" | "an" | "the" | "his" | "her" | "their"))) { words.get(1) } else { words.first() };
    noun.is_some_and(|w| matches!(*w, "translator" | "interpreter" | "translation"))
}

/// Whether a word is a reporting verb only in context (`TOO_COMMON`: "ruled", "reports").
pub fn is_too_common(word: &str) -> bool {
    crate::wordset::in_list!(TOO_COMMON, word)
}

/// Whether a cue form is a present participle ("adding", "saying").
pub fn is_participle(cue: &str) -> bool {
    cue.ends_with("ing")
}

/// Whether a cue only introduces the content of a verb right before it
/// ("continued, saying that …": the cue is "continued").
pub fn is_light(cue: &str) -> bool {
    matches!(cue, "saying" | "stating" | "writing")
}

/// Cues that name a thing rather than report speech ("a forum called …",
/// "what he called “…”"): they attribute a quotation but never make it speech.
pub const NAMING: &[&str] = &["called", "calls", "calling", "call", "dubbed", "dubs", "labeled", "labelled", "termed", "branded", "described", "describes", "describing"];

/// Whether a cue names rather than reports ("called", "dubbed").
pub fn is_naming(cue: &str) -> bool {
    in_list!(NAMING, cue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_verb_is_a_cue() {
        for form in ["says", "said", "saying", "adds", "added", "adding", "pleaded", "reminds", "dijo", "Said"] {
            assert!(is_cue_word(form), "{form}");
        }
        assert!(!is_cue_word("table"));
        assert!(!is_cue_word("went"), "only as part of 'went on to say'");
        assert!(lexicon_size() > 500, "several hundred forms, got {}", lexicon_size());
    }

    #[test]
    fn the_longest_multiword_cue_wins() {
        assert_eq!(multiword_len(&["called", "on", "all"]), Some(2));
        assert_eq!(multiword_len(&["went", "on", "to", "say", "that"]), Some(4));
        assert_eq!(multiword_len(&["According", "to", "X"]), Some(2));
        assert_eq!(multiword_len(&["called", "it"]), None);
    }

    #[test]
    fn per_names_a_source_but_not_a_rate() {
        assert!(is_source_preposition("per") && is_source_preposition("According") && is_source_preposition("In"));
        assert!(per_names_source("the") && per_names_source("Reuters") && !per_names_source("cent") && !per_names_source("year"));
    }
}
