//! Fluent catalogues for every supported locale. Pure: the UI wraps this in a reactive signal.
//!
//! Every `.ftl` file under `locales/<code>/` is compiled in by `build.rs`; adding a file needs
//! no code change. A key missing in a locale falls back to en-GB; missing everywhere shows
//! `⟦key⟧` so end-to-end tests can spot it.

pub mod catalog;
pub mod keys;
pub mod locales;

pub use catalog::{Catalog, Arg};
pub use locales::{Locale, DEFAULT_LOCALE, LOCALES};
