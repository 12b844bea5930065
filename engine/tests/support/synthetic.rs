//! A deterministic synthetic corpus of quotations for scale tests and the
//! grouping benchmark (`cargo xtask bench`), shared by both through `#[path]`.
//!
//! Statements are real seed quotations or random sentences (a common-word list
//! mixed with rare made-up names, so vocabulary is skewed like news text).
//! Each statement is carried by a family of articles, each with a variant of
//! it: the same words, a spelling or transliteration swap, a truncation, an
//! extension, or a looser rendering (words swapped and dropped).

/// One synthetic quotation: article, text, speaker, and the statement it renders.
pub struct Synthetic {
    /// Article index.
    pub article: usize,
    /// The quotation as the article words it.
    pub text: String,
    /// The speaker's name.
    pub speaker: String,
    /// Index of the statement it belongs to (the truth for pair metrics).
    pub statement: usize,
}

const SEEDS: &[&str] = &[
    "None of the mercenaries the West is sending to Ukraine to fight for the nationalist regime in Kyiv can be considered as combatants in accordance with international humanitarian law or enjoy the status of prisoners of war",
    "At best, they can expect to be prosecuted as criminals. We are urging all foreign citizens who may have plans to go and fight for Kyiv's nationalist regime to think a dozen times before getting on the way",
    "Ukrainians have shown their courage and they are calling on every resource and lever they have to defend themselves. We applaud their bravery, however our travel advisory remains",
    "Since the UK parliament has said that we'll back anyone that goes, that's kind of like the UK government giving anyone a green light to go and help",
    "Russia's Vladimir Putin sought to shake the very foundations of the free world, thinking he could make it bend to his menacing ways. But he badly miscalculated",
    "If you see that there are these people who want of their own accord, not for money, to come to help the people living in Donbas, then we need to give them what they want",
    "This decision was taken, which was not easy from a moral point of view, but it is useful from the point of view of our defence",
    "We understand that people of Ukrainian descent want to support their compatriots, and in that sense it is their own individual decision",
];

const COMMON: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not",
    "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "they", "you", "were", "their",
    "one", "all", "we", "can", "her", "has", "there", "been", "if", "more", "when", "will", "would", "who", "so",
    "people", "government", "country", "war", "forces", "city", "support", "security", "military", "president",
    "minister", "week", "today", "years", "time", "world", "help", "fight", "troops", "border", "region", "defence",
    "attack", "peace", "talks", "sanctions", "economy", "prices", "energy", "weapons", "aid", "refugees", "children",
    "families", "water", "power", "homes", "schools", "hospital", "doctors", "police", "court", "law", "rights",
    "freedom", "future", "history", "victory", "loss", "damage", "strike", "missile", "drone", "tank", "army",
    "soldiers", "volunteers", "officials", "report", "statement", "question", "answer", "decision", "plan",
    "strategy", "allies", "partners", "friends", "enemy", "threat", "risk", "chance", "hope", "fear", "courage",
    "must", "should", "could", "need", "want", "know", "think", "believe", "see", "say", "tell", "ask", "give",
    "take", "make", "keep", "hold", "stand", "protect", "defend", "build", "rebuild", "return", "continue", "stop",
    "start", "end", "win", "lose", "never", "always", "again", "still", "already", "now", "here", "every", "day",
    "night", "morning", "strong", "weak", "free", "safe", "difficult", "easy", "important", "clear", "real", "new",
];

const SPELLING_SWAPS: &[(&str, &str)] = &[
    ("Kyiv", "Kiev"), ("defence", "defense"), ("Donbas", "Donbass"), ("honour", "honor"), ("recognise", "recognize"),
    ("Kharkiv", "Kharkov"), ("Odesa", "Odessa"), ("centre", "center"), ("favour", "favor"), ("16,000", "16 000"),
];

/// A small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next pseudo-random number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A made-up rare word or name ("Varokin"), one of `pool` possibilities.
fn rare_word(rng: &mut Rng, pool: usize) -> String {
    const SYLLABLES: &[&str] = &["va", "ro", "kin", "ta", "mel", "or", "sk", "ev", "ni", "dra", "lu", "pet", "zan", "ko", "mir", "bel"];
    let mut n = rng.below(pool) + 1;
    let mut word = String::new();
    while n > 0 {
        word.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A random statement of `15..60` words: common words with some rare names.
fn random_statement(rng: &mut Rng) -> String {
    let length = 15 + rng.below(45);
    let words: Vec<String> = (0..length)
        .map(|i| {
            if rng.below(7) == 0 {
                rare_word(rng, 40_000)
            } else if i > 0 && rng.below(12) == 0 {
                format!("{},", COMMON[rng.below(COMMON.len())])
            } else {
                COMMON[rng.below(COMMON.len())].to_string()
            }
        })
        .collect();
    words.join(" ")
}

/// One article's rendering of a statement.
fn variant(rng: &mut Rng, base: &str) -> String {
    let words: Vec<&str> = base.split(' ').collect();
    match rng.below(10) {
        0..=2 => base.to_string(),
        3 => SPELLING_SWAPS.iter().fold(base.to_string(), |t, (a, b)| t.replace(a, b)).to_uppercase(),
        4 | 5 => {
            let keep = (words.len() * 2 / 3).max(8).min(words.len());
            let start = rng.below(words.len() - keep + 1);
            words[start..start + keep].join(" ")
        }
        6 | 7 => format!("{} {} and {}", rare_word(rng, 40_000), base, COMMON[rng.below(COMMON.len())]),
        _ => {
            let mut loose: Vec<&str> = Vec::with_capacity(words.len());
            for &word in &words {
                match rng.below(12) {
                    0 | 1 => {}
                    2 | 3 => loose.push(COMMON[rng.below(COMMON.len())]),
                    _ => loose.push(word),
                }
            }
            loose.join(" ")
        }
    }
}

/// `count` quotations in families (1–8 articles per statement), deterministic for a seed.
pub fn corpus(count: usize, seed: u64) -> Vec<Synthetic> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(count);
    let mut statement = 0;
    let mut article = 0;
    while out.len() < count {
        // Each real seed quotation opens one statement; the rest are random.
        let base = SEEDS.get(statement).map_or_else(|| random_statement(&mut rng), |s| s.to_string());
        let base = if base.len() < 200 && rng.below(3) == 0 { format!("{base} {}", random_statement(&mut rng)) } else { base };
        let speaker = format!("{} {}", rare_word(&mut rng, 500), rare_word(&mut rng, 5_000));
        let family = 1 + rng.below(4) + rng.below(5);
        for _ in 0..family.min(count - out.len()) {
            article += 1 + rng.below(3);
            out.push(Synthetic { article: article / 3, text: variant(&mut rng, &base), speaker: speaker.clone(), statement });
        }
        statement += 1;
    }
    out
}
