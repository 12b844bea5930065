//! Where a subject phrase ends: the verb it may run into and the adverb
//! that may stand between it and its cue.

use crate::wordset::in_list;
use super::names::{classify, is_capitalised, word, Phrase, PhraseKind};
use crate::attrib::roles::Gender;
use crate::attrib::roles;
use crate::attrib::tokens::{Kind, Token};

/// Nouns ending in "-ly" that can end a subject ("the family said").
const LY_NOUNS: &[&str] = &["family", "assembly", "anomaly", "monopoly", "homily", "butterfly", "quarterly", "weekly", "monthly", "daily"];

/// Whether the word at `k` is a manner adverb standing between a finished
/// subject and its cue ("Morial, …, forcefully told", "Smith angrily said").
pub(super) fn is_adverb_after_subject(text: &str, tokens: &[Token], floor: usize, k: usize) -> bool {
    let w = word(text, tokens, k);
    if w.len() < 6 || !w.ends_with("ly") || is_capitalised(w) || LY_NOUNS.contains(&w) || k <= floor {
        return false;
    }
    let before = &tokens[k - 1];
    before.kind == Kind::Comma || before.is_word() && (is_capitalised(word(text, tokens, k - 1)) || roles::pronoun(word(text, tokens, k - 1)).is_some())
}

/// Past forms that are never adjectives inside a noun phrase.
const IRREGULAR_PAST: &[&str] = &[
    "took", "made", "gave", "laid", "did", "went", "came", "got", "put", "kept", "left", "brought", "sent", "won",
    "lost", "ran", "saw", "knew", "thought", "began", "became", "paid", "sold", "bought", "met", "led", "fell",
    "spent", "set", "cut", "hit", "let", "seemed", "felt", "stood", "sat", "rose", "chose", "drew", "threw", "wore",
];

/// A phrase read as a subject cut before the verb it runs into
/// ("Politifact seized" → "Politifact", "A statement e-mailed" → "A
/// statement"): a past form after its first word, other than an "-ed"
/// adjective before a noun ("elected officials").
pub fn before_verb(text: &str, tokens: &[Token], phrase: Phrase) -> Phrase {
    let (start, end) = phrase.written;
    let verb = (start + 1..end).find(|&k| {
        let w = word(text, tokens, k);
        in_list!(IRREGULAR_PAST, w) || (k + 1 == end && w.len() > 4 && w.ends_with("ed") && !is_capitalised(w))
    });
    verb.map_or(phrase, |k| classify(text, tokens, start, k))
}

/// Whether a phrase is a bare plural noun group that reaches the cue
/// ("researchers say", "local farmers told"): a group speaking.
pub(super) fn is_bare_plural(text: &str, tokens: &[Token], phrase: Phrase, end: usize) -> bool {
    let (start, stop) = phrase.written;
    let last = word(text, tokens, stop - 1);
    let plural = last.len() > 4 && last.bytes().all(|b| b.is_ascii_lowercase()) && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us") && !last.ends_with("is");
    let coordinated = start > 0 && tokens[start - 1].is_word() && matches!(word(text, tokens, start - 1), "and" | "or");
    stop == end && stop - start <= 3 && plural && !coordinated && (start..stop).all(|k| !is_capitalised(word(text, tokens, k)))
}


/// Whether the "-ing" word at `k` modifies the noun after it ("the most
/// popular punching bag", "a planning memo") rather than opening a clause
/// ("the company operating the mine", "channels providing information"):
/// an adjective or possessive precedes it and a plain lower-case word follows.
pub(super) fn ing_modifies_noun(text: &str, tokens: &[Token], k: usize, limit: usize) -> bool {
    // After a noun ("channels providing information") it opens a clause.
    let prev = if k > 0 { word(text, tokens, k - 1) } else { "" };
    let before_ok = super::names::is_possessive(prev) || !is_capitalised(prev) && !prev.ends_with('s');
    let Some(next) = tokens.get(k + 1).filter(|t| before_ok && k + 1 < limit && t.is_word()) else { return false };
    let w = next.text(text);
    let plain = w.bytes().all(|b| b.is_ascii_lowercase()) && !w.ends_with("ing") && !w.ends_with("ly");
    plain && !ends_phrase(w) && !crate::attrib::cues::is_cue_word(w)
}

