//! Name phrases: the speaker phrase next to a cue, split into the name (titles
//! stripped), the role written around it, and what kind of phrase it is.

use crate::wordset::in_list;
use super::roles::{self, Gender, Pronoun};
use super::tokens::{Kind, Token};

/// What a speaker phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    /// A person's name ("Maj. Gen. Igor Konashenkov").
    Name,
    /// A subject pronoun ("he").
    Pronoun(Pronoun),
    /// A news outlet ("The Wall Street Journal", "the outlet").
    Outlet,
    /// An organisation or place ("the Canadian government", "Riga").
    Org,
    /// A description of a person ("one veteran", "the president").
    Description,
}

/// A speaker phrase as token ranges of one paragraph (`start..end`, end exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The whole phrase as written.
    pub written: (usize, usize),
    /// The name inside it, titles stripped (for names, outlets and orgs).
    pub name: Option<(usize, usize)>,
    /// The role written before the name ("Russian Defense Ministry spokesman").
    pub role: Option<(usize, usize)>,
    /// What the phrase is.
    pub kind: PhraseKind,
    /// The gender its words mark.
    pub gender: Gender,
    /// Whether a title or honorific stood before the name ("Mr.", "President").
    pub titled: bool,
}

/// Lower-case words that end a subject phrase when read backwards.
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "that", "and", "but", "while", "when", "because", "although", "though", "if", "so", "as", "whereas", "since",
    "until", "or", "nor", "yet", "where", "whether", "than", "said", "says", "told", "which",
];

/// Words that may stand between a subject and its cue ("Kirby also said").
const BETWEEN: &[&str] = &[
    "also", "has", "have", "had", "was", "is", "were", "are", "would", "will", "could", "can", "may", "might",
    "should", "did", "does", "do", "been", "later", "then", "again", "recently", "previously", "once", "earlier",
    "repeatedly", "reportedly", "publicly", "privately", "simply", "quickly", "often", "flatly", "bluntly", "just",
    "further", "never", "always", "already", "still", "even", "not", "separately", "similarly", "initially",
    "subsequently", "finally", "ultimately", "first", "today", "yesterday", "tonight", "last", "week", "night",
    "year", "month", "morning", "afternoon", "evening", "on", "this", "angrily", "famously", "memorably", "once",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "openly", "directly", "told", "s", "ve", "d", "ll", "re",
];

/// Lower-case words that may start a subject phrase.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "one", "two", "three", "some", "another", "several", "many", "most", "his", "her", "their",
    "its", "our", "this", "that", "these", "those", "both", "each", "every", "no", "other", "others", "officials",
    "sources", "experts", "analysts", "critics", "supporters", "residents", "people", "police", "authorities",
    "organizers", "organisers", "witnesses", "observers", "officers", "lawyers", "democrats", "republicans",
    "ex-secretary", "deputy", "former", "senior", "defence", "defense", "war", "press", "campaign", "white",
];

/// Prepositions and words that end a forward-read phrase.
pub(super) const PHRASE_END: &[&str] = &[
    "in", "on", "at", "from", "with", "for", "to", "by", "about", "during", "after", "before", "who", "which",
    "whom", "whose", "that", "when", "while", "as", "and", "but", "if", "because", "where", "than", "into", "over",
    "via", "since", "under", "without", "earlier", "later", "last", "this", "recently", "today", "yesterday",
    "told", "said", "says", "has", "had", "is", "was", "would", "will", "also", "en", "dans", "con", "por", "para",
    "durante", "auf", "mit", "im", "à", "sur", "desde", "tras",
];

/// Capitalised words that open an adverbial, not a subject ("Within …").
const LEADING_ADVERBIALS: &[&str] = &["within", "among", "amid", "alongside", "beyond", "across", "against", "toward", "towards", "despite", "though", "although", "however", "meanwhile", "instead", "still", "yet", "also", "then", "now", "here", "there", "speaking", "asked", "like", "unlike", "under", "over", "through", "following", "according", "overall", "finally", "first", "second", "third", "later", "earlier", "again", "indeed", "besides", "otherwise", "thus", "hence", "so", "but", "and", "or", "in", "on", "at", "for", "from", "with", "without", "to", "of", "by", "about", "after", "before", "during", "since", "until", "while", "when", "if", "because", "as", "rather", "along", "throughout", "upon", "moreover"];

