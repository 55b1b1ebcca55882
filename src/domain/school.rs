//! Setting a tablet up for a school: the shared school key, its public fingerprint, the
//! enrolment code that copies the school to another device, and the demo school.

use crate::domain::academic_year::AcademicYear;
use crate::domain::records::{Class, Pupil, PupilPrefs};
use base64::Engine as _;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Makes a school key from 32 random bytes (base64url). Shared by all of a school's devices.
pub fn new_school_key(random: [u8; 32]) -> String {
    B64.encode(random)
}

/// The school key's fingerprint: safe to show and to put in exports, identifies the school
/// without revealing the key.
pub fn school_ref(school_key: &str) -> String {
    let digest = Sha256::new().chain_update(b"bytesmart-school-ref:").chain_update(school_key.as_bytes()).finalize();
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// What another device needs to join the school.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrolment {
    /// School name.
    pub school_name: String,
    /// Academic year the school is in.
    pub academic_year: AcademicYear,
    /// The shared school key.
    pub school_key: String,
}

/// Why an enrolment code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnrolmentError {
    /// Not a ByteSmart enrolment code at all.
    NotACode,
    /// Looks like one but a character is wrong or missing (typo, cut short).
    Damaged,
}

const PREFIX: &str = "BSE1";

fn checksum(payload: &str) -> String {
    Sha256::digest(payload.as_bytes()).iter().take(4).map(|b| format!("{b:02x}")).collect()
}

impl Enrolment {
    /// Encodes as a single pasteable line (also the content of an enrolment file).
    pub fn encode(&self) -> String {
        let payload = B64.encode(serde_json::to_vec(self).expect("enrolment serialises"));
        format!("{PREFIX}.{payload}.{}", checksum(&payload))
    }

    /// Decodes a pasted code or file content (whitespace and line breaks are ignored).
    pub fn decode(text: &str) -> Result<Enrolment, EnrolmentError> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let mut parts = compact.split('.');
        if parts.next() != Some(PREFIX) {
            return Err(EnrolmentError::NotACode);
        }
        let (Some(payload), Some(sum), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(EnrolmentError::Damaged);
        };
        if checksum(payload) != sum {
            return Err(EnrolmentError::Damaged);
        }
        let bytes = B64.decode(payload).map_err(|_| EnrolmentError::Damaged)?;
        let e: Enrolment = serde_json::from_slice(&bytes).map_err(|_| EnrolmentError::Damaged)?;
        if e.school_key.len() < 32 || e.school_name.trim().is_empty() {
            return Err(EnrolmentError::Damaged);
        }
        Ok(e)
    }
}

/// Picture symbols KS1 pupils can pick to find their name (ids in lessons/pictures.toml).
pub const PUPIL_SYMBOLS: [&str; 12] =
    ["cat", "dog", "owl", "fox", "bear", "rabbit", "lion", "penguin", "frog", "star", "sun", "heart"];

/// The demo school's classes and pupils: clearly sample data, fixed ids so it can be removed.
pub fn demo_roster(now: DateTime<Utc>) -> (Vec<Class>, Vec<Pupil>) {
    let classes = vec![
        Class { id: "demo-class-robins".into(), name: "Year 2 Robins".into(), year_group: 2, archived: false, updated_at: now },
        Class { id: "demo-class-kestrels".into(), name: "Year 5 Kestrels".into(), year_group: 5, archived: false, updated_at: now },
    ];
    let robins = ["Amira K.", "Ben T.", "Chloe W.", "Dev P.", "Ella M.", "Finn O."];
    let kestrels = ["Grace H.", "Harun S.", "Isla R.", "Jack D.", "Kasia N.", "Leo B."];
    let mut pupils = vec![];
    for (i, n) in robins.iter().enumerate() {
        pupils.push(Pupil {
            id: format!("demo-pupil-r{i}"),
            class_id: "demo-class-robins".into(),
            display_name: (*n).into(),
            admission_number: Some(format!("D10{i}")),
            symbol: Some(PUPIL_SYMBOLS[i].into()),
            prefs: PupilPrefs::default(),
            updated_at: now,
        });
    }
    for (i, n) in kestrels.iter().enumerate() {
        pupils.push(Pupil {
            id: format!("demo-pupil-k{i}"),
            class_id: "demo-class-kestrels".into(),
            display_name: (*n).into(),
            admission_number: Some(format!("D20{i}")),
            symbol: None,
            prefs: PupilPrefs::default(),
            updated_at: now,
        });
    }
    (classes, pupils)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enrolment_round_trip_and_damage_detection() {
        let e = Enrolment { school_name: "Oak Hill Primary".into(), academic_year: AcademicYear(2026), school_key: new_school_key([7; 32]) };
        let code = e.encode();
        assert!(code.starts_with("BSE1."));
        assert_eq!(Enrolment::decode(&code), Ok(e.clone()));
        // Pasted with line breaks and spaces still works.
        let wrapped: String = code.chars().enumerate().flat_map(|(i, c)| if i % 20 == 19 { vec![c, '\n'] } else { vec![c] }).collect();
        assert_eq!(Enrolment::decode(&wrapped), Ok(e));
        // One changed character is caught.
        let mut bad: Vec<char> = code.chars().collect();
        let i = bad.len() / 2;
        bad[i] = if bad[i] == 'A' { 'B' } else { 'A' };
        assert_eq!(Enrolment::decode(&bad.into_iter().collect::<String>()), Err(EnrolmentError::Damaged));
        assert_eq!(Enrolment::decode(&code[..code.len() - 3]), Err(EnrolmentError::Damaged));
        assert_eq!(Enrolment::decode("hello"), Err(EnrolmentError::NotACode));
    }

    #[test]
    fn school_ref_identifies_key_without_revealing_it() {
        let k1 = new_school_key([1; 32]);
        let k2 = new_school_key([2; 32]);
        assert_eq!(school_ref(&k1), school_ref(&k1));
        assert_ne!(school_ref(&k1), school_ref(&k2));
        assert_eq!(school_ref(&k1).len(), 12);
        assert!(!k1.contains(&school_ref(&k1)));
    }

    #[test]
    fn demo_school_has_a_ks1_and_a_ks2_class_with_pupils() {
        use crate::domain::band::Band;
        let (classes, pupils) = demo_roster(DateTime::<Utc>::default());
        assert_eq!(classes.iter().map(|c| c.band()).collect::<Vec<_>>(), vec![Band::Ks1, Band::Ks2]);
        for c in &classes {
            assert!(pupils.iter().filter(|p| p.class_id == c.id).count() >= 6);
        }
        // KS1 pupils have picture symbols to find themselves.
        assert!(pupils.iter().filter(|p| p.class_id == "demo-class-robins").all(|p| p.symbol.is_some()));
    }
}
