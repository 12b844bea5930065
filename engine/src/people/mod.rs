//! People: one canonical name per person across the corpus.
//!
//! This first version maps a bare surname ("Konashenkov") to the longest full
//! name ending in that surname that the corpus also uses ("Igor Konashenkov").

use crate::model::{Attribution, Quotation};
use std::collections::HashMap;

/// Rewrites every `speaker` to its canonical full name.
pub fn unify(found: &mut [Vec<(Quotation, Attribution)>]) {
    let mut longest_by_surname: HashMap<String, String> = HashMap::new();
    for (_, attribution) in found.iter().flatten() {
        if let Some(name) = &attribution.speaker {
            let surname = name.rsplit(' ').next().unwrap_or(name).to_string();
            let entry = longest_by_surname.entry(surname).or_default();
            if name.len() > entry.len() {
                *entry = name.clone();
            }
        }
    }
    for (_, attribution) in found.iter_mut().flatten() {
        if let Some(name) = &attribution.speaker {
            let surname = name.rsplit(' ').next().unwrap_or(name);
            if let Some(full) = longest_by_surname.get(surname) {
                attribution.speaker = Some(full.clone());
            }
        }
    }
}
