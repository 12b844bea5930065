//! Resolution: the person mentions of an article, indexed once in one pass,
//! and the rules that turn a pronoun, a bare surname or a description into the
//! nearest compatible person named earlier.

use crate::wordset::in_list;
use super::described;
pub use super::pronouns::{resolve_pronoun, LastSpeaker};
use super::names::{self, PhraseKind};
use super::salience;
use super::roles::Gender;
use super::tokens::Token;
use crate::wordset::FastMap;

/// A place in an article: paragraph and token.
pub type Place = (usize, usize);

/// One capitalised name found outside quotations.
#[derive(Clone, Debug)]
pub struct Mention<'a> {
    /// Where the name starts.
    pub at: Place,
    /// The name, titles stripped ("Igor Konashenkov").
    pub name: &'a str,
    /// The last word of the name.
    pub surname: &'a str,
    /// The words written before the name ("Russian Defense Ministry spokesman").
    pub role: &'a str,
    /// Person, outlet or organisation.
    pub kind: PhraseKind,
    /// The gender its words mark.
    pub gender: Gender,
    /// Whether that gender comes only from a first-name list ("Lee", "Lewis"),
    /// which the article's own pronouns may overrule.
    pub by_first_name: bool,
    /// Whether this looks like a person for certain (title, first name, or
    /// a surname the article also uses alone).
    pub strong: bool,
    /// Whether the name stands as the subject of its clause.
    pub subject: bool,
    /// Whether the name is written as a possessive ("Child’s phone").
    pub possessive: bool,
    /// The token after the name.
    pub end: usize,
    /// Whether a comma follows the name ("Schumer, he said, …").
    pub comma_after: bool,
    /// Whether "and" follows the name ("Tore Sohlberg and Lehla Abreder").
    pub and_after: bool,
    /// The article-wide number of its sentence (all paragraphs counted).
    pub sentence: u32,
    /// Whether this bare name stands where a place does ("in Surrey",
    /// "the City of Surrey"): it does not make a full name a person.
    pub place: bool,
    /// Whether this is an unnamed source as written ("One dock worker").
    pub unnamed: bool,
    /// Whether a comma closing a lead-in clause comes right before it ("When asked …, Mulder did").
    pub after_clause: bool,
    /// Whether it is the one told ("told Post reporter Jan Kirk"): a recipient, not a subject.
    pub told: bool,
    /// Whether an aside withholds its name ("Her cousin, who asked not to be named"): a source as written.
    pub withheld: bool,
    /// The organisation noun an apposition calls it ("start-up" of
    /// "Brightly, the meal-kit start-up,"), else "".
    pub body_noun: &'a str,
}

/// The mentions of an article in reading order.
#[derive(Default)]
pub struct Mentions<'a> {
    /// Every mention, in reading order.
    pub list: Vec<Mention<'a>>,
    /// The role words written before any mention of a surname ("Foreign
    /// Affairs Minister" for Freeland): a role belongs to the person. Each
    /// role once, at most [`MAX_ROLES`] of them.
    pub(super) roles: FastMap<&'a str, Vec<&'a str>>,
    /// Per name and per surname: the gender of its last mention and whether
    /// any mention of it is a person, for constant-time lookups by speaker.
    pub(super) people: FastMap<&'a str, (Gender, bool)>,
    pub(super) surnames: FastMap<&'a str, Gender>,
    /// Where the full names of `list` stand (kind Name, a space in the
    /// name), in list order: [`Mentions::full_name`] reads only these.
    full: Vec<usize>,
    /// Role descriptions standing as objects ("pressed the governor"): place, sentence, head noun.
    pub(super) objects: Vec<(Place, u32, &'a str)>,
    /// The full names by their last words, for short names that end them.
    pub(super) longer: super::intl_names::LongerNames<'a>,
}

