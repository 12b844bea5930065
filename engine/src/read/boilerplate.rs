//! Boilerplate: share prompts, comment forms, "Source link", newsletter
//! pitches and related-link lines. Kept conservative, since a paragraph
//! labelled boilerplate loses its quotations: lines must be short and match
//! a known phrase, and a line with quotation marks only counts when it is a
//! related-link line ("Read more: …").

use super::shape::{edge_bytes, ends_with_clause_punctuation, has_quote_mark, starts_with_any_ci, word_count};

/// Lines that are boilerplate when they are the whole line (case and final
/// punctuation aside).
const WHOLE_LINES: &[&str] = &[
    "spread the love", "source link", "leave a reply", "leave a comment", "share", "share this",
    "share this article", "share this story", "share this post", "share on facebook", "share on twitter",
    "tweet", "print", "email", "comments", "comment", "related", "related articles", "related posts",
    "related stories", "related content", "advertisement", "sponsored", "sponsored content", "like this",
    "loading", "post navigation", "read more", "continue reading", "you may also like", "recommended",
    "recommended for you", "trending", "most popular", "most read", "skip to content", "back to top",
    "cancel reply", "reply", "subscribe", "follow us", "top stories", "editor's picks", "editor’s picks",
];

/// Beginnings of notice-like lines (up to forty words).
const NOTICE_PREFIXES: &[&str] = &[
    "your email address will not be published", "this site uses akismet", "enjoyed this", "share this",
    "click here to", "click to share", "click to email", "click to print", "sign up for", "sign up to",
    "subscribe to", "subscribe for", "subscribe now", "follow us on", "join our", "read the rest",
    "read the full", "read the original", "this article originally appeared", "this story originally appeared",
    "this article was originally published", "this article first appeared", "copyright ©", "copyright (c)",
    "©", "all rights reserved", "required fields are marked", "save my name, email", "previous article",
    "next article", "previous post", "next post", "filed under", "tags:", "we use cookies", "get the latest",
    "like us on facebook", "disclaimer:", "the views expressed in this article", "support our journalism",
    "if you enjoyed this", "if you liked this", "posted in", "categories:", "download our app",
    "download the app", "never miss a", "don't miss", "don’t miss", "you might also like", "you may also like",
];

/// Beginnings of related-link lines: boilerplate even when they quote.
const LINK_PREFIXES: &[&str] = &["read more:", "read more at", "read more here", "related:", "also read:", "see also:", "watch:", "more:"];

/// Beginnings of short section links ("More in Politics"): up to eight words,
/// no sentence punctuation.
const SECTION_PREFIXES: &[&str] = &["more in ", "more from ", "more on ", "more stories", "more news", "latest in "];

/// First bytes of the prefix lists, for a quick miss.
const LINK_FIRSTS: [bool; 256] = edge_bytes(LINK_PREFIXES, false);
/// See [`LINK_FIRSTS`].
const SECTION_FIRSTS: [bool; 256] = edge_bytes(SECTION_PREFIXES, false);
/// See [`LINK_FIRSTS`].
const NOTICE_FIRSTS: [bool; 256] = edge_bytes(NOTICE_PREFIXES, false);

/// Boilerplate lines are never longer than this (in bytes).
const MAX_BOILERPLATE_BYTES: usize = 400;

/// True when a paragraph is boilerplate.
pub fn is_boilerplate(text: &str) -> bool {
    if text.len() > MAX_BOILERPLATE_BYTES {
        return false;
    }
    if starts_with_any_ci(text, LINK_PREFIXES, &LINK_FIRSTS) {
        return word_count(text) <= 40;
    }
    // The phrase tests come first: most lines match none, and then neither
    // the quotation marks need looking for nor the words counting.
    let whole = is_whole_line_phrase(text);
    let section = starts_with_any_ci(text, SECTION_PREFIXES, &SECTION_FIRSTS) && !ends_with_clause_punctuation(text);
    let notice = starts_with_any_ci(text, NOTICE_PREFIXES, &NOTICE_FIRSTS) || is_newsletter_pitch(text);
    if !(whole || section || notice) || has_quote_mark(text) {
        return false;
    }
    let words = word_count(text);
    (words <= 8 && (whole || section)) || (words <= 40 && notice)
}

/// True when the whole line, without final punctuation, is a known phrase.
fn is_whole_line_phrase(text: &str) -> bool {
    let core = text.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c == '…');
    WHOLE_LINES.iter().any(|phrase| core.eq_ignore_ascii_case(phrase))
}

/// True for a line that both mentions a newsletter and asks to sign up.
fn is_newsletter_pitch(text: &str) -> bool {
    let lower_contains = |needle: &str| super::shape::contains_ignore_ascii_case(text, needle);
    // "wsletter" first: its rarer first letter stops the scan at fewer
    // places, and a line without it holds no "newsletter".
    lower_contains("wsletter") && lower_contains("newsletter") && (lower_contains("sign up") || lower_contains("subscribe"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_boilerplate_is_recognised() {
        for line in [
            "Spread the love",
            "Source link",
            "Leave a Reply",
            "Your email address will not be published.",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "Enjoyed this post? Share it!",
            "More in Politics",
            "Read the rest here.",
            "Sign up for our daily newsletter to get the news first.",
            "Get our newsletter: subscribe today",
            "READ MORE: “Nothing,” says minister",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn body_text_is_not_boilerplate() {
        for line in [
            "More in the US want to fight, polls show.",
            "“Share this with everyone,” he said.",
            "The newsletter, which she said subscribers loved, was shut down in “a hurry.”",
            "Print media have struggled for years, and local papers have closed in hundreds of towns across the country as advertising moved online.",
            "Source link between the two cases was not established.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }
}
