//! Unnamed sources standing as the subject of a sentence ("One dock worker
//! disagreed.", "Another resident said …"): a "he" or "she" right after one
//! refers to that source as written, not to a person named earlier, and
//! so does "the official" after "a senior official" ([`earlier_source`]).
//! Where its description ends is `unnamed_clauses`.

use crate::wordset::in_list;
use super::resolve::{Mention, Mentions, Place};
use crate::attrib::names::{Phrase, PhraseKind};
use crate::attrib::roles::{self, Gender};
use crate::attrib::tokens::{Kind, Token};
use crate::attrib::unnamed_clauses as clauses;

/// Words that open an unnamed source ("One dock worker", "Another voter").
const OPENERS: &[&str] = &["One", "Another", "A", "An"];

/// Nouns for ordinary people that are not role nouns of a description.
const PEOPLE: &[&str] = &[
    "worker", "workers", "voter", "employee", "supporter", "parent", "neighbor", "neighbour", "customer", "shopper",
    "protester", "protestor", "participant", "passenger", "driver", "farmer", "member", "attendee", "witness",
    "survivor", "refugee", "migrant", "immigrant", "local", "fan", "retiree", "homeowner", "tenant", "landlord",
    "official", "source", "person", "guy", "lady", "girl", "boy", "youth", "teen", "teenager", "delegate", "juror",
    "commuter", "rider", "traveller", "traveler", "pedestrian", "cyclist", "motorist", "visitor", "guest", "diner",
    "caller", "viewer", "reader", "listener", "user", "client", "buyer", "seller", "vendor", "owner", "mum", "dad",
    "executive", "staffer", "applicant", "inmate", "prisoner",
];

/// Definite openers of an unnamed source, only with an aside that withholds
/// its name ("Its owner, a man who did not want to be named, said", "Her aunt, who asked not to be named").
pub(super) const DEFINITE: &[&str] = &["Its", "Their", "The", "Her", "His"];

/// Words of an aside that withholds a name ("asked not to be named",
/// "asked the court to withhold her name", "on condition of anonymity").
const WITHHELD: &[&str] = &["named", "identified", "name", "anonymity", "anonymously"];

/// Words that deny a name in such an aside.
const DENIAL: &[&str] = &["not", "withhold", "withheld", "declined", "refused", "anonymity", "anonymously"];

/// Whether an aside set off by a comma within the first words after `i`
/// withholds the source's name: a word of a name and a word denying it
/// before the aside closes.
fn anonymous_aside(text: &str, toks: &[Token], i: usize) -> bool {
    let sentence = toks[i].sentence;
    let Some(open) = (i + 1..toks.len().min(i + 6)).take_while(|&j| toks[j].sentence == sentence).find(|&j| toks[j].kind == Kind::Comma) else { return false };
    let aside: Vec<&str> = (open + 1..toks.len().min(open + 25)).take_while(|&j| toks[j].sentence == sentence && toks[j].is_word()).map(|j| toks[j].text(text)).collect();
    aside.iter().any(|w| WITHHELD.contains(w)) && aside.iter().any(|w| DENIAL.contains(w))
}

/// Words after "A" that count a group ("A few neighbours"): no he or she.
const QUANTIFIERS: &[&str] = &["few", "couple", "handful", "number", "lot", "group", "dozen", "pair", "crowd", "host", "series"];

