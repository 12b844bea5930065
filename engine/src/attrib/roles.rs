//! Word lists for reading name phrases: titles and honorifics, role nouns,
//! organisation and outlet words, pronouns, and first names with gender.
//!
//! All lists are data; lookups are case-insensitive where noted.

/// Words that open a subordinate clause ("after Hale said", "though she
/// was absent"): shared by the readers of fronted, inserted and trailing
/// clauses.
pub(super) const SUBORDINATORS: &[&str] = &["as", "while", "when", "whenever", "after", "before", "because", "until", "since", "if", "once", "although", "though", "unless", "whereas"];

use crate::wordset::WordSet;
use std::sync::OnceLock;

/// Gender of a person, when cheap to tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Referred to as "he", "Mr.".
    Male,
    /// Referred to as "she", "Mrs.", "Ms.".
    Female,
    /// Not known.
    Unknown,
}

impl Gender {
    /// Whether a mention of this gender can be referred to with `other`.
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Honorifics and titles that precede a name and are not part of it
/// (compared without a trailing dot, case-sensitive as written in names).
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend",
    "Father", "Sister", "Brother", "Rabbi", "Imam", "Sheikh", "Gen", "General", "Lt", "Lieutenant", "Maj", "Major",
    "Col", "Colonel", "Capt", "Captain", "Sgt", "Sergeant", "Cpl", "Corporal", "Pvt", "Private", "Adm", "Admiral",
    "Cmdr", "Commander", "Brig", "Brigadier", "Marshal", "Field", "Sen", "Senator", "Rep", "Representative",
    "Congressman", "Congresswoman", "Gov", "Governor", "President", "Vice", "Prime", "Minister", "Secretary",
    "Chancellor", "Premier", "Mayor", "Judge", "Justice", "Chief", "Deputy", "Ambassador", "King", "Queen", "Prince",
    "Princess", "Pope", "Chairman", "Chairwoman", "Chair", "Director", "Leader", "Spokesman", "Spokeswoman",
    "Spokesperson", "Commissioner", "Attorney", "Councillor", "Councilor", "Councilman", "Councilwoman", "Coun", "Cllr", "MP", "MEP",
    "MLA", "MPP", "Sheriff", "Officer", "Constable", "Inspector", "Superintendent", "Supt", "Insp", "Det",
    "Detective", "Sgt", "Coach", "Staff", "Defense", "Defence", "Foreign", "Interior", "Finance", "Health", "State",
    "Affairs", "Former", "Acting", "Interim", "Candidate", "Nominee", "Speaker", "Mme", "Mlle", "Herr", "Frau",
    "Señor", "Sr", "Sra", "Dame", "CEO", "Founder", "Co-founder", "Executive", "Manager", "Head", "Ex", "Emperor",
    "Sultan", "Emir", "Ayatollah", "Archbishop", "Bishop", "Cardinal", "Dean", "Provost", "Principal", "Trustee",
    "Treasurer", "Auditor", "Comptroller", "Magistrate", "Solicitor", "Barrister", "Counsel", "Advocate", "Gens",
    "Sens", "Reps", "Presidential", "Republican", "Democratic", "Democrat", "GOP", "Liberal", "Conservative",
    "Labour", "Tory", "NDP", "Opposition", "Party", "Cabinet", "Economy", "Trade", "Education", "Environment",
    "Energy", "Transport", "Transportation", "Labor", "Immigration", "Public", "Safety", "Security", "National",
    "Homeland", "Agriculture", "Justice", "Treasury", "War", "Culture", "Housing", "Indigenous", "Services",
    // Honorifics and roles of the Indian, Australian and British presses (not
    // "Sri", which opens "Sri Lanka" as often as a name).
    "Shri", "Shrimati", "Smt", "Kumari", "Adv", "Cr", "Hon", "Honourable", "Honorable",
    // Offices named for what they do ("Public Defender", "Prosecutor-General", "Ombudsman").
    "Defender", "Prosecutor", "Ombudsman", "Ombudsperson", "Ombudswoman",
    // US legislative and county offices ("Majority Whip", "Supervisor", "Registrar of Voters").
    "Whip", "Majority", "Minority", "Supervisor", "Registrar", "Assemblyman", "Assemblywoman", "Assemblymember", "Controller",
];

