//! What the text between two quoted stretches of one paragraph says about
//! whether they are one utterance.
//!
//! * A quotation split around its attribution ("“…,” he said. “…”"): the
//!   first stretch breaks off (a comma or other mark inside it, or a comma
//!   after it), a short clause with one reporting verb follows, set off by
//!   punctuation before the second stretch, and the second stretch has no
//!   attribution of its own after it ("“…,” he told the media. “…,” he
//!   adds." quotes two utterances).
//! * Fragments quoted in one sentence ("a “nasty guy,” an “anchor baby,”
//!   and “sick”"): a few words with no reporting verb, no sentence break,
//!   no clause conjunction ("…,” while Riga backed “…”") and no infinitive
//!   ("called on “…” to fight “…”": the second fragment belongs to another
//!   verb).

use super::cues::is_reporting_verb;
use super::marks::Quoted;
use crate::text::words;

/// An attribution clause between two parts of one utterance has at most
/// this many words ("said Rep. G.K. Butterfield (D-N.C.), head of the caucus").
pub const MAX_BRIDGE_WORDS: usize = 14;

/// A bridge set off by commas on both sides that hands back mid-sentence to a second stretch
/// opening in lower case ("“…,” said Jo Lee, director of urban studies at
/// the Institute for Public Policy in Chicago, “but …”") may carry a longer
/// description of its speaker: at most this many words.
pub const MAX_MID_SENTENCE_BRIDGE_WORDS: usize = 24;

/// Fragments of one sentence join across at most this many words.
pub const MAX_FRAGMENT_GAP_WORDS: usize = 12;

/// Conjunctions that open a new clause, with its own subject, between two
/// fragments ("while", "whereas").
const CLAUSE_CONJUNCTIONS: &[&str] = &["although", "whereas", "while", "whilst"];

/// Conjunctions by which an attribution clause hands back to the speaker
/// ("he said, but “…").
const CONJUNCTIONS: &[&str] = &["and", "but", "so", "yet"];

/// Adverbs that may follow such a conjunction ("and still “…").
const GOING_ON: &[&str] = &["also", "still", "then"];

/// Closed-class words after "to" that make it a preposition rather than the
/// mark of an infinitive ("to the", "to his", "to one another").
const NOT_VERBS: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "every", "her", "him", "his", "it", "its", "me", "more",
    "most", "my", "no", "one", "other", "others", "our", "some", "that", "the", "their", "them", "these", "this",
    "those", "us", "what", "which", "whom", "you", "your",
];

/// Whether `next` continues `last` across an attribution clause
/// ("“One,” he said. “Two.”"); both stretches are in paragraph `text`.
pub fn is_split_quotation(text: &str, last: &Quoted, next: &Quoted) -> bool {
    let middle = &text[last.close_end..next.open_mark];
    let comma_before = text[last.start..last.end].trim_end().trim_end_matches(['\'', '’', '"', '”']).ends_with(',') || middle.trim_start().starts_with(',');
    let mid_sentence = comma_before && middle.trim_end().ends_with(',') && text[next.start..next.end].trim_start().starts_with(char::is_lowercase);
    let limit = if mid_sentence { MAX_MID_SENTENCE_BRIDGE_WORDS } else { MAX_BRIDGE_WORDS };
    breaks_off(text, last, middle)
        && is_attribution_bridge(middle, limit)
        && leads_back_in(middle)
        && !attributed_after(text, next)
        && !opens_new_attribution(text, last, middle)
}

/// Whether the clause between two stretches is a new sentence that leads
/// into the second one ("“…ordinary.” He added, “…”", "“…a good idea?” He
/// answered, “…”"): the first stretch ends its sentence inside its marks and
/// the clause, capitalised, ends in a comma or colon before the second. That
/// clause attributes the second stretch alone, which is another utterance.
fn opens_new_attribution(text: &str, last: &Quoted, middle: &str) -> bool {
    ends_sentence_inside(text, last, middle) && middle.trim_end().ends_with([',', ':'])
}

/// Whether `last` and `next` are fragments quoted in one sentence.
pub fn are_fragments(text: &str, last: &Quoted, next: &Quoted) -> bool {
    let middle = &text[last.close_end..next.open_mark];
    let named = text[next.start..next.end].trim_start().starts_with(char::is_uppercase);
    !ends_sentence_inside(text, last, middle) && is_fragment_gap(middle) && !(named && is_apposed_phrase(middle))
}

