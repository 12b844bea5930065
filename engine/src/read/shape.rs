//! Cheap facts about the shape of a line: word count, case, punctuation.
//! Every helper is one pass over the line without allocation.

/// Quotation marks of the kinds the quote finder pairs.
const QUOTE_MARKS: [char; 10] = ['"', '“', '”', '„', '«', '»', '‘', '‹', '›', '「'];

/// Counts whitespace-separated words (as `split_whitespace().count()`):
/// the non-space characters that follow a space or the start, eight ASCII
/// bytes at a time; other characters are decoded one by one.
pub fn word_count(text: &str) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut after_space = true;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if v & HIGH == 0 {
                let x = v ^ (ONES * u64::from(b' '));
                let blank = !((x & LOW7).wrapping_add(LOW7) | x) & HIGH;
                // Bytes 9 to 13 (tab to carriage return): at least 9, not above 13.
                let control = v.wrapping_add(ONES * (0x80 - 9)) & !v.wrapping_add(ONES * (0x7f - 13)) & HIGH;
                let space = blank | control;
                let space_before = (space << 8) | (u64::from(after_space) << 7);
                count += (!space & HIGH & space_before).count_ones() as usize;
                after_space = space >> 63 != 0;
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        let (space, width) = if b < 0x80 {
            (b == b' ' || (b'\t'..=b'\r').contains(&b), 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        count += usize::from(after_space && !space);
        after_space = space;
        at += width;
    }
    count
}

/// True when `text` contains `needle` (lower-case ASCII), ignoring ASCII
/// case: the answer of `windows(..).any(eq_ignore_ascii_case)`. When the
/// needle opens with a letter, eight bytes are searched for it at a time.
pub fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let (hay, n) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return true };
    if n.len() > hay.len() {
        return false;
    }
    let last = hay.len() - n.len();
    let matches_at = |at: usize| hay[at..at + n.len()].eq_ignore_ascii_case(n);
    let mut at = 0;
    if first.is_ascii_lowercase() {
        // A byte folds to `first` under `| 0x20` only if it is that letter in either case.
        while at + 8 <= hay.len() && at <= last {
            let v = u64::from_le_bytes(hay[at..at + 8].try_into().unwrap_or([0; 8]));
            let x = (v | (ONES * 0x20)) ^ (ONES * u64::from(first));
            let mut found = !((x & LOW7).wrapping_add(LOW7) | x) & HIGH;
            while found != 0 {
                let k = at + (found.trailing_zeros() / 8) as usize;
                if k <= last && matches_at(k) {
                    return true;
                }
                found &= found - 1;
            }
            at += 8;
        }
    }
    (at..=last).any(matches_at)
}

/// The lower-cased first (or, with `last`, final) bytes of the phrases of
/// `list`, as a table for [`starts_with_any_ci`] and [`ends_with_any_ci`];
/// an empty phrase marks every byte. Built at compile time.
pub const fn edge_bytes(list: &[&str], last: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < list.len() {
        let bytes = list[i].as_bytes();
        if bytes.is_empty() {
            return [true; 256];
        }
        let b = if last { bytes[bytes.len() - 1] } else { bytes[0] };
        table[b.to_ascii_lowercase() as usize] = true;
        i += 1;
    }
    table
}

/// True when `text` starts with one of `list` (ASCII case aside); `firsts`
/// is `edge_bytes(list, false)`, which settles most lines in one look-up.
#[inline]
pub fn starts_with_any_ci(text: &str, list: &[&str], firsts: &[bool; 256]) -> bool {
    match text.as_bytes().first() {
        Some(&b) if !firsts[usize::from(b.to_ascii_lowercase())] => false,
        _ => list.iter().any(|p| starts_with_ci(text, p)),
    }
}

/// True when `text` ends with one of `list` (ASCII case aside); `lasts` is
/// `edge_bytes(list, true)`.
#[inline]
pub fn ends_with_any_ci(text: &str, list: &[&str], lasts: &[bool; 256]) -> bool {
    match text.as_bytes().last() {
        Some(&b) if !lasts[usize::from(b.to_ascii_lowercase())] => false,
        _ => list.iter().any(|p| ends_with_ci(text, p)),
    }
}

/// True when `text` starts with `prefix`, ignoring ASCII case.
#[inline]
pub fn starts_with_ci(text: &str, prefix: &str) -> bool {
    let first = |s: &str| s.as_bytes().first().map(u8::to_ascii_lowercase);
    text.len() >= prefix.len()
        && (prefix.is_empty() || first(text) == first(prefix))
        && text.is_char_boundary(prefix.len())
        && text[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// True when `text` ends with `suffix`, ignoring ASCII case.
#[inline]
pub fn ends_with_ci(text: &str, suffix: &str) -> bool {
    let at = text.len().wrapping_sub(suffix.len());
    let last = |s: &str| s.as_bytes().last().map(u8::to_ascii_lowercase);
    text.len() >= suffix.len() && (suffix.is_empty() || last(text) == last(suffix)) && text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case(suffix)
}

/// True when `text` contains a quotation mark.
pub fn has_quote_mark(text: &str) -> bool {
    // One pass: eight ASCII bytes without `"` are skipped at a time; only
    // `"` and the lead bytes of the other marks are decoded.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let v = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
            let x = v ^ (ONES * u64::from(b'"'));
            let has_quote = x.wrapping_sub(ONES) & !x & HIGH != 0;
            if !has_quote && v & HIGH == 0 {
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        if b == b'"' || matches!(b, 0xC2 | 0xE2 | 0xE3) && text[at..].chars().next().is_some_and(|c| QUOTE_MARKS.contains(&c)) {
            return true;
        }
        at += 1;
    }
    false
}

/// The text without closing quotation marks, brackets and spaces at its end.
pub fn without_closers(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | '»' | ')' | ']' | '›'))
}

