//! Salience of person mentions: whether a name stands as the subject of its
//! clause ("Mamadou Dia was …", "Lina Arafeh, a refugee, said …", "adds Al
//! Basha"), and which earlier person a pronoun most likely refers to.
//!
//! A pronoun prefers the subject of a recent sentence over a nearer name
//! that is only an object or a possessive ("Niederreiter has four goals
//! since Minnesota traded him for Victor Rask. … he said" → Niederreiter).

use super::names::PhraseKind;
use super::resolve::{Mention, Mentions, Place};
use super::roles::{self, Gender};
use super::tokens::{Kind, Token};
use super::verbs::VERBS;
use crate::wordset::in_list;
pub use super::verbs::is_verb;

/// Capitalised words that open a sentence before its subject ("But he …",
/// "Given his views, X …", "On Dec. 13, X …").
const LEAD_INS: &[&str] = &[
    "But",
    "And",
    "So",
    "Still",
    "Then",
    "Meanwhile",
    "However",
    "Also",
    "Yet",
    "Now",
    "Later",
    "Earlier",
    "Given",
    "On",
    "In",
    "At",
    "After",
    "Before",
    "During",
    "Since",
    "When",
    "While",
    "As",
    "Last",
    "This",
    "Asked",
    "Speaking",
    "For",
    "Like",
    "Unlike",
    "Despite",
    "Although",
    "Though",
    "Even",
    "Instead",
    "Today",
    "Yesterday",
    "Outside",
    "Across",
    "Behind",
    "Inside",
    "Around",
    "Back",
    "Upstairs",
    "Downstairs",
    "Nearby",
    "Beside",
    "Among",
    "From",
    "With",
    "Through",
];

/// Lead-ins that are prepositions: a name right after one is its object
/// ("Unlike Al Mnajer, he …", "For Fouzia Al Hashish, …"), not a subject.
const PREPOSITIONS: &[&str] = &[
    "Given", "On", "In", "At", "During", "For", "Like", "Unlike", "Despite", "Outside", "Asked", "Speaking", "Across", "Behind",
    "Inside", "Around", "Beside", "Among", "From", "With", "Through",
];

/// Lower-case words after which a name followed by a verb is the subject
/// of a clause ("a comment that Scheer found concerning", "and Trump said").
const CLAUSE_OPENERS: &[&str] = &["that", "and", "but", "because", "when", "while", "although", "though", "if", "so", "since", "after", "before", "as", "until", "whereas", "where", "once", "unless"];

/// Verbs of thinking and feeling that make the name before them a subject
/// wherever it stands ("…, Foster believes.").
const MIND_VERBS: &[&str] = &[
    "believes", "believed", "thinks", "thought", "feels", "felt", "knows", "knew", "hopes", "hoped", "recalls", "recalled",
    "remembers", "remembered", "worries", "worried", "fears", "feared", "agrees", "agreed", "suspects", "suspected",
    "expects", "expected", "wants", "wanted", "doubts", "doubted", "wonders", "wondered", "figures", "reckons",
];

/// Whether a word is a sentence lead-in ("But", "On", "Later").
pub fn is_lead_in(word: &str) -> bool {
    in_list!(LEAD_INS, word)
}

/// How many paragraphs back a pronoun looks for its person.
const WINDOW: usize = 3;

/// How far back a gendered pronoun looks when no person is near.
const FAR_WINDOW: usize = 12;

