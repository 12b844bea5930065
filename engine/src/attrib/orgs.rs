//! Organisation nouns and documents as speakers: "the company" is the
//! nearest company named before, "the ministry" the nearest ministry, and
//! "a council statement" the council ([`super::issuers`] finds who issued
//! "the report" the article gave an author).

use crate::wordset::in_list;
use super::describe;
use super::names::{self, PhraseKind};
use super::resolve::{self, Mentions, Place};
use super::roles;

/// Words that mark a business's name ("Halvorsen Shipping", "Acme Corp.").
const COMPANY_WORDS: &[&str] = &[
    "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "Co.", "Group", "Holdings",
    "Industries", "Technologies", "Airlines", "Airways", "Railway", "Railways", "Energy", "Motors", "Shipping", "Mining",
    "Bank", "Foods", "Systems", "Pharmaceuticals", "Resources", "Logistics", "Telecom", "Communications", "Media",
    "Entertainment", "Partners", "Associates", "Laboratories", "Insurance", "Construction", "Hydro", "Electric", "Utilities",
];

/// Words that mark a public body's name ("Ministry of Health", "Parole Board").
const PUBLIC_WORDS: &[&str] = &[
    "Ministry", "Department", "Agency", "Office", "Commission", "Government", "Council", "Authority", "Administration",
    "Bureau", "Secretariat", "Directorate", "Service", "Police", "Court", "Tribunal", "Board", "Canada",
];

/// Lower-case nouns that stand for a business.
pub(super) const COMPANY_NOUNS: &[&str] = &[
    "company", "firm", "corporation", "business", "carrier", "airline", "railway", "bank", "insurer", "retailer",
    "manufacturer", "developer", "operator", "utility", "employer", "processor", "producer", "maker", "automaker",
    "grocer", "supplier", "distributor", "miner", "lender", "chain", "giant", "conglomerate", "startup", "start-up",
];

/// Lower-case nouns for other bodies ("the think tank", "the union").
pub(super) const OTHER_NOUNS: &[&str] = &["library", "museum", "hospital", "school", "college", "church", "clinic", "tank", "union", "charity", "association", "coalition", "society", "foundation", "institute", "trust", "organization", "organisation", "group", "league", "club", "federation", "alliance", "nonprofit", "non-profit", "chamber", "university", "centre", "center"];

/// Lower-case nouns that stand for a public body.
pub(super) const PUBLIC_NOUNS: &[&str] = &["ministry", "department", "agency", "office", "commission", "government", "council", "authority", "administration", "bureau", "service", "police", "court", "tribunal", "board", "city", "municipality", "regulator", "district", "mission", "embassy", "consulate", "delegation"];

fn has_word(name: &str, list: &[&str]) -> bool {
    name.split(' ').any(|w| list.contains(&w))
}

