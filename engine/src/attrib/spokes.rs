//! Spokespeople speak for their organisation: "An RSPCA spokeswoman said",
//! "a Commission spokesperson said" (the Commission named earlier), "a
//! spokesman for state operator Nordgaz told …". The speaker becomes the
//! organisation and the noun its role; the mention as written stays.

use super::names::{self, Phrase, PhraseKind};
use super::orgs;
use super::resolve::{self, Mentions, Place};
use super::roles::{self, Gender};
use super::tokens::Token;

/// Nouns for a person who speaks for an organisation.
const SPOKES_NOUNS: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "representative", "officer"];

/// Words that open an unnamed spokesperson's mention.
const DETERMINERS: &[&str] = &["a", "an", "the", "one", "another"];

/// How many words after "for", "of" or "at" the organisation may start.
const REACH: usize = 4;

/// The organisation an unnamed spokesperson phrase speaks for, and the
/// role noun as written ("spokeswoman", "press officer").
pub fn organisation(text: &str, toks: &[Token], mentions: &Mentions, phrase: &Phrase, at: Place) -> Option<(String, String)> {
    if phrase.name.is_some() || phrase.kind != PhraseKind::Description {
        return None;
    }
    let (a, b) = phrase.written;
    let word = |k: usize| toks[k].text(text);
    if !DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word(a))) {
        return None;
    }
    let head = (a + 1..b).find(|&k| is_spokes_noun(text, toks, k))?;
    let role_start = if word(head) == "officer" { head - 1 } else { head };
    let role = resolve::span(text, toks, role_start, head + 1).to_string();
    let org = before_noun(text, toks, mentions, (a + 1, role_start), at).or_else(|| after_noun(text, toks, mentions, head + 1, at))?;
    Some((org, role))
}

/// Whether token `k` is a spokesperson noun ("officer" only after "press").
fn is_spokes_noun(text: &str, toks: &[Token], k: usize) -> bool {
    let w = toks[k].text(text);
    SPOKES_NOUNS.contains(&w) && (w != "officer" || k > 0 && matches!(toks[k - 1].text(text), "press" | "media" | "communications"))
}

/// "An RSPCA spokeswoman", "a company spokesman": the organisation in the
/// modifiers `from..to` before the noun.
fn before_noun(text: &str, toks: &[Token], mentions: &Mentions, (from, to): (usize, usize), at: Place) -> Option<String> {
    if from >= to {
        return None;
    }
    let word = |k: usize| toks[k].text(text);
    let capital = |k: usize| toks[k].is_word() && word(k).starts_with(char::is_uppercase);
    let start = (from..to).rev().take_while(|&k| capital(k)).last();
    if let Some(start) = start {
        let run = resolve::span(text, toks, start, to);
        let run = run.trim_end_matches("'s").trim_end_matches("’s");
        return Some(named_earlier(mentions, run, at).unwrap_or(run).to_string());
    }
    // "a company spokesman", "the ministry's spokeswoman".
    let noun = word(to - 1).trim_end_matches("'s").trim_end_matches("’s");
    orgs::resolve_org_noun(mentions, &format!("the {noun}"), at)
}

/// "a spokesman for state operator Nordgaz", "a representative of the
/// union": the organisation after "for", "of" or "at" from token `k`.
fn after_noun(text: &str, toks: &[Token], mentions: &Mentions, k: usize, at: Place) -> Option<String> {
    let word = |j: usize| toks[j].text(text);
    let in_sentence = |j: usize| j < toks.len() && toks[j].is_word() && toks[j].sentence == toks[k.saturating_sub(1)].sentence;
    if !in_sentence(k) || !matches!(word(k), "for" | "of" | "at") {
        return None;
    }
    let mut j = k + 1;
    while in_sentence(j) && j <= k + REACH && !word(j).starts_with(char::is_uppercase) {
        if roles::is_org_noun(word(j)) {
            return orgs::resolve_org_noun(mentions, &format!("the {}", word(j)), at);
        }
        j += 1;
    }
    let start = j;
    let capital = |j: usize| in_sentence(j) && word(j).starts_with(char::is_uppercase) && !names::is_possessive(word(j));
    // "the Department for Business", "the Ministry of Defence": a linking word between capitals.
    while capital(j) || j > start && in_sentence(j) && matches!(word(j), "of" | "for" | "and") && capital(j + 1) {
        j += 1;
    }
    if start == j || !in_sentence(start) {
        return None;
    }
    let words: Vec<&str> = (start..j).map(word).collect();
    // A person ("a spokesman for Mayor Jo Lee") is no organisation.
    let person = roles::is_title(words[0]) || roles::gender_of_word(words[0]) != Gender::Unknown || words.len() > 1 && names::name_kind(&words) == PhraseKind::Name;
    if person {
        return None;
    }
    let run = resolve::span(text, toks, start, j);
    let run = run.strip_prefix("The ").unwrap_or(run);
    Some(named_earlier(mentions, run, at).unwrap_or(run).to_string())
}

/// The full name of an organisation named earlier that a one-word
/// modifier stands for ("Commission" after "the European Commission").
fn named_earlier<'a>(mentions: &Mentions<'a>, word: &str, at: Place) -> Option<&'a str> {
    if word.contains(' ') {
        return None;
    }
    let found = mentions.earlier(at).take(60).find(|m| m.kind == PhraseKind::Org && m.name.contains(' ') && m.name.split(' ').any(|w| w == word))?;
    Some(found.name.strip_prefix("The ").unwrap_or(found.name))
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    fn speaker_and_role(text: &str, q: usize) -> (Option<String>, Option<String>, Option<String>) {
        let a = run(text).swap_remove(q);
        (a.speaker, a.role, a.speaker_as_written)
    }

    #[test]
    fn a_spokesperson_speaks_for_the_organisation_before_the_noun() {
        let (speaker, role, written) = speaker_and_role("T\nAn RSPCA spokeswoman said: “The dogs were starving when we found them.”", 0);
        assert_eq!((speaker.as_deref(), role.as_deref(), written.as_deref()), (Some("RSPCA"), Some("spokeswoman"), Some("An RSPCA spokeswoman")));
        let earlier = "T\nThe European Commission opened an inquiry on Monday.\n“We will look at every payment,” a Commission spokesperson said.";
        assert_eq!(speaker_and_role(earlier, 0).0.as_deref(), Some("European Commission"));
    }

    #[test]
    fn a_spokesperson_speaks_for_the_organisation_after_for() {
        let text = "T\n“Gas is flowing as normal,” a spokesman for state operator Nordgaz told the Ferrow Post.";
        let (speaker, role, _) = speaker_and_role(text, 0);
        assert_eq!((speaker.as_deref(), role.as_deref()), (Some("Nordgaz"), Some("spokesman")));
        let whole = "T\n“We will act,” a press officer at the Ministry of Defence said.";
        assert_eq!(speaker_and_role(whole, 0).1.as_deref(), Some("press officer"));
        assert_eq!(speaker_and_role(whole, 0).0.as_deref(), Some("Ministry of Defence"));
        let person = "T\n“The mayor is resting,” a spokesman for Mayor Jo Lee said.";
        assert_ne!(speaker_and_role(person, 0).0.as_deref(), Some("Mayor Jo Lee"));
    }
}
