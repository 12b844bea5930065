//! Names of naming traditions beyond "First Last": lower-case particles
//! inside a name ("Joost van der Berg", "Luciana Márquez de la Vega",
//! "Youssef bin Khalid al-Mansouri") and Arabic article-prefixed surnames
//! ("al-Qudsi", "el-Sayed"), which are name words though written in lower
//! case.

use crate::wordset::in_list;
use super::tokens::Token;

/// Lower-case particles that stand inside a written name, between its
/// capitalised words ("van der", "de la", "bin", "ibn").
const INNER_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "das", "dos", "di", "du", "des", "ter", "ten",
    "y", "bin", "ibn", "bint", "ben",
];

/// Whether `w` is a lower-case particle that may stand inside a name.
pub(super) fn is_inner_particle(w: &str) -> bool {
    w.len() <= 5 && w.starts_with(|c: char| c.is_ascii_lowercase()) && in_list!(INNER_PARTICLES, w)
}

/// Whether `w` is an Arabic surname written with its article ("al-Qudsi",
/// "el-Sayed", "Al-Tamimi"): the article, a hyphen and a capitalised name.
pub fn is_article_surname(w: &str) -> bool {
    // The article is two letters, so the first hyphen stands at byte 2 (a byte test, no searcher).
    if w.as_bytes().get(2) != Some(&b'-') {
        return false;
    }
    let (article, rest) = (&w[..2], &w[3..]);
    matches!(article, "al" | "Al" | "el" | "El") && rest.chars().count() >= 3 && rest.starts_with(char::is_uppercase)
}

/// Whether a word written in lower case is still a name word: an
/// article-prefixed surname ("al-Mansouri").
pub(super) fn is_lower_name_word(w: &str) -> bool {
    matches!(w.as_bytes().first(), Some(b'a' | b'e')) && is_article_surname(w)
}

/// Whether token `k` (above `floor`) is a lower-case particle inside a
/// name: particles run back from it to a capitalised word that is not a
/// possessive ("Joost van der Berg": "der" and "van" after "Joost"), and
/// a capitalised name word follows the run.
pub(super) fn particle_inside(text: &str, tokens: &[Token], k: usize, floor: usize) -> bool {
    let word = |j: usize| tokens[j].text(text);
    let is_particle = |j: usize| tokens[j].is_word() && is_inner_particle(word(j));
    if !is_particle(k) {
        return false;
    }
    // The name goes on after the particles ("van der Berg").
    let mut after = k + 1;
    while after < tokens.len() && after - k < 3 && is_particle(after) {
        after += 1;
    }
    let next = tokens.get(after).filter(|t| t.is_word()).map_or("", |t| t.text(text));
    if !(next.starts_with(char::is_uppercase) || is_lower_name_word(next)) {
        return false;
    }
    let mut j = k;
    while j > floor && is_particle(j - 1) && k - j < 2 {
        j -= 1;
    }
    j > floor && tokens[j - 1].is_word() && {
        let before = word(j - 1);
        before.starts_with(char::is_uppercase) && !super::name_parts::is_possessive(before)
    }
}

/// The start of a name whose phrase opens with its particles ("van der
/// Berg said" inside a sentence): `start` when the words `start..run` are
/// one or two lower-case particles and `run` is the capitalised name
/// they belong to, else `run`.
pub(super) fn with_leading_particles(text: &str, tokens: &[Token], start: usize, run: usize) -> usize {
    let particles = (start..run).all(|k| tokens[k].is_word() && is_inner_particle(tokens[k].text(text)));
    let capital = tokens.get(run).is_some_and(|t| t.is_word() && t.text(text).starts_with(char::is_uppercase));
    if (1..=2).contains(&(run - start)) && particles && capital { start } else { run }
}

/// Whether token `i` is one of the particles that open the name starting
/// at `first` ("van" and "der" of "van der Berg").
pub(super) fn is_leading_particle(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
    let mut run = first;
    while run < tokens.len() && run - first < 2 && tokens[run].is_word() && is_inner_particle(tokens[run].text(text)) {
        run += 1;
    }
    i < run && with_leading_particles(text, tokens, first, run) == first
}

