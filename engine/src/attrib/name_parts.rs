//! Parts of a written name that are not the name, and names that stand
//! across other words: post-nominal letters ("Laura Finch KC"),
//! generational suffixes ("Jr."), quoted nicknames (Robert "Bobby" Kaine),
//! plural roles ("Brothers Tomas …"), a role set before a name after an
//! inverted cue ("said the club's chairman, Owen Pryde"), surname particles
//! ("Van Buren"), party–state tags ("D-Ohio") and a sentence adverb before
//! a subject ("Later the senator said").

use crate::wordset::in_list;
use super::names::{self, Phrase, PhraseKind};
use super::roles;
use super::tokens::{Kind, Token};
use std::borrow::Cow;

fn word<'a>(text: &'a str, tokens: &[Token], i: usize) -> &'a str {
    tokens[i].text(text)
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The phrase of a capitalised run `run..end` after a lower-case role: the
/// run itself, or, when a body's name stands before a person's ("leader in
/// the Municipal Corporation Ramesh Patil"), the person's name after it.
pub fn person_after_body(text: &str, tokens: &[Token], run: usize, end: usize) -> Phrase {
    let phrase = names::classify(text, tokens, run, end);
    if phrase.kind == PhraseKind::Name {
        return phrase;
    }
    let body_end = (run..end).rev().find(|&k| roles::is_org_word(word(text, tokens, k))).map_or(run, |k| k + 1);
    if body_end == run || end - body_end < 2 {
        return phrase;
    }
    let person = names::classify(text, tokens, body_end, end);
    if person.kind == PhraseKind::Name && person.name.is_some() { person } else { phrase }
}

/// Whether a name repeats one word ("what made Ardmore Ardmore"): a
/// place or thing said to be itself, not a person's name.
pub fn is_repeated_word(name: &str) -> bool {
    let mut words = space_words(name).map(without_possessive);
    let first = words.next().unwrap_or("");
    let mut rest = words.peekable();
    rest.peek().is_some() && rest.all(|w| w == first)
}

/// Letters written after a name that are no part of it: honours,
/// professional ranks and seats ("Laura Finch KC", "Andrew Pike MP").
/// Generational suffixes ("Jr", "III") are part of the name.
const POST_NOMINALS: &[&str] = &["KC", "QC", "SC", "MP", "MSP", "MEP", "MLA", "MPP", "MHA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Ph.D", "MD", "Esq"];

