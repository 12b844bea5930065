//! The credited intermediary: the outlet or channel through which an article
//! says it got a quotation ("told TASS", "as cited by Tass", "on his Twitter
//! account", "Russia's Tass news agency reported").

use crate::wordset::in_list;
use super::names::{self, PhraseKind};
use super::tokens::{Kind, Token};

/// Capitalised words that mark a news outlet's name.
const OUTLET_WORDS: &[&str] = &[
    "News", "Times", "Post", "Journal", "Insider", "Press", "Radio", "TV", "Television", "Magazine", "Tribune",
    "Herald", "Gazette", "Chronicle", "Observer", "Telegraph", "Guardian", "Daily", "Wire", "Network", "Broadcasting",
    "Media", "Reuters", "TASS", "Tass", "AFP", "AP", "CNN", "BBC", "NBC", "ABC", "CBS", "Fox", "MSNBC", "NPR", "PBS",
    "Bloomberg", "Politico", "Axios", "Interfax", "RIA", "Xinhua", "Sputnik", "RT", "VICE", "Vice", "Breitbart",
    "BuzzFeed", "HuffPost", "Vox", "CTV", "CBC", "Newsweek", "TIME", "Yahoo", "Mainichi", "Kyodo", "Ukrinform",
    "Interfax-Ukraine", "Novosti", "Izvestia", "Kommersant", "Spiegel", "Figaro", "Monde", "País", "Independent",
    "Economist", "Atlantic", "Hill", "Star", "Sun", "Mail", "Express", "Mirror", "Standard", "Globe", "Examiner",
    "Bulletin", "Register", "Dispatch", "Inquirer", "Courier", "Sentinel", "Record", "Review", "Report", "Today",
    // News agencies credited by name alone ("told PTI", "according to Yonhap").
    "PTI", "ANI", "IANS", "Yonhap", "AAP", "ANSA", "EFE", "DPA", "dpa", "Anadolu", "Bernama", "Jiji", "KCNA", "IRNA",
    "Tasnim", "UNIAN", "BelTA", "Lusa", "Agerpres", "NHK", "NDTV", "WAFA",
    "Beacon", "Advocate", "Desk", "Echo", "Advertiser", "Argus", "Mercury", "Clarion", "Enquirer", "Courant", "Gleaner", "Despatch",
    "Statesman", "Bugle",
    // Outlets whose names carry no newspaper word ("told Al Jazeera", "in an interview with Wired").
    "Jazeera", "Arabiya", "Wired", "Variety", "Euronews", "Haaretz", "Asahi", "Yomiuri", "Vedomosti",
];

/// Social platforms credited with "on his Twitter account", "on Telegram".
const PLATFORMS: &[&str] = &["Twitter", "Facebook", "Telegram", "Instagram", "YouTube", "TikTok", "Truth", "LinkedIn", "Weibo", "VKontakte", "Snapchat", "Reddit"];

/// Lower-case words that describe an outlet before its name ("media outlet TASS").
const DESCRIPTORS: &[&str] = &[
    "outlet", "agency", "newspaper", "paper", "channel", "network", "broadcaster", "magazine", "daily", "station",
    "television", "radio", "website", "publication", "tabloid", "media", "news", "state", "service", "wire", "site",
];

/// Whether a capitalised word marks an outlet ("News", "Reuters").
pub fn is_outlet_word(w: &str) -> bool {
    static CELL: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    CELL.get_or_init(|| crate::wordset::WordSet::new(&[OUTLET_WORDS])).contains(w)
}

/// Whether a word is spelt like a brand ("FactLine", "BuzzFeed"): a capital
/// inside it after three lower-case letters (not "McDonald", "MacLeod").
pub fn is_brand(w: &str) -> bool {
    let bytes = w.as_bytes();
    if bytes.len() < 5 || !bytes[0].is_ascii_uppercase() {
        return false;
    }
    let lower_run = bytes[1..].iter().take_while(|b| b.is_ascii_lowercase()).count();
    lower_run >= 3 && bytes.get(lower_run + 1).is_some_and(u8::is_ascii_uppercase)
}

/// Whether a word names a social platform ("Twitter").
pub fn is_platform(w: &str) -> bool {
    in_list!(PLATFORMS, w)
}