/// Whether the name `start..end` of a paragraph (its role words from
/// `role_start`) stands as the subject of its clause.
pub fn is_subject(text: &str, toks: &[Token], role_start: usize, end: usize) -> bool {
    let word = |k: usize| toks[k].text(text);
    let last = word(end - 1);
    // "CONGRESS HAS INVESTIGATED HIM — …": a run of capitals is a kicker.
    let shouted = end >= role_start + 2 && (role_start..end).all(|k| word(k).len() > 1 && !word(k).chars().any(char::is_lowercase));
    if super::names::is_possessive(last) || shouted {
        return false;
    }
    let next = toks.get(end);
    let next_word = next.filter(|t| t.is_word()).map(|t| t.text(text));
    if next_word.is_some_and(|w| {
        !w.chars().next().is_some_and(char::is_uppercase) && (super::cues::is_cue_word(w) || in_list!(MIND_VERBS, w))
    }) {
        return true;
    }
    // "Alfonso Espinos, who like Montalban was born in Mexico", "the
    // Ombudsman, Tamar Beridze, whose office …": a name a relative clause
    // is about is the topic of its sentence.
    if next.is_some_and(|t| t.kind == Kind::Comma) && toks.get(end + 1).is_some_and(|t| t.is_word() && matches!(t.text(text), "who" | "whose")) {
        return true;
    }
    let role_start = premodifiers_start(text, toks, role_start);
    let prev = role_start.checked_sub(1);
    if prev.is_some_and(|k| {
        toks[k].is_word()
            && k > 0
            && matches!(toks[k - 1].kind, Kind::Comma | Kind::Quoted(_))
            && super::cues::is_cue_word(word(k))
            // ", told Sky Metro that …": "told" takes the one told, never an inverted subject.
            && !matches!(word(k), "told" | "tells" | "telling")
    }) {
        return true;
    }
    let sentence = toks[role_start].sentence;
    let sentence_start = |k: usize| {
        k == 0 || toks[k - 1].sentence != sentence || matches!(toks[k - 1].kind, Kind::Quoted(_))
    };
    let verb_like = |w: &str| {
        in_list!(VERBS, w)
            || (w.ends_with("ed") && w.len() > 3 && w.chars().all(|c| c.is_ascii_lowercase()))
    };
    let lead_in = |k: usize| sentence_start(k) && in_list!(LEAD_INS, word(k)) && !in_list!(PREPOSITIONS, word(k));
    let opens = match prev {
        None => true,
        Some(_) if sentence_start(role_start) => true,
        Some(k) if toks[k].is_word() && in_list!(CLAUSE_OPENERS, word(k)) => {
            return next_word.is_some_and(|w| verb_like(w) && !matches!(w, "who" | "also" | "then" | "later" | "now" | "still"));
        }
        // "And then Trump went …": a lead-in may carry "then", "now" or "later".
        Some(k) if toks[k].is_word() => lead_in(k) || k > 0 && matches!(word(k), "then" | "now" | "later") && toks[k - 1].is_word() && lead_in(k - 1),
        Some(k) if toks[k].kind == Kind::Comma => {
            let mut s = k;
            while s > 0 && !sentence_start(s) {
                s -= 1;
            }
            toks[s].is_word() && (in_list!(LEAD_INS, word(s)) || opens_appositive(text, toks, s, k))
        }
        Some(_) => false,
    };
    let follows = || match next {
        // "Dax Okonjo of Northlight Artists, joins us": past an affiliation.
        Some(t) if t.is_word() && matches!(t.text(text), "of" | "from" | "at") => after_affiliation(text, toks, end + 1),
        Some(t) if matches!(t.kind, Kind::Comma | Kind::Dash) => true,
        Some(t) if t.kind == Kind::Bracket => true,
        Some(t) if t.is_word() => verb_like(t.text(text)) || super::verbs::present_before_object(text, toks, end),
        _ => false,
    };
    opens && follows()
}

/// Whether the capitalised words from token `k` (an organisation after
/// "of", "from" or "at") are closed by a comma or a dash.
fn after_affiliation(text: &str, toks: &[Token], k: usize) -> bool {
    let mut j = k;
    while j < toks.len() && j - k < 6 && toks[j].is_word() && (toks[j].text(text).starts_with(char::is_uppercase) || matches!(toks[j].text(text), "of" | "and" | "the")) {
        j += 1;
    }
    j > k && toks[j - 1].text(text).starts_with(char::is_uppercase) && toks.get(j).is_some_and(|t| matches!(t.kind, Kind::Comma | Kind::Dash))
}