/// Words that make a capitalised run an organisation or place, not a person.
const ORG_WORDS: &[&str] = &[
    "Ministry", "Department", "House", "Assembly", "Council", "Party", "News", "Times", "Post", "Journal", "Agency",
    "Union", "University", "Institute", "Embassy", "Legion", "Forces", "Army", "Navy", "Police", "Service", "Services",
    "Committee", "Commission", "Court", "Congress", "Senate", "Parliament", "Government", "Office", "Bureau",
    "Association", "Foundation", "Center", "Centre", "Company", "Corporation", "Inc", "Inc.", "Ltd", "Group", "Bank",
    "Fund", "Organization", "Organisation", "Campaign", "Network", "Press", "Radio", "Television", "TV", "Magazine",
    "Tribune", "Herald", "Gazette", "Chronicle", "Observer", "Telegraph", "Guardian", "Insider", "Street", "City",
    "State", "States", "Republic", "Kingdom", "Nations", "Federation", "Ministry", "Board", "Authority", "Club",
    "School", "Schools", "College", "Hospital", "Church", "Society", "Alliance", "Coalition", "Movement", "Front", "Guard",
    "Brigade", "Battalion", "Regiment", "Division", "Command", "Council", "Cabinet", "Administration", "Reuters",
    "Tass", "TASS", "Twitter", "Facebook", "Telegram", "Instagram", "YouTube", "Google", "Microsoft", "Apple",
    "Airport", "Station", "Square", "Park", "River", "Sea", "Ocean", "Island", "Islands", "Valley", "County",
    "Province", "Region", "District", "Avenue", "Road", "Bridge", "Tower", "Hall", "Palace", "Kremlin", "Pentagon",
    "Day", "Week", "War", "Act", "Bill", "Law", "Treaty", "Accord", "Plan", "Program", "Programme", "Project",
    "Report", "Review", "Daily", "Weekly", "Monthly", "Online", "Media", "Broadcasting", "Channel", "Wire",
    "Institution", "Agency", "Forum", "Summit", "Conference", "Games", "Cup", "League", "Team", "Festival",
    "Museum", "Gallery", "Library", "Theatre", "Theater", "Hydro", "Railway", "Railways", "Corp", "Corp.", "Airlines",
    "Airways", "Associates", "Partners", "Holdings", "Industries", "Technologies", "Laboratories", "Clinic", "Academy",
    "Secretariat", "Tribunal", "Affairs", "Registry", "Directorate", "Diocese", "Inc.,", "LLC", "PLC", "Co.",
    "Shipping", "Energy", "Motors", "Mining", "Pharmaceuticals", "Logistics", "Telecom", "Communications",
    "Entertainment", "Foods", "Insurance", "Construction", "Institutes", "Agencies", "Capital", "Securities",
    "Investments", "Advisors", "Advisers", "Management", "Research", "Consulting", "Analytics", "Ventures", "Trust",
    "Markets", "Systems", "Solutions", "Software", "Labs", "Financial", "Brands", "Resources", "Economics", "Chamber",
    "Electric", "Utilities", "Mission", "Delegation", "Consulate",
];

