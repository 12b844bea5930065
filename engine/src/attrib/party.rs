//! Politicians described by party and state: "the Wyoming Republican", "the
//! Ohio Democrat", "the two-term Republican" stand for the person named
//! before with a matching party–state tag ("Sen. Jo Whitby, R-Wyo.,",
//! "Rep. Lena Ortiz (D-Calif.)").

use super::find::Context;
use super::names;
use super::resolve::{Mentions, Place};

/// US states with the abbreviation news style writes in a party tag.
pub(super) const STATES: &[(&str, &str)] = &[
    ("Alabama", "Ala"), ("Alaska", "Alaska"), ("Arizona", "Ariz"), ("Arkansas", "Ark"), ("California", "Calif"),
    ("Colorado", "Colo"), ("Connecticut", "Conn"), ("Delaware", "Del"), ("Florida", "Fla"), ("Georgia", "Ga"),
    ("Hawaii", "Hawaii"), ("Idaho", "Idaho"), ("Illinois", "Ill"), ("Indiana", "Ind"), ("Iowa", "Iowa"),
    ("Kansas", "Kan"), ("Kentucky", "Ky"), ("Louisiana", "La"), ("Maine", "Maine"), ("Maryland", "Md"),
    ("Massachusetts", "Mass"), ("Michigan", "Mich"), ("Minnesota", "Minn"), ("Mississippi", "Miss"), ("Missouri", "Mo"),
    ("Montana", "Mont"), ("Nebraska", "Neb"), ("Nevada", "Nev"), ("New Hampshire", "NH"), ("New Jersey", "NJ"),
    ("New Mexico", "NM"), ("New York", "NY"), ("North Carolina", "NC"), ("North Dakota", "ND"), ("Ohio", "Ohio"),
    ("Oklahoma", "Okla"), ("Oregon", "Ore"), ("Pennsylvania", "Pa"), ("Rhode Island", "RI"), ("South Carolina", "SC"),
    ("South Dakota", "SD"), ("Tennessee", "Tenn"), ("Texas", "Texas"), ("Utah", "Utah"), ("Vermont", "Vt"),
    ("Virginia", "Va"), ("Washington", "Wash"), ("West Virginia", "WVa"), ("Wisconsin", "Wis"), ("Wyoming", "Wyo"),
];

/// The party letter a party noun stands for.
fn party_letter(noun: &str) -> Option<char> {
    match noun {
        "Republican" => Some('R'),
        "Democrat" => Some('D'),
        "Independent" => Some('I'),
        _ => None,
    }
}

/// Reads "the Wyoming Republican" as ('R', Some(("Wyoming", "Wyo"))), "the
/// two-term Democrat" as ('D', None).
fn described_party(written: &str) -> Option<(char, Option<(&'static str, &'static str)>)> {
    let rest = written.strip_prefix("the ").or_else(|| written.strip_prefix("The "))?;
    let (before, noun) = rest.rsplit_once(' ').unwrap_or(("", rest));
    let party = party_letter(noun)?;
    let state = STATES.iter().find(|(name, _)| before.ends_with(name)).copied();
    let other_words = before.split(' ').all(|w| w.is_empty() || w.starts_with(char::is_lowercase) || state.is_some());
    other_words.then_some((party, state))
}

/// The party noun of a party letter.
fn party_noun(party: char) -> &'static str {
    match party {
        'R' => "Republican",
        'D' => "Democrat",
        _ => "Independent",
    }
}

/// Whether a party tag ("R-Wyo.", "D-N.Y") is of `party` and, when given, of
/// the state written `abbr`.
fn tag_matches(tag: &str, party: char, abbr: Option<&str>) -> bool {
    let Some((letter, place)) = tag.split_once('-') else { return false };
    let place: String = place.chars().filter(|&c| c != '.').collect();
    letter.starts_with(party) && abbr.is_none_or(|a| place == a)
}

impl Context<'_> {
    /// The person a party description at `at` stands for: the nearest
    /// person named before it whose tag matches.
    pub(super) fn party_member(&self, mentions: &Mentions, written: &str, at: Place) -> Option<String> {
        let (party, state) = described_party(written)?;
        let abbr = state.map(|(_, abbr)| abbr);
        let tagged = |m: &&super::resolve::Mention| {
            let (text, toks) = (self.texts[m.at.0], &self.tokens[m.at.0]);
            let tag = toks.get(m.end + 1).filter(|t| t.is_word()).map(|t| t.text(text));
            let by_tag = tag.is_some_and(|t| super::name_parts::is_party_tag(t) && tag_matches(t, party, abbr));
            m.kind == names::PhraseKind::Name && (by_tag || self.apposed_party(m, party, state.map(|(name, _)| name)))
        };
        let found = mentions.list.iter().filter(|m| m.at < at).rfind(tagged)?;
        Some(mentions.full_name(found.name, at).filter(|_| !found.name.contains(' ')).unwrap_or(found.name).to_string())
    }

    /// "Sen. Jo Whitby, a Wyoming Republican,": an appositive right after
    /// the mention names its party (and state).
    fn apposed_party(&self, m: &super::resolve::Mention, party: char, state: Option<&str>) -> bool {
        let (text, toks) = (self.texts[m.at.0], &self.tokens[m.at.0]);
        let opens = toks.get(m.end).is_some_and(|t| t.kind == super::tokens::Kind::Comma) && toks.get(m.end + 1).is_some_and(|t| matches!(t.text(text), "a" | "an"));
        if !opens {
            return false;
        }
        let words: Vec<&str> = toks[m.end + 2..].iter().take(5).take_while(|t| t.is_word()).map(|t| t.text(text)).collect();
        let phrase = words.join(" ");
        words.last() == Some(&party_noun(party)) && state.is_none_or(|s| phrase.contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_party_description_reads_party_and_state() {
        assert_eq!(described_party("the Wyoming Republican"), Some(('R', Some(("Wyoming", "Wyo")))));
        assert_eq!(described_party("the New York Democrat"), Some(('D', Some(("New York", "NY")))));
        assert_eq!(described_party("the two-term Republican"), Some(('R', None)));
        assert_eq!(described_party("the Conservative MP"), None);
        assert_eq!(described_party("the Republican Party"), None);
        assert!(tag_matches("D-N.Y", 'D', Some("NY")) && tag_matches("R-Wyo", 'R', None));
        assert!(!tag_matches("R-Wyo", 'D', Some("Wyo")) && !tag_matches("R-Texas", 'R', Some("Wyo")));
    }
}
