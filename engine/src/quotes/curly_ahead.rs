//! Looking ahead in a paragraph for closing marks: whether “ inside an open
//! “ nests (“He calls it “hell” and means it.”) or shows that the open
//! quotation lacks its closer.

/// Counts of curly double marks still ahead in a paragraph, kept up to
/// date as the reading moves on, so that each question costs only the text
/// passed since the last one (linear in the paragraph however many marks
/// it holds).
#[derive(Default)]
pub struct CurlyAhead {
    /// Byte offset the counts start from; `None` until first asked.
    from: Option<usize>,
    opens: usize,
    closes: usize,
}

impl CurlyAhead {
    /// Whether enough “ ” closers lie at or after `at` to close both a
    /// quotation opened just before `at` and the one already open around
    /// it, after every “ still ahead has taken its own closer: then “ inside
    /// an open “ is a nested quotation written with the same marks (“He calls
    /// it “hell” and means it.”), not the sign of a missing closer.
    pub fn closes_both(&mut self, text: &str, at: usize) -> bool {
        let count = |s: &str| (s.matches('“').count(), s.matches('”').count());
        match self.from {
            None => (self.opens, self.closes) = count(&text[at..]),
            Some(from) => {
                let (opens, closes) = count(&text[from..at]);
                self.opens -= opens;
                self.closes -= closes;
            }
        }
        self.from = Some(at);
        self.closes >= self.opens + 2
    }
}
