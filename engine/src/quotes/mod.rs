//! Finding quotations: the quoted stretches of each article, joined into
//! utterances and told apart as speech or phrase.
//!
//! | file | what it does |
//! |---|---|
//! | [`marks`] | pairs quotation marks inside one paragraph (a stack machine) |
//! | [`apostrophe`] | apostrophes shaped like single marks (’90s, rock ’n’ roll, the nurses’ union) |
//! | [`style`] | the article's house style: double or single marks outermost |
//! | [`join`]  | joins stretches over paragraphs and around "he said" |
//! | [`gap`]   | reads the text between two stretches: attribution clause or fragment gap |
//! | [`kind`]  | speech ([`Kind::Quote`]) or term/name ([`Kind::Phrase`]) |
//! | [`word_shape`] | a quotation's words in one pass: count, first person, title case, shouted capitals |
//! | [`kind_shape`] | shapes of terms: lists of short terms, slogans on signs or chanted, "the term “…”", names in use |
//! | [`cues`]  | a light reporting-verb and naming-word check |
//! | [`settle`] | the final kind, once attribution is known |
//! | [`turns`] | transcript turns opening with a speaker label ("JONES: …") |
//! | [`answers`] | interviews printed as questions and unmarked answers |
//!
//! Paragraphs of role [`Role::Boilerplate`] and [`Role::Meta`] are skipped;
//! titles, headings and captions count. Single marks quote at the outermost
//! level in titles and headings, and in the body of an article in British
//! house style ([`style`]); elsewhere they are nested quotations.

pub mod answers;
pub mod apostrophe;
pub mod cues;
pub mod curly_ahead;
pub mod gap;
pub mod join;
pub mod kind;
pub mod kind_shape;
pub mod marks;
pub mod settle;
pub mod style;
pub mod turns;
pub mod word_shape;

use crate::model::{Article, Kind, Quotation, Role, Span};
use join::Piece;

/// Finds every quotation in an article, in reading order.
pub fn find(article: &Article) -> Vec<Quotation> {
    explain(article).into_iter().map(|(quotation, _)| quotation).collect()
}

/// Finds every quotation with the features its kind was decided on (for
/// tuning and for the attribution stage's curiosity).
pub fn explain(article: &Article) -> Vec<(Quotation, kind::Features)> {
    let texts: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    let paired: Vec<Vec<marks::Quoted>> = article
        .paragraphs
        .iter()
        .map(|p| match p.role {
            Role::Boilerplate | Role::Meta => Vec::new(),
            _ => marks::pair_all(&p.text),
        })
        .collect();
    let is_body = |role: Role| matches!(role, Role::Body | Role::Caption);
    let body: Vec<(&str, &[marks::Quoted])> = (article.paragraphs.iter().zip(&paired))
        .filter(|(p, _)| is_body(p.role))
        .map(|(p, found)| (p.text.as_str(), found.as_slice()))
        .collect();
    let style = style::article_style(&body);
    let singles = style.singles();
    let mut found: Vec<Vec<marks::Quoted>> = (article.paragraphs.iter().zip(&paired))
        .map(|(p, found)| match p.role {
            Role::Boilerplate | Role::Meta => Vec::new(),
            Role::Title | Role::Heading => marks::select(found, marks::Singles::Headline),
            Role::Body | Role::Caption => style::body_quotations(&p.text, found, style),
        })
        .collect();
    join::runs_on(&texts, &paired, &mut found, singles);
    let mut list: Vec<_> = join::utterances(&texts, &found).iter().filter_map(|pieces| quotation(&texts, pieces)).collect();
    let roles: Vec<Role> = article.paragraphs.iter().map(|p| p.role).collect();
    answers::add(&texts, &roles, &mut list);
    list
}

/// Builds one quotation from its pieces: spans trimmed of spaces, empty
/// pieces dropped, text joined by a space, kind decided.
fn quotation(texts: &[&str], pieces: &[Piece]) -> Option<(Quotation, kind::Features)> {
    let mut parts = Vec::with_capacity(pieces.len());
    let mut kept = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if let Some(span) = trimmed_span(texts[piece.paragraph], piece) {
            parts.push(span);
            kept.push(*piece);
        }
    }
    if parts.is_empty() {
        return None;
    }
    let text = parts.iter().map(|s| &texts[s.paragraph][s.start..s.end]).collect::<Vec<_>>().join(" ");
    let features = kind::features(texts, &kept, &text);
    let kind: Kind = kind::decide(&features);
    Some((Quotation { parts, text, kind }, features))
}

/// The span of a piece without the spaces at its edges, if any text is left.
fn trimmed_span(text: &str, piece: &Piece) -> Option<Span> {
    let inner = &text[piece.quoted.start..piece.quoted.end];
    let leading = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return None;
    }
    let start = piece.quoted.start + leading;
    Some(Span { paragraph: piece.paragraph, start, end: start + trimmed.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::parse_text;

    #[test]
    fn finds_curly_and_straight_quotations() {
        let article = parse_text("t.txt", "T\n“One two three four,” he said. A \"scare\" word.");
        let found = find(&article);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].text, "One two three four,");
        assert_eq!(found[0].kind, Kind::Quote);
        assert_eq!(found[1].text, "scare");
        assert_eq!(found[1].kind, Kind::Phrase);
    }

    #[test]
    fn a_programme_name_after_on_or_a_possessive_is_a_phrase() {
        let article = parse_text("t.txt", "T\n“We will win,” Mike Pence said on “Fox News Sunday.” He spoke on NBC’s “Meet the Press.”");
        let kinds: Vec<Kind> = find(&article).iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [Kind::Quote, Kind::Phrase, Kind::Phrase]);
    }

    #[test]
    fn a_title_after_memoir_is_a_phrase() {
        let article = parse_text("t.txt", "T\nIn the radio interview, Ada Pell also spoke about her memoir, “The Quiet Ward,” published in May.");
        let kinds: Vec<Kind> = find(&article).iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [Kind::Phrase]);
        assert!(cues::is_naming_word("memoir"));
    }
}
