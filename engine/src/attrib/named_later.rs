//! An unnamed source that the next paragraphs name: "A TERRIFIED
//! mum-of-three says …" in the lede, then "Shannon Pruitt, 34, said …";
//! "one council member called it reckless", then "That council member,
//! Rick Haverford, said …". The description and the name are one source.
//! A person named before the description is no such naming ("Denise Greer
//! spoke. One woman in the gallery said …" keeps "one woman").

use super::find::Context;
use super::names::PhraseKind;
use super::resolve::{Mention, Mentions, Place};
use super::roles::{self, Gender};
use crate::model::Role;

/// How many paragraphs after the description a demonstrative may name it.
const REACH: usize = 2;

/// The person an indefinite description `written` at `at` turns out to be.
pub(super) fn named_later<'a>(context: &Context, mentions: &Mentions<'a>, written: &str, at: Place) -> Option<&'a str> {
    let (opener, _) = written.split_once(' ')?;
    if !super::unnamed::is_indefinite_opener(opener) {
        return None;
    }
    let head = super::unnamed::head_noun(written)?;
    (at.0..(at.0 + REACH + 1).min(context.texts.len())).find_map(|p| demonstrative_naming(context, mentions, p, head)).or_else(|| lede_naming(context, mentions, written, at))
}

/// "That council member, Rick Haverford, said": "that" or "this" with
/// up to three words ending in `head`, a comma, and a name within five
/// words after it, in paragraph `p`.
fn demonstrative_naming<'a>(context: &Context, mentions: &Mentions<'a>, p: usize, head: &str) -> Option<&'a str> {
    let (text, toks) = (context.texts[p], &context.tokens[p]);
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    let comma = (0..toks.len()).filter(|&k| matches!(word(k), Some("That" | "This" | "that" | "this"))).find_map(|k| {
        let h = (k + 1..k + 4).take_while(|&j| word(j).is_some()).find(|&j| word(j).is_some_and(|w| w.eq_ignore_ascii_case(head)))?;
        toks.get(h + 1).is_some_and(|t| t.kind == super::tokens::Kind::Comma).then_some(h + 1)
    })?;
    mentions.list.iter().find(|m| m.at.0 == p && m.at.1 > comma && m.at.1 <= comma + 5 && is_full_name(m)).map(|m| m.name)
}

/// Whether a mention is a person's full name.
fn is_full_name(m: &Mention) -> bool {
    m.kind == PhraseKind::Name && m.name.contains(' ') && !m.unnamed
}

/// "A TERRIFIED mum-of-three says …" opening the lede, then "Shannon
/// Pruitt, 34, screamed …" opening the next paragraph: a person first
/// named there, of a fitting gender, is the lede's source.
fn lede_naming<'a>(context: &Context, mentions: &Mentions<'a>, written: &str, at: Place) -> Option<&'a str> {
    let body = |p: usize| context.roles.get(p) == Some(&Role::Body) && !context.texts[p].starts_with("By ");
    let lede = (0..context.texts.len()).find(|&p| body(p))?;
    if at.0 != lede || !context.texts[lede].starts_with(written) {
        return None;
    }
    let next = (lede + 1..context.texts.len()).find(|&p| body(p))?;
    let named = mentions.list.iter().find(|m| m.at.0 == next).filter(|m| m.at.1 <= 1 && is_full_name(m) && (m.subject || m.comma_after))?;
    let before = mentions.list.iter().any(|m| m.at.0 <= lede && m.surname == named.surname);
    let gender = written.split([' ', '-']).map(|w| roles::gender_of_noun(&w.to_lowercase())).find(|g| *g != Gender::Unknown).unwrap_or(Gender::Unknown);
    (!before && mentions.gender_of(named.name).compatible(gender)).then_some(named.name)
}