/// Whether two surnames are one, read alike but for the case of their
/// first letter ("van der Berg" and "Van der Berg" at the start of a
/// sentence, "al-Qudsi" and "Al-Qudsi").
pub(super) fn same_surname(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (mut x, mut y) = (a.chars(), b.chars());
    x.next().zip(y.next()).is_some_and(|(p, q)| p != q && p.to_lowercase().eq(q.to_lowercase())) && x.as_str() == y.as_str()
}

/// Whether the short name `short` (two words or more) is the ending of
/// the longer full name `full` ("Castillo Ibarra" of "Mariana Castillo
/// Ibarra", "Márquez de la Vega" of "Luciana Márquez de la Vega").
pub(super) fn ends_name(full: &str, short: &str) -> bool {
    full.len() > short.len() + 1 && full.ends_with(short) && full.as_bytes()[full.len() - short.len() - 1] == b' '
}

/// Whether the two-word name `short` is `full` without its middle words:
/// the same first and last word ("Dmitri Larin" of "Dmitri Olegovich
/// Larin", "George Bush" of "George W. Bush").
pub(crate) fn skips_middle(full: &str, short: &str) -> bool {
    let Some((first, last)) = short.split_once(' ') else { return false };
    !last.contains(' ') && full.len() > short.len() + 1 && full.strip_prefix(first).is_some_and(|rest| rest.starts_with(' ')) && ends_name(full, last)
}

/// Whether `short` names the person of the longer full name `full`:
/// [`ends_name`] or [`skips_middle`].
pub(super) fn shortens(full: &str, short: &str) -> bool {
    ends_name(full, short) || skips_middle(full, short)
}

/// Whether a bare surname `word` is the first of two surnames in `full`
/// ("Echeverría" of "Rafael Echeverría Solís"): the word before the last,
/// after a given name, and no given name itself.
pub(super) fn is_first_surname(full: &str, word: &str) -> bool {
    let mut words = full.rsplitn(3, ' ');
    let (Some(last), Some(before), Some(given)) = (words.next(), words.next(), words.next()) else { return false };
    before == word && !given.is_empty() && last.starts_with(char::is_uppercase) && super::roles::gender_of_word(word) == super::roles::Gender::Unknown
}

/// The full name a short name means in an article, when its surname
/// alone does not find it: the nearest earlier full name (else the first
/// later one) that ends in the two or more words of `short`, or, for one
/// word, whose first of two surnames it is.
pub(super) fn longer_name<'a>(mentions: &super::resolve::Mentions<'a>, short: &str, before: super::resolve::Place) -> Option<&'a str> {
    let list = &mentions.list;
    let fits = |k: &usize| {
        let m = &list[*k];
        m.kind == super::names::PhraseKind::Name && if short.contains(' ') { shortens(m.name, short) } else { is_first_surname(m.name, short) }
    };
    let candidates = match short.rsplit_once(' ') {
        Some((_, last)) => mentions.longer.by_last(last),
        None => mentions.longer.by_penultimate(short),
    };
    let pivot = list.partition_point(|m| m.at < before);
    super::resolve::nearest_fit(candidates, |&(_, k)| k, pivot, |k| fits(&k)).map(|k| list[k].name)
}

