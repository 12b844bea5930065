//! Where a subject phrase ends: the verb it may run into and the adverb
//! that may stand between it and its cue.

use super::{classify, is_capitalised, word, Phrase, PhraseKind};
use crate::attrib::roles;
use crate::attrib::tokens::{Kind, Token};

/// Nouns ending in "-ly" that can end a subject ("the family said").
const LY_NOUNS: &[&str] = &["family", "assembly", "anomaly", "monopoly", "homily", "butterfly", "quarterly", "weekly", "monthly", "daily"];

/// Whether the word at `k` is a manner adverb standing between a finished
/// subject and its cue ("Morial, …, forcefully told", "Smith angrily said").
pub(super) fn is_adverb_after_subject(text: &str, tokens: &[Token], floor: usize, k: usize) -> bool {
    let w = word(text, tokens, k);
    if !(w.len() >= 6 && w.ends_with("ly") && !is_capitalised(w) && !LY_NOUNS.contains(&w)) || k <= floor {
        return false;
    }
    let before = &tokens[k - 1];
    before.kind == Kind::Comma || before.is_word() && (is_capitalised(word(text, tokens, k - 1)) || roles::pronoun(word(text, tokens, k - 1)).is_some())
}

/// Past forms that are never adjectives inside a noun phrase.
const IRREGULAR_PAST: &[&str] = &[
    "took", "made", "gave", "laid", "did", "went", "came", "got", "put", "kept", "left", "brought", "sent", "won",
    "lost", "ran", "saw", "knew", "thought", "began", "became", "paid", "sold", "bought", "met", "led", "fell",
    "spent", "set", "cut", "hit", "let", "seemed", "felt", "stood", "sat", "rose", "chose", "drew", "threw", "wore",
];

/// A phrase read as a subject cut before the verb it runs into
/// ("Politifact seized" → "Politifact", "A statement e-mailed" → "A
/// statement"): a past form after its first word, other than an "-ed"
/// adjective before a noun ("elected officials").
pub(super) fn before_verb(text: &str, tokens: &[Token], phrase: Phrase) -> Phrase {
    let (start, end) = phrase.written;
    let verb = (start + 1..end).find(|&k| {
        let w = word(text, tokens, k);
        IRREGULAR_PAST.contains(&w) || (k + 1 == end && w.len() > 4 && w.ends_with("ed") && !is_capitalised(w))
    });
    verb.map_or(phrase, |k| classify(text, tokens, start, k))
}

/// Whether a phrase is a bare plural noun group that reaches the cue
/// ("researchers say", "local farmers told"): a group speaking.
pub(super) fn is_bare_plural(text: &str, tokens: &[Token], phrase: Phrase, end: usize) -> bool {
    let (start, stop) = phrase.written;
    let last = word(text, tokens, stop - 1);
    let plural = last.len() > 4 && last.bytes().all(|b| b.is_ascii_lowercase()) && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us") && !last.ends_with("is");
    let coordinated = start > 0 && tokens[start - 1].is_word() && matches!(word(text, tokens, start - 1), "and" | "or");
    stop == end && stop - start <= 3 && plural && !coordinated && (start..stop).all(|k| !is_capitalised(word(text, tokens, k)))
}


/// Whether the "-ing" word at `k` modifies the noun after it ("the most
/// popular punching bag", "a planning memo") rather than opening a clause
/// ("the company operating the mine", "channels providing information"):
/// an adjective or possessive precedes it and a plain lower-case word follows.
pub(super) fn ing_modifies_noun(text: &str, tokens: &[Token], k: usize, limit: usize) -> bool {
    // After a noun ("channels providing information") it opens a clause.
    let prev = if k > 0 { word(text, tokens, k - 1) } else { "" };
    let before_ok = super::is_possessive(prev) || !is_capitalised(prev) && !prev.ends_with('s');
    let Some(next) = tokens.get(k + 1).filter(|t| before_ok && k + 1 < limit && t.is_word()) else { return false };
    let w = next.text(text);
    let plain = w.bytes().all(|b| b.is_ascii_lowercase()) && !w.ends_with("ing") && !w.ends_with("ly");
    plain && !ends_phrase(w) && !crate::attrib::cues::is_cue_word(w)
}

/// Whether a lower-case word ends or opens a phrase.
pub(super) fn ends_phrase(w: &str) -> bool {
    super::PHRASE_END.contains(&w) || super::DETERMINERS.contains(&w) || super::CLAUSE_WORDS.contains(&w)
}

/// Whether a word is a day of the week.
pub(super) fn is_day(w: &str) -> bool {
    matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// "Heart and Stroke senior manager Erin Kim": a capitalised phrase that
/// stops at "and" continues when a role and a name follow, which makes the
/// words before "and" part of the role.
pub(super) fn joined_by_and(text: &str, tokens: &[Token], phrase: Phrase, limit: usize) -> Phrase {
    let (start, end) = phrase.written;
    let capitalised = (start..end).all(|k| is_capitalised(word(text, tokens, k)));
    if !capitalised || end + 1 >= limit || !tokens[end].is_word() || word(text, tokens, end) != "and" {
        return phrase;
    }
    let next = tokens.get(end + 1).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)));
    let rest = next.then(|| super::read_forward(text, tokens, end + 1, limit)).flatten();
    match rest {
        Some(r) if r.kind == PhraseKind::Name && r.role.is_some() && !r.titled => classify(text, tokens, start, r.written.1),
        _ => phrase,
    }
}

/// "University of the Fraser Valley political scientist Hamish Telford
/// said": a phrase that stops short of the cue gives way to the name
/// right before the cue when a lower-case role noun introduces it.
pub(super) fn named_at_end(text: &str, tokens: &[Token], start: usize, end: usize, found: Phrase) -> Option<Phrase> {
    if found.written.1 >= end || found.kind == PhraseKind::Name && found.written.1 + 1 >= end {
        return None;
    }
    let mut run = end;
    while run > found.written.1 && tokens[run - 1].is_word() && is_capitalised(word(text, tokens, run - 1)) {
        run -= 1;
    }
    let before = if run > 0 { word(text, tokens, run - 1) } else { "" };
    let role = tokens.get(run.wrapping_sub(1)).is_some_and(Token::is_word) && !is_capitalised(before) && !super::PHRASE_END.contains(&before) && !super::CLAUSE_WORDS.contains(&before) && before != "of";
    if end - run < 2 || run <= start.max(found.written.1) || !role {
        return None;
    }
    let phrase = classify(text, tokens, run, end);
    (phrase.kind == PhraseKind::Name && phrase.name.is_some()).then_some(phrase)
}

/// "Controversy erupted after John Lee, Canada's envoy, told": the run of
/// two or more capitalised words ending at `end` after a lower-case word,
/// when it is a person's name.
pub(super) fn name_ending_at(text: &str, tokens: &[Token], from: usize, end: usize) -> Option<Phrase> {
    let mut run = end;
    while run > from && tokens[run - 1].is_word() && is_capitalised(word(text, tokens, run - 1)) && !super::is_possessive(word(text, tokens, run - 1)) {
        run -= 1;
    }
    let after_lower = run > from && tokens[run - 1].is_word() && !is_capitalised(word(text, tokens, run - 1));
    let phrase = (after_lower && end - run >= 2).then(|| classify(text, tokens, run, end))?;
    (phrase.kind == PhraseKind::Name && phrase.name == Some((run, end))).then_some(phrase)
}
