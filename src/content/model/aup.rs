//! The pupil Acceptable Use Policy (AUP) per band, as written in `lessons/aup/<band>.toml`.
//!
//! The built-in text is the starting point; a school may publish its own edited version (see
//! `crate::domain::aup`), and a signature binds to the hash of exactly what was signed.

use super::ContentError;
use crate::domain::band::Band;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Longest statement we accept: each statement should be one short idea a pupil can read.
pub const MAX_STATEMENT_CHARS: usize = 140;

/// One promise in the AUP. Short, one idea, optionally with a picture symbol (KS1 needs one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AupStatement {
    /// Stable id inside the AUP, so translations and edits follow the statement, not its position.
    pub id: String,
    /// The promise, in the pupil's voice ("I will ...").
    pub text: String,
    /// Picture symbol id from `lessons/pictures.toml`.
    #[serde(default)]
    pub picture: Option<String>,
}

/// An AUP for one band.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aup {
    /// Id, `aup-<band>` (e.g. `aup-ks2`); signatures and letters refer to it.
    pub id: String,
    /// The age band it is written for.
    pub band: Band,
    /// Which academic year the text is meant for: `"every"` (default; signed again each year)
    /// or a label like `"2026-27"` for a text that only applies to that year.
    #[serde(default = "every_year")]
    pub academic_year: String,
    /// Title shown above the statements and on letters.
    pub title: String,
    /// A sentence or two explaining why we have the agreement.
    pub intro: String,
    /// The promises, in reading order.
    pub statements: Vec<AupStatement>,
    /// The closing pledge the pupil signs under.
    pub pledge: String,
    /// What the parent or carer agrees to when co-signing.
    pub parent_statement: String,
    /// The covering letter sent home with the AUP.
    pub parent_letter: String,
}

fn every_year() -> String {
    "every".into()
}

impl Aup {
    /// Every translatable text with a stable path (statements by id, not by position).
    pub fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut out: Vec<(String, &mut String)> = vec![
            ("title".into(), &mut self.title),
            ("intro".into(), &mut self.intro),
            ("pledge".into(), &mut self.pledge),
            ("parent_statement".into(), &mut self.parent_statement),
            ("parent_letter".into(), &mut self.parent_letter),
        ];
        for s in self.statements.iter_mut() {
            out.push((format!("statement.{}", s.id), &mut s.text));
        }
        out
    }

    /// True when the academic-year field covers the given year label (e.g. "2026-27").
    pub fn applies_to_year(&self, label: &str) -> bool {
        self.academic_year == "every" || self.academic_year == label
    }

    /// Validates the AUP: errors name the file, the AUP id and the field.
    pub fn validate(&self, file: &str, picture_ids: &BTreeSet<String>) -> Vec<ContentError> {
        let mut errs = vec![];
        let mut err = |field: &str, msg: String| errs.push(ContentError::new(file, &self.id, field, msg));
        let expected = format!("aup-{}", self.band.slug());
        if self.id != expected {
            err("id", format!("must be '{expected}' for band {}", self.band.slug()));
        }
        if !valid_year_field(&self.academic_year) {
            err("academic_year", format!("'{}' is neither \"every\" nor a year like \"2026-27\"", self.academic_year));
        }
        for (field, text) in [
            ("title", &self.title),
            ("intro", &self.intro),
            ("pledge", &self.pledge),
            ("parent_statement", &self.parent_statement),
            ("parent_letter", &self.parent_letter),
        ] {
            if text.trim().is_empty() {
                err(field, "must not be empty".into());
            }
        }
        if self.statements.is_empty() {
            err("statements", "needs at least one statement".into());
        }
        let mut seen = BTreeSet::new();
        for (i, s) in self.statements.iter().enumerate() {
            let f = |name: &str| format!("statements[{i}].{name}");
            if s.id.trim().is_empty() || !s.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                err(&f("id"), format!("'{}' must be non-empty letters, digits and '-'", s.id));
            } else if !seen.insert(s.id.clone()) {
                err(&f("id"), format!("'{}' is used twice", s.id));
            }
            if s.text.trim().is_empty() {
                err(&f("text"), "must not be empty".into());
            } else if s.text.chars().count() > MAX_STATEMENT_CHARS {
                err(&f("text"), format!("is {} characters; keep each statement to one short idea (at most {MAX_STATEMENT_CHARS})", s.text.chars().count()));
            }
            match &s.picture {
                Some(p) if !picture_ids.contains(p) => err(&f("picture"), format!("unknown picture id '{p}' (see lessons/pictures.toml)")),
                None if self.band == Band::Ks1 => err(&f("picture"), "KS1 statements need a picture symbol".into()),
                _ => {}
            }
        }
        errs
    }
}

/// `"every"` or `"YYYY-YY"` where the second part is the following year.
fn valid_year_field(v: &str) -> bool {
    if v == "every" {
        return true;
    }
    let Some((a, b)) = v.split_once('-') else { return false };
    let (Ok(a), Ok(b)) = (a.parse::<i32>(), b.parse::<i32>()) else { return false };
    a.to_string().len() == 4 && b.to_string().len() <= 2 && b == (a + 1) % 100
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aup() -> Aup {
        Aup {
            id: "aup-ks1".into(),
            band: Band::Ks1,
            academic_year: "every".into(),
            title: "T".into(),
            intro: "I".into(),
            statements: vec![AupStatement { id: "ask".into(), text: "I ask first.".into(), picture: Some("hand".into()) }],
            pledge: "P".into(),
            parent_statement: "PS".into(),
            parent_letter: "L".into(),
        }
    }

    fn pics() -> BTreeSet<String> {
        ["hand".to_string()].into()
    }

    #[test]
    fn a_good_aup_has_no_errors() {
        assert_eq!(aup().validate("f.toml", &pics()), vec![]);
    }

    #[test]
    fn errors_name_file_item_and_field() {
        let mut a = aup();
        a.statements.push(AupStatement { id: "ask".into(), text: "x".repeat(200), picture: None });
        a.academic_year = "2026-28".into();
        a.parent_letter = " ".into();
        let errs = a.validate("lessons/aup/ks1.toml", &pics());
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert!(fields.contains(&"statements[1].id"), "{errs:?}");
        assert!(fields.contains(&"statements[1].text"), "{errs:?}");
        assert!(fields.contains(&"statements[1].picture"), "{errs:?}");
        assert!(fields.contains(&"academic_year"), "{errs:?}");
        assert!(fields.contains(&"parent_letter"), "{errs:?}");
        assert!(errs.iter().all(|e| e.file == "lessons/aup/ks1.toml" && e.item == "aup-ks1"));
    }

    #[test]
    fn unknown_picture_and_wrong_id_are_reported() {
        let mut a = aup();
        a.id = "aup-ks2".into();
        a.statements[0].picture = Some("unicorn".into());
        let errs = a.validate("f", &pics());
        assert!(errs.iter().any(|e| e.field == "id"));
        assert!(errs.iter().any(|e| e.message.contains("unicorn")));
    }

    #[test]
    fn year_field() {
        assert!(valid_year_field("2026-27"));
        assert!(valid_year_field("2099-00"));
        assert!(!valid_year_field("2026"));
        assert!(!valid_year_field("26-27"));
        let mut a = aup();
        assert!(a.applies_to_year("2030-31"));
        a.academic_year = "2026-27".into();
        assert!(a.applies_to_year("2026-27") && !a.applies_to_year("2027-28"));
    }
}
