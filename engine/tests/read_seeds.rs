//! The read stage over the real seed articles in `seeds/`.
//!
//! Expectations come from reading the articles by hand; the engine holds no
//! seed strings. The quotations the gold file lists are checked against a
//! hand-copied list of their openings, so the test does not read that file.

use quote_engine::model::{Article, Role};
use quote_engine::read::read_article;

/// Reads the seed whose file name starts with `name`.
fn seed(name: &str) -> Article {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../seeds");
    let file = std::fs::read_dir(dir)
        .expect("the seeds folder")
        .map(|entry| entry.expect("a seed entry").path())
        .find(|path| path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(name)))
        .unwrap_or_else(|| panic!("no seed {name}"));
    let bytes = std::fs::read(&file).expect("a readable seed");
    read_article(&file.file_name().unwrap().to_string_lossy(), &bytes)
}

/// The role of the first paragraph that starts with `starts`.
fn role_of(article: &Article, starts: &str) -> Role {
    article
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no paragraph starts with {starts:?} in {}", article.file))
        .role
}

#[test]
fn seed_004_mojibake_is_repaired_and_reported() {
    let article = seed("004");
    let all: String = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(all.contains("Defence Attaché"));
    assert!(all.contains("Llevamos 13 días escuchando promesas"));
    assert!(all.contains("nos ayudarán en el aire"));
    assert!(all.contains("Moscú"));
    for bad in ['茅', '贸', '铆', '谩', '帽', '煤'] {
        assert!(!all.contains(bad), "{bad} left in 004");
    }
    assert!(article.repairs.iter().any(|r| r.line == 32 && r.note.contains("'Attach茅' → 'Attaché'")));
    assert!(article.repairs.iter().all(|r| r.note.contains("GBK")));
}

#[test]
fn seed_004_title_follows_its_standfirst() {
    let article = seed("004");
    assert_eq!(article.title, "Thousands of foreign fighters join the Ukrainian army in the war against Russia");
    assert_eq!(article.paragraphs[0].role, Role::Body);
    assert_eq!(article.paragraphs[1].role, Role::Title);
}

#[test]
fn seed_004_captions_are_captions() {
    let article = seed("004");
    let captions = [
        "photo_camera REUTERS",
        "Gráfico que muestra",
        "El presidente Volodymyr Zelensky denunció",
        "Esta imagen muestra",
        "Ben Grant y otros",
        "Insignia se muestra",
        "Combatientes extranjeros",
        "Un soldado herido",
        "AP/VADIM GHIRDA",
        "PHOTO/Presidencia",
        "AP/ALEX BRANDON",
        "El portavoz del Ministerio",
    ];
    for start in captions {
        assert_eq!(role_of(&article, start), Role::Caption, "{start}");
    }
    assert_eq!(role_of(&article, "More in Politics"), Role::Boilerplate);
    assert_eq!(role_of(&article, "What do governments think?"), Role::Heading);
}

#[test]
fn seed_000_outlet_author_boilerplate_and_captions() {
    let article = seed("000");
    assert_eq!(article.title, "Russia Warns Western Volunteers as Ukrainian Foreign Legion Reportedly Grows");
    assert_eq!(article.outlet.as_deref(), Some("The Epoch Times"));
    assert_eq!(article.author.as_deref(), Some("Jack Phillips"));
    for start in ["Spread the love", "Source link", "Leave a Reply", "Your email address", "This site uses Akismet"] {
        assert_eq!(role_of(&article, start), Role::Boilerplate, "{start}");
    }
    assert_eq!(role_of(&article, "Russian military spokesman Igor Konashenkov"), Role::Caption);
    assert_eq!(role_of(&article, "File photo of"), Role::Caption);
    assert_eq!(role_of(&article, "Jack Phillips is a"), Role::Meta);
    assert_eq!(role_of(&article, "Jack Phillips"), Role::Meta);
    assert_eq!(article.paragraphs.iter().find(|p| p.text.starts_with("Spread")).unwrap().line, 3);
}

