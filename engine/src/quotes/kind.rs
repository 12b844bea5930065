//! Speech or phrase: telling quoted speech from quoted terms and names.
//!
//! A quotation is speech ([`Kind::Quote`]) when it reads like something
//! said: several words, a sentence of its own, or a fragment with a
//! reporting verb nearby ("at best…" he warned; urged "all foreigners who …").
//! It is a phrase ([`Kind::Phrase`]) when it is a term or a scare quote (one
//! or two words, nobody credited), the name of a thing introduced as such
//! ("a forum called “…”", "the report ‘…’"), or a title-case name ("Level 4:
//! Do Not Travel").

use super::cues::{code_name_as, introduces_name, is_naming_word, is_reporting_verb, known_as, naming_of};
use super::gap::is_split_quotation;
use super::join::Piece;
use super::kind_shape::{chant_before, is_term_list, sign_after, sign_before, slogan_is, term_after, term_before};
use super::word_shape::scan_words;
use crate::model::Kind;
use crate::text::words;

/// Unattributed quotations of this many words or more are speech.
pub const SPEECH_WORDS: usize = 4;

/// Attributed fragments of this many words or more are speech.
pub const ATTRIBUTED_SPEECH_WORDS: usize = 1;

/// How many words either side of a quotation are searched for a reporting verb.
pub const CUE_WINDOW: usize = 8;

/// How far (in bytes) either side of a quotation the context reaches.
const CONTEXT_BYTES: usize = 160;

/// What the speech-or-phrase decision looks at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    /// Words in the quotation.
    pub words: usize,
    /// Quoted parts (split around attribution, over paragraphs, or
    /// fragments of one sentence).
    pub parts: usize,
    /// Parts joined around an attribution clause or over paragraphs: the
    /// news conventions of continuing speech.
    pub continued: bool,
    /// Whether a sentence ends inside the quotation with more words after it.
    pub several_sentences: bool,
    /// A reporting verb in the same sentence, shortly before the quotation.
    pub cue_before: bool,
    /// A reporting verb in the same sentence, shortly after the quotation.
    pub cue_after: bool,
    /// A reporting verb anywhere in the quotation's sentence (outside it).
    pub cue_in_sentence: bool,
    /// The quotation is introduced by a colon ("X said: “…”").
    pub colon_before: bool,
    /// The word right before is a naming word ("called", "titled",
    /// "report"; also with "of": "an episode of"), or the quotation is capitalised and follows "on" or a
    /// possessive, as programme and campaign names do ("said on “Meet the
    /// Press.”", "CNN's “State of the Union”", "labor's “Fight for 15”").
    pub naming_before: bool,
    /// Introduced as a name or term whatever its case: "known as", "referred
    /// to as", "billed as" (see [`introduces_name`]),
    /// or a nickname between a first name and a surname (Dwayne “The Rock”
    /// Johnson).
    pub named: bool,
    /// Most words are capitalised and no sentence punctuation ends it.
    pub title_case: bool,
    /// The first word is capitalised.
    pub capitalised: bool,
    /// The quotation ends as a sentence or a clause of speech does (". ! ? ,"
    /// or an ellipsis before its closing mark).
    pub ends_like_speech: bool,
    /// A first- or second-person word ("I", "we", "our", "you"): someone
    /// speaking to someone.
    pub personal: bool,
    /// The quoted words read as a list of short terms (see [`is_term_list`]).
    pub list: bool,
    /// A slogan: a sign, banner or T-shirt carries it (see [`sign_before`],
    /// [`sign_after`]) or a crowd chants it (see [`chant_before`]).
    pub on_sign: bool,
    /// Introduced as a term or a name given: "the term", "so-called",
    /// "words like", "which X calls" (see [`term_before`]), or followed by
    /// "was the phrase" (see [`term_after`]).
    pub term_before: bool,
}

impl Features {
    /// Whether it reads as a whole first- or second-person sentence ("I'm
    /// back."), which a name or title rarely is.
    pub fn personal_sentence(&self) -> bool {
        self.personal && self.capitalised && self.ends_like_speech
    }

