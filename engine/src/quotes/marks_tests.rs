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
