//! Pronoun chains: a "he" or "she" whose sentence follows one opened by
//! the same pronoun refers to what that pronoun did ("She accused the
//! party of helping Ruiz, who is backed by President Julio Benitez. “…,”
//! she said": not Benitez), and a pronoun set off by "in turn" is the other
//! party of the sentence before ("Holm has described him as “…”. He, in
//! turn, has called the president “…”": not Holm).

use super::find::Context;
use super::resolve::Place;

/// The place of the first pronoun of a chain ending in the he or she at
/// `at`: each earlier sentence of the paragraph that opens with the same
/// pronoun steps back to it; `at` itself when there is none.
pub(super) fn chain_start(context: &Context, at: Place) -> Place {
    let (text, toks) = (context.texts[at.0], &context.tokens[at.0]);
    let Some(pronoun) = toks.get(at.1).filter(|t| t.is_word()).map(|t| t.text(text).to_lowercase()) else { return at };
    if !matches!(pronoun.as_str(), "he" | "she") {
        return at;
    }
    let mut from = at.1;
    while let Some(opening) = previous_sentence_start(toks, from) {
        let t = &toks[opening];
        if !(t.is_word() && t.text(text).eq_ignore_ascii_case(&pronoun)) {
            break;
        }
        from = opening;
    }
    (at.0, from)
}

/// The first token of the sentence before the one holding token `k`.
fn previous_sentence_start(toks: &[super::tokens::Token], k: usize) -> Option<usize> {
    let sentence = toks[k].sentence.checked_sub(1)?;
    toks.iter().position(|t| t.sentence == sentence)
}
