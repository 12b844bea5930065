//! Decoding raw bytes to text: UTF-8 (with or without a byte-order mark),
//! UTF-16 with a byte-order mark, and Windows-1252 for files that are plainly
//! single-byte text. Invalid bytes become U+FFFD and are reported by line.

use super::repairs::RepairLog;
use std::borrow::Cow;

/// Decodes the bytes of one file, logging every repair made on the way.
pub fn decode<'a>(bytes: &'a [u8], log: &mut RepairLog) -> Cow<'a, str> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(rest, log);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Cow::Owned(decode_utf16(rest, u16::from_le_bytes, log));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Cow::Owned(decode_utf16(rest, u16::from_be_bytes, log));
    }
    decode_utf8(bytes, log)
}

/// Decodes UTF-8; falls back to Windows-1252 when the file holds no valid
/// multi-byte sequence and every stray byte reads as a plausible character.
fn decode_utf8<'a>(bytes: &'a [u8], log: &mut RepairLog) -> Cow<'a, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    if looks_like_windows_1252(bytes) {
        log.push(0, "file is not UTF-8; decoded as Windows-1252".to_string());
        return Cow::Owned(bytes.iter().map(|&b| windows_1252_char(b)).collect());
    }
    Cow::Owned(replace_invalid_utf8(bytes, log))
}

/// Replaces each invalid UTF-8 sequence with U+FFFD, one note per line.
fn replace_invalid_utf8(bytes: &[u8], log: &mut RepairLog) -> String {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut line = 1u32;
    let mut last_noted_line = 0u32;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        line += count_newlines(valid.as_bytes());
        text.push_str(valid);
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            if line != last_noted_line {
                log.push(line, "invalid UTF-8 bytes replaced with U+FFFD".to_string());
                last_noted_line = line;
            }
        }
    }
    text
}

/// Decodes UTF-16 code units read by `unit`; unpaired surrogates and an odd
/// final byte become U+FFFD, one note per line.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, log: &mut RepairLog) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2 + 4);
    let mut line = 1u32;
    let mut last_noted_line = 0u32;
    for decoded in char::decode_utf16(units) {
        let c = decoded.unwrap_or_else(|_| {
            if line != last_noted_line {
                log.push(line, "unpaired UTF-16 surrogate replaced with U+FFFD".to_string());
                last_noted_line = line;
            }
            '\u{FFFD}'
        });
        if c == '\n' {
            line += 1;
        }
        text.push(c);
    }
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
        log.push(line, "odd final byte of UTF-16 text replaced with U+FFFD".to_string());
    }
    text
}

/// Counts line feeds in a byte slice.
fn count_newlines(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u32
}

/// True when the bytes hold no valid multi-byte UTF-8 sequence and every
/// byte above ASCII is a Windows-1252 letter next to a letter, or punctuation.
fn looks_like_windows_1252(bytes: &[u8]) -> bool {
    let mut saw_high_byte = false;
    for (at, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        saw_high_byte = true;
        if starts_valid_multibyte(&bytes[at..]) {
            return false;
        }
        let is_punctuation = matches!(b, 0x85 | 0x91..=0x97 | 0xA0 | 0xAB | 0xBB | 0xB0);
        let is_letter = windows_1252_char(b).is_alphabetic();
        let beside_letter = |i: Option<usize>| {
            i.and_then(|i| bytes.get(i)).is_some_and(|&n| n.is_ascii_alphabetic() || n >= 0x80)
        };
        if !(is_punctuation || (is_letter && (beside_letter(at.checked_sub(1)) || beside_letter(Some(at + 1))))) {
            return false;
        }
    }
    saw_high_byte
}

/// True when `bytes` starts with a complete, valid multi-byte UTF-8 sequence.
fn starts_valid_multibyte(bytes: &[u8]) -> bool {
    let length = match bytes[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    bytes.len() >= length && std::str::from_utf8(&bytes[..length]).is_ok()
}

/// The character a byte stands for in Windows-1252 (Latin-1 for its five
/// undefined positions).
pub fn windows_1252_char(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The Windows-1252 (or Latin-1) byte that encodes `c`, if there is one and
/// it lies above ASCII.
pub fn windows_1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        code @ 0x80..=0xFF => Some(code as u8),
        _ => match c {
            '€' => Some(0x80),
            '‚' => Some(0x82),
            'ƒ' => Some(0x83),
            '„' => Some(0x84),
            '…' => Some(0x85),
            '†' => Some(0x86),
            '‡' => Some(0x87),
            'ˆ' => Some(0x88),
            '‰' => Some(0x89),
            'Š' => Some(0x8A),
            '‹' => Some(0x8B),
            'Œ' => Some(0x8C),
            'Ž' => Some(0x8E),
            '‘' => Some(0x91),
            '’' => Some(0x92),
            '“' => Some(0x93),
            '”' => Some(0x94),
            '•' => Some(0x95),
            '–' => Some(0x96),
            '—' => Some(0x97),
            '˜' => Some(0x98),
            '™' => Some(0x99),
            'š' => Some(0x9A),
            '›' => Some(0x9B),
            'œ' => Some(0x9C),
            'ž' => Some(0x9E),
            'Ÿ' => Some(0x9F),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> (String, RepairLog) {
        let mut log = RepairLog::default();
        let text = decode(bytes, &mut log).into_owned();
        (text, log)
    }

    #[test]
    fn utf8_with_bom_is_borrowed_without_it() {
        let mut log = RepairLog::default();
        assert!(matches!(decode(b"\xEF\xBB\xBFabc", &mut log), Cow::Borrowed("abc")));
        assert!(log.is_empty());
    }

    #[test]
    fn utf16_little_and_big_endian_decode() {
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Café\n“x”".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("Café\n“x”".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decoded(&le).0, "Café\n“x”");
        assert_eq!(decoded(&be).0, "Café\n“x”");
    }

    #[test]
    fn utf16_bad_units_are_replaced_and_reported() {
        let (text, log) = decoded(&[0xFF, 0xFE, b'a', 0, b'\n', 0, 0x00, 0xD8, b'b', 0, 7]);
        assert_eq!(text, "a\n\u{FFFD}b\u{FFFD}");
        assert_eq!(log.lines(), vec![2, 2]);
    }

    #[test]
    fn invalid_utf8_is_replaced_once_per_line() {
        let (text, log) = decoded(b"ok \xC3\xA9\nbad \xFF\xFE x \xC3");
        assert_eq!(text, "ok é\nbad \u{FFFD}\u{FFFD} x \u{FFFD}");
        assert_eq!(log.lines(), vec![2]);
    }

    #[test]
    fn plain_windows_1252_files_are_decoded_as_such() {
        let (text, log) = decoded(b"Caf\xE9 au lait \x93quoted\x94 na\xEFve");
        assert_eq!(text, "Café au lait “quoted” naïve");
        assert_eq!(log.lines(), vec![0]);
    }

    #[test]
    fn stray_bytes_between_spaces_are_not_taken_for_windows_1252() {
        let (text, _) = decoded(b"Title\nbad \xFF byte\n");
        assert_eq!(text, "Title\nbad \u{FFFD} byte\n");
    }

    #[test]
    fn windows_1252_bytes_round_trip() {
        for byte in 0x80..=0xFFu8 {
            assert_eq!(windows_1252_byte(windows_1252_char(byte)), Some(byte));
        }
    }
}
