//! Pronoun chains: a "he" or "she" whose sentence follows one opened by
//! the same pronoun refers to what that pronoun did ("She accused the
//! party of helping Ruiz, who is backed by President Julio Benitez. “…,”
//! she said": not Benitez), and a pronoun set off by "in turn" is the other
//! party of the sentence before ("Holm has described him as “…”. He, in
//! turn, has called the president “…”": not Holm).

use super::find::Context;
use super::names::PhraseKind;
use super::resolve::{Mention, Mentions, Place};
use super::roles::{self, Gender, Pronoun};
use super::tokens::Kind;

/// The place of the first pronoun of a chain ending in the he or she at
/// `at`: each earlier sentence of the paragraph that opens with the same
/// pronoun steps back to it (at most [`MAX_CHAIN`] sentences); `at` itself
/// when there is none.
pub(super) fn chain_start(context: &Context, at: Place) -> Place {
    let (text, toks) = (context.texts[at.0], &context.tokens[at.0]);
    let Some(pronoun) = toks.get(at.1).filter(|t| t.is_word()).map(|t| t.text(text).to_lowercase()) else { return at };
    if !matches!(pronoun.as_str(), "he" | "she") {
        return at;
    }
    let mut from = at.1;
    for _ in 0..MAX_CHAIN {
        let Some(opening) = previous_sentence_start(toks, from) else { break };
        let t = &toks[opening];
        if !(t.is_word() && t.text(text).eq_ignore_ascii_case(&pronoun)) {
            break;
        }
        from = opening;
    }
    (at.0, from)
}

/// How many sentences back a chain is followed at most.
const MAX_CHAIN: usize = 8;

/// The first token of the sentence before the one holding token `k`
/// (sentence numbers never fall along a paragraph's tokens).
fn previous_sentence_start(toks: &[super::tokens::Token], k: usize) -> Option<usize> {
    let sentence = toks[k].sentence.checked_sub(1)?;
    let first = toks.partition_point(|t| t.sentence < sentence);
    toks.get(first).filter(|t| t.sentence == sentence).map(|_| first)
}

/// Whether the pronoun at `at` is set off by "in turn" ("He, in turn,").
fn in_turn(context: &Context, at: Place) -> bool {
    let (text, toks) = (context.texts[at.0], &context.tokens[at.0]);
    let comma = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Comma);
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let k = at.1;
    matches!(word(k).and_then(roles::pronoun), Some(Pronoun::Person(_))) && comma(k + 1) && word(k + 2) == Some("in") && word(k + 3) == Some("turn") && comma(k + 4)
}

/// The other party a "he, in turn," at `at` refers to: the nearest
/// person of that gender in this paragraph or the one before whose full
/// name differs from the subject of the sentence before; `None` when the
/// pronoun is not so set off or that sentence has no such subject.
pub(super) fn other_party(context: &Context, mentions: &Mentions, at: Place, gender: Gender) -> Option<String> {
    if !in_turn(context, at) {
        return None;
    }
    let toks = &context.tokens[at.0];
    let base: u32 = context.tokens[..at.0].iter().map(|t| t.last().map_or(0, |t| t.sentence + 1)).sum();
    let before = (base + toks[at.1].sentence).checked_sub(1)?;
    let person = |m: &&Mention| m.kind == PhraseKind::Name && (m.strong || m.subject) && m.gender.compatible(gender);
    let full = |m: &Mention| mentions.full_name_of_gender(m.name, at, gender).unwrap_or(m.name).to_string();
    let floor = at.0.saturating_sub(1);
    let recent: Vec<&Mention> = mentions.earlier(at).take_while(|m| m.at.0 >= floor).filter(person).collect();
    let subject = recent.iter().find(|m| m.subject && m.sentence == before).map(|m| full(m))?;
    recent.iter().map(|m| full(m)).find(|name| *name != subject)
}