/// The organisation a definite organisation noun ("the company", "the
/// ministry", "the agency") stands for: the nearest organisation whose name
/// holds that noun or a word of its sort (a company for "the company", a
/// ministry or department for "the ministry"), else the nearest one of a
/// compatible sort.
pub fn resolve_org_noun(mentions: &Mentions, written: &str, at: Place) -> Option<String> {
    let mut words = written.split(' ');
    let first = words.next()?;
    let head = words.next_back()?.to_lowercase();
    // "the Calgary-based railway" points back; "the Canadian government" names itself.
    let named = written.split(' ').skip(1).any(|w| w.starts_with(char::is_uppercase) && !w.ends_with("-based"));
    if !first.eq_ignore_ascii_case("the") || written.split(' ').count() > 3 || named {
        return None;
    }
    let company = in_list!(COMPANY_NOUNS, head.as_str());
    let public = in_list!(PUBLIC_NOUNS, head.as_str());
    if !company && !public && !in_list!(OTHER_NOUNS, head.as_str()) {
        return None;
    }
    // "Brightly, the meal-kit start-up,": the noun an apposition gave it sorts it too.
    let same_sort = |m: &resolve::Mention| {
        let name = m.name;
        let holds_head = name.split(' ').any(|w| w.eq_ignore_ascii_case(&head)) || m.body_noun == head;
        let ministry = matches!(head.as_str(), "ministry" | "department") && has_word(name, &["Ministry", "Department"]);
        holds_head || ministry || company && (has_word(name, COMPANY_WORDS) || in_list!(COMPANY_NOUNS, m.body_noun))
    };
    let conflicts = |name: &str| if company { has_word(name, PUBLIC_WORDS) } else { public && has_word(name, COMPANY_WORDS) };
    // A social platform ("posted to Instagram") is where words appear, not a body.
    let orgs = || mentions.earlier(at).take(60).filter(|m| m.kind == PhraseKind::Org && (m.name.contains(' ') || head != "agency") && !super::via::is_platform(m.name));
    // "the agency" is a news agency or a public body, whichever came last.
    let agency = || mentions.earlier(at).take(60).find(|m| m.kind == PhraseKind::Outlet || m.kind == PhraseKind::Org && has_word(m.name, PUBLIC_WORDS));
    // "the pilots' union", "the city's agency": a body of someone's is no
    // other organisation named before, only one of its own sort.
    let owned = written.split(' ').any(|w| w.ends_with(['\'', '’']) || names::is_possessive(w));
    // "the mission" is only a body whose name says so, never a task.
    let owned = owned || head == "mission";
    let found = orgs().find(|m| same_sort(m)).or_else(|| if owned { None } else if head == "agency" { agency().filter(|m| m.kind == PhraseKind::Org) } else { orgs().find(|m| !conflicts(m.name)) })?;
    Some(found.name.strip_prefix("The ").unwrap_or(found.name).to_string())
}

/// The organisation noun of an apposition that calls the name ending
/// before token `end` a body ("start-up" of "Brightly, the meal-kit
/// start-up,", "firm" of "Halvorsen, a family firm,"): a comma, "a", "an"
/// or "the", up to three modifiers and an organisation noun, closed by a
/// comma or the sentence's end.
pub fn apposed_body<'a>(text: &'a str, toks: &[super::tokens::Token], end: usize) -> Option<&'a str> {
    use super::tokens::Kind;
    let word = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.text(text));
    if toks.get(end).is_none_or(|t| t.kind != Kind::Comma) || !matches!(word(end + 1), Some("a" | "an" | "the")) {
        return None;
    }
    let sentence = toks[end].sentence;
    // "Lee Finell, a manager with the group,": a person's role ends the modifiers.
    let modifier = |k: usize| toks[k].is_word() && !super::roles::is_role_noun(word(k).unwrap_or("")) && !matches!(word(k), Some("of" | "for" | "with" | "at" | "in" | "from" | "to" | "and" | "on" | "by"));
    (end + 2..(end + 6).min(toks.len())).take_while(|&k| modifier(k)).map(|k| (k, word(k).unwrap_or(""))).find(|&(k, noun)| {
        let closed = toks.get(k + 1).is_none_or(|t| matches!(t.kind, Kind::Comma | Kind::Stop) || t.sentence != sentence);
        closed && (in_list!(COMPANY_NOUNS, noun) || in_list!(PUBLIC_NOUNS, noun) || in_list!(OTHER_NOUNS, noun))
    }).map(|(_, noun)| noun)
}

