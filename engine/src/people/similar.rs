//! Name similarity: surname normalisation (transliteration endings, a small
//! table of spellings), edit distance, and first-name compatibility.

/// Spellings that stand for one transliteration ("Volodimir" = "Volodymyr").
const TRANSLITERATIONS: &[(&str, &str)] = &[
    ("volodimir", "volodymyr"), ("vladimir", "vladimir"), ("zelenskiy", "zelensky"), ("zelenskyy", "zelensky"),
    ("zelenskii", "zelensky"), ("sergey", "sergei"), ("serhiy", "serhii"), ("dmitry", "dmitri"), ("dmitriy", "dmitri"),
    ("alexey", "alexei"), ("aleksei", "alexei"), ("yuriy", "yuri"), ("yury", "yuri"), ("mykola", "mykola"),
    ("kyrylo", "kyrylo"), ("kirill", "kyrylo"), ("oleksiy", "oleksii"), ("andriy", "andrii"),
];

/// Folds a name word for comparison: lower case, Latin diacritics dropped,
/// transliteration endings (-yy, -iy, -ii, -yi → -y) and the table applied.
pub fn fold(word: &str) -> String {
    let mut out: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect();
    if let Some(&(_, to)) = TRANSLITERATIONS.iter().find(|(from, _)| *from == out) {
        return to.to_string();
    }
    for ending in ["yy", "iy", "ii", "yi"] {
        if out.len() > 4 && out.ends_with(ending) {
            out.truncate(out.len() - ending.len());
            out.push('y');
            break;
        }
    }
    out
}

/// Levenshtein distance between two short strings, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// Whether two folded name words are spellings of one name: equal, or
/// within one edit (two for words of eight letters or more), same initial.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (length_a, length_b) = (a.chars().count(), b.chars().count());
    let shorter = length_a.min(length_b);
    let allowed = if shorter >= 8 { 2 } else if shorter >= 5 { 1 } else { 0 };
    // The edit distance is at least the difference in length.
    allowed > 0 && length_a.abs_diff(length_b) <= allowed && a.chars().next() == b.chars().next() && edit_distance(a, b) <= allowed
}

/// Whether two first names can be one person's: the same word, or one is an
/// initial or a short form that the other starts with ("Bill"/"William" stay apart).
pub fn same_first_name(a: &str, b: &str) -> bool {
    same_word(a, b) || (a.len() == 1 || b.len() == 1) && a.chars().next() == b.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_fold_together() {
        assert_eq!(fold("Zelenskyy"), fold("Zelensky"));
        assert_eq!(fold("Zelenskiy"), fold("Zelensky"));
        assert_eq!(fold("Volodimir"), fold("Volodymyr"));
        assert_ne!(fold("Hillary"), fold("Bill"));
    }

    #[test]
    fn close_spellings_are_one_word_but_short_names_must_match() {
        assert!(same_word("konashenkov", "konashenkow"));
        assert!(!same_word("bill", "will"));
        assert!(!same_word("hillary", "bill"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
