//! IndexedDB storage in a real headless Chromium: write/read/update/delete of serde records,
//! upgrades from schema v1 and v2 that keep every record, one-transaction batches, and
//! retention tombstones that stop an old bundle bringing a deleted pupil back.
#![cfg(target_arch = "wasm32")]

use bytesmart::domain::records::{Class, Pupil, PupilPrefs, Tombstone};
use bytesmart::storage::{Db, Store, Write, SCHEMA_VERSION};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn class(id: &str, name: &str) -> Class {
    Class { id: id.into(), name: name.into(), year_group: 3, archived: false, updated_at: bytesmart::platform::now() }
}

fn pupil(id: &str, class_id: &str, name: &str) -> Pupil {
    Pupil {
        id: id.into(),
        class_id: class_id.into(),
        display_name: name.into(),
        admission_number: Some(format!("A{id}")),
        symbol: None,
        prefs: PupilPrefs::default(),
        updated_at: bytesmart::platform::now(),
    }
}

async fn fresh(name: &str, version: u32) -> Db {
    let _ = indexed_db_futures::database::Database::delete_by_name(name).map(|r| r);
    Db::open_at(name, version).await.expect("open")
}

#[wasm_bindgen_test]
async fn serde_record_round_trip_update_and_delete() {
    let db = fresh("t-roundtrip", SCHEMA_VERSION).await;
    db.put(Store::Classes, &class("c1", "Year 3 Oak")).await.unwrap();
    let back: Option<Class> = db.get(Store::Classes, "c1").await.unwrap();
    assert_eq!(back.unwrap().name, "Year 3 Oak");
    db.put(Store::Classes, &class("c1", "Year 3 Ash")).await.unwrap();
    let all: Vec<Class> = db.all(Store::Classes).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].name, "Year 3 Ash");
    db.delete(Store::Classes, "c1").await.unwrap();
    assert!(db.get::<Class>(Store::Classes, "c1").await.unwrap().is_none());
}

#[wasm_bindgen_test]
async fn index_lookup_finds_only_that_class() {
    let db = fresh("t-index", SCHEMA_VERSION).await;
    db.apply(vec![
        Write::put(Store::Pupils, &pupil("p1", "c1", "Amira")).unwrap(),
        Write::put(Store::Pupils, &pupil("p2", "c1", "Ben")).unwrap(),
        Write::put(Store::Pupils, &pupil("p3", "c2", "Cara")).unwrap(),
    ])
    .await
    .unwrap();
    let mut names: Vec<String> =
        db.by_index::<Pupil>(Store::Pupils, "c1").await.unwrap().into_iter().map(|p| p.display_name).collect();
    names.sort();
    assert_eq!(names, vec!["Amira", "Ben"]);
}

