//! Appositives around a speaker's name: a description between commas
//! after it ("Serhii Verkhovod, defence attaché at the embassy, told"), an
//! office's title after it ("Navdeep Bains, Minister of Innovation, …,
//! said"), an age ("The striker, 19, told"), or a description before it
//! ("A 38-year-old teacher, Jonas Weir, said").

use super::names::{is_capitalised, is_possessive, previous_comma, read_forward, segment_start, starts_like_subject, word, Phrase, PhraseKind};
use super::roles;
use super::tokens::{Kind, Token};

/// "Serhii Verkhovod, defence attaché at the embassy, told": a description
/// that follows a name between commas is the name's role.
pub(super) fn appositive_name(text: &str, tokens: &[Token], floor: usize, description: Phrase) -> Option<Phrase> {
    let start = description.written.0;
    // "John Lee, Canada's ambassador to Peru, said": a possessive opens a description too.
    let first = word(text, tokens, start);
    // "X, a permanent member of the Security Council, said": a lower-case
    // role around an organisation's name describes the person before it.
    let member = matches!(first, "a" | "an" | "one") && description.role.is_some() && description.kind == PhraseKind::Org;
    // "Halvorsen Shipping, a family firm, said": an organisation noun
    // between commas describes the body named before it.
    let closed = tokens.get(description.written.1).is_some_and(|t| t.kind == Kind::Comma);
    let body = matches!(first, "a" | "an" | "the") && description.kind == PhraseKind::Org && description.name.is_none() && closed;
    let lower = (!is_capitalised(first) || is_possessive(first)) && description.kind == PhraseKind::Description || member || body;
    // "The striker, 19, told": an age between commas follows whoever it is.
    let age = description.written.1 == start + 1 && first.len() <= 2 && first.bytes().all(|b| b.is_ascii_digit());
    // "Hussein Sayed, Chief Market Strategist at FXTM, said": a capitalised title.
    let last = word(text, tokens, description.written.1 - 1).to_lowercase();
    let titled = matches!(description.kind, PhraseKind::Name | PhraseKind::Description)
        && (start..description.written.1).all(|k| is_capitalised(word(text, tokens, k)))
        && roles::is_role_noun(&last);
    // "X, a graduate and a county commissioner, said": two roles joined by "and".
    let joined = start > floor + 1 && tokens[start - 1].is_word() && word(text, tokens, start - 1) == "and";
    let start = if joined { previous_comma(tokens, floor, start - 1).map_or(start, |c| c + 1) } else { start };
    if !(lower || titled) || start <= floor + 1 || tokens[start - 1].kind != Kind::Comma {
        return None;
    }
    // "Scott Ruiz, the mayor of Lodi, one of the towns suing, said": up
    // to two descriptions between commas stand between the name and its cue.
    let mut comma = start - 1;
    for _ in 0..3 {
        let name_start = segment_start(text, tokens, floor, comma);
        // "As Trump attacked Clinton, the attendees chanted": a clause a conjunction opens holds no name to describe.
        if name_start > floor && tokens[name_start - 1].is_word() && is_subordinator(word(text, tokens, name_start - 1)) {
            return None;
        }
        let found = read_forward(text, tokens, name_start, comma)?;
        if age && found.written.1 == comma && found.written.0 == name_start && starts_like_subject(word(text, tokens, name_start)) {
            return Some(found);
        }
        // "One resident, a retired teacher, said": an unnamed source and its role.
        let unnamed = found.kind == PhraseKind::Description && super::unnamed::is_indefinite_opener(word(text, tokens, name_start)) && matches!(first, "a" | "an");
        let named_body = body && found.kind == PhraseKind::Org && found.name.is_some();
        if (found.kind == PhraseKind::Name || unnamed || named_body) && found.written.1 == comma {
            let mut name = found;
            // "local grocer Tom Reyes, 52, said": an age keeps the role before the name.
            name.role = appositive_role(text, tokens, description).or(name.role);
            return Some(name);
        }
        if let Some(mut name) = super::names_edges::name_ending_at(text, tokens, name_start, comma).or_else(|| title_as_surname(text, tokens, floor, name_start, comma)) {
            name.role = appositive_role(text, tokens, description).or(name.role);
            return Some(name);
        }
        let described = found.kind == PhraseKind::Description && !is_capitalised(word(text, tokens, name_start));
        if !described {
            return None;
        }
        comma = previous_comma(tokens, floor, name_start)?;
    }
    None
}

