//! Where a subject phrase ends: the verb it may run into and the adverb
//! that may stand between it and its cue.

use super::{classify, is_capitalised, word, Phrase, PhraseKind};
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
        IRREGULAR_PAST.contains(&w) || (k + 1 == end && w.len() > 4 && w.ends_with("ed") && !is_capitalised(w))
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
    let before_ok = super::is_possessive(prev) || !is_capitalised(prev) && !prev.ends_with('s');
    let Some(next) = tokens.get(k + 1).filter(|t| before_ok && k + 1 < limit && t.is_word()) else { return false };
    let w = next.text(text);
    let plain = w.bytes().all(|b| b.is_ascii_lowercase()) && !w.ends_with("ing") && !w.ends_with("ly");
    plain && !ends_phrase(w) && !crate::attrib::cues::is_cue_word(w)
}

/// Whether a lower-case word ends or opens a phrase.
pub(super) fn ends_phrase(w: &str) -> bool {
    super::PHRASE_END.contains(&w) || super::DETERMINERS.contains(&w) || super::CLAUSE_WORDS.contains(&w)
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
    let rest = next.then(|| super::read_forward(text, tokens, end + 1, limit)).flatten();
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
    let role = tokens.get(run.wrapping_sub(1)).is_some_and(Token::is_word) && !is_capitalised(before) && !super::PHRASE_END.contains(&before) && !super::CLAUSE_WORDS.contains(&before) && before != "of";
    if end - run < 2 || run <= start.max(found.written.1) || !role {
        return None;
    }
    let phrase = classify(text, tokens, run, end);
    (phrase.kind == PhraseKind::Name && phrase.name.is_some()).then_some(phrase)
}

/// "Controversy erupted after John Lee, Canada's envoy, told": the run of
/// two or more capitalised words ending at `end` after a lower-case word,
/// when it is a person's name.
pub(super) fn name_ending_at(text: &str, tokens: &[Token], from: usize, end: usize) -> Option<Phrase> {
    let mut run = end;
    while run > from && tokens[run - 1].is_word() && is_capitalised(word(text, tokens, run - 1)) && !super::is_possessive(word(text, tokens, run - 1)) {
        run -= 1;
    }
    let after_lower = run > from && tokens[run - 1].is_word() && !is_capitalised(word(text, tokens, run - 1));
    let phrase = (after_lower && end - run >= 2).then(|| classify(text, tokens, run, end))?;
    (phrase.kind == PhraseKind::Name && phrase.name == Some((run, end))).then_some(phrase)
}

/// Whether the capitalised words of a name are an outlet, organisation or person.
pub fn name_kind(words: &[&str]) -> PhraseKind {
    if words.iter().any(|w| crate::attrib::via::is_outlet_word(w)) {
        PhraseKind::Outlet
    } else if words.iter().enumerate().any(|(i, w)| roles::is_org_word(w) && !(i == 0 && words.len() > 1 && roles::gender_of_word(w) != Gender::Unknown)) || words.len() == 1 && is_acronym(words[0]) || words.len() > 1 && words[words.len() - 1] == "Canada" {
        PhraseKind::Org
    } else {
        PhraseKind::Name
    }
}

/// Whether a word is an all-capitals acronym ("AFP", "CTV").
pub fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
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
    SPEAKING_ROLES.contains(&word(text, tokens, k - 1)) && determiner && !is_capitalised(word(text, tokens, k + 2))
}

