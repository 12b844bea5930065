//! Scroll positions per address: a newly opened view starts at the top, and
//! back/forward return the reader to where they were in it.

use gloo::utils::window;
use std::cell::RefCell;
use web_sys::ScrollRestoration;
use std::collections::HashMap;

thread_local! {
    /// The last scroll position of each address (by its hash) the reader left.
    static POSITIONS: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
}

/// Stops the browser from restoring positions itself on back/forward: it
/// would do so before `hashchange`, while the old view is still shown.
pub fn take_over_from_browser() {
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(ScrollRestoration::Manual);
    }
}

/// Records the current scroll position as `hash`'s, before the page leaves it.
pub fn remember(hash: &str) {
    let y = window().scroll_y().unwrap_or(0.0);
    POSITIONS.with(|positions| positions.borrow_mut().insert(hash.to_string(), y));
}

/// Scrolls to where the reader last left `hash`, or to the top.
pub fn restore(hash: &str) {
    let y = POSITIONS.with(|positions| positions.borrow().get(hash).copied()).unwrap_or(0.0);
    window().scroll_to_with_x_and_y(0.0, y);
}
