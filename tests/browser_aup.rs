//! AUP in a real headless Chromium: the signature pad records strokes (in pad units, with pen
//! pressure) from synthetic pointer events, undo/clear work, the drawing survives a resize and
//! renders as SVG; the content hash is the same as natively; importing a parent's return
//! stores one co-signature and importing it again changes nothing.
#![cfg(target_arch = "wasm32")]

use bytesmart::content::model::aup::{Aup, AupStatement};
use bytesmart::domain::academic_year::AcademicYear;
use bytesmart::domain::aup::content_hash;
use bytesmart::domain::aup_token::{issue_letter, key_bytes, make_return, read_letter, LetterToken, ParentReply, ReturnRefusal};
use bytesmart::domain::band::Band;
use bytesmart::domain::records::{Class, CoSignature, Ink, Pupil, PupilPrefs, School, StrokePoint};
use bytesmart::storage::aup::ImportError;
use bytesmart::storage::{Db, Store, SCHEMA_VERSION};
use bytesmart::ui::widgets::signature_pad::{empty_ink, InkView, SignaturePad};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn frame() {
    gloo_timers::future::TimeoutFuture::new(50).await;
}

fn pointer(kind: &str, x: f64, y: f64, pointer_type: &str, pressure: f64) -> web_sys::Event {
    let f = js_sys::Function::new_with_args(
        "kind,x,y,t,p",
        "return new PointerEvent(kind, {clientX: x, clientY: y, pointerId: 7, pointerType: t, pressure: p, isPrimary: true, bubbles: true, cancelable: true, button: kind === 'pointermove' ? -1 : 0, buttons: kind === 'pointerup' ? 0 : 1});",
    );
    f.call5(&wasm_bindgen::JsValue::NULL, &kind.into(), &x.into(), &y.into(), &pointer_type.into(), &pressure.into())
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn pad_records_strokes_from_pointer_events_and_renders_svg() {
    // The app's real stylesheet, so the pad gets its size and touch-action from it.
    let style = doc().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../public/styles.css")));
    doc().head().unwrap().append_child(&style).unwrap();
    let host = doc().create_element("div").unwrap();
    host.set_attribute("style", "width: 500px; position: absolute; left: 0; top: 0").unwrap();
    doc().body().unwrap().append_child(&host).unwrap();
    let ink = RwSignal::new(empty_ink());
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        view! {
            <SignaturePad ink=ink label="Sign here" />
            <InkView ink=ink label="Preview" />
        }
    });
    frame().await;
    let canvas: web_sys::HtmlCanvasElement = host.query_selector("canvas").unwrap().unwrap().unchecked_into();
    let css = web_sys::window().unwrap().get_computed_style(&canvas).unwrap().unwrap();
    assert_eq!(css.get_property_value("touch-action").unwrap(), "none", "the browser must not scroll while signing");
    let r = canvas.get_bounding_client_rect();
    assert!(r.width() > 400.0, "canvas fills its container: {}", r.width());

    // A pen stroke across the pad, with pressure.
    let (x0, y0) = (r.left(), r.top());
    canvas.dispatch_event(&pointer("pointerdown", x0 + 50.0, y0 + 40.0, "pen", 0.6)).unwrap();
    for i in 1..=20 {
        let x = x0 + 50.0 + f64::from(i) * 20.0;
        let y = y0 + 40.0 + if i % 2 == 0 { 30.0 } else { 0.0 };
        canvas.dispatch_event(&pointer("pointermove", x, y, "pen", 0.6)).unwrap();
    }
    canvas.dispatch_event(&pointer("pointerup", x0 + 450.0, y0 + 40.0, "pen", 0.0)).unwrap();
    // A mouse stroke: no pressure recorded.
    canvas.dispatch_event(&pointer("pointerdown", x0 + 60.0, y0 + 150.0, "mouse", 0.5)).unwrap();
    for i in 1..=5 {
        canvas.dispatch_event(&pointer("pointermove", x0 + 60.0 + f64::from(i) * 30.0, y0 + 150.0, "mouse", 0.5)).unwrap();
    }
    canvas.dispatch_event(&pointer("pointerup", x0 + 210.0, y0 + 150.0, "mouse", 0.0)).unwrap();
    // Moves after the pointer is up draw nothing.
    canvas.dispatch_event(&pointer("pointermove", x0 + 300.0, y0 + 100.0, "mouse", 0.0)).unwrap();

    let drawn: Ink = ink.get_untracked();
    assert_eq!(drawn.strokes.len(), 2);
    assert_eq!(drawn.strokes[0].len(), 21);
    assert_eq!(drawn.strokes[1].len(), 6);
    // Pad units: the pad is 1000 wide whatever its size on screen.
    let scale = 1000.0 / r.width();
    let first: StrokePoint = drawn.strokes[0][0];
    assert!((f64::from(first.x) - 50.0 * scale).abs() < 1.0, "x in pad units: {}", first.x);
    assert!((f64::from(first.y) - 40.0 * (400.0 / r.height())).abs() < 1.0, "y in pad units: {}", first.y);
    assert_eq!(first.p, Some(0.6));
    assert_eq!(drawn.strokes[1][0].p, None);
    assert!(drawn.strokes[0].windows(2).all(|w| w[1].t >= w[0].t), "times never go back");
    assert!(bytesmart::domain::ink_svg::check_signature(&drawn).is_ok());

    // It renders as SVG with smoothed curves, one path per segment for the pen stroke.
    frame().await;
    let svg = host.query_selector(".ink-view svg").unwrap().expect("the InkView shows an SVG");
    assert!(svg.inner_html().matches("<path").count() >= 19, "{}", svg.inner_html());
    assert!(svg.inner_html().contains('Q'));

    // Resizing keeps the drawing (strokes are in pad units) and redraws at the new size.
    let before_width = canvas.width();
    host.set_attribute("style", "width: 300px; position: absolute; left: 0; top: 0").unwrap();
    frame().await;
    frame().await;
    assert_eq!(ink.get_untracked(), drawn, "resize must not change the strokes");
    assert!(canvas.width() < before_width, "canvas backing store follows the new size");

    // Undo removes the last stroke; Clear removes everything.
    let undo: web_sys::HtmlElement = host.query_selector("[data-action=undo]").unwrap().unwrap().unchecked_into();
    undo.click();
    assert_eq!(ink.get_untracked().strokes.len(), 1);
    frame().await;
    let clear: web_sys::HtmlElement = host.query_selector("[data-action=clear]").unwrap().unwrap().unchecked_into();
    clear.click();
    assert!(ink.get_untracked().strokes.is_empty());
    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
