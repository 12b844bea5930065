//! Finding a calendar date in a line: "March 3, 2022", "Sept. 17, 2018",
//! "3 March 2022", "2022-03-03", "2022/03/03". Only dates with a year count.

/// A date found in a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    /// The date as ISO `YYYY-MM-DD`.
    pub iso: String,
    /// How many words of the line the date took.
    pub words: usize,
}

/// Month names and the abbreviations news writing uses, with their number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
    ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
    ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
    ("december", 12), ("dec", 12),
];

/// Finds the first date with a year in `text`.
pub fn find_date(text: &str) -> Option<FoundDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(64)
        .collect();
    for (at, word) in words.iter().enumerate() {
        if let Some(iso) = numeric_date(word) {
            return Some(FoundDate { iso, words: 1 });
        }
        let rest = &words[at + 1..];
        if let (Some(month), [day, year, ..]) = (month_number(word), rest) {
            if let (Some(day), Some(year)) = (day_number(day), year_number(year)) {
                return Some(FoundDate { iso: iso(year, month, day), words: 3 });
            }
        }
        if let (Some(day), [month, year, ..]) = (day_number(word), rest) {
            if let (Some(month), Some(year)) = (month_number(month), year_number(year)) {
                return Some(FoundDate { iso: iso(year, month, day), words: 3 });
            }
        }
    }
    None
}

/// Formats an ISO date.
fn iso(year: u32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads `YYYY-MM-DD` or `YYYY/MM/DD` (optionally followed by a time).
fn numeric_date(word: &str) -> Option<String> {
    let bytes = word.as_bytes();
    if bytes.len() < 10 || !matches!(bytes[4], b'-' | b'/') || bytes[7] != bytes[4] {
        return None;
    }
    let number = |range: std::ops::Range<usize>| word.get(range)?.parse::<u32>().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let valid = (1900..=2099).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    let ends_cleanly = bytes.get(10).is_none_or(|b| !b.is_ascii_digit());
    (valid && ends_cleanly).then(|| iso(year, month, day))
}

/// The number of a month name or abbreviation ("Sept.", "March").
fn month_number(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    MONTHS.iter().find(|(name, _)| word.eq_ignore_ascii_case(name)).map(|&(_, number)| number)
}

/// A day of the month, allowing "3rd", "17th".
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|day| (1..=31).contains(day))
}

/// A four-digit year between 1900 and 2099.
fn year_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| !c.is_ascii_digit());
    if digits.len() != 4 {
        return None;
    }
    digits.parse().ok().filter(|year| (1900..=2099).contains(year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso_of(text: &str) -> Option<String> {
        find_date(text).map(|d| d.iso)
    }

    #[test]
    fn common_date_forms_are_read() {
        assert_eq!(iso_of("March 3, 2022").as_deref(), Some("2022-03-03"));
        assert_eq!(iso_of("Published on Sept. 17, 2018 at 10:00").as_deref(), Some("2018-09-17"));
        assert_eq!(iso_of("3 March 2022.").as_deref(), Some("2022-03-03"));
        assert_eq!(iso_of("Updated 2022-03-03T10:00Z").as_deref(), Some("2022-03-03"));
        assert_eq!(iso_of("2022/3/3"), None);
    }

    #[test]
    fn dates_without_year_or_with_nonsense_are_ignored() {
        assert_eq!(iso_of("KYIV, March 3 (Reuters) -"), None);
        assert_eq!(iso_of("May 40, 2022"), None);
        assert_eq!(iso_of("He may 3 2022"), Some("2022-05-03".to_string()));
    }
}
