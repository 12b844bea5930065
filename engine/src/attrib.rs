//! Attribution: who said each quotation, with which verb, credited to whom.
//!
//! This first version reads the text right after a quotation for
//! "…,” X said" and "…,” said X", where X is a run of capitalised words.

use crate::model::{Article, Attribution, Quotation};

/// Reporting verbs this first version recognises.
const CUES: &[&str] = &["said", "says", "told", "added", "warned", "claimed", "noted", "explained"];

/// Attributes every quotation of an article; the result is parallel to `quotations`.
pub fn attribute(article: &Article, quotations: &[Quotation]) -> Vec<Attribution> {
    quotations.iter().map(|q| attribute_one(article, q)).collect()
}

fn attribute_one(article: &Article, quotation: &Quotation) -> Attribution {
    let Some(last) = quotation.parts.last() else { return Attribution::default() };
    let paragraph = &article.paragraphs[last.paragraph].text;
    let after = &paragraph[last.end..];
    let after = after.trim_start_matches(['”', '"', ',', ' ']);
    let sentence_end = after.find(['.', '“', '"']).unwrap_or(after.len());
    let words: Vec<&str> = after[..sentence_end].split_whitespace().collect();
    let Some(cue_at) = words.iter().position(|w| CUES.contains(w)) else {
        return Attribution::default();
    };
    let before: Vec<&str> = words[..cue_at].to_vec();
    let after_cue: Vec<&str> = words[cue_at + 1..].iter().copied().take_while(|w| is_capitalised(w)).collect();
    let name_words = if before.is_empty() { after_cue } else { trailing_name(&before) };
    let name = (!name_words.is_empty()).then(|| name_words.join(" "));
    Attribution {
        speaker: name.clone(),
        speaker_as_written: name,
        cue: Some(words[cue_at].to_string()),
        sentence: Some(paragraph.clone()),
        ..Attribution::default()
    }
}

/// The capitalised words at the end of a phrase ("… spokesman Igor Konashenkov").
fn trailing_name<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let start = words.iter().rposition(|w| !is_capitalised(w)).map_or(0, |i| i + 1);
    words[start..].to_vec()
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{quotes, read::parse_text};

    #[test]
    fn names_the_speaker_before_and_after_the_cue() {
        let text = "T\n“We will win this war,” Igor Konashenkov said.\n“We will win this war,” said Ann Lee.";
        let article = parse_text("t.txt", text);
        let found = quotes::find(&article);
        let got = attribute(&article, &found);
        assert_eq!(got[0].speaker.as_deref(), Some("Igor Konashenkov"));
        assert_eq!(got[1].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(got[1].cue.as_deref(), Some("said"));
    }
}
