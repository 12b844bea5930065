//! A study's team as a speaker ("The authors wrote …", "the researchers
//! said"): the lead author the article named before ("a study led by Hanna
//! Moser"), else the team as written, never merely the nearest person.

use super::find::Context;
use super::names::PhraseKind;
use super::resolve::{Mention, Place};
use super::tokens::Kind;

/// Head nouns of a description that name a study's team.
const TEAM: &[&str] = &["authors", "co-authors", "researchers", "scientists", "investigators"];

/// Words that open such a description ("the authors", "the study's authors").
const DETERMINERS: &[&str] = &["the", "its", "their", "study's", "study’s", "paper's", "paper’s", "report's", "report’s"];

/// Words around a name that make it a study's lead ("led by", "lead author").
const LEAD_WORDS: &[&str] = &["led", "lead", "co-led", "headed", "authored", "co-authored"];

/// Words around a name that make it one of a study's researchers.
const RESEARCH_WORDS: &[&str] = &["author", "co-author", "researcher", "scientist", "professor", "study", "research"];

/// Whether a description ("The authors", "the study's researchers") names a study's team.
pub fn is_team(written: &str) -> bool {
    let mut words = written.split(' ');
    let first = words.next().unwrap_or("").to_lowercase();
    let head = written.rsplit(' ').next().unwrap_or("").to_lowercase();
    TEAM.contains(&head.as_str()) && DETERMINERS.contains(&first.as_str()) && written.split(' ').count() <= 4
}

impl Context<'_> {
    /// The person a study's team stands for: the nearest earlier name
    /// written as its lead, else as one of its researchers; else the team
    /// as written, as any description that names no one.
    pub(super) fn research_team(&self, written: &str, at: Place) -> Option<String> {
        if !is_team(written) {
            return None;
        }
        let people = || self.mentions.earlier(at).filter(|m| m.kind == PhraseKind::Name && !m.possessive).take(60);
        let lead = people().find(|m| self.marked(m, LEAD_WORDS)).or_else(|| people().find(|m| self.marked(m, RESEARCH_WORDS)));
        let name = match lead {
            Some(m) => self.mentions.full_name(m.name, at).filter(|_| !m.name.contains(' ')).unwrap_or(m.name).to_string(),
            None => written.strip_prefix("the ").unwrap_or(written).to_string(),
        };
        Some(name)
    }

    /// Whether one of `words` stands among the three words before a name
    /// ("a study led by Hanna Moser") or in the aside after it ("Moser,
    /// the study's lead author,").
    fn marked(&self, m: &Mention, words: &[&str]) -> bool {
        let (p, a) = m.at;
        let toks = &self.tokens[p];
        let sentence = toks[a].sentence;
        let listed = |k: usize| toks[k].is_word() && words.contains(&self.word(p, k).to_lowercase().as_str());
        let before = (a.saturating_sub(3)..a).any(|k| toks[k].sentence == sentence && listed(k));
        let aside = toks.get(m.end).is_some_and(|t| t.kind == Kind::Comma)
            && (m.end + 1..toks.len().min(m.end + 8)).take_while(|&k| toks[k].is_word() && toks[k].sentence == sentence).any(listed);
        before || aside
    }
}
