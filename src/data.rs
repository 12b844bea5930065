//! The index the page shows: embedded at build time, decoded once at start,
//! and shared with every view through a Leptos context.

use leptos::prelude::*;
use quote_engine::Index;
use std::sync::Arc;

/// The index as `build.rs` wrote it: postcard bytes of [`Index`].
static EMBEDDED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

/// Decodes the embedded index.
pub fn embedded_index() -> Result<Index, postcard::Error> {
    postcard::from_bytes(EMBEDDED_INDEX)
}

/// The shared, read-only index every view reads (cheap to clone).
#[derive(Clone)]
pub struct IndexContext(pub Arc<Index>);

/// Makes `index` available to every view below the caller.
pub fn provide_index(index: Index) {
    provide_context(IndexContext(Arc::new(index)));
}

/// The index provided by [`provide_index`].
pub fn use_index() -> Arc<Index> {
    expect_context::<IndexContext>().0
}
