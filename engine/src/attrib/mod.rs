//! Attribution: who said each quotation, with which verb, credited to whom.
//!
//! Each paragraph is tokenised once ([`tokens`]), with every quotation one
//! opaque token; the names of the article are indexed once ([`resolve`]).
//! For each quotation the clause after it ("…," X said) or before it in the
//! same sentence (X said: "…") is read for a cue ([`cues`]) and a speaker
//! phrase ([`names`]); the credited outlet comes from the rest of the clause
//! ([`via`]). Pronouns and descriptions resolve to the nearest compatible
//! person named earlier; a quotation without its own attribution continues
//! the previous speaker or repeats an attributed quotation.
//!
//! | stage | modules |
//! |---|---|
//! | the clause | `find` (where it stands), `reporting_before` (the sentence before), `prefer` (which of two wins; "X said he asks …, “…”": the outer cue), `predicate_quote` ("Biden “kind of misspoke”" carries on the last speaker), `inverted_after` (", said the director" after a partial quotation), `quoted_as` ("X quoted Y as saying"), `possessive_speech` ("her remark that “…”": the possessive speaks), `subject` (sentences with no cue), `caption` (a photo caption's subject), `signature` ("“…” ¶ —Jo Lee, Leeds."), `colon` ("X:" lines; `colon_sources`, "From X's post:", a lead-in line "Then, on CNN:"), `colon_clause` (", but he gave a compliment: “…”"), `dash_label` ("HEADLINE - Name:" lines), `cue_context`, [`cues`] and `cue_verbs` (what is a reporting verb), `noun_cues` ("a blunt retort" is a noun) |
//! | the clause, continued | `progressive` ("…, but the campaign is claiming “…”": a participle after "is" has its own subject), `fronted` ("Even before Lee spoke, his campaign sent a text saying: “…”": the main clause's subject), `with_subject` ("The ad ends with a narrator saying: “…”": the phrase after "with" speaks its participle) |
//! | the speaker phrase | [`names`], `names_edges` (where a phrase ends), `inner_clause` (a clause inside a subject: "a move the senator said"), `subordinate_subject` ("a fine after the man had posted", "hours after Hale said"), `post_modifiers` ("Democrats on the panel said"), `poll_share` ("About four in 10 said"), `appositives` (descriptions, offices and ages between commas), `insertions` (", in Ohio,", ", clad in a coat," or ", of Flint, Mich.," before a cue), `names_tests`, `intl_names` (particles inside names, "al-" surnames, two surnames; `intl_names_tests`), `name_parts` (post-nominals, suffixes, nicknames, a role before an inverted name), [`roles`] (titles, role nouns, word lists), `verbs`, `stray`, `acronyms` |
//! | a later clause, a homograph surname | `clause_pronoun` ("…, though she used stronger language, saying …": the pronoun heading the cue's own clause), `surname_words` ("“…,” Will wrote": a lone "Will", "May" or "Rather" before a finite cue is the surname) |
//! | resolution | [`resolve`] (the article's mentions), `addressee` (the one a quotation addresses is not its speaker), `name_ids` (their name strings numbered once per article; who is a person, the lookups by name), `shared_surname` ("Tomas and Erik Lund"), `salience` (who is a subject), `gender` (with `first_names`, its data), `given_names` ("who gave his name only as Zurab"), `follow` (continuation), `next_sentence` (a partial quotation in the sentence after its speaker's), `interview` (questions and answers), `describe`, `described`, `described_as`, `fullest` (one full name per organisation), `party` ("the Ohio Democrat" by party–state tag; tests in `politics_tests`), `pronouns` (he, she, it, they), `chains` (a he/she chain, "he, in turn,"), `reporter_pronoun` ("X said he …, who he speculates"), `thing_subject` (an "it" after "The agency said"), `research` (a study's team), `orgs`, `issuers` (who issued a document), `documents` (both tested in `documents_tests`), `document_after` ("“…,” the email read"), `unnamed` (with `unnamed_clauses`, where a description ends, `named_later`, a description the next paragraphs name, and `unnamed_tests`), `relatives` ("Her sister laughs."), `turns_tests` (a he/she beat, a possessive topic), `mention_tests` (the mention a cue attaches to) |
//! | repeats | `pull_quotes` (a pull quote or a quotation quoted twice takes the attributed one's attribution) |
//! | the outlet | [`via`] (in the clause), `via_context` (referred back, passive, journal, the sentence before), `relay` (an outlet citing its source is the channel; `relay_tests`) |
//! | tests | `tests` (whole quotations), `cue_tests`, `sentence_tests` (with its child `participle_tests`), `resolution_tests`, `via_context_tests`, and `resolve_tests` (a child of `resolve`, for its private functions) |

