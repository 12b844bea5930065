//! The credited outlet or channel when the quotation's own clause names
//! none directly ([`super::via`] reads that): an outlet referred back to
//! ("he told the agency"), a passive credit ("was quoted as saying by
//! Xinhua"), a journal ("wrote in the journal Nature Ecology"), or the
//! channel named in the sentence right before by the same speaker ("She
//! replied in an Instagram post. “…,” she wrote.").

use crate::wordset::in_list;
use super::find::{Clause, Context};
use super::names::{self, Phrase, PhraseKind};
use super::resolve::{Mentions, Place};
use super::roles::{self, Pronoun};
use super::tokens::{Kind, Token};
use super::via;

/// Nouns that refer back to an outlet named before ("told the agency").
const OUTLET_REFERENCES: &[&str] = &["agency", "newspaper", "paper", "broadcaster", "network", "outlet", "channel", "magazine", "station", "website", "daily", "tabloid", "publication"];

/// Platforms beyond [`via`]'s list ("on Bluesky", "posted to Threads").
const MORE_PLATFORMS: &[&str] = &["Bluesky", "Threads", "Mastodon", "Substack", "WhatsApp", "Twitch", "Discord", "Rumble", "Gab", "Parler", "Pinterest", "Tumblr"];

/// How many paragraphs back an outlet referred to as "the agency" may stand.
const REFERENCE_REACH: usize = 2;

/// The outlet or channel credited to the quotation of `clause` from its
/// context; `speaker` is its canonical speaker and `name_of` the
/// canonical name of a phrase at a place.
pub fn credited(context: &Context, mentions: &Mentions, clause: &Clause, speaker: &str, name_of: &dyn Fn(&Phrase, Place) -> String) -> Option<String> {
    let (phrase, at) = clause.speaker?;
    let p = clause.paragraph;
    if let Some(found) = clause.cue.and_then(|cue| in_clause(context.texts[p], &context.tokens[p], mentions, cue, p)) {
        return Some(found);
    }
    if let Some(found) = clause.cue.and_then(|cue| in_cue_sentence(context, clause, cue)) {
        return Some(found);
    }
    let (text, toks) = (context.texts[at.0], &context.tokens[at.0]);
    let apposed = clause.cue.filter(|_| at.0 == p).and_then(|(cue, _)| apposed_talk(text, toks, phrase.written.1, cue));
    if let Some((a, b)) = apposed.or_else(|| lead_platform(text, toks, phrase)).or_else(|| lead_unknown_name(text, toks, mentions, phrase)) {
        return Some(super::resolve::span(text, toks, a, b).to_string());
    }
    // "…,” he told reporters": the one told, named in the quotation's own clause, is no outlet.
    let told_someone = clause.cue.is_some_and(|(cue, cue_end)| {
        let toks = &context.tokens[p];
        super::cues::is_telling(toks[cue].text(context.texts[p])) && toks.get(cue_end).is_some_and(|t| t.is_word())
    });
    let same = |subject: &Phrase, place: Place| same_person(&name_of(subject, place), speaker);
    (!told_someone).then(|| from_sentence_before(context, at, phrase, &same)).flatten()
}

/// The full name of an outlet credited by its last word alone ("told the
/// Gazette" after "the Harbour Gazette"): the nearest earlier outlet whose
/// name ends in that word.
pub fn full_outlet(mentions: &Mentions, via: String, at: Place) -> String {
    if via.contains(' ') {
        return via;
    }
    let longer = |m: &&super::resolve::Mention| m.kind == PhraseKind::Outlet && m.name.len() > via.len() + 1 && m.name.ends_with(via.as_str()) && m.name[..m.name.len() - via.len()].ends_with(' ');
    let found = mentions.earlier(at).take(80).find(longer);
    found.map_or(via, |m| m.name.strip_prefix("The ").unwrap_or(m.name).to_string())
}

/// "One commuter told the Ferrow Post she had waited. “…”": the outlet
/// after the cue anywhere in the cue's own sentence (a cue taken from the
/// sentence before the quotation has no clause of its own there).
fn in_cue_sentence(context: &Context, clause: &Clause, (cue, cue_end): (usize, usize)) -> Option<String> {
    let (text, toks) = (context.texts[clause.paragraph], &context.tokens[clause.paragraph]);
    let (_, end) = sentence_bounds(toks, toks[cue].sentence);
    let (a, b) = via::find(text, toks, toks[cue].text(text), cue_end, end)?;
    Some(super::resolve::span(text, toks, a, b).to_string())
}

