//! The five SMART rules. Their wording lives in `lessons/facts.toml` (one dated place).

use serde::{Deserialize, Serialize};

/// A SMART rule: Safe, Meet, Accepting, Reliable, Tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmartRule {
    /// Keep personal information safe.
    Safe,
    /// Never meet someone you only know online without a trusted adult.
    Meet,
    /// Think before accepting or opening messages, files, links or requests.
    Accepting,
    /// Not everything online is true: check.
    Reliable,
    /// Tell a trusted adult when something worries you.
    Tell,
}

impl SmartRule {
    /// The rules in S-M-A-R-T order.
    pub const ALL: [SmartRule; 5] = [
        SmartRule::Safe,
        SmartRule::Meet,
        SmartRule::Accepting,
        SmartRule::Reliable,
        SmartRule::Tell,
    ];

    /// Machine-readable slug.
    pub fn slug(self) -> &'static str {
        match self {
            SmartRule::Safe => "safe",
            SmartRule::Meet => "meet",
            SmartRule::Accepting => "accepting",
            SmartRule::Reliable => "reliable",
            SmartRule::Tell => "tell",
        }
    }

    /// The letter shown on results screens.
    pub fn letter(self) -> char {
        match self {
            SmartRule::Safe => 'S',
            SmartRule::Meet => 'M',
            SmartRule::Accepting => 'A',
            SmartRule::Reliable => 'R',
            SmartRule::Tell => 'T',
        }
    }

    /// Parses a slug.
    pub fn from_slug(s: &str) -> Option<SmartRule> {
        SmartRule::ALL.into_iter().find(|x| x.slug() == s)
    }
}
