//! Lesson progress in a real browser: saved after each step through `storage::progress`, read
//! back for resuming (same step, first-try score kept) and listed per pupil for the lesson list.
#![cfg(target_arch = "wasm32")]

use bytesmart::content::lesson_run::{answer_check, go_to, resume_at, start, LessonStatus};
use bytesmart::content::library;
use bytesmart::platform::now;
use bytesmart::storage::progress;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn progress_saved_per_step_resumes_and_lists_per_pupil() {
    let lesson = library().lesson("ks2-group-chats").expect("shipped lesson").clone();
    let pupil = format!("pupil-{}", js_sys::Math::random());
    assert!(progress::get(&pupil, &lesson.id).await.unwrap().is_none(), "a new pupil has no progress");

    let mut p = start(&pupil, &lesson, now());
    progress::save(&p).await.unwrap();
    for step in 1..=4 {
        go_to(&mut p, &lesson, step, now());
        progress::save(&p).await.unwrap();
    }
    answer_check(&mut p, "what-should-sam-do", false, now());
    progress::save(&p).await.unwrap();

    // A reload reads it back: same step, the wrong first try remembered, still in progress.
    let back = progress::get(&pupil, &lesson.id).await.unwrap().expect("saved");
    assert_eq!(resume_at(&back, &lesson), 4);
    assert_eq!(back.answered_checks, vec!["what-should-sam-do".to_string()]);
    assert_eq!(back.first_try_correct, 0);
    assert_eq!(LessonStatus::of(Some(&back)), LessonStatus::InProgress);

    let mut back = back;
    go_to(&mut back, &lesson, lesson.steps.len(), now());
    progress::save(&back).await.unwrap();
    let list = progress::for_pupil(&pupil).await.unwrap();
    assert_eq!(list.len(), 1, "one record per pupil and lesson, updated in place");
    assert_eq!(LessonStatus::of(list.first()), LessonStatus::Done);
    assert!(progress::for_pupil("someone-else").await.unwrap().iter().all(|p| p.pupil_id == "someone-else"));
}
