//! A quotation standing alone in its paragraph, signed by the next
//! paragraph's dash line: "“…” ¶ —Maria Santos, Harbour Town." (a
//! round-up's "quotable", a letters page, an epigraph).

use super::find::{Clause, Context};
use super::names::{self, PhraseKind};
use super::resolve::Place;
use super::tokens::Kind;

/// The most tokens a signature line may run to.
const SIGNATURE_TOKENS: usize = 30;

impl Context<'_> {
    /// The signer of a quotation whose last part, at `places`, fills its
    /// paragraph, when the next paragraph is a short line opening with a
    /// dash and a person's name.
    pub(super) fn signed_below(&self, places: &[Place]) -> Option<Clause> {
        let &(p, i) = places.last()?;
        let toks = &self.tokens[p];
        let alone = toks.len() <= 8 && places.iter().all(|&(q, _)| q == p) && toks.iter().enumerate().all(|(k, t)| k == i || !t.is_word() && !matches!(t.kind, Kind::Quoted(_)));
        let next = self.tokens.get(p + 1).filter(|_| alone)?;
        let line = self.texts[p + 1].trim_start();
        let dashed = line.starts_with(['-', '—', '–']) && next.len() <= SIGNATURE_TOKENS && next.len() > 1;
        if !dashed || next.first().is_some_and(|t| t.is_word()) {
            return None;
        }
        let phrase = names::read_forward(self.texts[p + 1], next, 1, next.len()).filter(|s| s.kind == PhraseKind::Name && s.written.0 == 1)?;
        Some(Clause { paragraph: p + 1, sentence: next[1].sentence, speaker: Some((phrase, (p + 1, 1))), ..Clause::default() })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn a_dash_line_under_a_lone_quotation_signs_it() {
        let text = "T\nThe mayor spoke first, Tilda Brack said.\n\n“The ferry is the only road we have, and it needs to run all winter.”\n\n—Oskar Lind, Harbour Town.";
        assert_eq!(speakers(text), [Some("Oskar Lind".to_string())]);
    }

    #[test]
    fn a_dash_line_opening_with_no_name_signs_nothing() {
        let text = "T\n“The ferry is the only road we have, and it needs to run all winter,” Tilda Brack said.\n\n“We will not give up on it.”\n\n— and the crowd cheered.";
        assert_eq!(speakers(text)[1].as_deref(), Some("Tilda Brack"));
    }
}
