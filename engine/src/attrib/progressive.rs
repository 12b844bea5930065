//! "The campaign is already claiming …": a participle cue after a form of
//! "be" is a progressive verb with a subject of its own, not an elided
//! "…, claiming" that borrows the main clause's.

use super::tokens::Token;

/// Adverbs that may stand between the auxiliary and the participle.
const BETWEEN: &[&str] = &["already", "also", "now", "still", "again", "just", "even", "not", "publicly", "repeatedly", "openly", "quietly"];

/// Whether the participle cue at token `cue` follows a form of "be"
/// ("is claiming", "was already saying"), with at most two adverbs
/// between, all after `floor`.
fn after_auxiliary(text: &str, toks: &[Token], floor: usize, cue: usize) -> bool {
    let mut k = cue;
    for _ in 0..3 {
        if k <= floor || !toks[k - 1].is_word() {
            return false;
        }
        let w = toks[k - 1].text(text);
        if matches!(w, "is" | "are" | "was" | "were" | "been" | "am") {
            return true;
        }
        if !BETWEEN.contains(&w) {
            return false;
        }
        k -= 1;
    }
    false
}

impl super::find::Context<'_> {
    /// "…, but the campaign is claiming “…”": a progressive participle cue
    /// at token `cue` of paragraph `p` with no cue before it since `floor`;
    /// after one ("Lee said aides were calling “…”") it is the reported
    /// clause of that cue.
    pub(super) fn progressive(&self, p: usize, floor: usize, cue: usize) -> bool {
        after_auxiliary(self.texts[p], &self.tokens[p], floor, cue) && self.cues_in(p, floor, cue).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn a_progressive_cue_after_a_conjunction_has_its_own_subject() {
        let text = "T\nMayor Ann Ruiz spoke on Tuesday.\n\nThe count is slow, but the Walsh campaign is already claiming victory in the “north bracket of the county” tonight.";
        let got = run(text);
        assert_eq!(got[0].speaker_as_written.as_deref(), Some("the Walsh campaign"));
        let text = "T\nMayor Ann Ruiz spoke on Tuesday.\n\nAt one point, Ruiz said aides were calling “every fifteen minutes or so” that night.";
        assert_eq!(run(text)[0].speaker.as_deref(), Some("Ann Ruiz"));
    }
}
