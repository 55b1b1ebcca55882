//! The eight strands of UKCIS "Education for a Connected World".

use serde::{Deserialize, Serialize};

/// One of the eight Education for a Connected World strands (slugs fixed by the content format).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strand {
    /// Self-image and identity.
    SelfImageAndIdentity,
    /// Online relationships.
    OnlineRelationships,
    /// Online reputation.
    OnlineReputation,
    /// Online bullying.
    OnlineBullying,
    /// Managing online information.
    ManagingOnlineInformation,
    /// Health, wellbeing and lifestyle.
    HealthWellbeingAndLifestyle,
    /// Privacy and security.
    PrivacyAndSecurity,
    /// Copyright and ownership.
    CopyrightAndOwnership,
}

impl Strand {
    /// All eight strands in framework order.
    pub const ALL: [Strand; 8] = [
        Strand::SelfImageAndIdentity,
        Strand::OnlineRelationships,
        Strand::OnlineReputation,
        Strand::OnlineBullying,
        Strand::ManagingOnlineInformation,
        Strand::HealthWellbeingAndLifestyle,
        Strand::PrivacyAndSecurity,
        Strand::CopyrightAndOwnership,
    ];

    /// Machine-readable slug, also the suffix of its Fluent label key (`strand-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Strand::SelfImageAndIdentity => "self-image-and-identity",
            Strand::OnlineRelationships => "online-relationships",
            Strand::OnlineReputation => "online-reputation",
            Strand::OnlineBullying => "online-bullying",
            Strand::ManagingOnlineInformation => "managing-online-information",
            Strand::HealthWellbeingAndLifestyle => "health-wellbeing-and-lifestyle",
            Strand::PrivacyAndSecurity => "privacy-and-security",
            Strand::CopyrightAndOwnership => "copyright-and-ownership",
        }
    }

    /// Parses a slug.
    pub fn from_slug(s: &str) -> Option<Strand> {
        Strand::ALL.into_iter().find(|x| x.slug() == s)
    }
}
