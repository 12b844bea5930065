//! "The agency said the water was safe. It added that “…”": an "it" that no
//! named organisation takes refers to the body or document opening this
//! sentence or one of the two before it, past a lead-in ("The agency", "The mission's
//! preliminary report"), resolved as that phrase would be.

use super::find::Context;
use super::names::{self, Phrase, PhraseKind};
use super::orgs::{COMPANY_NOUNS, OTHER_NOUNS, PUBLIC_NOUNS};
use super::resolve::Place;

/// How many sentences back (the pronoun's own included) a subject is looked for.
const SENTENCES: usize = 3;

/// The "the …" phrase naming a body or document that opens the sentence of
/// the "it" at `at` (when the "it" does not open it) or one of the sentences
/// before, within this paragraph and the one before it, with its place.
pub fn body_subject_before(context: &Context, at: Place) -> Option<(Phrase, Place)> {
    let (mut p, mut i) = at;
    for _ in 0..SENTENCES {
        let start = context.sentence_start(p, i);
        if (p, start) != at {
            let subject = super::unnamed::lead_in_end(context.texts[p], &context.tokens[p], start).unwrap_or(start);
            if let Some(phrase) = body_phrase(context, p, subject) {
                return Some((phrase, (p, subject)));
            }
        }
        match (start, p) {
            (0, 0) => return None,
            (0, _) if p + 1 < at.0 => return None,
            (0, _) => {
                p -= 1;
                i = context.tokens[p].len().checked_sub(1)?;
            }
            _ => i = start - 1,
        }
    }
    None
}

/// "The sanctions text, published …, lists the company. It says …": a
/// document opening the "it"'s sentence or the two before is its referent
/// before any organisation named earlier.
pub fn document_subject_before(context: &Context, at: Place) -> Option<(Phrase, Place)> {
    let (phrase, place) = body_subject_before(context, at)?;
    let head = context.word(place.0, phrase.written.1 - 1).to_lowercase();
    super::documents::is_text_head(&head).then_some((phrase, place))
}

/// The phrase at token `start` of paragraph `p` when it is "the" and a few
/// words ending in a body's or a document's noun.
fn body_phrase(context: &Context, p: usize, start: usize) -> Option<Phrase> {
    let (text, toks) = (context.texts[p], &context.tokens[p]);
    let first = toks.get(start).filter(|t| t.is_word())?.text(text);
    if !first.eq_ignore_ascii_case("the") {
        return None;
    }
    // "The transit union sent a letter": the phrase ends before its verb.
    let read = names::read_forward(text, toks, start, toks.len())?;
    let verb = (start + 1..read.written.1).find(|&k| super::verbs::is_verb(toks[k].text(text)));
    let phrase = super::names_edges::before_verb(text, toks, verb.map_or(read, |k| names::classify(text, toks, start, k)));
    let head = toks[phrase.written.1.checked_sub(1)?].text(text).to_lowercase();
    let noun = [COMPANY_NOUNS, PUBLIC_NOUNS, OTHER_NOUNS].iter().any(|list| list.contains(&head.as_str())) || super::documents::is_text_head(&head);
    (noun && matches!(phrase.kind, PhraseKind::Org | PhraseKind::Outlet | PhraseKind::Description) && phrase.written.1 - phrase.written.0 <= 6).then_some(phrase)
}

#[cfg(test)]
mod tests {
    use crate::attrib::tests::run;

    #[test]
    fn a_body_before_it_ends_before_its_verb() {
        let got = run("T\nThe transit union sent a letter to the mayor on Monday.\n\n“The city has broken every promise it made to drivers,” it read.");
        assert_eq!(got[0].speaker.as_deref(), Some("The transit union"));
    }

    #[test]
    fn it_after_the_agency_is_that_body() {
        let got = run("T\nThe Harlow Water Agency tested the supply on Monday.\n\nThe agency said in a statement that the water was safe. It added that “testing will continue every day until the end of the month.”");
        assert_eq!(got[0].speaker.as_deref(), Some("Harlow Water Agency"));
        let got = run("T\nThe agency said in a statement that the water was safe. It added that “testing will continue every day until the end of the month.”");
        assert_eq!(got[0].speaker.as_deref(), Some("The agency"));
    }

    #[test]
    fn it_after_a_document_is_that_document_before_a_person_or_body() {
        let text = "T\nCommissioner Helena Marsh of the Trade Council said the package was the toughest yet.\n\nThe sanctions text, published in the official journal, lists the company. It says the measures apply to “any entity owned by the firm.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("The sanctions text"));
    }

    #[test]
    fn it_after_a_lead_in_and_the_centre_is_that_body() {
        let text = "T\nThe route is watched by a Joint Shipping Centre. Its chief, Tom Reyes, said the route was open.\n\nMr. Reyes said checks had been shortened.\n\nIn a statement issued later, the centre said 41 ships had left. It said that “no vessel has reported any incident.”";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Joint Shipping Centre"));
    }
}