/// Whether a lower-case word ends or opens a phrase.
pub(super) fn ends_phrase(w: &str) -> bool {
    in_list!(super::names::PHRASE_END, w) || in_list!(super::names::DETERMINERS, w) || in_list!(super::names::CLAUSE_WORDS, w)
}

/// Whether a word is a day of the week.
pub(super) fn is_day(w: &str) -> bool {
    matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// "Heart and Stroke senior manager Erin Kim": a capitalised phrase that
/// stops at "and" continues when a role and a name follow, which makes the
/// words before "and" part of the role.
pub(super) fn joined_by_and(text: &str, tokens: &[Token], phrase: Phrase, limit: usize) -> Phrase {
    let (start, end) = phrase.written;
    let capitalised = (start..end).all(|k| is_capitalised(word(text, tokens, k)));
    // "said oil and gas worker Tom Brand": a lower-case role joined by
    // "and" to a role that ends in a name is one role of that name.
    let lower_role = phrase.kind == PhraseKind::Description && (start..end).all(|k| !is_capitalised(word(text, tokens, k)));
    if !(capitalised || lower_role) || end + 1 >= limit || !tokens[end].is_word() || word(text, tokens, end) != "and" {
        return phrase;
    }
    let next = tokens.get(end + 1).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)) != lower_role);
    let rest = next.then(|| super::names::read_forward(text, tokens, end + 1, limit)).flatten();
    match rest {
        Some(r) if r.kind == PhraseKind::Name && r.role.is_some() && !r.titled => classify(text, tokens, start, r.written.1),
        _ => phrase,
    }
}

/// "University of the Fraser Valley political scientist Hamish Telford
/// said": a phrase that stops short of the cue gives way to the name
/// right before the cue when a lower-case role noun introduces it.
pub(super) fn named_at_end(text: &str, tokens: &[Token], start: usize, end: usize, found: Phrase) -> Option<Phrase> {
    if found.written.1 >= end || found.kind == PhraseKind::Name && found.written.1 + 1 >= end {
        return None;
    }
    let mut run = end;
    while run > found.written.1 && tokens[run - 1].is_word() && is_capitalised(word(text, tokens, run - 1)) {
        run -= 1;
    }
    let before = if run > 0 { word(text, tokens, run - 1) } else { "" };
    let role = tokens.get(run.wrapping_sub(1)).is_some_and(Token::is_word) && !is_capitalised(before) && !in_list!(super::names::PHRASE_END, before) && !in_list!(super::names::CLAUSE_WORDS, before) && before != "of";
    if end - run < 2 || run <= start.max(found.written.1) || !role {
        return None;
    }
    let phrase = super::name_parts::person_after_body(text, tokens, run, end);
    (phrase.kind == PhraseKind::Name && phrase.name.is_some()).then_some(phrase)
}

/// "Controversy erupted after John Lee, Canada's envoy, told": the run of
/// two or more capitalised words ending at `end` after a lower-case word,
/// when it is a person's name.
pub(super) fn name_ending_at(text: &str, tokens: &[Token], from: usize, end: usize) -> Option<Phrase> {
    let mut run = end;
    while run > from && tokens[run - 1].is_word() && is_capitalised(word(text, tokens, run - 1)) && !super::names::is_possessive(word(text, tokens, run - 1)) {
        run -= 1;
    }
    let after_lower = run > from && tokens[run - 1].is_word() && !is_capitalised(word(text, tokens, run - 1));
    let phrase = (after_lower && end - run >= 2).then(|| classify(text, tokens, run, end))?;
    (phrase.kind == PhraseKind::Name && phrase.name == Some((run, end))).then_some(phrase)
}