    /// Whether some reporting verb or a colon ties the quotation to a speaker.
    pub fn attributed(&self) -> bool {
        self.cue_before || self.cue_after || self.cue_in_sentence || self.colon_before
    }
}

/// Decides speech or phrase from the features.
pub fn decide(f: &Features) -> Kind {
    let speech = if f.continued || f.several_sentences {
        true
    } else if f.title_case || (f.named || f.naming_before && f.capitalised) && !f.personal_sentence() {
        false
    } else if f.words >= SPEECH_WORDS {
        true
    } else {
        f.words >= ATTRIBUTED_SPEECH_WORDS && f.attributed()
    };
    if speech { Kind::Quote } else { Kind::Phrase }
}

/// Measures the features of an utterance made of `parts` of the paragraphs
/// `texts`, whose joined words are `text`.
pub fn features(texts: &[&str], parts: &[Piece], text: &str) -> Features {
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else { return Features::default() };
    let before = sentence_before(texts[first.paragraph], first.quoted.open_mark);
    let after = sentence_after(texts[last.paragraph], last.quoted.close_end, last.quoted.closed);
    let scanned = scan_before(before);
    let (cue_before, cue_earlier, last) = (scanned.cue_near, scanned.cue_anywhere, scanned.last);
    // Words are never empty, so an empty last word means there was none.
    let last_word_before = Some(last[4]).filter(|w| !w.is_empty());
    // One pass over the words after: the first CUE_WINDOW here, the rest (when asked) for `cue_in_sentence`.
    let mut after_words = words(after);
    let cue_after = after_words.by_ref().take(CUE_WINDOW).any(is_reporting_verb);
    let colon_before = before.trim_end().ends_with(':')
        || before.trim().is_empty() && first.paragraph > 0 && texts[first.paragraph - 1].trim_end().ends_with(':');
    let shape = scan_words(text);
    Features {
        words: shape.words,
        parts: parts.len(),
        continued: parts.windows(2).any(|pair| is_continuation(texts, &pair[0], &pair[1])),
        several_sentences: has_sentence_break(text),
        cue_before,
        cue_after,
        // Without a cue among them, the first CUE_WINDOW words after were all read for `cue_after`.
        cue_in_sentence: cue_before || cue_after || cue_earlier || after_words.any(is_reporting_verb),
        colon_before,
        naming_before: naming_of(&last) || work_by_author(before, &last) || after_apposed_phrase(before) || last_word_before.is_some_and(|w| is_naming_word(w) || leads_title(w) && starts_capitalised(text)),
        named: introduces_name(&last) || known_as(before) || code_name_as(&last, text) || slogan_is(before) || is_nickname(before, after, text, shape.words),
        title_case: shape.title_case(text) && !shape.shouted(text),
        capitalised: starts_capitalised(text),
        ends_like_speech: text.trim_end().ends_with(['.', ',', '!', '?', '…']),
        personal: shape.personal,
        list: is_term_list(parts.iter().map(|p| &texts[p.paragraph][p.quoted.start..p.quoted.end])),
        on_sign: sign_before(&last) || sign_after(after) || chant_before(&last, text),
        term_before: term_before(&last) || term_after(after),
    }
}

/// Whether a capitalised one- or two-word quotation without sentence
/// punctuation stands between two capitalised words, as a nickname does
/// between a first name and a surname.
fn is_nickname(before: &str, after: &str, text: &str, words: usize) -> bool {
    let name_before = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).is_some_and(|w| w.starts_with(char::is_uppercase));
    let name_after = after.strip_prefix(' ').is_some_and(starts_capitalised);
    words <= 2 && starts_capitalised(text) && !text.ends_with(['.', ',', '!', '?', '…']) && name_before && name_after
}

/// Whether the words before end in a work and its author set off by a
/// comma ("a 2023 book by planner Theo Ames, “…”"): the quotation is the
/// work's title.
fn work_by_author(before: &str, last: &[&str; 5]) -> bool {
    let by = last.iter().position(|w| w.eq_ignore_ascii_case("by"));
    by.is_some_and(|k| k > 0 && is_naming_word(last[k - 1])) && before.trim_end().ends_with(',')
}