/// An unnamed source opening the sentence at token `i`: the end of its
/// words and its gender, when a lower-case verb follows two to four words
/// ending in a noun for a person ("One dock worker disagreed").
pub fn source_at(text: &str, toks: &[Token], i: usize) -> Option<(usize, Gender)> {
    let opens = i == 0 || toks[i - 1].sentence != toks[i].sentence || matches!(toks[i - 1].kind, Kind::Quoted(_));
    let definite = opens && DEFINITE.contains(&toks[i].text(text)) && anonymous_aside(text, toks, i);
    // "“…,” a senior diplomat from one of the mediating countries told": a lower-case opener right after a quotation.
    let after_quote = i > 0 && matches!(toks[i - 1].kind, Kind::Quoted(_)) && matches!(toks[i].text(text), "a" | "an" | "one" | "another");
    let opener = opens && (OPENERS.contains(&toks[i].text(text)) || definite || after_quote) || after_lead_in(text, toks, i);
    if !opener {
        return None;
    }
    // "A 34-year-old nurse": digits only inside a hyphenated word; "The
    // woman's neighbour, a nurse who asked not to be named": a possessive.
    let lower = |t: &Token| t.is_word() && { let w = t.text(text); w.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit() && w.contains('-')) || definite && clauses::is_plain_possessive(w) };
    // "A Ferrow resident": a capitalised modifier before the noun.
    let modifier = |t: &Token| t.is_word() && t.text(text).starts_with(char::is_uppercase) && !super::names::is_possessive(t.text(text));
    let mut end = i + 1;
    while end < toks.len() && end - i <= 3 && (lower(&toks[end]) || end > i && modifier(&toks[end])) && toks[end].sentence == toks[i].sentence {
        let w = toks[end].text(text);
        if QUANTIFIERS.contains(&w) {
            return None;
        }
        // "A mother-of-three": the noun before "-of-".
        let noun = w.split_once("-of-").map_or(w, |(head, _)| head);
        // "One mother from Kingsford, who …, said": the place she is from is part of her mention.
        // "“…,” a spokesman for President Ana Ruiz said": a named object stays out after a quotation.
        let named = after_quote && toks.get(end + 2).is_some_and(|t| t.is_word() && t.text(text).starts_with(char::is_uppercase));
        let head_end = if named { end + 1 } else { past_modifiers(text, toks, end + 1) };
        if roles::is_role_noun(noun) || in_list!(PEOPLE, noun) || noun != w && roles::gender_of_noun(noun) != Gender::Unknown || lower(&toks[end]) && marked_person(text, toks, head_end) {
            // "An army of workers": a group is no he or she.
            if noun.ends_with('s') && !noun.ends_with("ss") {
                return None;
            }
            let after = past_relative(text, toks, head_end);
            let verb = toks.get(after).filter(|t| lower(t) && t.sentence == toks[i].sentence).map_or("", |t| t.text(text));
            // "A local business owner": "local" is a noun only when a verb
            // follows; after a clause set off by commas any lower-case word is the verb.
            if is_verb_like(verb) || after > head_end && !verb.is_empty() {
                // "A nurse who worked in the unit until it closed said": the clause is part of her description.
                // After a quotation the clause stays out ("“…,” a man who flew in told").
                let end = if after == head_end && !after_quote { clauses::past_restrictive(text, toks, head_end).unwrap_or(head_end) } else { head_end };
                return Some((end, roles::gender_of_noun(noun)));
            }
        }
        end += 1;
    }
    None
}

/// Whether a lower-case word can be the verb after an unnamed source; "A
/// nurse who works nights told …": a relative clause follows a subject.
fn is_verb_like(verb: &str) -> bool {
    verb == "who" || crate::attrib::cues::is_cue_word(verb) || (verb.ends_with("ed") && verb.len() > 3) || crate::attrib::salience::is_verb(verb)
}

/// Whether the words at `k` mark the noun before them a person: a relative
/// "who" or "whose", or an appositive set off by a comma that opens with
/// "a" or "an" and holds a role noun or an age ("One baker, who …", "A
/// cook, a 22-year-old from Orrin,").
fn marked_person(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(sentence) = toks.get(k).map(|t| t.sentence) else { return false };
    let word = |j: usize| toks.get(j).filter(|t| t.is_word() && t.sentence == sentence).map(|t| t.text(text));
    let comma = toks[k].kind == Kind::Comma;
    let at = k + usize::from(comma);
    if matches!(word(at), Some("who" | "whose")) {
        return true;
    }
    let person = |w: &str| roles::is_role_noun(w) || in_list!(PEOPLE, w) || w.ends_with("-year-old");
    comma && matches!(word(at), Some("a" | "an")) && (at + 1..at + 5).map_while(word).any(person)
}