/// Every word at which [`find`] reads anything (the first words of its
/// patterns, the prepositions of [`platform_at`], the reporting verbs an
/// outlet follows or ends before); it passes over every other word at once.
const TRIGGERS: &[&str] = &[
    "cited", "quoted", "reported", "according", "via", "interview", "conversation", "speaking", "seen", "obtained",
    "reviewed", "viewed", "acquired", "statement", "email", "e-mail", "letter", "remarks", "comments", "emailed",
    "e-mailed", "sent", "provided", "op-ed", "column", "essay", "article", "to", "with", "on", "in", "reports", "said",
    "wrote", "reporting", "carried", "published", "broadcast", "aired",
];

/// Finds the credited outlet in `tokens[from..to]`, the rest of an
/// attribution clause after its cue. `cue` is the cue as written.
pub fn find(text: &str, tokens: &[Token], cue: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let word = |i: usize| tokens[i].text(text);
    let is_word = |i: usize| i < to && tokens[i].is_word();
    let told = matches!(cue, "told" | "tells" | "telling" | "tell");
    if told && is_word(from) {
        if let Some(found) = outlet_at(text, tokens, from, to) {
            return Some(found);
        }
    }
    let mut i = from;
    while i < to {
        if !tokens[i].is_word() {
            i += 1;
            continue;
        }
        let w = word(i);
        if !crate::wordset::in_list!(TRIGGERS, w) {
            i += 1;
            continue;
        }
        let next = |k: usize| if is_word(i + k) { word(i + k) } else { "" };
        let after = match (w, next(1)) {
            // "in remarks carried by RIA Novosti", "an interview broadcast by KTV".
            ("cited" | "quoted" | "reported" | "carried" | "published" | "broadcast" | "aired", "by") => Some(i + 2),
            ("according", "to") => Some(i + 2),
            ("via", _) => Some(i + 1),
            ("interview" | "conversation" | "speaking", "with" | "to") => Some(i + 2),
            // "in a memo seen by Reuters", "in a letter obtained by The Associated Press".
            ("seen" | "obtained" | "reviewed" | "viewed" | "acquired", "by") => Some(i + 2),
            // "in a statement to CNN", "in an email to The Guardian", "a statement emailed to Reuters".
            ("statement" | "email" | "e-mail" | "letter" | "remarks" | "comments" | "emailed" | "e-mailed" | "sent" | "provided", "to") => Some(i + 2),
            // "in an op-ed for The Washington Post".
            ("op-ed" | "column" | "essay" | "article", "for" | "in") => Some(i + 2),
            ("to" | "with", _) if i == from => Some(i + 1),
            // "telling host Ann Lee on Radio Dunmore".
            ("on", _) if told => Some(i + 1),
            _ => None,
        };
        if let Some(at) = after {
            if let Some(found) = outlet_at(text, tokens, at, to) {
                return Some(found);
            }
        }
        if let Some(found) = platform_at(text, tokens, i, to) {
            return Some(found);
        }
        if matches!(w, "reported" | "reports" | "said" | "wrote" | "reporting" | "cited" | "quoted") {
            if let Some(found) = outlet_ending_before(text, tokens, from, i) {
                return Some(found);
            }
            if let Some(found) = outlet_at(text, tokens, i + 1, to) {
                return Some(found);
            }
        }
        i += 1;
    }
    None
}