fn hash_in_the_browser_matches_the_native_value() {
    // Same text and value as domain::aup::tests::hash_is_a_fixed_value_for_a_fixed_text.
    let aup = Aup {
        id: "aup-ks2".into(),
        band: Band::Ks2,
        academic_year: "every".into(),
        title: "Our agreement".into(),
        intro: "Why we have it.".into(),
        statements: vec![
            AupStatement { id: "a".into(), text: "I ask first.".into(), picture: Some("hand".into()) },
            AupStatement { id: "b".into(), text: "I am kind online.".into(), picture: None },
        ],
        pledge: "I will keep these promises.".into(),
        parent_statement: "I support my child.".into(),
        parent_letter: "Dear parent".into(),
    };
    assert_eq!(content_hash(&aup), "47ce07e22eb97536b0d8c51f1ec5574d00dd06a9effc16996ebe77454098002c");
}

#[wasm_bindgen_test]
async fn importing_a_return_twice_changes_nothing() {
    let _ = indexed_db_futures::database::Database::delete_by_name("t-aup");
    let db = Db::open_at("t-aup", SCHEMA_VERSION).await.expect("open");
    db.clear(&[Store::Pupils, Store::Classes, Store::CoSignatures, Store::AupVersions]).await.unwrap();
    let now = bytesmart::platform::now();
    let class = Class { id: "c1".into(), name: "Year 5 Kestrels".into(), year_group: 5, archived: false, updated_at: now };
    let pupil = Pupil {
        id: "pupil_1".into(),
        class_id: "c1".into(),
        display_name: "Sam K".into(),
        admission_number: None,
        symbol: None,
        prefs: PupilPrefs::default(),
        updated_at: now,
    };
    db.put(Store::Classes, &class).await.unwrap();
    db.put(Store::Pupils, &pupil).await.unwrap();
    let school = School {
        id: "school".into(),
        name: "Test School".into(),
        academic_year: AcademicYear(2026),
        school_key: "c2Nob29sLWtleS1mb3ItdGVzdHMtb25seS0zMmJ5dGVz".into(),
        school_ref: "REF1".into(),
        pin: bytesmart::domain::pin::hash_pin("1234", &[0; 16]),
        demo: true,
        device_name: String::new(),
        last_backup: None,
        retention_years: 2,
    };
    let (_, hash) = bytesmart::storage::aup::in_force(&db, Band::Ks2).await.unwrap();
    let letter = issue_letter(
        &LetterToken {
            school_ref: "REF1".into(),
            pupil_id: "pupil_1".into(),
            pupil_name: "Sam K".into(),
            aup_id: "aup-ks2".into(),
            aup_hash: hash,
            issued: bytesmart::platform::today(),
        },
        &key_bytes(&school.school_key),
    )
    .unwrap();
    let stroke: Vec<StrokePoint> = (0..30).map(|i| StrokePoint { x: 100.0 + i as f32 * 20.0, y: 100.0 + (i % 3) as f32 * 40.0, t: i * 10, p: None }).collect();
    let reply = ParentReply {
        parent_name: "Alex K".into(),
        relationship: "father".into(),
        signed_at: now,
        locale: "cy".into(),
        ink: Ink { width: 1000.0, height: 400.0, strokes: vec![stroke], method: Default::default() },
    };
    let ret = make_return(&read_letter(&letter).unwrap(), &reply);
    let (c, p) = bytesmart::storage::aup::import_return(&db, &school, &ret).await.expect("a good return imports");
    assert_eq!(p.display_name, "Sam K");
    assert_eq!(c.parent_name, "Alex K");
    let stored: Vec<CoSignature> = db.all(Store::CoSignatures).await.unwrap();
    assert_eq!(stored, vec![c.clone()]);
    let again = bytesmart::storage::aup::import_return(&db, &school, &ret).await;
    assert_eq!(again.err(), Some(ImportError::Refused(ReturnRefusal::AlreadyImported)));
    let tampered = format!("{}A", &ret[..ret.len() - 1]);
    let bad = bytesmart::storage::aup::import_return(&db, &school, &tampered).await;
    assert!(matches!(bad, Err(ImportError::Refused(ReturnRefusal::Forged | ReturnRefusal::Malformed))), "{bad:?}");
    let after: Vec<CoSignature> = db.all(Store::CoSignatures).await.unwrap();
    assert_eq!(after, stored, "refused imports change nothing");
    db.close();
}