/// "Defence counsel Laura Finch KC": a name that ends in post-nominal
/// letters is read without them; the phrase as written keeps them. `None`
/// when the phrase does not end so or is no person's name without them.
pub(crate) fn without_post_nominals(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<Phrase> {
    let mut cut = end;
    while cut > start + 1 && in_list!(POST_NOMINALS, without_possessive(word(text, tokens, cut - 1)).trim_end_matches('.')) {
        cut -= 1;
    }
    if cut == end || !tokens[cut - 1].is_word() || !is_capitalised(word(text, tokens, cut - 1)) || roles::is_title(word(text, tokens, cut - 1)) {
        return None;
    }
    let mut phrase = names::classify(text, tokens, start, cut);
    phrase.written = (start, end);
    // "a Green MP" is a description: the name left must have two words.
    (phrase.kind == PhraseKind::Name && phrase.name.is_some_and(|(a, b)| b - a >= 2)).then_some(phrase)
}

/// Whether a word is a possessive ("Russia's").
pub fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// Generational suffixes that end a name but are not its surname.
const SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"];

/// Whether the title word `w` at `i` is "Sr." ending the name run
/// `run..end` after a name word ("Harold Grant Sr."), not "Señor" before one.
pub(crate) fn ends_in_suffix(w: &str, i: usize, run: usize, end: usize) -> bool {
    i + 1 == end && i > run && matches!(w, "Sr" | "Sr.")
}

/// The surname of a full name: its last word, before a generational
/// suffix ("Harold Grant Jr." → "Grant").
pub fn surname_of(name: &str) -> &str {
    let (rest, last) = split_last_word(name).unwrap_or(("", name));
    if !SUFFIXES.contains(&last.trim_end_matches(',')) {
        return with_particles(name, last);
    }
    // "Harold Grant Jr.": the word before the suffix, when a first name precedes it.
    with_particles(name, split_last_word(rest).map_or(last, |(_, before)| before.trim_end_matches(',')))
}

/// `name` split at its last space: the words before it and the last word
/// (`rsplit_once(' ')` as a byte scan, without a searcher: names are short
/// and this runs for every mention).
pub(super) fn split_last_word(name: &str) -> Option<(&str, &str)> {
    let k = name.as_bytes().iter().rposition(|&b| b == b' ')?;
    Some((&name[..k], &name[k + 1..]))
}

/// The words of `name` between single spaces, as `split(' ')` gives them
/// (a byte scan, without a searcher: this runs for every mention).
pub(super) fn space_words(name: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(name);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.as_bytes().iter().position(|&b| b == b' ') {
            Some(k) => {
                rest = Some(&r[k + 1..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Particles that open a surname ("Van Buren", "de la Cruz", "Le Pen").
const PARTICLES: &[&str] = &[
    "Da", "Das", "De", "Del", "Della", "Der", "Des", "Di", "Dos", "Du", "La", "Le", "St.", "Ten", "Ter", "Van", "Von",
    "da", "das", "de", "del", "della", "der", "des", "di", "dos", "du", "la", "le", "ten", "ter", "van", "von",
];

/// The first letters of the particles, for a quick test.
const PARTICLE_INITIALS: &[u8] = b"DLSTVdlstv";

/// Whether a word is a surname particle ("Van", "de").
fn is_particle(w: &str) -> bool {
    w.as_bytes().first().is_some_and(|b| PARTICLE_INITIALS.contains(b)) && in_list!(PARTICLES, w)
}

/// The surname `surname` (a slice of `name`) with the particles written
/// before it, as long as a given name still precedes them ("Celeste Van
/// Buren" → "Van Buren"; "Van Morrison" keeps "Morrison").
fn with_particles<'a>(name: &'a str, surname: &'a str) -> &'a str {
    let end = surname.as_ptr() as usize - name.as_ptr() as usize + surname.len();
    let mut start = end - surname.len();
    for _ in 0..2 {
        // The word before, read back over at most six bytes (particles are short).
        let bytes = name.as_bytes();
        if start < 3 || bytes[start - 1] != b' ' {
            break;
        }
        let Some(space) = (start.saturating_sub(8)..start - 1).rev().find(|&k| bytes[k] == b' ') else { break };
        let particle = &name[space + 1..start - 1];
        if !is_particle(particle) || name[..space].trim().is_empty() {
            break;
        }
        start = space + 1;
    }
    &name[start..end]
}

/// Whether a two- or three-word name is a surname with its particles and
/// no given name ("Van Buren", "de la Cruz"): a surname to look up, which
/// may yet be a given name and a surname ("Van Morrison").
pub fn is_particle_surname(name: &str) -> bool {
    if !name.as_bytes().first().is_some_and(|b| PARTICLE_INITIALS.contains(b)) {
        return false;
    }
    let Some((particles, last)) = name.rsplit_once(' ') else { return false };
    let count = particles.split(' ').count();
    count <= 2 && particles.split(' ').all(is_particle) && last.starts_with(char::is_uppercase)
}

/// A name without the quoted nickname written inside it (Robert "Bobby"
/// Kaine → Robert Kaine); other text is returned as it is.
pub fn without_nickname(name: &str) -> Cow<'_, str> {
    let opens = |c: char| matches!(c, '"' | '“' | '‘' | '\'' | '«');
    let closes = |c: char| matches!(c, '"' | '”' | '’' | '\'' | '»');
    if !name.contains(opens) {
        return name.into();
    }
    let words: Vec<&str> = name.split(' ').collect();
    let Some(open) = words.iter().position(|w| w.starts_with(opens)).filter(|&i| i > 0) else { return name.into() };
    let Some(close) = (open..words.len().min(open + 2)).find(|&i| words[i].ends_with(closes) && words[i].chars().count() > 1) else { return name.into() };
    if close + 1 >= words.len() {
        return name.into();
    }
    words[..open].iter().chain(&words[close + 1..]).copied().collect::<Vec<_>>().join(" ").into()
}

/// "…," said the club's chairman, Owen Pryde: a role description read
/// after an inverted cue, then a comma and a full name that ends the
/// clause, is that person; the description becomes the role.
pub fn role_then_name(text: &str, tokens: &[Token], found: Phrase, limit: usize) -> Phrase {
    let (start, end) = found.written;
    let last = word(text, tokens, end - 1);
    // "the team's captain": a person's title written in lower case is a role too.
    let capital: String = last.chars().take(1).flat_map(char::to_uppercase).chain(last.chars().skip(1)).collect();
    let title = roles::is_title(&capital) && !names::is_org_title(&capital);
    let role = found.kind == PhraseKind::Description && (roles::is_role_noun(last) || title);
    // "the chairman of the club, Owen Pryde": the role runs on to the comma.
    let of = end < limit && tokens[end].is_word() && matches!(word(text, tokens, end), "of" | "at" | "for" | "with");
    let comma = if of { (end + 1..limit.min(end + 7)).take_while(|&k| tokens[k].is_word() || tokens[k].kind == Kind::Comma).find(|&k| tokens[k].kind == Kind::Comma) } else { Some(end) };
    let Some(end) = comma.filter(|&c| role && c + 1 < limit && tokens[c].kind == Kind::Comma && tokens[c + 1].is_word()) else { return found };
    let Some(name) = names::read_forward(text, tokens, end + 1, limit) else { return found };
    let full = name.kind == PhraseKind::Name && name.written.0 == end + 1 && name.name.is_some_and(|(a, b)| b - a >= 2);
    let closes = tokens.get(name.written.1).is_none_or(|t| !t.is_word()) || name.written.1 >= limit;
    if !full || !closes {
        return found;
    }
    Phrase { written: (start, name.written.1), role: Some((start, end)), ..name }
}

/// `name.trim_end_matches("'s").trim_end_matches("’s")` without a string searcher.
pub fn without_possessive(mut name: &str) -> &str {
    while let Some(rest) = name.strip_suffix("'s") {
        name = rest;
    }
    while let Some(rest) = name.strip_suffix("’s") {
        name = rest;
    }
    name
}

/// Whether a full name holds `word` as its quoted nickname (Robert
/// "Bobby" Kaine holds "Bobby").
pub fn has_nickname(name: &str, word: &str) -> bool {
    let quote = crate::attrib::tokens::is_quote_mark;
    // Every quotation mark is '"', '\'' or a character beyond ASCII: a name
    // of plain ASCII letters holds no nickname, and is turned away cheaply.
    let may_quote = || name.bytes().any(|b| matches!(b, b'"' | b'\'') || b >= 0x80);
    name.len() > word.len() + 2 && may_quote() && name.split(' ').any(|w| w.starts_with(quote) && w.trim_matches(quote) == word)
}

/// Whether a capitalised word is the plural of a role noun ("Brothers",
/// "Farmers"), which opens a phrase but is never a name.
pub fn is_plural_role(w: &str) -> bool {
    w.len() > 4 && w.starts_with(char::is_uppercase) && w.strip_suffix('s').is_some_and(|one| !one.ends_with('s') && roles::is_role_noun(one))
}

/// Whether a word is a party–state tag written after a politician's name
/// ("D-Ohio", "R-Texas", "I-Vt", "D-N.Y"): a party initial, a hyphen and a
/// capitalised place. It is an affiliation, never a name.
pub fn is_party_tag(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    let Some((party, place)) = w.split_once('-') else { return false };
    let letters = place.chars().filter(|c| *c != '.').count();
    matches!(party, "D" | "R" | "I")
        && place.chars().next().is_some_and(char::is_uppercase)
        && place.chars().all(|c| c.is_alphabetic() || c == '.')
        && (2..=14).contains(&letters)
        && !matches!(place, "Day" | "Team")
}

/// "Dale Ekberg, Republican of North Dakota, said": whether the words
/// `start..end` name a party and the state it is from, an affiliation set
/// after a name (as "D-Ohio" is), not a place speaking.
pub fn is_party_of_place(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let party = matches!(word(text, tokens, start), "Republican" | "Democrat" | "Independent" | "independent" | "Libertarian");
    party && end > start + 2 && end - start <= 5 && word(text, tokens, start + 1) == "of" && (start + 2..end).all(|k| tokens[k].is_word() && names::is_capitalised(word(text, tokens, k)))
}

/// "Later the Ohio Democrat said": a sentence adverb written before the
/// subject without a comma is no word of it; the phrase starts after it.
pub(crate) fn after_adverb(text: &str, tokens: &[Token], start: usize, end: usize) -> usize {
    // "… of action, even a top strategist said": a focus adverb is no word of the subject.
    let adverb = start + 1 < end && matches!(word(text, tokens, start), "Later" | "Earlier" | "Then" | "Meanwhile" | "Now" | "Finally" | "Afterwards" | "Afterward" | "Even" | "even");
    if adverb && names::starts_like_subject(word(text, tokens, start + 1)) { start + 1 } else { start }
}

/// "Marchuk has taken to calling", "she kept saying": the end of the words
/// before a cue without a verb of habit standing right before it (its
/// subject stands before that verb).
pub(crate) fn before_habit(text: &str, tokens: &[Token], floor: usize, cue: usize) -> usize {
    let habit = |k: usize| tokens[k].is_word() && matches!(word(text, tokens, k), "taken" | "took" | "began" | "begun" | "started" | "keeps" | "kept");
    match cue.checked_sub(floor) {
        Some(2..) if word(text, tokens, cue - 1) == "to" && habit(cue - 2) => cue - 2,
        Some(1..) if habit(cue - 1) => cue - 1,
        _ => cue,
    }
}

/// Organisation or place words that are also common surnames ("Park", "Hall").
const SURNAME_PLACES: &[&str] = &["Park", "Hall", "Street", "House", "Church", "Bridge", "Tower", "Day", "Law", "Banks"];

/// Whether tokens `a..b` are a capitalised given name that is no
/// organisation word and one such word ("Ethan Park", not "Central Park
/// Conservancy").
pub(super) fn is_given_name_and_surname_place(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let given = tokens[a].text(text);
    b == a + 2 && !roles::is_org_word(given) && !roles::is_not_name(given) && SURNAME_PLACES.contains(&tokens[a + 1].text(text))
}
