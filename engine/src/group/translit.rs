//! Transliteration pairs: place and person names that outlets spell in
//! different systems (Ukrainian or Russian romanisation, older English forms).
//!
//! A data table, not code: each row maps a variant (lower case, no marks) to
//! the one spelling the matching form uses. Extend it freely; a row only
//! changes how quotations are compared, never what the page shows.

/// `(variant, canonical)` pairs, lower case.
pub const TRANSLITERATIONS: &[(&str, &str)] = &[
    // Ukrainian places: Russian-style or older English forms to the Ukrainian-style spelling.
    ("kiev", "kyiv"),
    ("kyyiv", "kyiv"),
    ("donbass", "donbas"),
    ("kharkov", "kharkiv"),
    ("odessa", "odesa"),
    ("lugansk", "luhansk"),
    ("nikolaev", "mykolaiv"),
    ("nikolayev", "mykolaiv"),
    ("mykolayiv", "mykolaiv"),
    ("lvov", "lviv"),
    ("lwow", "lviv"),
    ("zaporozhye", "zaporizhzhia"),
    ("zaporizhia", "zaporizhzhia"),
    ("zaporizhzhya", "zaporizhzhia"),
    ("zaporozhzhia", "zaporizhzhia"),
    ("dnepr", "dnipro"),
    ("dnepropetrovsk", "dnipro"),
    ("chernigov", "chernihiv"),
    ("chernobyl", "chornobyl"),
    ("severodonetsk", "sievierodonetsk"),
    ("syeverodonetsk", "sievierodonetsk"),
    ("lisichansk", "lysychansk"),
    ("vinnitsa", "vinnytsia"),
    ("vinnytsya", "vinnytsia"),
    ("zhitomir", "zhytomyr"),
    ("rovno", "rivne"),
    ("ternopol", "ternopil"),
    ("uzhgorod", "uzhhorod"),
    ("makeyevka", "makiivka"),
    ("gorlovka", "horlivka"),
    ("kramatorsk", "kramatorsk"),
    ("irpen", "irpin"),
    ("bucha", "bucha"),
    ("kherson", "kherson"),
    ("sumy", "sumy"),
    ("poltava", "poltava"),
    ("krivoy", "kryvyi"),
    ("krivoi", "kryvyi"),
    ("mariupol", "mariupol"),
    ("crimea", "crimea"),
    ("sevastopol", "sevastopol"),
    // People.
    ("zelenskyy", "zelensky"),
    ("zelenskiy", "zelensky"),
    ("zelenski", "zelensky"),
    ("zelenskyi", "zelensky"),
    ("zelenskii", "zelensky"),
    ("selenskyj", "zelensky"),
    ("volodimir", "volodymyr"),
    ("wolodymyr", "volodymyr"),
    ("volodymir", "volodymyr"),
    ("dmitry", "dmytro"),
    ("dmitri", "dmytro"),
    ("dmitriy", "dmytro"),
    ("oleksiy", "oleksii"),
    ("alexei", "oleksii"),
    ("shoygu", "shoigu"),
    ("navalnyy", "navalny"),
    ("navalni", "navalny"),
    ("gorbachov", "gorbachev"),
    ("yanukovich", "yanukovych"),
    ("klychko", "klitschko"),
    ("podoliak", "podolyak"),
    ("arestovich", "arestovych"),
    ("prighozhin", "prigozhin"),
    ("prigojine", "prigozhin"),
    ("nebenzia", "nebenzya"),
    ("khrushchyov", "khrushchev"),
    ("kadyrov", "kadyrov"),
    ("reznikov", "reznikov"),
    ("konashenkov", "konashenkov"),
    ("peskov", "peskov"),
    // Elsewhere.
    ("qaddafi", "gaddafi"),
    ("kadhafi", "gaddafi"),
    ("gadhafi", "gaddafi"),
    ("qaida", "qaeda"),
    ("hizbollah", "hezbollah"),
    ("hizballah", "hezbollah"),
    ("muhammad", "mohammed"),
    ("mohammad", "mohammed"),
    ("muhammed", "mohammed"),
    ("mohamed", "mohammed"),
    ("tehran", "tehran"),
    ("teheran", "tehran"),
    ("kyrgyzstan", "kyrgyzstan"),
    ("kirghizia", "kyrgyzstan"),
    ("belorussia", "belarus"),
    ("byelorussia", "belarus"),
    ("moldavia", "moldova"),
    ("tbilisi", "tbilisi"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_lower_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for (variant, canonical) in TRANSLITERATIONS {
            assert_eq!(*variant, variant.to_lowercase());
            assert_eq!(*canonical, canonical.to_lowercase());
            assert!(seen.insert(*variant), "duplicate row {variant}");
        }
    }
}
