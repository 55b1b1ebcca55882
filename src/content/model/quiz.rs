//! SMART quiz bank questions. (Expanded by the quizzes work: question types and validation.)

use super::ContentError;
use crate::domain::band::Band;
use crate::domain::smart::SmartRule;
use crate::domain::strand::Strand;
use serde::{Deserialize, Serialize};

/// A band's quiz bank file: `lessons/quizzes/<band>.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizBank {
    /// Band the bank is for.
    pub band: Band,
    /// Questions.
    #[serde(default)]
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Unique id.
    pub id: String,
    /// Rule tested.
    pub rule: SmartRule,
    /// Strand it belongs to.
    pub strand: Strand,
    /// Question text.
    pub prompt: String,
}

impl Question {
    /// Every translatable text with a stable path.
    pub fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        vec![("prompt".into(), &mut self.prompt)]
    }
}

impl QuizBank {
    /// Validates the bank.
    pub fn validate(&self, file: &str) -> Vec<ContentError> {
        let mut errs = vec![];
        for q in &self.questions {
            if q.prompt.trim().is_empty() {
                errs.push(ContentError::new(file, &q.id, "prompt", "text is empty"));
            }
        }
        errs
    }
}
