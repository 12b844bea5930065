//! A description's prepositional phrase up to its cue: "Democrats on the
//! panel said", "54 percent of likely voters said", "one person familiar
//! with the effort described": the source as written keeps it.

use super::names::{word, Phrase, PhraseKind};
use super::tokens::Token;

/// Prepositions that open a phrase modifying a description of a source.
const MODIFIER_PREPOSITIONS: &[&str] = &["on", "at", "of", "with", "for", "from", "in", "to"];

/// The description `phrase`, read as a subject, extended through a
/// prepositional phrase that runs to `end` (where its cue stands): a
/// preposition, then at most five plain words that hold no verb, cue or
/// clause word.
pub(super) fn through_modifier(text: &str, tokens: &[Token], phrase: Phrase, end: usize) -> Phrase {
    let (start, stop) = phrase.written;
    // "Democrats on the panel", "Officials at the agency": a capitalised plural alone is a group too.
    let plural = stop == start + 1 && { let w = word(text, tokens, start); w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && w.bytes().skip(1).all(|b| b.is_ascii_lowercase()) };
    let described = phrase.kind == PhraseKind::Description && phrase.name.is_none() || plural && phrase.kind != PhraseKind::Pronoun(super::roles::Pronoun::Plural);
    if !described || stop >= end || end - stop > 6 || end > tokens.len() {
        return phrase;
    }
    // "A draft of the treaty", "A statement from the company": a document is named by its kind.
    let head = word(text, tokens, stop - 1).to_lowercase();
    let document = super::documents::is_text_head(&head);
    let opens = !document && tokens[stop].is_word() && MODIFIER_PREPOSITIONS.contains(&word(text, tokens, stop));
    let plain = (stop + 1..end).all(|k| tokens[k].is_word() && plain_word(word(text, tokens, k)));
    if opens && plain && stop + 1 < end {
        let name = phrase.name.map(|n| if n == phrase.written { (start, end) } else { n });
        Phrase { written: (start, end), name, ..phrase }
    } else {
        phrase
    }
}

/// Whether the subject `phrase` runs up to its cue at `end`: itself,
/// through a description's modifier ("a man in Leeds"), or through a
/// name's place ("House Speaker Paul Ryan of Wisconsin": "of" and at most
/// three capitalised words).
pub(super) fn reaches_cue(text: &str, tokens: &[Token], phrase: Phrase, end: usize) -> bool {
    let stop = through_modifier(text, tokens, phrase, end).written.1;
    let of_place = phrase.kind == PhraseKind::Name && stop + 1 < end && end - stop <= 4 && word(text, tokens, stop) == "of";
    stop >= end || of_place && (stop + 1..end).all(|k| tokens[k].is_word() && super::names::is_capitalised(word(text, tokens, k)))
}

/// Whether a word may stand in a source's prepositional phrase: no verb,
/// cue or clause word, and no title or first name ("a spokesman for
/// President Ana Ruiz" speaks for a person named, who is no part of it).
fn plain_word(w: &str) -> bool {
    let verb = super::cues::is_cue_word(w) || super::verbs::is_verb(w) || w.ends_with("ed") && w.starts_with(char::is_lowercase);
    let person = super::roles::is_title(w) || super::roles::gender_of_word(w) != super::roles::Gender::Unknown;
    !verb && !person && !super::names::opens_no_subject(w)
}
