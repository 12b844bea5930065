//! Tests of the mark pairing (`marks.rs`).

use super::*;

fn quoted(text: &str) -> Vec<&str> {
    pair_marks(text, true).into_iter().map(|q| &text[q.start..q.end]).collect()
}

#[test]
fn pairs_every_double_style() {
    assert_eq!(quoted("a “b” c \"d\" e „f“ g „h” i «j» k »l« m 「n」"), ["b", "d", "f", "h", "j", "l", "n"]);
}

#[test]
fn apostrophes_inside_words_are_not_marks() {
    assert_eq!(quoted("“Kyiv’s people don’t rock ’n’ roll in the ’90s,” he said."), ["Kyiv’s people don’t rock ’n’ roll in the ’90s,"]);
    assert_eq!(quoted("The Ukrainians’ fight, the players' union and 'tis the '90s."), Vec::<&str>::new());
}

#[test]
fn single_marks_pair_in_headlines_and_inside_doubles() {
    assert_eq!(quoted("Trump Says Voters Have It ‘in Their Heads’ Now"), ["in Their Heads"]);
    assert_eq!(quoted("“He called it ‘absurd’ and left,” she said."), ["He called it ‘absurd’ and left,"]);
    assert_eq!(quoted("He said 'no way' twice."), ["no way"]);
}

#[test]
fn single_quotations_outside_headlines_count_only_nested() {
    let text = "'We will win,' he said of the 'so-called \"deal\"' and “the ‘best’ plan.”";
    let got: Vec<_> = pair_marks(text, false).into_iter().map(|q| &text[q.start..q.end]).collect();
    assert_eq!(got, ["deal", "the ‘best’ plan."]);
}

#[test]
fn an_unpaired_single_mark_does_not_hide_doubles() {
    assert_eq!(quoted("‘Oops “inner words” after"), ["inner words"]);
    assert_eq!(quoted("“They ‘said no,” he said."), ["They ‘said no,"]);
}

#[test]
fn a_possessive_inside_a_double_quote_does_not_close_it() {
    assert_eq!(quoted("“The Ukrainians’ courage is real,” she said."), ["The Ukrainians’ courage is real,"]);
}

#[test]
fn unclosed_marks_end_at_the_paragraph_and_say_so() {
    let text = "He said “one two. Then";
    let found = pair_marks(text, true);
    assert_eq!(found.len(), 1);
    assert!(found[0].open_at_paragraph_end(text.len()));
    assert_eq!(&text[found[0].start..found[0].end], "one two. Then");
}

#[test]
fn a_repeated_opener_ends_the_open_quotation() {
    assert_eq!(quoted("“one two, he said. “three four.”"), ["one two, he said. ", "three four."]);
}

#[test]
fn a_repeated_opener_with_closers_for_both_is_nested() {
    let text = "“I’d rather live in what he calls “hell” than with him,” one reader wrote. “Never.”";
    assert_eq!(quoted(text), ["I’d rather live in what he calls “hell” than with him,", "Never."]);
    assert_eq!(quoted("“one, he said. “two” and “three” four."), ["one, he said. ", "two", "three"]);
}

#[test]
fn doubled_single_marks_act_as_double_marks() {
    assert_eq!(quoted("“We dedicate ourselves,’’ says he. ‘‘Two’’ and more"), ["We dedicate ourselves,", "Two"]);
    assert_eq!(quoted("he said. ‘’It’s not a question,” she added."), ["It’s not a question,"]);
}

#[test]
fn a_stray_closer_is_ignored() {
    assert_eq!(quoted("one” two “three” 5'10\" tall"), ["three"]);
}

#[test]
fn a_markup_attribute_value_is_not_a_quotation() {
    assert_eq!(quoted("<embed title=\"Plain words\">He said “yes.”"), ["yes."]);
}

#[test]
fn a_closing_mark_that_opens_a_paragraph_opens_a_quotation() {
    assert_eq!(quoted("” … and then we won,” the coach said."), [" … and then we won,"]);
}

fn outermost_singles(text: &str) -> Vec<&str> {
    select(&pair_all(text), Singles::Outermost).into_iter().map(|q| &text[q.start..q.end]).collect()
}

#[test]
fn british_paragraphs_read_single_marks_as_outermost() {
    let text = "‘We are deeply sorry,’ said Dr Jane Doe. ‘It should never have happened.’";
    assert_eq!(outermost_singles(text), ["We are deeply sorry,", "It should never have happened."]);
    let text = "He told the radio station: 'The lifts were never fixed.'";
    assert_eq!(outermost_singles(text), ["The lifts were never fixed."]);
    let text = "‘She called it “a farce”, and who could disagree?’ he asked.";
    assert_eq!(outermost_singles(text), ["She called it “a farce”, and who could disagree?"]);
}

#[test]
fn apostrophes_inside_british_quotations_do_not_close_them() {
    let text = "‘The nurses’ rota and the Joneses' complaint came in the ’90s, rock ’n’ roll at six o’clock,’ she said.";
    assert_eq!(outermost_singles(text), ["The nurses’ rota and the Joneses' complaint came in the ’90s, rock ’n’ roll at six o’clock,"]);
    let text = "'It's the porters' night, ma'am,' he said.";
    assert_eq!(outermost_singles(text), ["It's the porters' night, ma'am,"]);
    // A possessive closes the quotation when no closing mark follows it.
    assert_eq!(outermost_singles("‘Thank you to all the nurses’ the card read."), ["Thank you to all the nurses"]);
}

#[test]
fn an_open_single_quotation_is_reported_open_only_when_read_as_outermost() {
    let text = "‘We owe our readers that much.";
    let found = select(&pair_all(text), Singles::Outermost);
    assert_eq!(found.len(), 1);
    assert!(found[0].open_at_paragraph_end(text.len()));
    assert!(select(&pair_all(text), Singles::Headline).is_empty());
    assert!(select(&pair_all(text), Singles::Nested).is_empty());
}

#[test]
fn an_opener_typed_after_punctuation_and_before_a_space_closes() {
    let text = "“It is unusual,“ said Larry Stone, a lawyer. “It is a hard thing to do.”";
    assert_eq!(quoted(text), ["It is unusual,", "It is a hard thing to do."]);
    assert_eq!(quoted("“one two, he said. “three four.”"), ["one two, he said. ", "three four."]);
}
