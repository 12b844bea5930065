//! British and American spelling: a few rules plus a small table of the words
//! the rules cannot reach. Every word is mapped to the American spelling,
//! for comparison only.

/// British (or variant) spellings the rules below do not cover, to American.
pub const SPELLING_TABLE: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("pretence", "pretense"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("centre", "center"),
    ("centres", "centers"),
    ("centred", "centered"),
    ("theatre", "theater"),
    ("theatres", "theaters"),
    ("metre", "meter"),
    ("metres", "meters"),
    ("kilometre", "kilometer"),
    ("kilometres", "kilometers"),
    ("litre", "liter"),
    ("litres", "liters"),
    ("fibre", "fiber"),
    ("calibre", "caliber"),
    ("sombre", "somber"),
    ("spectre", "specter"),
    ("lustre", "luster"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("analogue", "analog"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("grey", "gray"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("cheque", "check"),
    ("mould", "mold"),
    ("plough", "plow"),
    ("aluminium", "aluminum"),
    ("sceptical", "skeptical"),
    ("sceptic", "skeptic"),
    ("practise", "practice"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("judgement", "judgment"),
    ("ageing", "aging"),
    ("whilst", "while"),
    ("amongst", "among"),
    ("learnt", "learned"),
    ("spelt", "spelled"),
    ("burnt", "burned"),
    ("dreamt", "dreamed"),
    ("towards", "toward"),
    ("afterwards", "afterward"),
    ("paediatric", "pediatric"),
    ("anaesthetic", "anesthetic"),
    ("oestrogen", "estrogen"),
    ("foetus", "fetus"),
    ("diarrhoea", "diarrhea"),
    ("haemorrhage", "hemorrhage"),
    ("encyclopaedia", "encyclopedia"),
    ("jewellery", "jewelry"),
    ("pyjamas", "pajamas"),
    ("storey", "story"),
    ("draught", "draft"),
    ("kerb", "curb"),
    ("gaol", "jail"),
    ("cosy", "cozy"),
    ("artefact", "artifact"),
    ("axe", "ax"),
    ("mum", "mom"),
];

/// Words ending in "our" whose "our" is part of the root, not the British suffix.
const OUR_ROOTS: &[&str] =
    &["", "y", "f", "h", "p", "t", "fl", "s", "d", "sc", "cont", "det", "dev", "am", "vel", "param", "troubad", "j", "c", "gl"];

/// Endings that may follow a British "our" ("colours", "honourable", "favourite").
const OUR_ENDINGS: &[&str] =
    &["", "s", "ed", "ing", "able", "ably", "ite", "ites", "er", "ers", "ful", "less", "ist", "ists", "hood", "hoods", "ly"];

/// Words ending in "ise" that are not the -ise/-ize suffix.
const ISE_WORDS: &[&str] = &[
    "advise", "advertise", "arise", "chastise", "comprise", "compromise", "concise", "demise", "despise",
    "devise", "disguise", "enterprise", "excise", "exercise", "expertise", "franchise", "improvise", "incise",
    "merchandise", "precise", "premise", "promise", "revise", "rise", "supervise", "surmise", "surprise",
    "televise", "wise", "otherwise", "noise", "poise", "praise", "raise", "cruise", "bruise", "guise",
    "anise", "paradise", "treatise", "vise", "circumcise", "reprise", "apprise", "prise", "clockwise",
    "likewise", "sunrise", "uprise", "expertise", "lise", "denise", "louise", "elise", "valise", "concise",
];

/// Endings that may follow "is" in the -ise suffix family.
const ISE_ENDINGS: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("iser", "izer"),
    ("isers", "izers"),
];

/// The American spelling of a lower-case word (the word itself when it has none).
pub fn americanize(word: &str) -> String {
    if let Some((_, american)) = SPELLING_TABLE.iter().find(|(british, _)| *british == word) {
        return (*american).to_string();
    }
    our_to_or(word)
        .or_else(|| ise_to_ize(word))
        .or_else(|| yse_to_yze(word))
        .or_else(|| double_l(word))
        .unwrap_or_else(|| word.to_string())
}

/// colour → color, honourable → honorable, favourite → favorite.
fn our_to_or(word: &str) -> Option<String> {
    let at = word.rfind("our")?;
    let (root, ending) = (&word[..at], &word[at + 3..]);
    if root.len() < 2 || OUR_ROOTS.contains(&root) || !OUR_ENDINGS.contains(&ending) {
        return None;
    }
    Some(format!("{root}or{ending}"))
}

/// recognise → recognize, organisation → organization (with exceptions).
fn ise_to_ize(word: &str) -> Option<String> {
    let (british, american) = ISE_ENDINGS.iter().find(|(b, _)| word.ends_with(b))?;
    let stem = &word[..word.len() - british.len()];
    if stem.len() < 3 || ISE_WORDS.contains(&format!("{stem}ise").as_str()) {
        return None;
    }
    Some(format!("{stem}{american}"))
}

/// analyse → analyze, paralysed → paralyzed.
fn yse_to_yze(word: &str) -> Option<String> {
    let at = word.rfind("lys")?;
    let ending = &word[at + 3..];
    if at < 2 || !matches!(ending, "e" | "ed" | "es" | "ing") {
        return None;
    }
    Some(format!("{}lyz{ending}", &word[..at]))
}

/// travelled → traveled, cancelling → canceling (long words only, both sides alike).
fn double_l(word: &str) -> Option<String> {
    if word.len() < 7 {
        return None;
    }
    for ending in ["lled", "lling", "ller", "llers"] {
        if let Some(stem) = word.strip_suffix(ending) {
            let vowel_before = stem.chars().last().is_some_and(|c| "aeiou".contains(c));
            let two_vowels = stem.len() >= 2 && stem[stem.len() - 2..].chars().all(|c| "aeiou".contains(c));
            if vowel_before && !two_vowels {
                return Some(format!("{stem}l{}", &ending[2..]));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::americanize;

    #[test]
    fn british_spellings_become_american() {
        for (british, american) in [
            ("defence", "defense"),
            ("colour", "color"),
            ("honourable", "honorable"),
            ("favourite", "favorite"),
            ("neighbourhood", "neighborhood"),
            ("recognised", "recognized"),
            ("organisation", "organization"),
            ("criminalise", "criminalize"),
            ("analysed", "analyzed"),
            ("travelled", "traveled"),
            ("cancelling", "canceling"),
            ("centre", "center"),
        ] {
            assert_eq!(americanize(british), american, "{british}");
        }
    }

    #[test]
    fn look_alikes_are_left_alone() {
        for word in ["four", "your", "hour", "tour", "detour", "promise", "advise", "exercise", "rise", "called", "fooled", "our"]
        {
            assert_eq!(americanize(word), word);
        }
    }
}