/// Whether a word opens an adverbial clause ("As", "while", "Because").
fn is_subordinator(w: &str) -> bool {
    matches!(w.to_ascii_lowercase().as_str(), "as" | "while" | "when" | "whenever" | "because" | "although" | "though" | "if" | "since" | "until" | "whereas" | "once")
}

/// "Navdeep Bains, Minister of Innovation, Science and Economic
/// Development, said": a name read inside an office's title ("Minister
/// of …") that follows a person between commas gives way to the person.
pub(super) fn office_appositive(text: &str, tokens: &[Token], floor: usize, found: Phrase) -> Option<Phrase> {
    if !matches!(found.kind, PhraseKind::Name | PhraseKind::Org) {
        return None;
    }
    let mut k = found.written.0;
    while k > floor + 2 && found.written.0 - k < 16 {
        let w = word(text, tokens, k - 1);
        let joins = matches!(tokens[k - 1].kind, Kind::Comma) || (tokens[k - 1].is_word() && (is_capitalised(w) || matches!(w, "and" | "&" | "the")));
        if tokens[k - 1].is_word() && w == "of" {
            let office = word(text, tokens, k - 2);
            if !(roles::is_title(office) || roles::is_role_noun(office)) {
                return None;
            }
            let mut title_start = k - 2;
            while title_start > floor + 1 && tokens[title_start - 1].is_word() && (roles::is_title(word(text, tokens, title_start - 1)) || roles::is_role_noun(word(text, tokens, title_start - 1))) {
                title_start -= 1;
            }
            if title_start <= floor + 1 || tokens[title_start - 1].kind != Kind::Comma {
                return None;
            }
            let name_start = segment_start(text, tokens, floor, title_start - 1);
            let mut name = read_forward(text, tokens, name_start, title_start - 1).filter(|p| p.kind == PhraseKind::Name && p.written.1 == title_start - 1)?;
            name.role = Some((title_start, found.written.1));
            return Some(name);
        }
        if !joins {
            return None;
        }
        k -= 1;
    }
    None
}

/// The role a description between commas gives the name before it; a bare
/// age ("Marta Lind, 72, said") is no role.
fn appositive_role(text: &str, tokens: &[Token], description: Phrase) -> Option<(usize, usize)> {
    let (start, end) = description.written;
    let age = end == start + 1 && word(text, tokens, start).bytes().all(|b| b.is_ascii_digit());
    (!age).then_some((start, end))
}

/// "A 38-year-old teacher, Jonas Weir, said", "Labour's shadow transport
/// secretary, Louise Haigh, told": a description opening the sentence with
/// a determiner or a possessive and ending in a role noun, set before a
/// name between commas, is its role.
pub(super) fn described_before(text: &str, tokens: &[Token], floor: usize, mut phrase: Phrase) -> Phrase {
    let at = phrase.written.0;
    if phrase.kind != PhraseKind::Name || phrase.role.is_some() || at < floor + 3 || tokens[at - 1].kind != Kind::Comma {
        return phrase;
    }
    let start = segment_start(text, tokens, floor, at - 1);
    let opens = start == floor || !tokens[start - 1].is_word() && tokens[start - 1].kind != Kind::Comma;
    let determiner = matches!(word(text, tokens, start), "A" | "An" | "The" | "a" | "an" | "the") || is_possessive(word(text, tokens, start));
    if opens && determiner && start + 1 < at - 1 && roles::is_role_noun(word(text, tokens, at - 2)) {
        phrase.role = Some((start, at - 1));
    }
    phrase
}

/// "Dean, a medical doctor, then appeared": a lone title word that opens its
/// sentence right before a description between commas is a surname ("Howard
/// Dean"), not an office; a title stands alone only after "the".
pub(super) fn title_as_surname(text: &str, tokens: &[Token], floor: usize, start: usize, comma: usize) -> Option<Phrase> {
    let w = word(text, tokens, start);
    let lone = comma == start + 1 && tokens[start].is_word() && (start == floor || !tokens[start - 1].is_word());
    (lone && w.len() > 2 && !w.ends_with('.') && roles::is_title(w) && roles::pronoun(w).is_none()).then_some(Phrase {
        written: (start, comma),
        name: Some((start, comma)),
        role: None,
        kind: PhraseKind::Name,
        gender: roles::Gender::Unknown,
        titled: false,
    })
}
