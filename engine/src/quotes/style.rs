//! House style: which quotation marks are outermost in an article.
//!
//! American style quotes with double marks and nests single ones (“He said
//! ‘no’ twice,” she said); British and Commonwealth house style quotes with
//! single marks and nests double ones (‘We are sorry,’ said Dr Doe. ‘It
//! should never have happened.’). Apostrophes look like single marks, so
//! single marks count at the outermost level only in an article whose body
//! reads as British: it has outermost single-mark pairs that look like
//! speech, and more of them than outermost double quotations (its double
//! marks, if any, mostly sit inside single pairs). Doubled straight marks
//! (''…'', an archival American way of typing “…”) count as double ones.
//!
//! A pair looks like speech when it has a few words and something ties it
//! to speaking: a reporting verb right next to it ("said", "told"), a colon
//! before it ("X said: ‘…’"), or a capitalised opening with a comma or full
//! stop just inside its closing mark.

use super::cues::is_reporting_verb;
use super::marks::{is_single, select, Quoted, Singles};
use crate::text::words;

/// A single-mark pair needs this many words to count as speech.
pub const SPEECH_WORDS: usize = 3;

/// Reporting verbs are looked for this many words either side of a pair.
pub const VERB_WINDOW: usize = 3;

/// How far (in bytes) before a pair a reporting verb is looked for.
const BEFORE_BYTES: usize = 48;

/// The house style of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Double marks outermost, single marks nested (American).
    Double,
    /// Single marks outermost, double marks nested (British).
    Single,
}

impl Style {
    /// How the body paragraphs of an article in this style read single marks.
    pub fn singles(self) -> Singles {
        match self {
            Style::Double => Singles::Nested,
            Style::Single => Singles::Outermost,
        }
    }
}

/// Decides the style of an article from its body paragraphs, each given as
/// its text and [`super::marks::pair_all`]'s answer for it.
pub fn article_style(body: &[(&str, &[Quoted])]) -> Style {
    let has_single = |found: &[Quoted]| found.iter().any(|q| is_single(q.opener));
    let mut votes = Votes::default();
    for (text, found) in body.iter().filter(|(_, found)| has_single(found)) {
        votes.count(text, found);
    }
    if votes.speech == 0 {
        return Style::Double;
    }
    for (_, found) in body.iter().filter(|(_, found)| !found.is_empty() && !has_single(found)) {
        votes.outer_doubles += select(found, Singles::Nested).len();
    }
    votes.style()
}

/// The quotations one body paragraph counts in an article of `style`.
///
/// A double-mark article may still quote someone in single marks (a mixed
/// house style: Union leader Morag Kerr said: ‘We are going nowhere.’): a
/// closed single pair outside every double quotation counts when it
/// [`looks_like_speech`] and a colon or reporting verb ties it to speaking
/// (a paragraph that is only ‘Legend in the Coal Fields.’ is a section
/// heading). Shorter single-mark terms stay out (‘the maze’),
/// and so do doubled straight pairs (''…'', see [`super::marks`] on why
/// they are left to the single-mark rules).
pub fn body_quotations(text: &str, found: &[Quoted], style: Style) -> Vec<Quoted> {
    let mut kept = select(found, style.singles());
    if style == Style::Single {
        return kept;
    }
    let doubles = kept.len();
    let outside = |q: &Quoted, kept: &[Quoted]| kept[..doubles].iter().all(|d| q.close_end <= d.open_mark || q.open_mark >= d.close_end);
    for q in select(found, Singles::Headline) {
        if is_single(q.opener) && !doubled_straight(text, &q) && outside(&q, &kept) && looks_like_speech(text, &q) && tied_to_speaking(text, &q) {
            kept.push(q);
        }
    }
    kept.sort_unstable_by_key(|q| q.open_mark);
    kept
}

/// What the outermost quotations of an article's body say about its style.
#[derive(Clone, Copy, Debug, Default)]
struct Votes {
    /// Outermost single pairs that look like speech.
    speech: usize,
    /// Double quotations inside outermost single pairs.
    nested_doubles: usize,
    /// Outermost double quotations (doubled straight pairs included).
    outer_doubles: usize,
}

impl Votes {
    /// Counts the quotations of one paragraph.
    fn count(&mut self, text: &str, found: &[Quoted]) {
        let outer = select(found, Singles::Outermost);
        let mut singles: Vec<(usize, usize)> = Vec::new();
        for q in &outer {
            if !is_single(q.opener) || doubled_straight(text, q) {
                self.outer_doubles += 1;
            } else {
                singles.push((q.open_mark, q.close_end));
                self.speech += usize::from(q.closed && looks_like_speech(text, q));
            }
        }
        if singles.is_empty() {
            return;
        }
        // `singles` is in reading order and its pairs do not overlap.
        let inside = |at: usize| {
            let i = singles.partition_point(|&(open, _)| open < at);
            i > 0 && at < singles[i - 1].1
        };
        self.nested_doubles += found.iter().filter(|q| !is_single(q.opener) && inside(q.open_mark)).count();
    }