#[test]
fn seed_001_source_line_gives_outlet_and_author() {
    let article = seed("001");
    assert_eq!(article.outlet.as_deref(), Some("GreatGameIndia"));
    assert_eq!(article.author.as_deref(), Some("Kyle Anzalone"));
    assert_eq!(role_of(&article, "- Source :"), Role::Meta);
    assert_eq!(role_of(&article, "A Call To Arms"), Role::Heading);
}

#[test]
fn seed_002_caption_and_its_title() {
    let article = seed("002");
    assert_eq!(role_of(&article, "Ukraine volunteer fighter"), Role::Caption);
    assert_eq!(role_of(&article, "A man who said his name is Ian"), Role::Caption);
    assert_eq!(article.outlet, None);
}

#[test]
fn seed_003_outlet_from_article_source() {
    let article = seed("003");
    assert_eq!(article.title, "Putin seeks foreign volunteers to fight in Ukraine");
    assert_eq!(article.outlet.as_deref(), Some("The Chronicle"));
    assert_eq!(role_of(&article, "The Chronicle"), Role::Meta);
    assert_eq!(role_of(&article, "Article Source:"), Role::Meta);
    assert_eq!(role_of(&article, "Enjoyed this post?"), Role::Boilerplate);
    assert_eq!(role_of(&article, "— An airfield"), Role::Body);
}

/// Openings of the quotations the gold file lists (kinds "quote" and
/// "phrase"), per seed; none may sit in a Boilerplate or Meta paragraph.
const GOLD_QUOTE_OPENINGS: &[(&str, &[&str])] = &[
    ("000", &["None of the mercenaries", "At best, they can", "Ukraine receives weapons", "From real friends",
        "Ukrainians have shown", "VolunteersforUkraine", "Level 4: Do Not Travel"]),
    ("001", &["Every friend of Ukraine", "We will give you weapons", "NATO-trained", "that is something that people",
        "Since the UK parliament", "None of the mercenaries", "international legion"]),
    ("002", &["I wish to make", "at best, they can", "to think a dozen times", "The first of 16,000",
        "Russia's Vladimir Putin sought", "He thought he could", "From President Zelensky"]),
    ("003", &["If you see that there", "Please do this", "thugs from Syria", "international legion"]),
    ("004", &["The Military Balance", "This decision was taken", "Llevamos 13 días", "all those who want to join",
        "Together we defeated Hitler", "Afterwards, instructions", "there is no time for training",
        "They need help", "They want to fight for freedom", "If we stop them here", "I think that's reason enough",
        "no ties to Ukraine", "I felt I had to do something", "historical and geographical reasons",
        "The response is especially high", "They feel the threat", "If Russia invades them", "It's a choice anyone",
        "Canadians can decide", "We understand that people", "if you're an American", "illegal and pointless",
        "We believe there is some truth", "trying to recruit Syrians"]),
];

#[test]
fn no_gold_quotation_sits_in_boilerplate_or_meta() {
    for (name, openings) in GOLD_QUOTE_OPENINGS {
        let article = seed(name);
        for opening in *openings {
            let holders: Vec<_> = article.paragraphs.iter().filter(|p| p.text.contains(opening)).collect();
            assert!(!holders.is_empty(), "{name}: no paragraph holds {opening:?}");
            for paragraph in holders {
                assert!(
                    !matches!(paragraph.role, Role::Boilerplate | Role::Meta),
                    "{name}: {opening:?} is in a {:?} paragraph",
                    paragraph.role
                );
            }
        }
    }
}

#[test]
fn every_seed_paragraph_keeps_its_source_line() {
    for name in ["000", "001", "002", "003", "004"] {
        let article = seed(name);
        let mut last = 0;
        for paragraph in &article.paragraphs {
            assert!(paragraph.line > last, "{name}: lines must increase");
            last = paragraph.line;
        }
    }
}
