//! ByteSmart: offline-first online-safety lessons, SMART quizzes and AUP signing for UK schools.
//!
//! The crate is layered so the folder tree shows the design:
//! - [`domain`]: pure rules and records (bands, academic years, scoring, AUP hashing, PINs).
//! - [`content`]: lessons, quizzes and AUPs compiled from `lessons/` at build time.
//! - [`i18n`]: Fluent catalogues for every locale, pure and testable natively.
//! - [`export`]: CSV / JSON / encrypted bundle out, import and merge in (pure).
//! - `storage` (browser only): the one module that talks to IndexedDB.
//! - `ui` (browser only): the Leptos app shell and screens, one folder per role.

pub mod content;
pub mod domain;
pub mod export;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Browser entry point: mounts the app into `<body>`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    ui::mount();
}
