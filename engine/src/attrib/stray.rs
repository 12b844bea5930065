//! Stray sentence openers read as speakers: an adverb ("Conversely"), a
//! gerund ("Eliminating"), a time expression ("A few days ago", "2008") or a
//! bare determiner is never who said a quotation.

use super::find::{Clause, Context};
use super::names;

/// Words that make a phrase a time expression.
const TIME_WORDS: &[&str] = &["ago", "days", "weeks", "months", "years", "yesterday", "today", "tonight"];

/// Month names that are no one's name ("May" is left out).
const MONTHS: &[&str] = &["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"];

impl Context<'_> {
    /// Drops a stray opener from a clause's speaker; after "Conversely," the
    /// phrase that follows the comma is read instead.
    pub fn without_stray(&self, mut clause: Clause) -> Option<Clause> {
        let Some((phrase, at)) = clause.speaker else { return Some(clause) };
        let (p, a) = at;
        let (text, toks) = (self.texts[p], &self.tokens[p]);
        let words: Vec<&str> = (phrase.written.0..phrase.written.1).map(|k| toks[k].text(text)).collect();
        if !self.is_stray(&words, phrase.name.is_some()) {
            return Some(clause);
        }
        let after_comma = a + 1 < toks.len() && toks[a + 1].kind == super::tokens::Kind::Comma && words.len() == 1;
        let capital = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && t.text(text).chars().next().is_some_and(char::is_uppercase));
        let mut end = a + 2;
        while after_comma && end < a + 8 && capital(end) {
            end += 1;
        }
        let next = (after_comma && end > a + 2).then(|| names::classify(text, toks, a + 2, end));
        match next.filter(|n| n.kind != names::PhraseKind::Description && n.name.is_some()) {
            Some(n) => clause.speaker = Some((n, (p, a + 2))),
            None if clause.cue.is_some() => clause.speaker = None,
            None => return None,
        }
        (clause.speaker.is_some() || clause.inherited.is_some()).then_some(clause)
    }

    fn is_stray(&self, words: &[&str], named: bool) -> bool {
        let Some(&first) = words.first() else { return false };
        // "About four in 10", "That letter": a share, or a demonstrative and its noun.
        let demonstrative = words.get(1).is_some_and(|w| demonstrative_noun(first, w));
        if demonstrative || super::poll_share::is_share(words) {
            return false;
        }
        // "Then, after a pause: …", "And here was …": a capitalised
        // adverbial or conjunction opens no subject.
        let lone = words.len() == 1 || !named;
        // "“…,” Will wrote": a surname read as a name is no adverbial.
        let surname = named && words.len() == 1 && super::surname_words::is_homograph(first);
        if lone && first.chars().next().is_some_and(char::is_uppercase) && !names::starts_like_subject(first) && !surname {
            return true;
        }
        if words.len() == 1 && MONTHS.contains(&first) {
            return true;
        }
        if words.len() == 1 {
            let w = first;
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            // The article's names are searched last, only for an adverb-like word.
            let unknown = || capital && self.mentions.full_name(w, (usize::MAX, 0)).is_none();
            return matches!(w, "an" | "the" | "a" | "An" | "The" | "A")
                || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                || w.len() > 5 && (w.ends_with("ly") || w.ends_with("ing")) && unknown();
        }
        words.iter().any(|w| TIME_WORDS.contains(&w.to_ascii_lowercase().as_str())) && !words.iter().skip(1).any(|w| w.chars().next().is_some_and(char::is_uppercase))
    }
}

/// The number of tokens of a dateline opening a paragraph, through its dash
/// ("PORT HALE, B.C. —", "WASHINGTON (AP) —", "KYIV, March 3 (Reuters) -"),
/// else 0. A dateline is where the story was filed: never a mention of a
/// speaker or a body.
pub fn dateline_end(text: &str, toks: &[super::tokens::Token]) -> usize {
    use super::tokens::Kind;
    let Some(first) = toks.first().filter(|t| t.is_word()).map(|t| t.text(text)) else { return 0 };
    // Most paragraphs open with a capital and a small letter: no dateline.
    let mut opening = first.chars();
    if !(opening.next().is_some_and(char::is_uppercase) && opening.next().is_some_and(|c| !c.is_lowercase())) {
        return 0;
    }
    let shouted = first.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !first.chars().any(char::is_lowercase);
    let Some(dash) = toks.iter().take(12).position(|t| t.kind == Kind::Dash).filter(|_| shouted) else { return 0 };
    let plain = |t: &super::tokens::Token| match t.kind {
        Kind::Word => t.text(text).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()),
        Kind::Comma | Kind::Bracket | Kind::Other | Kind::Stop => true,
        _ => false,
    };
    if toks[..dash].iter().all(plain) { dash + 1 } else { 0 }
}

/// Whether a capitalised demonstrative and the lower-case word after it
/// open a noun phrase ("That letter", "These reports"), not a clause ("This was").
pub(super) fn demonstrative_noun(first: &str, second: &str) -> bool {
    matches!(first, "That" | "This" | "These" | "Those") && second.starts_with(char::is_lowercase) && !super::verbs::is_verb(second) && !super::cues::is_cue_word(second) && !names::opens_no_subject(second)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_demonstrative_and_its_noun_opening_the_sentence_are_the_subject() {
        let text = "T\nVarga wrote to the council in May. That letter demanded that the board make “a full public apology” within a week.";
        assert_eq!(run(text)[0].speaker_as_written.as_deref(), Some("That letter"));
    }

    #[test]
    fn a_demonstrative_before_a_verb_opens_no_subject() {
        assert!(super::demonstrative_noun("These", "reports"));
        assert!(!super::demonstrative_noun("This", "was"));
        assert!(!super::demonstrative_noun("That", "said"));
    }
}
