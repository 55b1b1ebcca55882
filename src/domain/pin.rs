//! Staff PINs: salted PBKDF2-HMAC-SHA256, never stored in plain text, with back-off on misses.

use serde::{Deserialize, Serialize};

/// Iterations for PBKDF2. High enough to slow guessing of a short PIN, low enough for a tablet.
pub const PBKDF2_ROUNDS: u32 = 60_000;

/// A stored PIN: salt and derived key, both base64.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PinHash {
    /// Random salt (base64).
    pub salt: String,
    /// PBKDF2 output (base64).
    pub hash: String,
    /// Rounds used (kept so the cost can be raised later).
    pub rounds: u32,
}

/// Why a PIN was not accepted when set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinProblem {
    /// Fewer than 4 digits or more than 8.
    Length,
    /// Contains something other than digits.
    NotDigits,
    /// All the same digit or a straight run like 1234.
    TooEasy,
}

/// Checks a new PIN is 4-8 digits and not trivially guessable.
pub fn check_new_pin(pin: &str) -> Result<(), PinProblem> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinProblem::NotDigits);
    }
    if !(4..=8).contains(&pin.len()) {
        return Err(PinProblem::Length);
    }
    let d: Vec<i32> = pin.bytes().map(|b| (b - b'0') as i32).collect();
    let same = d.windows(2).all(|w| w[0] == w[1]);
    let up = d.windows(2).all(|w| w[1] - w[0] == 1);
    let down = d.windows(2).all(|w| w[0] - w[1] == 1);
    if same || up || down {
        return Err(PinProblem::TooEasy);
    }
    Ok(())
}

/// Hashes a PIN with the given salt.
pub fn hash_pin(pin: &str, salt: &[u8]) -> PinHash {
    hash_pin_with_rounds(pin, salt, PBKDF2_ROUNDS)
}

fn hash_pin_with_rounds(pin: &str, salt: &[u8], rounds: u32) -> PinHash {
    use base64::Engine as _;
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin.as_bytes(), salt, rounds, &mut out);
    let b64 = base64::engine::general_purpose::STANDARD;
    PinHash { salt: b64.encode(salt), hash: b64.encode(out), rounds }
}

/// True when `pin` matches the stored hash (constant-time comparison).
pub fn verify_pin(pin: &str, stored: &PinHash) -> bool {
    use base64::Engine as _;
    let Ok(salt) = base64::engine::general_purpose::STANDARD.decode(&stored.salt) else {
        return false;
    };
    let fresh = hash_pin_with_rounds(pin, &salt, stored.rounds.max(1));
    let (a, b) = (fresh.hash.as_bytes(), stored.hash.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Seconds to wait after `failures` wrong PINs in a row: none for the first 3, then doubling
/// from 5 s up to 5 minutes.
pub fn backoff_seconds(failures: u32) -> u32 {
    if failures < 3 {
        0
    } else {
        (5u32 << (failures - 3).min(6)).min(300)
    }
}

/// Minutes of inactivity after which a staff session locks.
pub const STAFF_IDLE_MINUTES: u32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_round_trip_and_rejection() {
        let h = hash_pin("4862", b"0123456789abcdef");
        assert!(!h.hash.contains("4862"));
        assert!(verify_pin("4862", &h));
        assert!(!verify_pin("4863", &h));
        assert!(!verify_pin("", &h));
        let other = hash_pin("4862", b"fedcba9876543210");
        assert_ne!(h.hash, other.hash, "salt must change the hash");
    }

    #[test]
    fn weak_pins_are_refused() {
        assert_eq!(check_new_pin("12"), Err(PinProblem::Length));
        assert_eq!(check_new_pin("12a4"), Err(PinProblem::NotDigits));
        assert_eq!(check_new_pin("1111"), Err(PinProblem::TooEasy));
        assert_eq!(check_new_pin("1234"), Err(PinProblem::TooEasy));
        assert_eq!(check_new_pin("9876"), Err(PinProblem::TooEasy));
        assert_eq!(check_new_pin("4862"), Ok(()));
    }

    #[test]
    fn backoff_grows_and_caps() {
        assert_eq!(backoff_seconds(0), 0);
        assert_eq!(backoff_seconds(2), 0);
        assert_eq!(backoff_seconds(3), 5);
        assert_eq!(backoff_seconds(4), 10);
        assert_eq!(backoff_seconds(20), 300);
    }
}