/// After the cue `(cue, cue_end)` of paragraph `p`, in its sentence: an
/// outlet referred back to, a passive credit, a journal, a platform.
fn in_clause(text: &str, toks: &[Token], mentions: &Mentions, (cue, cue_end): (usize, usize), p: usize) -> Option<String> {
    let (_, end) = sentence_bounds(toks, toks[cue].sentence);
    if let Some(outlet) = referred_outlet(text, toks, mentions, (cue, cue_end), end, (p, cue)) {
        return Some(outlet);
    }
    if let Some((a, b)) = told_unknown_name(text, toks, mentions, (cue, cue_end), end) {
        return Some(super::resolve::span(text, toks, a, b).to_string());
    }
    let platform = || (cue_end..end).filter(|&k| toks[k].is_word() && matches!(toks[k].text(text), "on" | "in" | "via" | "to")).find_map(|k| platform_after(text, toks, k, end).filter(|&(a, _)| toks[a].text(text) != "X"));
    let found = passive_credit(text, toks, (cue, cue_end), end).or_else(|| journal_in(text, toks, cue_end, end)).or_else(platform)?;
    Some(super::resolve::span(text, toks, found.0, found.1).to_string())
}

/// "Ivo Rask, speaking to the Kestrel Advertiser, said": a talk set
/// between commas after the speaker, before the cue at `cue`, names the outlet.
fn apposed_talk(text: &str, toks: &[Token], from: usize, cue: usize) -> Option<(usize, usize)> {
    let opens = from < cue && toks[from].kind == Kind::Comma && toks[cue - 1].kind == Kind::Comma;
    let talk = from + 1;
    (opens && cue - from <= 10 && is_talk(text, toks, talk, cue)).then(|| via::outlet_at(text, toks, talk + 2, cue - 1)).flatten()
}

/// "In an Instagram post, X wrote", "On TikTok, he said": a platform in
/// the words of the sentence before the speaker `phrase`.
fn lead_platform(text: &str, toks: &[Token], phrase: Phrase) -> Option<(usize, usize)> {
    let (from, _) = sentence_bounds(toks, toks[phrase.written.0].sentence);
    let lead = (from..phrase.written.0.min(from + 10)).filter(|&k| toks[k].is_word() && matches!(toks[k].text(text), "In" | "On" | "in" | "on" | "via" | "to"));
    lead.into_iter().find_map(|k| platform_after(text, toks, k, phrase.written.0).filter(|&(a, _)| toks[a].text(text) != "X"))
}

/// The channel or outlet named in the sentence right before the speaker's
/// when that sentence's subject is the same person (`same`), or, for a
/// personal pronoun, a person of a compatible gender.
fn from_sentence_before(context: &Context, at: Place, phrase: Phrase, same: &dyn Fn(&Phrase, Place) -> bool) -> Option<String> {
    // Only a person (or a pronoun for one) can agree with that subject (see `agrees`).
    if !matches!(phrase.kind, PhraseKind::Pronoun(Pronoun::Person(_)) | PhraseKind::Name | PhraseKind::Description) {
        return None;
    }
    let (q, (start, end)) = previous_sentence(context, at.0, context.tokens[at.0][at.1].sentence)?;
    // "…told the Marlow Echo she heard the roof “simply fell in”. “…,” she
    // said": a sentence before that carries its own quotation gave that
    // quotation the channel, not this one.
    if (start..end).any(|k| matches!(context.tokens[q][k].kind, Kind::Quoted(_))) {
        return None;
    }
    let (text, toks) = (context.texts[q], &context.tokens[q]);
    let found = channel_in(text, toks, start, end)?;
    let subject = sentence_subject(text, toks, start, end)?;
    let agrees = match phrase.kind {
        PhraseKind::Pronoun(Pronoun::Person(g)) => is_person(&subject) && subject.gender.compatible(g) || same(&subject, (q, subject.written.0)),
        PhraseKind::Name | PhraseKind::Description => same(&subject, (q, subject.written.0)),
        _ => false,
    };
    agrees.then(|| super::resolve::span(text, toks, found.0, found.1).to_string())
}

/// Whether two canonical names are one person: equal, or a bare surname
/// and a full name ending in it.
fn same_person(a: &str, b: &str) -> bool {
    let ends = |long: &str, short: &str| long.len() > short.len() && long.ends_with(short) && long[..long.len() - short.len()].ends_with(' ');
    a == b || ends(a, b) || ends(b, a)
}

/// Whether a phrase can be a person.
fn is_person(phrase: &Phrase) -> bool {
    matches!(phrase.kind, PhraseKind::Name | PhraseKind::Description | PhraseKind::Pronoun(Pronoun::Person(_)))
}