    /// Single marks are outermost when some single pair looks like speech
    /// and outermost double quotations are fewer than those pairs and the
    /// double quotations nested in single ones together.
    fn style(&self) -> Style {
        let single = self.speech > 0 && self.outer_doubles < self.speech + self.nested_doubles;
        if single { Style::Single } else { Style::Double }
    }
}

/// Whether a straight single pair is doubled (''…'', an archival American
/// way of typing double marks): it votes for double marks.
fn doubled_straight(text: &str, q: &Quoted) -> bool {
    q.opener == '\'' && text[q.start..].starts_with('\'')
}

/// Whether a single-mark pair of paragraph `text` looks like quoted speech.
pub fn looks_like_speech(text: &str, q: &Quoted) -> bool {
    let inner = &text[q.start..q.end];
    if words(inner).nth(SPEECH_WORDS - 1).is_none() {
        return false;
    }
    let capitalised = inner.trim_start().starts_with(char::is_uppercase);
    let breaks_off = inner.trim_end().ends_with([',', '.', '?', '!', '…']);
    tied_to_speaking(text, q) || capitalised && breaks_off
}

/// Whether a colon right before a pair of paragraph `text`, or a reporting
/// verb a few words either side, ties it to speaking.
fn tied_to_speaking(text: &str, q: &Quoted) -> bool {
    let before = tail(&text[..q.open_mark], BEFORE_BYTES);
    let colon = before.trim_end().ends_with(':');
    let verb_before = last_words(before).any(is_reporting_verb);
    colon || verb_before || words(&text[q.close_end..]).take(VERB_WINDOW).any(is_reporting_verb)
}

/// The last [`VERB_WINDOW`] words of `text`.
fn last_words(text: &str) -> impl Iterator<Item = &str> {
    let count = words(text).count();
    words(text).skip(count.saturating_sub(VERB_WINDOW))
}

/// The last `bytes` bytes of `text` (fewer, to start on a character).
fn tail(text: &str, bytes: usize) -> &str {
    let mut from = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks::pair_all;

    fn style_of(paragraphs: &[&str]) -> Style {
        let found: Vec<Vec<Quoted>> = paragraphs.iter().map(|p| pair_all(p)).collect();
        let body: Vec<(&str, &[Quoted])> = paragraphs.iter().zip(&found).map(|(p, f)| (*p, f.as_slice())).collect();
        article_style(&body)
    }

    #[test]
    fn outermost_single_speech_makes_an_article_british() {
        assert_eq!(style_of(&["‘The ward was full by noon,’ said the matron.", "Others agreed."]), Style::Single);
        assert_eq!(style_of(&["The inspector told the council: 'The roof was never repaired.'"]), Style::Single);
        let nested = "‘She called it “a scandal” and walked out,’ a colleague recalled.";
        assert_eq!(style_of(&[nested, "He said the “plan” would wait."]), Style::Single);
    }

    #[test]
    fn american_articles_and_apostrophes_stay_double() {
        assert_eq!(style_of(&["“He said ‘no’ twice,” she said.", "The Joneses’ house on the ’90s estate."]), Style::Double);
        assert_eq!(style_of(&["Rock ’n’ roll at five o’clock, ma’am, in Kyiv’s old town."]), Style::Double);
        let mixed = ["“We will rebuild the bridge,” the mayor said.", "“It opens in May,” she added.", "A sign read ‘Closed for repairs until spring.’"];
        assert_eq!(style_of(&mixed), Style::Double);
    }

    fn body_texts(text: &str) -> Vec<&str> {
        body_quotations(text, &pair_all(text), Style::Double).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn a_double_mark_article_keeps_single_mark_speech_outside_its_doubles() {
        assert_eq!(body_texts("One docker said: ‘We are not going anywhere until they listen.’"), ["We are not going anywhere until they listen."]);
        assert_eq!(body_texts("'The fund is empty,' the treasurer warned."), ["The fund is empty,"]);
        assert!(body_texts("Residents call the estate ‘the maze’ and worse.").is_empty());
        assert!(body_texts("‘Legend in the Coal Fields.’").is_empty());
        assert!(body_texts("The Joneses’ house on the ’90s estate, rock ’n’ roll.").is_empty());
        let nested = "“He told me ‘Nothing works here, go home,’ and left,” she said.";
        assert_eq!(body_texts(nested), ["He told me ‘Nothing works here, go home,’ and left,"]);
    }

    #[test]
    fn a_term_in_single_marks_is_not_speech() {
        let text = "Residents call the estate ‘the maze’ and worse.";
        let found = pair_all(text);
        assert!(!looks_like_speech(text, &found[0]));
        assert_eq!(style_of(&[text]), Style::Double);
        let text = "‘Nothing works here,’ a porter said.";
        assert!(looks_like_speech(text, &pair_all(text)[0]));
    }
}
