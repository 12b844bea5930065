//! A study's team as a speaker ("The authors wrote …", "the researchers
//! said"): the team as written, not the lead author named before and never
//! merely the nearest person. A paper's words are its authors' together.

/// Head nouns of a description that name a study's team.
const TEAM: &[&str] = &["authors", "co-authors", "researchers", "scientists", "investigators"];

/// Words that open such a description ("the authors", "the study's authors").
const DETERMINERS: &[&str] = &["the", "its", "their", "study's", "study’s", "paper's", "paper’s", "report's", "report’s"];

/// Whether a description ("The authors", "the study's researchers") names a study's team.
pub fn is_team(written: &str) -> bool {
    let mut words = written.split(' ');
    let first = words.next().unwrap_or("").to_lowercase();
    let head = written.rsplit(' ').next().unwrap_or("").to_lowercase();
    TEAM.contains(&head.as_str()) && DETERMINERS.contains(&first.as_str()) && written.split(' ').count() <= 4
}

/// The team as written ("researchers" for "the researchers"), when a
/// description names a study's team.
pub fn team(written: &str) -> Option<String> {
    is_team(written).then(|| written.strip_prefix("the ").unwrap_or(written).to_string())
}
