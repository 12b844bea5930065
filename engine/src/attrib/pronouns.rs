//! Pronouns: which person, organisation or pair a "he", "she", "it" or
//! "they" refers to, given the article's mentions and the last speaker.

use super::resolve::{Mention, Mentions, Place};
use super::roles::{Gender, Pronoun};

/// What a pronoun resolves to, given the last speaker (name, gender, place).
pub fn resolve_pronoun<'a>(mentions: &Mentions<'a>, pronoun: Pronoun, at: Place, last: Option<&LastSpeaker>) -> Option<String> {
    match pronoun {
        Pronoun::Person(gender) => {
            // "One woman … held a sign reading “…”. “…,” she said": the last
            // speaker being that same source (the sign it held) keeps it.
            let source = mentions.unnamed_source(at, gender).filter(|u| last.is_none_or(|l| l.at <= u.at || l.name == u.name));
            match source {
                // "Her sister laughs.": a relative counts only once named.
                Some(u) if super::relatives::is_relative(u) => mentions.relative_name(u, last).or_else(|| person_referent(mentions, gender, at, last)),
                Some(u) => Some(u.name.to_string()),
                None => person_referent(mentions, gender, at, last),
            }
        }
        Pronoun::Thing => thing_referent(mentions, at, last),
        Pronoun::Plural => pair_referent(mentions, at, last),
    }
}

/// The person a he/she at `at` refers to: the salient person of that
/// gender or the last speaker, whichever is more recent.
fn person_referent<'a>(mentions: &Mentions<'a>, gender: Gender, at: Place, last: Option<&LastSpeaker>) -> Option<String> {
    let nearest = mentions.salient_person(at, gender);
    // "Echeverría" of "Rafael Echeverría Solís": a first surname finds the whole name too.
    let full = |m: &Mention<'a>| mentions.full_name_of_gender(m.name, at, gender).or_else(|| super::intl_names::longer_name(mentions, m.name, at)).unwrap_or(m.name).to_string();
    // A lone capitalised word the article never names as a person
    // ("October", "Then") is a misread speaker, not a referent.
    let misread = |l: &LastSpeaker| super::roles::is_not_name(&l.name);
    let last = last.filter(|l| l.person && l.gender.compatible(gender) && !misread(l));
    if let Some((_, m)) = mentions.described_referent(at, gender).filter(|(place, _)| last.is_none_or(|l| l.at < *place)) {
        return Some(full(m));
    }
    match (nearest, last) {
        (Some(m), Some(l)) if l.at > m.at => Some(l.name.clone()),
        // A possessive after the last speaker ("Child’s phone") does
        // not take the pronoun from a recent speaker of that gender.
        (Some(m), Some(l)) if m.possessive && !m.subject && l.gender == gender && l.paragraph + 2 >= at.0 && mentions.names_person(&l.name) => Some(l.name.clone()),
        (Some(m), _) => Some(full(m)),
        (None, Some(l)) => Some(l.name.clone()),
        (None, None) => mentions.farther_person(at, gender).map(full),
    }
}

/// The organisation an "it" refers to: the salient one or the last
/// non-person speaker, whichever is more recent.
fn thing_referent(mentions: &Mentions, at: Place, last: Option<&LastSpeaker>) -> Option<String> {
    let last = last.filter(|l| !l.person);
    match (mentions.salient_org(at), last) {
        (Some(m), Some(l)) if l.at > m.at => Some(l.name.clone()),
        (Some(m), _) => Some(m.name.to_string()),
        (None, l) => l.map(|l| l.name.clone()),
    }
}

/// The pair a "they" refers to ("A and B"), or the last non-person
/// speaker, whichever is more recent.
fn pair_referent(mentions: &Mentions, at: Place, last: Option<&LastSpeaker>) -> Option<String> {
    let last = last.filter(|l| !l.person);
    match (mentions.salient_pair(at), last) {
        (Some((a, _, _)), Some(l)) if l.at > a.at => Some(l.name.clone()),
        (Some((_, a, b)), _) => Some(format!("{a} and {b}")),
        (None, l) => l.map(|l| l.name.clone()),
    }
}

/// The most recent speaker of the article, for pronouns and continuations.
#[derive(Clone, Debug)]
pub struct LastSpeaker {
    /// The canonical speaker.
    pub name: String,
    /// The speaker as that attribution wrote it ("she", "Mr. Lee").
    pub written: String,
    /// Where the speaker phrase stood.
    pub at: Place,
    /// Whether it is a person (not an organisation or group).
    pub person: bool,
    /// Its gender, if known.
    pub gender: Gender,
    /// The quotation's paragraph.
    pub paragraph: usize,
    /// The credited outlet of that attribution.
    pub via: Option<String>,
    /// The cue of that attribution.
    pub cue: Option<String>,
}

impl super::find::Context<'_> {
    /// "His campaign wasted little time. In a statement, it described …":
    /// an "it" at `at` refers to a body owned by a person ("His campaign",
    /// "Her office") that opens a sentence of this paragraph or the one
    /// before, later than the last non-person speaker; resolved to
    /// "Frank Chambers's campaign".
    pub(super) fn owned_body_before(&self, at: Place, last: Option<&LastSpeaker>) -> Option<String> {
        let floor = last.filter(|l| !l.person).map_or((0, 0), |l| l.at);
        for p in (at.0.saturating_sub(1)..=at.0).rev() {
            let (text, toks) = (self.texts[p], &self.tokens[p]);
            let end = if p == at.0 { at.1 } else { toks.len() };
            for k in (0..end.saturating_sub(2)).rev() {
                let opens = k == 0 || toks[k - 1].kind == super::tokens::Kind::Stop;
                let owner = toks[k].text(text);
                let noun = toks[k + 1].text(text);
                if !opens || !matches!(owner, "His" | "Her") || !toks[k + 1].is_word() || !super::roles::is_org_noun(noun) || !toks[k + 2].is_word() {
                    continue;
                }
                if (p, k) <= floor {
                    return None;
                }
                let written = format!("{owner} {noun}");
                return super::describe::resolve_other(self.mentions, &written, super::names::PhraseKind::Org, (p, k));
            }
        }
        None
    }
}
