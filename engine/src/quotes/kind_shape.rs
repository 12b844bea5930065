//! Shapes that mark a quotation as a term rather than speech: a list of
//! short terms ("synergy, pivot, circle back,"), a slogan on a sign ("signs
//! reading “…”"), and a word introduced as a term ("the term “…”", "phrases
//! like “…”"). [`super::settle`] decides what each shape is worth.

use super::cues::is_reporting_verb;
use crate::text::words;

/// Items of a list of terms have at most this many words.
pub const LIST_ITEM_WORDS: usize = 3;

/// A list of terms has at least this many items.
pub const LIST_ITEMS: usize = 3;

/// Things that carry slogans, lower case, sorted.
const SIGNS: &[&str] = &[
    "banner", "banners", "billboard", "billboards", "button", "buttons", "hat", "hats", "placard", "placards",
    "poster", "posters", "shirt", "shirts", "sign", "signs", "sticker", "stickers", "t-shirt", "t-shirts",
];

/// Nouns that name what follows as a term ("the term", "words like"),
/// lower case, sorted.
const TERMS: &[&str] = &[
    "buzzword", "buzzwords", "expression", "expressions", "phrase", "phrases", "term", "terms", "word", "words",
];

/// Words that, right before a quotation, make it a term on their own, lower
/// case, sorted.
const TERMING: &[&str] = &["dubbed", "so-called", "termed"];

/// Words that open "the term", "this phrase", lower case, sorted.
const DETERMINERS: &[&str] = &["a", "an", "that", "the", "these", "this", "those"];

/// Whether the quoted pieces read as a list of short terms: several
/// fragments of one sentence of at most [`LIST_ITEM_WORDS`] words each
/// (“efficiencies,” “rightsizing” and “streamlining”), or one quotation of
/// at least [`LIST_ITEMS`] such items separated by commas, semicolons, "and"
/// or "or" ("synergy, pivot, circle back,").
pub fn is_term_list<'a>(mut pieces: impl Iterator<Item = &'a str>) -> bool {
    let Some(first) = pieces.next() else { return false };
    let short = |piece: &str| (1..=LIST_ITEM_WORDS).contains(&words(piece).take(LIST_ITEM_WORDS + 1).count());
    match pieces.next() {
        Some(second) => short(first) && short(second) && pieces.all(short),
        None => is_list_of_items(first),
    }
}

/// Whether one quotation holds at least [`LIST_ITEMS`] items of at most
/// [`LIST_ITEM_WORDS`] words, separated by commas, semicolons, "and" or "or".
fn is_list_of_items(text: &str) -> bool {
    let (mut items, mut current) = (0, 0);
    for stretch in text.split([',', ';']) {
        for word in words(stretch) {
            if word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("or") {
                items += usize::from(current > 0);
                current = 0;
            } else if current == LIST_ITEM_WORDS {
                return false;
            } else {
                current += 1;
            }
        }
        items += usize::from(current > 0);
        current = 0;
    }
    items >= LIST_ITEMS
}