/// Whether the words between two stretches are a noun phrase set off by
/// commas, opening with an article, that the second stretch stands in
/// apposition to ("“…,” a phrase
/// lifted from a book by Theo Ames, “Permission to Build.”"): the second
/// stretch, capitalised, names something of that phrase, it does not go
/// on with the first. List gaps ("“…,” an “…,” and “…”") end in a determiner or a
/// conjunction, not a comma.
pub fn is_apposed_phrase(middle: &str) -> bool {
    let trimmed = middle.trim();
    let inner = trimmed.strip_prefix(',').unwrap_or(trimmed);
    let set_off = inner.trim_end().ends_with(',');
    let count = words(inner).count();
    let determiner = words(inner).next().is_some_and(|w| in_list(w, &["a", "an", "the"]));
    set_off && determiner && count >= 3 && !words(inner).any(|w| in_list(w, CONJUNCTIONS) || w.eq_ignore_ascii_case("or"))
}

/// Whether the stretch's sentence ends inside its marks (American style:
/// "…Press.” He spoke"): a full stop, question or exclamation mark there
/// and a capital after.
fn ends_sentence_inside(text: &str, quoted: &Quoted, after: &str) -> bool {
    let inside = text[quoted.start..quoted.end].trim_end().trim_end_matches(['\'', '’', '"', '”']);
    inside.ends_with(['.', '?', '!']) && after.trim_start().starts_with(char::is_uppercase)
}

/// Whether two quoted stretches are fragments of one sentence: a few words
/// between them and no sentence ending, reporting verb (that is a bridge),
/// clause conjunction or infinitive.
pub fn is_fragment_gap(middle: &str) -> bool {
    let mut count = 0;
    let mut after_to = false;
    for word in words(middle) {
        count += 1;
        if count > MAX_FRAGMENT_GAP_WORDS || is_reporting_verb(word) || in_list(word, CLAUSE_CONJUNCTIONS) {
            return false;
        }
        if after_to && starts_infinitive(word) {
            return false;
        }
        after_to = word.eq_ignore_ascii_case("to");
    }
    !middle.contains(['.', '!', '?', ';', ':', '(', '—'])
}

/// Whether `word` is in `list` (lower case), ignoring ASCII case.
fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a word after "to" reads as a verb: lower case and not a
/// determiner or pronoun.
fn starts_infinitive(word: &str) -> bool {
    let lower_case = word.starts_with(|c: char| c.is_ascii_lowercase());
    lower_case && !in_list(word, NOT_VERBS)
}

/// Whether the words between two quoted stretches are a short attribution
/// clause: one reporting verb, at most `limit` words, and no sentence ending
/// inside it. A second verb or a participle ("he said, adding “…”")
/// introduces a new utterance instead.
pub fn is_attribution_bridge(middle: &str, limit: usize) -> bool {
    let mut count = 0;
    let mut cues = 0;
    for word in words(middle) {
        count += 1;
        if is_reporting_verb(word) {
            cues += 1;
            if word.ends_with("ing") {
                return false;
            }
        }
        if count > limit {
            return false;
        }
    }
    cues == 1 && !has_inner_sentence_end(middle)
}

/// Whether the first stretch breaks off for the clause: punctuation just
/// inside its closing mark ("…,” he said; "…?’” he asked), a comma or dash
/// after it ("…", he said), or a clause that ends its sentence ("…” and
/// more, Mr. Clyburn said. “…").
fn breaks_off(text: &str, last: &Quoted, middle: &str) -> bool {
    let inside = text[last.start..last.end].trim_end().trim_end_matches(['\'', '’', '"', '”']);
    inside.ends_with([',', '.', '?', '!', '…', '—', '–', '-', ';', ':'])
        || middle.trim_start().starts_with([',', '—', '–'])
        || middle.trim_end().ends_with('.')
}

/// Whether the clause hands back to the quotation with punctuation ("he
/// said, “…", "he said. “…") or with a conjunction after a comma, the
/// speaker going on ("he said, but “…", "Jordan said, and still “…"); a
/// clause running on into the quotation ("and called on “…", "who want to
/// “…") is the sentence's own grammar.
fn leads_back_in(middle: &str) -> bool {
    let trimmed = middle.trim_end();
    if trimmed.ends_with([',', '.', '—', '–']) {
        return true;
    }
    let Some(comma) = trimmed.rfind(',') else { return false };
    let mut tail = words(&trimmed[comma..]);
    let conjunction = tail.next().is_some_and(|w| in_list(w, CONJUNCTIONS));
    let adverb = tail.next().is_none_or(|w| in_list(w, GOING_ON));
    conjunction && adverb && tail.next().is_none()
}

/// Whether the stretch is followed by an attribution of its own in the same
/// sentence ("“…,” he adds."): a reporting verb within a few words, before
/// the sentence ends. A stretch that ends its sentence ("…two.” Then he
/// said…") has none.
fn attributed_after(text: &str, quoted: &Quoted) -> bool {
    let rest = &text[quoted.close_end..];
    let ends_sentence = text[quoted.start..quoted.end].trim_end().ends_with('.');
    if ends_sentence && !rest.trim_start().starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let clause_end = rest.find(['.', '!', '?', ';', '“', '"', '‘', '\n']).unwrap_or(rest.len());
    words(&rest[..clause_end]).take(MAX_BRIDGE_WORDS).any(is_reporting_verb)
}

