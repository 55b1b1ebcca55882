//! Per-locale translations of content, applied field by field with fallback to en-GB.
//!
//! A translation file sits beside the content it translates (`<name>.<locale>.toml`) and maps
//! text paths (as produced by `texts_mut`) to strings. Untranslated fields keep en-GB, and a
//! `machine_translated` flag travels with every field so the UI can mark unreviewed text.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A translation of one content item into one locale.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Id of the lesson / quiz question / AUP translated.
    pub of: String,
    /// Locale code.
    pub locale: String,
    /// True until a fluent speaker has reviewed it.
    #[serde(default)]
    pub machine_translated: bool,
    /// Text path -> translated text.
    pub text: BTreeMap<String, String>,
}

/// What happened when a translation was applied.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    /// Paths that were translated.
    pub translated: usize,
    /// Paths that stayed in en-GB.
    pub fallback: usize,
    /// Whether any translated text is unreviewed machine translation.
    pub machine_translated: bool,
}

/// Applies `tr` to the item's texts (given as path/field pairs); unknown paths are ignored here
/// (build.rs rejects them).
pub fn apply(fields: Vec<(String, &mut String)>, tr: Option<&Translation>) -> Applied {
    let mut applied = Applied::default();
    for (path, field) in fields {
        match tr.and_then(|t| t.text.get(&path)) {
            Some(s) if !s.trim().is_empty() => {
                *field = s.clone();
                applied.translated += 1;
            }
            _ => applied.fallback += 1,
        }
    }
    applied.machine_translated = applied.translated > 0 && tr.is_some_and(|t| t.machine_translated);
    applied
}