/// Whether a thing that carries slogans stands among the last four words
/// before a quotation ("carried signs reading", "a banner that said").
pub fn sign_before(last: &[&str; 5]) -> bool {
    // "would sign the bill “…”", "Obama signed an order “…”": after a modal,
    // "to" or a pronoun, or before an article, "sign" is a verb.
    let object = |k: usize| k < 4 && matches!(last[k + 1].to_ascii_lowercase().as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its");
    (1..5).any(|k| in_sorted(SIGNS, last[k]) && !in_sorted(VERB_LEADS, last[k - 1]) && !object(k))
}

/// Verbs of chanting: right before a quotation they make it a slogan
/// ("chanted “No more cuts”"), lower case, sorted.
const CHANTING: &[&str] = &["chant", "chanted", "chanting", "chants"];

/// Verbs by which a sign carries a slogan after it ("“…,” read one
/// banner"), lower case, sorted.
const READING: &[&str] = &["read", "reads", "said", "says"];

/// Whether a chanting verb stands right before a quotation that has no
/// sentence punctuation of its own ("crowds chanting “Freeze the fees”"):
/// a slogan named, not speech ("chanted, “Hands off our parks!”" reports
/// the chant as said).
pub fn chant_before(last: &[&str; 5], text: &str) -> bool {
    in_sorted(CHANTING, last[4]) && !text.trim_end().ends_with(['.', ',', '!', '?', '…'])
}

/// Whether a sign reads the quotation in the words right after it ("“…,”
/// read one banner", "“…,” the placards said").
pub fn sign_after(after: &str) -> bool {
    let next: Vec<&str> = words(after).take(4).collect();
    next.iter().take(3).any(|w| in_sorted(READING, w)) && next.iter().any(|w| in_sorted(SIGNS, w))
}

/// Whether the words right after a quotation say it is a term ("“…” was
/// the phrase used", "“…” is a word for", "“…” in the title"): a mention,
/// not speech.
pub fn term_after(after: &str) -> bool {
    let mut next = words(after);
    let is_verb = next.next().is_some_and(|w| ["is", "was", "are", "were"].iter().any(|v| w.eq_ignore_ascii_case(v)));
    is_verb && next.next().is_some_and(|w| in_sorted(DETERMINERS, w)) && next.next().is_some_and(|w| in_sorted(TERMS, w)) || in_a_title(after)
}

/// "His slogan, printed on the side of the bus, is “…”", "The campaign's
/// motto was “…”": a sentence whose subject is a slogan, motto or title
/// and whose verb, right before the quotation, is "is" or "was" names it.
pub fn slogan_is(before: &str) -> bool {
    // The cheap test first: most quotations follow no copula.
    let trimmed = before.trim_end();
    if !(trimmed.ends_with(" is") || trimmed.ends_with(" was")) {
        return false;
    }
    let sentence = before.rsplit(['.', '!', '?', '“', '"']).next().unwrap_or(before);
    let all: Vec<&str> = words(sentence).collect();
    let copula = all.last().is_some_and(|w| matches!(*w, "is" | "was"));
    let head = all.iter().take(3).any(|w| ["slogan", "motto", "tagline", "catchphrase", "hashtag", "nickname", "title"].iter().any(|n| w.eq_ignore_ascii_case(n)));
    copula && head && all.len() <= 24
}

/// "every bill with “Affordable” in the title", "a party with “Labour” in
/// its name": a word named as part of a title is a term.
fn in_a_title(after: &str) -> bool {
    let mut next = words(after);
    let is = |w: Option<&str>, list: &[&str]| w.is_some_and(|w| list.iter().any(|l| w.eq_ignore_ascii_case(l)));
    is(next.next(), &["in"]) && is(next.next(), &["the", "its", "their", "his", "her"]) && is(next.next(), &["title", "name", "headline", "slogan"])
}

/// Words after which "sign" or "button" is a verb, lower case, sorted.
const VERB_LEADS: &[&str] = &[
    "can", "could", "did", "didn't", "he", "i", "may", "might", "must", "never", "not", "shall", "she", "should",
    "they", "to", "we", "will", "won't", "would", "wouldn't", "you",
];

/// Whether the words before a quotation introduce it as a term: "the
/// term", "so-called", "dubbed", "words like", "phrases such as" — but not
/// after a reporting verb ("said the words “…”" is speech) nor "in his
/// own words" (a cue).
pub fn term_before(last: &[&str; 5]) -> bool {
    let [.., w3, w2, w1, w0] = last;
    let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
    // "which the company calls “…”", "what engineers call the “…”": a name
    // in use, not a remark reported ("what he called “fraud”" reports one).
    let call = ["call", "calls"].iter().any(|c| is(w0, c) || is(w1, c) && in_sorted(DETERMINERS, w0));
    if call && [w1, w2, w3].iter().any(|w| is(w, "which")) {
        return true;
    }
    if last.iter().any(|w| is_reporting_verb(w)) {
        return false;
    }
    in_sorted(TERMING, w0)
        || in_sorted(TERMS, w0) && in_sorted(DETERMINERS, w1)
        || is(w0, "like") && in_sorted(TERMS, w1)
        || is(w0, "as") && is(w1, "such") && in_sorted(TERMS, w2)
}

/// Whether `word` (any case) is in the sorted lower-case `list`.
fn in_sorted(list: &[&str], word: &str) -> bool {
    !word.is_empty() && list.binary_search_by(|probe| cmp_lower(probe, word)).is_ok()
}

/// Compares a lower-case entry with a word of any case.
fn cmp_lower(entry: &str, word: &str) -> std::cmp::Ordering {
    entry.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::cues::last_words;

    #[test]
    fn lists_are_sorted_and_unique() {
        for list in [SIGNS, TERMS, TERMING, DETERMINERS, VERB_LEADS, CHANTING, READING] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?} must be sorted and unique");
        }
    }

    #[test]
    fn a_list_of_short_terms_is_a_list() {
        let list = |pieces: &[&str]| is_term_list(pieces.iter().copied());
        assert!(list(&["synergy, pivot, circle back,"]));
        assert!(list(&["red, white and blue."]));
        assert!(list(&["efficiencies,", "rightsizing", "streamlining."]));
        assert!(!list(&["We came, we saw, we won the whole thing,"]));
        assert!(!list(&["tax cuts, jobs"]));
        assert!(!list(&["and, or, and"]));
        assert!(!list(&[]));
        assert!(!list(&["No pipelines on our land", "Water is life"]));
    }

    #[test]
    fn signs_and_term_words_come_before_terms() {
        assert!(sign_before(&last_words("Protesters carried signs reading ")));
        assert!(!sign_before(&last_words("the governor said she would sign the bill ")));
        assert!(!sign_before(&last_words("Each spring the governor signs the order ")));
        assert!(sign_before(&last_words("marchers held a sign that read ")));
        assert!(sign_before(&last_words("One woman held a placard that said ")));
        assert!(!sign_before(&last_words("The senator said ")));
        assert!(term_before(&last_words("The term ")));
        assert!(term_before(&last_words("students learned phrases like ")));
        assert!(term_before(&last_words("full of buzzwords such as ")));
        assert!(term_before(&last_words("the so-called ")));
        assert!(!term_before(&last_words("she said she would like ")));
        assert!(!term_before(&last_words("the bride said the words ")));
        assert!(!term_before(&last_words("The plan was, in his own words, ")));
        assert!(!term_before(&last_words("In her words ")));
        assert!(term_before(&last_words("the mayor dubbed ")));
    }

    #[test]
    fn chants_signs_after_and_names_in_use_are_terms() {
        // Marchers chanted “Save our library” and “Books not bulldozers” all morning.
        assert!(chant_before(&last_words("Marchers chanted "), "Save our library"));
        assert!(!chant_before(&last_words("the crowd chanted, "), "Hands off our parks!"));
        assert!(!chant_before(&last_words("the mayor said "), "Save our library"));
        // “Teachers are not robots,” read one placard.
        assert!(sign_after(" read one placard."));
        assert!(sign_after(" the banners said"));
        assert!(!sign_after(" she said at the rally"));
        assert!(!sign_after(" read the minister's letter"));
        // He said “a disaster” was the word he heard most.
        assert!(term_after(" was the word he heard most"));
        assert!(term_after(" is a phrase for"));
        assert!(!term_after(" was the mayor's answer"));
        assert!(term_after(" in the title should come with a warning label."));
        assert!(!term_after(" in the morning, she said."));
        assert!(slogan_is("Drummond rode the bus. His slogan, printed on the side of a green bus, is "));
        assert!(!slogan_is("The governor's answer was "));
        // The app's newest tool, which the company calls “Nudge,” …
        assert!(term_before(&last_words("The app's newest tool, which the company calls ")));
        assert!(term_before(&last_words("a gadget, which engineers call the ")));
        assert!(!term_before(&last_words("what one senator called ")));
        assert!(!term_before(&last_words("His boss calls him ")));
    }
}