/// Whether a sentence ends inside `middle` with more words after it.
/// Abbreviations ("Rep.", "G.K.", "Sen.") do not end sentences.
fn has_inner_sentence_end(middle: &str) -> bool {
    let trimmed = middle.trim_end();
    let mut word_start = 0;
    for (at, c) in trimmed.char_indices() {
        if c.is_whitespace() {
            word_start = at + 1;
            continue;
        }
        if matches!(c, '.' | '!' | '?') && at + 1 < trimmed.len() {
            let after = &trimmed[at + 1..];
            let token = &trimmed[word_start..at];
            if after.starts_with(char::is_whitespace) && !is_abbreviation(token) {
                return true;
            }
        }
    }
    false
}

/// A short capitalised token ("Rep", "Sen", "Mr", "G.K", "D-N.C") reads as
/// an abbreviation before a full stop.
fn is_abbreviation(token: &str) -> bool {
    let token = token.trim_start_matches(['(', '[']);
    let capitalised = token.starts_with(char::is_uppercase);
    capitalised && (token.chars().count() <= 4 || token.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks::pair_marks;

    /// Whether the first two stretches of `text` are a split quotation and
    /// whether they are fragments.
    fn judge(text: &str) -> (bool, bool) {
        let found = pair_marks(text, false);
        (is_split_quotation(text, &found[0], &found[1]), are_fragments(text, &found[0], &found[1]))
    }

    #[test]
    fn a_split_quotation_is_set_off_by_punctuation() {
        assert_eq!(judge("“One two,” he said. “Three four.”"), (true, false));
        assert_eq!(judge("\"One two\", he said, \"three four.\""), (true, false));
        assert_eq!(judge("Zelensky announced a “foreign legion” and called on “all those who want to join”"), (false, false));
        assert_eq!(judge("“You know, I love Larry,” he said, but “when it comes to energy, no.”"), (true, false));
        assert_eq!(judge("“Got an agreement,” Jordan said, and still “got to sit in.”"), (true, false));
    }

    #[test]
    fn a_bridge_handing_back_mid_sentence_may_describe_its_speaker_at_length() {
        let text = "“This used to be a farm town,” said Anna Vertel, director of urban studies at the Institute for Public Policy in Chicago, “but it is increasingly a suburb.”";
        assert!(judge(text).0);
        // A capitalised second stretch after so long a clause is another utterance.
        let text = "“This used to be a farm town,” said Anna Vertel, director of urban studies at the Institute for Public Policy in Chicago, “The suburbs grow.”";
        assert!(!judge(text).0);
        // "…”—and promised to …, in her words, “he …”": no comma before the clause, no long bridge.
        let text = "She has touted his record—“the longest expansion in our history”—and promised to put him in charge of the budget because, in her own words, “he knows how.”";
        assert!(!judge(text).0);
    }

    #[test]
    fn a_clause_running_into_the_next_quotation_is_not_a_bridge() {
        let text = "“It’s a choice,” said Prime Minister Mette Frederiksen, while Riga has backed citizens who want to “defend Ukraine.”";
        assert_eq!(judge(text), (false, false));
    }

    #[test]
    fn a_second_part_with_its_own_attribution_is_a_new_utterance() {
        let text = "“The response is high here,” Serhii Verkhovod told the US media. “They feel the threat,” he adds. Then more.";
        assert_eq!(judge(text), (false, false));
        assert!(judge("“One,” he said. “Two.” He then left, as aides said.").0);
    }

    #[test]
    fn a_new_sentence_leading_into_the_second_stretch_is_a_new_utterance() {
        assert!(!judge("Hart said, “The case is unusual.” He added, “Things happened that are not ordinary.”").0);
        assert!(!judge("Hart was asked, “Would you have told her?” He answered, “I have no idea.”").0);
        assert!(judge("“The case is unusual,” he said. “Things happened that are not ordinary.”").0);
    }

    #[test]
    fn fragments_do_not_join_across_a_conjunction_or_an_infinitive() {
        assert!(judge("Trump called him a “nasty guy,” an “anchor baby,” and “sick.”").1);
        assert!(judge("a “third-party review” to the “very serious matter”").1);
        assert!(!judge("called on “all those who want to join” to fight “alongside Ukrainians”").1);
        assert!(!judge("it was “a con,” while others found it “fair”").1);
        assert!(!judge("on “Fox News Sunday.” He spoke on NBC’s “Meet the Press.”").1);
        assert!(!judge("she calls it “the permit trap,” a phrase taken from a 2019 essay by critic Ada Pell, “Ask First.”").1);
        assert!(judge("he called it “cheap,” “rushed,” “a mess”").1);
        assert!(judge("there are still “some people” who feel that way, “but not most.”").1);
    }
}
