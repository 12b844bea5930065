//! "X:" lines: a speaker, and the reporting verb if the line has one,
//! written before a quotation and closed by a colon, on a line of its own
//! ("Lee continued:" then the quotation's paragraph) or inline ("Lee: “…”").

use super::cues;
use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::tokens::Kind;

/// Nouns of time that end a lead-in phrase ("The next day", "That week").
const TIME_NOUNS: &[&str] = &["day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time"];

/// Whether a word ends a time phrase: a noun of time or a weekday ("Later that night", "On Monday").
fn is_time_word(w: &str) -> bool {
    TIME_NOUNS.contains(&w) || super::names_edges::is_day(w)
}

impl Context<'_> {
    /// "X:" on a line of its own before a quotation that opens its paragraph,
    /// or "X: “…”" inline.
    pub(super) fn colon_line(&self, p: usize, i: usize) -> Option<Clause> {
        let (lp, colon) = if i > 0 && self.tokens[p][i - 1].kind == Kind::Colon {
            (p, i - 1)
        } else if i == 0 && p > 0 && self.tokens[p - 1].last().is_some_and(|t| t.kind == Kind::Colon) {
            (p - 1, self.tokens[p - 1].len() - 1)
        } else {
            return None;
        };
        let toks = &self.tokens[lp];
        let start = self.past_lead_in(lp, self.sentence_start(lp, colon), colon);
        let start = self.past_dash_label(lp, start, colon);
        let start = self.past_from(lp, start, colon);
        if colon == start {
            return None;
        }
        // "One resident of Velograd, a 45-year-old engineer, was blunt: “…”": an unnamed source opens the line.
        let unnamed = super::unnamed::source_at(self.texts[lp], toks, start).filter(|&(b, _)| b < colon);
        let phrase = match unnamed {
            Some((b, gender)) => Some(names::Phrase { written: (start, b), name: None, role: None, kind: PhraseKind::Description, gender, titled: false }),
            None => names::read_forward(self.texts[lp], toks, start, colon),
        };
        let label = colon - start <= 8;
        // "Martell, the addictions doctor, is more blunt: “…”": a longer
        // line introduces the quotation of the person it opens with.
        let is_subject = |kind| matches!(kind, PhraseKind::Name | PhraseKind::Org | PhraseKind::Outlet | PhraseKind::Pronoun(_));
        let subject = unnamed.is_some() || phrase.is_some_and(|p| is_subject(p.kind));
        let cue = self.colon_cue(lp, start, colon);
        // "her Twitter account posted:": the phrase ends before the line's cue.
        let phrase = phrase.map(|ph| match cue {
            Some((c, _)) if ph.written.0 < c && c < ph.written.1 => names::classify(self.texts[lp], toks, ph.written.0, c),
            _ => ph,
        });
        // "Closing the speech, he told the crowd:", "In a 1963 speech, he
        // declared:": a lead-in clause or phrase opens the line; the cue's
        // own subject speaks.
        let lead_in = !subject && toks[start].is_word() && (self.word(lp, start).ends_with("ing") || self.lead_in_phrase(lp, start, cue));
        let cued = cue.filter(|_| lead_in).and_then(|(c, _)| names::subject_before(self.texts[lp], toks, start, c)).filter(|p| is_subject(p.kind) && p.written.0 > start);
        // "It is hard to overstate it, as the foundation's website notes:": the
        // subject of an "as" clause holding the cue speaks, not the line's subject.
        let cued = cued.or_else(|| cue.and_then(|(c, _)| self.as_clause_subject(lp, start, c)));
        let (phrase, at) = match cued {
            Some(p) => (p, p.written.0),
            None => (phrase?, start),
        };
        (label || subject || cued.is_some()).then(|| Clause { paragraph: lp, sentence: toks[colon].sentence, speaker: Some((phrase, (lp, at))), cue, direct: label, ..Clause::default() })
    }

    /// The subject of the cue at `cue` when "as" opens its clause after a
    /// comma ("…, as the Heritage Foundation website notes:").
    fn as_clause_subject(&self, p: usize, start: usize, cue: usize) -> Option<names::Phrase> {
        let toks = &self.tokens[p];
        let phrase = names::subject_before(self.texts[p], toks, start, cue)?;
        let at = phrase.written.0;
        let opened = at >= start + 2 && self.word(p, at - 1) == "as" && toks[at - 2].kind == Kind::Comma;
        (opened && phrase.kind != PhraseKind::Pronoun(super::roles::Pronoun::Thing)).then_some(phrase)
    }

    /// "In a 1963 speech, he declared:": a capitalised preposition or
    /// adverb opens the line and a comma closes its phrase before the cue.
    fn lead_in_phrase(&self, p: usize, start: usize, cue: Option<(usize, usize)>) -> bool {
        let Some((cue, _)) = cue else { return false };
        let opener = self.word(p, start);
        names::is_capitalised(opener) && !names::starts_like_subject(opener) && (start + 1..cue).any(|k| self.tokens[p][k].kind == Kind::Comma)
    }

    /// "Opening the address, he told viewers:": a sentence opened by a
    /// participle phrase closed by a comma has its subject after the comma;
    /// returns where the line's subject starts.
    fn past_lead_in(&self, p: usize, start: usize, colon: usize) -> usize {
        let toks = &self.tokens[p];
        if start + 2 >= colon {
            return start;
        }
        let word = |k: usize| toks[k].is_word().then(|| self.word(p, k));
        let opens = word(start).is_some_and(|w| w.len() > 5 && w.ends_with("ing") && names::is_capitalised(w));
        // "Sterling Bank said:" is a name; a participle takes a lower-case object or adverb.
        let phrase = word(start + 1).is_some_and(|w| !names::is_capitalised(w));
        let comma = (start + 2..colon).find(|&k| toks[k].kind == Kind::Comma);
        // "The next day, her Twitter account posted:": a short time phrase closed by a comma.
        let timed = |c: usize| c <= start + 5 && word(c - 1).is_some_and(is_time_word);
        match comma {
            Some(c) if (opens && phrase || timed(c)) && c + 1 < colon => c + 1,
            _ => start,
        }
    }

    /// The reporting verb of a line ending in a colon at token `colon`: its
    /// last cue ("Lee continued:"), or a verb too often a noun right before
    /// the colon ("The Herald reports:").
    fn colon_cue(&self, p: usize, start: usize, colon: usize) -> Option<(usize, usize)> {
        let toks = &self.tokens[p];
        let last_word = (toks[colon - 1].is_word() && cues::is_too_common(self.word(p, colon - 1))).then_some((colon - 1, colon));
        self.cues_in(p, start, colon).last().copied().or(last_word)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;


    #[test]
    fn a_participle_lead_in_is_not_the_speaker_of_a_colon_line() {
        let text = "T\nMayor Helen Ostrova spoke for an hour. Opening the session, she told councillors:\n\n“We have waited twenty years for this bridge.”";
        assert_eq!(speakers(text), [Some("Helen Ostrova".to_string())]);
        let text = "T\nMayor Helen Ostrova turned to the drivers. Addressing the drivers directly, the mayor said:\n\n“I know the routes are too long.”";
        assert_eq!(speakers(text)[0].as_deref().map(|s| s.contains("Ostrova") || s == "mayor"), Some(true));
        let name = "T\nSterling Kemp, the club's coach, said:\n\n“We were second best all afternoon.”";
        assert_eq!(speakers(name), [Some("Sterling Kemp".to_string())]);
    }

    #[test]
    fn the_subject_of_an_as_clause_speaks_a_colon_line() {
        let text = "T\nIt is hard to overstate the weight of the charter for the movement, as the league's website notes:\n\n“In the fall of 1960, some ninety young people met at a home in Sharon.”";
        assert!(super::super::tests::run(text)[0].speaker_as_written.as_deref().is_some_and(|s| s.contains("website")));
    }

    #[test]
    fn a_lead_in_phrase_is_not_the_speaker_of_a_colon_line() {
        let text = "T\nGovernor Tom Briggs led the old guard. In a 1983 speech, he declared:\n\n“We draw the line here and we say reform now.”";
        assert_eq!(speakers(text), [Some("Tom Briggs".to_string())]);
        let text = "T\nPolice searched the flat of Tom Reed. Along with the photo, he had posted: “We are not sad, we are dancing!”";
        assert_eq!(speakers(text), [Some("Tom Reed".to_string())]);
    }

    #[test]
    fn an_unnamed_source_with_an_appositive_speaks_a_colon_line() {
        let text = "T\nMayor Ruth Ocampo closed the harbour on Friday. Residents reacted calmly. One resident of Marlow, a 52-year-old baker, was blunt: “If they close the market too, I will leave.”";
        assert_eq!(speakers(text), [Some("One resident of Marlow".to_string())]);
    }
}
