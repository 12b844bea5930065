//! A partial quotation inside a sentence with no cue and no person of its
//! own, right after its speaker's reporting sentence, carries that speech
//! on: "Lowe has argued that the bill was weakened. As a result, there is
//! still “a very powerful lobby.”" / "“…,” Ellery has said. That makes it
//! “by definition a failure.”"

use super::find::{Clause, Context};
use super::resolve::LastSpeaker;

/// How many tokens of the quotation's sentence are read for a cue or a person.
const SENTENCE_REACH: usize = 60;

impl Context<'_> {
    /// The speaker of the sentence right before the one holding the
    /// quotation at token `i` of paragraph `p`, when the quotation stands
    /// inside its sentence and is longer than a term (or, after a sentence
    /// ending in its reporting clause, "…, he said.", five words or more),
    /// and that sentence has no cue and names no person.
    pub(super) fn carried_on(&self, p: usize, i: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        let toks = &self.tokens[p];
        let start = self.sentence_start(p, i);
        let super::tokens::Kind::Quoted(q) = toks[i].kind else { return None };
        // A short term ("“immediate”") stays a term: a speaker would make it speech.
        let long = crate::text::has_more_words_than(&self.quotations[q as usize].text, crate::quotes::settle::TERM_WORDS);
        // "…, he said. Good information wins only when “the truth is sexier than the lie.”": after
        // a reporting sentence, a quoted clause of five words or more carries the speech on too.
        let clause = || crate::text::has_more_words_than(&self.quotations[q as usize].text, 4) && start > 0 && self.reporting_clause_ending(p, start).is_some();
        if start == i || start == 0 || !(long || clause()) {
            return None;
        }
        let sentence = toks[i].sentence;
        let end = (i..toks.len().min(i + SENTENCE_REACH)).find(|&k| toks[k].sentence != sentence).unwrap_or(toks.len().min(i + SENTENCE_REACH));
        if !self.cues_in(p, start, end).is_empty() || self.mentions.person_between((p, start), (p, end), "").is_some() {
            return None;
        }
        if let Some(reporter) = self.reporting_clause_ending(p, start) {
            return Some(Clause { direct: false, via: None, cue: None, ..reporter });
        }
        let previous = start - 1;
        let last = last.filter(|l| l.at.0 == p && l.at.1 < start && toks.get(l.at.1).is_some_and(|t| t.sentence == toks[previous].sentence))?;
        Some(Clause { paragraph: p, sentence, inherited: Some(last.clone()), ..Clause::default() })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_partial_quotation_after_a_reporting_sentence_carries_its_speaker() {
        let text = "T\nVarga has argued that the levy was gutted by the deals its authors struck. As a result, the port still answers to “a cartel of shippers that can set any price it likes.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Varga"));
    }

    #[test]
    fn a_partial_quotation_after_a_quoted_sentence_carries_its_speaker() {
        let text = "T\n“The ferry has been left to rot for years,” Ilse Varga has said while touring the islands. That makes it “by any fair measure a scandal that the ministry will have to answer for.”";
        let got = run(text);
        assert_eq!(got[1].speaker.as_deref(), Some("Ilse Varga"));
        assert_eq!(got[1].cue, None);
    }

    #[test]
    fn a_short_term_or_a_sentence_naming_someone_else_is_not_carried_on() {
        let text = "T\nVarga has argued that the levy was gutted by the deals its authors struck. As a result, the port is “captured.”";
        assert_eq!(run(text)[0].speaker, None);
        let text = "T\nVarga has argued that the levy was gutted by the deals its authors struck. Yet Oskar Lind sees “a market that works better than anyone expected a year ago.”";
        assert_ne!(run(text)[0].speaker.as_deref(), Some("Varga"));
    }

    #[test]
    fn a_short_quoted_clause_after_a_he_said_sentence_carries_the_speech_on() {
        let text = "T\nProfessor Dan Ruiz studies the news.\n\nThis makes it hard to dislodge rumours, he said. Facts can still win, but only when “the truth is better than the lie.”";
        let got = run(text);
        assert_eq!(got[0].speaker.as_deref(), Some("Dan Ruiz"));
        // A short term after a reporting sentence stays nobody's.
        let text = "T\nProfessor Dan Ruiz studies the news.\n\nThis makes it hard to dislodge rumours, he said. The rumours are “fake news.”";
        assert_eq!(run(text)[0].speaker, None);
    }
}