/// "Her coach, Anders Lind, …", "Kelland's Prime Minister, Ivo Rask, …",
/// "The Kelland Prime Minister, Ivo Rask, …", "Costa Palma's ambassador,
/// Ana Gil, …", "The ministry's chief spokesman, Pavel Dronov, …", "Another neighbour, Gloria
/// Fenwick, …", "Her colleague at the bank, Ravi Moorthy, …": a short
/// description opening the sentence (a determiner or possessive and up to five lower-case
/// words or titles, or any words ending in a title) that the name after
/// the comma at `comma` stands in apposition to.
fn opens_appositive(text: &str, toks: &[Token], start: usize, comma: usize) -> bool {
    let first = toks[start].text(text);
    // "Costa Palma's ambassador": a capitalised owner of up to three words.
    let capitalised = |j: usize| toks[j].is_word() && toks[j].text(text).starts_with(char::is_uppercase);
    let owner_end = (start..comma.min(start + 3)).take_while(|&j| capitalised(j)).find(|&j| super::names::is_possessive(toks[j].text(text)));
    let determiner = matches!(first, "The" | "A" | "An" | "Another" | "His" | "Her" | "Their" | "Its" | "Our" | "My") || owner_end.is_some();
    let words = owner_end.map_or(start, |j| j) + 1..comma;
    // "The ministry's chief spokesman": a lower-case owner is a plain word too.
    let lower = |w: &str| w.trim_end_matches("'s").trim_end_matches("’s").chars().all(|c| c.is_lowercase() || c == '-');
    let plain = |w: &str| lower(w) || super::roles::is_title(w);
    let titled = comma > start + 1 && super::roles::is_title(toks[comma - 1].text(text));
    // "Her colleague at Halden Bank": capitalised words after an affiliation's preposition.
    let affiliated = |k: usize| (start + 1..k).any(|j| matches!(toks[j].text(text), "at" | "of" | "from"));
    // "A spokesman for the mediating foreign ministry of Dohara": a role's affiliation may run longer.
    let reach = if words.clone().any(|j| matches!(toks[j].text(text), "at" | "of" | "from" | "for")) { 9 } else { 5 };
    determiner && (1..=reach).contains(&words.len()) && words.clone().all(|k| toks[k].is_word() && (titled || plain(toks[k].text(text)) || affiliated(k)))
}

/// Lower-case words that never premodify a name ("met", "of", "and", "it").
const NOT_PREMODIFIERS: &[&str] = &[
    "of", "in", "at", "with", "by", "for", "to", "from", "on", "about", "and", "or", "but", "that", "than", "as", "like",
    "said", "says", "told", "met", "meet", "when", "while", "if", "because", "so", "who", "whom", "which", "where",
    "it", "he", "she", "they", "we", "you", "him", "them", "us", "me",
];

/// Where the lower-case words describing a name start ("the former train
/// porter Harold Adams"): up to five words back, stopping at any word that
/// is a preposition, conjunction, verb or cue.
fn premodifiers_start(text: &str, toks: &[Token], start: usize) -> usize {
    let mut k = start;
    while k > 0 && start - k < 5 && toks[k - 1].is_word() && toks[k - 1].sentence == toks[start].sentence {
        let w = toks[k - 1].text(text);
        let lower = w.chars().all(|c| c.is_lowercase() || c == '-');
        if !lower || in_list!(NOT_PREMODIFIERS, w) || in_list!(VERBS, w) || super::cues::is_cue_word(w) || w.ends_with("ly") {
            break;
        }
        k -= 1;
    }
    // Only a run that opens the clause counts: "the porter" yes, "porter" after a verb no.
    let opens = k == 0 || toks[k - 1].sentence != toks[start].sentence || !toks[k - 1].is_word() || in_list!(LEAD_INS, toks[k - 1].text(text));
    // "Her colleague Kraus shrugs": a determiner opening the sentence heads the run.
    let sentence_opens = |j: usize| j == 0 || toks[j - 1].sentence != toks[j].sentence || matches!(toks[j - 1].kind, Kind::Quoted(_));
    let determined = k < start && k > 0 && matches!(toks[k - 1].text(text), "Her" | "His" | "Their" | "The" | "Our" | "My") && sentence_opens(k - 1);
    match (opens, determined) {
        (_, true) => k - 1,
        (true, false) => k,
        (false, false) => start,
    }
}

/// Whether a mention may be the referent of "he" or "she".
fn is_person(m: &Mention) -> bool {
    m.kind == PhraseKind::Name && (m.strong || m.subject)
}