/// The body behind a document phrase whose modifier is an organisation
/// noun ("a council statement", "a company memo"): the organisation that
/// noun stands for.
pub fn modifier_author(mentions: &Mentions, written: &str, at: Place) -> Option<String> {
    let words: Vec<&str> = written.split(' ').collect();
    // "the ministry's statement", "Acme's statement": the owner; "the
    // mission's preliminary report": past up to two lower-case modifiers.
    let modifiers = |k: usize| k + 2 <= words.len() && words.len() <= k + 4 && words[k + 1..words.len() - 1].iter().all(|w| w.starts_with(char::is_lowercase));
    if let Some(k) = words.iter().position(|w| names::is_possessive(w)).filter(|&k| modifiers(k)) {
        if !describe::is_document(&words[words.len() - 1].to_lowercase()) {
            return None;
        }
        let owner = words[..=k].join(" ");
        let owner = owner.trim_end_matches("'s").trim_end_matches("’s");
        if owner.starts_with(char::is_uppercase) && !matches!(words[0], "The" | "His" | "Her" | "Their" | "Its") {
            let full = mentions.full_name(owner, at).filter(|_| !owner.contains(' ') || names::is_particle_surname(owner));
            return Some(full.unwrap_or(owner).to_string());
        }
        // "the club's statement": the club named before, else the club as written.
        let noun = owner.strip_prefix("the ").or_else(|| owner.strip_prefix("The ")).filter(|n| is_body_noun(n));
        // "the state auditor's report": an office held by one person is the author as written.
        let office = words[..k].iter().all(|w| w.starts_with(char::is_lowercase) || matches!(*w, "The" | "A")) && roles::is_role_noun(&words[k].trim_end_matches("'s").trim_end_matches("’s").to_lowercase());
        return resolve_org_noun(mentions, owner, at).or_else(|| noun.map(str::to_string)).or_else(|| office.then(|| owner.to_string()));
    }
    let [_, noun, head] = words[..] else { return None };
    if !describe::is_document(&head.to_lowercase()) || !matches!(words[0], "a" | "A" | "an" | "An" | "the" | "The") {
        return None;
    }
    resolve_org_noun(mentions, &format!("the {noun}"), at).or_else(|| is_body_noun(noun).then(|| noun.to_string()))
}

/// The organisation noun written right after the name ending before token
/// `end` ("district" of "the Millbrook Public Schools district", "council"
/// of "the Tarra Shire council"): a lower-case body noun.
pub fn trailing_body<'a>(text: &'a str, toks: &[super::tokens::Token], end: usize) -> Option<&'a str> {
    toks.get(end).filter(|t| t.is_word()).map(|t| t.text(text)).filter(|w| is_body_noun(w))
}

