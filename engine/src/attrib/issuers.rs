//! Who issued a document: "the report" or "the statement" speaks for the
//! author the article gave that document when it first named it ("a report
//! by the Pembina Institute", "The council issued a statement", "a council
//! statement", "In a statement, the trust said", "and said in a statement").

use super::describe;
use super::find::Context;
use super::names::{self, Phrase, PhraseKind};
use super::orgs::{is_body_noun, resolve_org_noun, COMPANY_NOUNS, PUBLIC_NOUNS};
use super::resolve::{self, Mentions};
use super::roles;
use super::tokens::Kind;

/// Verbs that put out a document ("issued a statement", "said in a statement").
const ISSUING: &[&str] = &["issued", "released", "published", "posted", "sent", "put", "said", "wrote", "filed", "shared", "tweeted", "announced"];

/// Document nouns one article uses for one document ("a study by …",
/// later "the report said").
const STUDIES: &[&str] = &["report", "study", "paper", "analysis", "review", "survey", "audit"];

/// Whether `word` names the document `head` names.
fn same_document(word: &str, head: &str) -> bool {
    word.eq_ignore_ascii_case(head) || STUDIES.contains(&head) && STUDIES.iter().any(|s| word.eq_ignore_ascii_case(s))
}

impl Context<'_> {
    /// The author of the document a definite document phrase ("the
    /// report", "the statement") points back to: the nearest earlier
    /// mention of that document noun, read for "by X"/"from X", "X's", or
    /// a subject that issued it ("X issued a statement"), among the three
    /// nearest that are more than a bare "the report".
    pub(super) fn document_author(&self, mentions: &Mentions, written: &str, at: resolve::Place) -> Option<String> {
        let head = written.rsplit(' ').next()?.to_lowercase();
        if !describe::is_document(&head) || !written.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return None;
        }
        // "The mission's preliminary report": the body that owns it, named before.
        if let Some(owner) = written.split_once("'s ").or_else(|| written.split_once("’s ")).map(|(owner, _)| owner) {
            return resolve_org_noun(mentions, owner, at);
        }
        // The nearest mentions of the document (at most three) that name an author.
        let (p0, i0) = at;
        let head = head.as_str();
        let places = (p0.saturating_sub(8)..=p0).rev().flat_map(|p| {
            let end = if p == p0 { i0 } else { self.tokens[p].len() };
            (0..end).rev().filter(move |&k| self.tokens[p][k].is_word() && same_document(self.word(p, k), head)).map(move |k| (p, k))
        });
        // "the report said" again and again names no author: such bare
        // back-references do not use up the three.
        let mut left = 3;
        for (p, k) in places {
            if let Some(author) = self.author_at(mentions, p, k) {
                return Some(author);
            }
            let bare = k > 0 && self.tokens[p][k - 1].is_word() && self.word(p, k - 1).eq_ignore_ascii_case("the");
            left -= usize::from(!bare);
            if left == 0 {
                return None;
            }
        }
        None
    }

    /// The author of the document noun at token `k` of paragraph `p`.
    fn author_at(&self, mentions: &Mentions, p: usize, k: usize) -> Option<String> {
        let (text, toks) = (self.texts[p], &self.tokens[p]);
        if let Some((a, b)) = describe::author_after(text, toks, k + 1) {
            // "a statement from the council": the council named before, if any.
            let author = resolve::span(text, toks, a, b);
            let plain = author.starts_with(char::is_lowercase);
            return Some(plain.then(|| resolve_org_noun(mentions, &format!("the {author}"), (p, k))).flatten().unwrap_or_else(|| author.to_string()));
        }
        // "a report by the railway company": the organisation that noun stands for.
        if toks.get(k + 1).is_some_and(|t| t.is_word() && matches!(t.text(text), "by" | "from")) {
            let noun = (k + 2..(k + 6).min(toks.len())).take_while(|&j| toks[j].is_word()).find(|&j| {
                let w = self.word(p, j);
                COMPANY_NOUNS.contains(&w) || PUBLIC_NOUNS.contains(&w)
            });
            if let Some(org) = noun.and_then(|j| resolve_org_noun(mentions, resolve::span(text, toks, k + 2, j + 1), (p, k))) {
                return Some(org);
            }
            // "a report by the state auditor": an office held by one person is the author as written.
            if let Some(role) = self.office_after(p, k + 2) {
                return Some(role);
            }
        }
        if let Some(body) = self.body_modifier(mentions, p, k) {
            return Some(body);
        }
        // Back over the determiner and adjectives to the verb that issued it.
        let mut j = k;
        while j > 0 && k - j < 4 && toks[j - 1].is_word() && !ISSUING.contains(&self.word(p, j - 1)) {
            let w = self.word(p, j - 1);
            if names::is_possessive(w) && w.starts_with(char::is_uppercase) {
                let start = (0..j - 1).rev().take_while(|&s| toks[s].is_word() && self.word(p, s).starts_with(char::is_uppercase)).last().unwrap_or(j - 1);
                let owner = resolve::span(text, toks, start, j);
                return Some(owner.trim_end_matches("'s").trim_end_matches("’s").to_string());
            }
            // "the department's annual report": the department named before.
            let noun = w.trim_end_matches("'s").trim_end_matches("’s");
            let owned = names::is_possessive(w) && is_body_noun(noun) && j >= 2 && self.word(p, j - 2).eq_ignore_ascii_case("the");
            if let Some(org) = owned.then(|| resolve_org_noun(mentions, &format!("the {noun}"), (p, j - 2))).flatten() {
                return Some(org);
            }
            if let Some(office) = names::is_possessive(w).then(|| self.owning_office(p, j - 1, noun)).flatten() {
                return Some(office);
            }
            j -= 1;
        }
        let verb = if j > 0 && toks[j - 1].is_word() && ISSUING.contains(&self.word(p, j - 1)) { j - 1 } else { self.verb_after_lead_in(p, j, k)? };
        let subject = self.issuing_subject(p, verb)?;
        let (a, b) = subject.name.unwrap_or(subject.written);
        let written = resolve::span(text, toks, a, b);
        match subject.kind {
            PhraseKind::Name | PhraseKind::Org | PhraseKind::Outlet if subject.name.is_some() => {
                Some(written.strip_prefix("The ").unwrap_or(written).to_string())
            }
            PhraseKind::Org => resolve_org_noun(mentions, written, (p, a))
                .or_else(|| Some(written.strip_prefix("the ").or_else(|| written.strip_prefix("The ")).unwrap_or(written).to_string())),
            // "A council spokesperson said in a statement": an unnamed source as written.
            PhraseKind::Description if matches!(self.word(p, a), "A" | "An" | "a" | "an" | "One" | "one") => Some(written.to_string()),
            // "The district said in a statement": a body's noun read as a
            // description; "The state auditor released a report": an office as written.
            _ => resolve_org_noun(mentions, written, (p, a)).or_else(|| (subject.kind == PhraseKind::Description && roles::is_role_noun(self.word(p, b - 1))).then(|| written.to_string())),
        }
    }

    /// "The state auditor's report": an office held by one person (a role
    /// noun after "the" and up to two lower-case words, `noun` at token
    /// `k` written as a possessive) owns the document; as written.
    fn owning_office(&self, p: usize, k: usize, noun: &str) -> Option<String> {
        let toks = &self.tokens[p];
        let lower = |j: usize| toks[j].is_word() && self.word(p, j).starts_with(char::is_lowercase);
        let start = (k.saturating_sub(2)..k).rev().take_while(|&j| lower(j) && self.word(p, j) != "the").last().unwrap_or(k);
        let the = start.checked_sub(1).filter(|&j| toks[j].is_word() && self.word(p, j).eq_ignore_ascii_case("the"));
        let owner = resolve::span(self.texts[p], toks, start, k + 1);
        (the.is_some() && roles::is_role_noun(noun)).then(|| owner.trim_end_matches("'s").trim_end_matches("’s").to_string())
    }

    /// "the state auditor" at token `k` of paragraph `p`: "the", then up to
    /// three lower-case words ending in a role noun, as written.
    fn office_after(&self, p: usize, k: usize) -> Option<String> {
        let toks = &self.tokens[p];
        let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|_| self.word(p, j));
        if !word(k).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return None;
        }
        let lower = (k + 1..k + 4).take_while(|&j| word(j).is_some_and(|w| w.starts_with(char::is_lowercase))).count();
        let end = (k + 1..=k + lower).rev().find(|&j| roles::is_role_noun(self.word(p, j)))?;
        Some(resolve::span(self.texts[p], toks, k, end + 1).to_string())
    }

    /// "according to a council statement": a body noun right before the
    /// document noun at `k`, after its determiner, is its author: the body
    /// of that sort named before, else the noun as written.
    fn body_modifier(&self, mentions: &Mentions, p: usize, k: usize) -> Option<String> {
        let toks = &self.tokens[p];
        let word = |j: usize| if j < k && toks[j].is_word() { self.word(p, j) } else { "" };
        let noun = word(k.checked_sub(1)?);
        let determiner = |w: &str| matches!(w, "a" | "A" | "an" | "An" | "the" | "The");
        // "a city staff report": the staff of a body, as written.
        let owner = k.checked_sub(2).map_or("", word);
        if noun == "staff" && owner.starts_with(char::is_lowercase) && !determiner(owner) && k.checked_sub(3).is_some_and(|j| determiner(word(j))) {
            return Some(format!("{owner} staff"));
        }
        let determiner = determiner(word(k.checked_sub(2)?));
        if !determiner || !is_body_noun(noun) {
            return None;
        }
        Some(resolve_org_noun(mentions, &format!("the {noun}"), (p, k)).unwrap_or_else(|| noun.to_string()))
    }

    /// "In a statement, the trust said": the document at `k` in a lead-in
    /// opening its sentence at `j` and closed by a comma; the issuing verb
    /// of the main clause after it.
    fn verb_after_lead_in(&self, p: usize, j: usize, k: usize) -> Option<usize> {
        let toks = &self.tokens[p];
        let opens = j == self.sentence_start(p, k) && self.word(p, j) == "In";
        // "In a statement on Tuesday, the company said": a time phrase may close the lead-in.
        // "In a news release issued shortly after noon, the unit said": so may a carrier's phrase.
        let carried = toks.get(k + 1).is_some_and(|t| t.is_word() && describe::is_carrier(self.word(p, k + 1)));
        let reach = if carried { k + 8 } else { k + 5 };
        let comma = (k + 1..reach.min(toks.len())).find(|&c| !toks[c].is_word() || !(carried || describe::is_time_word(self.word(p, c))))?;
        if !opens || toks[comma].kind != Kind::Comma {
            return None;
        }
        let sentence = toks[k].sentence;
        (comma + 1..(comma + 9).min(toks.len())).take_while(|&v| toks[v].sentence == sentence).find(|&v| toks[v].is_word() && ISSUING.contains(&self.word(p, v)))
    }

    /// The subject of the issuing verb at `verb`, or, for a verb whose
    /// subject is elided ("… called the move “…” and said in a
    /// statement"), the name or body opening its sentence.
    fn issuing_subject(&self, p: usize, verb: usize) -> Option<Phrase> {
        let (text, toks) = (self.texts[p], &self.tokens[p]);
        let floor = self.sentence_start(p, verb);
        if let Some(subject) = names::subject_before(text, toks, floor, verb) {
            return Some(subject);
        }
        let elided = verb > floor && toks[verb - 1].is_word() && self.word(p, verb - 1) == "and";
        let opening = names::read_forward(text, toks, floor, verb).filter(|s| s.written.0 == floor && matches!(s.kind, PhraseKind::Name | PhraseKind::Org));
        opening.filter(|_| elided)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, speaker};


    #[test]
    fn a_document_speaks_for_the_author_the_article_gave_it() {
        let by = "T\nA report by the Pembina Institute found that emissions rose in the U.S. and Canada.\n“Emissions are rising faster than expected,” the report said.";
        assert_eq!(speaker(by, 0).as_deref(), Some("Pembina Institute"));
        let issued = "T\nThe Oakdale Town Council issued a statement on Friday.\n“We will rebuild the bridge,” the statement said.";
        assert_eq!(speaker(issued, 0).as_deref(), Some("Oakdale Town Council"));
        let modified = "T\nThe Oakdale Town Council met on Friday.\n“We will rebuild the bridge,” a council statement said.";
        assert_eq!(speaker(modified, 0).as_deref(), Some("Oakdale Town Council"));
        let by_noun = "T\nThree workers of Northland Railway were hurt.\nA report by the railway company details winter work.\n“Steel becomes brittle in the cold,” the report said.";
        assert_eq!(speaker(by_noun, 0).as_deref(), Some("Northland Railway"));
        let appositive = "T\nThe report, published by the Institute for Fiscal Studies, said “spending is out of control.”";
        assert_eq!(speaker(appositive, 0).as_deref(), Some("Institute for Fiscal Studies"));
        let owned = "T\nThe Ministry of Health confirmed three cases.\n“The risk remains low,” the ministry's statement said.";
        assert_eq!(speaker(owned, 0).as_deref(), Some("Ministry of Health"));
        assert_eq!(speaker("T\n“The risk remains low,” Acme's statement said.", 0).as_deref(), Some("Acme"));
        let unknown = "T\nA new report on emissions in the U.S. was released on Monday.\n“Emissions are rising faster than expected,” the report said.";
        assert_eq!(speaker(unknown, 0).as_deref(), Some("report"));
    }

    #[test]
    fn a_document_speaks_for_its_owner_publisher_or_issuer() {
        let titled = "T\nThe study, “Thin Ice: Ferries in a Warm Winter,” published on Friday by the Lakeside Centre for Transport Studies, counts 40 cancelled crossings.\n“The season is getting shorter,” the report said.";
        assert_eq!(speaker(titled, 1).as_deref(), Some("Lakeside Centre for Transport Studies"));
        let office = "T\nThe state comptroller's report, released in May, was blunt.\n“The agency kept no list of its pipes,” the report said.";
        assert_eq!(speaker(office, 0).as_deref(), Some("state comptroller"));
        let staff = "T\nAccording to a county staff report, the bridge carries 4,000 cars a day.\n“The deck is near the end of its life,” the report said.";
        assert_eq!(speaker(staff, 0).as_deref(), Some("county staff"));
        let release = "T\nIn a news release issued shortly after noon, Ridgeway District Health Unit said four children were ill.\n“Mumps spreads quickly in schools,” the release said.";
        assert_eq!(speaker(release, 0).as_deref(), Some("Ridgeway District Health Unit"));
        let modified = "T\nThe head of the Lowland Election Observation Mission spoke on Monday.\nThe mission's preliminary report said that “the count was orderly and fair.”";
        assert_eq!(speaker(modified, 0).as_deref(), Some("Lowland Election Observation Mission"));
    }

    #[test]
    fn a_statement_speaks_for_the_body_that_issued_it() {
        let modifier = "T\nBrenmouth Borough Council signed the new contract, according to a council statement released on Friday. “Every route will stay,” the statement said.";
        assert_eq!(speaker(modifier, 0).as_deref(), Some("Brenmouth Borough Council"));
        let unnamed = "T\nThe ferry will keep running, according to a council statement. “Every route will stay,” the statement said.";
        assert_eq!(speaker(unnamed, 0).as_deref(), Some("council"));
        let dated = "T\nThe Brisk Water Company raised its prices. In a statement on Tuesday, the company said costs had risen. “We regret it,” the statement said.";
        assert_eq!(speaker(dated, 0).as_deref(), Some("Brisk Water Company"));
        let lead_in = "T\nThe Ashgrove Community Health Trust faces questions over its wards. In a statement, the health trust said it had hired more nurses. “Wards will reopen by May,” the statement said.";
        assert_eq!(speaker(lead_in, 0).as_deref(), Some("Ashgrove Community Health Trust"));
        let from = "T\nBrenmouth Borough Council agreed the deal, according to a statement from the council. “Every route will stay,” the statement said.";
        assert_eq!(speaker(from, 0).as_deref(), Some("Brenmouth Borough Council"));
        let unnamed = "T\nA council spokeswoman said in a statement that the road would reopen. “We thank residents,” the statement said.";
        assert_eq!(speaker(unnamed, 0).as_deref(), Some("A council spokeswoman"));
        let owned = "T\nThe club announced the signing on Friday. “He is a special player,” the club's statement said.";
        assert_eq!(speaker(owned, 0).as_deref(), Some("club"));
        let elided = "T\nOstria's Trade Ministry called the tariff “hostile” and said in a statement that it would reply. “We prefer dialogue,” the statement said.";
        assert_eq!(speaker(elided, 1).as_deref(), Some("Trade Ministry"));
    }

    #[test]
    fn a_report_speaks_for_its_publisher_without_its_role() {
        let dated = "T\nFloods have doubled, according to a report published in May by the Institute for River Studies, a research group in Bergen. “The danger keeps growing,” the report said.";
        assert_eq!(speaker(dated, 0).as_deref(), Some("Institute for River Studies"));
        let according = "T\nAccording to a report published in May by the Institute for River Studies, floods “rarely stay away for long”.";
        assert_eq!(speaker(according, 0).as_deref(), Some("Institute for River Studies"));
        let apposed = "T\nThe report, by the Institute for River Studies, warned that the danger was “greater than ever”.";
        assert_eq!(speaker(apposed, 0).as_deref(), Some("Institute for River Studies"));
        let role = "T\nRents rose again, according to a report by the consultancy Marlow Metrics. “Tenants pay more for less,” the report said.";
        assert_eq!(speaker(role, 0).as_deref(), Some("Marlow Metrics"));
    }

    #[test]
    fn a_district_and_its_statement_speak_for_the_body_named_before() {
        let text = "T\nOrrin Valley Schools shut two buildings on Monday.\n\nSuperintendent Jo Marsh said staff had left calmly.\n\nThe district said in a statement that pupils were “never in danger.”\n\n“Classes resume on Thursday,” the statement said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Orrin Valley Schools"));
        assert_eq!(speaker(text, 1).as_deref(), Some("Orrin Valley Schools"));
        let public = "T\nDunmore Public Schools closed a school on Monday.\n\nSuperintendent Jo Marsh said staff had left calmly.\n\nThe district said in a statement that pupils were “never in danger.”";
        assert_eq!(speaker(public, 0).as_deref(), Some("Dunmore Public Schools"));
    }

    #[test]
    fn an_audit_by_an_office_speaks_for_that_office() {
        let found = "T\nThe city’s water board met on Monday.\n\nThe state comptroller's report found the board “kept no usable record” of its meters.";
        assert_eq!(speaker(found, 0).as_deref(), Some("The state comptroller"));
        let audit = "T\nAn audit found that the depot had “no working alarm system at all.”";
        assert_eq!(run(audit)[0].cue.as_deref(), Some("found"));
        let by = "T\nA report by the state comptroller was released on Monday.\n\n“No one could say how many meters work,” the report said.";
        assert_eq!(speaker(by, 0).as_deref(), Some("state comptroller"));
        let audit_by = "T\nAn audit by the state comptroller found the board “kept no usable record” of its meters.";
        assert_eq!(speaker(audit_by, 0).as_deref(), Some("state comptroller"));
        assert_eq!(run(audit_by)[0].cue.as_deref(), Some("found"));
        let released = "T\nThe state comptroller released a report on Monday.\n\nThe report found the board “kept no usable record” of its meters.";
        assert_eq!(speaker(released, 0).as_deref(), Some("The state comptroller"));
    }

    #[test]
    fn a_report_a_body_noun_owns_speaks_for_the_body_named_before() {
        let text = "T\nThe figures come from the Dunmere County Fire Department.\n\nThe department's 2023 annual report noted a change in method. “Older totals are not comparable,” the report said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Dunmere County Fire Department"));
    }

    #[test]
    fn a_statement_named_in_a_lead_in_speaks_for_the_subject_after_it() {
        let text = "T\nOrrin Town Council closed the bridge.\n\nThe Roads Agency said repairs would take a month.\n\nIn a statement, the council said it had hired divers. Crews were “working around the clock” on it, the statement said.";
        assert_eq!(speaker(text, 0).as_deref(), Some("Orrin Town Council"));
    }
}
