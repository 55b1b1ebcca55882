//! Pure domain rules and records. No browser APIs here, so `cargo test` covers it all natively.

pub mod academic_year;
pub mod aup;
pub mod aup_scan;
pub mod aup_text;
pub mod aup_token;
pub mod band;
pub mod ids;
pub mod ink_svg;
pub mod mastery;
pub mod pin;
pub mod presenter;
pub mod quiz_logic;
pub mod records;
pub mod roster;
pub mod school;
pub mod sentences;
pub mod smart;
pub mod strand;