mod acronyms;
mod addressee;
mod appositives;
mod caption;
mod chains;
mod clause_pronoun;
mod colon;
mod colon_clause;
mod colon_sources;
mod cue_context;
mod cue_verbs;
pub mod cues;
mod dash_label;
mod describe;
mod described;
mod described_as;
mod document_after;
mod documents;
mod find;
mod first_names;
mod follow;
mod fronted;
mod fullest;
mod gender;
mod given_names;
mod interview;
mod inner_clause;
mod inverted_after;
mod insertions;
pub(crate) mod intl_names;
mod issuers;
mod name_ids;
mod name_parts;
pub mod names;
mod names_edges;
mod noun_cues;
mod named_later;
mod next_sentence;
#[cfg(test)]
mod names_tests;
mod orgs;
mod party;
mod poll_share;
mod possessive_speech;
mod post_modifiers;
mod predicate_quote;
mod prefer;
mod pull_quotes;
mod progressive;
mod pronouns;
mod quoted_as;
mod relatives;
mod relay;
mod reporter_pronoun;
mod reporting_before;
mod research;
pub mod resolve;
pub mod roles;
mod salience;
mod shared_surname;
mod signature;
mod stray;
mod subject;
mod subordinate_subject;
mod surname_words;
mod thing_subject;
mod with_subject;
pub mod tokens;
#[cfg(test)]
mod turns_tests;
mod unnamed;
mod unnamed_clauses;
mod verbs;
pub mod via;
mod via_context;

use crate::model::{Article, Attribution, Quotation, Role};
use find::{Clause, Context};
use names::PhraseKind;
use resolve::{LastSpeaker, Mentions};
use tokens::Token;

/// Attributes every quotation of an article; the result is parallel to `quotations` (an article without any is not read).
pub fn attribute(article: &Article, quotations: &[Quotation]) -> Vec<Attribution> {
    if quotations.is_empty() { return Vec::new(); }
    let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    let (tokens, places) = tokenize_article(&texts, quotations);
    let shared = shared_surname::find(&texts, &tokens);
    let mentions = Mentions::index_sharing(&texts, &tokens, &shared);
    let roles: Vec<Role> = article.paragraphs.iter().map(|p| p.role).collect();
    let context = Context { texts: &texts, tokens: &tokens, quotations, places: &places, mentions: &mentions, roles: &roles };
    let mut last: Option<LastSpeaker> = None;
    let mut out = Vec::with_capacity(quotations.len());
    for (index, quotation) in quotations.iter().enumerate() {
        let clause = context.clause_of(index, last.as_ref());
        let attribution = clause.as_ref().map_or_else(Attribution::default, |c| build(&context, &mentions, c, last.as_ref()));
        let attribution = addressee::not_addressed(attribution, clause.as_ref(), &quotation.text, last.as_ref());
        // "She recalled being told by one of the trustees that “…”": the agent is no topic for a later "she", nor is a guessed description.
        let agent = clause.as_ref().and_then(|c| c.speaker).is_some_and(|(phrase, at)| context.is_passive_agent(at.0, phrase.written.0)) || clause.as_ref().is_some_and(Clause::is_guessed_description);
        if let (Some(speaker), Some(place), Some(clause), false) = (&attribution.speaker, places[index].first(), &clause, agent) {
            let (person, gender) = match (&clause.speaker, &clause.inherited) {
                (Some((phrase, _)), _) => match speaker_nature(phrase) {
                    (true, gender) if !matches!(phrase.kind, PhraseKind::Pronoun(_)) => match mentions.gender_of(speaker) {
                        roles::Gender::Unknown => (true, gender),
                        known => (true, known),
                    },
                    nature => nature,
                },
                (None, Some(inherited)) => (inherited.person, inherited.gender),
                (None, None) => (true, roles::Gender::Unknown),
            };
            let at = clause.speaker.map_or(*place, |(_, at)| at);
            let written = attribution.speaker_as_written.clone().unwrap_or_else(|| speaker.clone());
            last = Some(LastSpeaker { name: speaker.clone(), written, at, person, gender, paragraph: place.0, via: attribution.via.clone(), cue: attribution.cue.clone() });
        }
        out.push(attribution);
    }
    pull_quotes::repeat(article, quotations, &mut out);
    acronyms::expand_speakers(&texts, &mut out);
    fullest::to_fullest(&mentions, &mut out);
    for attribution in &mut out {
        attribution.speaker = attribution.speaker.take().map(|s| names::without_nickname(&s).into_owned());
    }
    out
}

