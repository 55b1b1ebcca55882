//! Lessons, quizzes and AUPs: teacher-editable TOML under `lessons/`, validated by `build.rs`
//! (errors name file and field) and compiled in as JSON. The model files are shared with
//! `build.rs`, so what the build checks is exactly what the app reads.

pub mod lesson_run;
pub mod localize;
pub mod model;
pub mod translate;

mod embedded;
pub use embedded::*;

#[cfg(not(target_arch = "wasm32"))]
pub mod build_support;
