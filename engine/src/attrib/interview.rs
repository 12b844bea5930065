//! Interviews set out as questions and answers ("Q: …" then "A: “…”"): an
//! answer belongs to the person the introduction presents, a question to
//! no one the article names; so does an unmarked answer paragraph after
//! an edited-for-length note ([`answers`]).

use super::find::{Clause, Context};
use super::names::PhraseKind;
use super::resolve::{LastSpeaker, Mention};
use crate::model::Role;
use crate::quotes::answers;

/// Verbs that make the subject before them the interviewer ("Our reporter
/// Dan Brisk spoke to the mayor").
const INTERVIEWING: &[&str] = &["spoke", "speaks", "talked", "talks", "sat", "sits", "interviewed", "interviews", "asked", "asks", "met", "meets", "caught"];

/// Role nouns of the one asking ("our reporter Dan Brisk").
const JOURNALISTS: &[&str] = &["reporter", "editor", "correspondent", "interviewer", "host", "columnist", "writer", "journalist"];

pub(super) use crate::quotes::answers::label;

impl Context<'_> {
    /// The clause of a quotation that opens a labelled line of a
    /// question-and-answer interview: the interviewee for an answer, no
    /// speaker for a question. `None` when the article sets out no such
    /// interview or the quotation does not follow the label.
    pub(super) fn interview(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let unmarked = || self.unmarked_answer(p, i);
        let (answer, end, first_question) = match label(self.texts[p]) {
            // An interview asks before it answers.
            Some((answer, end)) => (answer, end, (0..=p).find(|&k| label(self.texts[k]).is_some_and(|(a, _)| !a))),
            None => {
                let first = unmarked()?;
                (true, answers::answer_start(self.texts[p]), Some(first))
            }
        };
        let first_question = first_question?;
        if toks.get(i).is_none_or(|t| t.start as usize > end + 4) || toks[..i].iter().any(|t| t.end as usize > end) {
            return None;
        }
        let clause = Clause { paragraph: p, sentence: toks[i].sentence, ..Clause::default() };
        if !answer {
            return Some(clause);
        }
        let person = self.interviewee(first_question)?;
        let name = if person.name.contains(' ') { person.name } else { self.mentions.full_name(person.name, person.at).unwrap_or(person.name) };
        let inherited = LastSpeaker { name: name.to_string(), written: person.name.to_string(), at: person.at, person: true, gender: person.gender, paragraph: person.at.0, via: None, cue: None };
        Some(Clause { inherited: Some(inherited), ..clause })
    }

    /// The first question of the interview when the quotation at token `i`
    /// is a whole unmarked answer paragraph after it ([`answers::runs`]).
    fn unmarked_answer(&self, p: usize, i: usize) -> Option<usize> {
        let text = self.texts[p];
        let start = self.tokens[p].get(i)?.start as usize;
        // A quotation opened by a mark is no unmarked answer.
        if text[..start].ends_with(super::tokens::is_quote_mark) || start != answers::answer_start(text) || text[start..].starts_with(super::tokens::is_quote_mark) {
            return None;
        }
        answers::first_question(self.texts, self.roles).filter(|&q| q < p)
    }

    /// The person an interview's introduction (the body paragraphs before
    /// paragraph `before`) presents: its first person standing as a
    /// subject, else the first person it names, leaving out the
    /// interviewer ("Dan Brisk spoke to …", "our reporter Dan Brisk").
    fn interviewee(&self, before: usize) -> Option<&Mention<'_>> {
        let intro: Vec<&Mention> = self.mentions.list.iter().take_while(|m| m.at.0 < before).filter(|m| m.kind == PhraseKind::Name && self.roles.get(m.at.0) == Some(&Role::Body) && !self.interviewer(m)).collect();
        let person = |m: &&&Mention| !m.place && !self.after_preposition(m);
        intro.iter().find(|m| m.subject).or_else(|| intro.iter().find(|m| m.strong)).or_else(|| intro.iter().find(person)).copied()
    }

    /// Whether a mention is the object of a preposition ("the mayor of
    /// Port Ellery", "a school in Leeds"): a place or body, not the person.
    fn after_preposition(&self, m: &Mention) -> bool {
        let (text, toks) = (self.texts[m.at.0], &self.tokens[m.at.0]);
        let role_words = m.role.split(' ').filter(|w| !w.is_empty()).count();
        let before = m.at.1.checked_sub(role_words + 1).and_then(|k| toks.get(k)).filter(|t| t.is_word());
        before.is_some_and(|t| matches!(t.text(text), "of" | "in" | "at" | "from" | "for" | "near"))
    }

    /// Whether a mention is the one asking: followed by an interviewing
    /// verb, or given a journalist's role.
    fn interviewer(&self, m: &Mention) -> bool {
        let (text, toks) = (self.texts[m.at.0], &self.tokens[m.at.0]);
        let asks = toks.get(m.end).is_some_and(|t| t.is_word() && INTERVIEWING.contains(&t.text(text)));
        asks || m.role.split(' ').any(|w| JOURNALISTS.contains(&w))
    }
}

