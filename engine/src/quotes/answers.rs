//! Interviews printed as questions and answers without quotation marks.
//!
//! After a note that the interview "has been edited for length and
//! clarity" (or "condensed"), or from a first "Q:" label on, question
//! paragraphs (ending in "?", often in bold, or labelled "Q:") alternate
//! with answers. Each run of answer paragraphs up to the next question is
//! one quotation of the interviewee, whether or not it is labelled "A:";
//! questions are no quotations. The note may end a longer introduction
//! paragraph. The reporter's narration between answers ("Lam said the
//! centre would …", "“…,” he says") ends the answers until the next
//! question. Nowhere else does an unmarked paragraph count as speech.

use super::join::Piece;
use super::marks::Quoted;
use super::kind::Features;
use crate::model::{Kind, Quotation, Role};

/// Phrases of the note that an interview's wording was edited.
const NOTES: &[&str] = &[
    "edited for length",
    "edited for clarity",
    "edited for brevity",
    "edited and condensed",
    "condensed and edited",
    "been condensed",
    "been lightly edited",
];

/// A note is a short paragraph of its own.
const NOTE_BYTES: usize = 240;

/// An interview after a note asks at least this many questions.
const MIN_QUESTIONS: usize = 2;

/// The label opening a paragraph, if any: whether it marks an answer
/// ("A:", "A.", "Answer:") rather than a question ("Q:", "Q.",
/// "Question:"), and the byte where the label ends.
pub fn label(text: &str) -> Option<(bool, usize)> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    if !rest.starts_with(['A', 'Q']) {
        return None;
    }
    let (answer, word) = [(true, "Answer"), (false, "Question"), (true, "A"), (false, "Q")].into_iter().find(|(_, w)| rest.starts_with(w))?;
    let after = &rest[word.len()..];
    // "Q — Why …", "A – “…”": a spaced dash marks a one-letter label too.
    let dashed = after.strip_prefix(' ').filter(|a| a.starts_with(['—', '–']) && word.len() == 1);
    let (after, gap) = dashed.map_or((after, 0), |a| (a, 1));
    let mark = after.chars().next().filter(|c| matches!(c, ':' | '.' | '—' | '–'))?;
    let next = after[mark.len_utf8()..].chars().next();
    // "A. “…”", "Q: Why …": a space or a quotation mark follows the mark.
    let spaced = next.is_some_and(|c| c.is_whitespace() || crate::attrib::tokens::is_quote_mark(c));
    let fits = mark == ':' || word.len() == 1 && (mark == '.' || dashed.is_some());
    (spaced && fits).then_some((answer, lead + word.len() + gap + mark.len_utf8()))
}

/// Whether a paragraph is the note that an interview was edited, or ends
/// with it as its last sentence ("… We sat down with her on Monday. The
/// interview has been edited for length and clarity.").
pub fn is_note(text: &str) -> bool {
    // Most paragraphs have neither word, and are not lowered.
    if !(text.contains("dited") || text.contains("ondensed")) {
        return false;
    }
    let text = last_sentence(text.trim_end());
    if text.len() > NOTE_BYTES {
        return false;
    }
    let lower = text.to_lowercase();
    let names_interview = ["interview", "conversation", "q&a", "transcript", "exchange"].iter().any(|w| lower.contains(w));
    names_interview && NOTES.iter().any(|n| lower.contains(n))
}

/// The last sentence of a paragraph: what follows its last ". ", "! " or
/// "? ".
fn last_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    let start = (1..bytes.len()).rev().find(|&i| bytes[i] == b' ' && matches!(bytes[i - 1], b'.' | b'!' | b'?'));
    start.map_or(text, |i| &text[i + 1..])
}

/// Reporting verbs whose subject, in a paragraph with no "I", "we" or
/// "you", is the reporter's narration rather than an answer.
const NARRATING: &[&str] = &["added", "adds", "said", "says", "told"];

/// Whether a paragraph between answers is the reporter's narration: it
/// opens with a quotation mark ("“…” is published by …"), credits a
/// quotation ("“…,” he says"), or reports in the third person ("Lam said
/// the centre would …", no first- or second-person word). A labelled
/// answer ("A: …", "FROST: …") is never narration. Narration ends the
/// interview's run of answers.
fn is_narration(text: &str) -> bool {
    let narrating = |w: &str| NARRATING.iter().any(|n| w.eq_ignore_ascii_case(n));
    let lead = text.len() - text.trim_start().len();
    if answer_start(text) > lead {
        return false;
    }
    if text.trim_start().starts_with(crate::attrib::tokens::is_quote_mark) {
        return true;
    }
    let credits = text.match_indices(['”', '"']).any(|(at, mark)| crate::text::words(&text[at + mark.len()..]).take(2).any(narrating));
    credits || !super::word_shape::scan_words(text).personal && crate::text::words(text).any(narrating)
}