/// Whether the capitalised words of a name are an outlet, organisation or person.
pub fn name_kind(words: &[&str]) -> PhraseKind {
    // "Freddie Mercury", "Heath Ledger": a first name and a surname that is also a newspaper's word.
    let person = || words.len() == 2 && roles::gender_of_word(words[0]) != Gender::Unknown;
    if words.iter().any(|w| crate::attrib::via::is_outlet_word(w) || crate::attrib::via::is_brand(w)) && !person() {
        PhraseKind::Outlet
    } else if words.iter().enumerate().any(|(i, w)| roles::is_org_word(w) && !(i == 0 && words.len() > 1 && roles::gender_of_word(w) != Gender::Unknown)) || words.len() == 1 && is_acronym(words[0]) || words.len() > 1 && words[words.len() - 1] == "Canada" {
        PhraseKind::Org
    } else {
        PhraseKind::Name
    }
}

/// [`name_kind`] of the words of tokens `a..b`, gathered on the stack when
/// there are few (as there nearly always are), so no allocation is made.
pub(super) fn kind_of_words(text: &str, tokens: &[Token], a: usize, b: usize) -> PhraseKind {
    const FEW: usize = 8;
    if b - a > FEW {
        return name_kind(&(a..b).map(|i| word(text, tokens, i)).collect::<Vec<_>>());
    }
    let mut words = [""; FEW];
    for (slot, i) in words.iter_mut().zip(a..b) {
        *slot = word(text, tokens, i);
    }
    name_kind(&words[..b - a])
}

/// Whether a word is an all-capitals acronym ("AFP", "CTV").
pub fn is_acronym(w: &str) -> bool {
    // The character test first: it stops at the first lower-case letter of a name.
    w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&') && (2..=6).contains(&w.chars().filter(|c| c.is_alphabetic()).count())
}

/// Role nouns of people who speak for someone else ("a spokeswoman for …").
const SPEAKING_ROLES: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives", "official",
    "officials", "lawyer", "lawyers", "attorney", "attorneys", "adviser", "advisor", "aide", "aides", "counsel",
];

/// Whether "for", "at" or "with" at `k` continues a speaking role into the
/// body it speaks for: "a spokeswoman for the governor's office", "an
/// official at the agency". Only a lower-case body continues: "a spokesman
/// for President Lee" stays "a spokesman", so the words are never given to
/// the person the spokesman speaks for.
pub(super) fn continues_role(text: &str, tokens: &[Token], k: usize) -> bool {
    let is_word = |j: usize| tokens.get(j).is_some_and(Token::is_word);
    if k == 0 || !is_word(k - 1) || !is_word(k + 1) || !is_word(k + 2) || !matches!(word(text, tokens, k), "for" | "at" | "with") {
        return false;
    }
    let determiner = matches!(word(text, tokens, k + 1), "the" | "a" | "an" | "his" | "her" | "their" | "its");
    in_list!(SPEAKING_ROLES, word(text, tokens, k - 1)) && determiner && !is_capitalised(word(text, tokens, k + 2))
}