/// Whether a quotation follows another across a phrase in apposition
/// ("“the gatekeeper economy,” a phrase from a planner's book, “…”", see
/// [`super::gap::is_apposed_phrase`]): it names what that phrase is.
fn after_apposed_phrase(before: &str) -> bool {
    let Some((at, mark)) = Some(before).filter(|b| b.trim_end().ends_with(',')).and_then(|b| b.char_indices().rev().find(|&(_, c)| matches!(c, '”' | '"'))) else { return false };
    super::gap::is_apposed_phrase(&before[at + mark.len_utf8()..])
}

/// Whether the text's first letter is a capital.
fn starts_capitalised(text: &str) -> bool {
    text.trim_start().starts_with(char::is_uppercase)
}

/// Whether a word introduces a capitalised name after it: "on" (a
/// programme: "said on “Fox News Sunday.”") or a possessive ("NBC’s").
fn leads_title(word: &str) -> bool {
    word.eq_ignore_ascii_case("on") || word.ends_with("'s") || word.ends_with("’s")
}


/// Whether `next` continues `last` over a paragraph break or around an
/// attribution clause (rather than being a fragment of the same sentence).
fn is_continuation(texts: &[&str], last: &Piece, next: &Piece) -> bool {
    last.paragraph != next.paragraph || is_split_quotation(texts[last.paragraph], &last.quoted, &next.quoted)
}

/// What one pass over the words before a quotation tells.
struct Before<'a> {
    /// A reporting verb is among the last [`CUE_WINDOW`] words.
    cue_near: bool,
    /// A reporting verb is anywhere in it.
    cue_anywhere: bool,
    /// The last five words, as [`super::cues::last_words`] gives them.
    last: [&'a str; 5],
}

/// Scans the words before a quotation once: whether a reporting verb is
/// among the last [`CUE_WINDOW`] words, whether one is anywhere, and the
/// last five words. "In her words", "in the words of" and "as she put it"
/// count as a reporting verb.
fn scan_before(before: &str) -> Before<'_> {
    let mut count = 0;
    let mut last_cue = None;
    let mut last_in = None;
    let mut last = [""; 5];
    for word in words(before) {
        count += 1;
        if word.eq_ignore_ascii_case("in") {
            last_in = Some(count);
        }
        let in_words = word.eq_ignore_ascii_case("words") && last_in.is_some_and(|at| count - at <= 3);
        let put_it = word.eq_ignore_ascii_case("it") && last[4].eq_ignore_ascii_case("put");
        if in_words || put_it || is_reporting_verb(word) {
            last_cue = Some(count);
        }
        last.rotate_left(1);
        last[4] = word;
    }
    Before { cue_near: last_cue.is_some_and(|at| count - at < CUE_WINDOW), cue_anywhere: last_cue.is_some(), last }
}

/// The text of the sentence before byte `at`, at most [`CONTEXT_BYTES`].
fn sentence_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(CONTEXT_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    let cut = window.rfind(';').map_or(0, |i| i + 1);
    let window = &window[cut..];
    match last_sentence_end(window) {
        Some(end) => &window[end..],
        None => window,
    }
}

/// The text of the sentence after byte `at`, at most [`CONTEXT_BYTES`].
fn sentence_after(text: &str, at: usize, closed: bool) -> &str {
    if !closed {
        return "";
    }
    let mut to = (at + CONTEXT_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[at..to];
    let stop = sentence_end(window).unwrap_or(window.len());
    &window[..stop]
}

/// Byte offset of the first ". " / "! " / "? " (or ";") in `window`.
fn sentence_end(window: &str) -> Option<usize> {
    let bytes = window.as_bytes();
    (0..bytes.len()).find(|&i| {
        bytes[i] == b';' || matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|b| *b == b' ')
    })
}