/// Whether a speaker phrase is a person, and its gender.
fn speaker_nature(phrase: &names::Phrase) -> (bool, roles::Gender) {
    match phrase.kind {
        PhraseKind::Name | PhraseKind::Description => (true, phrase.gender),
        PhraseKind::Pronoun(roles::Pronoun::Person(g)) => (true, g),
        _ => (false, roles::Gender::Unknown),
    }
}

/// Whether a quotation's speaker and cue are bound to it in its own sentence
/// ("at best…" he warned), which makes even a short fragment speech.
pub fn is_directly_attributed(attribution: &Attribution) -> bool {
    attribution.direct
}

/// Tokenises every paragraph and finds each quotation's tokens: `places[q]`
/// lists the (paragraph, token) of each part of quotation `q`.
fn tokenize_article(texts: &[&str], quotations: &[Quotation]) -> (Vec<Vec<Token>>, Vec<Vec<resolve::Place>>) {
    let mut spans: Vec<Vec<(usize, usize, u32)>> = vec![Vec::new(); texts.len()];
    for (q, quotation) in quotations.iter().enumerate() {
        for part in &quotation.parts {
            if let Some(list) = spans.get_mut(part.paragraph) {
                list.push((part.start, part.end, q as u32));
            }
        }
    }
    let mut places = vec![Vec::new(); quotations.len()];
    let mut tokens = Vec::with_capacity(texts.len());
    for (p, text) in texts.iter().enumerate() {
        spans[p].sort_unstable();
        // News text runs to fewer than one token per four bytes: sized once,
        // the list seldom grows and is never copied.
        let mut toks = Vec::with_capacity(text.len() / 4 + 4);
        tokens::tokenize(text, &spans[p], &mut toks);
        for (i, t) in toks.iter().enumerate() {
            if let tokens::Kind::Quoted(q) = t.kind {
                places[q as usize].push((p, i));
            }
        }
        tokens.push(toks);
    }
    (tokens, places)
}

/// Turns a found clause into an attribution: canonical speaker, role, cue, via.
fn build(context: &Context, mentions: &Mentions, clause: &Clause, last: Option<&LastSpeaker>) -> Attribution {
    let mut attribution = Attribution { direct: clause.direct, ..Attribution::default() };
    if let Some(inherited) = &clause.inherited {
        attribution.speaker = Some(inherited.name.clone());
        // A continued quotation keeps the mention its speaker was written as.
        attribution.speaker_as_written = Some(inherited.written.clone());
        attribution.via = if clause.inherit_via { inherited.via.clone() } else { None };
        attribution.cue = if clause.inherit_cue { inherited.cue.clone() } else { None };
    }
    let p = clause.paragraph;
    let (text, toks) = (context.texts[p], &context.tokens[p]);
    if let Some((phrase, at)) = clause.speaker {
        let written = resolve::span(text, toks, phrase.written.0, phrase.written.1);
        attribution.speaker_as_written = Some(written.to_string());
        attribution.speaker = Some(canonical(context, mentions, &phrase, at, last));
        attribution.role = phrase.role.map(|(a, b)| resolve::span(text, toks, a, b).to_string());
    }
    if let Some((a, b)) = clause.cue {
        let cue = resolve::span(text, toks, a, b);
        attribution.cue = Some(cue.to_string());
        if cues::is_naming(cue) {
            attribution.direct = false;
        }
    }
    if let Some((dp, (a, b), (c, d))) = clause.document {
        // "“…,” the email read": the document is the mention, its sender the speaker.
        let words = |a: usize, b: usize| Some(resolve::span(context.texts[dp], &context.tokens[dp], a, b).to_string());
        (attribution.speaker_as_written, attribution.cue) = (words(a, b), words(c, d));
    }
    if let Some((a, b)) = clause.via {
        // "on X." reads the platform's name with the sentence's full stop.
        let via = Some(resolve::span(text, toks, a, b)).filter(|&v| v != "X.").unwrap_or("X");
        attribution.via = Some(via.trim_end_matches("'s").trim_end_matches("’s").to_string());
    }
    if let (None, Some((phrase, _))) = (&attribution.via, clause.speaker) {
        // "Speaking to BBC Radio 4, Varga said": a leading phrase credits the outlet.
        let from = context.sentence_start(p, phrase.written.0);
        attribution.via = via::lead_in(text, toks, from, phrase.written.0).map(|(a, b)| resolve::span(text, toks, a, b).to_string());
    }
    if let (None, None, Some(speaker)) = (&attribution.via, &clause.inherited, &attribution.speaker) {
        // "She replied in an Instagram post. “…,” she wrote.", "he told the agency".
        let name_of = |phrase: &names::Phrase, at: resolve::Place| canonical(context, mentions, phrase, at, last);
        attribution.via = via_context::credited(context, mentions, clause, speaker, &name_of);
    }
    // "told the Gazette" after "the Harbour Gazette": the outlet's full name; "KTV's Morning Show": the owner.
    let owner = |v: String| v.strip_suffix("'s").or_else(|| v.strip_suffix("’s")).map_or_else(|| v.clone(), str::to_string);
    attribution.via = attribution.via.map(|v| via_context::full_outlet(mentions, owner(v), (p, clause.cue.map_or(0, |c| c.0))));
    attribution.direct &= attribution.speaker.is_some() && attribution.cue.is_some();
    let near = clause.speaker.map_or_else(|| clause.cue.map_or(0, |c| c.0), |(phrase, _)| phrase.written.0);
    attribution.sentence = Some(context.sentence_text(p, clause.sentence, near));
    attribution
}

