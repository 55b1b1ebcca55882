//! Quiz storage in a real headless Chromium: an attempt saved after each answer comes back
//! whole (so a reload resumes), the unfinished attempt is found, a class's attempts are
//! gathered through its pupils, and the teacher's purpose for the next quiz is kept.
#![cfg(target_arch = "wasm32")]

use bytesmart::domain::band::Band;
use bytesmart::domain::records::{AnswerRecord, Pupil, PupilPrefs, QuizAttempt, QuizPurpose};
use bytesmart::domain::smart::SmartRule;
use bytesmart::storage::quiz::*;
use bytesmart::storage::{db, Store};
use chrono::{Duration, TimeZone, Utc};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn pupil(id: &str, class_id: &str) -> Pupil {
    Pupil {
        id: id.into(),
        class_id: class_id.into(),
        display_name: id.to_uppercase(),
        admission_number: None,
        symbol: None,
        prefs: PupilPrefs::default(),
        updated_at: bytesmart::platform::now(),
    }
}

fn attempt(id: &str, pupil_id: &str, minutes: i64, finished: bool) -> QuizAttempt {
    let at = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap() + Duration::minutes(minutes);
    QuizAttempt {
        id: id.into(),
        pupil_id: pupil_id.into(),
        band: Band::Ks2,
        seed: 4_000_000_000,
        purpose: QuizPurpose::Baseline,
        question_ids: vec!["ks2-safe-01".into(), "ks2-meet-03".into()],
        answers: vec![],
        started_at: at,
        finished_at: finished.then_some(at),
        updated_at: at,
    }
}

#[wasm_bindgen_test]
async fn an_attempt_saved_after_each_answer_resumes_and_the_class_report_finds_it() {
    let d = db().await.unwrap();
    d.put(Store::Pupils, &pupil("qp1", "qc1")).await.unwrap();
    d.put(Store::Pupils, &pupil("qp2", "qc1")).await.unwrap();
    d.put(Store::Pupils, &pupil("qp3", "qc2")).await.unwrap();

    save_attempt(&attempt("qa-old", "qp1", 0, true)).await.unwrap();
    let mut a = attempt("qa-new", "qp1", 30, false);
    save_attempt(&a).await.unwrap();
    a.answers.push(AnswerRecord {
        question_id: "ks2-safe-01".into(),
        rule: SmartRule::Safe,
        chosen: vec!["b".into()],
        not_sure: false,
        score: 1.0,
        seconds: 7,
    });
    save_attempt(&a).await.unwrap();

    let back = unfinished_attempt("qp1").await.unwrap().expect("the unfinished attempt");
    assert_eq!(back, a, "every field survives, including the seed and the answer so far");
    assert_eq!(attempts_for_pupil("qp1").await.unwrap().iter().map(|x| x.id.as_str()).collect::<Vec<_>>(), ["qa-old", "qa-new"]);
    assert!(unfinished_attempt("qp2").await.unwrap().is_none());

    save_attempt(&attempt("qa-other", "qp3", 5, true)).await.unwrap();
    let (pupils, attempts) = attempts_for_class("qc1").await.unwrap();
    assert_eq!(pupils.len(), 2);
    assert_eq!(attempts.len(), 2, "only this class's pupils' attempts");
    assert!(attempts.iter().all(|x| x.pupil_id == "qp1"));
}

#[wasm_bindgen_test]
async fn the_teachers_purpose_for_the_next_quiz_is_kept_per_class() {
    assert_eq!(quiz_purpose("qc9").await.unwrap(), QuizPurpose::Practice, "practice until a teacher says otherwise");
    set_quiz_purpose("qc9", QuizPurpose::EndOfUnit).await.unwrap();
    assert_eq!(quiz_purpose("qc9").await.unwrap(), QuizPurpose::EndOfUnit);
    assert_eq!(quiz_purpose("qc8").await.unwrap(), QuizPurpose::Practice);
}
