//! The page shell and its hash router.
//!
//! The router is a signal fed by the window's `hashchange` event, the pure
//! [`Route::parse`], and one `match` that picks the view. Links are plain
//! `<a href="#/…">`, so the browser keeps history: back/forward and reload
//! work under `file://` without any router library.

use crate::data::{embedded_index, provide_index, use_index};
use crate::route::Route;
use crate::scroll;
use crate::views::{count, NotFound, StatementList, StatementPage};
use gloo::events::EventListener;
use gloo::utils::{document, window};
use leptos::prelude::*;

/// The whole page: decodes the embedded index once, then routes.
#[component]
pub fn App() -> impl IntoView {
    remove_boot_message();
    match embedded_index() {
        Ok(index) => {
            provide_index(index);
            view! { <Shell/> }.into_any()
        }
        Err(error) => view! {
            <main class="page" data-testid="load-error">
                <p class="notice notice-error">"The embedded index could not be read: " {error.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}

/// Header, the routed view, and footer.
#[component]
fn Shell() -> impl IntoView {
    let index = use_index();
    let summary = format!(
        "{} · {}",
        count(index.statements.len(), "statement", "statements"),
        count(index.articles.len(), "article", "articles")
    );
    view! {
        <header class="site-header">
            <a class="site-title" href=Route::Statements.href() data-testid="home-link">"Quote Explorer"</a>
            <span class="site-summary" data-testid="corpus-summary">{summary}</span>
        </header>
        <main class="page" data-testid="page">
            <RoutedView/>
        </main>
        <footer class="site-footer">
            "Every quotation is shown exactly as its article words it. This page works offline."
        </footer>
    }
}

/// The view the current hash names.
#[component]
fn RoutedView() -> impl IntoView {
    let (hash, route) = use_hash_route();
    // Runs after the new view is in the page, so the position can be reached.
    Effect::new(move |_| {
        let hash = hash.get();
        request_animation_frame(move || scroll::restore(&hash));
    });
    move || match route.get() {
        Route::Statements => view! { <StatementList/> }.into_any(),
        Route::Statement(id) => view! { <StatementPage id/> }.into_any(),
        Route::Unknown(hash) => view! { <NotFound what="page" name=hash/> }.into_any(),
    }
}

/// The current hash and route, updated on every `hashchange` (links,
/// back/forward, typed addresses); the scroll position of the address left
/// behind is kept.
fn use_hash_route() -> (ReadSignal<String>, Memo<Route>) {
    let (hash, set_hash) = signal(current_hash());
    scroll::take_over_from_browser();
    // The listener lives as long as the page, like the app itself.
    EventListener::new(&window(), "hashchange", move |_| {
        hash.with_untracked(|left| scroll::remember(left));
        set_hash.set(current_hash());
    })
    .forget();
    (hash, Memo::new(move |_| Route::parse(&hash.get())))
}

/// `location.hash`, or empty when the browser will not say.
fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Removes the "Loading…" message `index.html` shows while the wasm starts.
fn remove_boot_message() {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
}
