//! Small components and helpers shared by the views.

use crate::route::Route;
use gloo::utils::document;
use leptos::prelude::*;
use quote_engine::Relation;

/// "1 article", "3 articles".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Sets the browser tab's title to `"<part> · Quote Explorer"` (just the name when `part` is empty).
pub fn set_page_title(part: &str) {
    let title = if part.is_empty() { "Quote Explorer".to_string() } else { format!("{part} · Quote Explorer") };
    document().set_title(&title);
}

/// The first `max_chars` characters of `text`, with an ellipsis when cut.
pub fn shorten(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

/// A quotation's words, set as a block quotation (marks come from the style sheet).
#[component]
pub fn QuoteText(
    /// The quoted words, without marks.
    text: String,
    /// Stable hook for tests.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    view! { <blockquote class="quote-text" data-testid=testid>{text}</blockquote> }
}

/// A speaker's name, or a muted note when the engine could not name one.
#[component]
pub fn SpeakerName(
    /// The canonical name, if known.
    speaker: Option<String>,
) -> impl IntoView {
    match speaker {
        Some(name) => view! { <span class="speaker" data-testid="speaker">{name}</span> }.into_any(),
        None => view! { <span class="speaker speaker-unknown" data-testid="speaker">"Speaker not identified"</span> }
            .into_any(),
    }
}

/// How an article's wording relates to the statement's representative wording.
#[component]
pub fn RelationBadge(
    /// The relation the engine found.
    relation: Relation,
) -> impl IntoView {
    let (class, label) = match relation {
        Relation::Same => ("same", "same wording"),
        Relation::Spelling => ("spelling", "spelling differs"),
        Relation::Part => ("part", "part of it"),
        Relation::Longer => ("longer", "longer version"),
        Relation::Overlap => ("overlap", "overlapping excerpt"),
        Relation::Translation => ("translation", "another translation"),
    };
    view! { <span class=format!("badge relation-{class}") data-testid="relation">{label}</span> }
}

/// A link back to the list of statements.
#[component]
pub fn BackToList() -> impl IntoView {
    view! {
        <a class="back-link" href=Route::Statements.href() data-testid="back-to-list">"← All statements"</a>
    }
}