impl<'a> Mentions<'a> {
    /// The person a he/she pronoun at `at` refers to: the subject of a recent
    /// sentence when there is one near the nearest compatible person, else
    /// that nearest person.
    pub fn salient_person(&self, at: Place, gender: Gender) -> Option<&Mention<'a>> {
        let floor = at.0.saturating_sub(WINDOW);
        let mut candidates = self
            .earlier(at)
            .take_while(|m| m.at.0 >= floor)
            .filter(|m| is_person(m) && m.gender.compatible(gender))
            // "Schumer, he said, …": the name set before the pronoun is its topic, not its referent.
            .filter(|m| !(m.comma_after && m.at.0 == at.0 && m.end + 1 == at.1));
        let nearest = candidates.next()?;
        // A person named in the pronoun's own paragraph beats the subject
        // of an earlier one ("Down the street, Mike McFadden rejoiced. … he said").
        if nearest.subject {
            return Some(nearest);
        }
        let reach = nearest.at.0.saturating_sub(1);
        let subject = candidates.take_while(|m| m.at.0 >= reach && m.sentence + 1 >= nearest.sentence).find(|m| m.subject);
        match subject {
            Some(s) if !(nearest.at.0 == at.0 && s.at.0 < at.0) => Some(s),
            _ => Some(nearest),
        }
    }
}

impl<'a> Mentions<'a> {
    /// For a gendered pronoun with no compatible person near it: the
    /// nearest earlier person of that very gender, within a dozen paragraphs.
    pub fn farther_person(&self, at: Place, gender: Gender) -> Option<&Mention<'a>> {
        if gender == Gender::Unknown {
            return None;
        }
        let floor = at.0.saturating_sub(FAR_WINDOW);
        self.earlier(at).take_while(|m| m.at.0 >= floor).find(|m| is_person(m) && m.gender == gender)
    }

    /// The last person named (strongly or as a subject) between `from` and
    /// `to`, other than `except` (a canonical name, or its surname).
    pub fn person_between(&self, from: Place, to: Place, except: &str) -> Option<&Mention<'a>> {
        self.earlier(to).take_while(|m| m.at > from).find(|m| is_person(m) && !except.ends_with(m.name))
    }

    /// The two people a "they" at `at` refers to: a pair of full names
    /// joined by "and" standing as the subject of a sentence of the same or
    /// the previous paragraph ("Tore Sohlberg and Lehla Abreder said they …").
    pub fn salient_pair(&self, at: Place) -> Option<(&Mention<'a>, &'a str, &'a str)> {
        let floor = at.0.saturating_sub(1);
        let recent: Vec<&Mention<'a>> = self.earlier(at).take_while(|m| m.at.0 >= floor).take(16).collect();
        recent.windows(2).find_map(|w| {
            let (second, first) = (w[0], w[1]);
            let joined = first.and_after && first.at.0 == second.at.0 && first.end + 1 == second.at.1;
            let people = [first, second].iter().all(|m| m.kind == PhraseKind::Name && m.name.contains(' ')) && (is_person(first) || is_person(second));
            (joined && people && (first.subject || second.subject)).then_some((first, first.name, second.name))
        })
    }

    /// The person standing as a subject between `from` and `to` (the last one).
    pub fn subject_between(&self, from: Place, to: Place) -> Option<&Mention<'a>> {
        self.earlier(to).take_while(|m| m.at >= from).find(|m| m.subject && is_person(m))
    }

    /// The organisation an "it" at `at` refers to: the subject organisation
    /// of a recent paragraph, else one named in the same or previous paragraph.
    pub fn salient_org(&self, at: Place) -> Option<&Mention<'a>> {
        let floor = at.0.saturating_sub(WINDOW);
        let mut orgs = self.earlier(at).take_while(|m| m.at.0 >= floor).filter(|m| m.kind == PhraseKind::Org);
        let nearest = orgs.next()?;
        if nearest.subject {
            return Some(nearest);
        }
        orgs.find(|m| m.subject).or((nearest.at.0 + 1 >= at.0).then_some(nearest))
    }
}

/// Whether the name ending at token `end` is followed by an age in
/// apposition ("Babatunji Farinloye, 50."), which marks a person.
pub fn has_age(text: &str, toks: &[Token], end: usize) -> bool {
    let age = |t: &Token| t.is_word() && (1..=3).contains(&t.text(text).len()) && t.text(text).bytes().all(|b| b.is_ascii_digit());
    toks.get(end).is_some_and(|t| t.kind == Kind::Comma) && toks.get(end + 1).is_some_and(age)
}