/// The first token of sentence `sentence` and the token after it.
fn sentence_bounds(toks: &[Token], sentence: u32) -> (usize, usize) {
    let start = toks.partition_point(|t| t.sentence < sentence);
    (start, toks.partition_point(|t| t.sentence <= sentence))
}

/// The sentence right before sentence `sentence` of paragraph `p`: its
/// paragraph and token range (the last sentence of the paragraph before,
/// for a paragraph's first sentence).
fn previous_sentence(context: &Context, p: usize, sentence: u32) -> Option<(usize, (usize, usize))> {
    if sentence > 0 {
        return Some((p, sentence_bounds(&context.tokens[p], sentence - 1)));
    }
    let q = p.checked_sub(1)?;
    let last = context.tokens[q].last()?.sentence;
    Some((q, sentence_bounds(&context.tokens[q], last)))
}

/// The subject that opens the sentence `start..end`, past a lead-in
/// phrase closed by a comma ("In a video posted to TikTok, he …").
fn sentence_subject(text: &str, toks: &[Token], start: usize, end: usize) -> Option<Phrase> {
    let first = toks.get(start).filter(|t| t.is_word())?.text(text);
    let mut from = start;
    if !names::starts_like_subject(first) {
        from = (start..end.min(start + 14)).find(|&k| toks[k].kind == Kind::Comma)? + 1;
    }
    let phrase = names::read_forward(text, toks, from, end)?;
    // "Dana Whitcombe posted a statement": the name before a verb the phrase ran into.
    let capital = |k: usize| toks[k].text(text).starts_with(char::is_uppercase);
    let named = (from + 1..phrase.written.1).filter(|&k| !capital(k) && capital(k - 1)).map(|k| names::classify(text, toks, from, k)).find(|p| p.kind == PhraseKind::Name);
    let phrase = named.unwrap_or(phrase);
    (phrase.written.0 == from && is_person(&phrase)).then_some(phrase)
}

/// The outlet or channel named in `from..to`: "told Reuters", "in an
/// interview with the BBC", "in an Instagram post", "posted to TikTok",
/// "on X", "in the journal Science".
fn channel_in(text: &str, toks: &[Token], from: usize, to: usize) -> Option<(usize, usize)> {
    let word = |k: usize| toks[k].text(text);
    for k in (from..to).filter(|&k| toks[k].is_word()) {
        let w = word(k);
        if matches!(w, "told" | "tells" | "telling") {
            if let Some(found) = via::find(text, toks, "told", k + 1, to) {
                return Some(found);
            }
        }
        if is_talk(text, toks, k, to) {
            if let Some(found) = via::outlet_at(text, toks, k + 2, to) {
                return Some(found);
            }
        }
        if matches!(w, "on" | "On" | "in" | "In" | "via" | "Via" | "to" | "To") {
            if let Some(found) = platform_after(text, toks, k, to) {
                return Some(found);
            }
        }
    }
    journal_in(text, toks, from, to).or_else(|| via::find(text, toks, "said", from, to))
}

/// Whether the words at `k` are "interview with", "spoke to" or the like,
/// which an outlet follows.
fn is_talk(text: &str, toks: &[Token], k: usize, to: usize) -> bool {
    let talk = ["interview", "Speaking", "speaking", "spoke", "spoken", "talking", "Talking", "talked"];
    k + 2 < to && toks[k].is_word() && toks[k + 1].is_word() && matches!(toks[k + 1].text(text), "with" | "to") && talk.contains(&toks[k].text(text))
}

/// A platform within three words after the preposition at `k` ("in an
/// Instagram post", "posted to TikTok"), or "X" right after "on" ("said on
/// X that …").
fn platform_after(text: &str, toks: &[Token], k: usize, to: usize) -> Option<(usize, usize)> {
    let next = toks.get(k + 1).filter(|t| k + 1 < to && t.is_word())?;
    if next.text(text) == "X" && toks[k].text(text) == "on" && toks.get(k + 2).is_none_or(|t| !t.is_word() || !t.text(text).starts_with(char::is_uppercase)) {
        return Some((k + 1, k + 2));
    }
    let platform = |w: &str| via::is_platform(w) || in_list!(MORE_PLATFORMS, w);
    (k + 1..to.min(k + 4)).take_while(|&j| toks[j].is_word()).find(|&j| platform(toks[j].text(text))).map(|j| (j, j + 1))
}

