//! Finding the attribution clause of a quotation: after it ("…," X said),
//! between its parts, before it in its sentence (X said: "…"), on a line of
//! its own before it ("X:"), or inherited from the previous speaker.

use super::cue_context;
use super::cues;
use super::names::{self, Phrase, PhraseKind};
use super::resolve::{LastSpeaker, Mentions, Place};
use super::roles::Pronoun;
use super::tokens::{Kind, Token};
use super::via;
use crate::model::{Kind as QuoteKind, Quotation, Role};

/// How many tokens an attribution clause may reach from its quotation, so
/// no lookup ever scans a whole paragraph per quotation.
const REACH: usize = 60;

/// An article's tokens and quotations, shared by every lookup.
pub struct Context<'a> {
    /// Paragraph texts.
    pub texts: &'a [&'a str],
    /// Paragraph tokens.
    pub tokens: &'a [Vec<Token>],
    /// The article's quotations.
    pub quotations: &'a [Quotation],
    /// The (paragraph, token) of each part of each quotation.
    pub places: &'a [Vec<Place>],
    /// The names of the article, indexed once.
    pub mentions: &'a Mentions<'a>,
    /// The part each paragraph plays (body, heading, caption …).
    pub roles: &'a [Role],
}

/// What was found for one quotation, as token ranges of `paragraph`.
#[derive(Clone, Debug, Default)]
pub struct Clause {
    /// The paragraph holding the clause.
    pub paragraph: usize,
    /// The sentence number of the clause in that paragraph.
    pub sentence: u32,
    /// The speaker phrase and where it stands.
    pub speaker: Option<(Phrase, Place)>,
    /// The cue's tokens.
    pub cue: Option<(usize, usize)>,
    /// The credited outlet's tokens.
    pub via: Option<(usize, usize)>,
    /// A speaker carried over from the previous attribution.
    pub inherited: Option<LastSpeaker>,
    /// Whether the inherited speaker's outlet is carried over too.
    pub inherit_via: bool,
    /// Whether the inherited cue is carried over too (a split quotation).
    pub inherit_cue: bool,
    /// Whether speaker and cue stand in the quotation's own sentence.
    pub direct: bool,
    /// A document that reads the quotation ("“…,” the email read"): its
    /// paragraph, its phrase and its cue, the speaker as written and the cue.
    pub document: Option<super::document_after::DocumentRead>,
}