/// Prepositions whose phrase can follow the noun of an unnamed source ("from Kingsford").
const MODIFIER_PREPOSITIONS: &[&str] = &["from", "in", "at", "of", "near", "outside", "with", "for"];

/// Past the prepositional phrases right at `k` that modify an unnamed
/// source ("from Kingsford", "in Elm Park", "pushing a stroller"): up to
/// two phrases of one to five words, none a verb, in the sentence.
fn past_modifiers(text: &str, toks: &[Token], k: usize) -> usize {
    let Some(sentence) = toks.get(k).map(|t| t.sentence) else { return k };
    let word = |j: usize| toks.get(j).filter(|t| t.is_word() && t.sentence == sentence).map(|t| t.text(text));
    let mut end = k;
    for _ in 0..2 {
        // "A woman pushing a stroller": a participle's phrase modifies the noun as a preposition's does.
        let participle = |w: &str| w.len() > 5 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase()) && !is_verb_like(w);
        if !word(end).is_some_and(|w| MODIFIER_PREPOSITIONS.contains(&w) || participle(w)) {
            break;
        }
        let object = (end + 1..end + 6).take_while(|&j| word(j).is_some_and(|w| !is_verb_like(w) && !MODIFIER_PREPOSITIONS.contains(&w))).count();
        if object == 0 {
            break;
        }
        end += 1 + object;
    }
    end
}

/// An unnamed source opening the sentence at `floor` that is the whole
/// subject ending at `end` ("A paramedic from Dunmore said", "One voter in
/// Elm Park, a retired teacher, said"), as a description phrase.
pub fn source_ending_at(text: &str, toks: &[Token], floor: usize, end: usize) -> Option<Phrase> {
    let (b, gender) = source_at(text, toks, floor)?;
    let whole = b == end || b < end && past_relative(text, toks, b) == end;
    // "Its owner, a man who did not want to be named, said": the description set off is the source as written.
    if let Some(aside) = clauses::definite_aside(text, toks, floor, b).filter(|_| whole) {
        return Some(Phrase { written: aside, name: None, role: None, kind: PhraseKind::Description, gender, titled: false });
    }
    // "One resident, a retired teacher, said": the description set off is its role.
    let role = (b + 2 < end && matches!(toks[b + 1].text(text), "a" | "an")).then_some((b + 1, end - 1));
    whole.then_some(Phrase { written: (floor, b), name: None, role, kind: PhraseKind::Description, gender, titled: false })
}

/// The head noun of an unnamed source as written: its last word before a
/// modifier or a relative clause ("spokesman" of "A spokesman for the ministry").
pub fn head_noun(name: &str) -> Option<&str> {
    name.split(' ').take_while(|w| !MODIFIER_PREPOSITIONS.contains(w) && *w != "who").last()
}

/// "said one hospital chief executive in Iowa, who …": an unnamed source
/// read after its cue keeps the place it is from, as its mention does.
pub fn with_modifiers(text: &str, toks: &[Token], mut phrase: Phrase, limit: usize) -> Phrase {
    let opener = is_indefinite_opener(toks[phrase.written.0].text(text));
    // "a statement from the port authority" is no person.
    let head = toks[phrase.written.1 - 1].text(text);
    let person = roles::is_role_noun(head) || in_list!(PEOPLE, head) || roles::gender_of_noun(head) != Gender::Unknown;
    if phrase.kind == PhraseKind::Description && opener && person {
        phrase.written.1 = past_modifiers(text, toks, phrase.written.1).min(limit).max(phrase.written.1);
    }
    phrase
}