impl<'a> Mentions<'a> {
    /// Indexes the names of every paragraph (one pass over the tokens).
    pub fn index(paragraphs: &[&'a str], tokens: &[Vec<Token>]) -> Mentions<'a> {
        Self::index_sharing(paragraphs, tokens, &[])
    }

    /// [`Mentions::index`], reading the full names in `shared` (given names
    /// that share a surname, `shared_surname`) at their places.
    pub fn index_sharing(paragraphs: &[&'a str], tokens: &[Vec<Token>], shared: &'a [(Place, String)]) -> Mentions<'a> {
        // About one name per ten tokens: sized once, so the lists rarely grow.
        let guess = tokens.iter().map(Vec::len).sum::<usize>() / 10;
        let mut list = Vec::with_capacity(guess);
        let mut ends = Vec::with_capacity(guess);
        let mut described = Vec::new();
        let mut sources = Vec::new();
        let mut objects = Vec::new();
        let mut base = 0u32;
        for (p, (text, toks)) in paragraphs.iter().zip(tokens).enumerate() {
            let first = base;
            base += toks.last().map_or(0, |t| t.sentence + 1);
            if salience::is_heading_like(text, toks) || salience::is_caption_like(text) || super::follow::is_teaser(text) {
                continue;
            }
            let mut i = super::stray::dateline_end(text, toks);
            while i < toks.len() {
                // A description opens with "the" (any case): other words are not asked.
                if toks[i].is_word() && toks[i].end - toks[i].start == 3 && toks[i].text(text).eq_ignore_ascii_case("the") {
                    if let Some(head) = described::candidate(text, toks, i) {
                        described.push(described::Candidate { at: (p, i), head, sentence: first + toks[i].sentence });
                    } else if let Some(head) = described::object_candidate(text, toks, i) {
                        objects.push(((p, i), first + toks[i].sentence, head));
                    }
                }
                if !toks[i].is_word() || !is_capital(toks[i].text(text)) {
                    // "Speaking to the Post, a driver said he …": a source after a lead-in.
                    if i > 0 && toks[i - 1].kind == super::tokens::Kind::Comma {
                        if let Some((b, gender)) = super::unnamed::source_at(text, toks, i) {
                            sources.push(super::unnamed::mention(text, toks, p, i, b, gender, first + toks[i].sentence));
                        }
                    }
                    i += 1;
                    continue;
                }
                if let Some((b, gender)) = super::unnamed::source_at(text, toks, i).or_else(|| super::relatives::relative_at(text, toks, i)) {
                    sources.push(super::unnamed::mention(text, toks, p, i, b, gender, first + toks[i].sentence));
                }
                let mut end = i;
                while end < toks.len() && (toks[end].is_word() && (is_capital(toks[end].text(text)) || end > i && super::intl_names::particle_inside(text, toks, end, i) || names::continues_org(text, toks, end) && !PLACE_NOUNS.contains(&toks[end - 1].text(text))) || names::is_nickname_at(text, toks, end)) && (end == i || !names::is_possessive(toks[end - 1].text(text))) {
                    end += 1;
                }
                let role_start = role_start(text, toks, i);
                // "the Municipal Corporation Ramesh Patil": the person after a body's name.
                let phrase = super::name_parts::person_after_body(text, toks, role_start, end);
                // "the one thing that made Ardmore Ardmore": no person's name.
                let repeated = |(a, b): (usize, usize)| !phrase.titled && super::name_parts::is_repeated_word(span(text, toks, a, b));
                if let Some((a, b)) = phrase.name.filter(|&n| !repeated(n)) {
                    let name = span(text, toks, a, b);
                    let name = names::without_possessive(shared.iter().find(|(at, _)| *at == (p, a)).map_or(name, |(_, n)| n.as_str()));
                    let appositive = super::gender::appositive_role(text, toks, role_start, end);
                    let role = if role_start < a { span(text, toks, role_start, a) } else { "" };
                    // "who gave his name only as Zurab": the source's own name, standing for it.
                    let given = super::given_names::given_name(text, toks, a);
                    let titled = given.is_some() || appositive.is_some() || phrase.titled || phrase.gender != Gender::Unknown || salience::role_marks_person(role) || salience::has_age(text, toks, end) || salience::has_role_after(text, toks, end);
                    let apposed = given.filter(|g| *g != Gender::Unknown).or(appositive.map(|(_, g)| g)).unwrap_or(Gender::Unknown);
                    let (gender, by_first_name) = super::gender::mention_gender(text, toks, role_start, a, apposed, phrase.gender);
                    // "Brightly, the meal-kit start-up,": a name an apposition calls a body.
                    // "the Elmgrove Public Schools district": a body noun after it sorts it too.
                    let apposed = super::orgs::apposed_body(text, toks, b);
                    let body_noun = apposed.or_else(|| super::orgs::trailing_body(text, toks, b)).unwrap_or("");
                    let kind = if phrase.kind == PhraseKind::Name && apposed.is_some() { PhraseKind::Org } else { phrase.kind };
                    ends.push(end);
                    list.push(Mention {
                        at: (p, a),
                        name,
                        surname: names::surname_of(name),
                        role,
                        kind,
                        gender,
                        by_first_name,
                        strong: titled && kind == PhraseKind::Name,
                        subject: given.is_some() || salience::is_subject(text, toks, lead_in_end(text, toks, role_start, a), end) || salience::possessive_topic(text, toks, a, b),
                        possessive: names::is_possessive(toks[b - 1].text(text)),
                        end: b,
                        comma_after: toks.get(b).is_some_and(|t| t.kind == super::tokens::Kind::Comma),
                        and_after: toks.get(b).is_some_and(|t| t.is_word() && t.text(text) == "and"),
                        sentence: first + toks[a].sentence,
                        place: is_place_slot(text, toks, a, b),
                        unnamed: false,
                        after_clause: role_start > 0 && toks[role_start - 1].kind == super::tokens::Kind::Comma,
                        told: super::unnamed::is_told(text, toks, a),
                        withheld: false,
                        body_noun,
                    });
                }
                i = end.max(i + 1);
            }
        }
        let votes = super::gender::pronoun_votes(paragraphs, tokens, &list, &ends);
        let (list, longer) = super::intl_names::lengthened(list);
        let mut mentions = Mentions { list, objects, longer, ..Mentions::default() };
        let ids = super::name_ids::NameIds::new(&mentions.list);
        mentions.strengthen(&votes, &ids);
        mentions.index_people(&ids);
        mentions.index_full_names();
        mentions.add_descriptions(&described);
        mentions.add_sources(sources);
        mentions.index_full_names();
        mentions
    }

    /// The full name ("Igor Konashenkov") for a bare surname: the nearest
    /// earlier full name with that surname (or, for surname-first names
    /// like "Wang Qishan", that first word), else the first later one.
    pub fn full_name(&self, surname: &str, before: Place) -> Option<&'a str> {
        let first_word = |name: &str| name.starts_with(surname) && super::name_parts::space_words(name).next() == Some(surname);
        let matching = |m: &&Mention<'a>| super::intl_names::same_surname(m.surname, surname) || first_word(m.name) || names::has_nickname(m.name, surname);
        let pivot = self.list.partition_point(|m| m.at < before);
        nearest_fit(&self.full, |&i| i, pivot, |i| matching(&&self.list[i])).map(|i| self.list[i].name)
    }

    /// Indexes the full names of `list` (see `full`); run again whenever the list changes.
    fn index_full_names(&mut self) {
        self.full = (0..self.list.len()).filter(|&i| self.list[i].kind == PhraseKind::Name && self.list[i].name.contains(' ')).collect();
    }

    /// The nearest person named before `before` whose gender fits.
    pub fn nearest_person(&self, before: Place, gender: Gender) -> Option<&Mention<'a>> {
        self.earlier(before).find(|m| m.strong && m.gender.compatible(gender))
    }

