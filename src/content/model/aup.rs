//! The pupil Acceptable Use Policy per band. (Expanded by the AUP work: hashing, symbols.)

use super::ContentError;
use crate::domain::band::Band;
use serde::{Deserialize, Serialize};

/// An AUP as written in `lessons/aup/<band>.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aup {
    /// Id, e.g. `aup-ks2`.
    pub id: String,
    /// Band.
    pub band: Band,
    /// Title.
    pub title: String,
    /// Introduction.
    pub intro: String,
    /// Statements, one idea each.
    pub statements: Vec<String>,
    /// Closing pledge.
    pub pledge: String,
    /// What the parent or carer agrees to.
    pub parent_statement: String,
}

impl Aup {
    /// Every translatable text with a stable path.
    pub fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut out: Vec<(String, &mut String)> = vec![
            ("title".into(), &mut self.title),
            ("intro".into(), &mut self.intro),
            ("pledge".into(), &mut self.pledge),
            ("parent_statement".into(), &mut self.parent_statement),
        ];
        for (i, s) in self.statements.iter_mut().enumerate() {
            out.push((format!("statement.{i}"), s));
        }
        out
    }

    /// Validates the AUP.
    pub fn validate(&self, file: &str) -> Vec<ContentError> {
        let mut errs = vec![];
        if self.statements.is_empty() {
            errs.push(ContentError::new(file, &self.id, "statements", "needs at least one statement"));
        }
        errs
    }
}
