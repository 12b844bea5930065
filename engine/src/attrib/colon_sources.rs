//! Where the source of a short "X:" line starts when words stand before it:
//! "From Lowe's Facebook post: “…”", "More from Jones: “…”" (a round-up's
//! "HEADLINE - Name:" is `dash_label`'s); and a colon line of lead-in
//! words only ("Then, on CNN: “…”"), which continues the last speaker.

use super::find::{Clause, Context};
use super::names;
use super::resolve::LastSpeaker;
use super::tokens::Kind;

/// The most tokens a source after "from" may run to before the colon.
const SOURCE_TOKENS: usize = 6;

/// The most tokens a lead-in colon line ("Then, later that month on CNN:") may run to.
const LEAD_IN_TOKENS: usize = 10;

impl Context<'_> {
    /// The first token of the source in the colon line `start..colon` of
    /// paragraph `p` after an opening "From" / "More from" ("From Lowe's
    /// Facebook post:"), when a short phrase is left before the colon. (A
    /// headline before a dash is passed by `dash_label` first.)
    pub(super) fn past_from(&self, p: usize, start: usize, colon: usize) -> usize {
        let toks = &self.tokens[p];
        let short = |from: usize| from < colon && colon - from <= SOURCE_TOKENS && (from..colon).all(|k| toks[k].is_word());
        let word = |k: usize| (k < colon && toks[k].is_word()).then(|| self.word(p, k));
        let from = match (word(start), word(start + 1)) {
            (Some("From"), _) => start + 1,
            (Some("More" | "Excerpts" | "Excerpt"), Some("from")) => start + 2,
            _ => start,
        };
        if short(from) { from } else { start }
    }

    /// "Then, later that month on CNN: “…”": a short colon line of lead-in
    /// words only (opening with an adverbial, no cue, no person) continues
    /// the last speaker of this or the previous paragraph.
    pub(super) fn lead_in_colon(&self, p: usize, i: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        let toks = &self.tokens[p];
        let colon = i.checked_sub(1).filter(|&c| toks[c].kind == Kind::Colon)?;
        let start = self.sentence_start(p, colon);
        let opens = start < colon && colon - start <= LEAD_IN_TOKENS && toks[start].is_word() && names::is_capitalised(self.word(p, start)) && !names::starts_like_subject(self.word(p, start));
        if !opens || !self.cues_in(p, start, colon).is_empty() || self.mentions.person_between((p, start), (p, colon), "").is_some() {
            return None;
        }
        let last = last.filter(|l| l.paragraph == p || l.paragraph + 1 == p)?;
        Some(Clause { paragraph: p, sentence: toks[i].sentence, inherited: Some(last.clone()), ..Clause::default() })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn a_round_up_line_credits_the_source_after_its_dash() {
        let text = "T\nFERRY FARES TO RISE AGAIN IN SPRING - Ilse Varga: “The operator has raised fares three times in two years and will do so again.”";
        assert_eq!(speakers(text), [Some("Ilse Varga".to_string())]);
    }

    #[test]
    fn from_and_more_from_open_no_speaker() {
        let text = "T\nThe mayor backed the plan on Monday. From Varga's blog post: “We cannot leave the islands without a ferry all winter long.”";
        assert!(speakers(text)[0].as_deref().is_some_and(|s| s.contains("Varga")));
        let text = "T\nFares will rise - More from Varga: “The operator has raised fares three times in two years and will do so again.”";
        assert!(speakers(text)[0].as_deref().is_some_and(|s| s.contains("Varga")));
    }

    #[test]
    fn a_lead_in_colon_line_continues_the_last_speaker() {
        let text = "T\n“We never promised a second ferry,” Ilse Varga told the Gazette in May.\n\nThen, a week later on Radio Harbour: “The second ferry will sail before the summer is out.”";
        assert_eq!(speakers(text), [Some("Ilse Varga".to_string()), Some("Ilse Varga".to_string())]);
    }
}