    /// The gender the article gives a canonical name (its surname's mentions).
    pub fn gender_of(&self, name: &str) -> Gender {
        let surname = super::name_parts::split_last_word(name).map_or(name, |(_, w)| w);
        self.people.get(name).map(|p| p.0).or_else(|| self.surnames.get(surname).copied()).unwrap_or(Gender::Unknown)
    }

    /// Whether a canonical speaker is a person the article names.
    pub fn names_person(&self, name: &str) -> bool {
        self.people.get(name).is_some_and(|p| p.1)
    }

    /// The nearest person before `before` whose role contains `noun`.
    pub fn nearest_with_role(&self, before: Place, noun: &str) -> Option<&Mention<'a>> {
        let roles = |m: &Mention| self.roles.get(m.surname).is_some_and(|roles| roles.iter().any(|r| contains_word(r, noun)));
        self.earlier(before).find(|m| m.kind == PhraseKind::Name && (contains_word(m.role, noun) || (m.strong || m.subject) && roles(m)))
    }

    /// The nearest outlet (or organisation, for `kind` Org) named before `before`.
    pub fn nearest_of_kind(&self, before: Place, kind: PhraseKind) -> Option<&Mention<'a>> {
        self.earlier(before).find(|m| m.kind == kind)
    }

    /// The first mention of `kind` in paragraph `p`.
    pub fn first_in(&self, p: usize, kind: PhraseKind) -> Option<&Mention<'a>> {
        let from = self.list.partition_point(|m| m.at.0 < p);
        self.list[from..].iter().take_while(|m| m.at.0 == p).find(|m| m.kind == kind)
    }

    /// The mentions before `before`, nearest first, at most [`LOOKBACK`] of
    /// them, so that every search back costs the same however long the
    /// article.
    pub(super) fn earlier(&self, before: Place) -> impl Iterator<Item = &Mention<'a>> {
        let end = self.list.partition_point(|m| m.at < before);
        self.list[end.saturating_sub(LOOKBACK)..end].iter().rev()
    }
}

