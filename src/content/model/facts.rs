//! Facts that date: helplines, SMART rule wording, minimum ages of common apps. Kept in
//! `lessons/facts.toml` so they are updated in one place and shown with their "checked" date.

use serde::{Deserialize, Serialize};

/// The dated facts file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// ISO date the facts were last checked.
    pub checked: String,
    /// Helplines (Childline, CEOP, 999 ...).
    pub helplines: Vec<Helpline>,
    /// SMART rule wording per rule slug.
    pub smart_rules: Vec<RuleWording>,
    /// Minimum ages in the terms of common apps.
    pub minimum_ages: Vec<MinimumAge>,
}

/// A helpline or reporting route.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// Stable id, e.g. `childline`.
    pub id: String,
    /// Name.
    pub name: String,
    /// How to reach it (phone number or web address).
    pub contact: String,
    /// When to use it.
    pub when: String,
}

/// The wording of one SMART rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleWording {
    /// Rule slug.
    pub rule: crate::domain::smart::SmartRule,
    /// Short name ("Safe").
    pub name: String,
    /// Child-friendly wording.
    pub text: String,
}

/// A service's minimum age.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinimumAge {
    /// Service name.
    pub service: String,
    /// Minimum age in its terms.
    pub age: u8,
}
