//! Passphrase strength for encrypted bundles: the passphrase is the only thing protecting
//! pupils' data once a bundle leaves the device, so weak ones are refused with reasons the
//! coordinator can act on (shown through Fluent keys).

/// Shortest passphrase accepted.
pub const MIN_LEN: usize = 12;

/// Something wrong with a passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseIssue {
    /// Fewer than [`MIN_LEN`] characters.
    TooShort,
    /// One kind of character only and fewer than three words.
    TooSimple,
    /// Mostly one repeated character or a run like "abcd"/"1234".
    Repetitive,
    /// A well-known password or a school word.
    Common,
}

impl PassphraseIssue {
    /// Fluent key of the explanation.
    pub fn message_key(self) -> &'static str {
        match self {
            PassphraseIssue::TooShort => "export-pass-too-short",
            PassphraseIssue::TooSimple => "export-pass-too-simple",
            PassphraseIssue::Repetitive => "export-pass-repetitive",
            PassphraseIssue::Common => "export-pass-common",
        }
    }
}

/// The verdict: a 0-4 score for the meter, the problems, and whether export may go ahead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strength {
    /// 0 (very weak) to 4 (strong).
    pub score: u8,
    /// Problems found (empty for a good passphrase).
    pub issues: Vec<PassphraseIssue>,
}

impl Strength {
    /// True when export may use this passphrase.
    pub fn acceptable(&self) -> bool {
        self.issues.is_empty() && self.score >= 3
    }
}

const COMMON: [&str; 16] = [
    "password", "passw0rd", "123456", "qwerty", "letmein", "welcome", "iloveyou", "admin", "school", "bytesmart",
    "teacher", "monkey", "dragon", "football", "abc123", "sunshine",
];

/// Rates a passphrase. Long multi-word phrases score well without symbols.
pub fn check_passphrase(p: &str) -> Strength {
    let chars: Vec<char> = p.chars().collect();
    let len = chars.len();
    let mut issues = vec![];
    if len < MIN_LEN {
        issues.push(PassphraseIssue::TooShort);
    }
    let kinds = [
        chars.iter().any(|c| c.is_lowercase()),
        chars.iter().any(|c| c.is_uppercase()),
        chars.iter().any(|c| c.is_numeric()),
        chars.iter().any(|c| !c.is_alphanumeric() && !c.is_whitespace()),
    ]
    .iter()
    .filter(|k| **k)
    .count();
    let words = p.split(|c: char| c.is_whitespace() || c == '-' || c == '_' || c == '.').filter(|w| w.chars().count() >= 3).count();
    if kinds <= 1 && words < 3 && len > 0 {
        issues.push(PassphraseIssue::TooSimple);
    }
    let distinct = {
        let mut d = chars.clone();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    let steps = chars.windows(2).filter(|w| (w[1] as i64 - w[0] as i64).abs() <= 1).count();
    if len > 0 && (distinct * 3 < len.min(12) || steps * 3 >= len.saturating_sub(1) * 2 && len > 2) {
        issues.push(PassphraseIssue::Repetitive);
    }
    let lower = p.to_lowercase();
    let stripped: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    // A common word padded with a few characters or only digits ("Password1234") is common too.
    let padded = |c: &str| {
        stripped.find(c).is_some_and(|i| {
            let rest = format!("{}{}", &stripped[..i], &stripped[i + c.len()..]);
            rest.len() <= 4 || rest.chars().all(|ch| ch.is_ascii_digit())
        })
    };
    if COMMON.iter().any(|c| padded(c)) {
        issues.push(PassphraseIssue::Common);
    }
    // Rough entropy estimate: character pool ^ length, with a bonus for several words.
    let pool = [26.0, 26.0, 10.0, 20.0];
    let kinds_pool: f64 = [
        chars.iter().any(|c| c.is_lowercase()),
        chars.iter().any(|c| c.is_uppercase()),
        chars.iter().any(|c| c.is_numeric()),
        chars.iter().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .zip(pool)
    .filter(|(k, _)| **k)
    .map(|(_, n)| n)
    .sum::<f64>()
    .max(1.0);
    let bits = distinct.min(len) as f64 * kinds_pool.log2() * 0.5 + len as f64 * 1.5 + words as f64 * 4.0;
    let mut score = match bits {
        b if b < 30.0 => 0,
        b if b < 45.0 => 1,
        b if b < 60.0 => 2,
        b if b < 80.0 => 3,
        _ => 4,
    };
    if !issues.is_empty() {
        score = score.min(2);
    }
    Strength { score, issues }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passphrases_are_refused_with_reasons() {
        assert!(check_passphrase("").issues.contains(&PassphraseIssue::TooShort));
        assert!(check_passphrase("short1!").issues.contains(&PassphraseIssue::TooShort));
        assert!(check_passphrase("aaaaaaaaaaaaaaaa").issues.contains(&PassphraseIssue::Repetitive));
        assert!(check_passphrase("abcdefghijklmnop").issues.contains(&PassphraseIssue::Repetitive));
        assert!(check_passphrase("Password1234").issues.contains(&PassphraseIssue::Common));
        assert!(check_passphrase("onlylowercaseletters").issues.contains(&PassphraseIssue::TooSimple));
        for weak in ["", "short1!", "aaaaaaaaaaaaaaaa", "Password1234", "onlylowercaseletters", "123456789012"] {
            let s = check_passphrase(weak);
            assert!(!s.acceptable(), "{weak} accepted: {s:?}");
            assert!(s.score <= 2);
        }
    }

    #[test]
    fn long_phrases_and_mixed_passwords_pass() {
        for good in ["purple tractor sings loudly", "Kestrel-Robin-2026!", "maple otter window cloud"] {
            let s = check_passphrase(good);
            assert!(s.acceptable(), "{good} refused: {s:?}");
            assert!(s.score >= 3);
        }
        assert!(check_passphrase("purple tractor sings loudly at dawn").score >= 4);
    }
}
