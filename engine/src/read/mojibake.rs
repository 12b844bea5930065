//! Mojibake repair: UTF-8 text that was once decoded with the wrong codec.
//!
//! Two kinds are repaired, line by line and only where suspicious characters
//! occur (all-ASCII lines cost one scan):
//!
//! * UTF-8 read as Windows-1252 or Latin-1 ("CafÃ©", "â€™"): each run of
//!   characters that re-encode to one byte above ASCII is re-encoded and read
//!   as UTF-8; a sequence is kept only when it forms a valid, plausible
//!   character. Double encoding is undone by a second pass.
//! * UTF-8 read as GBK ("Attach茅"): two-byte UTF-8 sequences turn into one
//!   CJK character each. A line is repaired only when every CJK character in
//!   it maps back to a Latin-range character and sits next to a Latin letter,
//!   so genuine Chinese text is left alone.

use super::decode::windows_1252_byte;
use super::gbk_table::GBK_MOJIBAKE;
use super::repairs::RepairLog;
use std::borrow::Cow;

/// Repairs mojibake line by line, logging one note per repaired line.
pub fn repair<'a>(text: &'a str, log: &mut RepairLog) -> Cow<'a, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut repaired: Option<String> = None;
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        match repair_line(line) {
            Some((fixed, codec)) => {
                let out = repaired.get_or_insert_with(|| {
                    let mut out = String::with_capacity(text.len());
                    out.push_str(&text[..offset]);
                    out
                });
                log.push(index as u32 + 1, note(codec, line, &fixed));
                out.push_str(&fixed);
            }
            None => {
                if let Some(out) = repaired.as_mut() {
                    out.push_str(line);
                }
            }
        }
        offset += line.len();
    }
    repaired.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The codec a line was wrongly decoded with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Windows1252,
    Latin1,
    Gbk,
}

impl Codec {
    /// The codec's usual name.
    fn name(self) -> &'static str {
        match self {
            Codec::Windows1252 => "Windows-1252",
            Codec::Latin1 => "Latin-1",
            Codec::Gbk => "GBK",
        }
    }
}

/// Repairs one line, returning the repaired text and the codec undone.
fn repair_line(line: &str) -> Option<(String, Codec)> {
    if line.is_ascii() {
        return None;
    }
    let mut codec = None;
    let mut current = Cow::Borrowed(line);
    // Characters U+00C0..U+00FF (the Windows-1252 reading of UTF-8 lead
    // bytes) are encoded as C3 xx; CJK ideographs start with E4..E9.
    let may_be_windows_1252 = line.as_bytes().contains(&0xC3);
    for _ in 0..if may_be_windows_1252 { 2 } else { 0 } {
        match repair_windows_1252(&current) {
            Some((fixed, used)) => {
                codec = Some(used);
                current = Cow::Owned(fixed);
            }
            None => break,
        }
    }
    let may_be_gbk = current.bytes().any(|b| (0xE4..=0xE9).contains(&b));
    let gbk_fixed = if may_be_gbk { repair_gbk(&current) } else { None };
    if let Some(fixed) = gbk_fixed {
        codec = Some(Codec::Gbk);
        current = Cow::Owned(fixed);
    }
    codec.map(|codec| (current.into_owned(), codec))
}

/// One sentence naming the codec and the first repaired word.
fn note(codec: Codec, before: &str, after: &str) -> String {
    let (was, now) = first_changed_word(before, after);
    format!("mojibake repaired (UTF-8 read as {}): '{}' → '{}'", codec.name(), was, now)
}

/// The first word (between ASCII spaces) that differs, before and after.
fn first_changed_word<'a>(before: &'a str, after: &'a str) -> (&'a str, &'a str) {
    let mut same = before.bytes().zip(after.bytes()).take_while(|(a, b)| a == b).count();
    while !before.is_char_boundary(same) {
        same -= 1;
    }
    let start = before[..same].rfind(|c: char| c.is_ascii_whitespace()).map_or(0, |at| at + 1);
    let word = |text: &'a str| {
        let rest = &text[start..];
        let end = rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len());
        let mut cut = end.min(60);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        &rest[..cut]
    };
    (word(before), word(after))
}

/// Undoes UTF-8 read as Windows-1252 (or Latin-1) in one line.
fn repair_windows_1252(line: &str) -> Option<(String, Codec)> {
    let mut out: Option<String> = None;
    let mut copied_to = 0;
    let mut codec = Codec::Windows1252;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_ascii() {
            continue;
        }
        let Some(lead) = windows_1252_byte(c) else { continue };
        let needed = match lead {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF4 => 3,
            _ => continue,
        };
        let mut bytes = [lead, 0, 0, 0];
        let mut taken = 0;
        let mut end = at + c.len_utf8();
        while taken < needed {
            match chars.peek().and_then(|&(_, next)| windows_1252_byte(next).map(|b| (b, next))) {
                Some((byte @ 0x80..=0xBF, next)) => {
                    taken += 1;
                    bytes[taken] = byte;
                    end += next.len_utf8();
                    let undefined_in_windows_1252 = matches!(byte, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D);
                    if u32::from(next) < 0xA0 && !undefined_in_windows_1252 {
                        codec = Codec::Latin1;
                    }
                    chars.next();
                }
                _ => break,
            }
        }
        let Some(fixed) = decode_sequence(&bytes[..=taken], needed) else { continue };
        let out = out.get_or_insert_with(|| String::with_capacity(line.len()));
        out.push_str(&line[copied_to..at]);
        out.push(fixed);
        copied_to = end;
    }
    let mut out = out?;
    out.push_str(&line[copied_to..]);
    Some((out, codec))
}