impl<'a> Context<'a> {
    pub(super) fn word(&self, p: usize, i: usize) -> &'a str {
        self.tokens[p][i].text(self.texts[p])
    }

    /// The attribution clause of quotation `q`, if any.
    pub fn clause_of(&self, q: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        let places = &self.places[q];
        let &(p, first) = places.first()?;
        if let Some(answer) = self.interview(p, first).or_else(|| self.dash_label_clause(p, first)) {
            return Some(answer);
        }
        let opens = self.sentence_start(p, first) == first;
        let before_first = if opens { None } else { self.colon_clause(p, first).or_else(|| self.view_of(p, first)).or_else(|| self.before(p, first, last)) };
        let before_first = self.preferred_before(before_first, places, last);
        before_first
            // "During their phone call, the leaders “…,” the White House said": the clause right after outweighs the noun.
            .or_else(|| if opens { None } else { self.possessive_speech(p, first).map(|c| self.reported_right_after(places).unwrap_or(c)) })
            .or_else(|| places.iter().find_map(|&(p, i)| self.after(p, i, opens, last)).map(|c| self.copy_seen(self.relayed(c), first)))
            .or_else(|| if opens { self.before(p, first, last) } else { None })
            .or_else(|| self.lead_in_colon(p, first, last))
            .or_else(|| self.colon_line(p, first))
            .or_else(|| self.document_subject(p, first).or_else(|| self.document_read(places, last)).or_else(|| self.caption_subject(p, first)))
            .or_else(|| self.signed_below(places))
            .or_else(|| self.continuation(p, first, last).or_else(|| self.predicate_quote(p, first, last)))
            .or_else(|| self.sentence_fallback(p, first))
            .or_else(|| self.carried_on(p, first, last))
            .or_else(|| self.described_subject(p, first))
            .and_then(|c| self.without_stray(c))
            .map(|c| self.quoted_object(c))
    }

    /// The tokens of the sentence of token `i` after it, up to the next speech quotation.
    fn after_end(&self, p: usize, i: usize) -> usize {
        let toks = &self.tokens[p];
        let sentence = toks[i].sentence;
        let mut end = i + 1;
        while end < toks.len() && end - i <= REACH && toks[end].sentence == sentence && !self.is_speech(&toks[end]) {
            end += 1;
        }
        end
    }

    pub(super) fn is_speech(&self, token: &Token) -> bool {
        matches!(token.kind, Kind::Quoted(q) if self.quotations[q as usize].kind == QuoteKind::Quote)
    }

    /// The first token of the sentence of token `i` (at most [`REACH`] back).
    pub(super) fn sentence_start(&self, p: usize, i: usize) -> usize {
        let toks = &self.tokens[p];
        let mut start = i;
        while start > 0 && i - start < REACH && toks[start - 1].sentence == toks[i].sentence {
            start -= 1;
        }
        start
    }

    /// "…," X said / "…," said X / "…" — X, in the clause after token `i`.
    pub(super) fn after(&self, p: usize, i: usize, opens: bool, last: Option<&LastSpeaker>) -> Option<Clause> {
        let toks = &self.tokens[p];
        let text = self.texts[p];
        if self.ends_sentence(p, i) {
            return None;
        }
        let end = self.after_end(p, i);
        let mut start = i + 1;
        while start < end && toks[start].kind == Kind::Comma {
            start += 1;
        }
        let mut clause = Clause { paragraph: p, sentence: toks[i].sentence, direct: opens, ..Clause::default() };
        if start < end && toks[start].kind == Kind::Dash {
            let phrase = names::read_forward(text, toks, start + 1, end)?;
            // "…” — a significant finding, researchers say": the phrase
            // after the dash is the source only when it ends the clause.
            let next = phrase.written.1;
            if next >= end || !toks[next].is_word() || self.cue_at(p, next, end).is_some() {
                clause.speaker = Some((phrase, (p, start + 1)));
                // "“…” — Mira Haddad, an activist, in a post on X on Sunday."
                clause.via = self.credited(p, "", next, end);
                return Some(clause);
            }
        }
        let (cue, cue_end) = self.first_cue(p, start, end)?;
        clause.cue = Some((cue, cue_end));
        let cue_word = self.word(p, cue);
        let inverted = cue == start || (start..cue).all(|k| toks[k].is_word() && matches!(self.word(p, k), "also" | "then" | "later"));
        // "…” — and many fail, said Dr. Jo Lee": a cue after a comma with
        // a name right after it is inverted whatever stands before the comma ("told X": X is told).
        let named_after = || names::read_forward(text, toks, cue_end, end).is_some_and(|s| s.kind == PhraseKind::Name && s.written.0 == cue_end && names::starts_like_subject(self.word(p, cue_end)));
        let described = || super::inverted_after::described_after(text, toks, cue_word, cue_end, end);
        let inverted = inverted || toks[cue - 1].kind == Kind::Comma && !cues::is_telling(cue_word) && (named_after() || described());
        // "…” of its pipes, according to X": the words before a source preposition are no subject.
        let subject = if inverted || cues::is_source_preposition(cue_word) { None } else { names::subject_before(text, toks, start, cue) };
        // "…,” Science Weekly was told by Mills": the one told is the outlet, the speaker follows "by".
        let passive = self.passive_told(p, start, cue);
        let by = cue_end + 1 < end && self.word(p, cue_end) == "by";
        let agent = (passive && by)
            .then(|| names::read_forward(text, toks, cue_end + 1, end).filter(|s| s.kind == PhraseKind::Name).or_else(|| self.passive_agent(p, cue, cue_end, end)))
            .flatten();
        if let Some(by) = agent {
            clause.speaker = Some((by, (p, by.written.0)));
            clause.via = subject.filter(|s| !matches!(s.kind, PhraseKind::Pronoun(_))).map(|s| s.written);
            return Some(clause);
        }
        // "…,” the Kestrel Advertiser was told.": the one told, no speaker.
        if passive && !by {
            clause.via = subject.filter(|s| s.kind == PhraseKind::Outlet).map(|s| s.name.unwrap_or(s.written));
            return Some(clause);
        }
        let speaker = subject.or_else(|| {
            names::read_forward(text, toks, cue_end, end).map(|s| names::with_role_after(text, toks, names::role_then_name(text, toks, s, end), end))
                // "…” suggests that Phoenix …": a complementiser opens no speaker.
                .filter(|s| !names::opens_no_subject(self.word(p, s.written.0)))
                .filter(|s| names::starts_like_subject(self.word(p, s.written.0)) || s.kind == PhraseKind::Name)
                .filter(|_| (inverted || cues::is_source_preposition(cue_word)) && !cues::is_telling(cue_word))
                .or_else(|| inverted.then(|| super::inverted_after::role_of_then_name(text, toks, cue_end, end)).flatten())
        });
        match speaker {
            Some(phrase) => clause.speaker = Some((phrase, (p, phrase.written.0))),
            None if opens && cue == start => {
                if let Some(reporter) = self.reporting_clause_before(p, i) {
                    clause.speaker = reporter.speaker;
                    clause.via = reporter.via;
                    clause.cue = Some((cue, cue_end));
                    return Some(clause);
                }
                clause.inherited = last.cloned();
                clause.inherit_via = true;
            }
            // "A reader who shared it with the caption “…” told FactLine":
            // the one told is no speaker, the subject the quotation sits in is.
            None if cues::is_telling(cue_word) && !opens => clause.speaker = self.relative_subject(p, i)?.speaker,
            None => return None,
        }
        let via_from = speaker.filter(|s| s.written.0 >= cue_end).map_or(cue_end, |s| s.written.1);
        clause.via = self.credited(p, cue_word, via_from, end);
        Some(clause)
    }

    /// X said: "…" / X said that … "…" / according to X, "…" before token `i`.
    fn before(&self, p: usize, i: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        let toks = &self.tokens[p];
        let text = self.texts[p];
        let floor = self.sentence_start(p, i);
        let mut cues = self.cues_in(p, floor, i);
        // "Lee said that Hale’s claim … is “…”": the quotation judges the claim, the outer cue speaks.
        if cues.len() > 1 && cues.last().is_some_and(|&(c, _)| self.judged_claim(p, floor, c, i)) {
            cues.pop();
        }
        let &(mut cue, mut cue_end) = cues.last()?;
        let direct = self.complement_of(p, cue_end, i);
        let mut clause = Clause { paragraph: p, sentence: toks[i].sentence, direct, ..Clause::default() };
        if cues::is_source_preposition(self.word(p, cue)) {
            let phrase = names::read_forward(text, toks, cue_end, i)?;
            clause.cue = Some((cue, cue_end));
            clause.speaker = Some((phrase, (p, phrase.written.0)));
            return Some(clause);
        }
        if let Some(phrase) = self.inverted_before(p, floor, (cue, cue_end), i) {
            clause.cue = Some((cue, cue_end));
            clause.speaker = Some((phrase, (p, phrase.written.0)));
            clause.direct = true;
            return Some(clause);
        }
        let own_cue = (cue, cue_end);
        if let Some(owner) = self.possessor(p, floor, cue).or_else(|| self.named_agent(p, cue)).or_else(|| self.passive_agent(p, cue, cue_end, i)) {
            return Some(Clause { cue: Some(own_cue), speaker: Some((owner, (p, owner.written.0))), ..clause });
        }
        // "The Kestrel Advertiser was told: “…”": the one told is no speaker.
        if self.passive_told(p, floor, cue) {
            let told = names::subject_before(text, toks, floor, cue).filter(|s| s.kind == PhraseKind::Outlet);
            return Some(Clause { cue: Some((cue, cue_end)), via: told.map(|s| s.name.unwrap_or(s.written)), ..clause });
        }
        let mut subject = names::subject_before(text, toks, floor, cue).filter(|_| !self.elided(p, floor, cue)).or_else(|| self.fronted_main_subject(p, floor, cue).filter(|_| self.elided(p, floor, cue)));
        // "The longtime senator said he rarely asks …, “…”": a pronoun right
        // after an earlier cue is that cue's speaker reporting himself.
        if let Some(outer) = subject.filter(|s| matches!(s.kind, PhraseKind::Pronoun(Pronoun::Person(_)))).and_then(|s| self.reporting_self(p, floor, &cues, s.written.0)) {
            (subject, cue, cue_end) = (Some(outer.0), outer.1 .0, outer.1 .1);
        }
        let mut k = cues.len() - 1;
        while subject.is_none() && k > 0 {
            k -= 1;
            (cue, cue_end) = cues[k];
            subject = names::subject_before(text, toks, floor, cue).filter(|_| !self.elided(p, floor, cue));
        }
        if let Some(nearer) = subject.filter(|_| k + 1 < cues.len()).and_then(|s| self.subject_after_cue(p, &s, cue_end, own_cue.0)) {
            (subject, k, (cue, cue_end)) = (Some(nearer), cues.len() - 1, own_cue);
        }
        // "Cole was criticized for it, though last week she used stronger language, saying …".
        if let Some(nearer) = subject.filter(|_| k + 1 < cues.len() && self.elided(p, floor, own_cue.0)).and_then(|_| self.clause_pronoun(p, cue_end, own_cue.0)?.speaker) {
            (subject, k, (cue, cue_end)) = (Some(nearer.0), cues.len() - 1, own_cue);
        }
        // "Lee continued, saying that …": a light participle right after the
        // verb with the subject defers to it; after that verb's own complement
        // ("rejected the plan, saying …") it is the cue.
        let light = cues::is_light(self.word(p, own_cue.0)) && k + 1 < cues.len() && (cue_end..own_cue.0).all(|t| toks[t].kind == Kind::Comma);
        clause.cue = Some(if light { (cue, cue_end) } else { own_cue });
        if let Some((phrase, outer)) = subject.filter(|s| s.kind == PhraseKind::Pronoun(Pronoun::Thing)).and_then(|_| self.outer_person(p, floor, &cues[..k])) {
            // "…, adding that it faced what it called “…”": a naming verb next to the quotation stays its cue.
            let kept = if cues::is_naming(self.word(p, own_cue.0)) { own_cue } else { outer };
            (subject, clause.cue, (cue, cue_end)) = (Some(phrase), Some(kept), outer);
        }
        match subject {
            Some(phrase) => clause.speaker = Some((phrase, (p, phrase.written.0))),
            None if self.elided(p, floor, own_cue.0) => match self.main_clause_subject(p, floor, own_cue.0, i).or_else(|| self.clause_pronoun(p, floor, own_cue.0)).or_else(|| self.heading_subject(p, own_cue.0)).or_else(|| self.earlier_subject(p, floor, own_cue.0)) {
                Some(heading) => clause.speaker = heading.speaker,
                None => clause.inherited = last.cloned(),
            },
            None => return None,
        }
        clause.via = self.credited(p, self.word(p, cue), cue_end, i);
        Some(clause)
    }

    /// "…, asks editor Jo Lee, “…”" / "Said Lee: “…”": a cue that opens
    /// its clause, then the speaker, then only a comma or colon before the
    /// quotation at token `i`.
    fn inverted_before(&self, p: usize, floor: usize, (cue, cue_end): (usize, usize), i: usize) -> Option<Phrase> {
        let toks = &self.tokens[p];
        let opens = cue == floor || toks[cue - 1].kind == Kind::Comma;
        // "…, told POLITICO, “…”": the one told listens, "told" is never inverted.
        let told = matches!(self.word(p, cue), "told" | "tells" | "tell");
        if !opens || told || cues::is_participle(self.word(p, cue)) || cues::is_source_preposition(self.word(p, cue)) {
            return None;
        }
        // "Hugo Lind, wrote on LinkedIn: “…”": a name right before the comma is the subject.
        let named_before = cue > floor && names::subject_before(self.texts[p], toks, floor, cue - 1).is_some_and(|s| s.kind == PhraseKind::Name && s.written.1 == cue - 1);
        let first = self.word(p, cue_end.min(i));
        if named_before || names::opens_no_subject(first) {
            return None;
        }
        let phrase = names::read_forward(self.texts[p], toks, cue_end, i)?;
        let bare = (phrase.written.1..i).all(|k| matches!(toks[k].kind, Kind::Comma | Kind::Colon)) && phrase.written.1 < i;
        (bare && phrase.written.0 == cue_end && phrase.kind == PhraseKind::Name).then_some(phrase)
    }

    /// Whether the cue at `cue` has no subject of its own ("…, adding", "but added").
    pub(super) fn elided(&self, p: usize, floor: usize, cue: usize) -> bool {
        let toks = &self.tokens[p];
        let before = cue.checked_sub(1).filter(|&b| b >= floor);
        // "adding …" has no subject; "It’s denouncing", "They’re saying", "Lee has taken to calling" do.
        if cues::is_participle(self.word(p, cue)) {
            let progressive = self.progressive(p, floor, cue);
            return !progressive && !before.is_some_and(|b| toks[b].is_word() && (matches!(self.word(p, b), "s" | "re") || cue_context::participle_has_subject(self.texts[p], toks, b))) && super::name_parts::before_habit(self.texts[p], toks, floor, cue) == cue;
        }
        // "and then said" elides its subject, "Politifact then ruled" does not;
        // nor does "but now said" ("Lee used to back Paul, but now said").
        let opens = |b: usize| b == floor || !toks[b - 1].is_word() || matches!(self.word(p, b - 1), "and" | "but");
        let now = |b: usize| b > floor && matches!(self.word(p, b), "now" | "later" | "instead" | "still") && self.word(p, b - 1) == "but";
        before.is_some_and(|b| toks[b].is_word() && (matches!(self.word(p, b), "and" | "but") || self.word(p, b) == "then" && opens(b) || now(b)))
    }

    /// Whether the cue at `cue` is a passive "was told" or "were told".
    fn passive_told(&self, p: usize, floor: usize, cue: usize) -> bool {
        self.word(p, cue) == "told" && cue > floor && self.tokens[p][cue - 1].is_word() && matches!(self.word(p, cue - 1), "was" | "were")
    }

    /// The outlet credited in the clause `from..to` after a cue.
    pub(super) fn credited(&self, p: usize, cue: &str, from: usize, to: usize) -> Option<(usize, usize)> {
        via::find(self.texts[p], &self.tokens[p], cue, from, to)
    }

    /// Whether the quotation at token `i` is the whole complement of a cue
    /// ending at `cue_end`: nothing but ":", "," or "that" between them, and
    /// nothing but punctuation after it in its clause.
    fn complement_of(&self, p: usize, cue_end: usize, i: usize) -> bool {
        let toks = &self.tokens[p];
        let gap_ok = (cue_end..i).all(|k| matches!(toks[k].kind, Kind::Colon | Kind::Comma) || self.word(p, k) == "that") && i - cue_end <= 2;
        let after_ok = toks.get(i + 1).is_none_or(|t| !t.is_word());
        gap_ok && after_ok
    }

    /// The first cue in `start..end`: (first token, end token).
    fn first_cue(&self, p: usize, start: usize, end: usize) -> Option<(usize, usize)> {
        (start..end).find_map(|k| self.cue_at(p, k, end))
    }

    /// Every cue in `start..end`, in order.
    pub(super) fn cues_in(&self, p: usize, start: usize, end: usize) -> Vec<(usize, usize)> {
        (start..end).filter_map(|k| self.cue_at(p, k, end)).collect()
    }

    fn cue_at(&self, p: usize, k: usize, end: usize) -> Option<(usize, usize)> {
        let toks = &self.tokens[p];
        if !toks[k].is_word() {
            return None;
        }
        let mut words = [""; 4];
        let mut n = 0;
        while n < 4 && k + n < end && toks[k + n].is_word() {
            words[n] = self.word(p, k + n);
            n += 1;
        }
        if matches!(words[0], "per" | "Per") {
            return (n > 1 && cues::per_names_source(words[1]) && !cues::per_interpreter(&words[1..n])).then_some((k, k + 1));
        }
        if cues::goes_on_alone(&words[..n]) {
            return Some((k, k + 2));
        }
        if let Some(len) = cues::multiword_len(&words[..n]) {
            return Some((k, k + len));
        }
        let before = (k > 0 && toks[k - 1].is_word()).then(|| self.word(p, k - 1));
        // The noun test only for a word that reads as a cue (few do).
        let noun = || super::noun_cues::after_article((k > 1 && toks[k - 2].is_word()).then(|| self.word(p, k - 2)), before, words[0]);
        (cue_context::reads_as_cue(before, words[0], words.get(1).copied().filter(|w| !w.is_empty())) && !noun()).then_some((k, k + 1))
    }

    /// The subject heading the sentence at `at`, when it is an organisation
    /// or group ("The Canadian government has … although it has stated").
    pub fn sentence_subject(&self, at: Place) -> Option<String> {
        let (p, i) = at;
        let toks = &self.tokens[p];
        let start = self.sentence_start(p, i);
        let phrase = names::read_forward(self.texts[p], toks, start, i)?;
        matches!(phrase.kind, PhraseKind::Org | PhraseKind::Outlet)
            .then(|| super::resolve::span(self.texts[p], toks, phrase.written.0, phrase.written.1).to_string())
    }

    /// The text of sentence `sentence` of paragraph `p`, near token `near`.
    pub fn sentence_text(&self, p: usize, sentence: u32, near: usize) -> String {
        let toks = &self.tokens[p];
        let window = near.saturating_sub(REACH)..(near + REACH).min(toks.len());
        let first = toks[window.clone()].iter().position(|t| t.sentence == sentence).map(|k| k + window.start);
        let last = toks[window.clone()].iter().rposition(|t| t.sentence == sentence).map(|k| k + window.start);
        match (first, last) {
            (Some(a), Some(b)) => {
                let text = self.texts[p];
                let start = text[..toks[a].start as usize].rfind(|c: char| !super::tokens::is_quote_mark(c)).map_or(0, |x| x + text[x..].chars().next().map_or(1, char::len_utf8));
                let start = start.min(toks[a].start as usize);
                let end = text[toks[b].end as usize..].find(|c: char| !super::tokens::is_quote_mark(c)).map_or(text.len(), |x| toks[b].end as usize + x);
                text[start..end].trim().to_string()
            }
            _ => self.texts[p].to_string(),
        }
    }
}