#[wasm_bindgen_test]
async fn upgrade_from_v1_keeps_every_record() {
    let db = fresh("t-migrate", 1).await;
    assert_eq!(db.version(), 1);
    db.apply(vec![
        Write::put(Store::Classes, &class("c1", "Year 1 Robins")).unwrap(),
        Write::put(Store::Pupils, &pupil("p1", "c1", "Dev")).unwrap(),
    ])
    .await
    .unwrap();
    db.close();
    let db = Db::open_at("t-migrate", SCHEMA_VERSION).await.expect("upgrade");
    assert_eq!(db.version(), SCHEMA_VERSION);
    let c: Class = db.get(Store::Classes, "c1").await.unwrap().expect("class survived");
    assert_eq!(c.name, "Year 1 Robins");
    let p: Pupil = db.get(Store::Pupils, "p1").await.unwrap().expect("pupil survived");
    assert_eq!(p.display_name, "Dev");
    // Stores added in v2 exist and work.
    db.put(Store::Receipts, &serde_json::json!({"id": "r1", "summary": "x"})).await.unwrap();
    assert_eq!(db.all::<serde_json::Value>(Store::Receipts).await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn a_failing_batch_changes_nothing() {
    let db = fresh("t-atomic", SCHEMA_VERSION).await;
    db.put(Store::Classes, &class("c1", "Before")).await.unwrap();
    // The second write has no `id`, so the key path fails and the whole batch must roll back.
    let res = db
        .apply(vec![
            Write::put(Store::Classes, &class("c1", "After")).unwrap(),
            Write::put(Store::Classes, &serde_json::json!({"name": "no id"})).unwrap(),
        ])
        .await;
    assert!(res.is_err());
    let c: Class = db.get(Store::Classes, "c1").await.unwrap().unwrap();
    assert_eq!(c.name, "Before");
}

#[wasm_bindgen_test]
async fn concurrent_writes_from_two_tasks_both_land() {
    let db = fresh("t-concurrent", SCHEMA_VERSION).await;
    let a = db.clone();
    let b = db.clone();
    let fa = async move {
        for i in 0..20 {
            a.put(Store::Classes, &class(&format!("a{i}"), "A")).await.unwrap();
        }
    };
    let fb = async move {
        for i in 0..20 {
            b.put(Store::Classes, &class(&format!("b{i}"), "B")).await.unwrap();
        }
    };
    futures::join!(fa, fb);
    assert_eq!(db.all::<Class>(Store::Classes).await.unwrap().len(), 40);
}

/// Opens a plain IndexedDB connection with no `versionchange` handler, like a tab still
/// running an old release would hold.
async fn raw_connection(name: &str, version: u32) -> web_sys::IdbDatabase {
    use wasm_bindgen::JsCast;
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let req = factory.open_with_u32(name, version).unwrap();
    let r = req.clone();
    let p = js_sys::Promise::new(&mut |resolve, _reject| {
        let r2 = r.clone();
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &r2.result().unwrap());
        });
        r.set_onsuccess(Some(cb.unchecked_ref()));
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap().unchecked_into()
}

#[wasm_bindgen_test]
async fn an_old_tab_blocking_the_upgrade_gives_a_clear_error_and_loses_nothing() {
    let db = fresh("t-blocked", 1).await;
    db.put(Store::Classes, &class("c1", "Kept")).await.unwrap();
    db.close();
    let old_tab = raw_connection("t-blocked", 1).await;
    let res = Db::open_at("t-blocked", SCHEMA_VERSION).await;
    assert_eq!(res.err(), Some(bytesmart::storage::StorageError::Blocked));
    assert_eq!(bytesmart::storage::StorageError::Blocked.message_key(), "storage-error-blocked");
    old_tab.close();
    let db = Db::open_at("t-blocked", SCHEMA_VERSION).await.expect("opens once the old tab is gone");
    let c: Class = db.get(Store::Classes, "c1").await.unwrap().unwrap();
    assert_eq!(c.name, "Kept");
}

#[wasm_bindgen_test]
async fn our_own_old_connection_steps_aside_and_asks_for_a_reload() {
    let old = fresh("t-stepaside", 1).await;
    let newer = Db::open_at("t-stepaside", SCHEMA_VERSION).await.expect("the old connection closed itself");
    assert_eq!(newer.version(), SCHEMA_VERSION);
    let w = web_sys::window().unwrap();
    let flag = js_sys::Reflect::get(&w, &"bytesmartUpdateReady".into()).unwrap();
    assert_eq!(flag.as_bool(), Some(true), "the old page is told to reload");
    drop(old);
}

#[wasm_bindgen_test]
async fn upgrade_from_v2_keeps_every_record_and_adds_the_tombstone_store() {
    let db = fresh("t-migrate-v2", 2).await;
    assert_eq!(db.version(), 2);
    db.apply(vec![
        Write::put(Store::Classes, &class("c1", "Year 4 Wrens")).unwrap(),
        Write::put(Store::Pupils, &pupil("p1", "c1", "Esi")).unwrap(),
        Write::put(Store::Receipts, &serde_json::json!({"id": "r1", "summary": "leaver"})).unwrap(),
    ])
    .await
    .unwrap();
    db.close();
    let db = Db::open_at("t-migrate-v2", SCHEMA_VERSION).await.expect("upgrade");
    assert_eq!(db.version(), SCHEMA_VERSION);
    let p: Pupil = db.get(Store::Pupils, "p1").await.unwrap().expect("pupil survived");
    assert_eq!(p.display_name, "Esi");
    assert_eq!(db.all::<serde_json::Value>(Store::Receipts).await.unwrap().len(), 1, "receipts survived");
    // The v3 tombstone store exists and starts empty.
    assert!(db.all::<Tombstone>(Store::Tombstones).await.unwrap().is_empty());
    let ts = Tombstone::pupil("p9", bytesmart::platform::now(), "coordinator");
    db.put(Store::Tombstones, &ts).await.unwrap();
    assert_eq!(db.get::<Tombstone>(Store::Tombstones, "pupil:p9").await.unwrap(), Some(ts));
}

#[wasm_bindgen_test]
async fn a_deleted_pupil_stays_deleted_when_an_old_bundle_is_imported_again() {
    use bytesmart::domain::academic_year::AcademicYear;
    use bytesmart::export::bundle::build_bundle;
    use bytesmart::export::import::open_file;
    use bytesmart::export::merge::merge;
    use bytesmart::export::record_set::{RecordSet, Records, SchoolRef};
    use bytesmart::export::retention::plan_delete_pupil;
    use bytesmart::storage::export::{apply_merge, apply_retention, read_records};
    const PASS: &str = "purple tractor sings loudly";

    bytesmart::storage::db().await.unwrap().clear(&Store::ALL).await.unwrap();
    let mut leaver = pupil("leaver", "c1", "Lee");
    leaver.admission_number = Some("5001".into());
    let tablet = Records {
        classes: vec![class("c1", "Year 6 Owls")],
        pupils: vec![leaver, pupil("stayer", "c1", "Sia")],
        ..Records::default()
    };
    let school = SchoolRef { name: "Oak".into(), school_ref: "ref-oak".into(), academic_year: AcademicYear(2026) };
    let set = RecordSet::new(school, "Tablet 1", bytesmart::platform::now(), tablet);
    let bundle = build_bundle(&set, PASS, [2; 32]).unwrap();

    // Import the tablet's bundle, then delete the leaver (one transaction with the receipt
    // and the tombstone).
    let empty = read_records().await.unwrap();
    let imported = merge(&empty, &open_file(&bundle, Some(PASS), "ref-oak").unwrap().records);
    apply_merge(&empty, &imported).await.unwrap();
    let before = read_records().await.unwrap();
    assert_eq!(before.pupils.len(), 2);
    let plan = plan_delete_pupil(&before, "leaver").unwrap();
    let receipt = plan.receipt("receipt-1".into(), bytesmart::platform::now(), "teacher");
    apply_retention(&plan, &receipt).await.unwrap();
    let db = bytesmart::storage::db().await.unwrap();
    let stored: Vec<Tombstone> = db.all(Store::Tombstones).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!((stored[0].id.as_str(), stored[0].by_role.as_str()), ("pupil:leaver", "teacher"));
    assert!(db.get::<serde_json::Value>(Store::Receipts, "receipt-1").await.unwrap().is_some());

    // The old bundle again: the leaver does not come back, and the tombstone is exported.
    let now = read_records().await.unwrap();
    let again = merge(&now, &open_file(&bundle, Some(PASS), "ref-oak").unwrap().records);
    apply_merge(&now, &again).await.unwrap();
    let after = read_records().await.unwrap();
    assert_eq!(after.pupils.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["stayer"]);
    assert_eq!(after.tombstones.len(), 1);
    db.clear(&Store::ALL).await.unwrap();
}
