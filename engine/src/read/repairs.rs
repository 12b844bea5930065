//! The list of repairs made while reading one article.

use crate::model::Repair;

/// Collects repairs in the order they are made.
#[derive(Debug, Default)]
pub struct RepairLog {
    repairs: Vec<Repair>,
}

impl RepairLog {
    /// Records one repair at a 1-based line (0 for the whole file).
    pub fn push(&mut self, line: u32, note: String) {
        self.repairs.push(Repair { line, note });
    }

    /// True when nothing was repaired (handy in tests).
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.repairs.is_empty()
    }

    /// The lines of the repairs, in order (handy in tests).
    #[cfg(test)]
    pub fn lines(&self) -> Vec<u32> {
        self.repairs.iter().map(|r| r.line).collect()
    }

    /// The recorded repairs.
    pub fn into_repairs(self) -> Vec<Repair> {
        self.repairs
    }

    /// The recorded notes (handy in tests).
    #[cfg(test)]
    pub fn notes(&self) -> Vec<&str> {
        self.repairs.iter().map(|r| r.note.as_str()).collect()
    }
}
