//! Acronyms an article defines as "Full Name (ACR)" ("Immigration, Refugees
//! and Citizenship Canada (IRCC)"): a speaker written as the acronym is
//! the organisation's full name. The mention index splits names at commas,
//! so this is its own small scan, run only when some speaker is an acronym.

/// Lowercase words an organisation's name may carry between its capitalised
/// words ("Department of Justice", "Immigration, Refugees and Citizenship").
const CONNECTORS: &[&str] = &["of", "and", "for", "the", "on", "de", "du", "des", "&"];

/// Whether `word` looks like an acronym: 2–6 ASCII capitals.
pub fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A speaker that is an acronym the article spells out ("IRCC") becomes
/// the organisation's full name.
pub fn expand_speakers(texts: &[&str], out: &mut [crate::model::Attribution]) {
    for attribution in out.iter_mut() {
        let Some(speaker) = attribution.speaker.as_deref().filter(|s| is_acronym(s)) else { continue };
        if let Some(full) = expand(texts, speaker) {
            attribution.speaker = Some(full.to_string());
        }
    }
}

/// The full name `texts` define for `acronym` ("Full Name (ACR)"), else
/// the first capitalised run whose initials spell it ("a letter from
/// Immigration, Refugees and Citizenship Canada").
pub fn expand<'a>(texts: &[&'a str], acronym: &str) -> Option<&'a str> {
    defined(texts, acronym).or_else(|| texts.iter().find_map(|text| spelled(text, acronym.as_bytes())))
}

/// The first run of words in `text` whose capitals spell `letters`.
fn spelled<'a>(text: &'a str, letters: &[u8]) -> Option<&'a str> {
    let words: Vec<(usize, &str)> = text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    (0..words.len()).find_map(|k| {
        let (start, w) = words[k];
        if w.as_bytes().first() != Some(&letters[0]) {
            return None;
        }
        let end = spell_from(&words, k, letters)?;
        Some(&text[start..end])
    })
}

/// Matches `letters` against the words from `k`: capitalised words give
/// their initial, connectors may give theirs; a comma may only join
/// capitalised words. The byte end of the match.
fn spell_from(words: &[(usize, &str)], k: usize, letters: &[u8]) -> Option<usize> {
    let (start, raw) = *words.get(k)?;
    let comma = raw.ends_with(',');
    let word = raw.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let first = word.bytes().next()?;
    let capital = first.is_ascii_uppercase() && word.len() > 1 && word.bytes().skip(1).any(|b| b.is_ascii_lowercase());
    let connector = CONNECTORS.contains(&word) && !comma;
    if !capital && !connector {
        return None;
    }
    let gives = first.to_ascii_uppercase() == letters[0];
    if capital && !gives {
        return None;
    }
    if word.len() != raw.len() && !comma {
        // Other punctuation ends the run.
        return (gives && letters.len() == 1).then_some(start + word.len());
    }
    if gives && letters.len() == 1 {
        return Some(start + word.len());
    }
    let rest = if gives { &letters[1..] } else { letters };
    let next = spell_from(words, k + 1, rest);
    match next {
        Some(end) => Some(end),
        // A connector may be skipped instead ("Department of Justice", DJ).
        None if connector && gives => spell_from(words, k + 1, letters),
        None => None,
    }
}

/// The full name a "Full Name (ACR)" definition gives.
fn defined<'a>(texts: &[&'a str], acronym: &str) -> Option<&'a str> {
    texts.iter().find_map(|text| {
        let mut from = 0;
        while let Some(k) = text[from..].find(acronym) {
            let at = from + k;
            from = at + acronym.len();
            let defined = text[..at].ends_with('(') && text[from..].starts_with(')');
            if let Some(full) = defined.then(|| full_before(&text[..at - 1], acronym)).flatten() {
                return Some(full);
            }
        }
        None
    })
}

/// The words before "(ACR)" whose capitals spell the acronym, read back.
fn full_before<'a>(text: &'a str, acronym: &str) -> Option<&'a str> {
    let end = text.trim_end().len();
    let letters = acronym.as_bytes();
    let mut need = letters.len();
    let mut start = end;
    let mut rest = &text[..end];
    while need > 0 {
        let trimmed = rest.trim_end();
        let trimmed = trimmed.strip_suffix(',').map_or(trimmed, str::trim_end);
        let word_start = trimmed.rfind(|c: char| c.is_whitespace()).map_or(0, |x| x + 1);
        let word = &trimmed[word_start..];
        let first = word.chars().next()?;
        if first.is_uppercase() {
            if first.to_ascii_uppercase() as u8 != letters[need - 1] {
                return None;
            }
            need -= 1;
        } else if CONNECTORS.contains(&word) {
            // "Department of Justice (DOJ)": a connector may give a letter.
            if first.to_ascii_uppercase() as u8 == letters[need - 1] && need > 1 {
                need -= 1;
            }
        } else {
            return None;
        }
        start = word_start;
        rest = &trimmed[..word_start];
    }
    let full = &text[start..end];
    (full.contains(' ')).then_some(full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defined_acronyms_expand() {
        let texts = ["A spokesperson for Immigration, Refugees and Citizenship Canada (IRCC) said it.", "IRCC said more."];
        assert_eq!(expand(&texts, "IRCC"), Some("Immigration, Refugees and Citizenship Canada"));
        assert_eq!(expand(&["the Department of Justice (DOJ) said"], "DOJ"), Some("Department of Justice"));
        assert_eq!(expand(&["Export Development Canada (EDC) paid"], "EDC"), Some("Export Development Canada"));
        assert_eq!(expand(&["the vote (EDC) paid", "EDC"], "EDC"), None);
        assert_eq!(expand(&["(EDC) paid"], "EDC"), None);
        assert_eq!(expand(&["a letter from Immigration, Refugees and Citizenship Canada informing"], "IRCC"), Some("Immigration, Refugees and Citizenship Canada"));
        assert_eq!(expand(&["the Department of Justice said"], "DOJ"), Some("Department of Justice"));
        assert_eq!(expand(&["Imports rose. Refugees came. Canada"], "IRC"), None);
    }
}
