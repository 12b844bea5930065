//! Photo captions and credits: "(Vasily Maximov/AFP/Getty Images)",
//! "REUTERS/KAI PFAFFENBACH - …", "photo_camera …", "File photo of …".
//! A credit counts when it opens or closes the line; a credit in the middle
//! of a sentence ("an AP/NORC poll found …") does not.

use super::shape::{edge_bytes, ends_with_any_ci, starts_with_any_ci, word_count};

/// Beginnings that mark a caption or credit line.
const CAPTION_PREFIXES: &[&str] = &[
    "photo_camera", "photo:", "photo by", "photo credit", "photograph:", "photograph by", "photos:", "image:",
    "image by", "image credit", "image caption", "photo caption", "image source", "picture:", "pictured:", "caption:", "credit:",
    "file photo", "file image", "open this photo in gallery", "file picture", "(photo", "[photo", "(image", "(file photo",
];

/// Endings that mark a credit.
const CREDIT_SUFFIXES: &[&str] = &[
    "getty images", "getty images)", "(getty)", "(ap photo)", "(afp)", "(reuters)", "(epa)", "shutterstock",
    "shutterstock)", "(file photo)", "(file)",
];

/// First bytes of [`CAPTION_PREFIXES`], for a quick miss.
const CAPTION_FIRSTS: [bool; 256] = edge_bytes(CAPTION_PREFIXES, false);
/// Final bytes of [`CREDIT_SUFFIXES`], for a quick miss.
const CREDIT_LASTS: [bool; 256] = edge_bytes(CREDIT_SUFFIXES, true);

/// Photo agencies and credit words that appear beside a `/` in credits.
const AGENCIES: &[&str] = &[
    "AFP", "AP", "REUTERS", "EPA", "EPA-EFE", "EFE", "GETTY", "PHOTO", "PHOTOS", "XINHUA", "TASS", "SPUTNIK",
    "ANADOLU", "DPA", "BLOOMBERG", "SHUTTERSTOCK", "ALAMY", "NURPHOTO", "ZUMA", "PA", "UPI", "IMAGO", "SIPA",
    "ABACA", "KYODO", "YONHAP", "AAP", "POOL", "HANDOUT", "FILE", "CP",
];

/// Credits of at most this many words count at the end of a line.
const MAX_CREDIT_WORDS: usize = 5;

/// True when a paragraph is a photo caption or credit line.
pub fn is_caption(text: &str) -> bool {
    starts_with_any_ci(text, CAPTION_PREFIXES, &CAPTION_FIRSTS)
        || ends_with_any_ci(text, CREDIT_SUFFIXES, &CREDIT_LASTS)
        || has_slash_credit(text)
}

/// A credit with a slash opens or closes the line; most lines have no
/// slash, which one search settles.
fn has_slash_credit(text: &str) -> bool {
    text.as_bytes().contains(&b'/') && (opens_with_slash_credit(text) || closes_with_slash_credit(text))
}

/// True when a short caption-title line ("Ukraine volunteer fighter") may
/// stand before a caption: few words, no sentence punctuation or quotation.
pub fn may_title_a_caption(text: &str) -> bool {
    let words = word_count(text);
    (1..=8).contains(&words)
        && !text.ends_with(['.', ',', ';', ':', '?', '!', '"', '”'])
        && !super::shape::has_quote_mark(text)
}

/// A line that opens with a credit: "REUTERS/KAI PFAFFENBACH - A fighter …",
/// "AP/VADIM GHIRDA - Un agente …", "photo_camera REUTERS/…".
fn opens_with_slash_credit(text: &str) -> bool {
    let Some(slash) = text.find('/') else { return false };
    let before = &text[..slash];
    let words: Vec<&str> = before.split_whitespace().take(3).collect();
    let plain_lead_word = |word: &str| word.contains('_') || !word.chars().any(char::is_lowercase);
    let shape_fits = match words.as_slice() {
        [_] => true,
        [lead, _] => plain_lead_word(lead),
        _ => false,
    };
    if !shape_fits || before.ends_with(' ') {
        return false;
    }
    slash_joins_agency(text, slash)
}

/// A line that closes with a credit: "… Sean Gallup/Getty Images",
/// "… (Vasily Maximov/AFP/Getty Images)", "… 06:00 GMT AFP/AFP".
fn closes_with_slash_credit(text: &str) -> bool {
    let Some(slash) = text.rfind('/') else { return false };
    let after = &text[slash + 1..];
    if after.starts_with(' ') || after.split_whitespace().count() > MAX_CREDIT_WORDS {
        return false;
    }
    if !after.trim_end().ends_with(|c: char| c.is_alphabetic() || c == ')') {
        return false;
    }
    // In "A/B/C", any slash of the final credit may join the agency.
    let start = text[..slash].char_indices().rfind(|&(_, c)| c.is_whitespace()).map_or(0, |(at, c)| at + c.len_utf8());
    text[start..].match_indices('/').any(|(at, _)| slash_joins_agency(text, start + at))
}

/// True when the word just before or just after the slash at `slash` is a
/// photo agency (or "Getty Images").
fn slash_joins_agency(text: &str, slash: usize) -> bool {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '-';
    let before = text[..slash].rsplit(|c: char| !is_word_char(c)).next().unwrap_or("");
    let after = text[slash + 1..].split(|c: char| !is_word_char(c)).next().unwrap_or("");
    let is_agency = |word: &str| AGENCIES.iter().any(|agency| word.eq_ignore_ascii_case(agency));
    is_agency(before) || is_agency(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_and_caption_lines_are_recognised() {
        for line in [
            "File photo of a briefing in Moscow on Sept. 17, 2018. (Vasily Maximov/AFP/Getty Images)",
            "photo_camera REUTERS/KAI PFAFFENBACH - A foreign fighter poses for a photo.",
            "A man prepares to enter Ukraine at Medyka, Poland. Sean Gallup/Getty Images",
            "Chart of the main events from 9 March, 06:00 GMT AFP/AFP",
            "AP/VADIM GHIRDA  -   A police officer walks along a platform",
            "PHOTO/Presidencia de Rusia  -   President Putin meets the council",
            "Foreign fighters in Ukraine. PHOTO/UKRAINE MINISTRY OF FOREIGN AFFAIRS",
            "Zelensky in a video on Telegram AFP PHOTO/UKRAINIAN PRESIDENCY PRESS OFFICE",
            "Photo: Jane Doe for The Daily",
        ] {
            assert!(is_caption(line), "{line}");
        }
    }

    #[test]
    fn body_text_with_slashes_is_not_a_caption() {
        for line in [
            "An AP/NORC poll released on Tuesday found most voters undecided.",
            "He said the 24/7 coverage and/or the rumours hurt the campaign.",
            "Visit example.org/news for more.",
            "“We will win,” he said, according to a Reuters/Ipsos poll.",
        ] {
            assert!(!is_caption(line), "{line}");
        }
    }

    #[test]
    fn caption_titles_are_short_plain_lines() {
        assert!(may_title_a_caption("Russian military spokesman Igor Konashenkov"));
        assert!(!may_title_a_caption("He did not elaborate."));
    }
}