/// Quantity words after which "of" continues a phrase ("one of the channels").
const QUANTITIES: &[&str] = &["one", "two", "three", "some", "many", "most", "none", "all", "each", "several", "any", "part", "member", "members", "both", "few"];

pub(super) fn word<'a>(text: &'a str, tokens: &[Token], i: usize) -> &'a str {
    tokens[i].text(text)
}

pub(super) fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) || super::intl_names::is_lower_name_word(w)
}

/// Reads the subject phrase that ends right before token `cue` (backwards,
/// skipping adverbs and auxiliaries, hopping over one appositive).
pub fn subject_before(text: &str, tokens: &[Token], floor: usize, cue: usize) -> Option<Phrase> {
    if let Some((a, b)) = super::unnamed::relative_subject(text, tokens, floor, cue) {
        return Some(classify(text, tokens, a, b));
    }
    if let Some(recalled) = super::cue_context::recalled_speaker(text, tokens, floor, cue) {
        return Some(recalled);
    }
    if let Some(share) = super::poll_share::share_before(text, tokens, floor, cue) {
        return Some(share);
    }
    let mut end = super::name_parts::before_habit(text, tokens, floor, cue);
    let perceived = |k: usize| super::cue_context::is_perceived(text, tokens, k) || word(text, tokens, k) == "be" && super::cue_context::is_perceived(text, tokens, k + 1);
    while end > floor && tokens[end - 1].is_word() && (in_list!(BETWEEN, word(text, tokens, end - 1)) || edges::is_adverb_after_subject(text, tokens, floor, end - 1) || perceived(end - 1)) {
        end -= 1;
    }
    // "to what it called …": a subject pronoun right before the cue is the
    // whole subject, whatever the words before it.
    if end > floor && tokens[end - 1].is_word() && roles::pronoun(word(text, tokens, end - 1)).is_some() {
        return Some(classify(text, tokens, end - 1, end));
    }
    if let Some(source) = super::unnamed::source_ending_at(text, tokens, floor, end) {
        return Some(source);
    }
    end = edges::before_relative(text, tokens, floor, edges::before_brackets(text, tokens, floor, end));
    // "The bill, formally titled “On Martial Law,” states": a quoted title closing the appositive is passed over.
    let titled = |k: usize| tokens[k].is_word() && matches!(word(text, tokens, k), "titled" | "entitled" | "named");
    if end >= floor + 2 && matches!(tokens[end - 1].kind, Kind::Quoted(_)) && titled(end - 2) {
        end -= 1;
    }
    if let Some(phrase) = super::subordinate_subject::time_clause_subject(text, tokens, floor, end) {
        return Some(phrase);
    }
    let mut fallback = None;
    let mut tag = None;
    let cue_end = end;
    for _ in 0..4 {
        let start = super::name_parts::after_adverb(text, tokens, segment_start(text, tokens, floor, end), end);
        // "That letter demanded": a demonstrative opening the sentence determines the noun after it.
        let demonstrative = (start == floor || start == floor + 1) && floor + 1 < end && tokens[floor].is_word() && tokens[floor + 1].is_word() && super::stray::demonstrative_noun(word(text, tokens, floor), word(text, tokens, floor + 1));
        let start = if demonstrative { floor } else { start };
        // "Ann Kowal, D-Ohio, said": a party–state tag is her affiliation.
        if start + 1 == end && super::name_parts::is_party_tag(word(text, tokens, start)) || super::name_parts::is_party_of_place(text, tokens, start, end) {
            tag = tag.or(Some((start, end)));
        } else if start < end && !super::insertions::passed_over(text, tokens, floor, start, end) {
            // "Tom Hale, in Ohio, said", "Cory James, 22, of Flint, Mich., said": an insertion is passed over.
            let phrase = read_forward(text, tokens, start, end);
            // ", where the school is situated,": an inserted clause's subject is not the speaker.
            // "Frost, the party's leader since 2019, told": a year after a word is no subject.
            let year = start > floor && word(text, tokens, start).bytes().all(|b| b.is_ascii_digit()) && matches!(word(text, tokens, start - 1), "since" | "until");
            // "when a man in Leeds told", "when Paul Ryan of Wisconsin lamented": a subject running to the cue is no insertion.
            let inserted = |p: &Phrase| year || !super::post_modifiers::reaches_cue(text, tokens, *p, end) && start > floor && matches!(word(text, tokens, start - 1), "where" | "when" | "who" | "which" | "whose");
            if let Some(p) = phrase.filter(|p| p.written.0 == start && !inserted(p)).map(|p| edges::before_verb(text, tokens, super::inner_clause::after_inner_verb(text, tokens, p, end == cue_end))) {
                // "… a fine after the man had posted": the subject after a subordinating word.
                let p = super::subordinate_subject::subject_after(text, tokens, p, end).unwrap_or(p);
                if demonstrative || starts_like_subject(word(text, tokens, p.written.0)) || p.kind == PhraseKind::Name || edges::is_bare_plural(text, tokens, p, end) {
                    let p = edges::named_at_end(text, tokens, start, end, p).unwrap_or(p);
                    let found = apposed::appositive_name(text, tokens, floor, p).or_else(|| apposed::office_appositive(text, tokens, floor, p)).unwrap_or_else(|| apposed::described_before(text, tokens, floor, p));
                    let found = if found.written == p.written { super::post_modifiers::through_modifier(text, tokens, found, end) } else { found };
                    return Some(Phrase { role: found.role.or(tag.filter(|_| found.kind == PhraseKind::Name)), ..found });
                }
                // "During a visit, then-minister of infrastructure Amy Sohi
                // said": failing a subject before the commas, a lower-case
                // role ends in the name right before the cue.
                fallback = fallback.or_else(|| edges::named_at_end(text, tokens, start, end, p)).or_else(|| edges::across_and(text, tokens, floor, start, end));
            }
        }
        match previous_comma(tokens, floor, start) {
            Some(comma) => end = comma,
            None => break,
        }
    }
    fallback
}