/// Whether a paragraph asks: labelled "Q:", ending in "?" (bold
/// markers and spaces aside) with no label of an answer, or a prompt set
/// wholly in bold ("**Tell us about your last crossing.**").
pub fn is_question(text: &str) -> bool {
    let trimmed = text.trim();
    let bold = trimmed.len() > 4 && (trimmed.starts_with("**") && trimmed.ends_with("**") || trimmed.starts_with("__") && trimmed.ends_with("__"));
    match label(text) {
        Some((answer, _)) => !answer,
        None => bold || trimmed.trim_matches(|c: char| matches!(c, '*' | '_') || c.is_whitespace()).ends_with('?'),
    }
}

/// The first question of an interview set out as questions and answers:
/// the first question after an edited-for-length note, or the first
/// paragraph labelled "Q:", whichever comes first.
pub fn first_question(texts: &[&str], roles: &[Role]) -> Option<usize> {
    let counts = |k: usize| !matches!(roles.get(k), Some(Role::Title | Role::Meta | Role::Boilerplate) | None);
    // Questions first: an article that asks nothing is read no further.
    let questions: Vec<usize> = (0..texts.len()).filter(|&k| counts(k) && is_question(texts[k])).collect();
    let &last = questions.last()?;
    // "Q. Smith said": a lone label asks only when it ends in "?".
    let mut labels = questions.iter().copied().filter(|&k| label(texts[k]).is_some());
    let labelled = labels.next().filter(|&k| texts[k].trim_end().ends_with('?') || labels.next().is_some());
    let note = (0..last).find(|&k| counts(k) && is_note(texts[k]));
    let after_note = note.and_then(|n| questions.iter().copied().find(|&k| k > n));
    // An explicit "Q:" label needs no second question.
    if let Some(q) = labelled.filter(|&q| after_note.is_none_or(|n| q <= n)) {
        return Some(q);
    }
    let first = after_note?;
    (questions.iter().filter(|&&k| k >= first).count() >= MIN_QUESTIONS).then_some(first)
}

/// Journalists' roles of a line about the article's author.
const AUTHOR_ROLES: &[&str] = &["reporter", "writer", "editor", "correspondent", "columnist", "contributor", "journalist"];

/// Whether a short paragraph presents the interviewer, not an answer
/// ("Lena Voss is a staff writer."): "is a" or "is the" and a journalist's
/// role, with no "I" of the one answering.
fn is_author_line(text: &str) -> bool {
    let presents = text.contains(" is a ") || text.contains(" is the ");
    text.len() <= 200 && presents && !text.split(|c: char| !c.is_alphanumeric()).any(|w| w == "I") && AUTHOR_ROLES.iter().any(|r| text.contains(r))
}

/// Where the answer's words start in a paragraph: after an "A:" label or
/// a speaker's name in capitals ("FROST:") and the spaces after it, else
/// after the leading spaces.
pub fn answer_start(text: &str) -> usize {
    let named = text.split_once(": ").filter(|(name, _)| name.len() <= 32 && super::turns::is_label(name)).map(|(name, _)| name.len() + 1);
    let from = label(text).filter(|(answer, _)| *answer).map(|(_, end)| end).or(named).unwrap_or(0);
    from + (text[from..].len() - text[from..].trim_start().len())
}

