//! Quotations split around their attribution.
//!
//! “Ukraine receives weapons …,” Zelensky said Thursday. “From real friends …”
//! is one utterance in two parts. “He thought …,” Biden continued. “From
//! President Zelensky …,” the president said. is two utterances: the second
//! part carries an attribution of its own. The rule, for two quotations next
//! to each other in one paragraph:
//!
//! * the first ends with a comma or a dash (the attribution interrupts it);
//! * between them stands only a short attribution clause (≤ 12 words) that
//!   ends a clause (with `.`, `,` or `:`);
//! * the second ends a sentence and is not followed by an attribution of its
//!   own (nothing but the end of the paragraph or a new sentence after it).

/// Whether the quotation at byte range `next` of `paragraph` continues the one
/// at `previous` (ranges exclude the quotation marks; `previous` comes first).
pub fn continues(paragraph: &str, previous: (usize, usize), next: (usize, usize)) -> bool {
    let (Some(first), Some(between), Some(second), Some(after)) = (
        paragraph.get(previous.0..previous.1),
        paragraph.get(previous.1..next.0),
        paragraph.get(next.0..next.1),
        paragraph.get(next.1..),
    ) else {
        return false;
    };
    interrupted(first) && attribution_clause(between) && ends_sentence(second) && no_own_attribution(after)
}

fn interrupted(first: &str) -> bool {
    first.trim_end().ends_with([',', '—', '–', '-'])
}

fn attribution_clause(between: &str) -> bool {
    let clause = between.trim_matches(|c: char| c.is_whitespace() || is_mark(c));
    let words = crate::text::words(clause).count();
    (1..=12).contains(&words) && clause.ends_with(['.', ',', ':']) && !clause.contains(is_mark)
}

fn ends_sentence(second: &str) -> bool {
    second.trim_end().ends_with(['.', '!', '?', '…'])
}

fn no_own_attribution(after: &str) -> bool {
    let rest = after.trim_start_matches(|c: char| c.is_whitespace() || is_mark(c));
    rest.chars().next().is_none_or(|c| c.is_uppercase())
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '’' | '\'' | '‹' | '›')
}

#[cfg(test)]
mod tests {
    use super::continues;

    fn ranges(paragraph: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut open = None;
        for (at, c) in paragraph.char_indices() {
            match (open, c) {
                (None, '“') => open = Some(at + c.len_utf8()),
                (Some(start), '”') => {
                    out.push((start, at));
                    open = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn a_quotation_split_around_its_attribution_continues() {
        let p = "“Ukraine receives weapons on a daily basis,” Zelensky said Thursday. “From real friends. I’m sure.”";
        let r = ranges(p);
        assert!(continues(p, r[0], r[1]));
    }

    #[test]
    fn a_second_quotation_with_its_own_attribution_does_not() {
        let p = "“He thought he could roll into Ukraine,” Biden continued. “From President Zelensky to every Ukrainian, their courage inspires the world,” the president said.";
        let r = ranges(p);
        assert!(!continues(p, r[0], r[1]));
    }

    #[test]
    fn a_first_quotation_that_ends_its_sentence_does_not() {
        let p = "“We will win.” He paused. “Next question.”";
        let r = ranges(p);
        assert!(!continues(p, r[0], r[1]));
    }
}
