//! The rules of playing a lesson, kept pure so they are tested natively: where a pupil resumes,
//! how a check question is scored (first try only, never twice), what "done" means, and how time
//! is counted. The player screen only calls these and saves the result.

use super::model::lesson::Lesson;
use crate::domain::records::LessonProgress;
use chrono::{DateTime, Utc};

/// Longest stretch (seconds) counted between two saves, so a tablet left open on one step does
/// not inflate the time a pupil spent.
pub const MAX_SECONDS_PER_STEP: u32 = 600;

/// Where a pupil is with a lesson, as the lesson list shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonStatus {
    /// Never opened.
    New,
    /// Opened, not finished.
    InProgress,
    /// Reached the finish screen at least once.
    Done,
}

impl LessonStatus {
    /// The status for a pupil's saved progress (None = never opened).
    pub fn of(progress: Option<&LessonProgress>) -> LessonStatus {
        match progress {
            None => LessonStatus::New,
            Some(p) if p.completed_at.is_some() => LessonStatus::Done,
            Some(_) => LessonStatus::InProgress,
        }
    }

    /// A symbol shown beside the word.
    pub fn symbol(self) -> &'static str {
        match self {
            LessonStatus::New => "★",
            LessonStatus::InProgress => "▶",
            LessonStatus::Done => "✓",
        }
    }

    /// CSS class (for shape/border styling; the word and symbol carry the meaning).
    pub fn class(self) -> &'static str {
        match self {
            LessonStatus::New => "status-new",
            LessonStatus::InProgress => "status-in-progress",
            LessonStatus::Done => "status-done",
        }
    }
}

/// Fresh progress when a pupil first opens a lesson.
pub fn start(pupil_id: &str, lesson: &Lesson, now: DateTime<Utc>) -> LessonProgress {
    LessonProgress {
        id: LessonProgress::key(pupil_id, &lesson.id),
        pupil_id: pupil_id.to_string(),
        lesson_id: lesson.id.clone(),
        lesson_version: lesson.version,
        started_at: now,
        step: 0,
        first_try_correct: 0,
        checks: lesson.check_count() as u32,
        completed_at: None,
        seconds: 0,
        answered_checks: vec![],
        updated_at: now,
    }
}

/// The screen to show on opening: the saved step, where `steps.len()` is the finish screen.
/// A lesson whose text changed since (fewer steps) resumes at its last screen, never past it.
pub fn resume_at(progress: &LessonProgress, lesson: &Lesson) -> usize {
    progress.step.min(lesson.steps.len())
}

/// Adds time spent since the last save (capped per step).
pub fn add_time(progress: &mut LessonProgress, elapsed_seconds: f64) {
    let secs = if elapsed_seconds.is_finite() && elapsed_seconds > 0.0 { elapsed_seconds.round() as u32 } else { 0 };
    progress.seconds = progress.seconds.saturating_add(secs.min(MAX_SECONDS_PER_STEP));
}

/// Moves to `step` (Next or Back). `lesson.steps.len()` means the finish screen, which
/// completes the lesson: the first completion time is kept, later replays do not move it.
pub fn go_to(progress: &mut LessonProgress, lesson: &Lesson, step: usize, now: DateTime<Utc>) {
    let step = step.min(lesson.steps.len());
    progress.step = step;
    progress.lesson_version = lesson.version;
    progress.checks = lesson.check_count() as u32;
    if step == lesson.steps.len() && progress.completed_at.is_none() {
        progress.completed_at = Some(now);
    }
    progress.updated_at = now;
}

/// Records a pupil's FIRST answer to a check step. Returns true when this answer was scored
/// (the first time), false when the question had already been answered before.
pub fn answer_check(progress: &mut LessonProgress, step_id: &str, correct: bool, now: DateTime<Utc>) -> bool {
    if progress.answered_checks.iter().any(|s| s == step_id) {
        return false;
    }
    progress.answered_checks.push(step_id.to_string());
    if correct {
        progress.first_try_correct += 1;
    }
    progress.updated_at = now;
    true
}

