//! Getting records out (CSV, JSON, encrypted bundle) and back in (import and merge), plus
//! retention planning and the coordinator's report figures. Pure: no browser APIs, so
//! `cargo test` covers it natively; storage and UI call into it.

pub mod bundle;
pub mod csv_out;
pub mod import;
pub mod merge;
pub mod passphrase;
pub mod record_set;
pub mod report;
pub mod retention;
pub mod zip_aes;
pub mod sample;
