//! Message keys built at run time from data (e.g. `strand-<slug>`). Listed here so the
//! completeness test can check each exists in every locale and is not reported as unused.

use crate::domain::band::Band;
use crate::domain::smart::SmartRule;
use crate::domain::strand::Strand;

/// Every key the code builds dynamically.
pub fn dynamic_keys() -> Vec<String> {
    let mut keys = vec![];
    keys.extend(Strand::ALL.iter().map(|s| format!("strand-{}", s.slug())));
    keys.extend(SmartRule::ALL.iter().map(|r| format!("rule-{}", r.slug())));
    keys.extend(Band::ALL.iter().map(|b| format!("band-{}", b.slug())));
    keys.extend(
        ["storage-error-quota", "storage-error-blocked", "storage-error-write", "storage-error-unavailable", "storage-error-other"]
            .map(String::from),
    );
    keys.extend(crate::domain::quiz_logic::fluent_keys());
    // Coordinator export/import (crate::export): passphrase meter, issues and refusal reasons.
    keys.extend((0..=4).map(|n| format!("export-strength-{n}")));
    keys.extend(
        [
            "export-pass-too-short",
            "export-pass-too-simple",
            "export-pass-repetitive",
            "export-pass-common",
            "import-refused-corrupt",
            "import-refused-truncated",
            "import-refused-passphrase",
            "import-refused-tampered",
            "import-refused-passphrase-needed",
            "import-refused-other-school",
            "import-refused-future",
        ]
        .map(String::from),
    );
    keys.extend(["mother", "father", "carer", "grandparent", "other"].map(|r| format!("aup-rel-{r}")));
    keys.extend(
        ["malformed", "forged", "other-school", "outdated", "unknown-pupil", "already-imported", "no-signature"]
            .map(|r| format!("aup-refused-{r}")),
    );
    keys
}