/// "in the journal Nature Ecology": the capitalised name after "the journal".
fn journal_in(text: &str, toks: &[Token], from: usize, to: usize) -> Option<(usize, usize)> {
    let word = |k: usize| toks[k].text(text);
    // "the journal", "the peer-reviewed journal", "the scientific journal".
    let the = |k: usize| (k.saturating_sub(3).max(from)..k).rev().take_while(|&j| toks[j].is_word() && word(j).starts_with(char::is_lowercase)).any(|j| word(j) == "the");
    let at = (from + 1..to.saturating_sub(1)).find(|&k| toks[k].is_word() && word(k) == "journal" && the(k))?;
    // "PLOS One": only the first word must be no common capitalised word.
    let capital = |k: usize| k < to && toks[k].is_word() && word(k).starts_with(char::is_uppercase) && (k > at + 1 || !roles::is_not_name(word(k)));
    // "Proceedings of the National Academy of Sciences".
    let joins = |k: usize| k + 1 < to && toks[k].is_word() && (matches!(word(k), "of" | "and") && (capital(k + 1) || word(k + 1) == "the" && capital(k + 2)) || word(k) == "the" && word(k - 1) == "of");
    let mut end = at + 1;
    while capital(end) || end > at + 1 && joins(end) {
        end += 1;
    }
    (end > at + 1).then_some((at + 1, end))
}

/// "was quoted as saying by Xinhua", "was quoted by Reuters as saying",
/// "was cited by Tass": the outlet after "by" following the cue.
fn passive_credit(text: &str, toks: &[Token], (cue, cue_end): (usize, usize), to: usize) -> Option<(usize, usize)> {
    let word = |k: usize| toks[k].text(text);
    if !matches!(word(cue), "quoted" | "cited") {
        return None;
    }
    let mut k = cue_end;
    while k < to && toks[k].is_word() && matches!(word(k), "as" | "saying" | "telling") {
        k += 1;
    }
    if k + 1 >= to || !toks[k].is_word() || word(k) != "by" {
        return None;
    }
    via::outlet_at(text, toks, k + 1, to)
}

/// "he told the agency": an outlet noun right after a "told" cue refers
/// to the nearest outlet named before it, in its paragraph or the two before.
fn referred_outlet(text: &str, toks: &[Token], mentions: &Mentions, (cue, cue_end): (usize, usize), to: usize, at: Place) -> Option<String> {
    let word = |k: usize| toks[k].text(text);
    let is = |k: usize, w: &str| k < to && toks[k].is_word() && word(k) == w;
    // "he told the agency", "in an interview with the paper", "speaking to the broadcaster".
    let told = matches!(word(cue), "told" | "tells" | "telling" | "tell") && is(cue_end, "the");
    let the = if told { cue_end } else { (cue_end..to).find(|&k| is_talk(text, toks, k, to) && is(k + 2, "the"))? + 2 };
    let mut k = the + 1;
    while k < to && k < the + 3 && toks[k].is_word() && word(k).starts_with(char::is_lowercase) && !in_list!(OUTLET_REFERENCES, word(k)) {
        k += 1;
    }
    let noun = k < to && toks[k].is_word() && in_list!(OUTLET_REFERENCES, word(k));
    let ends = toks.get(k + 1).is_none_or(|t| !t.is_word() || names::opens_no_subject(t.text(text)));
    if !noun || !ends {
        return None;
    }
    let outlet = mentions.nearest_of_kind(at, PhraseKind::Outlet).filter(|m| at.0 - m.at.0 <= REFERENCE_REACH)?;
    Some(outlet.name.strip_prefix("The ").unwrap_or(outlet.name).to_string())
}

/// "Mills told Science Weekly.", "told the Kestrel Bugle", "told
/// FactLine": a name of no person right after a "told" cue
/// ([`unknown_name_at`], [`brand_at`]) is the outlet told, not a person.
fn told_unknown_name(text: &str, toks: &[Token], mentions: &Mentions, (cue, cue_end): (usize, usize), to: usize) -> Option<(usize, usize)> {
    if !super::cues::is_telling(toks[cue].text(text)) {
        return None;
    }
    let the = cue_end < to && toks[cue_end].is_word() && toks[cue_end].text(text) == "the";
    // "told the Senate Finance Committee": after "the", a body's name is no outlet.
    let no_body = |&(a, b): &(usize, usize)| (a..b).all(|k| !roles::is_org_word(toks[k].text(text)));
    match the {
        true => unknown_name_at(text, toks, mentions, cue_end + 1, to).filter(no_body),
        false => unknown_name_at(text, toks, mentions, cue_end, to).or_else(|| brand_at(text, toks, mentions, cue_end, to)).or_else(|| acronym_at(text, toks, cue_end, to)),
    }
}

