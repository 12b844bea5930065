//! Tokens of one paragraph: words and punctuation outside quotations, and one
//! opaque token per quoted stretch, each tagged with its sentence number.
//!
//! Attribution reads only the text around quotations, so the words inside a
//! quotation never become tokens; a quotation is one [`Kind::Quoted`] token.
//! A full stop inside the marks ends the sentence unless only a bare
//! attribution follows ("…missing.” Trump said.", `ends_sentence`).

use super::find::Context;
use crate::wordset::in_list;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters and digits, with inner apostrophes, hyphens and dots.
    Word,
    /// A comma.
    Comma,
    /// A full stop, question mark or exclamation mark.
    Stop,
    /// A colon.
    Colon,
    /// A semicolon.
    Semicolon,
    /// A dash standing as punctuation (—, –, ―, or a spaced hyphen).
    Dash,
    /// A bracket.
    Bracket,
    /// A quoted stretch; the number is the quotation's index in the article.
    Quoted(u32),
    /// Any other symbol.
    Other,
}

/// One token: a byte range of the paragraph text, its kind and its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
    /// What the token is.
    pub kind: Kind,
    /// The sentence number within the paragraph, from 0.
    pub sentence: u32,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, paragraph: &'a str) -> &'a str {
        &paragraph[self.start as usize..self.end as usize]
    }

    /// Whether the token is a word.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word)
    }
}

/// Abbreviations whose trailing dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Ave", "Capt", "Cmdr", "Co", "Col", "Corp", "Dr", "Feb", "Gen", "Gov", "Inc", "Jan", "Jr", "Lt", "Ltd",
    "Maj", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Prof", "Rep", "Rev", "Sen", "Sept", "Sgt", "Sr", "St", "vs",
    "Aug", "Dec", "Gens", "Reps", "Sens", "Supt", "Insp", "Det", "Cpl", "Pvt", "Brig", "Fr", "Del", "Atty", "Cllr",
    "Hon", "Msgr", "Amb", "Coun",
];

/// Characters that open or close quotations; they never become tokens.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』' | '‘' | '’' | '\'' | '‚')
}

fn is_word_char(c: char) -> bool {
    crate::text::is_alphanumeric(c)
}

/// Tokenises a paragraph. `quoted` lists `(start, end, quotation index)` of the
/// quoted stretches of this paragraph, sorted by start.
pub fn tokenize(text: &str, quoted: &[(usize, usize, u32)], out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut sentence = 0u32;
    let mut next_quote = 0usize;
    let mut at = 0usize;
    let push = |out: &mut Vec<Token>, start: usize, end: usize, kind: Kind, sentence: &mut u32| {
        out.push(Token { start: start as u32, end: end as u32, kind, sentence: *sentence });
        if kind == Kind::Stop {
            *sentence += 1;
        }
    };
    while at < text.len() {
        if next_quote < quoted.len() && quoted[next_quote].0 <= at {
            let (start, end, index) = quoted[next_quote];
            next_quote += 1;
            if end > at {
                push(out, start.max(at), end, Kind::Quoted(index), &mut sentence);
                sentence += u32::from(closes_sentence(text, start.max(at), end));
                at = end;
            }
            continue;
        }
        if bytes[at] == b' ' {
            at += 1;
            continue;
        }
        let limit = quoted.get(next_quote).map_or(text.len(), |q| q.0);
        let (c, width) = char_at(text, at);
        if is_word_char(c) {
            let end = word_end(text, at, limit);
            push(out, at, end, Kind::Word, &mut sentence);
            at = end;
            continue;
        }
        let kind = match c {
            ',' => Some(Kind::Comma),
            '.' | '!' | '?' | '…' => Some(Kind::Stop),
            ':' => Some(Kind::Colon),
            ';' => Some(Kind::Semicolon),
            '—' | '–' | '―' => Some(Kind::Dash),
            '-' if at > 0 && bytes[at - 1] == b' ' => Some(Kind::Dash),
            '(' | ')' | '[' | ']' => Some(Kind::Bracket),
            c if c.is_whitespace() || is_quote_mark(c) => None,
            _ => Some(Kind::Other),
        };
        if let Some(kind) = kind {
            let end = if kind == Kind::Stop { stop_end(text, at) } else { at + width };
            // "(R-Wis.) said", "R-Ky., said": a dot before a bracket or a
            // comma ends an abbreviation, not the sentence.
            let kind = if kind == Kind::Stop && text[end..].starts_with([')', ']', ',', ';']) { Kind::Other } else { kind };
            push(out, at, end, kind, &mut sentence);
            at = end;
        } else {
            at += width;
        }
    }
}

/// Whether the quoted stretch `start..end` ends with a full stop and a
/// capitalised word follows it ("… for him.” She says"): a new sentence.
fn closes_sentence(text: &str, start: usize, end: usize) -> bool {
    let next = text[end..].chars().find(|&c| !c.is_whitespace() && !is_quote_mark(c));
    text[start..end].trim_end().ends_with('.') && next.is_some_and(char::is_uppercase) && !attribution_tail(&text[end..])
}