/// True when the line ends like a sentence or a clause (`.`, `,`, `;`, `:`,
/// `…`), looking inside closing quotation marks and brackets.
pub fn ends_with_clause_punctuation(text: &str) -> bool {
    without_closers(text).ends_with(['.', ',', ';', ':', '…'])
}

/// True when the first letter-or-digit of the line is upper case or a digit.
pub fn starts_capitalised(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True when the line starts with a dash or bullet (a list item).
pub fn starts_with_bullet(text: &str) -> bool {
    text.starts_with(['-', '–', '—', '•', '*', '·', '►', '▪'])
}

/// True when every word starts with an upper-case letter, except short
/// connecting words ("of", "the", "and", "de").
pub fn is_title_case(text: &str) -> bool {
    const CONNECTORS: [&str; 12] = ["of", "the", "and", "de", "la", "le", "van", "von", "der", "du", "for", "&"];
    let mut words = 0;
    for word in text.split_whitespace() {
        words += 1;
        let capital = word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !capital && !CONNECTORS.contains(&word) {
            return false;
        }
    }
    words > 0
}

/// True when the text looks like a person's name: two to four capitalised
/// words of letters (with inner `.`, `-`, `'`), nothing else.
pub fn is_name_like(text: &str) -> bool {
    let mut words = 0;
    for word in text.split_whitespace() {
        words += 1;
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let letters = word.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        let particle = matches!(word, "de" | "van" | "von" | "der" | "al" | "bin");
        if !(particle || (capital && letters)) {
            return false;
        }
    }
    (2..=4).contains(&words)
}

/// Trims spaces and the punctuation that may surround a metadata value.
pub fn clean_value(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '|' | ',' | '.' | '·'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_are_recognised() {
        assert!(starts_with_ci("Source LINK", "source link"));
        assert!(!starts_with_ci("Sé", "Sx"));
        assert!(ends_with_ci("x Getty Images", "getty images"));
        const LIST: &[&str] = &["read more", "(afp)"];
        assert!(starts_with_any_ci("Read More here", LIST, &edge_bytes(LIST, false)));
        assert!(!starts_with_any_ci("Reading it", LIST, &edge_bytes(LIST, false)));
        assert!(ends_with_any_ci("A photo (AFP)", LIST, &edge_bytes(LIST, true)));
        assert!(!ends_with_any_ci("A photo (AP)", LIST, &edge_bytes(LIST, true)));
        assert!(ends_with_clause_punctuation("He said “yes.”"));
        assert!(!ends_with_clause_punctuation("What do governments think?"));
        assert!(starts_capitalised("“Quoted” heading"));
        assert!(is_title_case("A Call To Arms"));
        assert!(is_title_case("Department of State"));
        assert!(!is_title_case("A call to arms"));
        assert!(is_name_like("Jack Phillips"));
        assert!(is_name_like("Ludwig van Beethoven"));
        assert!(!is_name_like("Jack"));
        assert!(!is_name_like("Jack Phillips said"));
        assert_eq!(clean_value(" : Kyle Anzalone - "), "Kyle Anzalone");
        for text in ["", " ", "a", " two  words\t", "non\u{a0}breaking\u{2009}spaces é", "\u{3000}x\u{85}y", "seven w\tords\r\nacross  \x0b\x0ceight-byte   chunks ", "abcdefgh ijklmnop", "        x", "“Quoted,” she said\u{a0}— twice\u{2003}over, in 12 words or so.", "ééééé ééé\u{3000}é abcdefghijk"] {
            assert_eq!(word_count(text), text.split_whitespace().count(), "{text:?}");
        }
        for needle in ["newsletter", "sign up", "n", "'s"] {
            for text in ["", "Newsletter", "our NEWSLETTER: sign Up now", "nnnnnnnnnnnnnnnewsletter", "sign u", "é newsletteR", "Ne\u{e9}wsletter newslette", "x's"] {
                let slow = text.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()));
                assert_eq!(contains_ignore_ascii_case(text, needle), slow, "{text:?} {needle:?}");
            }
        }
        for text in ["plain", "a \"b\"", "«x»", "‹y", "「z", "é—ñ’", "‘s", "„", "a longer line without marks", "a longer line with one\" mark", "a longer line with «marks»"] {
            assert_eq!(has_quote_mark(text), QUOTE_MARKS.iter().any(|&m| text.contains(m)), "{text:?}");
        }
    }
}