/// "A nurse who worked on the ward until it closed said …": an unnamed
/// source opening the sentence at `floor` whose relative clause, with no
/// comma, runs up to the cue at `cue` is the cue's subject, whatever
/// subject the relative clause has of its own.
pub fn relative_subject(text: &str, toks: &[Token], floor: usize, cue: usize) -> Option<(usize, usize)> {
    let (b, _) = source_at(text, toks, floor)?;
    // "“…,” a man who flew to Poland told CTV": after a quotation the clause stays out.
    if floor > 0 && matches!(toks[floor - 1].kind, Kind::Quoted(_)) {
        return None;
    }
    let relative = b < cue && toks[b].is_word() && toks[b].text(text) == "who";
    // The clause is part of the source as written ("A nurse who worked on the ward").
    (relative && toks[b..cue].iter().all(Token::is_word) || b == cue && toks[floor..b].iter().any(|t| t.text(text) == "who")).then_some((floor, cue))
}

/// Words that open a lead-in phrase closed by a comma before a sentence's
/// subject ("Speaking to the Post, a driver said", "In a statement issued
/// later, the centre said").
pub(super) const LEAD_INS: &[&str] = &["Speaking", "Talking", "Asked", "Interviewed", "Writing", "In", "On", "At", "After", "Outside", "Later", "Earlier", "Separately", "Meanwhile"];

/// Whether a word opens an indefinite description, in either case: "a",
/// "an", "one", "another" ("One resident", "a senior official").
pub(super) fn is_indefinite_opener(word: &str) -> bool {
    ["a", "an", "one", "another"].iter().any(|o| o.eq_ignore_ascii_case(word))
}

/// Whether a lower-case opener at `i` follows the comma that closes a
/// lead-in phrase opening its sentence ("Speaking to the Post, a driver").
fn after_lead_in(text: &str, toks: &[Token], i: usize) -> bool {
    let opener = matches!(toks[i].text(text), "a" | "an" | "one" | "another");
    // The cheap tests first: most tokens are no opener after a comma, and need no look back.
    if !(opener && i > 0 && toks[i - 1].kind == Kind::Comma) {
        return false;
    }
    let sentence = toks[i].sentence;
    let start = toks[..i].iter().rposition(|t| t.sentence != sentence).map_or(0, |k| k + 1);
    lead_in_end(text, toks, start) == Some(i)
}

/// The token after the comma that closes a lead-in phrase opening the
/// sentence at `start` with one of [`LEAD_INS`] ("In a statement issued
/// later, …"): words only, within ten tokens.
pub(super) fn lead_in_end(text: &str, toks: &[Token], start: usize) -> Option<usize> {
    toks.get(start).filter(|t| t.is_word() && in_list!(LEAD_INS, t.text(text)))?;
    let sentence = toks[start].sentence;
    let comma = (start + 1..toks.len().min(start + 10)).take_while(|&k| toks[k].sentence == sentence && (toks[k].is_word() || toks[k].kind == Kind::Comma)).find(|&k| toks[k].kind == Kind::Comma)?;
    Some(comma + 1)
}

/// Past a relative clause or a description set off by commas right at
/// `k` ("Another commuter, who did not want to give her name, said",
/// "Another rider, a teacher from Delft, said", a quotation with words after
/// it inside: "holding a “Vote No” sign,"): the token after its closing comma, else `k`.
fn past_relative(text: &str, toks: &[Token], k: usize) -> usize {
    // "A senior official, speaking on condition of anonymity, said": a participle's aside too.
    let aside = |w: &str| matches!(w, "who" | "whose" | "a" | "an") || w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase);
    let relative = toks.get(k).is_some_and(|t| t.kind == Kind::Comma) && toks.get(k + 1).is_some_and(|t| t.is_word() && aside(t.text(text)));
    let sentence = toks[k.min(toks.len() - 1)].sentence;
    let inside = |j: usize| !matches!(toks[j].kind, Kind::Quoted(_)) || toks.get(j + 1).is_some_and(Token::is_word);
    let close = (k + 2..toks.len().min(k + 30)).take_while(|&j| toks[j].sentence == sentence && inside(j)).find(|&j| toks[j].kind == Kind::Comma);
    close.filter(|_| relative).map_or(k, |close| close + 1)
}