/// Whether the text after a quotation is only its attribution, a name or
/// pronoun and a reporting verb closing the sentence ("…missing.” Trump
/// said."): the full stop inside the marks is a typo for a comma.
pub(super) fn attribution_tail(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || is_quote_mark(c));
    let Some(stop) = rest.find(['.', '!', '?', '“', '"', ',']) else { return false };
    if !rest[stop..].starts_with('.') {
        return false;
    }
    let words: Vec<&str> = rest[..stop].split_whitespace().collect();
    let Some((cue, subject)) = words.split_last() else { return false };
    (1..=3).contains(&subject.len()) && super::cues::is_cue_word(cue) && cue.starts_with(char::is_lowercase) && subject.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// The end of the word starting at `start`: letters and digits, joined by
/// inner apostrophes, hyphens and dots, plus the dot of an abbreviation.
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = start;
    let mut at = start;
    let bytes = text.as_bytes();
    while at < limit {
        let run = crate::text::word_byte_run(bytes, at, limit, b"");
        if run > 0 {
            at += run;
            end = at;
            if at == limit {
                break;
            }
        }
        // An ASCII byte other than a joiner ends the word at once.
        if bytes[at] < 0x80 && !matches!(bytes[at], b'\'' | b'-' | b'.') && !bytes[at].is_ascii_alphanumeric() {
            break;
        }
        let (c, width) = char_at(text, at);
        at += width;
        if is_word_char(c) {
            end = at;
            continue;
        }
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '‑') && at < limit && is_word_char(char_at(text, at).0);
        // "He’s claiming", "They’ve said": the pronoun stands alone, the
        // contraction ("s", "ve") becomes a word of its own.
        let contracted = matches!(c, '\'' | '’') && is_subject_pronoun(&text[start..end]);
        if !joins || contracted {
            break;
        }
    }
    let dotted = end < limit && text.as_bytes()[end] == b'.';
    if dotted && is_abbreviation(&text[start..end]) {
        end += 1;
    }
    end
}

/// Whether a word is a subject pronoun that contractions attach to.
fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "He" | "she" | "She" | "it" | "It" | "they" | "They" | "we" | "We" | "I" | "you" | "You")
}

/// Whether a word before a dot is an abbreviation ("Mr", "U.S", "J").
fn is_abbreviation(word: &str) -> bool {
    in_list!(ABBREVIATIONS, word)
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || (word.contains('.') && word.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// The character at byte `at` (a char boundary before the end) and its width.
#[inline]
fn char_at(text: &str, at: usize) -> (char, usize) {
    let b = text.as_bytes()[at];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[at..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// A run of stops ("?!", "...") is one token.
fn stop_end(text: &str, start: usize) -> usize {
    let run = text[start..].find(|c: char| !matches!(c, '.' | '!' | '?' | '…')).unwrap_or(text.len() - start);
    start + run
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, quoted: &[(usize, usize, u32)]) -> Vec<(String, Kind, u32)> {
        let mut out = Vec::new();
        tokenize(text, quoted, &mut out);
        out.iter().map(|t| (t.text(text).to_string(), t.kind, t.sentence)).collect()
    }

    #[test]
    fn a_quotation_is_one_token_and_marks_vanish() {
        let text = "“We will win,” Mr. Putin said. He left.";
        let start = text.find('W').unwrap();
        let end = text.find('”').unwrap();
        let got = kinds(text, &[(start, end, 7)]);
        assert_eq!(got[0], ("We will win,".to_string(), Kind::Quoted(7), 0));
        assert_eq!(got[1].0, "Mr.");
        assert_eq!(got[2].0, "Putin");
        assert_eq!(got[4], (".".to_string(), Kind::Stop, 0));
        assert_eq!(got[5], ("He".to_string(), Kind::Word, 1));
    }

    #[test]
    fn a_pronoun_stands_apart_from_its_contraction() {
        let got = kinds("He’s said they'd go", &[]);
        let words: Vec<&str> = got.iter().map(|(w, _, _)| w.as_str()).collect();
        assert_eq!(words, ["He", "s", "said", "they", "d", "go"]);
    }

    #[test]
    fn inner_apostrophes_hyphens_and_initialisms_stay_in_words() {
        let got = kinds("Russia’s 23-year-old U.S. envoy — here", &[]);
        let words: Vec<_> = got.iter().map(|t| t.0.as_str()).collect();
        assert_eq!(words, ["Russia’s", "23-year-old", "U.S.", "envoy", "—", "here"]);
        assert_eq!(got[3].2, 0, "the dot of U.S. does not end the sentence");
        let got = kinds("Paul Ryan (R-Wis.) said it", &[]);
        assert!(got.iter().all(|t| t.2 == 0), "a dot before a bracket does not end the sentence");
    }
}
