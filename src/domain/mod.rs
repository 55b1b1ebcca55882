//! Pure domain rules and records. No browser APIs here, so `cargo test` covers it all natively.

pub mod academic_year;
pub mod band;
pub mod ids;
pub mod pin;
pub mod quiz_logic;
pub mod presenter;
pub mod records;
pub mod roster;
pub mod school;
pub mod sentences;
pub mod smart;
pub mod strand;
pub mod ink_svg;
pub mod mastery;
