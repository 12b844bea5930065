//! An unnamed source that the next paragraphs name: "A TERRIFIED
//! mum-of-three says …" in the lede, then "Shannon Pruitt, 34, said …";
//! "one council member called it reckless", then "That council member,
//! Rick Haverford, said …". The description and the name are one source.
//! A person named before the description is no such naming ("Denise Greer
//! spoke. One woman in the gallery said …" keeps "one woman"). So is an
//! unnamed body that "said in a report" the author the next paragraphs
//! give that report ("a human rights group said in a report …", then
//! "The 112-page report by Fairline Watch …").

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

/// "a human rights group said in a report published Wednesday", then
/// "The 112-page report by Fairline Watch": an indefinite body that
/// speaks in a document is the author named for that document (by "by"
/// or "from" and a capitalised name) in its paragraph or the next two.
pub(super) fn report_author(context: &Context, written: &str, at: Place) -> Option<String> {
    let (opener, _) = written.split_once(' ')?;
    let head = written.rsplit(' ').next()?;
    if !super::unnamed::is_indefinite_opener(opener) || !super::orgs::is_body_noun(head) {
        return None;
    }
    let (text, toks) = (context.texts[at.0], &context.tokens[at.0]);
    let word = |k: usize| toks.get(k).filter(|t| t.is_word() && t.sentence == toks[at.1].sentence).map(|t| t.text(text));
    // "said in a report", "said in its annual report": the document noun within a few words of "in".
    let start = at.1 + written.split(' ').count();
    let within = (start..start + 3).find(|&k| word(k) == Some("in"))?;
    let doc = (within + 1..within + 5).map_while(word).find(|w| super::describe::is_document(w))?;
    (at.0..(at.0 + REACH + 1).min(context.texts.len())).find_map(|p| {
        let (text, toks) = (context.texts[p], &context.tokens[p]);
        let from = if p == at.0 { within } else { 0 };
        (from..toks.len()).filter(|&k| toks[k].is_word() && toks[k].text(text) == doc).find_map(|k| {
            let (a, b) = super::describe::author_after(text, toks, k + 1)?;
            let author = super::resolve::span(text, toks, a, b);
            author.starts_with(char::is_uppercase).then(|| author.to_string())
        })
    })
}
