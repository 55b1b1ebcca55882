//! Lesson progress on the device: read a pupil's progress, and save it after every step in one
//! transaction, so a reload (or a flat battery) resumes where the pupil was.

use super::{db, StorageResult, Store, Write};
use crate::domain::records::LessonProgress;

/// All of one pupil's lesson progress (for the lesson list).
pub async fn for_pupil(pupil_id: &str) -> StorageResult<Vec<LessonProgress>> {
    db().await?.by_index(Store::Progress, pupil_id).await
}

/// A pupil's progress in one lesson, if they have opened it.
pub async fn get(pupil_id: &str, lesson_id: &str) -> StorageResult<Option<LessonProgress>> {
    db().await?.get(Store::Progress, &LessonProgress::key(pupil_id, lesson_id)).await
}

/// Saves progress: one step, one transaction.
pub async fn save(progress: &LessonProgress) -> StorageResult<()> {
    db().await?.apply(vec![Write::put(Store::Progress, progress)?]).await
}