/// Whether the lower-case word at `k` joins the words of an organisation's
/// name: "of", "for", "on" after an organisation word ("Ministry of
/// Defence", "Institute for Strategic Studies"), "the" after such a joiner
/// ("University of the Fraser Valley"), or "and" inside such a name before
/// a last capitalised word that is no title or first name ("Department of
/// Fisheries and Oceans").
pub fn continues_org(text: &str, tokens: &[Token], k: usize) -> bool {
    let capital = |j: usize| tokens.get(j).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)) && !super::is_possessive(t.text(text)) && !roles::is_not_name(t.text(text)));
    if k == 0 || !tokens[k].is_word() || !tokens[k - 1].is_word() {
        return false;
    }
    let org_before = |j: usize| capital(j) && roles::is_org_word(word(text, tokens, j));
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
            inside && n > k + 1 && n - k <= 4 && !capital(n)
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
    if (first..end).any(|i| !is_capitalised(word(text, tokens, i)) && tokens[i].is_word()) {
        return Some(first);
    }
    let mut start = name_start;
    while start > first {
        let w = word(text, tokens, start - 1);
        // "Prime Minister's Office": titles before an owner's possessive.
        let owner_title = roles::is_title(w) && (start..end).any(|i| super::is_possessive(word(text, tokens, i)));
        let joins = owner_title || ORG_TITLE_WORDS.contains(&w.trim_end_matches('.')) || roles::is_not_name(w) && w.ends_with(|c: char| c.is_lowercase()) && !matches!(w, "The" | "A" | "An") && w.len() > 3 || !roles::is_title(w) && !roles::is_not_name(w);
        if !joins {
            break;
        }
        start -= 1;
    }
    // "Health Canada": a name that is an organisation only with its title words.
    let words: Vec<&str> = (start..end).map(|i| word(text, tokens, i)).collect();
    let single = name_start + 1 == end && roles::gender_of_word(word(text, tokens, name_start)) == Gender::Unknown;
    let org = matches!(kind, PhraseKind::Org | PhraseKind::Outlet) || single && start < name_start && name_kind(&words) == PhraseKind::Org;
    (org && start < name_start).then_some(start)
}

/// "the Prime Minister's Office": an office named after a title holder
/// starts at the title, possessive included, when the run after it is an
/// organisation word.
pub(super) fn possessive_office(text: &str, tokens: &[Token], start: usize, run: usize, end: usize) -> usize {
    let owner = |k: usize| {
        let w = word(text, tokens, k);
        super::is_possessive(w) && roles::is_title(w.trim_end_matches("'s").trim_end_matches("’s"))
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
/// nickname inside a person's name (Robert "Bobby" Kaine).
pub(super) fn is_joiner(text: &str, tokens: &[Token], k: usize) -> bool {
    let capital = |j: usize| tokens.get(j).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)));
    tokens[k].kind == Kind::Other && matches!(word(text, tokens, k), "&" | "+") && k > 0 && capital(k - 1) && capital(k + 1) || is_nickname(text, tokens, k)
}