/// Whether the lower-case word at `k` joins the words of an organisation's
/// name: "of", "for", "on" after an organisation word ("Ministry of
/// Defence", "Institute for Strategic Studies"), "the" after such a joiner
/// ("University of the Fraser Valley"), or "and" inside such a name before
/// a last capitalised word that is no title or first name ("Department of
/// Fisheries and Oceans") or between a plain name and a body's name
/// ("Kingsmere and District NHS Trust").
pub fn continues_org(text: &str, tokens: &[Token], k: usize) -> bool {
    let capital = |j: usize| tokens.get(j).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)) && !super::names::is_possessive(t.text(text)) && !roles::is_not_name(t.text(text)));
    if k == 0 || !tokens[k].is_word() || !tokens[k - 1].is_word() {
        return false;
    }
    let after_article = |j: usize| j >= 1 && matches!(word(text, tokens, j - 1), "The" | "the") && !roles::is_title(word(text, tokens, j)) && !roles::is_role_noun(&word(text, tokens, j).to_lowercase());
    let org_before = |j: usize| capital(j) && (roles::is_org_word(word(text, tokens, j)) || after_article(j)); // "The Friends of Ashby Park" too
    match word(text, tokens, k) {
        "on" if !matches!(word(text, tokens, k - 1), "Council" | "Committee" | "Commission" | "Conference" | "Forum") => false,
        "of" | "for" | "on" => org_before(k - 1) && (capital(k + 1) || tokens.get(k + 1).is_some_and(|t| t.is_word() && t.text(text) == "the") && capital(k + 2)),
        "the" => k >= 2 && matches!(word(text, tokens, k - 1), "of" | "for" | "on") && org_before(k - 2) && capital(k + 1),
        "and" => {
            let mut j = k;
            while j > 0 && k - j < 5 && capital(j - 1) {
                j -= 1;
            }
            let inside = j < k && j >= 2 && tokens[j - 1].is_word() && matches!(word(text, tokens, j - 1), "of" | "for") && org_before(j - 2);
            let mut n = k + 1;
            while capital(n) && !roles::is_title(word(text, tokens, n)) && roles::gender_of_word(word(text, tokens, n)) == Gender::Unknown {
                n += 1;
            }
            // "Kingsmere and District NHS Trust": a plain run after "the" or a sentence's start, and a body's name after "and".
            let opens = j == 0 || !tokens[j - 1].is_word() || matches!(word(text, tokens, j - 1), "the" | "The");
            let plain = j < k && k - j <= 3 && roles::gender_of_word(word(text, tokens, j)) == Gender::Unknown && (j..k).all(|i| !roles::is_org_word(word(text, tokens, i)));
            let body_end = (k + 1..k + 5).find(|&m| !capital(m) || roles::gender_of_word(word(text, tokens, m)) != Gender::Unknown).unwrap_or(k + 5);
            let standalone = opens && plain && body_end >= k + 3 && !capital(body_end) && roles::is_org_word(word(text, tokens, body_end - 1));
            inside && n > k + 1 && n - k <= 4 && !capital(n) || standalone
        }
        _ => false,
    }
}

/// Title words that are part of an organisation's name ("Defence
/// Ministry", "Public Library", "State Department"), unlike a person's
/// titles ("Mayor", "Minister").
const ORG_TITLE_WORDS: &[&str] = &[
    "Defense", "Defence", "Foreign", "Interior", "Finance", "Health", "State", "Affairs", "Public", "Safety",
    "Security", "National", "Homeland", "Agriculture", "Justice", "Treasury", "War", "Culture", "Housing",
    "Indigenous", "Services", "Economy", "Trade", "Education", "Environment", "Energy", "Transport",
    "Transportation", "Labor", "Labour", "Immigration", "Republican", "Democratic", "Liberal", "Conservative",
    "Party", "Cabinet", "Opposition", "Executive", "Staff",
];

