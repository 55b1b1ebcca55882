//! Content shapes and their validation. Only `serde` and `std` here: `build.rs` includes
//! these files directly.

pub mod aup;
pub mod error;
pub mod facts;
pub mod lesson;
pub mod quiz;

pub use error::ContentError;