/// How many different roles are kept per surname: a person has a few, and
/// the bound keeps a role search constant-time in a hostile article.
pub(super) const MAX_ROLES: usize = 16;

/// How many mentions a search back reads at most: several thousand words
/// of a normal article, and a bound on the work in a hostile one.
pub const LOOKBACK: usize = 512;

/// Of `items` (list indices in list order, read through `index`), the
/// nearest before `pivot` that `fits`, else the first at or after it;
/// reading at most [`LOOKBACK`] items each way.
pub(super) fn nearest_fit<T>(items: &[T], index: impl Fn(&T) -> usize, pivot: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let split = items.partition_point(|t| index(t) < pivot);
    let before = items[split.saturating_sub(LOOKBACK)..split].iter().rev();
    let after = items[split..].iter().take(LOOKBACK);
    before.map(&index).find(|&k| fits(k)).or_else(|| after.map(&index).find(|&k| fits(k)))
}

/// Whether `haystack` has the word `noun` (any case), or a title that
/// abbreviates it ("Gov." for "governor").
pub(super) fn contains_word(haystack: &str, noun: &str) -> bool {
    haystack.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(noun) || super::roles::abbreviates(w, noun))
}

/// Where the role words before a name start: up to three lower-case or
/// capitalised words that are not sentence punctuation.
fn role_start(text: &str, toks: &[Token], name: usize) -> usize {
    let mut start = name;
    while start > 0 && name - start < 4 && toks[start - 1].is_word() {
        let w = toks[start - 1].text(text);
        if !(super::roles::is_role_noun(w) || super::roles::is_title(w)) {
            break;
        }
        start -= 1;
    }
    start
}