/// Where an organisation's name read from the capitalised run `run..end`
/// starts, when the run names an organisation: a run that crosses a
/// joiner ("Centre for the National Interest") is one whole; otherwise the
/// title words and nationality adjectives right before the name's words
/// join it ("the Defence Ministry", "Canadian Pacific Railway"), but not a
/// person's title ("Mayor").
pub(super) fn org_name_start(text: &str, tokens: &[Token], run: usize, name_start: usize, end: usize, kind: PhraseKind) -> Option<usize> {
    let first = (run..end).find(|&i| !matches!(word(text, tokens, i), "The" | "A" | "An"))?;
    // "Bank of Canada": a lower-case word inside a run names a body, unless
    // it is a particle of a person's name ("Joost van der Berg").
    if (first..end).any(|i| !is_capitalised(word(text, tokens, i)) && tokens[i].is_word() && !super::intl_names::particle_inside(text, tokens, i, first) && !super::intl_names::is_leading_particle(text, tokens, first, i)) {
        return Some(first);
    }
    let mut start = name_start;
    while start > first {
        let w = word(text, tokens, start - 1);
        // "Prime Minister's Office": titles before an owner's possessive.
        let owner_title = roles::is_title(w) && (start..end).any(|i| super::names::is_possessive(word(text, tokens, i)));
        let joins = owner_title || in_list!(ORG_TITLE_WORDS, w.trim_end_matches('.')) || roles::is_not_name(w) && w.ends_with(|c: char| c.is_lowercase()) && !matches!(w, "The" | "A" | "An") && w.len() > 3 || !roles::is_title(w) && !roles::is_not_name(w);
        if !joins {
            break;
        }
        start -= 1;
    }
    // "Health Canada": a name that is an organisation only with its title words.
    let single = || name_start + 1 == end && roles::gender_of_word(word(text, tokens, name_start)) == Gender::Unknown;
    let words = || (start..end).map(|i| word(text, tokens, i)).collect::<Vec<&str>>();
    let org = matches!(kind, PhraseKind::Org | PhraseKind::Outlet) || start < name_start && single() && name_kind(&words()) == PhraseKind::Org;
    (org && start < name_start).then_some(start)
}

/// "the Prime Minister's Office": an office named after a title holder
/// starts at the title, possessive included, when the run after it is an
/// organisation word.
pub(super) fn possessive_office(text: &str, tokens: &[Token], start: usize, run: usize, end: usize) -> usize {
    let owner = |k: usize| {
        let w = word(text, tokens, k);
        super::names::is_possessive(w) && roles::is_title(w.trim_end_matches("'s").trim_end_matches("’s"))
    };
    if run <= start || !owner(run - 1) || !roles::is_org_word(word(text, tokens, end - 1)) {
        return run;
    }
    let mut k = run - 1;
    while k > start && is_capitalised(word(text, tokens, k - 1)) && roles::is_title(word(text, tokens, k - 1)) {
        k -= 1;
    }
    k
}

/// Whether token `k` is a "&" or "+" joining two capitalised words of one
/// name ("Gluskin Sheff + Associates", "Johnson & Johnson"), or a quoted
/// nickname between a first name and a surname (Marcia “Cia” Lowe).
pub(super) fn is_joiner(text: &str, tokens: &[Token], k: usize) -> bool {
    let capital = |j: usize| tokens.get(j).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)));
    let joins = match tokens[k].kind {
        Kind::Other => matches!(word(text, tokens, k), "&" | "+"),
        Kind::Quoted(_) => is_nickname(word(text, tokens, k)),
        _ => false,
    };
    joins && k > 0 && capital(k - 1) && capital(k + 1)
}

/// Whether quoted words read as a nickname: one or two capitalised words
/// and nothing else ("Cia", "The Rock").
pub(super) fn is_nickname(quoted: &str) -> bool {
    let words: Vec<&str> = quoted.split_whitespace().collect();
    (1..=2).contains(&words.len()) && words.iter().all(|w| is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'')))
}

/// The end of the words before a parenthesis that closes right before `end`
/// ("Chaffetz (R-Utah) said" → "Chaffetz").
pub(super) fn before_brackets(text: &str, tokens: &[Token], floor: usize, end: usize) -> usize {
    if end <= floor || tokens[end - 1].kind != Kind::Bracket || !matches!(word(text, tokens, end - 1), ")" | "]") {
        return end;
    }
    let open = (floor..end - 1).rev().take(12).find(|&k| tokens[k].kind == Kind::Bracket);
    match open {
        Some(k) if matches!(word(text, tokens, k), "(" | "[") => k,
        _ => end,
    }
}