/// Whether a sort item was put in the right group.
pub fn sorted_right(item_is_left: bool, chose_left: bool) -> bool {
    item_is_left == chose_left
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::lesson::{Answer, Step, Term};
    use crate::domain::band::Band;

    fn lesson() -> Lesson {
        let check = |id: &str| Step::Check {
            id: id.into(),
            question: "Q".into(),
            answers: vec![
                Answer { text: "a".into(), correct: true, feedback: None },
                Answer { text: "b".into(), correct: false, feedback: None },
            ],
            explanation: "E".into(),
            picture: None,
        };
        Lesson {
            id: "ks1-test".into(),
            version: 2,
            band: Band::Ks1,
            year_groups: vec![1],
            term: Term::Autumn,
            half_term: 1,
            cycle_year: 1,
            title: "T".into(),
            summary: "S".into(),
            duration_minutes: 20,
            strands: vec![],
            smart_rules: vec![],
            teacher_notes: "N".into(),
            picture: None,
            learned: vec!["L".into()],
            steps: vec![
                Step::Explain { id: "a".into(), text: "x".into(), picture: None },
                check("q1"),
                check("q2"),
                Step::Explain { id: "tell".into(), text: "{rule:tell}".into(), picture: None },
            ],
        }
    }

    fn t(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000 + s, 0).unwrap()
    }

    #[test]
    fn status_is_new_then_in_progress_then_done() {
        let l = lesson();
        assert_eq!(LessonStatus::of(None), LessonStatus::New);
        let mut p = start("p1", &l, t(0));
        assert_eq!(p.id, "p1:ks1-test");
        assert_eq!(p.checks, 2);
        assert_eq!(LessonStatus::of(Some(&p)), LessonStatus::InProgress);
        go_to(&mut p, &l, 3, t(10));
        assert_eq!(LessonStatus::of(Some(&p)), LessonStatus::InProgress, "the last step is not the finish screen");
        go_to(&mut p, &l, 4, t(20));
        assert_eq!(LessonStatus::of(Some(&p)), LessonStatus::Done);
        assert_eq!(p.completed_at, Some(t(20)));
        // Replaying keeps the first completion and the status.
        go_to(&mut p, &l, 0, t(30));
        go_to(&mut p, &l, 4, t(40));
        assert_eq!(p.completed_at, Some(t(20)));
        assert_eq!(LessonStatus::of(Some(&p)), LessonStatus::Done);
    }

    #[test]
    fn resumes_at_the_saved_step_and_never_past_the_finish() {
        let l = lesson();
        let mut p = start("p1", &l, t(0));
        go_to(&mut p, &l, 2, t(5));
        assert_eq!(resume_at(&p, &l), 2);
        p.step = 99;
        assert_eq!(resume_at(&p, &l), 4);
        go_to(&mut p, &l, 99, t(6));
        assert_eq!(p.step, 4);
    }

    #[test]
    fn only_the_first_answer_to_a_check_is_scored() {
        let l = lesson();
        let mut p = start("p1", &l, t(0));
        // Wrong first, then right: scored once, as not first-try correct.
        assert!(answer_check(&mut p, "q1", false, t(1)));
        assert!(!answer_check(&mut p, "q1", true, t(2)));
        assert_eq!(p.first_try_correct, 0);
        // Right first time; going back and answering again changes nothing.
        assert!(answer_check(&mut p, "q2", true, t(3)));
        assert!(!answer_check(&mut p, "q2", true, t(4)));
        assert_eq!(p.first_try_correct, 1);
        assert_eq!(p.answered_checks, vec!["q1".to_string(), "q2".to_string()]);
    }

    #[test]
    fn time_is_summed_and_capped_per_step() {
        let l = lesson();
        let mut p = start("p1", &l, t(0));
        add_time(&mut p, 12.4);
        add_time(&mut p, 5_000.0);
        add_time(&mut p, -3.0);
        add_time(&mut p, f64::NAN);
        assert_eq!(p.seconds, 12 + MAX_SECONDS_PER_STEP);
    }

    #[test]
    fn sorting_checks_the_group() {
        assert!(sorted_right(true, true));
        assert!(sorted_right(false, false));
        assert!(!sorted_right(true, false));
    }

    #[test]
    fn progress_saved_before_the_new_field_still_loads() {
        let old = r#"{"id":"p:l","pupil_id":"p","lesson_id":"l","lesson_version":1,"started_at":"2026-11-28T10:00:00Z","step":3,"updated_at":"2026-11-28T10:05:00Z"}"#;
        let p: LessonProgress = serde_json::from_str(old).unwrap();
        assert_eq!(p.step, 3);
        assert!(p.answered_checks.is_empty());
    }
}
