//! A clause inside a subject read back from its cue: the subject of the
//! cue is the noun phrase that opens the inner clause ("The full tape shows
//! the minister did add", "a move the senator said was").

use crate::wordset::in_list;
use super::names::{classify, is_capitalised, word, Phrase, PhraseKind};
use super::roles;
use crate::attrib::tokens::Token;

/// Verbs of evidence whose object clause may open with its own subject ("shows the minister did …").
const EVIDENCE_VERBS: &[&str] = &["shows", "showed", "suggests", "suggested", "proves", "proved", "reveals", "revealed", "confirms", "confirmed", "indicates", "indicated", "means", "meant"];

/// Words that may stand before "the" or "a" inside one noun phrase ("all the ministers", "such a move").
const BEFORE_DETERMINER: &[&str] = &[
    "half", "such", "quite", "what", "many", "twice", "rather", "not", "only", "just", "even", "against", "among",
    "amid", "across", "around", "through", "throughout", "toward", "towards", "near", "behind", "beyond", "outside",
    "inside", "within", "like", "unlike", "despite", "including", "per", "upon", "along", "between", "below", "above",
    "beneath", "onto", "off", "out", "up", "down", "regarding", "concerning", "following", "versus", "besides", "except",
];

/// "The full recording shows the minister did add", "a move the senator
/// said was", "meddling the California congressman said is designed to":
/// inside a subject read back from its cue, "the" or "a" after a verb of
/// evidence or after a lower-case word that is no determiner, quantity or
/// preposition opens the inner clause (a reduced relative); the subject
/// starts at that determiner. The reduced relative is read only in the words
/// right before the cue (`at_cue`), not in an appositive hopped over.
pub(super) fn after_inner_verb(text: &str, tokens: &[Token], phrase: Phrase, at_cue: bool) -> Phrase {
    let (start, end) = phrase.written;
    let evidence = |k: usize| k >= start + 2 && in_list!(EVIDENCE_VERBS, word(text, tokens, k - 1));
    // "The union that represents the drivers said": after a relative pronoun the words are its clause, not a reduced relative.
    let at_cue = at_cue && !(start > 0 && tokens[start - 1].is_word() && matches!(word(text, tokens, start - 1), "that" | "which" | "who" | "whom"));
    let relative = |k: usize| at_cue && opens_relative(text, tokens, k) && names_a_speaker(text, tokens, classify(text, tokens, k, end));
    let at = (start + 1..end.saturating_sub(1)).rev().find(|&k| matches!(word(text, tokens, k), "the" | "a" | "an") && (evidence(k) || relative(k)));
    at.map_or(phrase, |k| classify(text, tokens, k, end))
}

/// Whether a phrase can speak: a name, an organisation or outlet, or a
/// description ending in a role noun ("the California congressman").
fn names_a_speaker(text: &str, tokens: &[Token], phrase: Phrase) -> bool {
    let last = word(text, tokens, phrase.written.1 - 1);
    !matches!(phrase.kind, PhraseKind::Description) || roles::is_role_noun(last)
}

/// Whether the determiner at `k` opens a reduced relative clause: the word
/// before it is a lower-case word that cannot stand before a determiner
/// inside one noun phrase ("a move the …", not "all the …", "of the …").
fn opens_relative(text: &str, tokens: &[Token], k: usize) -> bool {
    let before = word(text, tokens, k - 1);
    tokens[k - 1].is_word()
        && before.chars().all(char::is_alphabetic)
        && !is_capitalised(before)
        && before != "of"
        && !super::names_edges::ends_phrase(before)
        && !super::names::is_quantity(before)
        && !in_list!(BEFORE_DETERMINER, before)
        && !super::cues::is_cue_word(before)
}
