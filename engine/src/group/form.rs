//! The matching form: the words two quotations are compared in.
//!
//! Case, quotation marks, punctuation, dashes, whitespace and ellipses are
//! dropped; editorial brackets are unwrapped when glued to a word ("[T]he")
//! and removed when they stand alone ("[Vladimir] Putin"); diacritics are
//! folded; numbers lose their digit grouping (16,000 = 16 000 = 16000 = 16K);
//! "U.S." is "us"; a possessive "'s" is its own word so "Kyiv's" still meets
//! the transliteration table; then each word goes through the
//! transliteration table ([`super::translit`]) and British-to-American
//! spelling ([`super::spelling`]). The page never shows this form.

use super::spelling::americanize;
use super::translit::TRANSLITERATIONS;

/// One word of a quotation, lower case, before table lookups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded word ("kyiv", "16000", "us", "s").
    pub word: String,
    /// Capitalised in the middle of a sentence: likely part of a name.
    pub proper: bool,
}

/// The matching form of a text: its normalised words joined by spaces.
pub fn matching_form(text: &str) -> String {
    tokenize(text).iter().map(|t| normalize(&t.word)).collect::<Vec<_>>().join(" ")
}

/// A folded word after the transliteration table and the spelling rules.
pub fn normalize(word: &str) -> String {
    match TRANSLITERATIONS.iter().find(|(variant, _)| *variant == word) {
        Some((_, canonical)) => (*canonical).to_string(),
        None => americanize(word),
    }
}

/// Splits a quotation into folded words (see the module documentation).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_word(text, |word, proper| tokens.push(Token { word: word.to_string(), proper }));
    tokens
}

/// Calls `visit(word, proper)` for each folded word of a text, in order,
/// without allocating per word (the grouping stage's hot path).
pub fn for_each_word(text: &str, visit: impl FnMut(&str, bool)) {
    for_each_word_with(&mut Buffers::default(), text, visit);
}

/// Scratch space for [`for_each_word_with`], reused from text to text so that
/// tokenising many texts allocates only while the buffers grow.
#[derive(Default)]
pub struct Buffers {
    chars: Vec<char>,
    word: String,
}

/// [`for_each_word`] with caller-owned scratch buffers.
pub fn for_each_word_with(buffers: &mut Buffers, text: &str, mut visit: impl FnMut(&str, bool)) {
    let cleaned;
    let text = if text.contains('[') {
        cleaned = drop_editorial_brackets(text);
        cleaned.as_str()
    } else {
        text
    };
    let mut chars = std::mem::take(&mut buffers.chars);
    chars.clear();
    if text.is_ascii() {
        chars.extend(text.bytes().map(char::from));
    } else {
        chars.extend(text.chars());
    }
    let mut word = std::mem::take(&mut buffers.word);
    word.clear();
    let mut scanner = Scanner {
        visit: &mut visit,
        held_per: None,
        word,
        capitalised: false,
        after_sentence_end: false,
        started: false,
        skip: 0,
    };
    for at in 0..chars.len() {
        if !scanner.plain_letter(chars[at]) {
            scanner.step(&chars, at);
        }
    }
    scanner.finish_word();
    scanner.flush_per();
    buffers.word = scanner.word;
    buffers.chars = chars;
}

