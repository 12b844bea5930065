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
    let opener = opens && OPENERS.contains(&toks[i].text(text)) || after_lead_in(text, toks, i);
    if !opener {
        return None;
    }
    // "A 34-year-old nurse": digits only inside a hyphenated word.
    let lower = |t: &Token| t.is_word() && { let w = t.text(text); w.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit() && w.contains('-')) };
    // "A Ferrow resident": a capitalised modifier before the noun.
    let modifier = |t: &Token| t.is_word() && t.text(text).starts_with(char::is_uppercase) && !super::names::is_possessive(t.text(text));
    let mut end = i + 1;
    while end < toks.len() && end - i <= 3 && (lower(&toks[end]) || end > i && modifier(&toks[end])) && toks[end].sentence == toks[i].sentence {
        let w = toks[end].text(text);
        if QUANTIFIERS.contains(&w) {
            return None;
        }
        // "A mother-of-three": the noun before "-of-".
        let noun = w.split_once("-of-").map_or(w, |(head, _)| head);
        if roles::is_role_noun(noun) || PEOPLE.contains(&noun) || noun != w && roles::gender_of_noun(noun) != Gender::Unknown {
            // "An army of workers": a group is no he or she.
            if noun.ends_with('s') && !noun.ends_with("ss") {
                return None;
            }
            let verb = toks.get(past_relative(text, toks, end + 1)).filter(|t| lower(t) && t.sentence == toks[i].sentence).map_or("", |t| t.text(text));
            // "A nurse who works nights told …": a relative clause follows a subject.
            let verb_like = verb == "who" || crate::attrib::cues::is_cue_word(verb) || (verb.ends_with("ed") && verb.len() > 3) || crate::attrib::salience::is_verb(verb);
            // "A local business owner": "local" is a noun only when a verb follows.
            if verb_like {
                return Some((end + 1, roles::gender_of_noun(noun)));
            }
        }
        end += 1;
    }
    None
}

/// Lead-in words that open a sentence before its subject ("Speaking to
/// the Post, a driver said").
const LEAD_INS: &[&str] = &["Speaking", "Talking", "Asked", "Interviewed", "Writing", "In", "On", "At", "After", "Outside", "Later", "Earlier"];

/// Whether a lower-case opener at `i` follows the comma that closes a
/// lead-in phrase opening its sentence ("Speaking to the Post, a driver").
fn after_lead_in(text: &str, toks: &[Token], i: usize) -> bool {
    let opener = matches!(toks[i].text(text), "a" | "an" | "one" | "another");
    // The cheap tests first: most tokens are no opener after a comma, and need no look back.
    if !(opener && i > 0 && toks[i - 1].kind == Kind::Comma) {
        return false;
    }
    let sentence = toks[i].sentence;
    let start = toks[..i].iter().rposition(|t| t.sentence != sentence).map_or(0, |k| k + 1);
    let commas = toks[start..i].iter().filter(|t| t.kind == Kind::Comma).count();
    commas == 1 && toks[start].is_word() && LEAD_INS.contains(&toks[start].text(text))
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

/// Whether the name at token `a` is the one told: "told", "telling" or
/// "tells" stands up to five words before it with only words between
/// ("told Ferrow Post reporter Jan Kirk").
pub fn is_told(text: &str, toks: &[Token], a: usize) -> bool {
    (a.saturating_sub(5)..a).rev().take_while(|&k| toks[k].is_word() && toks[k].sentence == toks[a].sentence).any(|k| matches!(toks[k].text(text), "told" | "telling" | "tells"))
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
        told: false,
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
        let recent = self.earlier(at).take_while(|m| m.at.0 >= floor).find(|m| m.unnamed || (m.subject || m.strong) && !m.told)?;
        (recent.unnamed && recent.gender.compatible(gender)).then_some(recent)
    }
}