/// The canonical speaker of a phrase: a full name for names and pronouns
/// that resolve, the outlet for outlets, else the description as written.
fn canonical(context: &Context, mentions: &Mentions, phrase: &names::Phrase, at: resolve::Place, last: Option<&LastSpeaker>) -> String {
    let (text, toks) = (context.texts[at.0], &context.tokens[at.0]);
    let written = resolve::span(text, toks, phrase.written.0, phrase.written.1);
    if let Some((a, b)) = phrase.name {
        let name = &*names::without_nickname(resolve::span(text, toks, a, b).trim_end_matches("'s").trim_end_matches("’s"));
        // "SOLE: “…”": a label in capitals is the surname written "Sole".
        let shouted = !name.contains(' ') && name.len() > 1 && !name.chars().any(char::is_lowercase);
        let titled = || name.chars().take(1).chain(name.chars().skip(1).flat_map(char::to_lowercase)).collect::<String>();
        if let Some(full) = shouted.then(|| mentions.full_name(&titled(), at)).flatten() {
            return full.to_string();
        }
        // "Van Buren said": a surname with its particles is looked up like a bare one.
        if phrase.kind == PhraseKind::Name && (!name.contains(' ') || names::is_particle_surname(name)) {
            let full = mentions.full_name(name, at).or_else(|| intl_names::longer_name(mentions, name, at)).unwrap_or(name);
            // "Ortega said" finds "Ortega Ramos", itself short for "Lucía Ortega Ramos".
            let longer = full.contains(' ').then(|| intl_names::longer_name(mentions, full, at)).flatten();
            return longer.unwrap_or(full).to_string();
        }
        // "Castillo Ibarra said" after "Mariana Castillo Ibarra": a name that ends a longer one is that person.
        if phrase.kind == PhraseKind::Name {
            return intl_names::longer_name(mentions, name, at).unwrap_or(name).to_string();
        }
        if phrase.kind == PhraseKind::Org {
            // "Park said" after "Ethan Park, a student,": a place word the article gave a person as surname.
            let person = (!name.contains(' ')).then(|| mentions.full_name(name, at)).flatten();
            return person.unwrap_or_else(|| name.strip_prefix("The ").unwrap_or(name)).to_string();
        }
        return name.to_string();
    }
    match phrase.kind {
        PhraseKind::Pronoun(p) => (p == roles::Pronoun::Thing)
            .then(|| context.owned_body_before(at, last))
            .flatten()
            .or_else(|| (p == roles::Pronoun::Thing).then(|| thing_subject::document_subject_before(context, at)).flatten().map(|(subject, place)| canonical(context, mentions, &subject, place, last)))
            .or_else(|| chained_pronoun(context, mentions, p, (at.0, phrase.written.0), last).or_else(|| context.reporter_pronoun(mentions, p, (at.0, phrase.written.0))))
            .or_else(|| resolve::resolve_pronoun(mentions, p, at, last))
            .or_else(|| (p == roles::Pronoun::Thing).then(|| thing_subject::body_subject_before(context, at)).flatten().map(|(subject, place)| {
                canonical(context, mentions, &subject, place, last)
            }))
            .or_else(|| context.sentence_subject(at).filter(|s| s != written))
            .unwrap_or_else(|| written.to_string()),
        kind => documents::draft_of(text, toks, written, phrase.written.1)
            .or_else(|| documents::earlier_draft(context.texts, context.tokens, written, (at.0, phrase.written.0)))
            .or_else(|| named_later::named_later(context, mentions, written, at).map(str::to_string))
            .or_else(|| named_later::report_author(context, written, at))
            .or_else(|| same_unnamed(written, last))
            .or_else(|| context.party_member(mentions, written, at))
            .or_else(|| mentions.unnamed_by_head(written, at).map(str::to_string))
            .or_else(|| unnamed::earlier_source(context.texts, context.tokens, mentions, written, at))
            .or_else(|| mentions.unnamed_by_gender_noun(written, at).map(str::to_string))
            .or_else(|| research::team(written))
            .or_else(|| orgs::resolve_org_noun(mentions, written, at))
            .or_else(|| orgs::modifier_author(mentions, written, at))
            .or_else(|| describe::speech_owner(mentions, written, at))
            .or_else(|| describe::owner_full_name(mentions, written, at))
            .or_else(|| context.document_author(mentions, written, at))
            .or_else(|| context.described_person(mentions, written, at))
            .or_else(|| resolve::resolve_description(mentions, written, kind, at).map(str::to_string))
            .or_else(|| describe::author_after(text, toks, phrase.written.1).map(|(a, b)| body_name(mentions, resolve::span(text, toks, a, b), at)))
            .or_else(|| describe::resolve_other(mentions, written, kind, at))
            .unwrap_or_else(|| written.strip_prefix("the ").unwrap_or(written).to_string()),
    }
}

