//! A name whose predicate is the quotation: "“We thought only Trump was an
//! insensitive guy,” said Aida. Biden “kind of misspoke. …”". With no cue,
//! a name set right before a quotation that opens in lower case is what the
//! quoted words are about, not their speaker; after a speaker earlier in the
//! same paragraph, the quotation carries on that speaker.

use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::resolve::LastSpeaker;
use super::tokens::Kind;

/// How many words the name before the quotation may hold.
const MAX_NAME: usize = 4;

impl Context<'_> {
    /// The last speaker, carried on by a quotation at token `i` of paragraph
    /// `p` that is the predicate of the name opening its sentence.
    pub(super) fn predicate_quote(&self, p: usize, i: usize, last: Option<&LastSpeaker>) -> Option<Clause> {
        let last = last.filter(|l| l.paragraph == p && l.at.0 == p && l.at.1 < i)?;
        let toks = &self.tokens[p];
        let start = self.sentence_start(p, i);
        if start == i || i - start > MAX_NAME || !matches!(toks[i].kind, Kind::Quoted(_)) {
            return None;
        }
        let name = names::read_forward(self.texts[p], toks, start, i).filter(|n| n.kind == PhraseKind::Name && n.written == (start, i))?;
        let lower = toks[i].text(self.texts[p]).chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
        let other = !last.written.ends_with(super::resolve::span(self.texts[p], toks, name.written.0, name.written.1));
        (lower && other).then(|| Clause { paragraph: p, sentence: toks[i].sentence, inherited: Some(last.clone()), ..Clause::default() })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_name_before_a_lower_case_quotation_is_its_topic_not_its_speaker() {
        let text = "T\nJapanese author Hiro Aida said the timing of the remark made it seem insensitive. “We thought only Tillman was an insensitive guy,” said Aida, who recently published a book. Tillman “kind of misspoke. This is not something he should talk openly about in public.”";
        let got = run(text);
        assert_eq!(got[1].speaker.as_deref(), Some("Hiro Aida"));
    }
}
