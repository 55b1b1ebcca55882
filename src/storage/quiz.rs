//! Typed storage for SMART quizzes: attempts (saved after every answer, so a reload resumes
//! mid-quiz) and the purpose a teacher sets for a class's next quiz.

use super::{db, StorageResult, Store};
use crate::domain::records::{Pupil, QuizAttempt, QuizPurpose};
use serde::{Deserialize, Serialize};

/// The purpose a teacher chose for a class's next quizzes, kept in the settings store so
/// pupils starting a quiz on this tablet pick it up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizPurposeSetting {
    /// `quiz-purpose:<class_id>`.
    pub id: String,
    /// Practice, baseline or end-of-unit.
    pub purpose: QuizPurpose,
}

fn purpose_key(class_id: &str) -> String {
    format!("quiz-purpose:{class_id}")
}

/// Saves an attempt (one transaction); called after every answer.
pub async fn save_attempt(attempt: &QuizAttempt) -> StorageResult<()> {
    db().await?.put(Store::QuizAttempts, attempt).await
}

/// Every attempt of a pupil, oldest first.
pub async fn attempts_for_pupil(pupil_id: &str) -> StorageResult<Vec<QuizAttempt>> {
    let mut v: Vec<QuizAttempt> = db().await?.by_index(Store::QuizAttempts, pupil_id).await?;
    v.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
    Ok(v)
}

/// The pupil's latest unfinished attempt, to resume after a reload.
pub async fn unfinished_attempt(pupil_id: &str) -> StorageResult<Option<QuizAttempt>> {
    Ok(attempts_for_pupil(pupil_id).await?.into_iter().rev().find(|a| a.finished_at.is_none()))
}

/// A class's pupils and all their attempts (for the teacher report).
pub async fn attempts_for_class(class_id: &str) -> StorageResult<(Vec<Pupil>, Vec<QuizAttempt>)> {
    let db = db().await?;
    let mut pupils: Vec<Pupil> = db.by_index(Store::Pupils, class_id).await?;
    pupils.sort_by_key(|p| p.display_name.to_lowercase());
    let mut attempts = vec![];
    for p in &pupils {
        let mut v: Vec<QuizAttempt> = db.by_index(Store::QuizAttempts, &p.id).await?;
        attempts.append(&mut v);
    }
    attempts.sort_by(|a, b| (a.started_at, &a.id).cmp(&(b.started_at, &b.id)));
    Ok((pupils, attempts))
}

/// The purpose set for a class's next quizzes (practice when none was set).
pub async fn quiz_purpose(class_id: &str) -> StorageResult<QuizPurpose> {
    let s: Option<QuizPurposeSetting> = db().await?.get(Store::Settings, &purpose_key(class_id)).await?;
    Ok(s.map(|s| s.purpose).unwrap_or_default())
}

/// Sets the purpose for a class's next quizzes.
pub async fn set_quiz_purpose(class_id: &str, purpose: QuizPurpose) -> StorageResult<()> {
    db().await?.put(Store::Settings, &QuizPurposeSetting { id: purpose_key(class_id), purpose }).await
}