/// The end of the words before a relative clause set off by commas that
/// closes right before `end` ("A nurse, who asked not to be named because
/// she feared for her job, said" → "A nurse"): the clause's own subject
/// is never the speaker.
pub(super) fn before_relative(text: &str, tokens: &[Token], floor: usize, end: usize) -> usize {
    if end <= floor + 2 || tokens[end - 1].kind != Kind::Comma {
        return end;
    }
    let mut k = end - 1;
    while k > floor && end - k < 30 && matches!(tokens[k - 1].kind, Kind::Word | Kind::Other | Kind::Bracket) {
        k -= 1;
    }
    let relative = k > floor + 1 && tokens[k - 1].kind == Kind::Comma && tokens[k].is_word() && matches!(word(text, tokens, k), "who" | "whose");
    if relative { k - 1 } else { end }
}

/// "the former secretary of state and current nominee said": a
/// description joined by "and" to the lower-case one before the cue makes
/// one subject with it, when the first opens with a determiner and ends in
/// a role noun.
pub(super) fn across_and(text: &str, tokens: &[Token], floor: usize, start: usize, end: usize) -> Option<Phrase> {
    if start < floor + 2 || !tokens[start - 1].is_word() || word(text, tokens, start - 1) != "and" || is_capitalised(word(text, tokens, start)) {
        return None;
    }
    let from = super::names::segment_start(text, tokens, floor, start - 1);
    let first = super::names::read_forward(text, tokens, from, start - 1).filter(|f| f.written.0 == from && f.kind == PhraseKind::Description)?;
    let determiner = matches!(word(text, tokens, from), "the" | "The" | "a" | "A" | "an" | "An");
    let role = roles::is_role_noun(word(text, tokens, first.written.1 - 1));
    (determiner && role).then(|| classify(text, tokens, from, end))
}

/// "…,” said Tom Reddy, a spokesman for the company.": a description set
/// after a name between a comma and the clause's end (past an age) is its
/// role, when the name has none written before it.
pub fn with_role_after(text: &str, tokens: &[Token], phrase: Phrase, limit: usize) -> Phrase {
    let mut phrase = super::unnamed::with_modifiers(text, tokens, phrase, limit);
    let mut k = phrase.written.1;
    let comma = |k: usize| k < limit && tokens[k].kind == Kind::Comma;
    if phrase.kind != PhraseKind::Name || phrase.role.is_some() || !comma(k) {
        return phrase;
    }
    // ", 29, a nurse": an age before the role.
    if k + 2 < limit && tokens[k + 1].is_word() && word(text, tokens, k + 1).bytes().all(|b| b.is_ascii_digit()) && comma(k + 2) {
        k += 2;
    }
    let start = k + 1;
    let opens = start < limit && tokens[start].is_word() && (matches!(word(text, tokens, start), "a" | "an" | "the") || roles::is_role_noun(word(text, tokens, start)));
    let mut end = start;
    while opens && end < limit && end - start < 12 && tokens[end].is_word() && !matches!(word(text, tokens, end), "who" | "which" | "that" | "said" | "says" | "told") {
        end += 1;
    }
    if end > start + 1 || opens && end > start && roles::is_role_noun(word(text, tokens, start)) {
        phrase.role = Some((start, end));
    }
    phrase
}

/// Whether token `k` is a quoted nickname inside a person's name (Robert
/// "Bobby" Kaine), after a first name that is no title or possessive.
pub fn is_nickname_at(text: &str, tokens: &[Token], k: usize) -> bool {
    let prev = |w: &str| !roles::is_title(w) && !roles::is_not_name(w) && !super::names::is_possessive(w);
    matches!(tokens[k].kind, Kind::Quoted(_)) && k > 0 && prev(word(text, tokens, k - 1)) && is_joiner(text, tokens, k)
}

/// Whether a title word is part of an organisation's name ("Defence").
pub fn is_org_title(w: &str) -> bool {
    in_list!(ORG_TITLE_WORDS, w)
}
