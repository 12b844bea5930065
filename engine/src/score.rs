//! The benchmark's scoring rule (from `shared/bench/README.md`), shared by the
//! engine's tests and `cargo xtask eval`.
//!
//! A predicted quotation matches a gold one in the same article when it covers
//! at least half of the gold's words and at least 30% of its own words are in
//! the gold content — or when the gold words stand as one run inside it and it
//! is not much longer than the gold words it carries (a quotation split
//! around "he said" exported as one utterance carries both annotated halves).
//!
//! [`expectations`] describes the hand-read expectation file (`tests/seeds.toml`).

pub mod expectations;

use crate::text::{fold_word, words};
use std::collections::HashSet;

/// A prediction may contain a gold run and still match if it is at most this
/// many times as long as the gold words it carries.
pub const RUN_LENGTH_FACTOR: usize = 3;

/// A gold quotation prepared for matching.
#[derive(Clone, Debug)]
pub struct GoldQuote {
    /// The words inside the quotation marks, folded, in order.
    pub quoted: Vec<String>,
    /// Every word of the attributed content (can be wider than `quoted`).
    pub content: HashSet<String>,
}

impl GoldQuote {
    /// Prepares a gold quote from its content: the quoted words are those
    /// inside quotation marks (all words if the content has no marks).
    pub fn from_content(content: &str) -> GoldQuote {
        let inside = quoted_text(content);
        let source = if folded_words(&inside).is_empty() { content } else { inside.as_str() };
        GoldQuote { quoted: folded_words(source), content: folded_words(content).into_iter().collect() }
    }
}

/// Folded words of a text, in order.
pub fn folded_words(text: &str) -> Vec<String> {
    words(text).map(fold_word).collect()
}

/// Whether a predicted quotation's words match a gold quote, judging "not
/// much longer" against that gold quote alone.
pub fn matches(predicted: &[String], gold: &GoldQuote) -> bool {
    matches_carrying(predicted, gold, gold.quoted.len())
}

/// How many gold words a prediction carries: the words of every gold quote of
/// its article that stands as one run inside it. A quotation split around its
/// attribution and exported whole carries both halves when the annotators
/// marked them as two quotes.
pub fn carried_words<'a>(predicted: &[String], article_gold: impl IntoIterator<Item = &'a GoldQuote>) -> usize {
    article_gold.into_iter().filter(|g| !g.quoted.is_empty() && contains_run(predicted, &g.quoted)).map(|g| g.quoted.len()).sum()
}

/// Whether a predicted quotation's words match a gold quote, where the
/// prediction carries `carried` gold words of its article (see
/// [`carried_words`]): the overlap rule, or the gold words stand as one run
/// inside it and it is at most [`RUN_LENGTH_FACTOR`] times as long as the gold
/// words it carries.
pub fn matches_carrying(predicted: &[String], gold: &GoldQuote, carried: usize) -> bool {
    if predicted.is_empty() || gold.quoted.is_empty() {
        return false;
    }
    let predicted_set: HashSet<&str> = predicted.iter().map(String::as_str).collect();
    let covered = gold.quoted.iter().filter(|w| predicted_set.contains(w.as_str())).count();
    let own_in_gold = predicted.iter().filter(|w| gold.content.contains(*w)).count();
    let overlap = covered * 2 >= gold.quoted.len() && own_in_gold * 10 >= predicted.len() * 3;
    let carried = carried.max(gold.quoted.len());
    overlap || contains_run(predicted, &gold.quoted) && predicted.len() <= carried * RUN_LENGTH_FACTOR
}

/// How closely a matching prediction fits a gold quote: the share of the
/// words of both that they have in common (Jaccard over word sets). Used to
/// pick the best of several matching predictions.
pub fn closeness(predicted: &[String], gold: &GoldQuote) -> f64 {
    let predicted: HashSet<&str> = predicted.iter().map(String::as_str).collect();
    let quoted: HashSet<&str> = gold.quoted.iter().map(String::as_str).collect();
    let common = predicted.intersection(&quoted).count();
    let union = predicted.len() + quoted.len() - common;
    if union == 0 { 0.0 } else { common as f64 / union as f64 }
}

/// The best-fitting prediction among those that match a gold quote.
pub fn best_match<'a, T>(candidates: impl IntoIterator<Item = (&'a [String], T)>, gold: &GoldQuote) -> Option<T> {
    best_match_carrying(candidates.into_iter().map(|(words, item)| (words, gold.quoted.len(), item)), gold)
}

