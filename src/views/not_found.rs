//! The view for an address that names nothing in the index.

use super::parts::{set_page_title, BackToList};
use leptos::prelude::*;

/// Says plainly what was not found, with a way back.
#[component]
pub fn NotFound(
    /// What kind of thing was asked for ("statement", "page").
    what: &'static str,
    /// The id or address that was asked for, shown as written.
    name: String,
) -> impl IntoView {
    set_page_title("Not found");
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>"Nothing here"</h1>
            <p>"This corpus has no " {what} " " <code>{name}</code> "."</p>
            <p class="hint">"The link may come from a page built from other articles."</p>
            <BackToList/>
        </section>
    }
}
