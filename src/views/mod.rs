//! The page's views, one module per route, and the small parts they share.
//!
//! Every view reads the index through [`crate::data::use_index`] and renders
//! article text as text nodes only: nothing from an article is ever parsed
//! as HTML.

mod not_found;
mod parts;
mod statement_list;
mod statement_page;

pub use not_found::NotFound;
pub use parts::count;
pub use statement_list::StatementList;
pub use statement_page::StatementPage;
