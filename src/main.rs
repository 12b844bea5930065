//! Quote Explorer, the page: pick a quotation and see every article that
//! carries it, with each article's attribution.
//!
//! A Leptos client-side app compiled to wasm32. The index it shows is built
//! from the corpus by `build.rs` and embedded in the binary; `cargo xtask
//! build` turns the result into one self-contained `dist/index.html`.

mod app;
mod data;
mod route;
mod scroll;
mod views;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