/// The runs of answer paragraphs of the article's interview, each the
/// pieces of one quotation: body paragraphs after the first question, up
/// to the next question or the next paragraph of another role. A run
/// whose answer opens with a quotation mark ("A: “…”") is left to the
/// marks.
pub fn runs(texts: &[&str], roles: &[Role]) -> Vec<Vec<Piece>> {
    let Some(first) = first_question(texts, roles) else { return Vec::new() };
    let mut all: Vec<Vec<Piece>> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    // Narration ends the answers until the next question.
    let mut asked = true;
    for k in first..texts.len() {
        let text = texts[k];
        let question = is_question(text);
        asked = question || asked && !(roles[k] == Role::Body && is_narration(text));
        let answer = asked && roles[k] == Role::Body && !question && !text.trim().is_empty() && !is_note(text) && !is_author_line(text);
        if answer {
            let start = answer_start(text);
            let end = text.trim_end().len().max(start);
            current.push(Piece { paragraph: k, quoted: Quoted { open_mark: start, start, end, close_end: end, opener: '"', closed: true } });
        } else if !current.is_empty() {
            all.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        all.push(current);
    }
    let marked = |run: &Vec<Piece>| run.iter().any(|p| texts[p.paragraph][p.quoted.start..].starts_with(crate::attrib::tokens::is_quote_mark));
    all.retain(|run| !marked(run));
    all
}

/// Replaces the quotations found by marks inside answer paragraphs with
/// one quotation per run of answers ([`runs`]), speech by convention,
/// keeping reading order.
pub fn add(texts: &[&str], roles: &[Role], list: &mut Vec<(Quotation, Features)>) {
    let runs = runs(texts, roles);
    if runs.is_empty() {
        return;
    }
    let mut answered: Vec<usize> = runs.iter().flatten().map(|p| p.paragraph).collect();
    answered.sort_unstable();
    list.retain(|(q, _)| !q.parts.iter().any(|s| answered.binary_search(&s.paragraph).is_ok()));
    for run in &runs {
        if let Some((quotation, mut features)) = super::quotation(texts, run) {
            // An answer is the interviewee's speech, however short.
            features.continued = true;
            list.push((Quotation { kind: Kind::Quote, ..quotation }, features));
        }
    }
    list.sort_by_key(|(q, _)| q.parts.first().map(|s| (s.paragraph, s.start)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_and_questions_open_an_interview() {
        assert!(is_note("This interview has been edited for length and clarity."));
        assert!(is_note("*This conversation has been condensed and edited.*"));
        assert!(!is_note("The bill has been edited for length by the committee."));
        assert!(is_question("**What surprised you most?**"));
        assert!(is_question("Q: And then?"));
        assert!(!is_question("A: Why not?"));
        assert!(is_question("**Tell us about your last crossing.**"));
        assert!(!is_question("It was calm, for once."));
        let texts = ["The new chief", "Reporter Sam Ives talks to Dana Frost.", "This interview has been edited for length and clarity.", "What surprised you most?", "The crews.", "They wanted change.", "Will the station close?", "Not while I am chief."];
        let roles = [Role::Title, Role::Body, Role::Body, Role::Heading, Role::Body, Role::Body, Role::Body, Role::Body];
        assert_eq!(first_question(&texts, &roles), Some(3));
        let got: Vec<Vec<usize>> = runs(&texts, &roles).iter().map(|r| r.iter().map(|p| p.paragraph).collect()).collect();
        assert_eq!(got, vec![vec![4, 5], vec![7]]);
        // A closing line about the interviewer is no answer.
        let (mut texts, mut roles) = (texts.to_vec(), roles.to_vec());
        texts.push("Lena Voss is a staff writer at the Ferrow Post.");
        roles.push(Role::Body);
        let got: Vec<Vec<usize>> = runs(&texts, &roles).iter().map(|r| r.iter().map(|p| p.paragraph).collect()).collect();
        assert_eq!(got, vec![vec![4, 5], vec![7]]);
        assert!(!is_author_line("I was a reporter once, and the editor is a friend."));
        assert_eq!(answer_start("FROST: Not while I am chief."), 7);
        assert_eq!(answer_start("A: Never."), 3);
        assert_eq!(answer_start("Never: not once."), 0);
        assert_eq!(first_question(&["T", "Q. Lind said no.", "It was late."], &[Role::Title, Role::Body, Role::Body]), None);
        // With no note and no label, questions and answers are ordinary paragraphs.
        assert_eq!(first_question(&[texts[0], texts[1], texts[3], texts[4], texts[6], texts[7]], &roles[..6]), None);
    }

    fn answer_runs(texts: &[&str]) -> Vec<Vec<usize>> {
        let roles: Vec<Role> = (0..texts.len()).map(|k| if k == 0 { Role::Title } else { Role::Body }).collect();
        runs(texts, &roles).iter().map(|r| r.iter().map(|p| p.paragraph).collect()).collect()
    }

    #[test]
    fn a_note_ending_the_introduction_opens_an_interview() {
        let intro = "Ruth Adebayo has rung the bell at Kestrel Station for 40 years. Her colleague calls her \"the clock.\" We met her on Sunday. The interview has been edited for length and clarity.";
        assert!(is_note(intro));
        assert!(!is_note("The mayor edited the plan. It was condensed into a single page, and the council voted on it on Monday night after a long debate over parking."));
        let texts = ["Q&A: The bell ringer", intro, "How did it start?", "My father rang it before me.", "Do you ever miss a day?", "Twice. Both times I had the flu."];
        assert_eq!(answer_runs(&texts), vec![vec![3], vec![5]]);
    }

    #[test]
    fn narration_ends_the_answers() {
        let texts = [
            "T",
            "This conversation has been condensed and edited.",
            "What's next?",
            "A garden, mostly. I want tomatoes.",
            "Her son, who runs the station now, said the village would throw a party on Friday.",
            "\"She taught me everything,\" he said.",
            "Any regrets?",
            "None I would tell you.",
            "Before we go, her neighbour joins us. \"She is a legend,\" he says.",
            "\"The Long Bell\" is out in May.",
        ];
        assert_eq!(answer_runs(&texts), vec![vec![3], vec![7]]);
        assert!(!is_narration("The sergeant handed me a headset and said I'd be fine."));
        assert!(!is_narration("A: He said no, and that was that."));
        assert!(is_narration("Lam said the centre would hold a send-off."));
    }
}