/// Whether the name at token `a` is the one told: "told", "telling" or
/// "tells" stands up to five words before it with only words between
/// ("told Ferrow Post reporter Jan Kirk").
pub fn is_told(text: &str, toks: &[Token], a: usize) -> bool {
    (a.saturating_sub(5)..a).rev().take_while(|&k| toks[k].is_word() && toks[k].sentence == toks[a].sentence).any(|k| matches!(toks[k].text(text), "told" | "telling" | "tells"))
}

/// The mention for an unnamed source at tokens `a..b` of paragraph `p`.
pub fn mention<'a>(text: &'a str, toks: &[Token], p: usize, a: usize, b: usize, gender: Gender, sentence: u32) -> Mention<'a> {
    let (first, last) = clauses::definite_aside(text, toks, a, b).unwrap_or((a, b));
    let name = super::resolve::span(text, toks, first, last);
    Mention {
        at: (p, a),
        name,
        surname: name,
        role: "",
        kind: PhraseKind::Description,
        gender,
        by_first_name: false,
        strong: false,
        subject: true,
        possessive: false,
        end: b,
        comma_after: false,
        and_after: false,
        sentence,
        place: false,
        unnamed: true,
        after_clause: false,
        told: false,
        withheld: anonymous_aside(text, toks, a),
        body_noun: "",
    }
}

impl<'a> Mentions<'a> {
    /// Adds the unnamed sources found while indexing, keeping reading order.
    pub(super) fn add_sources(&mut self, sources: Vec<Mention<'a>>) {
        if !sources.is_empty() {
            self.list.extend(sources);
            self.list.sort_by_key(|m| m.at);
        }
    }

    /// "“…,” the spokesperson said" after "A spokesperson for the ministry
    /// said …": a definite description whose head noun heads the unnamed
    /// source of the same or previous paragraph, with no subject named
    /// since, is that source as written.
    pub fn unnamed_by_head(&self, written: &str, at: Place) -> Option<&'a str> {
        let rest = written.strip_prefix("the ").or_else(|| written.strip_prefix("The ")).filter(|r| !r.contains(' '))?;
        let floor = at.0.saturating_sub(1);
        let recent = self.earlier(at).take_while(|m| m.at.0 >= floor).find(|m| m.unnamed || (m.subject || m.strong) && !m.told && !self.inside_source(m))?;
        let head = head_noun(recent.name)?;
        // "the official" names the source without its relative clause ("A Western official").
        let name = recent.name.split_once(" who ").map_or(recent.name, |(head, _)| head);
        (recent.unnamed && head.eq_ignore_ascii_case(rest)).then_some(name)
    }

    /// Whether a mention stands inside the words of an unnamed source that
    /// starts right before it ("the Northern Defence Alliance" of "A senior
    /// official of the Northern Defence Alliance"): no subject of its own.
    fn inside_source(&self, m: &Mention) -> bool {
        self.earlier(m.at).take(2).any(|u| u.unnamed && u.at.0 == m.at.0 && m.at.1 < u.end)
    }

    /// The unnamed source a he/she at `at` refers to: one of the same or the
    /// previous paragraph, gender-compatible, with no subject named since. A
    /// person named after it in its own sentence, not as a subject ("One
    /// woman, who had known Reyes since school, held a candle"), is inside
    /// its clause and does not take the pronoun from it.
    pub fn unnamed_source(&self, at: Place, gender: Gender) -> Option<&Mention<'a>> {
        let floor = at.0.saturating_sub(1);
        let mut inside: Option<u32> = None;
        for m in self.earlier(at).take_while(|m| m.at.0 >= floor) {
            if m.unnamed {
                return (m.gender.compatible(gender) && inside.is_none_or(|s| s == m.sentence)).then_some(m);
            }
            if (m.subject || m.strong) && !m.told {
                if m.subject || inside.is_some_and(|s| s != m.sentence) {
                    return None;
                }
                inside = Some(m.sentence);
            }
        }
        None
    }
}