/// The outlet or platform named by a phrase that opens the sentence before
/// its speaker, `tokens[from..to]`: "Speaking to BBC Radio 4, X said",
/// "In an interview with the Financial Times, X said", "In a post on
/// LinkedIn, X wrote", "Asked by the Courier whether …, X said".
pub fn lead_in(text: &str, tokens: &[Token], from: usize, to: usize) -> Option<(usize, usize)> {
    let opener = tokens.get(from).filter(|t| t.is_word()).map(|t| t.text(text).to_lowercase());
    if !matches!(opener.as_deref(), Some("speaking" | "talking" | "in" | "writing" | "on" | "asked")) {
        return None;
    }
    // A lead-in of at most ten tokens, then the speaker ("the coach, Ben Hale") soon after it.
    let end = (from..to.min(from + 11)).find(|&k| tokens[k].kind == Kind::Comma).filter(|&end| to <= end + 8)?;
    if let Some(found) = platform_at(text, tokens, from, end).or_else(|| (from + 1..end).find_map(|k| platform_at(text, tokens, k, end))) {
        return Some(found);
    }
    // "In an email to staff seen by Reuters": the outlet may follow any of
    // them; "Speaking on state broadcaster KTV": "on" after a verb of speaking.
    // "In an interview broadcast on KTV": "on" after a verb of airing too.
    let speaking = matches!(opener.as_deref(), Some("speaking" | "talking"));
    let aired = |k: usize| k > from && matches!(tokens[k - 1].text(text), "broadcast" | "aired" | "shown" | "televised");
    // "In a column for the business daily Vedomir": "for" after a piece of writing.
    let written_for = |k: usize| k > from && tokens[k].text(text) == "for" && matches!(tokens[k - 1].text(text), "column" | "op-ed" | "essay" | "article" | "piece" | "commentary");
    let preposition = |k: usize| tokens[k].is_word() && (matches!(tokens[k].text(text), "to" | "with" | "in" | "by") || (speaking || aired(k)) && tokens[k].text(text) == "on" || written_for(k));
    let outlet = (from..end).filter(|&k| preposition(k)).find_map(|k| outlet_at(text, tokens, k + 1, end));
    // "In comments to KTV,", "Speaking to KTV overnight,": an acronym alone
    // after the preposition, then at most a time phrase before the comma.
    let timed = |k: usize| (k..end).all(|j| tokens[j].is_word() && super::describe::is_time_word(tokens[j].text(text)));
    let acronym = |k: usize| k + 2 <= end && names::is_acronym(tokens[k + 1].text(text)) && timed(k + 2);
    outlet.or_else(|| (from..end.saturating_sub(1)).find(|&k| preposition(k) && acronym(k)).map(|k| (k + 1, k + 2)))
}

/// "on his Twitter account", "on Telegram", "in a Facebook post", "tweeted".
fn platform_at(text: &str, tokens: &[Token], i: usize, to: usize) -> Option<(usize, usize)> {
    let w = tokens[i].text(text);
    // "a video posted to Instagram".
    let posted_to = w == "to" && i > 0 && tokens[i - 1].is_word() && matches!(tokens[i - 1].text(text), "posted" | "uploaded" | "shared" | "published");
    if !matches!(w, "on" | "in" | "via") && !posted_to {
        return None;
    }
    if w == "on" && names_x(text, tokens, i + 1, to) {
        return Some((i + 1, i + 2));
    }
    let k = (i + 1..to.min(i + 4)).take_while(|&k| tokens[k].is_word()).find(|&k| is_platform(tokens[k].text(text)))?;
    // "Truth Social": a capitalised word after the platform's is part of its name.
    let more = k + 1 < to && tokens[k + 1].is_word() && tokens[k + 1].text(text) == "Social";
    Some((k, k + 1 + usize::from(more)))
}

/// "on X, formerly Twitter", "on X (formerly Twitter).": a lone capital X
/// after "on" that no other capitalised word continues is the platform.
fn names_x(text: &str, tokens: &[Token], k: usize, to: usize) -> bool {
    // "posted on X Tuesday afternoon": a day of the week is no part of a name.
    let continued = tokens.get(k + 1).filter(|_| k + 1 < to).is_some_and(|t| t.is_word() && t.text(text).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) && !super::names_edges::is_day(t.text(text)));
    k < to && tokens[k].is_word() && matches!(tokens[k].text(text), "X" | "X.") && !continued
}

/// The most tokens an outlet's phrase spans ("the state-run Koldavian news
/// agency KolPress's English service").
const MAX_OUTLET_TOKENS: usize = 12;

/// The outlet named by the phrase starting at `start`, if it is one.
pub(super) fn outlet_at(text: &str, tokens: &[Token], start: usize, to: usize) -> Option<(usize, usize)> {
    if start >= to || !tokens[start].is_word() {
        return None;
    }
    // An outlet's phrase is short ("Russian state media outlet TASS"): reading
    // no further keeps each call constant-time in a long sentence.
    let to = to.min(start + MAX_OUTLET_TOKENS);
    // "told the Ferrow Post she had waited": a subject pronoun opens the reported clause.
    let to = (start + 1..to).find(|&k| tokens[k].is_word() && matches!(tokens[k].text(text), "he" | "she" | "they" | "we" | "it" | "I")).unwrap_or(to);
    // "state broadcaster KTV late on Tuesday": a time phrase ends the name;
    // "the Kestrel Advertiser published on Sunday": so does a lower-case
    // word after the name that describes no outlet.
    let after_name = |k: usize| tokens[k].is_word() && tokens[k - 1].is_word() && tokens[k - 1].text(text).starts_with(char::is_uppercase) && tokens[k].text(text).starts_with(char::is_lowercase) && !in_list!(DESCRIPTORS, tokens[k].text(text));
    let to = (start + 1..to).find(|&k| opens_time_phrase(text, tokens, k, to) || after_name(k)).unwrap_or(to);
    let phrase = names::read_forward(text, tokens, start, to)?;
    outlet_in(text, tokens, phrase.written.0, phrase.written.1, phrase.kind)
}

