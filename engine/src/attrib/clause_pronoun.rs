//! A pronoun heading a later clause of the sentence ("Cole has been
//! criticized for the plan, though last week she used stronger language,
//! saying …", "Lee endorsed the bill, although he made it clear that he has
//! “…”"): the cue, or the quotation with no cue, belongs to that clause, so
//! the pronoun, not the sentence's first subject, is the mention it
//! attaches to.

use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::roles::{Gender, Pronoun};
use super::tokens::Kind;

/// Words that open a clause whose subject may follow ("though she", "even as he", "yet he").
const OPENERS: &[&str] = &["though", "although", "as", "while", "but", "yet", "and", "whereas"];

impl Context<'_> {
    /// The nearest "he" or "she" (not "they": "as they left") before token
    /// `to` (a cue or the quotation), at most 25 tokens back and no further
    /// than `floor`, that opens a clause after one of [`OPENERS`] (or after
    /// a short lead-in after "though") and has a lower-case verb after it.
    pub(super) fn clause_pronoun(&self, p: usize, floor: usize, to: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let at = (floor.max(1)..to).rev().take(25).find(|&k| self.opens_pronoun_clause(p, k, to))?;
        let phrase = names::classify(self.texts[p], toks, at, at + 1);
        let PhraseKind::Pronoun(Pronoun::Person(gender)) = phrase.kind else { return None };
        // "Tom Lee criticized Ann Cole, though she was absent, calling …": a
        // pronoun that cannot be the named subject's is someone else's clause.
        let subject = self.subject_person(p, at).and_then(|c| c.speaker).map_or(Gender::Unknown, |(s, _)| s.gender);
        let clash = subject != Gender::Unknown && gender != Gender::Unknown && subject != gender;
        (!clash).then(|| Clause { paragraph: p, sentence: toks[to].sentence, speaker: Some((phrase, (p, at))), ..Clause::default() })
    }

    /// Whether token `k` is a subject pronoun opening a clause, with a
    /// lower-case verb after it before token `to`.
    fn opens_pronoun_clause(&self, p: usize, k: usize, to: usize) -> bool {
        let toks = &self.tokens[p];
        let subject = toks[k].is_word() && matches!(self.word(p, k), "he" | "she");
        let verb = k + 1 < to && toks[k + 1].is_word() && self.word(p, k + 1).starts_with(char::is_lowercase);
        subject && verb && self.clause_opener(p, k)
    }

    /// Whether a clause opener stands right before token `k` ("although
    /// he"), or a contrasting one a short lead-in before it ("though in a
    /// news conference last week she"), with only words and commas between.
    fn clause_opener(&self, p: usize, k: usize) -> bool {
        let toks = &self.tokens[p];
        let is = |j: usize, list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(self.word(p, j)));
        if toks[k - 1].is_word() && is(k - 1, OPENERS) {
            return true;
        }
        (k.saturating_sub(8)..k - 1)
            .rev()
            .take_while(|&j| toks[j].is_word() || toks[j].kind == Kind::Comma)
            .any(|j| toks[j].is_word() && is(j, &["though", "although", "yet", "whereas"]))
    }
}
