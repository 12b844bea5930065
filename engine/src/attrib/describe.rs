//! Descriptions as speakers: "the rookie defenceman" is the person the
//! passage is about, "the company" the organisation named before, and "a
//! statement released by the Prime Minister's Office" its author.

use crate::wordset::in_list;
use super::names::{self, PhraseKind};
use super::resolve::{self, Mentions, Place};
use super::roles::{self, Gender};
use super::tokens::Token;

/// Nouns for documents and messages that speak for their author.
const DOCUMENTS: &[&str] = &[
    "statement",
    "release",
    "memo",
    "email",
    "e-mail",
    "letter",
    "notice",
    "report",
    "post",
    "tweet",
    "study",
    "document",
    "paper",
    "ruling",
    "decision",
    "lawsuit",
    "suit",
    "filing",
    "complaint",
    "order",
    "judgment",
    "transcript",
    "message",
    "advisory",
    "bulletin",
    "blog",
    "website",
    "survey",
    "analysis",
    "review",
    "note",
    "audit",
    "inquiry",
    "investigation",
];

/// Nouns for what a person says ("His verdict: “…”", "her answer"): the
/// person's own words, like a statement.
const OWN_WORDS: &[&str] = &[
    "verdict", "answer", "response", "reply", "reaction", "view", "take", "advice", "assessment", "explanation",
    "warning", "argument", "words", "conclusion", "prediction", "plea", "retort", "comment", "comments", "remark",
    "remarks", "reasoning", "excuse", "motto", "mantra", "pitch", "promise", "vow", "pledge", "diagnosis",
];

/// Nouns of a description that are things, never a person.
const THINGS: &[&str] = &[
    "story",
    "layout",
    "plan",
    "bill",
    "law",
    "video",
    "book",
    "film",
    "show",
    "ad",
    "list",
    "data",
    "poll",
    "figures",
    "numbers",
    "case",
    "claim",
    "claims",
    "evidence",
    "deal",
    "move",
    "program",
    "programme",
    "policy",
    "change",
    "changes",
    "project",
    "idea",
];

/// Offices and relations held by someone other than the person the
/// passage is about: "the judge", "the father", "the official" name no one
/// unless a person was written with that role.
const FUNCTIONS: &[&str] = &[
    "judge", "justice", "prosecutor", "prosecutors", "lawyer", "attorney", "coroner", "official", "officer",
    "spokesperson", "spokesman", "spokeswoman", "father", "mother", "brother", "sister", "son", "daughter",
    "husband", "wife", "friend", "neighbour", "neighbor", "witness", "victim", "doctor", "nurse", "police",
];

/// Words between a document noun and its author ("released by", "from").
const CARRIERS: &[&str] = &[
    "released",
    "issued",
    "sent",
    "e-mailed",
    "emailed",
    "published",
    "posted",
    "obtained",
    "signed",
    "written",
    "provided",
    "filed",
    "put",
    "out",
];

/// Whether `word` carries a document to its author ("released", "issued").
pub fn is_carrier(word: &str) -> bool {
    in_list!(CARRIERS, word)
}

/// Whether a description's head noun is a document or message.
pub fn is_document(head: &str) -> bool {
    in_list!(DOCUMENTS, head)
}