/// Where a name's words start past a sentence lead-in read with it
/// ("Unlike Al Mnajer", "After Kody"), so the lead-in counts as the word before.
fn lead_in_end(text: &str, toks: &[Token], role_start: usize, a: usize) -> usize {
    let mut k = role_start;
    while k < a && salience::is_lead_in(toks[k].text(text)) {
        k += 1;
    }
    k
}

/// Nouns that make "X of Surrey" a place ("the City of Surrey").
const PLACE_NOUNS: &[&str] = &["City", "Town", "Province", "State", "Village", "Municipality", "District", "Township", "County"];

/// Whether the name at tokens `a..b` stands after a place preposition or
/// "City of" ("in Surrey", "the City of Surrey"), not as a possessive.
fn is_place_slot(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    const PLACE_WORDS: &[&str] = &["in", "near", "across", "throughout"];
    if a == 0 || !toks[a - 1].is_word() || names::is_possessive(toks[b - 1].text(text)) {
        return false;
    }
    let before = toks[a - 1].text(text);
    let noun_of = before == "of" && a >= 2 && toks[a - 2].is_word() && PLACE_NOUNS.contains(&toks[a - 2].text(text));
    PLACE_WORDS.contains(&before) || noun_of
}

fn is_capital(w: &str) -> bool {
    // Asked of every token: an ASCII first letter decides at once (only
    // "a" and "e" can open a lower-case name word, "al-Qudsi").
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(b) if b.is_ascii() && !matches!(b, b'a' | b'e') => false,
        _ => w.chars().next().is_some_and(char::is_uppercase) || super::intl_names::is_lower_name_word(w),
    }
}

/// The text of tokens `a..b` of a paragraph.
pub fn span<'a>(text: &'a str, toks: &[Token], a: usize, b: usize) -> &'a str {
    &text[toks[a].start as usize..toks[b - 1].end as usize]
}

/// Role nouns that, after "the", name the nearest person named earlier
/// even when the role was never written ("the Ukrainian leader").
const STRONG_ROLES: &[&str] = &[
    "president", "leader", "minister", "spokesman", "spokeswoman", "spokesperson", "general", "secretary", "senator",
    "governor", "chancellor", "premier", "mayor", "candidate", "nominee", "businessman", "billionaire", "congressman",
    "congresswoman", "chairman", "chairwoman", "ambassador", "commander", "frontrunner", "front-runner", "mogul",
];

/// Whether a lower-case noun is a strong role ("mayor", "president").
pub fn is_strong_role(noun: &str) -> bool {
    in_list!(STRONG_ROLES, noun)
}

/// Resolves a description ("the president", "the outlet") to a mention.
pub fn resolve_description<'a>(mentions: &Mentions<'a>, written: &str, kind: PhraseKind, at: Place) -> Option<&'a str> {
    let mut words = written.split_whitespace();
    let first = words.next()?;
    let head = written.rsplit(' ').next()?;
    if !first.eq_ignore_ascii_case("the") {
        return None;
    }
    match kind {
        PhraseKind::Outlet => mentions.nearest_of_kind(at, PhraseKind::Outlet).map(|m| m.name),
        PhraseKind::Description => {
            let head = head.to_lowercase();
            // "the Conservative MP": a capitalised modifier picks among the MPs.
            let modifier = written.split(' ').nth(1).filter(|w| w.starts_with(char::is_uppercase) && written.split(' ').count() == 3);
            let modified = modifier.and_then(|w| mentions.earlier(at).find(|m| m.kind == PhraseKind::Name && contains_word(m.role, &head) && contains_word(m.role, w)));
            if let Some(m) = modified.or_else(|| mentions.nearest_with_role(at, &head)) {
                return Some(mentions.full_name(m.name, at).filter(|_| !m.name.contains(' ')).unwrap_or(m.name));
            }
            in_list!(STRONG_ROLES, head.as_str()).then(|| mentions.nearest_person(at, Gender::Unknown)).flatten().map(|m| m.name)
        }
        _ => None,
    }
}

#[cfg(test)]
#[path = "resolve_tests.rs"]
mod tests;