/// Unwraps brackets glued to a word ("[T]he" → "The") and removes free-standing
/// bracketed insertions ("[Vladimir] Putin" → " Putin").
fn drop_editorial_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else { break };
        let glued_before = rest[..open].chars().next_back().is_some_and(char::is_alphanumeric);
        let glued_after = rest[close + 1..].chars().next().is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..open]);
        if glued_before || glued_after {
            out.push_str(&rest[open + 1..close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The character-level state machine behind [`for_each_word`].
struct Scanner<'v> {
    visit: &'v mut dyn FnMut(&str, bool),
    /// A "per" held back in case "cent" follows ("per cent" is "percent").
    held_per: Option<bool>,
    word: String,
    capitalised: bool,
    after_sentence_end: bool,
    started: bool,
    skip: usize,
}

impl Scanner<'_> {
    /// The common case handled inline: an ASCII letter other than "k" (which
    /// may close a number), not skipped; exactly what [`Scanner::step`] would
    /// do with it. Returns whether it was handled.
    #[inline]
    fn plain_letter(&mut self, c: char) -> bool {
        if self.skip > 0 || !c.is_ascii_alphabetic() || matches!(c, 'k' | 'K') {
            return false;
        }
        if self.word.is_empty() {
            self.capitalised = c.is_ascii_uppercase();
        }
        self.word.push(c.to_ascii_lowercase());
        true
    }

    fn step(&mut self, chars: &[char], at: usize) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        let c = chars[at];
        let next = chars.get(at + 1).copied();
        if c.is_alphanumeric() {
            self.push_letter(c, chars, at);
        } else if is_apostrophe(c) && !self.word.is_empty() && next.is_some_and(char::is_alphabetic) {
            self.apostrophe(chars, at);
        } else if self.is_number() && is_digit_separator(c) && continues_number(chars, at) {
            if matches!(c, ',' | '.') && !is_thousands_group(chars, at) {
                self.word.push('.');
            }
        } else if c == '.' && self.word.chars().count() == 1 && is_abbreviation_dot(chars, at) {
            // "U.S." stays one word.
        } else {
            self.finish_word();
            if c == '%' {
                self.emit("percent", false);
            }
            if matches!(c, '.' | '!' | '?' | '…' | ':') {
                self.after_sentence_end = true;
            }
        }
    }

    fn push_letter(&mut self, c: char, chars: &[char], at: usize) {
        if self.word.is_empty() {
            self.capitalised = c.is_uppercase();
        }
        if matches!(c, 'k' | 'K') && self.is_number() && !chars.get(at + 1).is_some_and(|n| n.is_alphanumeric()) {
            self.word.push_str("000");
            return;
        }
        if c.is_ascii() {
            self.word.push(c.to_ascii_lowercase());
            return;
        }
        for lower in c.to_lowercase() {
            self.word.push(fold_diacritic(lower));
        }
    }

    /// An apostrophe inside a word: "'s" becomes its own word, others vanish ("I'm" → "im").
    fn apostrophe(&mut self, chars: &[char], at: usize) {
        let possessive = matches!(chars.get(at + 1), Some('s' | 'S'))
            && !chars.get(at + 2).is_some_and(|c| c.is_alphanumeric());
        if possessive {
            self.finish_word();
            self.emit("s", false);
            self.skip = 1;
        }
    }

    fn is_number(&self) -> bool {
        !self.word.is_empty() && self.word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    }

    fn finish_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let word = std::mem::take(&mut self.word);
        let proper = self.capitalised && self.started && !self.after_sentence_end;
        self.emit(&word, proper);
        self.word = word;
        self.word.clear();
        self.after_sentence_end = false;
        self.started = true;
    }

    fn emit(&mut self, word: &str, proper: bool) {
        match (self.held_per.take(), word) {
            (Some(_), "cent") => (self.visit)("percent", false),
            (held, _) => {
                if let Some(per_proper) = held {
                    (self.visit)("per", per_proper);
                }
                if word == "per" {
                    self.held_per = Some(proper);
                } else {
                    (self.visit)(word, proper);
                }
            }
        }
    }

    fn flush_per(&mut self) {
        if let Some(proper) = self.held_per.take() {
            (self.visit)("per", proper);
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '′')
}

fn is_digit_separator(c: char) -> bool {
    matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// A separator inside a number is followed by a digit; a space only by a group of three.
fn continues_number(chars: &[char], at: usize) -> bool {
    let followed_by_digit = chars.get(at + 1).is_some_and(char::is_ascii_digit);
    match chars[at] {
        ',' | '.' => followed_by_digit,
        _ => is_thousands_group(chars, at),
    }
}

/// Exactly three digits follow the separator at `at`.
fn is_thousands_group(chars: &[char], at: usize) -> bool {
    (1..=3).all(|i| chars.get(at + i).is_some_and(char::is_ascii_digit))
        && !chars.get(at + 4).is_some_and(char::is_ascii_digit)
}

/// The dot in "U.S.": a single letter, a dot, a letter, then a dot or the end.
fn is_abbreviation_dot(chars: &[char], at: usize) -> bool {
    chars.get(at + 1).is_some_and(|c| c.is_alphabetic())
        && !chars.get(at + 2).is_some_and(|c| c.is_alphanumeric())
        && chars.get(at + 2).is_none_or(|c| *c == '.')
}

/// Folds the common Latin diacritics ("é" → "e", "ł" → "l").
fn fold_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_and_transliteration_variants_share_a_form() {
        assert_eq!(matching_form("regime in Kiev"), matching_form("regime in Kyiv"));
        assert_eq!(matching_form("Kyiv’s defence"), matching_form("kiev's defense"));
        assert_eq!(matching_form("Zelenskyy"), matching_form("Zelensky"));
        assert_eq!(matching_form("recognised colour"), "recognized color");
    }

    #[test]
    fn numbers_lose_their_grouping() {
        let want = matching_form("16000 volunteers");
        for text in ["16,000 volunteers", "16 000 volunteers", "16K volunteers", "16.000 volunteers"] {
            assert_eq!(matching_form(text), want, "{text}");
        }
        assert_eq!(matching_form("2,5 million"), "2.5 million");
        assert_eq!(matching_form("10%"), "10 percent");
        assert_eq!(matching_form("10 per cent"), "10 percent");
    }

    #[test]
    fn marks_brackets_and_ellipses_are_dropped() {
        assert_eq!(matching_form("“We will — win…” [Vladimir] Putin said"), "we will win putin said");
        assert_eq!(matching_form("[T]he U.S. will"), "the us will");
        assert_eq!(matching_form("I’m sure... it's"), "im sure it s");
    }

    #[test]
    fn proper_nouns_are_flagged_mid_sentence_only() {
        let tokens = tokenize("Ukraine receives weapons from Poland. Every day");
        let proper: Vec<bool> = tokens.iter().map(|t| t.proper).collect();
        assert_eq!(proper, [false, false, false, false, true, false, false]);
    }
}