/// A he or she set off by "in turn" (the other party of the sentence
/// before), or one that continues a chain of sentences opened by the same
/// pronoun (resolved where the chain starts); see `chains`.
fn chained_pronoun(context: &Context, mentions: &Mentions, p: roles::Pronoun, at: resolve::Place, last: Option<&LastSpeaker>) -> Option<String> {
    let roles::Pronoun::Person(gender) = p else { return None };
    if let Some(other) = chains::other_party(context, mentions, at, gender) {
        return Some(other);
    }
    let from = chains::chain_start(context, at);
    (from != at).then(|| resolve::resolve_pronoun(mentions, p, from, last.filter(|l| l.at < from))).flatten()
}

/// "“…,” the spokesman added" right after "A spokesman for the ministry
/// said": a definite description whose head noun heads the last
/// speaker's indefinite one is that unnamed speaker, not a person named
/// earlier.
fn same_unnamed(written: &str, last: Option<&LastSpeaker>) -> Option<String> {
    let rest = written.strip_prefix("the ").or_else(|| written.strip_prefix("The "))?;
    let last = last.filter(|l| l.person)?;
    let (opener, _) = last.name.split_once(' ')?;
    let indefinite = unnamed::is_indefinite_opener(opener);
    let head = |s: &str| unnamed::head_noun(s).map(str::to_lowercase);
    (indefinite && !rest.contains(' ') && head(rest) == head(&last.name)).then(|| last.name.clone())
}

/// An author written as a body's noun ("company" of "a statement from the
/// company") is the body named before when there is one.
fn body_name(mentions: &Mentions, author: &str, at: resolve::Place) -> String {
    let plain = author.starts_with(char::is_lowercase);
    plain.then(|| orgs::resolve_org_noun(mentions, &format!("the {author}"), at)).flatten().unwrap_or_else(|| author.to_string())
}

#[cfg(test)]
mod intl_names_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod resolution_tests;
#[cfg(test)]
mod politics_tests;
#[cfg(test)]
mod sentence_tests;
#[cfg(test)]
mod via_context_tests;
#[cfg(test)]
mod relay_tests;
#[cfg(test)]
mod cue_tests;
#[cfg(test)]
mod unnamed_tests;
#[cfg(test)]
mod documents_tests;
#[cfg(test)]
mod mention_tests;
