//! A content validation error that names the file, the item and the field.

use std::fmt;

/// One problem found in a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// Path of the file relative to the repository (e.g. `lessons/ks1/k1-01.toml`).
    pub file: String,
    /// The lesson / question / AUP id, when known.
    pub item: String,
    /// Field path inside the item, e.g. `steps[2].answers`.
    pub field: String,
    /// What is wrong, for a teacher to fix.
    pub message: String,
}

impl ContentError {
    /// Builds an error.
    pub fn new(file: &str, item: &str, field: &str, message: impl Into<String>) -> Self {
        ContentError { file: file.into(), item: item.into(), field: field.into(), message: message.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: '{}' field `{}`: {}", self.file, self.item, self.field, self.message)
    }
}
