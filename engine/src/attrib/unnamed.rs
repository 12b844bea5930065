//! Unnamed sources standing as the subject of a sentence ("One dock worker
//! disagreed.", "Another resident said …"): a "he" or "she" right after one
//! refers to that source as written, not to a person named earlier.

use super::resolve::{Mention, Mentions, Place};
use crate::attrib::names::PhraseKind;
use crate::attrib::roles::{self, Gender};
use crate::attrib::tokens::{Kind, Token};

/// Words that open an unnamed source ("One dock worker", "Another voter").
const OPENERS: &[&str] = &["One", "Another", "A", "An"];

/// Nouns for ordinary people that are not role nouns of a description.
const PEOPLE: &[&str] = &[
    "worker", "workers", "voter", "employee", "supporter", "parent", "neighbor", "neighbour", "customer", "shopper",
    "protester", "protestor", "participant", "passenger", "driver", "farmer", "member", "attendee", "witness",
    "survivor", "refugee", "migrant", "immigrant", "local", "fan", "retiree", "homeowner", "tenant", "landlord",
    "official", "source", "person", "guy", "lady", "girl", "boy", "youth", "teen", "teenager", "delegate", "juror",
    "commuter", "rider", "traveller", "traveler", "pedestrian", "cyclist", "motorist", "visitor", "guest", "diner",
    "caller", "viewer", "reader", "listener", "user", "client", "buyer", "seller", "vendor", "owner", "mum", "dad",
];

/// Words after "A" that count a group ("A few neighbours"): no he or she.
const QUANTIFIERS: &[&str] = &["few", "couple", "handful", "number", "lot", "group", "dozen", "pair", "crowd", "host", "series"];

/// An unnamed source opening the sentence at token `i`: the end of its
/// words and its gender, when a lower-case verb follows two to four words
/// ending in a noun for a person ("One dock worker disagreed").
pub fn source_at(text: &str, toks: &[Token], i: usize) -> Option<(usize, Gender)> {
    let opens = i == 0 || toks[i - 1].sentence != toks[i].sentence || matches!(toks[i - 1].kind, Kind::Quoted(_));
    if !opens || !OPENERS.contains(&toks[i].text(text)) {
        return None;
    }
    let lower = |t: &Token| t.is_word() && t.text(text).chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let mut end = i + 1;
    while end < toks.len() && end - i <= 3 && lower(&toks[end]) && toks[end].sentence == toks[i].sentence {
        let w = toks[end].text(text);
        if QUANTIFIERS.contains(&w) {
            return None;
        }
        if roles::is_role_noun(w) || PEOPLE.contains(&w) {
            // "An army of workers": a group is no he or she.
            if w.ends_with('s') && !w.ends_with("ss") {
                return None;
            }
            let verb = toks.get(past_relative(text, toks, end + 1)).filter(|t| lower(t) && t.sentence == toks[i].sentence).map(|t| t.text(text))?;
            let verb_like = crate::attrib::cues::is_cue_word(verb) || (verb.ends_with("ed") && verb.len() > 3) || crate::attrib::salience::is_verb(verb);
            return verb_like.then(|| (end + 1, roles::gender_of_noun(w)));
        }
        end += 1;
    }
    None
}

/// Past a relative clause or a description set off by commas right at
/// `k` ("Another commuter, who did not want to give her name, said",
/// "Another rider, a teacher from Delft, said"): the token after its
/// closing comma, else `k`.
fn past_relative(text: &str, toks: &[Token], k: usize) -> usize {
    let relative = toks.get(k).is_some_and(|t| t.kind == Kind::Comma) && toks.get(k + 1).is_some_and(|t| t.is_word() && matches!(t.text(text), "who" | "whose" | "a" | "an"));
    let sentence = toks[k.min(toks.len() - 1)].sentence;
    let close = (k + 2..toks.len().min(k + 30)).take_while(|&j| toks[j].sentence == sentence && !matches!(toks[j].kind, Kind::Quoted(_))).find(|&j| toks[j].kind == Kind::Comma);
    match close {
        Some(close) if relative => close + 1,
        _ => k,
    }
}

/// The mention for an unnamed source at tokens `a..b` of paragraph `p`.
pub fn mention<'a>(text: &'a str, toks: &[Token], p: usize, a: usize, b: usize, gender: Gender, sentence: u32) -> Mention<'a> {
    let name = super::resolve::span(text, toks, a, b);
    Mention {
        at: (p, a),
        name,
        surname: name,
        role: "",
        kind: PhraseKind::Description,
        gender,
        by_first_name: false,
        strong: false,
        subject: true,
        possessive: false,
        end: b,
        comma_after: false,
        and_after: false,
        sentence,
        place: false,
        unnamed: true,
        after_clause: false,
    }
}

impl<'a> Mentions<'a> {
    /// Adds the unnamed sources found while indexing, keeping reading order.
    pub(super) fn add_sources(&mut self, sources: Vec<Mention<'a>>) {
        if !sources.is_empty() {
            self.list.extend(sources);
            self.list.sort_by_key(|m| m.at);
        }
    }

    /// The unnamed source a he/she at `at` refers to: one of the same or the
    /// previous paragraph, gender-compatible, with no subject named since.
    pub fn unnamed_source(&self, at: Place, gender: Gender) -> Option<&Mention<'a>> {
        let floor = at.0.saturating_sub(1);
        let recent = self.earlier(at).take_while(|m| m.at.0 >= floor).find(|m| m.unnamed || m.subject || m.strong)?;
        (recent.unnamed && recent.gender.compatible(gender)).then_some(recent)
    }
}