/// Reads re-encoded bytes as one UTF-8 character, if it is a plausible one.
/// A lone "â€" whose third byte was lost (the usual fate of ”) reads as ”.
fn decode_sequence(bytes: &[u8], needed: usize) -> Option<char> {
    if bytes == [0xE2, 0x80] {
        return Some('”');
    }
    if bytes.len() != needed + 1 {
        return None;
    }
    let decoded = std::str::from_utf8(bytes).ok()?.chars().next()?;
    let plausible = match needed {
        1 => is_plausible_two_byte(decoded, bytes[1]),
        _ => !decoded.is_control(),
    };
    plausible.then_some(decoded)
}

/// Two-byte results must be Latin letters or symbols, or Greek or Cyrillic
/// letters not made from a curly quotation mark ("Ñ”" is Ñ and ”, not є).
fn is_plausible_two_byte(decoded: char, continuation: u8) -> bool {
    match u32::from(decoded) {
        0xA0..=0x17F | 0x218..=0x21B => true,
        0x370..=0x4FF => !(0x91..=0x94).contains(&continuation) && decoded.is_alphabetic(),
        _ => false,
    }
}

/// Undoes UTF-8 read as GBK in one line, or returns `None` when any CJK
/// character in the line is not such mojibake.
fn repair_gbk(line: &str) -> Option<String> {
    if !line.chars().any(is_cjk) {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut previous: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_cjk(c) {
            out.push(c);
            previous = Some(c);
            continue;
        }
        let fixed = latin_from_gbk(c)?;
        let next = chars.peek().copied();
        let beside_latin = |n: Option<char>| n.is_some_and(|n| n.is_ascii_alphabetic() || latin_from_gbk(n).is_some());
        let after_repair = previous.is_some_and(|p| !p.is_ascii() && p.is_alphabetic());
        if !(beside_latin(previous) || beside_latin(next) || after_repair) {
            return None;
        }
        out.push(fixed);
        previous = Some(fixed);
    }
    Some(out)
}

/// True for characters in the CJK Unified Ideographs block.
fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The Latin-range character whose UTF-8 bytes read as `c` in GBK.
fn latin_from_gbk(c: char) -> Option<char> {
    let code = u32::from(c);
    let index = GBK_MOJIBAKE.binary_search_by_key(&code, |entry| entry >> 16).ok()?;
    let bytes = (GBK_MOJIBAKE[index] & 0xFFFF) as u16;
    let decoded = char::from_u32((u32::from(bytes >> 8) & 0x1F) << 6 | (u32::from(bytes) & 0x3F))?;
    matches!(u32::from(decoded), 0xA0..=0x24F).then_some(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(text: &str) -> (String, Vec<String>) {
        let mut log = RepairLog::default();
        let out = repair(text, &mut log).into_owned();
        let notes = log.notes().iter().map(|n| n.to_string()).collect();
        (out, notes)
    }

    #[test]
    fn windows_1252_mojibake_is_repaired() {
        let (text, notes) = repaired("Title\nCafÃ© â€œquotedâ€\u{9d} itâ€™s\n");
        assert_eq!(text, "Title\nCafé “quoted” it’s\n");
        assert_eq!(notes, ["mojibake repaired (UTF-8 read as Windows-1252): 'CafÃ©' → 'Café'"]);
    }

    #[test]
    fn lost_third_byte_of_closing_quote_is_restored() {
        assert_eq!(repaired("â€œyesâ€ he said").0, "“yes” he said");
    }

    #[test]
    fn double_encoding_is_undone() {
        assert_eq!(repaired("CafÃƒÂ© au lait").0, "Café au lait");
    }

    #[test]
    fn gbk_mojibake_is_repaired_in_latin_context() {
        let (text, notes) = repaired("a\nthe Defence Attach茅 and denunci贸 el v铆deo\n");
        assert_eq!(text, "a\nthe Defence Attaché and denunció el vídeo\n");
        assert_eq!(notes, ["mojibake repaired (UTF-8 read as GBK): 'Attach茅' → 'Attaché'"]);
    }

    #[test]
    fn genuine_text_is_left_alone() {
        for text in ["Café “quoted” naïve résumé Ñandú", "ESPAÑA” dijo", "中文新闻 iPhone手机", "the sign 茅 alone", "Привет, мир"] {
            let (out, notes) = repaired(text);
            assert_eq!(out, text);
            assert!(notes.is_empty(), "{text}: {notes:?}");
        }
    }

    #[test]
    fn cyrillic_read_as_windows_1252_is_repaired() {
        assert_eq!(repaired("ÐŸÑ€Ð¸Ð²ÐµÑ‚").0, "Привет");
    }

    #[test]
    fn c1_controls_mean_latin_1() {
        let (text, notes) = repaired("itâ\u{80}\u{99}s");
        assert_eq!(text, "it’s");
        assert!(notes[0].contains("Latin-1"), "{notes:?}");
    }

    #[test]
    fn table_maps_back_to_utf8_bytes() {
        assert_eq!(latin_from_gbk('茅'), Some('é'));
        assert_eq!(latin_from_gbk('帽'), Some('ñ'));
        assert_eq!(latin_from_gbk('中'), None);
    }
}