/// The best-fitting prediction among those that match a gold quote, each
/// candidate given with the gold words it carries (see [`matches_carrying`]).
pub fn best_match_carrying<'a, T>(candidates: impl IntoIterator<Item = (&'a [String], usize, T)>, gold: &GoldQuote) -> Option<T> {
    candidates
        .into_iter()
        .filter(|(words, carried, _)| matches_carrying(words, gold, *carried))
        .map(|(words, _, item)| (words, item))
        .map(|(words, item)| (closeness(words, gold), item))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, item)| item)
}

/// Whether the predicted speaker shares a word with the gold mention (PolNeAR rule).
pub fn speaker_shares_word(predicted: &str, gold_mention: &str) -> bool {
    const IGNORED: &[&str] = &["the", "a", "an", "of", "and", "in", "for", "on", "at", "to"];
    let gold: HashSet<String> = folded_words(gold_mention).into_iter().filter(|w| !IGNORED.contains(&w.as_str())).collect();
    folded_words(predicted).iter().any(|w| gold.contains(w))
}

/// Whether the resolved speaker contains the surname of the gold reference (GGT rule).
pub fn speaker_has_surname(predicted: &str, reference: &str) -> bool {
    let Some(surname) = folded_words(reference).pop() else { return false };
    folded_words(predicted).contains(&surname)
}

fn contains_run(haystack: &[String], needle: &[String]) -> bool {
    needle.len() <= haystack.len() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The text inside quotation marks (outermost level), parts joined by spaces.
fn quoted_text(content: &str) -> String {
    let mut out = String::new();
    let mut depth_curly = 0usize;
    let mut in_straight = false;
    for c in content.chars() {
        let inside_before = depth_curly > 0 || in_straight;
        match c {
            '“' => depth_curly += 1,
            '”' => depth_curly = depth_curly.saturating_sub(1),
            '"' => in_straight = !in_straight,
            _ => {}
        }
        let inside_after = depth_curly > 0 || in_straight;
        if inside_before && inside_after {
            out.push(c);
        } else if inside_before != inside_after {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_words_are_those_inside_marks() {
        let gold = GoldQuote::from_content("that the team avoided it to “keep the details under wraps.”");
        assert_eq!(gold.quoted, ["keep", "the", "details", "under", "wraps"]);
        assert!(gold.content.contains("avoided"));
    }

    #[test]
    fn half_coverage_and_thirty_percent_own_words_match() {
        let gold = GoldQuote::from_content("“one two three four”");
        assert!(matches(&folded_words("one two"), &gold));
        assert!(!matches(&folded_words("one"), &gold));
        assert!(!matches(&folded_words("one two x y z q r s"), &gold));
    }

    #[test]
    fn a_split_quotation_exported_whole_matches_each_part() {
        let gold = GoldQuote::from_content("“alpha beta gamma”");
        let predicted = folded_words("alpha beta gamma delta epsilon zeta eta theta");
        assert!(matches(&predicted, &gold));
    }

    #[test]
    fn a_split_quotation_exported_whole_matches_both_annotated_halves() {
        let short = GoldQuote::from_content("“we lost”");
        let long = GoldQuote::from_content("“and we deserved to lose because we never once looked like a team today”");
        let whole = folded_words("we lost and we deserved to lose because we never once looked like a team today");
        assert!(!matches(&whole, &short), "alone, the short half is far shorter than the utterance");
        let carried = carried_words(&whole, [&short, &long]);
        assert_eq!(carried, whole.len());
        assert!(matches_carrying(&whole, &short, carried));
        assert!(matches_carrying(&whole, &long, carried));
        let padded = folded_words("we lost a b c d e f g h i j k l m n o p q r s t u v w x y z");
        assert!(!matches_carrying(&padded, &short, carried_words(&padded, [&short, &long])));
    }

    #[test]
    fn the_closest_of_several_matches_is_chosen() {
        let gold = GoldQuote::from_content("“all foreigners who have the will to defend the world”");
        let loose = folded_words("all those who want to join the defence of the world");
        let close = folded_words("all foreigners who have the will to defend the world");
        let candidates = [(loose.as_slice(), "loose"), (close.as_slice(), "close")];
        assert_eq!(best_match(candidates, &gold), Some("close"));
    }

    #[test]
    fn speaker_rules() {
        assert!(speaker_shares_word("Igor Konashenkov", "spokesman Konashenkov"));
        assert!(!speaker_shares_word("The White House", "the influential daily"));
        assert!(speaker_has_surname("Darian Lonechild", "Darian Lonechild"));
        assert!(!speaker_has_surname("she", "Darian Lonechild"));
    }
}