/// The comma that opens the appositive holding token `start`: the nearest
/// comma before it, crossing words and symbols ("U.S.-based") but not the
/// end of a clause or a quotation.
pub(super) fn previous_comma(tokens: &[Token], floor: usize, start: usize) -> Option<usize> {
    let mut k = start;
    while k > floor && start - k < 24 {
        match tokens[k - 1].kind {
            Kind::Comma => return Some(k - 1),
            Kind::Word | Kind::Other | Kind::Bracket | Kind::Dash => k -= 1,
            _ => return None,
        }
    }
    None
}

/// Whether a word can open a subject phrase.
pub fn starts_like_subject(first: &str) -> bool {
    if is_capitalised(first) {
        // "However", "In", "That": a capitalised clause word or adverbial opens none.
        return !is_opening_word(first);
    }
    in_list!(DETERMINERS, first) || roles::pronoun(first).is_some() || first.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether a word, lower-cased, is in [`PHRASE_END`], [`CLAUSE_WORDS`] or
/// [`LEADING_ADVERBIALS`] (one table; an ASCII word is folded without allocating).
fn is_opening_word(word: &str) -> bool {
    static SET: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| crate::wordset::WordSet::new(&[PHRASE_END, CLAUSE_WORDS, LEADING_ADVERBIALS]));
    if word.is_ascii() {
        set.contains_ascii_lower(word)
    } else {
        set.contains(&word.to_lowercase())
    }
}

/// Whether a lower-case word opens a clause or a prepositional phrase, never a subject ("that", "on").
pub fn opens_no_subject(w: &str) -> bool {
    in_list!(PHRASE_END, w) || in_list!(CLAUSE_WORDS, w)
}

/// The first token of the word run that ends at `end` (stops at punctuation,
/// quotations and clause words; a parenthetical right before `end` is skipped).
pub(super) fn segment_start(text: &str, tokens: &[Token], floor: usize, end: usize) -> usize {
    // "Del. Marcia Lowe (D-Norfolk), shouted": a closing parenthetical is no word of the run.
    let mut start = edges::before_brackets(text, tokens, floor, end);
    // "“…,” Will wrote": a surname that is also a clause word, right before the cue.
    let surname = |s: usize| s == end && super::surname_words::is_surname_before_cue(text, tokens, s - 1, s - 1, s);
    while start > floor && (tokens[start - 1].is_word() && (!is_clause_word(word(text, tokens, start - 1)) || edges::continues_org(text, tokens, start - 1) || surname(start)) || is_joiner(text, tokens, start - 1)) {
        start -= 1;
    }
    start
}

