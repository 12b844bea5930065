//! Quotations with no attribution of their own: they continue the speaker of
//! the sentence or paragraph before, or the person that paragraph is about.

use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::resolve::LastSpeaker;
use super::roles::Pronoun;
use crate::model::Role;

/// How many paragraphs back a quotation with no attribution looks for the
/// person it continues.
const FOLLOW_WINDOW: usize = 3;

/// Whether a paragraph is a link or video teaser set into the story: an
/// all-capital kicker and a colon opening a single short line ("WATCH: …",
/// "READ MORE: …"), not a longer section ("CHINA TALK: Vice-President …").
/// A quotation after it continues the paragraph before it.
pub(super) fn is_teaser(text: &str) -> bool {
    if text.len() > 160 {
        return false;
    }
    let Some((kicker, _)) = text.trim_start().split_once(':') else { return false };
    kicker.len() <= 20 && kicker.chars().any(char::is_alphabetic) && kicker.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
}

impl Context<'_> {
    /// A quotation that opens its sentence with no attribution of its own
    /// continues the speaker of the same or the previous paragraph, or the
    /// person the previous paragraph is about.
    pub(super) fn continuation(&self, p: usize, i: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        // A quotation right after another ("“…,” says Foster. “When … “You had no identity.”") opens a sentence too.
        let after_quote = i > 0 && matches!(self.tokens[p][i - 1].kind, super::tokens::Kind::Quoted(_));
        if self.sentence_start(p, i) != i && !after_quote && !self.copula_lead(p, i) {
            return None;
        }
        if let Some(reporter) = self.reporting_clause_before(p, i) {
            return Some(Clause { direct: false, via: None, ..reporter });
        }
        // The paragraph before, looking past a teaser ("WATCH: …").
        let prev = if p >= 2 && is_teaser(self.texts[p - 1]) { p - 2 } else { p.saturating_sub(1) };
        if i == 0 && p > 0 {
            if let Some(reporter) = self.reporting_clause_ending(prev, self.tokens[prev].len()) {
                return Some(Clause { direct: false, via: None, ..reporter });
            }
        }
        let near = last.filter(|l| l.paragraph == p || l.paragraph + 1 == p || l.paragraph == prev || self.still_about(l, p, i));
        let opening = || match i {
            // "“…,” Lee added. He then had a question for the crowd. ¶ “…”": the beat closing the paragraph before.
            0 if p > 0 && self.roles.get(prev) == Some(&Role::Body) && !self.tokens[prev].is_empty() => self.pronoun_beat(prev, self.sentence_start(prev, self.tokens[prev].len() - 1), self.tokens[prev].len()),
            0 => None,
            // Within a paragraph only when the beat names someone else ("looked at Farrow").
            _ => self.pronoun_beat(p, self.sentence_start(p, i - 1), i).filter(|_| self.mentions.person_between((p, self.sentence_start(p, i - 1)), (p, i), "").is_some()),
        };
        if let Some(clause) = self.new_subject(p, i, near).or_else(opening).or_else(|| self.recent_subject(p, i, last)) {
            return Some(self.with_cue(clause, last));
        }
        if let Some(last) = near {
            // "“…,” he said. ¶ “…”": the continuation keeps the cue that attributed it,
            // and in the same paragraph its credit ("…, as cited by Interfax. “…”").
            let inherit_via = last.paragraph == p;
            return Some(Clause { paragraph: p, sentence: self.tokens[p][i].sentence, inherited: Some(last.clone()), inherit_cue: true, inherit_via, ..Clause::default() });
        }
        let body = |p: usize| self.roles.get(p) == Some(&Role::Body);
        (i == 0 && p > 0 && body(p) && body(prev)).then(|| self.paragraph_subject(prev)).flatten()
    }

    /// "“…,” she says. It's “this new journalism.”": a quotation after no
    /// more than "It's" or "That's" opening its sentence goes on with the
    /// words of the speaker before.
    fn copula_lead(&self, p: usize, i: usize) -> bool {
        let start = self.sentence_start(p, i);
        let toks = &self.tokens[p];
        // "It's" is one word or "It", an apostrophe and "s".
        let copula = (start + 1..i).all(|k| toks[k].kind == super::tokens::Kind::Other || toks[k].is_word() && matches!(self.word(p, k), "s" | "is" | "was"));
        (1..=3).contains(&(i - start)) && toks[start].is_word() && matches!(self.word(p, start), "It" | "That" | "It's" | "It’s" | "That's" | "That’s") && copula
    }

    /// A continuation's clause with a cue: the reporting verb of its
    /// speaker's own sentence ("Lee said the works would start. … “…”"),
    /// else the last attribution's cue when that named the same speaker at
    /// the same place ("“…,” said Jo Lee, who …. “…”").
    fn with_cue(&self, clause: Clause, last: Option<&LastSpeaker>) -> Clause {
        let Some((phrase, at)) = clause.speaker.filter(|_| clause.cue.is_none() && clause.inherited.is_none()) else { return clause };
        if let Some(cue) = self.cue_of_subject(at.0, phrase.written) {
            return Clause { cue: Some(cue), ..clause };
        }
        match last.filter(|l| l.cue.is_some() && self.names_last_speaker(l, phrase.written, at.0)) {
            Some(l) => Clause { inherited: Some(l.clone()), inherit_cue: true, ..clause },
            None => clause,
        }
    }

    /// Whether the phrase at tokens `written` of paragraph `p` names the last
    /// speaker in the sentence that attributed it: same sentence, same surname.
    fn names_last_speaker(&self, last: &LastSpeaker, written: (usize, usize), p: usize) -> bool {
        let toks = &self.tokens[p];
        let same_sentence = last.at.0 == p && toks.get(last.at.1).is_some_and(|t| t.sentence == toks[written.0].sentence);
        let surname = self.word(p, written.1 - 1);
        same_sentence && last.name.rsplit(' ').next() == Some(surname)
    }

    /// The cue whose subject is the phrase at tokens `written` of paragraph `p`, in its sentence.
    fn cue_of_subject(&self, p: usize, written: (usize, usize)) -> Option<(usize, usize)> {
        let toks = &self.tokens[p];
        let floor = self.sentence_start(p, written.0);
        let sentence = toks[written.0].sentence;
        let end = (written.1..toks.len()).find(|&k| toks[k].sentence != sentence || self.is_speech(&toks[k])).unwrap_or(toks.len());
        let ours = |&(cue, _): &(usize, usize)| names::subject_before(self.texts[p], toks, floor, cue).is_some_and(|s| s.written.0 <= written.0 && written.0 < s.written.1.max(written.1));
        self.cues_in(p, written.1, end).into_iter().find(ours)
    }

    /// A person introduced as the subject of the sentence just before the
    /// quotation, after the last speaker ("Durning did not need much
    /// coaxing. “I’m thankful …”"), or of a speechless paragraph before it.
    /// "“…,” Lee told the board, after Ruiz stated …. “…”": a subject in
    /// the last speaker's own sentence is a side clause of that attribution.
    fn new_subject(&self, p: usize, i: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        // The last speaker named in words there, not a quotation that only carried it on.
        let named_in = |l: &LastSpeaker, at: (usize, usize)| self.tokens[l.at.0].get(l.at.1).is_some_and(|t| t.is_word()) && self.same_sentence(l.at, at);
        let after_last = |at: (usize, usize)| last.is_none_or(|l| l.at < at && !named_in(l, at));
        if i > 0 {
            let from = self.sentence_start(p, i - 1);
            let m = self.mentions.subject_between((p, from), (p, i))?;
            return after_last(m.at).then(|| self.person_clause(p, m.at.1)).flatten();
        }
        let body = |p: usize| self.roles.get(p) == Some(&Role::Body);
        if p == 0 || !body(p) || !body(p - 1) || last.is_none() {
            return None;
        }
        let m = self.mentions.first_in(p - 1, PhraseKind::Name).filter(|m| m.subject && after_last(m.at))?;
        self.paragraph_subject(p - 1).filter(|c| c.speaker.is_some_and(|(_, at)| at == m.at))
    }

    /// Whether places `a` and `b` stand in one sentence.
    fn same_sentence(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        let sentence = |(p, i): (usize, usize)| self.tokens[p].get(i).map(|t| (p, t.sentence));
        sentence(a) == sentence(b)
    }

    /// Whether the passage since the last speaker, a few body paragraphs
    /// with no person named in them, is still about that speaker ("He
    /// struggled at first … he did have patients die. “When somebody dies …”").
    fn still_about(&self, last: &LastSpeaker, p: usize, i: usize) -> bool {
        let body = |k: usize| self.roles.get(k) == Some(&Role::Body);
        last.paragraph + FOLLOW_WINDOW >= p && (last.paragraph..=p).all(body) && self.mentions.person_between(last.at, (p, i), &last.name).is_none()
    }

    /// A person introduced as the subject of a sentence of the last few body
    /// paragraphs, after the last speaker ("Wendy Golden now lives in …
    /// Her message now is simple: … “You don't know …”").
    fn recent_subject(&self, p: usize, i: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        let body = |k: usize| self.roles.get(k) == Some(&Role::Body);
        let floor = p.saturating_sub(FOLLOW_WINDOW);
        let m = self.mentions.subject_between((floor, 0), (p, i))?;
        // Named after the last speaker, and not in that speaker's own sentence.
        let sentence = |(p, i): (usize, usize)| self.tokens[p].get(i).map(|t| (p, t.sentence));
        let fresh = last.is_none_or(|l| l.at < m.at && sentence(l.at) != sentence(m.at));
        (fresh && (m.at.0..=p).all(body)).then(|| self.person_clause(m.at.0, m.at.1)).flatten()
    }

    /// A clause whose speaker is the person named at token `at` of paragraph `p`.
    pub(super) fn person_clause(&self, p: usize, at: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let mut end = at + 1;
        // "Faisal al-Nuaimi", "Joost van der Berg": a particle inside the name is part of it.
        while end < toks.len() && toks[end].is_word() && (names::is_capitalised(self.word(p, end)) || super::intl_names::particle_inside(self.texts[p], toks, end, at)) {
            end += 1;
        }
        let phrase = names::classify(self.texts[p], toks, at, end);
        (phrase.kind == PhraseKind::Name).then(|| Clause { paragraph: p, sentence: toks[at].sentence, speaker: Some((phrase, (p, at))), ..Clause::default() })
    }

    /// "He paused, then looked at Farrow. ¶ “…”": a short speechless
    /// sentence at tokens `from..to` of paragraph `p` (the one before the
    /// quotation, or the last of the body paragraph before) that opens with "he" or
    /// "she" and names no person as a subject is about that pronoun's
    /// person, not about one named as its object or further back.
    fn pronoun_beat(&self, p: usize, from: usize, to: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let beat = from < to && to - from <= 16 && toks[from].is_word();
        if !beat || toks[from..to].iter().any(|t| self.is_speech(t)) {
            return None;
        }
        if !matches!(super::roles::pronoun(self.word(p, from)), Some(Pronoun::Person(_))) || self.mentions.subject_between((p, from), (p, to)).is_some() {
            return None;
        }
        let phrase = names::classify(self.texts[p], toks, from, from + 1);
        Some(Clause { paragraph: p, sentence: toks[from].sentence, speaker: Some((phrase, (p, from))), ..Clause::default() })
    }

    /// The person a paragraph without speech is about: the subject of its
    /// last reporting clause ("Young said he suspects …"), else the first
    /// person it names, else the pronoun it opens with.
    fn paragraph_subject(&self, p: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        if toks.is_empty() || toks.iter().any(|t| self.is_speech(t)) {
            return None;
        }
        let mut end = toks.len();
        while end > 0 {
            if let Some(reporter) = self.reporting_clause_ending(p, end) {
                return Some(reporter);
            }
            end = self.sentence_start(p, end - 1);
        }
        let first = self.mentions.first_in(p, PhraseKind::Name).map(|m| m.at.1);
        let opening = toks[0].is_word() && matches!(super::roles::pronoun(self.word(p, 0)), Some(Pronoun::Person(_)));
        let at = first.or(opening.then_some(0))?;
        let mut end = at + 1;
        // "Faisal al-Nuaimi", "Joost van der Berg": a particle inside the name is part of it.
        while end < toks.len() && toks[end].is_word() && (names::is_capitalised(self.word(p, end)) || super::intl_names::particle_inside(self.texts[p], toks, end, at)) {
            end += 1;
        }
        let phrase = names::classify(self.texts[p], toks, at, end);
        let person = matches!(phrase.kind, PhraseKind::Name | PhraseKind::Pronoun(Pronoun::Person(_)));
        person.then(|| Clause { paragraph: p, sentence: toks[at].sentence, speaker: Some((phrase, (p, at))), ..Clause::default() })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn a_side_clause_of_the_attribution_does_not_take_the_next_quotation() {
        let text = "T\nThe council met on Tuesday.\n\n“The contracts are binding,” city spokesman Mark Dolan told the Herald, after Mayor Ann Ruiz stated an interest in ending them. “We will not back down.”";
        assert_eq!(speakers(text), [Some("Mark Dolan".to_string()), Some("Mark Dolan".to_string())]);
        let text = "T\nHart met Ruiz on Monday.\n\n“Your plan is excellent,” Senator Bill Hart assured Ruiz, after Ruiz assured Hart that most residents supported him. “I will not let you down.”";
        assert_eq!(speakers(text)[1].as_deref(), Some("Bill Hart"));
        // A new subject in a sentence of its own still takes it.
        let text = "T\nMayor Tom Reed spoke with host Sam Pike.\n\n“It is negotiable,” Reed said. “Would it be negotiable about the tax?” Pike pressed. “Maybe let some people stay?”";
        assert_eq!(speakers(text)[2].as_deref(), Some("Sam Pike"));
    }
}
