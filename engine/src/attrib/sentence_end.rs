//! Where a quotation ends its sentence: "… for him.” She says" starts a new
//! sentence, but "…missing.” Trump said." does not (a bare attribution
//! after a full stop inside the marks, [`super::tokens::attribution_tail`]).

use super::find::Context;
use super::tokens::Kind;

impl Context<'_> {
    /// Whether the quotation token `i` ends with a full stop and a new
    /// capitalised sentence follows it.
    pub(super) fn ends_sentence(&self, p: usize, i: usize) -> bool {
        let token = self.tokens[p][i];
        if !matches!(token.kind, Kind::Quoted(_)) {
            return false;
        }
        // The part's own text: a split quotation's later parts follow.
        let closed = token.text(self.texts[p]).trim_end().ends_with('.');
        let next = self.tokens[p].get(i + 1).filter(|t| t.is_word()).map(|t| t.text(self.texts[p]));
        closed && next.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)) && !super::tokens::attribution_tail(&self.texts[p][token.end as usize..])
    }
}
