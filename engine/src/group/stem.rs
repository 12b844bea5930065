//! Content words for comparing translations: stopwords removed, irregular
//! verbs reduced to their base form, then a light stemmer (common suffixes
//! stripped, then truncated to six letters, a robust trick for news text).

/// Function words that carry no content when comparing two renderings.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "im", "in",
    "into", "is", "it", "its", "itself", "just", "let", "like", "may", "me", "might", "more", "most", "much", "must",
    "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "quite", "rather", "re", "s", "same", "shall", "she", "should", "so", "some",
    "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet", "you", "your", "yours",
    "yourself", "yourselves", "ll", "ve", "d", "t", "dont", "wont", "cant", "isnt", "arent", "wasnt", "werent",
    "didnt", "doesnt", "havent", "hasnt", "wouldnt", "shouldnt", "couldnt", "thats", "theyre", "were", "youre",
    "ive", "weve", "theyve", "its", "lets", "one", "ones", "still", "already", "many", "within", "without", "upon",
    "thus", "therefore", "however", "though", "although", "whether", "either", "neither", "else", "onto", "per",
];

/// Irregular verb forms to their base form (the regular ones the stemmer reaches).
pub const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"), ("says", "say"), ("told", "tell"), ("thought", "think"), ("went", "go"), ("gone", "go"),
    ("goes", "go"), ("came", "come"), ("took", "take"), ("taken", "take"), ("gave", "give"), ("given", "give"),
    ("made", "make"), ("won", "win"), ("fought", "fight"), ("brought", "bring"), ("sent", "send"),
    ("kept", "keep"), ("left", "leave"), ("felt", "feel"), ("met", "meet"), ("knew", "know"), ("known", "know"),
    ("saw", "see"), ("seen", "see"), ("began", "begin"), ("begun", "begin"), ("held", "hold"), ("stood", "stand"),
    ("understood", "understand"), ("led", "lead"), ("lost", "lose"), ("paid", "pay"), ("sought", "seek"),
    ("bought", "buy"), ("caught", "catch"), ("taught", "teach"), ("built", "build"), ("spent", "spend"),
    ("struck", "strike"), ("chose", "choose"), ("chosen", "choose"), ("wrote", "write"), ("written", "write"),
    ("spoke", "speak"), ("spoken", "speak"), ("broke", "break"), ("broken", "break"), ("fell", "fall"),
    ("fallen", "fall"), ("ran", "run"), ("got", "get"), ("gotten", "get"), ("found", "find"), ("heard", "hear"),
    ("meant", "mean"), ("shot", "shoot"), ("hit", "hit"), ("killed", "kill"), ("drove", "drive"),
    ("driven", "drive"), ("flew", "fly"), ("flown", "fly"), ("grew", "grow"), ("grown", "grow"),
    ("threw", "throw"), ("thrown", "throw"), ("rose", "rise"), ("risen", "rise"), ("woke", "wake"),
    ("bore", "bear"), ("borne", "bear"), ("forgot", "forget"), ("forgotten", "forget"), ("hid", "hide"),
    ("hidden", "hide"), ("wore", "wear"), ("worn", "wear"), ("sold", "sell"), ("dealt", "deal"),
    ("children", "child"), ("men", "man"), ("women", "woman"), ("people", "person"), ("better", "good"),
    ("best", "good"), ("worse", "bad"), ("worst", "bad"),
];

/// Suffixes the stemmer strips, longest first; the remaining stem keeps at least three letters.
const SUFFIXES: &[&str] = &[
    "ations", "ation", "ments", "ment", "ness", "ingly", "ings", "ing", "edly", "ies", "ied", "ers", "er", "est",
    "ed", "es", "ly", "s",
];

/// Letters a stem keeps at most.
const STEM_LENGTH: usize = 6;

/// Whether a normalised word is a stopword.
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// The content stem of a normalised word: irregular forms mapped, suffixes
/// stripped, truncated to six letters. Numbers stay as they are.
pub fn stem(word: &str) -> String {
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let word = IRREGULAR.iter().find(|(form, _)| *form == word).map_or(word, |(_, base)| base);
    let mut stem = word;
    for suffix in SUFFIXES {
        if let Some(rest) = word.strip_suffix(suffix) {
            if rest.chars().count() >= 3 {
                stem = rest;
                break;
            }
        }
    }
    stem.chars().take(STEM_LENGTH).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        assert_eq!(stem("combatants"), stem("combatant"));
        assert_eq!(stem("according"), stem("accordance"));
        assert_eq!(stem("sent"), stem("sending"));
        assert_eq!(stem("prisoners"), stem("prisoner"));
        assert_eq!(stem("laws"), stem("law"));
        assert_eq!(stem("16000"), "16000");
    }

    #[test]
    fn function_words_are_stopwords() {
        assert!(is_stopword("the") && is_stopword("would") && !is_stopword("mercenaries"));
    }
}