/// Whether "late" or "early" at `k` opens a time phrase ("late on
/// Tuesday", "early this week"), not an adjective ("the late editor").
fn opens_time_phrase(text: &str, tokens: &[Token], k: usize, to: usize) -> bool {
    let next = tokens.get(k + 1).filter(|t| k + 1 < to && t.is_word()).map(|t| t.text(text));
    matches!(tokens[k].text(text), "late" | "early") && next.is_some_and(|w| matches!(w, "on" | "in" | "last" | "this" | "next" | "yesterday" | "today" | "tonight") || super::names_edges::is_day(w))
}

/// The outlet phrase that ends right before `end` ("Russia's Tass news agency").
fn outlet_ending_before(text: &str, tokens: &[Token], from: usize, end: usize) -> Option<(usize, usize)> {
    let mut start = end;
    while start > from && tokens[start - 1].is_word() && end - start < 8 {
        start -= 1;
    }
    if start < end && tokens.get(start.wrapping_sub(1)).is_none_or(|t| t.kind != Kind::Word) {
        let phrase = names::classify(text, tokens, start, end);
        return outlet_in(text, tokens, start, end, phrase.kind);
    }
    None
}

/// The outlet's name inside a phrase: a possessive owner that is an outlet
/// ("CNN's"), else the capitalised run after any descriptor or possessive
/// ("Russian state media outlet TASS", "Russia's Tass news agency").
fn outlet_in(text: &str, tokens: &[Token], start: usize, end: usize, kind: PhraseKind) -> Option<(usize, usize)> {
    let word = |i: usize| tokens[i].text(text);
    let mut run_start = start;
    for i in start..end {
        let w = word(i);
        if names::is_possessive(w) {
            let owner = w.trim_end_matches("'s").trim_end_matches("’s");
            if is_outlet_word(owner) || names::is_acronym(owner) {
                // "the Marlow Echo's reporter": the capitalised words before the owner are its name.
                let first = (start..i).rev().take_while(|&k| word(k).starts_with(char::is_uppercase) && word(k) != "The").last().unwrap_or(i);
                return Some((first, i + 1));
            }
            run_start = i + 1;
        } else if in_list!(DESCRIPTORS, w) || w.chars().next().is_some_and(char::is_lowercase) {
            run_start = i + 1;
        }
    }
    let mut run_end = run_start;
    // A number may end a capitalised name ("BBC Radio 4", "Channel 4").
    while run_end < end && word(run_end).chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() && run_end > run_start) {
        run_end += 1;
    }
    if run_end == run_start {
        // "Russia's Tass news agency": the run sits before the descriptors.
        let described = (start..end).any(|i| in_list!(DESCRIPTORS, word(i)));
        let mut s = start;
        while s < end && (names::is_possessive(word(s)) || !word(s).chars().next().is_some_and(char::is_uppercase)) {
            s += 1;
        }
        let mut e = s;
        while e < end && word(e).chars().next().is_some_and(char::is_uppercase) && !names::is_possessive(word(e)) {
            e += 1;
        }
        // The head noun is lower-case ("the US media", "Russia's Tass news
        // agency"): a description, unless its name is a known outlet's.
        return (described && e > s && (s..e).any(|i| is_outlet_word(word(i)))).then_some((s, e));
    }
    let described = (start..run_start).any(|i| in_list!(DESCRIPTORS, word(i)));
    // A bare acronym is an outlet only when known ("told the FBI" is not).
    // "Paul Hill wrote": a first name and a surname that is also a newspaper's word name a person.
    let person = run_end - run_start == 2 && super::roles::gender_of_word(word(run_start)) != super::roles::Gender::Unknown;
    let named = !person && (run_start..run_end).any(|i| is_outlet_word(word(i)));
    let plain = kind == PhraseKind::Outlet || is_known_single(word(run_start), run_end - run_start);
    let station = is_call_sign(word(run_start), (run_start + 1 < run_end).then(|| word(run_start + 1)));
    (described || named || plain || station).then_some((run_start, run_end))
}