fn is_clause_word(w: &str) -> bool {
    in_list!(CLAUSE_WORDS, w) || is_capitalised(w) && w.len() <= 8 && CLAUSE_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// Reads a phrase forwards from `start`, no further than `limit`: a head noun
/// phrase that stops at prepositions, relative pronouns and participles.
pub fn read_forward(text: &str, tokens: &[Token], start: usize, limit: usize) -> Option<Phrase> {
    if start < limit && tokens[start].is_word() && roles::pronoun(word(text, tokens, start)).is_some() {
        return Some(classify(text, tokens, start, start + 1));
    }
    let mut end = start;
    while end < limit && end - start < 12 && (tokens[end].is_word() || end > start && end + 1 < limit && is_joiner(text, tokens, end)) {
        let w = word(text, tokens, end);
        let lower_stop = !is_capitalised(w) && end > start && (in_list!(PHRASE_END, w) || w.ends_with("ing") && !in_list!(DETERMINERS, word(text, tokens, end - 1)) && !edges::ing_modifies_noun(text, tokens, end, limit) || edges::is_day(w)) && !edges::continues_org(text, tokens, end) && !edges::continues_role(text, tokens, end);
        let of_stop = w == "of" && end > start && of_ends_phrase(text, tokens, start, end) && !edges::continues_org(text, tokens, end);
        // "told FactLine she had": a subject pronoun opens the next clause, it is no part of a name.
        let pronoun_stop = end > start && !is_capitalised(w) && roles::pronoun(w).is_some();
        // "the decree says": a cue form right after a determiner is the noun.
        let cue_stop = super::cues::is_cue_word(w) && !is_capitalised(w) && !matches!(word(text, tokens, end.saturating_sub(1)), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this");
        // "a Wednesday editorial": a day right after an article modifies the noun after it.
        let day_stop = edges::is_day(w) && !(end == start + 1 && matches!(word(text, tokens, start), "a" | "an" | "the" | "A" | "An" | "The"));
        if lower_stop || of_stop || pronoun_stop || (end > start && (day_stop || cue_stop)) {
            break;
        }
        end += 1;
    }
    if end > start && word(text, tokens, end - 1) == "of" {
        end -= 1;
    }
    (end > start).then(|| edges::joined_by_and(text, tokens, classify(text, tokens, start, end), limit))
}

/// Whether "of" at `at` ends the phrase: it continues after a quantity word
/// ("one of the …") or a title ("Secretary of State"), not after a full name.
/// Whether a lower-case word is a quantity that "of" or a determiner may follow ("all", "several").
pub(super) fn is_quantity(w: &str) -> bool {
    in_list!(QUANTITIES, w)
}

fn of_ends_phrase(text: &str, tokens: &[Token], start: usize, at: usize) -> bool {
    let before = word(text, tokens, at - 1);
    let next_capital = at + 1 < tokens.len() && tokens[at + 1].is_word() && is_capitalised(word(text, tokens, at + 1));
    // "the mother of two said": a count ends a family description.
    let count = tokens.get(at + 1).is_some_and(|t| t.is_word() && super::described_as::is_number(t.text(text)));
    if in_list!(QUANTITIES, before.to_lowercase().as_str()) || count && tokens.get(at + 2).is_none_or(|t| !t.is_word() || super::cues::is_cue_word(t.text(text))) {
        return false;
    }
    if roles::is_title(before) && next_capital && at - start <= 3 {
        return false;
    }
    true
}

/// Classifies the phrase `tokens[start..end]`.
pub fn classify(text: &str, tokens: &[Token], start: usize, end: usize) -> Phrase {
    let mut phrase = Phrase { written: (start, end), name: None, role: None, kind: PhraseKind::Description, gender: Gender::Unknown, titled: false };
    let last = word(text, tokens, end - 1);
    if end - start == 1 {
        if let Some(p) = roles::pronoun(last) {
            phrase.kind = PhraseKind::Pronoun(p);
            if let Pronoun::Person(g) = p {
                phrase.gender = g;
            }
            return phrase;
        }
    }
    if let Some(cut) = super::name_parts::without_post_nominals(text, tokens, start, end) {
        return cut;
    }
    if !is_capitalised(last) {
        phrase.kind = if roles::is_outlet_noun(last) {
            PhraseKind::Outlet
        } else if roles::is_org_noun(last) {
            PhraseKind::Org
        } else {
            PhraseKind::Description
        };
        phrase.gender = roles::gender_of_noun(last);
        return phrase;
    }
    let mut run = end - 1;
    while run > start && (is_capitalised(word(text, tokens, run - 1)) && !is_possessive(word(text, tokens, run - 1)) || is_joiner(text, tokens, run - 1) || super::intl_names::particle_inside(text, tokens, run - 1, start) || edges::continues_org(text, tokens, run - 1)) {
        run -= 1;
    }
    let run = super::intl_names::with_leading_particles(text, tokens, start, edges::possessive_office(text, tokens, start, run, end));
    let mut name_start = run;
    let mut prev: Option<roles::NameWord> = None;
    // The lexicon's gender of the first words of the run, read once here for the tests below.
    let mut genders = [Gender::Unknown; 8];
    for i in run..end {
        let w = word(text, tokens, i);
        let facts = roles::name_word(w);
        if let Some(gender) = genders.get_mut(i - run) {
            *gender = facts.gender;
        }
        // "Michael Every", "Theresa May": after a first name, a word that
        // is otherwise no name is a surname; so is the last word after a
        // title ("Ms. May").
        let surname = prev.is_some_and(|prev| !prev.title && prev.gender != Gender::Unknown || prev.title && i + 1 == end) || facts.not_name && super::surname_words::is_surname_before_cue(text, tokens, i, start, end);
        if facts.title && !super::name_parts::ends_in_suffix(w, i, run, end) || facts.not_name && !surname && !super::intl_names::family_name_before(text, tokens, i, end) {
            name_start = i + 1;
            phrase.titled |= facts.title;
            phrase.gender = merge(phrase.gender, facts.gender);
        }
        prev = Some(facts);
    }
    if name_start >= end {
        // "Global Affairs": a run of title words ending in an organisation word names the organisation.
        let first = (run..end).find(|&i| !matches!(word(text, tokens, i), "The" | "A" | "An")).unwrap_or(end);
        let org = first < end && (first..end).any(|i| roles::is_org_word(word(text, tokens, i))) && (first..end).all(|i| !roles::is_not_name(word(text, tokens, i)));
        phrase.kind = if org { PhraseKind::Org } else { PhraseKind::Description };
        phrase.name = org.then_some((first, end));
        return phrase;
    }
    // "Organizer Dwayne Croteau": a capitalised role word before a known
    // first name belongs to the role, and the first name gives the gender.
    let gender_at = |i: usize| genders.get(i - run).copied().unwrap_or_else(|| roles::gender_of_word(word(text, tokens, i)));
    if let Some(first) = (name_start..end.saturating_sub(1)).find(|&i| gender_at(i) != Gender::Unknown) {
        if first > name_start && !is_possessive(word(text, tokens, first - 1)) {
            name_start = first;
        }
    }
    // "Neighbour Farid Haddad": a capitalised role noun opening three or more words is the role ("Brothers Tomas …": a plural one, two).
    name_start += usize::from(end - name_start >= 3 && roles::is_role_noun(word(text, tokens, name_start)) || end - name_start >= 2 && super::name_parts::is_plural_role(word(text, tokens, name_start)));
    phrase.gender = merge(phrase.gender, gender_at(name_start));
    phrase.name = Some((name_start, end));
    phrase.kind = edges::kind_of_words(text, tokens, name_start, end);
    if let Some(org_start) = edges::org_name_start(text, tokens, run, name_start, end, phrase.kind) {
        phrase.kind = PhraseKind::Org;
        phrase.name = Some((org_start, end));
        name_start = org_start;
    }
    // "Ethan Park, a student,": a given name and a place word that is also a surname, set off by a person's role or age.
    if phrase.kind == PhraseKind::Org && super::name_parts::is_given_name_and_surname_place(text, tokens, name_start, end) && (super::salience::has_role_after(text, tokens, end) || super::salience::has_age(text, tokens, end)) {
        (phrase.kind, phrase.name) = (PhraseKind::Name, Some((name_start, end)));
    }
    let role_start = if start < name_start && matches!(word(text, tokens, start), "the" | "The" | "a" | "an") { start + 1 } else { start };
    if role_start < name_start {
        phrase.role = Some((role_start, name_start));
    }
    phrase
}

fn merge(a: Gender, b: Gender) -> Gender {
    if a == Gender::Unknown { b } else { a }
}

pub use edges::{before_verb, continues_org, is_acronym, is_nickname_at, is_org_title, name_kind, with_role_after};
pub use super::name_parts::{has_nickname, is_particle_surname, is_plural_role, is_possessive, role_then_name, surname_of, without_nickname, without_possessive};
use edges::is_joiner;

use super::names_edges as edges;
use super::appositives as apposed;