/// The author named right after a document phrase ending at token `end`:
/// "a statement [released] by X", "a statement from X".
pub fn author_after(text: &str, toks: &[Token], end: usize) -> Option<(usize, usize)> {
    // "The report, published by X, said": the author may stand in an appositive.
    // "The report, by the Centre for Coastal Studies, warned": or "by" itself.
    let comma = |j: usize| toks.get(j).is_some_and(|t| t.kind == super::tokens::Kind::Comma);
    // "The study, “Cheap Wings,” published … by X": a quoted title in apposition comes first.
    let titled = comma(end) && toks.get(end + 1).is_some_and(|t| matches!(t.kind, super::tokens::Kind::Quoted(_)));
    let open = if titled { end + 2 + usize::from(comma(end + 2)) } else { end + 1 };
    let appositive = (titled || comma(end))
        && toks.get(open).is_some_and(|t| t.is_word() && (in_list!(CARRIERS, t.text(text)) || matches!(t.text(text), "by" | "from")));
    let mut k = if appositive { open } else { end };
    while k < toks.len() && toks[k].is_word() && in_list!(CARRIERS, toks[k].text(text)) {
        k += 1;
    }
    // "a report published in June by X": a time phrase may stand before
    // "by" (the carrier may close the document phrase itself).
    let carrier = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && in_list!(CARRIERS, t.text(text)));
    if k > 0 && carrier(k - 1) && toks.get(k).is_some_and(|t| t.is_word() && t.text(text) != "by") {
        let by = (k..(k + 4).min(toks.len())).take_while(|&j| toks[j].is_word() && (is_time_word(toks[j].text(text)) || toks[j].text(text) == "by")).find(|&j| toks[j].text(text) == "by");
        k = by.unwrap_or(k);
    }
    // "a statement e-mailed to The Globe by X": the recipient is skipped.
    let carried = k > 0 && toks[k - 1].is_word() && in_list!(CARRIERS, toks[k - 1].text(text));
    if carried && toks.get(k).is_some_and(|t| t.is_word() && t.text(text) == "to") {
        let by = (k + 1..(k + 7).min(toks.len())).take_while(|&j| toks[j].is_word()).find(|&j| toks[j].text(text) == "by");
        k = by.unwrap_or(k);
    }
    toks.get(k)
        .filter(|t| t.is_word() && matches!(t.text(text), "by" | "from"))?;
    let limit = (k + 12).min(toks.len());
    // "a report by the Pembina Institute found …": the name ends before a verb.
    let capital = |j: usize| toks[j].text(text).starts_with(char::is_uppercase);
    // "an audit by the state auditor found …": a lower-case author ends before its verb too.
    let verb = |j: usize| { let w = toks[j].text(text); super::cues::is_cue_word(w) || matches!(w, "found" | "finds" | "shows" | "showed" | "states" | "stated") };
    let stop = (k + 2..limit).find(|&j| toks[j].is_word() && (capital(j - 1) && !capital(j) && !names::continues_org(text, toks, j) || verb(j)));
    let phrase = names::read_forward(text, toks, k + 1, stop.unwrap_or(limit))?;
    let (a, b) = phrase.written;
    let a = if matches!(toks[a].text(text), "the" | "The") {
        a + 1
    } else {
        a
    };
    // "a report by the research firm Ardent Analytics": the role before the name is no part of it.
    let (a, b) = match phrase.name {
        Some(name) if toks[a].text(text).starts_with(char::is_lowercase) => name,
        _ => (a, b),
    };
    let named = phrase.name.is_some() && a < b;
    // "a statement from the port authority": a definite body's noun.
    // "an audit by the state auditor": a definite office held by one person.
    let office = phrase.kind == PhraseKind::Description && super::roles::is_role_noun(toks[b - 1].text(text));
    let body = (phrase.kind == PhraseKind::Org || office) && a > phrase.written.0 && a < b;
    (named && matches!(phrase.kind, PhraseKind::Name | PhraseKind::Org | PhraseKind::Outlet) || body).then_some((a, b))
}