/// The full names of an article's mentions (kind Name, two words or more)
/// by their last and by their second-to-last word, in list order, so that
/// [`longer_name`] and [`lengthened`] read only names that can fit.
#[derive(Default)]
pub(super) struct LongerNames<'a> {
    /// (last word, list index), sorted.
    last: Vec<(&'a str, usize)>,
    /// (second-to-last word, list index), sorted.
    penultimate: Vec<(&'a str, usize)>,
}

impl<'a> LongerNames<'a> {
    /// Indexes the full names of `list`.
    pub(super) fn new(list: &[super::resolve::Mention<'a>]) -> LongerNames<'a> {
        let mut index = LongerNames { last: Vec::with_capacity(list.len()), penultimate: Vec::with_capacity(list.len()) };
        for (k, m) in list.iter().enumerate().filter(|(_, m)| m.kind == super::names::PhraseKind::Name) {
            let Some((rest, last)) = super::name_parts::split_last_word(m.name) else { continue };
            let before = super::name_parts::split_last_word(rest).map_or(rest, |(_, w)| w);
            index.last.push((last, k));
            index.penultimate.push((before, k));
        }
        index.last.sort_unstable();
        index.penultimate.sort_unstable();
        index
    }

    /// The full names ending in the word `last`, as (word, list index) in list order.
    fn by_last(&self, last: &str) -> &[(&'a str, usize)] {
        Self::with(&self.last, last)
    }

    /// The full names whose second-to-last word is `word`, in list order.
    fn by_penultimate(&self, word: &str) -> &[(&'a str, usize)] {
        Self::with(&self.penultimate, word)
    }

    fn with<'s>(sorted: &'s [(&'a str, usize)], word: &str) -> &'s [(&'a str, usize)] {
        let from = sorted.partition_point(|(w, _)| *w < word);
        let to = sorted.partition_point(|(w, _)| *w <= word);
        &sorted[from..to]
    }
}

/// Whether the word at `i` is a family name written before a hyphenated
/// given name that ends the run at `end` ("Do Hyun-woo", "Lim Ji-hoon"):
/// a short capitalised word, then one word whose second half is in lower
/// case. Such a word is a name even when it is also a common word ("Do").
pub(super) fn family_name_before(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let w = tokens[i].text(text);
    i + 2 == end && w.chars().count() <= 5 && w.starts_with(char::is_uppercase) && is_hyphenated_given_name(tokens[i + 1].text(text))
}

/// The article's name mentions with every short name of two or more words
/// that ends a longer full name ("Márquez de la Vega" after "Luciana
/// Márquez de la Vega") read as that full name (the nearest earlier one,
/// else the first later), so whatever resolves to the mention finds the
/// person's whole name; so is a "First Last" that skips the middle words of
/// a fuller name ("Dmitri Larin" after "Dmitri Olegovich Larin"). Returns
/// the list with its [`LongerNames`] index, rebuilt when a lengthened name's
/// second-to-last word changed.
pub(super) fn lengthened<'a>(mut list: Vec<super::resolve::Mention<'a>>) -> (Vec<super::resolve::Mention<'a>>, LongerNames<'a>) {
    // Lengthening keeps a name's last word, so `by_last` stays true as names grow.
    let index = LongerNames::new(&list);
    let mut stale = false;
    for group in index.last.chunk_by(|a, b| a.0 == b.0) {
        // A name grows only to a longer one of its own group, so the
        // group's longest name stays the longest: a name within a byte of
        // it shortens no longer name, and most are skipped without a search.
        let longest = group.iter().map(|&(_, k)| list[k].name.len()).max().unwrap_or(0);
        for &(_, i) in group {
            let short = list[i].name;
            if longest <= short.len() + 1 {
                continue;
            }
            let fits = |k: usize| k != i && shortens(list[k].name, short);
            let found = super::resolve::nearest_fit(group, |&(_, k)| k, i, fits).map(|k| list[k].name);
            if let Some(full) = found {
                stale |= !ends_name(full, short);
                list[i].name = full;
                list[i].surname = super::names::surname_of(full);
            }
        }
    }
    let index = if stale { LongerNames::new(&list) } else { index };
    (list, index)
}

/// Whether a word is a hyphenated given name of East Asian form ("Hyun-woo",
/// "Ing-wen"): a capitalised syllable, a hyphen and a lower-case one.
fn is_hyphenated_given_name(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else { return false };
    let syllable = |s: &str| (2..=5).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic());
    syllable(a) && syllable(b) && a.starts_with(|c: char| c.is_ascii_uppercase()) && b.chars().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attrib::tokens::tokenize;

    fn inside(text: &str, at: &str) -> bool {
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        let k = tokens.iter().position(|t| t.text(text) == at).unwrap();
        particle_inside(text, &tokens, k, 0)
    }

    #[test]
    fn particles_between_capitalised_words_are_inside_a_name() {
        assert!(inside("said Pieter van der Meulen, the monitor", "der"));
        assert!(inside("said Pieter van der Meulen, the monitor", "van"));
        assert!(inside("Carmen Ruiz de la Fuente said", "la"));
        assert!(inside("Tariq bin Rashid al-Harbi said", "bin"));
        assert!(inside("Van der Meulen said", "der"));
        // Not inside a name: no capitalised word before, or none after.
        assert!(!inside("the house of the van der Meulen family", "van"));
        assert!(!inside("Spain's de facto leader", "de"));
        assert!(!inside("Paris de nuit", "de"));
    }

    #[test]
    fn article_surnames_are_name_words() {
        assert!(is_article_surname("al-Harbi"));
        assert!(is_article_surname("Al-Harbi"));
        assert!(is_article_surname("el-Sayed"));
        assert!(!is_article_surname("al-fresco"));
        assert!(!is_article_surname("Allen-Smith"));
        assert!(is_lower_name_word("al-Harbi"));
        assert!(!is_lower_name_word("Al-Harbi"));
    }

    #[test]
    fn surnames_differ_only_in_their_first_letters_case() {
        assert!(same_surname("van der Meulen", "Van der Meulen"));
        assert!(same_surname("al-Harbi", "Al-Harbi"));
        assert!(!same_surname("de Wit", "de Vries"));
        assert!(!same_surname("al-Harbi", "al-Hashimi"));
    }

    #[test]
    fn short_names_end_full_names() {
        assert!(ends_name("Carmen Ruiz de la Fuente", "Ruiz de la Fuente"));
        assert!(ends_name("Lucía Ortega Ramos", "Ortega Ramos"));
        assert!(!ends_name("Lucía Ortega Ramos", "Lucía Ortega Ramos"));
        assert!(skips_middle("Dmitri Olegovich Larin", "Dmitri Larin") && skips_middle("George W. Bush", "George Bush"));
        assert!(!skips_middle("Dmitri Larin", "Dmitri Larin") && !skips_middle("Dmitri Olegovich Larin", "Dmitri Ivanovich Larin"));
        assert!(!skips_middle("Dmitri Olegovich Larin", "Olegovich Larin") && !skips_middle("Anna Larina", "Anna Larin"));
        assert!(!ends_name("Lucía Ortega Ramos", "a Ramos"));
        assert!(is_first_surname("Lucía Ortega Ramos", "Ortega"));
        assert!(!is_first_surname("Ortega Ramos", "Ortega"));
        assert!(!is_first_surname("Lucía Ortega Ramos", "Ramos"));
    }

    #[test]
    fn a_family_name_before_a_hyphenated_given_name() {
        let text = "spokeswoman Do Min-ji said";
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        assert!(family_name_before(text, &tokens, 1, 3));
        assert!(!family_name_before(text, &tokens, 0, 3));
        assert!(is_hyphenated_given_name("Min-ji"));
        assert!(!is_hyphenated_given_name("Follow-Up"));
        assert!(!is_hyphenated_given_name("Jean-Pierre"));
    }

    #[test]
    fn a_phrase_may_open_with_the_particles_of_a_name() {
        let text = "van der Meulen said";
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        assert_eq!(with_leading_particles(text, &tokens, 0, 2), 0);
        assert!(is_leading_particle(text, &tokens, 0, 1));
        assert!(!is_leading_particle(text, &tokens, 0, 2));
        let text = "the van Meulen said";
        let mut tokens = Vec::new();
        tokenize(text, &[], &mut tokens);
        assert_eq!(with_leading_particles(text, &tokens, 0, 2), 2);
    }
}