/// Whether a word is a North American broadcaster's call sign: three to
/// five capitals opening with K, W or C, with a band or "-TV" after a hyphen
/// ("WKBN-TV", "CKNW-AM") or a channel number as the next word ("KXTV 10").
fn is_call_sign(w: &str, next: Option<&str>) -> bool {
    let (letters, band) = w.split_once('-').unwrap_or((w, ""));
    let sign = (3..=5).contains(&letters.len()) && letters.starts_with(['K', 'W', 'C']) && letters.bytes().all(|b| b.is_ascii_uppercase());
    let channel = next.is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    sign && (matches!(band, "TV" | "FM" | "AM" | "DT") || band.is_empty() && channel)
}

fn is_known_single(w: &str, len: usize) -> bool {
    len == 1 && is_outlet_word(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attrib::tokens::tokenize;

    fn via(clause: &str, cue: &str) -> Option<String> {
        let mut tokens = Vec::new();
        tokenize(clause, &[], &mut tokens);
        find(clause, &tokens, cue, 0, tokens.len()).map(|(a, b)| clause[tokens[a].start as usize..tokens[b - 1].end as usize].to_string())
    }

    #[test]
    fn told_an_outlet() {
        assert_eq!(via("Russian state media outlet TASS on Thursday.", "told").as_deref(), Some("TASS"));
        assert_eq!(via("Canadian television channel CTV News.", "told").as_deref(), Some("CTV News"));
        assert_eq!(via("The Wall Street Journal that they knew", "told").as_deref(), Some("The Wall Street Journal"));
        assert_eq!(via("Insider.", "told").as_deref(), Some("Insider"));
        assert_eq!(via("on Monday, Paul Mercury said.", "wrote"), None);
        assert_eq!(via("reporters on Monday.", "told"), None);
        assert_eq!(via("his defence minister.", "told"), None);
        assert_eq!(via("the BBC on Monday.", "told").as_deref(), Some("BBC"));
        assert_eq!(via("the US media.", "told"), None);
        assert_eq!(via("the FBI that he knew.", "told"), None);
        assert_eq!(via("the BCC that he has", "told"), None);
        assert_eq!(via("host Ann Lee on Radio Dunmore:", "telling").as_deref(), Some("Radio Dunmore"));
        assert_eq!(via("his staff on Monday.", "told"), None);
        assert_eq!(via("the Ferrow Post she had waited an hour.", "told").as_deref(), Some("Ferrow Post"));
        assert_eq!(via("The Dunmore Courier he was fed up.", "told").as_deref(), Some("The Dunmore Courier"));
        assert_eq!(via("the Dunmore Courier's reporter.", "told").as_deref(), Some("Dunmore Courier's"));
    }

    #[test]
    fn cited_reported_and_platforms() {
        assert_eq!(via("Thursday, as cited by Tass.", "said").as_deref(), Some("Tass"));
        assert_eq!(via("Thursday, Russia's Tass news agency reported.", "said").as_deref(), Some("Tass"));
        assert_eq!(via("on his Twitter account.", "wrote").as_deref(), Some("Twitter"));
        assert_eq!(via("on Monday, according to Reuters.", "said").as_deref(), Some("Reuters"));
        assert_eq!(via("in a statement on Monday.", "said"), None);
    }

    #[test]
    fn documents_seen_by_or_given_to_an_outlet_and_x() {
        assert_eq!(via("on X, formerly Twitter.", "wrote").as_deref(), Some("X"));
        assert_eq!(via("on X (formerly Twitter) late on Tuesday.", "posted").as_deref(), Some("X"));
        assert_eq!(via("on X Street.", "said"), None);
        assert_eq!(via("on X Monday night that the deal was dead.", "posted").as_deref(), Some("X"));
        assert_eq!(via("the Metro Desk in an email that it was over.", "told").as_deref(), Some("Metro Desk"));
        assert_eq!(via("to the Ridgeway Beacon as a mistake.", "described").as_deref(), Some("Ridgeway Beacon"));
        assert_eq!(via("in a letter obtained by The Associated Press.", "said").as_deref(), Some("The Associated Press"));
        assert_eq!(via("in a memo seen by Reuters.", "said").as_deref(), Some("Reuters"));
        assert_eq!(via("in a statement to CNN.", "said").as_deref(), Some("CNN"));
        assert_eq!(via("in an interview with the Dunmore Courier published on Sunday that", "said").as_deref(), Some("Dunmore Courier"));
        assert_eq!(via("in a letter to the council.", "said"), None);
        assert_eq!(via("in a statement shared on X.", "said").as_deref(), Some("X."));
        assert_eq!(via("in a post on Truth Social on Sunday.", "wrote").as_deref(), Some("Truth Social"));
        assert_eq!(via("in a video posted to Instagram.", "said").as_deref(), Some("Instagram"));
        assert_eq!(via("in a statement emailed to Reuters.", "said").as_deref(), Some("Reuters"));
        assert_eq!(via("in an op-ed for The Washington Post.", "wrote").as_deref(), Some("The Washington Post"));
    }

    #[test]
    fn carried_by_broadcast_call_signs_and_interviews() {
        assert_eq!(via("in remarks carried by RIA Novosti.", "said").as_deref(), Some("RIA Novosti"));
        assert_eq!(via("in comments broadcast by state television.", "said"), None);
        assert_eq!(via("in an interview with Al Jazeera that the figures were", "said").as_deref(), Some("Al Jazeera"));
        assert_eq!(via("KXTV 10.", "told").as_deref(), Some("KXTV 10"));
        assert_eq!(via("WKBN-TV on Monday.", "told").as_deref(), Some("WKBN-TV"));
        assert_eq!(via("WKDM 7 News.", "told").as_deref(), Some("WKDM 7 News"));
        assert_eq!(via("the NHS 24 helpline.", "told"), None);
        assert_eq!(via("in an interview with Wired.", "said").as_deref(), Some("Wired"));
    }

    #[test]
    fn a_leading_phrase_credits_an_outlet_or_platform() {
        let lead = |text: &str| {
            let mut tokens = Vec::new();
            tokenize(text, &[], &mut tokens);
            lead_in(text, &tokens, 0, tokens.len()).map(|(a, b)| text[tokens[a].start as usize..tokens[b - 1].end as usize].to_string())
        };
        assert_eq!(lead("Speaking to BBC Radio 4, Varga").as_deref(), Some("BBC Radio 4"));
        assert_eq!(lead("In an interview with the Financial Times, Varga").as_deref(), Some("Financial Times"));
        assert_eq!(lead("In a post on LinkedIn, former engineer Rosa Delgado").as_deref(), Some("LinkedIn"));
        assert_eq!(lead("In Budapest, Varga"), None);
        assert_eq!(lead("Speaking to reporters, Varga"), None);
        assert_eq!(lead("In a memo seen by Reuters, the treasury").as_deref(), Some("Reuters"));
        assert_eq!(lead("In an email to staff seen by Reuters, she").as_deref(), Some("Reuters"));
        assert_eq!(lead("In a letter to staff in March, she"), None);
        assert_eq!(lead("In a brief interview with The Dunmore Courier on Friday, the Ohio Democrat").as_deref(), Some("The Dunmore Courier"));
        assert_eq!(lead("Speaking to state broadcaster KTV late on Tuesday, he").as_deref(), Some("KTV"));
        assert_eq!(lead("Speaking on state broadcaster KTV on Tuesday, he").as_deref(), Some("KTV"));
        assert_eq!(lead("In comments to KTV, he").as_deref(), Some("KTV"));
        assert_eq!(lead("Speaking to KTV overnight, he").as_deref(), Some("KTV"));
        assert_eq!(lead("In an interview broadcast on KTV on Sunday, he").as_deref(), Some("KTV"));
        assert_eq!(lead("In comments to NATO allies, he"), None);
        assert_eq!(lead("Asked by the Dunmore Courier whether she would quit, Frost").as_deref(), Some("Dunmore Courier"));
        assert_eq!(lead("Speaking to the Dunmore Courier last week, the coach, Ben Hale").as_deref(), Some("Dunmore Courier"));
        assert_eq!(lead("In a column for the business daily Vedomir, he").as_deref(), Some("Vedomir"));
        assert_eq!(lead("In a column for years, he"), None);
        assert_eq!(lead("In Budapest, Varga"), None);
    }
}
