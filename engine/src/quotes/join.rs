//! Joining quoted stretches into utterances.
//!
//! Two news conventions make one utterance out of several quoted stretches:
//!
//! * the multi-paragraph rule: a paragraph that opens a quotation and does
//!   not close it continues into the next paragraph when that paragraph
//!   opens with a quotation mark;
//! * a quotation split around its attribution ("…,” he said. “…"): the two
//!   stretches are one utterance when the words between them are a short
//!   attribution clause (a reporting verb, a few words, one sentence) set
//!   off by punctuation;
//! * fragments quoted in one sentence ("a “nasty guy,” an “anchor baby” and
//!   “unstable”") are one utterance of the speaker the sentence reports.
//!
//! A quotation that a second opening mark interrupts before any closing
//! mark (“One thing. “Another.”) goes on as the same utterance: the writer
//! dropped a closing mark or left a stray opener.
//!
//! A transcript turn ("“JONES: Better than we hoped.") always starts a new
//! utterance, its words starting after the label ([`super::turns`]).
//!
//! The tests on the text between two stretches live in [`super::gap`].

use super::gap::{are_fragments, is_split_quotation};
use super::marks::{is_single, select, Quoted, Singles};
use super::turns::label_end;

/// One quoted stretch and the paragraph it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Index of the paragraph.
    pub paragraph: usize,
    /// The stretch inside that paragraph.
    pub quoted: Quoted,
}

/// Groups the quoted stretches of an article into utterances, in reading
/// order. `texts[i]` is paragraph `i`'s text and `found[i]` its stretches.
pub fn utterances(texts: &[&str], found: &[Vec<Quoted>]) -> Vec<Vec<Piece>> {
    let mut all: Vec<Vec<Piece>> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    for (paragraph, stretches) in found.iter().enumerate() {
        for quoted in stretches {
            let mut piece = Piece { paragraph, quoted: *quoted };
            let turn = label_end(texts[paragraph], quoted);
            if let Some(start) = turn {
                piece.quoted.start = start;
            }
            // A nickname (Marcia “Cia” Lowe) is part of a name, never of an utterance.
            let nickname = |p: &Piece| is_nickname(texts[p.paragraph], &p.quoted);
            let continues = turn.is_none() && !nickname(&piece) && current.last().is_some_and(|last| !nickname(last) && continues_into(texts, last, &piece));
            if !continues && !current.is_empty() {
                all.push(std::mem::take(&mut current));
            }
            current.push(piece);
        }
    }
    if !current.is_empty() {
        all.push(current);
    }
    all
}

/// Drops a single-mark quotation left open at the end of paragraph `i`
/// unless the quotation runs on: the next paragraph opens with a mark. A
/// stray single mark (an apostrophe typed as an opener) quotes nothing, and
/// the quotations it would have covered count again. `paired[i]` is
/// [`super::marks::pair_all`]'s answer for paragraph `i`.
pub fn runs_on(texts: &[&str], paired: &[Vec<Quoted>], found: &mut [Vec<Quoted>], singles: Singles) {
    for i in 0..found.len() {
        let stray = found[i].last().is_some_and(|q| is_single(q.opener) && !q.closed);
        if !stray {
            continue;
        }
        let next_opens = found.get(i + 1).and_then(|f| f.first()).is_some_and(|q| opens_paragraph(texts[i + 1], q));
        if !next_opens {
            let closed: Vec<Quoted> = paired[i].iter().filter(|q| q.closed || !is_single(q.opener)).copied().collect();
            found[i] = select(&closed, singles);
        }
    }
}

/// Whether `next` belongs to the same utterance as `last`.
fn continues_into(texts: &[&str], last: &Piece, next: &Piece) -> bool {
    if next.paragraph == last.paragraph + 1 {
        let text = texts[last.paragraph];
        return last.quoted.open_at_paragraph_end(text.len()) && opens_paragraph(texts[next.paragraph], &next.quoted);
    }
    if next.paragraph == last.paragraph && !last.quoted.closed && last.quoted.end == next.quoted.open_mark {
        return true;
    }
    if next.paragraph == last.paragraph && last.quoted.closed {
        let text = texts[last.paragraph];
        return is_split_quotation(text, &last.quoted, &next.quoted) || are_fragments(text, &last.quoted, &next.quoted);
    }
    false
}

