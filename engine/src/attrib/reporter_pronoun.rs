//! A he or she inside the words a reporting clause of its sentence
//! reports: "Trump, later alleging that Obama wanted to admit 250,000
//! Syrians, said he would deport refugees, who he speculates are “mostly
//! men”". The first cue of the sentence has a named subject of the
//! pronoun's gender; the pronoun after it is that person, not a nearer name
//! inside an inserted clause.

use super::find::Context;
use super::names::{self, PhraseKind};
use super::resolve::{self, Mentions, Place};
use super::roles::Pronoun;

impl Context<'_> {
    /// The person a he/she at token `at` refers to as the subject of the
    /// first cue before it in its sentence.
    pub(super) fn reporter_pronoun(&self, mentions: &Mentions, pronoun: Pronoun, at: Place) -> Option<String> {
        let Pronoun::Person(gender) = pronoun else { return None };
        let (p, k) = at;
        let floor = self.sentence_start(p, k);
        let &(cue, _) = self.cues_in(p, floor, k).first()?;
        let subject = names::subject_before(self.texts[p], &self.tokens[p], floor, cue).filter(|s| s.kind == PhraseKind::Name)?;
        let (a, b) = subject.name?;
        let name = resolve::span(self.texts[p], &self.tokens[p], a, b);
        let full = mentions.full_name(name, (p, b)).unwrap_or(name);
        mentions.gender_of(full).compatible(gender).then(|| full.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_pronoun_in_reported_words_is_the_reporter() {
        let text = "T\nThe harbour test came from Greg Tillman, who spoke in July.\n\nTillman, later alleging - again falsely - that Mayor Frank Ostrow wanted to admit 250 boats, said he would deport the crews, who he speculates are “mostly smugglers and thieves” and part of a plot.";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Greg Tillman"));
    }
}
