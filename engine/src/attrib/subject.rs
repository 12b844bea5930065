//! A quotation with no cue in its sentence: the subject of the sentence is
//! its source ("At a rally, Trump likened the refugees to a “…”", "She
//! then urged …"), and the agent of a passive cue ("being told by one of
//! the trustees that “…”").

use super::find::{Clause, Context};
use super::names::{self, Phrase, PhraseKind};
use super::roles::Pronoun;
use super::tokens::Kind;

/// Auxiliaries that make a cue after them passive ("was told by").
const PASSIVE: &[&str] = &["being", "been", "was", "were", "is", "are", "be", "get", "got", "getting"];

/// Cues of telling someone, whose passive names the teller after "by".
const TELLING: &[&str] = &["told", "warned", "assured", "informed", "advised", "reminded"];

impl Context<'_> {
    /// With no cue at all, a proper name heading the clause of the quotation
    /// ("Riga has backed citizens who want to "…""), else the person who is
    /// the subject of its sentence, else a personal pronoun opening the
    /// sentence, is its source.
    pub(super) fn sentence_fallback(&self, p: usize, i: usize) -> Option<Clause> {
        self.fronted_clause_subject(p, i).or_else(|| self.clause_head(p, i)).or_else(|| self.clause_pronoun(p, self.sentence_start(p, i), i)).or_else(|| self.subject_person(p, i)).or_else(|| self.opening_pronoun(p, i))
    }

    /// "Since then, the actress has sounded off against … “…”": with no
    /// cue, no person named and no speech to carry on, a description
    /// opening the sentence of a quotation longer than a term is its source.
    pub(super) fn described_subject(&self, p: usize, i: usize) -> Option<Clause> {
        let clause = self.long_quotation(p, i).then(|| self.opening_phrase(p, i)).flatten()?;
        clause.speaker.is_some_and(|(s, _)| s.kind == PhraseKind::Description).then_some(clause)
    }

    /// Whether the quotation at token `i` is longer than a term and no list
    /// of terms: crediting it to a description opening its sentence cannot
    /// make a term speech.
    pub(super) fn long_quotation(&self, p: usize, i: usize) -> bool {
        let Kind::Quoted(q) = self.tokens[p][i].kind else { return false };
        let quotation = &self.quotations[q as usize];
        let pieces = quotation.parts.iter().filter_map(|s| self.texts.get(s.paragraph).and_then(|t| t.get(s.start..s.end)));
        crate::text::has_more_words_than(&quotation.text, crate::quotes::settle::TERM_WORDS) && !crate::quotes::kind_shape::is_term_list(pieces)
    }

    /// The subject heading the sentence of a cue at token `i` that has none
    /// of its own: a person named or a pronoun ("Trump unleashed a series
    /// of tweets Friday saying that …"), else a description opening it.
    pub(super) fn heading_subject(&self, p: usize, i: usize) -> Option<Clause> {
        self.subject_person(p, i).or_else(|| self.opening_pronoun(p, i)).or_else(|| self.opening_phrase(p, i)).or_else(|| self.opening_surname(p, i))
    }

    /// "Dean, a medical doctor, then appeared … saying": a lone title word
    /// opening the sentence before a description between commas and a
    /// lower-case verb is a surname and the subject.
    fn opening_surname(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        let phrase = super::appositives::title_as_surname(self.texts[p], toks, floor, floor, floor + 1).filter(|_| floor + 2 < i && toks[floor + 1].kind == Kind::Comma)?;
        let lower = |k: usize| toks[k].is_word() && self.word(p, k).starts_with(char::is_lowercase);
        let close = (floor + 2..i.min(floor + 18)).find(|&k| !toks[k].is_word() || !lower(k) && k == floor + 2)?;
        let verb = toks[close].kind == Kind::Comma && close + 1 < i && lower(close + 1);
        verb.then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, floor))), ..Clause::default() })
    }

    /// A description or a name opening the sentence of token `i` as its
    /// subject ("The Republican nominee also outlined … and vowed to …"),
    /// or opening its main clause after a lead-in phrase ("In May, several
    /// conservation groups granted her an extension, saying …").
    fn opening_phrase(&self, p: usize, i: usize) -> Option<Clause> {
        let floor = self.sentence_start(p, i);
        self.phrase_heading(p, floor, i).or_else(|| self.after_opening_adjunct(p, floor, i).and_then(|start| self.phrase_heading(p, start, i)))
    }

    /// The description or name at token `start` that is the subject of the
    /// verb after it, before the quotation at token `i`.
    fn phrase_heading(&self, p: usize, start: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let phrase = names::read_forward(self.texts[p], toks, start, i).filter(|s| s.written.0 == start && names::starts_like_subject(self.word(p, start)))?;
        let phrase = self.before_past_verb(p, names::before_verb(self.texts[p], toks, phrase));
        let next = toks.get(phrase.written.1).filter(|t| t.is_word()).map(|t| t.text(self.texts[p]));
        // "A month later, he …": a span of time before "later" or "ago" is no subject ("The family later released" is one).
        let span = matches!(self.word(p, phrase.written.1 - 1).trim_end_matches('s'), "minute" | "hour" | "day" | "week" | "month" | "year");
        let verb_next = next.is_some_and(|w| w.starts_with(char::is_lowercase) && !(span && matches!(w, "later" | "earlier" | "ago")));
        let words = phrase.written.0..phrase.written.1;
        let capitals = words.clone().all(|k| self.word(p, k).starts_with(char::is_uppercase));
        // "Preys on …": a lone capitalised word is a name only if the article names that person.
        let name = phrase.kind == PhraseKind::Name && capitals && (words.len() > 1 || self.mentions.names_person(self.word(p, start)));
        // "Band member Flea shared …": a role written before a capitalised name.
        let roled = phrase.kind == PhraseKind::Name && phrase.role.is_some() && phrase.name.is_some_and(|(a, b)| (a..b).all(|k| self.word(p, k).starts_with(char::is_uppercase)));
        // "The Republican nominee", "Candidate Jo Lee’s doctor", not "Every
        // time you appear", "Tesla posted a video" or "Governance lassitude".
        let verb_like = |w: &str| w.ends_with("ed") || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had" | "you" | "we" | "they" | "he" | "she" | "it");
        let clean = words.clone().all(|k| !verb_like(self.word(p, k)));
        // "In three interviews, the justice sounded off": a lower-case article after a lead-in heads one too.
        // "His office put out a statement saying …": a possessive determiner heads one too.
        // "Rubio’s campaign sent out a release saying …": so does a name in the possessive.
        let owner = self.capitalised_owner(self.word(p, start));
        let headed = owner || matches!(self.word(p, start), "The" | "A" | "An" | "the" | "a" | "an" | "His" | "Her" | "Their" | "Its") || words.clone().skip(1).any(|k| self.word(p, k).starts_with(char::is_uppercase)) || self.counted_group(p, phrase);
        let description = matches!(phrase.kind, PhraseKind::Description | PhraseKind::Org) && clean && headed && (2..=6).contains(&words.len());
        // "A senior official in the governor's office, speaking …, went further, conceding": an unnamed source keeps its modifiers.
        let phrase = super::unnamed::with_modifiers(self.texts[p], toks, phrase, i);
        (verb_next && (name || roled || description)).then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, start))), ..Clause::default() })
    }

    /// Whether a word is a capitalised name in the possessive ("Rubio’s"),
    /// not a contraction ("There’s", "It’s").
    fn capitalised_owner(&self, w: &str) -> bool {
        let stem = w.get(..w.len().saturating_sub(if w.ends_with("’s") { "’s".len() } else { 2 })).unwrap_or("");
        let contraction = matches!(stem, "There" | "Here" | "That" | "What" | "Who" | "Where" | "Let" | "This") || super::roles::pronoun(stem).is_some();
        names::is_capitalised(w) && super::name_parts::is_possessive(w) && !contraction
    }

    /// "In May, …": the token after the comma closing a short lead-in phrase
    /// that opens the sentence at `floor` with a capitalised word that opens
    /// no subject. Broader than [`super::unnamed::lead_in_end`], which needs
    /// one of its listed lead-in words: here no subject is read otherwise.
    fn after_opening_adjunct(&self, p: usize, floor: usize, i: usize) -> Option<usize> {
        let toks = &self.tokens[p];
        let first = self.word(p, floor);
        // "Shortly after the call ended, …": an adverb in -ly opens no subject either.
        let adverb = first.len() > 4 && first.ends_with("ly") && toks.get(floor + 1).is_some_and(|t| t.is_word() && t.text(self.texts[p]).starts_with(char::is_lowercase));
        if !toks[floor].is_word() || !first.starts_with(char::is_uppercase) || names::starts_like_subject(first) && !adverb {
            return None;
        }
        let comma = (floor + 1..i.min(floor + 8)).find(|&k| !toks[k].is_word())?;
        (toks[comma].kind == Kind::Comma && comma + 1 < i).then_some(comma + 1)
    }

    /// "several environmental groups granted Mr. Lee …": a phrase cut before
    /// a lower-case past form that has a word other than a determiner before
    /// it and an object opening after it (not "the elected officials").
    fn before_past_verb(&self, p: usize, phrase: Phrase) -> Phrase {
        let (start, end) = phrase.written;
        // "the justice sounded off on Trump": a particle after the verb opens its complement too.
        let particle = |k: usize| matches!(self.word(p, k), "off" | "out" | "back" | "up" | "down");
        let opens_object = |k: usize| k < end && (names::starts_like_subject(self.word(p, k)) || self.word(p, k).starts_with(char::is_uppercase) || particle(k));
        let past = (start + 1..end.saturating_sub(1)).find(|&k| {
            let w = self.word(p, k);
            w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()) && !names::DETERMINERS.contains(&self.word(p, k - 1).to_lowercase().as_str()) && !self.word(p, k - 1).ends_with("ly") && opens_object(k + 1)
        });
        past.map_or(phrase, |k| names::classify(self.texts[p], &self.tokens[p], start, k))
    }

    /// "several environmental groups", "two unions": a count or quantity
    /// before a lower-case plural noun, a group speaking.
    fn counted_group(&self, p: usize, phrase: Phrase) -> bool {
        let (start, end) = phrase.written;
        let last = self.word(p, end - 1);
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && last.bytes().all(|b| b.is_ascii_lowercase());
        plural && matches!(self.word(p, start).to_lowercase().as_str(), "several" | "some" | "many" | "two" | "three" | "four" | "five" | "both" | "other" | "most")
    }

    /// "A reader who shared the photo with the caption “…” told …": the
    /// subject opening the sentence of token `i`, followed by a relative
    /// clause that holds the quotation, is its source.
    pub(super) fn relative_subject(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        let phrase = names::read_forward(self.texts[p], toks, floor, i).filter(|s| s.written.0 == floor && names::starts_like_subject(self.word(p, floor)))?;
        let next = phrase.written.1;
        let relative = next < i && toks[next].is_word() && matches!(self.word(p, next), "who" | "which" | "that");
        let person = !matches!(phrase.kind, PhraseKind::Pronoun(_));
        (relative && person).then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, floor))), ..Clause::default() })
    }

    /// "Politifact seized on Trump’s claim that …": a name in the
    /// possessive right before the cue at `cue` (a noun) owns the words.
    pub(super) fn possessor(&self, p: usize, floor: usize, cue: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        let owner = if cue > floor && toks[cue - 1].is_word() { self.word(p, cue - 1) } else { "" };
        if !(owner.ends_with("’s") || owner.ends_with("'s")) || !owner.starts_with(char::is_uppercase) {
            return None;
        }
        let mut start = cue - 1;
        while start > floor && cue - start < 4 && toks[start - 1].is_word() && self.word(p, start - 1).starts_with(char::is_uppercase) {
            start -= 1;
        }
        Some(names::classify(self.texts[p], toks, start, cue)).filter(|s| s.kind == PhraseKind::Name && s.written.1 == cue)
    }

    /// "footage of Hillary Clinton asking, …": the name right before a
    /// participle at token `cue`, with no comma between, says it.
    pub(super) fn named_agent(&self, p: usize, cue: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, cue);
        let capital = cue > floor && toks[cue - 1].is_word() && self.word(p, cue - 1).starts_with(char::is_uppercase);
        if !capital || !super::cues::is_participle(self.word(p, cue)) {
            return None;
        }
        let mut start = cue - 1;
        while start > floor && cue - start < 4 && toks[start - 1].is_word() && self.word(p, start - 1).starts_with(char::is_uppercase) {
            start -= 1;
        }
        // "wrote a letter to Attorney General Loretta Lynch asking …": the one written to is no agent.
        let titled = (floor..start).rev().take_while(|&k| toks[k].is_word() && self.word(p, k).starts_with(char::is_uppercase)).take(4).last().unwrap_or(start);
        if titled > floor && toks[titled - 1].is_word() && matches!(self.word(p, titled - 1), "to" | "toward" | "towards") {
            return None;
        }
        Some(names::classify(self.texts[p], toks, start, cue)).filter(|s| s.kind == PhraseKind::Name && s.written.1 == cue)
    }

    /// "She says it underscores that …": a person subject of an earlier
    /// cue among `cues` outweighs "it" as the subject of a later one; the
    /// phrase and that cue.
    pub(super) fn outer_person(&self, p: usize, floor: usize, cues: &[(usize, usize)]) -> Option<(Phrase, (usize, usize))> {
        cues.iter().find_map(|&(cue, end)| {
            let phrase = names::subject_before(self.texts[p], &self.tokens[p], floor, cue)?;
            matches!(phrase.kind, PhraseKind::Name | PhraseKind::Pronoun(Pronoun::Person(_))).then_some((phrase, (cue, end)))
        })
    }

    /// "She recalled being told by one of the board members that …": after a
    /// passive cue ("being told by", "was warned by") the agent after "by",
    /// up to "that", a comma or the quotation at token `i`, is the speaker.
    pub(super) fn passive_agent(&self, p: usize, cue: usize, cue_end: usize, i: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        let auxiliary = cue > 0 && toks[cue - 1].is_word() && PASSIVE.contains(&self.word(p, cue - 1));
        if !auxiliary || !TELLING.contains(&self.word(p, cue)) || cue_end + 1 >= i || !toks[cue_end].is_word() || self.word(p, cue_end) != "by" {
            return None;
        }
        let from = cue_end + 1;
        let end = (from..i.min(from + 8)).find(|&k| !toks[k].is_word() || self.word(p, k) == "that").unwrap_or(i.min(from + 8));
        let phrase = names::classify(self.texts[p], toks, from, end);
        let fits = end > from && (end == i || !toks[end].is_word() || self.word(p, end) == "that");
        // "was quoted by the Post as saying": an outlet carries words, it does not say them.
        (fits && !matches!(phrase.kind, PhraseKind::Pronoun(Pronoun::Thing) | PhraseKind::Outlet)).then_some(phrase)
    }

    /// Whether the speaker phrase starting at token `a` of paragraph `p` is
    /// a passive cue's agent ("being told by one of the trustees"): the
    /// sentence's subject, not the agent, stays the one a later "she" means.
    pub(super) fn is_passive_agent(&self, p: usize, a: usize) -> bool {
        a >= 2 && self.tokens[p][a - 1].is_word() && self.word(p, a - 1) == "by" && TELLING.contains(&self.word(p, a - 2))
    }

    /// A proper name heading the clause of the quotation at token `i`.
    fn clause_head(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        let mut start = i;
        while start > floor && toks[start - 1].is_word() && !matches!(self.word(p, start - 1), "while" | "and" | "but" | "although" | "though" | "whereas") {
            start -= 1;
        }
        if start == i {
            return None;
        }
        let phrase = names::read_forward(self.texts[p], toks, start, i)?;
        let capital = self.word(p, start).chars().next().is_some_and(char::is_uppercase) && phrase.name.is_some();
        capital.then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, start))), ..Clause::default() })
    }

    /// The person named as the subject of the sentence before token `i`
    /// ("In an August speech, Trump attacked “…”").
    pub(super) fn subject_person(&self, p: usize, i: usize) -> Option<Clause> {
        let floor = self.sentence_start(p, i);
        let toks = &self.tokens[p];
        // "With leaders worried, President Obama is rolling out …": a
        // person's name (no possessive) heading its clause and followed by
        // a lower-case word is its subject.
        let verb_after = |end: usize| toks.get(end).is_some_and(|t| t.is_word() && t.text(self.texts[p]).starts_with(char::is_lowercase) && !matches!(t.text(self.texts[p]), "of" | "and" | "or" | "in" | "on" | "at" | "for" | "to" | "from" | "with"));
        let m = self.mentions.earlier((p, i)).take_while(|m| m.at >= (p, floor)).filter(|m| m.kind == PhraseKind::Name && !m.possessive && (m.subject || (m.strong || m.name.contains(' ')) && verb_after(m.end))).find(|m| self.heads(p, floor, m.at.1))?;
        self.person_clause(p, m.at.1)
    }

    /// Whether the name at token `at` heads the sentence from `floor` or the
    /// clause after a lead-in comma or a closing dash ("… ― much like he did
    /// last year ― Trump cast …"), at most a few title words after it ("In
    /// a speech, Senator Jo Park attacked"), not an object after a verb or a
    /// quotation, and is no run of capitals ("CONGRESS HAS INVESTIGATED HIM — …").
    fn heads(&self, p: usize, floor: usize, at: usize) -> bool {
        let toks = &self.tokens[p];
        let mut k = at;
        // "The groups granted Ms. Ruiz …": a name after a verb is its object.
        let verb = |k: usize| {
            let w = self.word(p, k);
            w.starts_with(char::is_lowercase) && (super::verbs::is_verb(w) || w.len() > 4 && w.ends_with("ed"))
        };
        while k > floor && toks[k - 1].is_word() && at - k < 4 && !verb(k - 1) {
            k -= 1;
        }
        let capitals = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.text(self.texts[p]).len() > 1 && !t.text(self.texts[p]).chars().any(char::is_lowercase));
        let shouted = capitals(at) && capitals(at + 1);
        // "Silverman, herself a Sanders supporter, …": a name after "a" modifies a noun.
        let modifier = at > floor && toks[at - 1].is_word() && matches!(self.word(p, at - 1), "a" | "an");
        !shouted && !modifier && (k == floor || matches!(toks[k - 1].kind, Kind::Comma | Kind::Dash))
    }

    /// "He", "She" or "They" opening the sentence of token `i`, followed by
    /// a lower-case word ("She then urges her husband … “…”").
    fn opening_pronoun(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, i);
        let verb = toks.get(floor + 1).filter(|t| t.is_word() && floor + 1 < i).is_some_and(|t| t.text(self.texts[p]).starts_with(char::is_lowercase));
        if !toks[floor].is_word() || !matches!(self.word(p, floor), "He" | "She" | "They") || !verb {
            return None;
        }
        let phrase = names::classify(self.texts[p], toks, floor, floor + 1);
        matches!(phrase.kind, PhraseKind::Pronoun(Pronoun::Person(_) | Pronoun::Plural))
            .then(|| Clause { paragraph: p, sentence: toks[i].sentence, speaker: Some((phrase, (p, floor))), ..Clause::default() })
    }

    /// A participle cue in an opening phrase ("After saying her foot was
    /// “…,” she was …"): the subject of the main clause, the name or
    /// pronoun right after the comma that closes the phrase, is its source.
    pub(super) fn main_clause_subject(&self, p: usize, floor: usize, cue: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let opener = toks[floor].is_word() && matches!(self.word(p, floor), "After" | "Before" | "While" | "When" | "Upon" | "Since");
        if !opener || cue != floor + 1 || !self.word(p, cue).ends_with("ing") {
            return None;
        }
        let sentence = toks[i].sentence;
        // The comma closing the phrase: inside the quotation ("…on,”) or after it.
        let start = if toks[i].text(self.texts[p]).trim_end().ends_with(',') { i + 1 } else { (i + 1..toks.len()).take_while(|&k| toks[k].sentence == sentence).find(|&k| toks[k].kind == Kind::Comma)? + 1 };
        let phrase = names::read_forward(self.texts[p], toks, start, toks.len()).filter(|s| s.written.0 == start)?;
        let person = matches!(phrase.kind, PhraseKind::Name | PhraseKind::Pronoun(Pronoun::Person(_)));
        person.then(|| Clause { paragraph: p, sentence, speaker: Some((phrase, (p, start))), ..Clause::default() })
    }

    /// "When reporters asked Grant about it, he smiled and said, “…”": a
    /// cue with no subject of its own (at token `cue`) takes the subject
    /// that opens the main clause after a comma, after the end (`from`) of
    /// an earlier cue whose subject (`earlier`) a subordinator opens, not
    /// that earlier cue's subject.
    pub(super) fn subject_after_cue(&self, p: usize, earlier: &Phrase, from: usize, cue: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        let start = earlier.written.0;
        let subordinate = start > 0 && toks[start - 1].is_word() && super::roles::SUBORDINATORS.contains(&self.word(p, start - 1).to_lowercase().as_str());
        if !subordinate || !self.elided(p, self.sentence_start(p, cue), cue) {
            return None;
        }
        let (phrase, (_, at)) = self.earlier_subject(p, from, cue)?.speaker?;
        (at > 0 && toks[at - 1].kind == Kind::Comma).then_some(phrase)
    }

    /// A cue with no subject of its own ("… and for saying that …") whose
    /// sentence has a person standing as a subject before it ("… where he
    /// appeared at a hearing … and for saying"): the nearest such person.
    pub(super) fn earlier_subject(&self, p: usize, floor: usize, cue: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let verb_after = |k: usize| toks.get(k + 1).is_some_and(|t| t.is_word() && t.text(self.texts[p]).chars().all(|c| c.is_ascii_lowercase()));
        let pronoun = (floor..cue).rev().find(|&k| toks[k].is_word() && matches!(super::roles::pronoun(self.word(p, k)), Some(Pronoun::Person(_) | Pronoun::Plural | Pronoun::Thing)) && verb_after(k));
        // "THE CAPITAL LOOKED AWAY — …": a run of capitals is a kicker, no one.
        let named = self.mentions.subject_between((p, floor), (p, cue)).filter(|m| m.name.chars().any(char::is_lowercase)).map(|m| m.at.1);
        let at = pronoun.max(named)?;
        if Some(at) == named {
            return self.person_clause(p, at);
        }
        let phrase = names::classify(self.texts[p], toks, at, at + 1);
        Some(Clause { paragraph: p, sentence: toks[at].sentence, speaker: Some((phrase, (p, at))), ..Clause::default() })
    }
}

impl Clause {
    /// Whether the clause is a description guessed from a sentence with no
    /// cue ([`Context::described_subject`]): no topic for later quotations.
    pub(super) fn is_guessed_description(&self) -> bool {
        self.cue.is_none() && self.document.is_none() && self.speaker.is_some_and(|(s, _)| s.kind == PhraseKind::Description)
    }
}