/// Capitalised words that never start or form a person's name.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "As", "Since",
    "Though", "Although", "Because", "So", "Yet", "For", "With", "Without", "From", "To", "Of", "By", "This", "That",
    "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Its", "Your",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.",
    "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Meanwhile", "However", "Still", "Then", "Now", "Also", "According",
    "Speaking", "Asked", "Despite", "During", "Under", "Over", "Like", "Unlike", "Among", "Amid", "Following",
    "Earlier", "Later", "Last", "Next", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "Not", "One",
    "Two", "Three", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "Read", "Photo", "Source",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Western", "Eastern", "Northern", "Southern", "God",
    "Christmas", "Easter", "Internet", "Covid", "COVID-19", "Is", "Was", "Are", "Were", "Do", "Does", "Did", "Has",
    "Have", "Had", "Will", "Would", "Can", "Could", "Should", "Just", "Even", "Only", "Instead", "Indeed", "Yes",
    "Rather", "Along", "Alongside", "Besides", "Beyond", "Throughout", "Toward", "Towards", "Upon", "Moreover",
];

/// Nationality and group adjectives ("Canadian", "Chinese"): never part of
/// a person's name, so "Prominent Canadian examples" names no one.
const DEMONYMS: &[&str] = &[
    "Canadian", "Canadians", "American", "Americans", "British", "Chinese", "Russian", "Russians", "Ukrainian",
    "Ukrainians", "European", "Europeans", "French", "German", "Germans", "Mexican", "Mexicans", "Japanese",
    "Indian", "Indians", "Iranian", "Iranians", "Israeli", "Israelis", "Palestinian", "Palestinians", "Syrian",
    "Syrians", "Iraqi", "Iraqis", "Afghan", "Afghans", "Pakistani", "Saudi", "Turkish", "Korean", "Koreans",
    "Australian", "Australians", "Italian", "Spanish", "Brazilian", "African", "Africans", "Asian", "Asians",
    "Arab", "Arabs", "Muslim", "Muslims", "Jewish", "Catholic", "Indigenous", "Venezuelan", "Cuban", "Filipino",
    "Vietnamese", "Egyptian", "Nigerian", "Polish", "Dutch", "Irish", "Scottish", "Welsh", "English", "Quebecers",
    "Albertans", "Ontarians",
];

/// Nouns that describe a person by role, for descriptions ("the president").
const ROLE_NOUNS: &[&str] = &[
    "president", "leader", "auditor", "comptroller", "ombudsman", "coroner", "minister", "spokesman", "spokeswoman", "spokesperson", "general", "secretary",
    "senator", "governor", "chancellor", "premier", "mayor", "candidate", "nominee", "chief", "official",
    "ambassador", "commander", "officer", "director", "chairman", "chairwoman", "chair", "ceo", "founder",
    "head", "lawmaker", "congressman", "congresswoman", "representative", "judge", "prosecutor", "lawyer",
    "attorney", "spokesmen", "businessman", "businesswoman", "billionaire", "mogul", "democrat", "republican",
    "veteran", "activist", "advocate", "adviser", "advisor", "aide", "analyst", "expert", "professor", "researcher",
    "author", "writer", "journalist", "reporter", "correspondent", "economist", "doctor", "physician", "nurse",
    "coach", "player", "star", "actor", "actress", "singer", "artist", "rapper", "host", "anchor", "commentator",
    "king", "queen", "prince", "princess", "pope", "councillor", "councilor", "sheriff", "detective", "inspector",
    "commissioner", "superintendent", "manager", "owner", "mother", "father", "woman", "man", "wife", "husband",
    "daughter", "son", "brother", "sister", "teacher", "student", "sophomore", "freshman", "undergraduate", "resident", "politician", "strategist",
    "pollster", "operative", "organizer", "organiser", "volunteer", "fighter", "soldier", "paramedic", "comedian",
    "counsel", "envoy", "diplomat", "negotiator", "dictator", "autocrat", "frontrunner", "front-runner",
    "incumbent", "challenger", "chief executive", "mp", "mla", "mpp", "chieftain", "elder", "priest", "pastor",
    "neighbour", "neighbor", "witness", "bystander", "shopkeeper", "passenger", "driver", "farmer", "homeowner",
    "tenant", "landlord", "customer", "patient", "engineer", "scientist", "survivor", "voter", "novelist", "poet",
    "historian", "filmmaker", "playwright", "musician", "photographer", "architect", "pharmacist", "firefighter",
    "accountant", "entrepreneur", "investor", "fisherman", "fishermen", "rancher", "cashier", "waitress", "waiter",
    "janitor", "electrician", "mechanic", "dockworker", "shipbuilder", "moderator", "panelist", "interviewer",
];

