//! Quotations that repeat an attributed one: a pull quote (a heading or
//! caption repeating a body quotation) or a quotation quoted twice takes
//! that one's attribution.

use crate::model::{Article, Attribution, Quotation, Role};

/// A quotation with no attribution that repeats part of an attributed one
/// (a pull quote, a quotation quoted twice) takes that one's attribution.
/// A pull quote (a heading or caption repeating a body quotation) takes
/// the body quotation's attribution even when a guess was made for it.
pub(super) fn repeat(article: &Article, quotations: &[Quotation], out: &mut [Attribution]) {
    const NEIGHBOURS: usize = 40;
    let mut lowered: Vec<Option<String>> = vec![None; quotations.len()];
    let outside_body = |q: &Quotation| q.parts.first().and_then(|s| article.paragraphs.get(s.paragraph)).is_some_and(|p| p.role != Role::Body);
    for i in 0..quotations.len() {
        let pull = outside_body(&quotations[i]) && !out[i].direct;
        // "which the government calls the “Classroom Modernization Act”": a
        // name in the body that later speech repeats is no one's words.
        let named = quotations[i].kind == crate::model::Kind::Phrase && !outside_body(&quotations[i]);
        if (out[i].speaker.is_some() && !pull) || named || quotations[i].text.len() < 12 {
            continue;
        }
        let needle = quotations[i].text.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let nearby = i.saturating_sub(NEIGHBOURS)..(i + NEIGHBOURS).min(quotations.len());
        let source = nearby.into_iter().find(|&j| {
            j != i && out[j].speaker.is_some() && lowered[j].get_or_insert_with(|| quotations[j].text.to_lowercase()).contains(&needle)
        });
        if let Some(j) = source {
            // "The recording shows she did say “…”": a body sentence that
            // repeats the words credits no channel of the other sentence.
            let via = if pull { out[j].via.clone() } else { None };
            out[i] = Attribution { direct: false, via, ..out[j].clone() };
        }
    }
}