/// Words that end the walk back from a head noun to its article: a
/// definite or possessive determiner, a preposition, a verb of the clause.
const NOT_MODIFIERS: &[&str] = &[
    "the", "The", "this", "that", "his", "her", "its", "their", "our", "my", "your", "of", "to", "for", "and", "or", "by",
    "with", "in", "on", "at", "from", "said", "says", "told", "is", "was", "are", "were", "who", "as",
];

/// Words before an indefinite that make it a predicate or an apposition
/// of someone named ("Reid is a senior official", "Reid, a senior official").
const PREDICATING: &[&str] = &["is", "was", "are", "were", "be", "been", "became", "becomes", "as", "like"];

/// Where the indefinite source ending in the head noun at token `h`
/// starts ("a senior Kelland official"): "a", "an", "one" or "another"
/// up to four words before it, with only modifiers between, standing
/// neither as a predicate nor as an apposition to a name, and with no
/// name or noun of its own after the head ("an official statement").
fn indefinite_start(text: &str, toks: &[Token], h: usize) -> Option<usize> {
    let capital = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.text(text).starts_with(char::is_uppercase));
    let next = toks.get(h + 1).filter(|t| t.is_word()).map(|t| t.text(text));
    let renamed = toks.get(h + 1).is_some_and(|t| t.kind == Kind::Comma) && capital(h + 2);
    if renamed || capital(h + 1) || next.is_some_and(|w| super::describe::is_document(w) || roles::is_role_noun(w) || in_list!(PEOPLE, w)) {
        return None;
    }
    let a = (h.saturating_sub(4)..h).rev().take_while(|&k| toks[k].is_word() && toks[k].sentence == toks[h].sentence && !in_list!(NOT_MODIFIERS, toks[k].text(text))).find(|&k| {
        is_indefinite_opener(toks[k].text(text))
    })?;
    let before = a.checked_sub(1).map(|k| &toks[k]);
    let predicate = before.is_some_and(|t| t.is_word() && PREDICATING.contains(&t.text(text)));
    let apposed = before.is_some_and(|t| t.kind == Kind::Comma) && a >= 2 && capital(a - 2);
    (!predicate && !apposed).then_some(a)
}

/// How many paragraphs back a definite description looks for its source.
const SOURCE_REACH: usize = 8;

/// "“…,” the official said" after "According to a senior Kelland
/// official, who spoke on condition of anonymity": a definite description
/// of one person-noun ("the official", "the resident") is the nearest
/// earlier unnamed source with that head noun, as first written with the
/// phrases that modify it ("in the finance ministry"), unless a person
/// named with that role stands nearer.
pub fn earlier_source(texts: &[&str], tokens: &[Vec<Token>], mentions: &Mentions, written: &str, at: Place) -> Option<String> {
    let rest = written.strip_prefix("the ").or_else(|| written.strip_prefix("The "))?;
    let head = rest.rsplit(' ').next()?;
    let person_noun = roles::is_role_noun(head) || in_list!(PEOPLE, head);
    // "a host of problems" counts; it is no host.
    if rest.split(' ').count() > 2 || !person_noun || QUANTIFIERS.contains(&head) || head.ends_with('s') && !head.ends_with("ss") {
        return None;
    }
    let named = mentions.nearest_with_role(at, head).map(|m| m.at);
    for p in (at.0.saturating_sub(SOURCE_REACH)..=at.0).rev() {
        let (text, toks) = (texts[p], &tokens[p]);
        let end = if p == at.0 { at.1.min(toks.len()) } else { toks.len() };
        for h in (0..end).rev().filter(|&h| toks[h].is_word() && toks[h].text(text).eq_ignore_ascii_case(head)) {
            if named.is_some_and(|n| n > (p, h)) {
                return None;
            }
            if let Some(a) = indefinite_start(text, toks, h) {
                // "A senior official in the finance ministry": the place the source is from is part of it.
                return Some(super::resolve::span(text, toks, a, past_modifiers(text, toks, h + 1)).to_string());
            }
        }
    }
    None
}