/// Whether token `k` is a quoted nickname between a first name and a
/// surname (Robert "Bobby" Kaine, Helena “Lena” Brandt): one or two
/// capitalised words in quotation marks, a capitalised word that is no
/// title or possessive before it and a capitalised word after it.
pub fn is_nickname(text: &str, tokens: &[Token], k: usize) -> bool {
    let capital = |j: usize| tokens.get(j).is_some_and(|t| t.is_word() && is_capitalised(t.text(text)) && !roles::is_title(t.text(text)) && !roles::is_not_name(t.text(text)));
    if k == 0 || !matches!(tokens[k].kind, Kind::Quoted(_)) || !capital(k - 1) || !capital(k + 1) || super::is_possessive(word(text, tokens, k - 1)) {
        return false;
    }
    let inner = word(text, tokens, k).trim_matches(|c: char| c.is_whitespace() || crate::attrib::tokens::is_quote_mark(c));
    let words: Vec<&str> = inner.split(' ').collect();
    inner.len() <= 20 && words.len() <= 2 && words.iter().all(|w| is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
}

/// Letters written after a name that are no part of it: honours,
/// professional ranks and seats ("Laura Finch KC", "Andrew Pike MP").
/// Generational suffixes ("Jr", "III") are part of the name.
const POST_NOMINALS: &[&str] = &["KC", "QC", "SC", "MP", "MSP", "MEP", "MLA", "MPP", "MHA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Ph.D", "MD", "Esq"];

/// "Defence counsel Laura Finch KC": a name that ends in post-nominal
/// letters is read without them; the phrase as written keeps them. `None`
/// when the phrase does not end so or is no person's name without them.
pub(super) fn without_post_nominals(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<Phrase> {
    let mut cut = end;
    while cut > start + 1 && POST_NOMINALS.contains(&without_possessive(word(text, tokens, cut - 1)).trim_end_matches('.')) {
        cut -= 1;
    }
    if cut == end || !tokens[cut - 1].is_word() || !is_capitalised(word(text, tokens, cut - 1)) || roles::is_title(word(text, tokens, cut - 1)) {
        return None;
    }
    let mut phrase = classify(text, tokens, start, cut);
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
pub(super) fn ends_in_suffix(w: &str, i: usize, run: usize, end: usize) -> bool {
    i + 1 == end && i > run && matches!(w, "Sr" | "Sr.")
}

/// The surname of a full name: its last word, before a generational
/// suffix ("Harold Grant Jr." → "Grant").
pub fn surname_of(name: &str) -> &str {
    let mut words = name.rsplitn(3, ' ');
    let last = words.next().unwrap_or(name);
    match words.next() {
        Some(before) if SUFFIXES.contains(&last.trim_end_matches(',')) && words.next().is_some() => before.trim_end_matches(','),
        _ => last,
    }
}

/// A name without the quoted nickname written inside it (Robert "Bobby"
/// Kaine → Robert Kaine); other text is returned as it is.
pub fn without_nickname(name: &str) -> String {
    let opens = |c: char| matches!(c, '"' | '“' | '‘' | '\'' | '«');
    let closes = |c: char| matches!(c, '"' | '”' | '’' | '\'' | '»');
    if !name.contains(opens) {
        return name.to_string();
    }
    let words: Vec<&str> = name.split(' ').collect();
    let Some(open) = words.iter().position(|w| w.starts_with(opens)).filter(|&i| i > 0) else { return name.to_string() };
    let Some(close) = (open..words.len().min(open + 2)).find(|&i| words[i].ends_with(closes) && words[i].chars().count() > 1) else { return name.to_string() };
    if close + 1 >= words.len() {
        return name.to_string();
    }
    words[..open].iter().chain(&words[close + 1..]).copied().collect::<Vec<_>>().join(" ")
}

/// "…," said the club's chairman, Owen Pryde: a role description read
/// after an inverted cue, then a comma and a full name that ends the
/// clause, is that person; the description becomes the role.
pub fn role_then_name(text: &str, tokens: &[Token], found: Phrase, limit: usize) -> Phrase {
    let (start, end) = found.written;
    let last = word(text, tokens, end - 1);
    // "the team's captain": a person's title written in lower case is a role too.
    let capital: String = last.chars().take(1).flat_map(char::to_uppercase).chain(last.chars().skip(1)).collect();
    let title = roles::is_title(&capital) && !ORG_TITLE_WORDS.contains(&capital.as_str());
    let role = found.kind == PhraseKind::Description && (roles::is_role_noun(last) || title);
    // "the chairman of the club, Owen Pryde": the role runs on to the comma.
    let of = end < limit && tokens[end].is_word() && matches!(word(text, tokens, end), "of" | "at" | "for" | "with");
    let comma = if of { (end + 1..limit.min(end + 7)).take_while(|&k| tokens[k].is_word() || tokens[k].kind == Kind::Comma).find(|&k| tokens[k].kind == Kind::Comma) } else { Some(end) };
    let Some(end) = comma.filter(|&c| role && c + 1 < limit && tokens[c].kind == Kind::Comma && tokens[c + 1].is_word()) else { return found };
    let Some(name) = super::read_forward(text, tokens, end + 1, limit) else { return found };
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
    name.len() > word.len() + 2 && name.contains(word) && name.split(' ').any(|w| w.starts_with(quote) && w.trim_matches(quote) == word)
}

/// Whether a capitalised word is the plural of a role noun ("Brothers",
/// "Farmers"), which opens a phrase but is never a name.
pub fn is_plural_role(w: &str) -> bool {
    w.len() > 4 && w.starts_with(char::is_uppercase) && w.strip_suffix('s').is_some_and(|one| !one.ends_with('s') && roles::is_role_noun(one))
}