/// Whether the name ending at token `end` is followed by a description
/// in apposition ending in a role noun ("Halvorsen, a retired teacher,",
/// "Ferraro, a 41-year-old nurse"), which marks a person.
pub fn has_role_after(text: &str, toks: &[Token], end: usize) -> bool {
    let opens = toks.get(end).is_some_and(|t| t.kind == Kind::Comma) && toks.get(end + 1).is_some_and(|t| t.is_word() && matches!(t.text(text), "a" | "an"));
    opens && (end + 2..toks.len().min(end + 6)).take_while(|&k| toks[k].is_word() && toks[k].text(text).chars().all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())).any(|k| roles::is_role_noun(toks[k].text(text)))
}

/// Whether a word alone marks a person ("spokesperson Lu Kang").
pub fn role_marks_person(role: &str) -> bool {
    role.split_whitespace().any(roles::is_role_noun)
}

/// Whether a paragraph reads as a heading or label (short, no closing
/// punctuation): its names are not people a pronoun can refer to.
pub fn is_heading_like(text: &str, toks: &[Token]) -> bool {
    toks.len() <= 10
        && toks
            .last()
            .is_some_and(|t| t.kind == Kind::Word && !t.text(text).ends_with('.'))
}

/// Whether a paragraph reads as a photo caption: it ends with a parenthesised
/// credit ("… ( THE CANADIAN PRESS FILE PHOTO )", "(Photo: City of Surrey)",
/// "(Jo Roe/Valley News)": a photographer and an outlet joined by a slash).
/// Its names are not people a pronoun in the body refers to.
pub fn is_caption_like(text: &str) -> bool {
    let text = text.trim_end();
    let Some(open) = text.strip_suffix(')').and_then(|t| t.rfind('(')) else { return false };
    let credit = &text[open..];
    let capital = |s: &str| s.trim().starts_with(char::is_uppercase);
    let slashed = credit.split_once('/').is_some_and(|(a, b)| capital(&a[1..]) && capital(b) && a.contains(' '));
    let lower = credit.to_ascii_lowercase();
    credit.len() < 80 && (slashed || ["photo", "getty", "credit", "courtesy", "image"].iter().any(|w| lower.contains(w)))
}

/// "Quist's final word came as he got up": a possessive name at tokens
/// `a..b` that opens its sentence is the sentence's topic, as a subject is.
/// Not so when a name stands in apposition to what it owns ("Norland's
/// ambassador, Petra Lind, went further"): that person is the topic.
pub fn possessive_topic(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let opens = a == 0 || toks[a - 1].sentence != toks[a].sentence || after_kicker(text, toks, a);
    opens && b > a && super::names::is_possessive(toks[b - 1].text(text)) && !owns_apposed_name(text, toks, b)
}

/// "CONGRESS HAS QUESTIONED HIM — Oz's advice …": whether token `a` follows
/// a dash closing a run of two or more words in capitals that opens its
/// sentence (a kicker heading the paragraph, no part of the sentence).
pub fn after_kicker(text: &str, toks: &[Token], a: usize) -> bool {
    if a < 3 || toks[a - 1].kind != Kind::Dash {
        return false;
    }
    let sentence = toks[a].sentence;
    let start = toks[..a - 1].iter().rposition(|t| t.sentence != sentence).map_or(0, |k| k + 1);
    let shouted = |t: &Token| t.is_word() && t.text(text).chars().any(char::is_uppercase) && !t.text(text).chars().any(char::is_lowercase);
    a - 1 - start >= 2 && toks[start..a - 1].iter().all(shouted)
}

/// Whether up to three lower-case words after token `b`, a comma and a
/// capitalised word follow: a role and the name set beside it.
fn owns_apposed_name(text: &str, toks: &[Token], b: usize) -> bool {
    let lower = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.text(text).starts_with(|c: char| c.is_lowercase()));
    let mut k = b;
    while k < b + 3 && lower(k) {
        k += 1;
    }
    let capital = toks.get(k + 1).is_some_and(|t| t.is_word() && t.text(text).starts_with(char::is_uppercase));
    k > b && toks.get(k).is_some_and(|t| t.kind == Kind::Comma) && capital
}