#[cfg(test)]
mod tests {
    use super::label;
    use crate::attrib::tests::run;

    #[test]
    fn answers_belong_to_the_interviewee_and_questions_to_no_one() {
        let text = "T\nThe reporter Dan Brisk spoke to the harbour master, Ana Okafor, about the storm.\nQ: “What was the worst moment of the night?”\nA: “Watching the water come over the wall at two in the morning.”";
        let got = run(text);
        assert_eq!(got[0].speaker, None);
        assert_eq!(got[1].speaker.as_deref(), Some("Ana Okafor"));
        let text = "T\nNovelist Teo Vance has published his ninth book.\nQ. Why did you go back to the coast?\nA. “Because everything I know about people I learned there.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Teo Vance"));
        let text = "T\nChief Amara Sole took over in March. Our reporter, Tom Lind, sat down with her.\nLIND: What surprised you most?\nSOLE: “How much the officers wanted change, and how fast.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Amara Sole"));
        let text = "T\nThe mayor of Port Ellery, Marguerite Okafor, has led the town through three floods.\nQ: Will the town get a new wall?\nA: “We have the money for half of it, no more.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Marguerite Okafor"));
        let text = "T\nFestival director Olu Banjo has chosen forty films.\nQ — How did you choose them?\nA — “We watched over 900 submissions, and only forty made it.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Olu Banjo"));
    }

    #[test]
    fn unmarked_answers_after_an_edited_note_belong_to_the_interviewee() {
        let text = "The new chief\n\nReporter Sam Ives talks to Dana Frost, the new head of the Ferrow fire service, about her first year.\n\nThis interview has been edited for length and clarity.\n\n**What surprised you most?**\n\nHow much the crews wanted change. I expected a fight and got a queue of people with ideas.\n\nThey had been waiting years for someone to ask.\n\n**Will the station on Mill Road close?**\n\nNot while I am chief.";
        let got = crate::extract(&crate::read::parse_text("t.txt", text));
        let said: Vec<(&str, Option<&str>, Option<&str>)> = got.iter().map(|(q, a)| (q.text.as_str(), a.speaker.as_deref(), a.cue.as_deref())).collect();
        assert_eq!(said, [
            ("How much the crews wanted change. I expected a fight and got a queue of people with ideas. They had been waiting years for someone to ask.", Some("Dana Frost"), None),
            ("Not while I am chief.", Some("Dana Frost"), None),
        ]);
        assert!(got.iter().all(|(q, _)| q.kind == crate::model::Kind::Quote));
        // Without the note, the same paragraphs quote no one.
        let plain = text.replace("This interview has been edited for length and clarity.", "The service has 300 staff.");
        assert!(crate::extract(&crate::read::parse_text("t.txt", &plain)).is_empty());
        // Turns labelled with names in capitals lose their labels.
        let turns = "T\n\nReporter Sam Ives talks to Dana Frost about her first year.\n\nThis interview has been condensed.\n\nIVES: What surprised you most?\n\nFROST: How much the crews wanted change.\n\nIVES: Will the station close?\n\nFROST: Not while I am chief.";
        let got = crate::extract(&crate::read::parse_text("t.txt", turns));
        let said: Vec<(&str, Option<&str>)> = got.iter().map(|(q, a)| (q.text.as_str(), a.speaker.as_deref())).collect();
        assert_eq!(said, [("How much the crews wanted change.", Some("Dana Frost")), ("Not while I am chief.", Some("Dana Frost"))]);
        // Labelled answers need no quotation marks either.
        let labelled = "T\n\nNovelist Teo Vance has published his ninth book.\n\nQ: Why did you go back to the coast?\n\nA: Because everything I know about people I learned there.";
        let got = crate::extract(&crate::read::parse_text("t.txt", labelled));
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].0.text.as_str(), got[0].1.speaker.as_deref()), ("Because everything I know about people I learned there.", Some("Teo Vance")));
    }

    #[test]
    fn labels_of_questions_and_answers() {
        assert_eq!(label("Q: Why did you leave?"), Some((false, 2)));
        assert_eq!(label("A. “Because I had to.”"), Some((true, 2)));
        assert_eq!(label("Answer: “Because I had to.”"), Some((true, 7)));
        assert_eq!(label("A man said “no.”"), None);
        assert_eq!(label("Q.E.D. is what he wrote."), None);
        assert_eq!(label("Answers: none."), None);
        assert_eq!(label("Q — Why now?"), Some((false, 5)));
        assert_eq!(label("A — “Because.”"), Some((true, 5)));
        assert_eq!(label("A — the one that got away"), Some((true, 5)));
        assert_eq!(label("A—B roads"), None);
    }
}