/// Words of a time phrase ("in June", "on Monday", "last week", "overnight").
pub fn is_time_word(w: &str) -> bool {
    matches!(w, "in" | "on" | "last" | "this" | "earlier" | "week" | "month" | "year" | "late" | "early" | "overnight" | "yesterday" | "today" | "morning" | "afternoon" | "evening" | "night" | "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August" | "September" | "October" | "November" | "December")
        || super::names_edges::is_day(w)
        || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// The person or organisation a description stands for, when it names
/// none itself: documents and organisation nouns take the organisation
/// (or person) named last, person descriptions the salient person.
pub fn resolve_other<'a>(
    mentions: &Mentions<'a>,
    written: &str,
    kind: PhraseKind,
    at: Place,
) -> Option<String> {
    let head = written.rsplit(' ').next()?.to_lowercase();
    let definite = written.split(' ').next().is_some_and(|w| {
        matches!(
            w,
            "the" | "The" | "her" | "his" | "its" | "their" | "Her" | "His" | "Its" | "Their"
        )
    });
    let full =
        |m: &resolve::Mention<'a>| mentions.full_name(m.name, at).unwrap_or(m.name).to_string();
    let possessive_person = matches!(
        written.split(' ').next(),
        Some("her" | "his" | "Her" | "His")
    );
    // "his office", "her boyfriend": someone of the person's, not the
    // person ("her statement" is the person's own words).
    let own_words = is_document(&head) || in_list!(OWN_WORDS, head.as_str());
    if possessive_person && !own_words && matches!(kind, PhraseKind::Org | PhraseKind::Description) {
        let gender = if written.starts_with(['h', 'H']) && written[1..].starts_with("is") { Gender::Male } else { Gender::Female };
        let rest = written.split_once(' ').map_or("", |(_, rest)| rest);
        return mentions.salient_person(at, gender).map(|m| format!("{}'s {rest}", full(m)));
    }
    if own_words || kind == PhraseKind::Org {
        if possessive_person {
            return mentions.salient_person(at, Gender::Unknown).map(full);
        }
        // A document names its author only when the article gave one
        // ([`super::orgs`]); the organisation named last may be anyone.
        if own_words {
            return None;
        }
        // "the Ukrainian military authorities" names itself; "the company",
        // "the security firm" point back.
        let plain = written
            .split(' ')
            .skip(1)
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            && written.split(' ').count() <= 3;
        if !definite || !plain || head.ends_with('s') {
            return None;
        }
        // "the commission" is the nearest organisation named with that
        // head word ("Ontario Civilian Police Commission"), else the nearest.
        let headed = mentions.earlier(at).take(40).find(|m| {
            m.kind == PhraseKind::Org && m.name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(&head))
        });
        // A social platform ("formerly Twitter") is where words appear, not a body.
        let body = || mentions.earlier(at).find(|m| m.kind == PhraseKind::Org && !super::via::is_platform(m.name));
        return headed.or_else(body).map(|m| m.name.to_string());
    }
    if kind != PhraseKind::Description
        || !definite
        || in_list!(THINGS, head.as_str())
        || in_list!(FUNCTIONS, head.as_str())
        || roles::is_outlet_noun(&head)
        // "the sanctions text", "the bill": a text of law is no person.
        || super::documents::is_text_head(&head)
    {
        return None;
    }
    // "the victim's family", "the couple's lawyer": someone of the
    // possessor's, never the person last named.
    let owned = written.split(' ').any(super::names::is_possessive);
    if owned || head.chars().any(|c| !c.is_alphabetic() && c != '-') {
        return None;
    }
    // "A second relative, who asked not to be named, said …" then "the
    // woman said": a gendered noun takes the unnamed source, as "she" does.
    let gender = roles::gender_of_noun(&head);
    let source = mentions.unnamed_source(at, gender).filter(|u| gender != Gender::Unknown && !super::relatives::is_relative(u));
    source.map(|u| u.name.to_string()).or_else(|| mentions.salient_person(at, gender).map(full))
}

/// Nouns of a person's own words: their owner is the speaker.
const SPEECH_NOUNS: &[&str] = &["speech", "remarks", "address", "statement", "tweet", "post", "message", "testimony", "eulogy", "toast"];

/// "Callander's victory speech, in part: “…”", "Olmsted's remarks": a
/// speech or message written with its owner's name is the owner's words;
/// the owner (full name where the article gives it) speaks.
pub fn speech_owner(mentions: &Mentions, written: &str, at: resolve::Place) -> Option<String> {
    let (owner, rest) = written.split_once("'s ").or_else(|| written.split_once("’s "))?;
    let words: Vec<&str> = rest.split(' ').collect();
    let spoken = words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_lowercase)) && words.last().is_some_and(|w| SPEECH_NOUNS.contains(w));
    let named = owner.starts_with(char::is_uppercase) && !owner.starts_with("The ") && owner.split(' ').count() <= 4;
    (spoken && named).then(|| mentions.full_name(owner, at).unwrap_or(owner).to_string())
}

/// "Lindgren's campaign", "Van Buren’s allies": what a person owns or
/// leads, written with the bare surname, takes the full name named in
/// the article ("Andrea Lindgren's campaign").
pub fn owner_full_name(mentions: &Mentions, written: &str, at: resolve::Place) -> Option<String> {
    let (owner, rest) = written.split_once("'s ").or_else(|| written.split_once("’s "))?;
    let bare = !owner.contains(' ') || super::names::is_particle_surname(owner);
    let plain = !rest.is_empty() && rest.split(' ').count() <= 3 && rest.split(' ').all(|w| w.starts_with(char::is_lowercase));
    if !bare || !plain || !owner.starts_with(char::is_uppercase) {
        return None;
    }
    let full = mentions.full_name(owner, at).filter(|f| *f != owner)?;
    Some(format!("{full}'s {rest}"))
}