/// Nouns that describe an outlet ("the outlet", "the paper").
const OUTLET_NOUNS: &[&str] = &[
    "outlet", "paper", "newspaper", "daily", "agency", "broadcaster", "channel", "network", "magazine", "station",
    "website", "site", "publication", "tabloid", "weekly", "newsletter", "wire", "blog",
];

/// Nouns for organisations ("the government", "the ministry").
const ORG_NOUNS: &[&str] = &[
    "government", "ministry", "department", "treasury", "agency", "company", "campaign", "committee", "party", "administration",
    "group", "organization", "organisation", "council", "commission", "court", "office", "team", "firm", "embassy",
    "army", "military", "police", "authorities", "kremlin", "white", "union", "board", "bank", "university",
    "library", "museum", "hospital", "school", "college", "church", "institute", "charity", "association",
    "foundation", "society", "coalition", "federation", "alliance", "league", "clinic", "airline", "railway",
    "utility", "regulator", "watchdog", "insurer", "retailer", "corporation", "authority", "tribunal", "trust",
];

const TITLE: u32 = 1;
const ORG_WORD: u32 = 1 << 1;
const NOT_NAME: u32 = 1 << 2;
const ROLE_NOUN: u32 = 1 << 3;
const OUTLET_NOUN: u32 = 1 << 4;
const ORG_NOUN: u32 = 1 << 5;
const MALE: u32 = 1 << 6;
const FEMALE: u32 = 1 << 7;
const MALE_HONORIFIC: u32 = 1 << 8;
const FEMALE_HONORIFIC: u32 = 1 << 9;

