//! "HEADLINE - Name: “…”": a digest line opens with a headline or a topic,
//! then a dash, then the name of the writer it quotes and a colon. The
//! speaker is the name after the last dash, not the headline
//! ("Pollsters agree - Carl Bialik: “…”", "More from Bialik: “…”").

use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::tokens::Kind;

/// Words that open a digest's follow-up credit ("More from Bialik:").
const MORE_FROM: [&str; 2] = ["more", "from"];

impl Context<'_> {
    /// Where the speaker of a colon line starting at `start` begins when a
    /// dash before the colon at `colon` sets a headline off from a name that
    /// runs right up to the colon; `start` otherwise.
    pub(super) fn past_dash_label(&self, p: usize, start: usize, colon: usize) -> usize {
        let toks = &self.tokens[p];
        let Some(dash) = (start + 1..colon).rev().find(|&k| toks[k].kind == Kind::Dash) else { return start };
        let mut from = dash + 1;
        if from + 2 < colon && (0..2).all(|j| self.word(p, from + j).eq_ignore_ascii_case(MORE_FROM[j])) {
            from += 2;
        }
        if self.names_up_to(p, from, colon) { from } else { start }
    }

    /// Whether tokens `from..colon` are one name, or two joined by "and"
    /// ("Mark Blumenthal and Jon Cohen").
    fn names_up_to(&self, p: usize, from: usize, colon: usize) -> bool {
        let toks = &self.tokens[p];
        let named = |from: usize| names::read_forward(self.texts[p], toks, from, colon).filter(|ph| ph.written.0 == from && matches!(ph.kind, PhraseKind::Name | PhraseKind::Org | PhraseKind::Outlet));
        match named(from).map(|ph| ph.written.1) {
            Some(end) if end == colon => true,
            Some(end) if end + 1 < colon && self.word(p, end) == "and" => named(end + 1).is_some_and(|ph| ph.written.1 == colon),
            _ => false,
        }
    }

    /// The colon line of a quotation at token `i` when it is a dash label
    /// ("Pollsters agree - Carl Bialik: “…”"), before any cue in the
    /// headline ("agree") is read as the quotation's reporting verb.
    pub(super) fn dash_label_clause(&self, p: usize, i: usize) -> Option<Clause> {
        let toks = &self.tokens[p];
        let colon = i.checked_sub(1).filter(|&c| toks[c].kind == Kind::Colon)?;
        let start = self.sentence_start(p, colon);
        (self.past_dash_label(p, start, colon) > start).then(|| self.colon_line(p, i)).flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn the_name_after_a_headline_dash_speaks() {
        let text = "T\nVOTERS ARE STILL UNDECIDED - Maria Lopez: “The share of undecided voters is higher than in any earlier cycle.” [Gazette.]\n\nPollsters agree - Tom Baker: “Keep calling voters as late as you can, the late deciders move the result.” [Herald.]\n\nTurnout models disagree - More from Lopez: “Our data shows a steady rise in first-time voters this month.”\n\nPOLLS NOT WRONG, JUST EARLY - Ann Hill and Tom Baker: “The polls simply stopped calling voters too early in the week.”";
        assert_eq!(speakers(text), [Some("Maria Lopez".to_string()), Some("Tom Baker".to_string()), Some("Maria Lopez".to_string()), Some("Ann Hill".to_string())]);
    }

    #[test]
    fn a_dash_before_a_cue_keeps_the_line_subject() {
        let text = "T\nMayor Helen Ostrova — who chairs the board — said: “We have waited twenty years for this bridge.”";
        assert_eq!(speakers(text), [Some("Helen Ostrova".to_string())]);
    }
}