/// Whether a closed stretch of one or two capitalised words with no
/// sentence punctuation stands between two capitalised words, as a
/// nickname does between a first name and a surname.
fn is_nickname(text: &str, quoted: &Quoted) -> bool {
    let inner = &text[quoted.start..quoted.end];
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    // Cheap edge checks first; words are counted only up to three.
    let before = || text[..quoted.open_mark].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()).is_some_and(capital);
    let after = || text[quoted.close_end..].strip_prefix(' ').is_some_and(capital);
    let words = || inner.split_whitespace().take(3).count();
    quoted.closed && capital(inner) && !inner.ends_with(['.', ',', '!', '?', '…']) && after() && before() && (1..=2).contains(&words())
}

/// Whether the quotation's opening mark starts its paragraph (after any
/// spaces, dashes or bullets).
fn opens_paragraph(text: &str, quoted: &Quoted) -> bool {
    text[..quoted.open_mark].chars().all(|c| c.is_whitespace() || matches!(c, '—' | '–' | '-' | '•' | '*'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks::pair_marks;

    fn join(paragraphs: &[&str]) -> Vec<Vec<String>> {
        let found: Vec<Vec<Quoted>> = paragraphs.iter().map(|p| pair_marks(p, false)).collect();
        utterances(paragraphs, &found)
            .into_iter()
            .map(|u| u.iter().map(|p| paragraphs[p.paragraph][p.quoted.start..p.quoted.end].to_string()).collect())
            .collect()
    }

    #[test]
    fn a_quotation_split_around_he_said_is_one_utterance() {
        assert_eq!(join(&["“One two,” he said. “Three four.”"]), [["One two,", "Three four."]]);
        assert_eq!(join(&["“One,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. “Two.”"]), [["One,", "Two."]]);
    }

    #[test]
    fn a_second_cue_starts_a_new_utterance() {
        let got = join(&["“Come over,” Zelensky pleaded at a press conference, adding “We will give you weapons.”"]);
        assert_eq!(got.len(), 2);
        assert_eq!(join(&["“One,” he said and added: “Two.”"]).len(), 2);
        // "“…,” Lund said. “A mountain man?” Maddow repeated.": the second has its own cue.
        assert_eq!(join(&["“I will look at many people,” Lund said. “A mountain man?” Moss repeated."]).len(), 2);
    }

    #[test]
    fn narrative_between_quotations_keeps_them_apart() {
        let got = join(&["“One two,” he said. Later the rain stopped and everyone went home. “Three.”"]);
        assert_eq!(got.len(), 2);
        let got = join(&["“One two.” Then the storm came. “Three four.”"]);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn fragments_of_one_sentence_are_one_utterance() {
        let got = join(&["Trump called him a “nasty guy,” an “anchor baby,” and “sick.”"]);
        assert_eq!(got, [["nasty guy,", "anchor baby,", "sick."]]);
    }

    #[test]
    fn an_open_paragraph_continues_into_one_that_opens_with_a_mark() {
        let got = join(&["“One two.", "“Three four,” she said.", "Plain text.", "“Five.”"]);
        assert_eq!(got, vec![vec!["One two.", "Three four,"], vec!["Five."]]);
    }

    #[test]
    fn a_quotation_reopened_without_closing_goes_on() {
        let got = join(&["“We tried everything. “Nothing worked,” she said."]);
        assert_eq!(got, [["We tried everything. ", "Nothing worked,"]]);
    }

    #[test]
    fn each_transcript_turn_is_its_own_utterance() {
        let got = join(&["“SMITH: How did it go?", "“JONES: Better than we hoped.", "“The count went on all night.”"]);
        assert_eq!(got, vec![vec!["How did it go?"], vec!["Better than we hoped.", "The count went on all night."]]);
    }

    #[test]
    fn a_nickname_is_its_own_utterance() {
        let got = join(&["“A big year for us!” his niece, Del. Marcia “Cia” Lowe (D-Norfolk), shouted. “The state is watching.”"]);
        assert_eq!(got, vec![vec!["A big year for us!"], vec!["Cia"], vec!["The state is watching."]]);
    }

    #[test]
    fn an_open_paragraph_does_not_continue_into_plain_text() {
        let got = join(&["He said “one two.", "Later she said “three.”"]);
        assert_eq!(got, vec![vec!["one two."], vec!["three."]]);
    }
}