/// Byte offset just past the last ". " / "! " / "? " in `window`.
fn last_sentence_end(window: &str) -> Option<usize> {
    let bytes = window.as_bytes();
    (1..bytes.len()).rev().find(|&i| bytes[i] == b' ' && matches!(bytes[i - 1], b'.' | b'!' | b'?')).map(|i| i + 1)
}

/// Whether a sentence ends inside `text` and another begins after it.
fn has_sentence_break(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(3).any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ' && (w[2] as char).is_ascii_uppercase())
}


#[cfg(test)]
mod tests {
    use super::super::word_shape::is_title_case;
    use super::*;

    fn base(words: usize) -> Features {
        Features { words, parts: 1, ..Features::default() }
    }

    #[test]
    fn long_quotations_and_sentences_are_speech() {
        assert_eq!(decide(&base(6)), Kind::Quote);
        assert_eq!(decide(&Features { several_sentences: true, ..base(3) }), Kind::Quote);
        assert_eq!(decide(&Features { continued: true, parts: 2, ..base(2) }), Kind::Quote);
        assert_eq!(decide(&Features { parts: 2, ..base(2) }), Kind::Phrase);
    }

    #[test]
    fn short_fragments_are_speech_only_when_attributed() {
        assert_eq!(decide(&base(2)), Kind::Phrase);
        assert_eq!(decide(&Features { cue_after: true, ..base(2) }), Kind::Quote);
        assert_eq!(decide(&Features { cue_before: true, ..base(1) }), Kind::Quote);
    }

    #[test]
    fn names_and_titles_are_phrases() {
        assert_eq!(decide(&Features { naming_before: true, capitalised: true, ..base(5) }), Kind::Phrase);
        assert_eq!(decide(&Features { title_case: true, ..base(4) }), Kind::Phrase);
        assert_eq!(decide(&Features { named: true, cue_after: true, ..base(1) }), Kind::Phrase);
        assert!(is_title_case("Level 4: Do Not Travel"));
        assert!(is_title_case("The Military Balance"));
        assert!(!is_title_case("They want to fight for freedom,"));
        assert!(!is_title_case("Please Do This."));
        assert!(is_title_case("The Kid Who Would Be King,"));
        assert!(!is_title_case("I stand with Covington Catholic High School."));
        let back = Features { naming_before: true, colon_before: true, capitalised: true, personal: true, ends_like_speech: true, ..base(2) };
        assert_eq!(decide(&back), Kind::Quote);
    }

    #[test]
    fn a_title_after_a_work_and_its_author_is_named() {
        let before = "a term borrowed from a 2019 essay by critic Ada Pell, ";
        assert!(work_by_author(before, &super::super::cues::last_words(before)));
        let said = "a claim made by critic Ada Pell, ";
        assert!(!work_by_author(said, &super::super::cues::last_words(said)));
        assert!(after_apposed_phrase("She calls it “the permit trap,” a phrase from an old planning manual, "));
        assert!(!after_apposed_phrase("She calls it “the permit trap,” and adds, "));
    }

    #[test]
    fn in_someone_s_words_is_a_cue() {
        assert!(scan_before("The plan was, in his own words, ").cue_near);
        assert!(scan_before("In the words of the mayor, the plan was ").cue_near);
        assert!(!scan_before("She learned the words ").cue_near);
        assert!(scan_before("He was, as one critic put it, ").cue_near);
    }

    #[test]
    fn a_nickname_between_first_name_and_surname_is_named() {
        assert!(is_nickname("the wrestler Dwayne ", " Johnson said", "The Rock", 2));
        assert!(!is_nickname("he said ", " Johnson", "Never", 1));
        assert!(!is_nickname("Dwayne ", " Johnson", "Go away.", 2));
    }

    #[test]
    fn context_stops_at_sentence_edges() {
        assert_eq!(sentence_before("He left. Then she said ", 23), "Then she said ");
        assert_eq!(sentence_after(" he said. She left", 0, true), " he said");
        assert_eq!(sentence_after(" Rep. Lee said", 0, true), " Rep");
        assert_eq!(sentence_after(" he said", 0, false), "");
    }
}