/// Whether a lower-case noun stands for an organisation ("council", "firm").
pub(super) fn is_body_noun(w: &str) -> bool {
    // Asked of the word after every name: one hashed lookup, not three list scans.
    static SET: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::wordset::WordSet::new(&[COMPANY_NOUNS, PUBLIC_NOUNS, OTHER_NOUNS])).contains(w)
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker;


    #[test]
    fn a_body_noun_after_an_organisation_name_lets_that_noun_point_back_to_it() {
        let text = "T\nBy Channel 5 News Staff\nNo one was hurt, according to the Elmgrove Public Schools district. A teacher told Channel 5 the roof gave way.\nThe district said in a statement that the roof “met every standard when it was inspected”.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Elmgrove Public Schools"));
    }

    #[test]
    fn a_chamber_keeps_the_words_after_of_and_the_chamber_or_university_points_back_to_it() {
        let text = "T\nThe Elmbrook Chamber of Commerce opposed the levy on Tuesday.\n“Shops will pay more for less,” the chamber said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Elmbrook Chamber of Commerce"));
        let direct = "T\nThe Elmbrook Chamber of Commerce said the levy would make shops “pay more for less.”";
        assert_eq!(speaker(direct, 0).as_deref(), Some("Elmbrook Chamber of Commerce"));
        let university = "T\nStudents ended a sit-in at Fenwick University on Monday.\n“We value every student's voice,” the university said in a statement.";
        assert_eq!(speaker(university, 0).as_deref(), Some("Fenwick University"));
    }

    #[test]
    fn an_and_between_a_plain_name_and_a_body_name_is_inside_one_name() {
        let text = "T\nHollin and District Health Trust said waiting lists had grown.\n“We are hiring forty nurses,” the trust said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Hollin and District Health Trust"));
        let two = "T\n“We will appeal,” Acme Group and Beta Holdings said.";
        assert_ne!(speaker(two, 0).as_deref(), Some("Acme Group and Beta Holdings"));
        let person = "T\n“We will appeal,” Maria and Harbour Police said.";
        assert_ne!(speaker(person, 0).as_deref(), Some("Maria and Harbour Police"));
    }

    #[test]
    fn an_organisation_speaks_under_its_whole_name() {
        assert_eq!(speaker("T\n“We will not comment,” the Ministry of Defence said.", 0).as_deref(), Some("Ministry of Defence"));
        assert_eq!(speaker("T\n“We will not comment,” the Defence Ministry said.", 0).as_deref(), Some("Defence Ministry"));
        assert_eq!(speaker("T\nThe Institute for Strategic Studies said: “The risk is rising quickly.”", 0).as_deref(), Some("Institute for Strategic Studies"));
        assert_eq!(speaker("T\n“Books are open to all,” Fernbrook Public Library said.", 0).as_deref(), Some("Fernbrook Public Library"));
        assert_eq!(speaker("T\n“The risk is low,” Health Canada said.", 0).as_deref(), Some("Health Canada"));
        assert_eq!(speaker("T\n“Stocks are low,” the Department of Fisheries and Oceans said.", 0).as_deref(), Some("Department of Fisheries and Oceans"));
        assert_eq!(speaker("T\n“The talks went well,” the Prime Minister's Office said.", 0).as_deref(), Some("Prime Minister's Office"));
        let which = "T\nOttawa hoped the provinces would pitch in, which Infrastructure Canada said would “double the reach of the funding.”";
        assert_eq!(speaker(which, 0).as_deref(), Some("Infrastructure Canada"));
        assert_eq!(speaker("T\n“We will see,” said Secretary of State Hillary Clinton.", 0).as_deref(), Some("Hillary Clinton"));
        // After a leading article, "of" and "for" continue a name whose first word is no org noun.
        assert_eq!(speaker("T\nThe Friends of Dunmere Common said: “We have nine hundred signatures.”", 0).as_deref(), Some("Friends of Dunmere Common"));
        let group = "T\nThe Friends of Dunmere Common, a volunteer group, said it had 900 signatures. In a letter to the council, the group said the plan would “pave over the last meadow we have.”";
        assert_eq!(speaker(group, 0).as_deref(), Some("Friends of Dunmere Common"));
        // A person's title stays out of the name; a day is no part of it.
        assert_eq!(speaker("T\n“We will see,” Mayor Lina Park said.", 0).as_deref(), Some("Lina Park"));
    }

    #[test]
    fn an_organisation_noun_takes_the_nearest_organisation_of_its_sort() {
        let text = "T\nThe Ministry of Health confirmed three new cases on Monday, and Halvorsen Shipping closed its port.\n“We are monitoring the situation,” the ministry said.\n“The port will reopen,” the company said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Ministry of Health"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Halvorsen Shipping"));
        let tank = "T\nThe Pembina Institute published the study on Monday.\n“Emissions are rising,” the think tank said.";
        assert_eq!(speaker(tank, 0).as_deref(), Some("Pembina Institute"));
        let based = "T\nNorthland Railway cut 40 trains.\n“Winter is hard on steel,” the Calgary-based railway said.";
        assert_eq!(speaker(based, 0).as_deref(), Some("Northland Railway"));
        let library = "T\nTom Reid visited Fernbrook Public Library on Monday.\n“Books are open to all,” the library said.";
        assert_eq!(speaker(library, 0).as_deref(), Some("Fernbrook Public Library"));
        // A one-word name an apposition calls a company, with an employee named after it.
        let apposed = "T\nLarkspur, the meal-kit start-up, laid off 90 staff on Monday.\nIts head of operations, Mara Quint, told staff in a video call.\nThe company said in a statement that the cuts would “let us focus on what works.”";
        assert_eq!(speaker(apposed, 0).as_deref(), Some("Larkspur"));
        // The noun of the apposition sorts it: the nearer company, not one named with "Group".
        let two = "T\nPellar Group, a logistics firm, cut 40 jobs.\nLarkspur, the meal-kit start-up, laid off 90 staff. Chief executive Maya Lund wrote to staff.\nThe company said the cuts would “let us focus on what works.”";
        assert_eq!(speaker(two, 0).as_deref(), Some("Larkspur"));
        let firm = "T\nHalvorsen Shipping, a family firm, said the port would “reopen when the ice breaks.”\nThe Campaign for Clean Rivers, a charity, said the report was “a whitewash from start to finish.”";
        assert_eq!(speaker(firm, 0).as_deref(), Some("Halvorsen Shipping"));
        assert_eq!(speaker(firm, 1).as_deref(), Some("Campaign for Clean Rivers"));
        let agency = "T\nThe New York Times reported the arrests. The U.S. State Department called for their release.\n“We share that commitment,” the agency said.";
        assert_eq!(speaker(agency, 0).as_deref(), Some("U.S. State Department"));
    }
}