/// "told KTV.", "told KTV that …": an acronym alone after "told", with no
/// "the" (which bodies take: "the FBI") and no noun after it ("FBI agents").
fn acronym_at(text: &str, toks: &[Token], k: usize, to: usize) -> Option<(usize, usize)> {
    let w = (k < to && toks[k].is_word()).then(|| toks[k].text(text))?;
    let next = toks.get(k + 1).filter(|t| k + 1 < to && t.is_word()).map(|t| t.text(text));
    let ends = next.is_none_or(|n| matches!(n, "that" | "the" | "on" | "in" | "last" | "this" | "earlier" | "he" | "she" | "they" | "it" | "we" | "I"));
    (names::is_acronym(w) && ends).then_some((k, k + 1))
}

/// "told FactLine she had": one word with a capital inside it after three
/// lower-case letters (a brand's spelling, not "McDonald" or "MacLeod")
/// that names no person of the article.
fn brand_at(text: &str, toks: &[Token], mentions: &Mentions, k: usize, to: usize) -> Option<(usize, usize)> {
    let w = (k < to && toks[k].is_word()).then(|| toks[k].text(text))?;
    let single = toks.get(k + 1).is_none_or(|t| !t.is_word() || t.text(text).starts_with(char::is_lowercase));
    let known = mentions.list.iter().any(|m| m.kind == PhraseKind::Name && !m.place && (m.name != w && m.surname == w || m.name == w && m.strong));
    (via::is_brand(w) && single && !known).then_some((k, k + 1))
}

/// "Speaking to Science Weekly, Mills said", "In an interview with The
/// Stage, she said": a lead-in to a talk opening the speaker's sentence,
/// then a name of no person.
fn lead_unknown_name(text: &str, toks: &[Token], mentions: &Mentions, phrase: Phrase) -> Option<(usize, usize)> {
    let (from, _) = sentence_bounds(toks, toks[phrase.written.0].sentence);
    let word = |k: usize| if k < phrase.written.0 && toks[k].is_word() { toks[k].text(text) } else { "" };
    let speaking = matches!(word(from), "Speaking" | "Talking") && matches!(word(from + 1), "to" | "with");
    let interview = word(from) == "In" && matches!(word(from + 1), "a" | "an") && matches!(word(from + 2), "interview" | "conversation") && matches!(word(from + 3), "to" | "with");
    let start = if speaking { from + 2 } else if interview { from + 4 } else { return None };
    let found = (start < phrase.written.0).then(|| unknown_name_at(text, toks, mentions, start, phrase.written.0)).flatten()?;
    let to_comma = (found.1..phrase.written.0).find(|&k| toks[k].kind == Kind::Comma)?;
    // "In an interview with The Stage last month, she said": a time phrase may end the lead-in.
    let timed = (found.1..to_comma).all(|k| toks[k].is_word() && is_time_word(toks[k].text(text)));
    timed.then_some(found)
}

/// Words of a time phrase ("last month", "late on Tuesday", "this week").
fn is_time_word(w: &str) -> bool {
    matches!(w, "last" | "this" | "next" | "late" | "early" | "on" | "in" | "earlier" | "week" | "month" | "year" | "weekend" | "morning" | "afternoon" | "evening" | "night" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// Two or more capitalised words from `start` that name no person of the
/// article (no first name, no title, no surname used for someone).
fn unknown_name_at(text: &str, toks: &[Token], mentions: &Mentions, start: usize, to: usize) -> Option<(usize, usize)> {
    let word = |k: usize| toks[k].text(text);
    let capital = |k: usize| k < to && toks[k].is_word() && word(k).starts_with(char::is_uppercase) && !names::is_possessive(word(k));
    let cue_end = start;
    let mut end = cue_end;
    while capital(end) {
        end += 1;
    }
    if end < cue_end + 2 {
        return None;
    }
    let first = word(cue_end);
    let ends = end >= to || !toks[end].is_word() || word(end).starts_with(char::is_lowercase);
    let personal = roles::is_title(first) || roles::gender_of_word(first) != roles::Gender::Unknown;
    let surname = word(end - 1);
    // "The Stage" is indexed as "Stage".
    let run = super::resolve::span(text, toks, cue_end, end);
    let run = run.strip_prefix("The ").unwrap_or(run);
    let other = |m: &super::resolve::Mention| m.name != run && (m.surname == surname || m.name.split(' ').next() == Some(first));
    let known = mentions.list.iter().any(|m| m.kind == PhraseKind::Name && !m.place && (other(m) || m.name == run && m.strong));
    (ends && !personal && !known).then_some((cue_end, end))
}
