//! Presenter deliveries in a real headless Chromium: recording a whole-class delivery and
//! listing a class's deliveries (only that class, newest first, every field kept).
#![cfg(target_arch = "wasm32")]

use bytesmart::content::library;
use bytesmart::domain::presenter::delivery;
use bytesmart::storage::{deliveries, Db, SCHEMA_VERSION};
use chrono::TimeZone;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh(name: &str) -> Db {
    let _ = indexed_db_futures::database::Database::delete_by_name(name);
    Db::open_at(name, SCHEMA_VERSION).await.expect("open")
}

#[wasm_bindgen_test]
async fn deliveries_are_recorded_and_listed_per_class_newest_first() {
    let db = fresh("t-deliveries").await;
    let lesson = &library().lessons[0];
    let at = |h: u32, m: u32| chrono::Utc.with_ymd_and_hms(2026, 11, 20, h, m, 0).unwrap();
    deliveries::record(&db, &delivery("d1".into(), "c1", lesson, at(9, 0), at(9, 20))).await.unwrap();
    deliveries::record(&db, &delivery("d2".into(), "c2", lesson, at(10, 0), at(10, 30))).await.unwrap();
    deliveries::record(&db, &delivery("d3".into(), "c1", lesson, at(13, 0), at(13, 45))).await.unwrap();

    let c1 = deliveries::for_class(&db, "c1").await.unwrap();
    assert_eq!(c1.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), vec!["d3", "d1"]);
    assert_eq!(c1[0].lesson_id, lesson.id);
    assert_eq!(c1[0].lesson_version, lesson.version);
    assert_eq!(c1[0].minutes, 45);
    assert_eq!(c1[0].delivered_at, at(13, 45));
    assert_eq!(deliveries::for_class(&db, "c2").await.unwrap().len(), 1);
    assert!(deliveries::for_class(&db, "nobody").await.unwrap().is_empty());
}
