//! House style: British articles (single marks outermost, double nested)
//! and American ones (double outermost, single nested) with apostrophes
//! everywhere. Every sentence here is written for these tests.

use quote_engine::model::Kind;
use quote_engine::quotes;
use quote_engine::read::parse_text;

#[path = "support/rng.rs"]
mod rng;

use rng::Rng;

/// The quotations of a plain-text article (first line is the title), as
/// text and kind.
fn found(text: &str) -> Vec<(String, Kind)> {
    quotes::find(&parse_text("t.txt", text)).into_iter().map(|q| (q.text, q.kind)).collect()
}

fn texts(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(t, _)| t).collect()
}

const BRITISH: &str = "Ferry operator apologises after breakdown
Passengers were stranded for six hours on Saturday when the evening sailing lost power off the coast.
‘We are deeply sorry for what our passengers went through,’ said Dr Helen Marsh, the operator’s chief executive. ‘It should never have happened.’
One passenger told the local paper: 'The crew did their best, but nobody told us anything for hours.'
Ms Marsh said the company would review ‘every part of the maintenance schedule’.
‘The engineers’ reports will be published in full,’ she added. ‘We owe our customers that much.
‘Nothing will be hidden.’
A union spokesman said members had warned of ‘a disaster waiting to happen’ in the 1990s and again last year.
‘Staff called the old engine room “the oven” for years,’ he said.";

#[test]
fn british_quotations_are_found_with_their_parts() {
    let got = texts(BRITISH);
    assert_eq!(
        got,
        [
            "We are deeply sorry for what our passengers went through, It should never have happened.",
            "The crew did their best, but nobody told us anything for hours.",
            "every part of the maintenance schedule",
            "The engineers’ reports will be published in full, We owe our customers that much. Nothing will be hidden.",
            "a disaster waiting to happen",
            "Staff called the old engine room “the oven” for years,",
        ]
    );
}

#[test]
fn british_quotations_are_speech_like_double_ones() {
    let kinds: Vec<Kind> = found(BRITISH).into_iter().map(|(_, k)| k).collect();
    assert_eq!(kinds, [Kind::Quote; 6]);
    let terms = "Residents know the place as ‘the shed’ these days.\n‘We will reopen the pier next spring,’ the council said.";
    assert_eq!(found(&format!("Pier plan\n{terms}")), [("the shed".into(), Kind::Phrase), ("We will reopen the pier next spring,".into(), Kind::Quote)]);
}

/// Swaps single and double curly marks (the text has no apostrophes).
fn swap_marks(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '‘' => '“',
            '’' => '”',
            '“' => '‘',
            '”' => '’',
            c => c,
        })
        .collect()
}

#[test]
fn single_mark_quotations_get_the_kinds_of_their_double_mark_twins() {
    let british = "Bridge closure
‘The cracks were found on Tuesday,’ the engineer said. ‘Nobody will cross until it is safe.’
‘We were given no warning at all.
‘The detour adds an hour each way,’ one driver said.
Shopkeepers described the closure as ‘a disaster’ and the council as ‘slow’.
Residents know the old crossing as ‘the iron bridge’ these days.
‘Repairs begin in the spring, and the bill is ours,’ the council said in a statement.";
    let american = swap_marks(british);
    let swapped: Vec<(String, Kind)> = found(&american).into_iter().map(|(t, k)| (swap_marks(&t), k)).collect();
    assert_eq!(found(british), swapped);
    assert_eq!(found(british).len(), 5);
}

#[test]
fn american_articles_keep_single_marks_nested() {
    let text = "Council vote delayed
“He said ‘no’ twice, and then he left,” she said.
The Joneses’ house on Elm Street dates from the ’90s, neighbors said.
“It’s rock ’n’ roll at five o’clock, ma’am,” the band’s manager joked.
A sign reads 'closed' and the players' union is unhappy.";
    assert_eq!(texts(text), ["He said ‘no’ twice, and then he left,", "It’s rock ’n’ roll at five o’clock, ma’am,"]);
}

#[test]
fn apostrophe_heavy_british_text_keeps_its_words() {
    let text = "Festival returns
‘The Smiths’ old van is back and it’s rock ’n’ roll till two o’clock, ma’am,’ joked the organiser.
Kyiv’s mayor sent greetings; the ’90s are back, fans said.
'It's the players' night and we'll dance till late,' the captain said.";
    assert_eq!(
        texts(text),
        ["The Smiths’ old van is back and it’s rock ’n’ roll till two o’clock, ma’am,", "It's the players' night and we'll dance till late,"]
    );
}

#[test]
fn a_mixed_article_reads_its_majority_style() {
    // British body with one stray double quotation: both kinds are read.
    let text = "Harbour works
‘The wall will hold this winter,’ the engineer said.
‘We checked every stone of it twice,’ she added.
The harbour master called the survey “thorough and long overdue”.";
    assert_eq!(
        texts(text),
        ["The wall will hold this winter,", "We checked every stone of it twice,", "thorough and long overdue"]
    );
    // American body with one single-mark title: only the doubles count.
    let text = "Harbor works
“The wall will hold this winter,” the engineer said.
“We checked every stone twice,” she added.
The report, ‘Walls of the Bay,’ was published in May.";
    assert_eq!(texts(text), ["The wall will hold this winter,", "We checked every stone twice,"]);
}

/// Words of American text, apostrophes of every kind among them.
const US_WORDS: &[&str] = &[
    "don’t", "’90s", "rock ’n’ roll", "the Joneses’", "Kyiv’s", "o’clock", "ma’am", "players'", "'em", "'til", "it's",
    "the ‘", "’ ", "'", "said", "she", "house", "union", "in", "the", "Reporters", ",", ".", " ", " ", "\n",
];

/// Apostrophes never open a quotation in American text: every quotation
/// found starts right after a double mark.
#[test]
fn apostrophes_never_open_quotations_in_american_text() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for round in 0..2000 {
        let mut text = String::from("Title\n“We will not stop,” the mayor said. ");
        for _ in 0..(5 + round % 60) {
            text.push_str(rng.pick(US_WORDS));
            text.push(' ');
        }
        text.push_str("\n“Again,” she said.");
        let article = parse_text("p.txt", &text);
        for quotation in quotes::find(&article) {
            for span in quotation.parts.iter().filter(|s| s.paragraph > 0) {
                let before = article.paragraphs[span.paragraph].text[..span.start].trim_end();
                assert!(before.ends_with(['“', '"']), "{text:?} opened {:?}", quotation.text);
            }
        }
    }
}