/// Every word list in one table, built on first use: a word is hashed once
/// per question, whichever lists it is asked about.
fn lexicon() -> &'static WordSet {
    static CELL: OnceLock<WordSet> = OnceLock::new();
    CELL.get_or_init(|| {
        let lists: [(&[&'static str], u32); 11] = [
            (MALE_HONORIFICS, MALE_HONORIFIC),
            (FEMALE_HONORIFICS, FEMALE_HONORIFIC),
            (TITLES, TITLE),
            (ORG_WORDS, ORG_WORD),
            (NOT_NAMES, NOT_NAME),
            (DEMONYMS, NOT_NAME),
            (ROLE_NOUNS, ROLE_NOUN),
            (OUTLET_NOUNS, OUTLET_NOUN),
            (ORG_NOUNS, ORG_NOUN),
            (super::first_names::MALE_NAMES, MALE),
            (super::first_names::FEMALE_NAMES, FEMALE),
        ];
        WordSet::from_flagged(lists.iter().flat_map(|&(list, flag)| list.iter().map(move |&w| (w, flag))))
    })
}

/// Whether `word` is in a list marked by `flag`.
#[inline]
fn lookup(flag: u32, word: &str) -> bool {
    lexicon().flags(word) & flag != 0
}

/// Looks a word up in a lower-case list, lower-casing it only when needed
/// (ASCII words without allocating).
fn lookup_lower(flag: u32, word: &str) -> bool {
    if word.is_ascii() {
        return lexicon().flags_ascii_lower(word) & flag != 0;
    }
    if word.chars().any(char::is_uppercase) {
        lookup(flag, &word.to_lowercase())
    } else {
        lookup(flag, word)
    }
}

fn bare(word: &str) -> &str {
    word.strip_suffix('.').unwrap_or(word)
}

/// Whether a word is a title or honorific ("Mr.", "President", "Gen.").
pub fn is_title(word: &str) -> bool {
    let word = bare(word);
    lookup(TITLE, word) || is_hyphenated_title(word)
}

/// Whether a word without its dot is a hyphenated title ("ex-President",
/// "Vice-Chair"): both forms hold a '-' (a byte scan, cheaper than a
/// substring search).
fn is_hyphenated_title(word: &str) -> bool {
    let title = |w: &str| lookup(TITLE, w);
    word.bytes().any(|b| b == b'-') && (word.strip_prefix("ex-").is_some_and(title) || word.split('-').all(title))
}

/// What the lexicon says of one word of a capitalised run: the answers of
/// [`is_title`], [`gender_of_word`] and [`is_not_name`] from one lookup
/// (two for a word ending in a dot).
#[derive(Clone, Copy, Debug)]
pub struct NameWord {
    /// [`is_title`] of the word.
    pub title: bool,
    /// [`gender_of_word`] of the word.
    pub gender: Gender,
    /// [`is_not_name`] of the word.
    pub not_name: bool,
}

/// [`NameWord`] of `word`.
pub fn name_word(word: &str) -> NameWord {
    let stem = bare(word);
    let flags = lexicon().flags(stem);
    let own = if stem.len() == word.len() { flags } else { lexicon().flags(word) };
    // The hyphenated tests only for a word with a hyphen (few are).
    let hyphen = stem.contains('-');
    let title = flags & TITLE != 0 || hyphen && is_hyphenated_title(stem);
    NameWord { title, gender: gender_of_flags(flags), not_name: own & NOT_NAME != 0 || hyphen && !title && is_hyphenated_modifier(stem) }
}

/// Whether a capitalised word is a hyphenated modifier, no word of a name:
/// its last part is a lower-case participle ("Indian-born", "London-based",
/// "Kremlin-backed", "Russian-speaking"), where a double name keeps a
/// capital ("Abdel-Qader") or a syllable ("Ji-hoon", "Xiao-ming").
fn is_hyphenated_modifier(word: &str) -> bool {
    let Some((head, tail)) = word.rsplit_once('-') else { return false };
    let participle = tail == "born" || tail.len() >= 4 && tail.ends_with("ed") || tail.len() >= 6 && tail.ends_with("ing");
    head.starts_with(char::is_uppercase) && participle && tail.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether a word marks an organisation or place ("Ministry", "News").
pub fn is_org_word(word: &str) -> bool {
    lookup(ORG_WORD, word)
}

/// Whether a capitalised word can never be part of a person's name.
pub fn is_not_name(word: &str) -> bool {
    lookup(NOT_NAME, word)
}

/// Whether a lower-case noun names a person's role ("president", "official").
pub fn is_role_noun(word: &str) -> bool {
    lookup_lower(ROLE_NOUN, word)
}

/// Whether a lower-case noun names an outlet ("paper", "agency").
pub fn is_outlet_noun(word: &str) -> bool {
    lookup_lower(OUTLET_NOUN, word)
}

/// Whether a lower-case noun names an organisation ("government").
pub fn is_org_noun(word: &str) -> bool {
    lookup_lower(ORG_NOUN, word)
}

/// Honorifics and gendered titles, which decide before any first name.
const MALE_HONORIFICS: &[&str] =
    &["Mr", "Sir", "Lord", "King", "Prince", "Father", "Brother", "Herr", "Señor", "Congressman", "Chairman", "Spokesman", "Councilman", "Shri"];
const FEMALE_HONORIFICS: &[&str] = &[
    "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister", "Mme", "Mlle", "Frau", "Sra", "Congresswoman", "Chairwoman",
    "Spokeswoman", "Councilwoman", "Smt", "Shrimati", "Kumari",
];

/// The gender an honorific or first name marks.
pub fn gender_of_word(word: &str) -> Gender {
    gender_of_flags(lexicon().flags(bare(word)))
}

/// The gender the lexicon flags of a word mark (honorifics before first names).
fn gender_of_flags(flags: u32) -> Gender {
    if flags & MALE_HONORIFIC != 0 {
        Gender::Male
    } else if flags & FEMALE_HONORIFIC != 0 {
        Gender::Female
    } else if flags & MALE != 0 {
        Gender::Male
    } else if flags & FEMALE != 0 {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// Title abbreviations and the role noun each stands for ("Gov." is a governor).
const ABBREVIATED: &[(&str, &str)] = &[
    ("Gov", "governor"), ("Sen", "senator"), ("Rep", "representative"), ("Coun", "councillor"), ("Cllr", "councillor"), ("Cr", "councillor"),
    ("Coun", "councilor"), ("Prof", "professor"), ("Gen", "general"), ("Sgt", "sergeant"), ("Capt", "captain"),
    ("Supt", "superintendent"), ("Insp", "inspector"), ("Det", "detective"), ("Amb", "ambassador"), ("Atty", "attorney"),
    ("Lt", "lieutenant"), ("Col", "colonel"), ("Adm", "admiral"), ("Cmdr", "commander"),
];

/// Whether a title as written ("Gov.", "Sen") abbreviates the lower-case role noun `noun` ("governor").
pub fn abbreviates(title: &str, noun: &str) -> bool {
    let title = title.trim_end_matches('.');
    ABBREVIATED.iter().any(|&(t, n)| t == title && n == noun)
}

/// The gender a noun of a description marks ("man", "spokeswoman").
pub fn gender_of_noun(word: &str) -> Gender {
    match word {
        "man" | "men" | "spokesman" | "businessman" | "congressman" | "chairman" | "father" | "husband" | "son"
        | "brother" | "king" | "prince" | "actor" | "boy" => Gender::Male,
        "woman" | "women" | "spokeswoman" | "businesswoman" | "congresswoman" | "chairwoman" | "mother" | "wife"
        | "daughter" | "sister" | "queen" | "princess" | "actress" | "girl" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// What a pronoun refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// "he", "she", "I" (gender may be unknown).
    Person(Gender),
    /// "they", "we": a group, an organisation, or a person.
    Plural,
    /// "it": an organisation or a thing.
    Thing,
}

/// The pronoun a word is, if it is a subject pronoun.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" => Some(Pronoun::Person(Gender::Male)),
        "she" | "She" => Some(Pronoun::Person(Gender::Female)),
        "I" => Some(Pronoun::Person(Gender::Unknown)),
        "they" | "They" | "we" | "We" => Some(Pronoun::Plural),
        "it" | "It" => Some(Pronoun::Thing),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_carry_or_lack_a_dot() {
        assert!(is_title("Maj.") && is_title("Gen") && is_title("President") && !is_title("Igor"));
    }

    #[test]
    fn genders_come_from_honorifics_names_and_nouns() {
        assert_eq!(gender_of_word("Mrs."), Gender::Female);
        assert_eq!(gender_of_word("Igor"), Gender::Male);
        assert_eq!(gender_of_word("Konashenkov"), Gender::Unknown);
        assert_eq!(gender_of_noun("man"), Gender::Male);
        assert!(Gender::Unknown.compatible(Gender::Female));
        assert!(!Gender::Male.compatible(Gender::Female));
    }

    #[test]
    fn hyphenated_modifiers_are_no_name_words() {
        assert!(name_word("Kenyan-born").not_name && name_word("Oslo-based").not_name);
        assert!(!name_word("Abdel-Qader").not_name && !name_word("al-Rashid").not_name);
        assert!(!name_word("Ji-hoon").not_name && !name_word("Xiao-ming").not_name);
    }

    #[test]
    fn pronouns_are_told_apart() {
        assert_eq!(pronoun("she"), Some(Pronoun::Person(Gender::Female)));
        assert_eq!(pronoun("They"), Some(Pronoun::Plural));
        assert_eq!(pronoun("his"), None);
    }
}
