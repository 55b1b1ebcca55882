//! Teacher AUP view: per class who has signed, who has a parent co-signature and who is due;
//! in-class parent co-signing on the same tablet; printable parent letters (one per page, with
//! link and QR code) for everyone or just the missing ones; importing parents' returns.

use crate::content::model::aup::Aup;
use crate::domain::academic_year::AcademicYear;
use crate::domain::aup::Due;
use crate::domain::ink_svg::check_signature;
use crate::domain::records::{Class, CoSignChannel, CoSignature, Ink, Pupil};
use crate::platform;
use crate::storage::aup::{ImportError, PupilStatus};
use crate::storage::{self, Store};
use crate::ui::i18n::{locale, t, t_args, t_in as in_locale};
use crate::ui::pupil::aup::ink_problem_text;
use crate::ui::session::use_session;
use crate::ui::widgets::signature_pad::{empty_ink, SignaturePad};
use crate::ui::widgets::parent_letters::{make_letter, print_after_render, Letter, PrintedLetters};
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Relationship codes offered to parents (shown through `aup-rel-<code>`).
pub const RELATIONSHIPS: [&str; 5] = ["mother", "father", "carer", "grandparent", "other"];

pub use crate::ui::widgets::parent_letters::qr_svg;

fn status_text(d: Due, parent: bool) -> String {
    match d {
        Due::UpToDate if parent => t("aup-status-cosigned"),
        Due::UpToDate => t("aup-status-signed"),
        Due::NeverSigned => t("aup-status-not-signed"),
        Due::NewYear => t("aup-status-due-new-year"),
        Due::TextChanged => t("aup-status-due-text-changed"),
    }
}

/// `/teacher/aup`.
#[component]
pub fn TeacherAup() -> impl IntoView {
    let session = use_session();
    let classes = LocalResource::new(|| async {
        let db = storage::db().await.ok()?;
        let mut v: Vec<Class> = db.all(Store::Classes).await.ok()?;
        v.retain(|c| !c.archived);
        v.sort_by(|a, b| a.name.cmp(&b.name));
        Some(v)
    });
    let class_id = RwSignal::new(None::<String>);
    let version = RwSignal::new(0u32);
    let status = LocalResource::new(move || {
        version.track();
        let id = class_id.get();
        async move {
            let db = storage::db().await.ok()?;
            let class: Class = db.get(Store::Classes, &id?).await.ok()??;
            storage::aup::class_status(&db, &class, platform::today()).await.ok()
        }
    });
    Effect::new(move |_| {
        if class_id.get_untracked().is_none()
            && let Some(Some(first)) = classes.get().map(|c| c.and_then(|v| v.first().cloned()))
        {
            class_id.set(Some(first.id));
        }
    });
    let letters = RwSignal::new(Vec::<Letter>::new());
    let cosign_for = RwSignal::new(None::<Pupil>);
    let message = RwSignal::new(None::<(bool, String)>);

    let print = move |only_missing: bool| {
        let Some(school) = session.school.get_untracked() else { return };
        let Some(Some((text, hash, rows))) = status.get_untracked() else { return };
        let today = platform::today();
        let list: Vec<Letter> = rows
            .into_iter()
            .filter(|r| !only_missing || r.parent_due.is_due())
            .filter_map(|r| make_letter(&school, r.pupil, text.clone(), &hash, today))
            .collect();
        if list.is_empty() {
            message.set(Some((true, t("aup-letters-none-missing"))));
        }
        letters.set(list);
        if !letters.get_untracked().is_empty() {
            print_after_render();
        }
    };

    let import_text = RwSignal::new(String::new());
    let do_import = move |text: String| {
        let Some(school) = session.school.get_untracked() else { return };
        leptos::task::spawn_local(async move {
            let res = match storage::db().await {
                Ok(db) => storage::aup::import_return(&db, &school, &text).await,
                Err(e) => Err(ImportError::Storage(e)),
            };
            match res {
                Ok((_, pupil)) => {
                    message.set(Some((true, t_args("aup-import-ok", &[("name", pupil.display_name.into())]))));
                    import_text.set(String::new());
                    version.update(|v| *v += 1);
                }
                Err(ImportError::Refused(r)) => message.set(Some((false, t(r.message_key())))),
                Err(ImportError::Storage(e)) => message.set(Some((false, t(e.message_key())))),
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        leptos::task::spawn_local(async move {
            if let Ok(v) = wasm_bindgen_futures::JsFuture::from(file.text()).await
                && let Some(s) = v.as_string()
            {
                do_import(s);
            }
        });
        input.set_value("");
    };

    // Letters can be printed in each family's language (default: the device language).
    let letter_locale = RwSignal::new(locale().to_string());
    view! {
        <StaffGate>
        <section class="page aup-teacher" data-screen="teacher-aup">
            <div class="no-print">
                <h1>{move || t("aup-teacher-heading")}</h1>
                <Show when=move || session.school.get().is_some() fallback=move || view! { <p>{t("aup-no-school")}</p> }>
                    <label class="field">
                        <span>{move || t("aup-class")}</span>
                        <select
                            name="class"
                            on:change=move |ev| class_id.set(Some(event_target_value(&ev)))
                            prop:value=move || class_id.get().unwrap_or_default()
                        >
                            {move || classes.get().flatten().unwrap_or_default().into_iter().map(|c| {
                                let id = c.id.clone();
                                view! { <option value=id>{c.name}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <Suspense fallback=move || view! { <p>{t("aup-loading")}</p> }>
                        {move || status.get().flatten().map(|(_, _, rows)| view! { <StatusTable rows=rows cosign_for=cosign_for /> })}
                    </Suspense>
                    <div class="aup-actions">
                        <label class="field">
                            <span>{move || t("aup-letter-language")}</span>
                            <select id="letter-language" on:change=move |ev| letter_locale.set(event_target_value(&ev)) prop:value=move || letter_locale.get()>
                                {crate::i18n::LOCALES.iter().map(|l| view! { <option value=l.code lang=l.code>{l.native_name}</option> }).collect_view()}
                            </select>
                        </label>
                        <button class="button" data-action="print-missing" on:click=move |_| print(true)>{move || t("aup-print-missing")}</button>
                        <button class="button" data-action="print-all" on:click=move |_| print(false)>{move || t("aup-print-all")}</button>
                    </div>
                    {move || message.get().map(|(ok, m)| view! {
                        <p class=if ok { "notice ok" } else { "notice error" } role="status" data-import-result=if ok { "ok" } else { "refused" }>
                            <span aria-hidden="true">{if ok { "✔ " } else { "✖ " }}</span>{m}
                        </p>
                    })}
                    {move || cosign_for.get().map(|p| view! {
                        <InClassCoSign pupil=p on_close=move |saved| {
                            cosign_for.set(None);
                            if saved { version.update(|v| *v += 1); }
                        } />
                    })}
                    <section class="aup-import" aria-labelledby="aup-import-h">
                        <h2 id="aup-import-h">{move || t("aup-import-heading")}</h2>
                        <p>{move || t("aup-import-help")}</p>
                        <label class="field">
                            <span>{move || t("aup-import-file")}</span>
                            <input type="file" name="return-file" accept=".txt,text/plain" on:change=on_file />
                        </label>
                        <CameraScan on_code=do_import />
                        <label class="field">
                            <span>{move || t("aup-import-paste")}</span>
                            <textarea
                                name="return-text"
                                rows="3"
                                prop:value=move || import_text.get()
                                on:input=move |ev| import_text.set(event_target_value(&ev))
                            ></textarea>
                        </label>
                        <button class="button primary" data-action="import" on:click=move |_| do_import(import_text.get_untracked())>
                            {move || t("aup-import-button")}
                        </button>
                    </section>
                </Show>
            </div>
            <PrintedLetters letters=letters letter_locale=letter_locale school=session.school.into() />
        </section>
        </StaffGate>
    }
}

#[component]
fn StatusTable(rows: Vec<PupilStatus>, cosign_for: RwSignal<Option<Pupil>>) -> impl IntoView {
    let signed = rows.iter().filter(|r| !r.pupil_due.is_due()).count();
    let parents = rows.iter().filter(|r| !r.parent_due.is_due()).count();
    let total = rows.len();
    view! {
        <p class="aup-summary">
            {t_args("aup-summary", &[("signed", signed.into()), ("parents", parents.into()), ("total", total.into())])}
        </p>
        <table class="aup-status">
            <thead>
                <tr>
                    <th scope="col">{t("aup-col-pupil")}</th>
                    <th scope="col">{t("aup-col-pupil-signed")}</th>
                    <th scope="col">{t("aup-col-parent")}</th>
                    <th scope="col">{t("aup-col-actions")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let p = r.pupil.clone();
                    let full = !r.pupil_due.is_due() && !r.parent_due.is_due();
                    view! {
                        <tr data-pupil=r.pupil.display_name.clone() data-fully-signed=if full { "true" } else { "false" }>
                            <th scope="row">{r.pupil.display_name.clone()}</th>
                            <td data-col="pupil" data-due=if r.pupil_due.is_due() { "true" } else { "false" }>
                                <span aria-hidden="true">{if r.pupil_due.is_due() { "○ " } else { "✔ " }}</span>
                                {status_text(r.pupil_due, false)}
                            </td>
                            <td data-col="parent" data-due=if r.parent_due.is_due() { "true" } else { "false" }>
                                <span aria-hidden="true">{if r.parent_due.is_due() { "○ " } else { "✔ " }}</span>
                                {status_text(r.parent_due, true)}
                                {r.cosignature.clone().filter(|_| !r.parent_due.is_due()).map(|c| view! {
                                    <span class="aup-cosigner">
                                        {t_args("aup-cosigned-by", &[("name", c.parent_name.into()), ("relationship", t(&format!("aup-rel-{}", rel_code(&c.relationship))).into())])}
                                    </span>
                                })}
                            </td>
                            <td>
                                <button class="button" data-action="cosign" on:click=move |_| cosign_for.set(Some(p.clone()))>
                                    {t("aup-cosign-here")}
                                </button>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Known relationship code, or "other" for anything else.
pub fn rel_code(s: &str) -> &'static str {
    RELATIONSHIPS.iter().copied().find(|r| *r == s).unwrap_or("other")
}

#[component]
fn InClassCoSign(pupil: Pupil, on_close: impl Fn(bool) + Copy + 'static) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let rel = RwSignal::new("mother".to_string());
    let ink = RwSignal::new(empty_ink());
    let typing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let pupil_name = pupil.display_name.clone();
    let save = move |_| {
        let n = name.get_untracked().trim().to_string();
        let mut drawing: Ink = ink.get_untracked();
        if typing.get_untracked() {
            drawing.strokes.clear();
            drawing.method = crate::domain::records::SignMethod::Typed(n.clone());
        }
        if n.is_empty() {
            error.set(Some(t("aup-parent-name-needed")));
            return;
        }
        if let Err(p) = check_signature(&drawing) {
            error.set(Some(ink_problem_text(p)));
            return;
        }
        let pupil = pupil.clone();
        leptos::task::spawn_local(async move {
            let res = async {
                let db = storage::db().await?;
                let class: Option<Class> = db.get(Store::Classes, &pupil.class_id).await?;
                let band = class.map(|c| c.band()).unwrap_or(crate::domain::band::Band::Ks2);
                let (text, hash): (Aup, String) = storage::aup::in_force(&db, band).await?;
                let now = platform::now();
                let c = CoSignature {
                    id: platform::new_id("cosig"),
                    pupil_id: pupil.id.clone(),
                    aup_id: text.id,
                    aup_hash: hash,
                    academic_year: AcademicYear::containing(platform::today()),
                    parent_name: n,
                    relationship: rel.get_untracked(),
                    signed_at: now,
                    channel: CoSignChannel::InClass,
                    locale: locale().to_string(),
                    ink: drawing,
                };
                storage::aup::record_cosignature(&db, &c).await
            }
            .await;
            match res {
                Ok(()) => on_close(true),
                Err(e) => error.set(Some(t(e.message_key()))),
            }
        });
    };
    view! {
        <section class="aup-cosign panel" aria-labelledby="cosign-h">
            <h2 id="cosign-h">{t_args("aup-cosign-heading", &[("name", pupil_name.into())])}</h2>
            <label class="field">
                <span>{t("aup-parent-name")}</span>
                <input type="text" name="parent-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </label>
            <RelationshipSelect value=rel code=None />
            <SignaturePad ink=ink label=Signal::derive(|| t("aup-pad-label-parent")) typed=Some(typing) />
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <div class="aup-statement-actions">
                <button class="button" on:click=move |_| on_close(false)>{t("aup-cancel")}</button>
                <button class="button primary" data-action="save-cosign" on:click=save>{t("aup-cosign-save")}</button>
            </div>
        </section>
    }
}

/// Relationship picker; `code` picks the language (None = device language).
#[component]
pub fn RelationshipSelect(value: RwSignal<String>, code: Option<Signal<String>>) -> impl IntoView {
    let t = move |k: &str| match code {
        Some(c) => in_locale(&c.get(), k, &[]),
        None => crate::ui::i18n::t(k),
    };
    view! {
        <label class="field">
            <span>{move || t("aup-relationship")}</span>
            <select name="relationship" prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                {RELATIONSHIPS.iter().map(|r| {
                    let key = format!("aup-rel-{r}");
                    view! { <option value=*r>{move || t(&key)}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}

/// What the camera scanner is doing.
#[derive(Clone, Copy, PartialEq)]
enum ScanState {
    Off,
    Starting,
    Scanning,
    Failed(platform::camera::CameraError),
}

/// "Scan with camera": reads a parent's return QR code from the camera and hands the code to
/// `on_code` (the same import as a file or pasted text). Uses the browser's `BarcodeDetector`
/// where it reads QR codes, else decodes canvas frames with `domain::aup_scan` (pure Rust).
/// Shown only where the browser can ask for a camera; the camera stops when a code is found,
/// on "Stop camera", and when the teacher leaves the screen.
#[component]
fn CameraScan(on_code: impl Fn(String) + Copy + Send + Sync + 'static) -> impl IntoView {
    use crate::platform::camera::{self, Camera, CameraError, Detector};
    let video = NodeRef::<leptos::html::Video>::new();
    let state = RwSignal::new(ScanState::Off);
    let decoder = RwSignal::new("");
    let cam = StoredValue::new_local(None::<Camera>);
    // Bumped on every start/stop so a stale scanning loop ends by itself.
    let run = StoredValue::new(0u32);
    // `try_` throughout: the scanning task may outlive the screen (the teacher navigated away).
    let stop = move || {
        run.try_update_value(|r| *r += 1);
        cam.try_update_value(|c| {
            if let Some(c) = c.take() {
                c.stop();
            }
        });
        if let Some(v) = video.get_untracked() {
            let _ = js_sys::Reflect::set(&v, &"srcObject".into(), &wasm_bindgen::JsValue::NULL);
        }
    };
    on_cleanup(move || stop());

    let start = move |_| {
        stop();
        let Some(v) = video.get_untracked() else { return };
        state.set(ScanState::Starting);
        run.update_value(|r| *r += 1);
        let me = run.get_value();
        leptos::task::spawn_local(async move {
            let alive = move || run.try_get_value() == Some(me);
            let started = Camera::start(&v).await;
            if !alive() {
                if let Ok(c) = started {
                    c.stop();
                }
                return;
            }
            match started {
                Err(e) => {
                    state.try_set(ScanState::Failed(e));
                    return;
                }
                Ok(c) => {
                    // Screen already gone: hand-back means it could not be stored, so stop it.
                    if let Some(Some(c)) = cam.try_set_value(Some(c)) {
                        c.stop();
                        return;
                    }
                }
            }
            state.try_set(ScanState::Scanning);
            let detector = Detector::new().await;
            decoder.try_set(if detector.is_some() { "barcode-detector" } else { "rqrr" });
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
            let Some(canvas) = doc.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else { return };
            while alive() {
                let found = match &detector {
                    Some(d) => d.detect(&v).await.into_iter().find(|t| crate::domain::aup_token::read_return(t).is_ok()),
                    None => camera::grab_rgba(&v, &canvas, crate::domain::aup_scan::MAX_SIDE as u32)
                        .and_then(|(w, h, px)| crate::domain::aup_scan::return_in_frame(w, h, &px)),
                };
                if !alive() {
                    return;
                }
                if let Some(code) = found {
                    stop();
                    state.try_set(ScanState::Off);
                    on_code(code);
                    return;
                }
                sleep_ms(200).await;
            }
        });
    };

    let message = move || match state.get() {
        ScanState::Off => None,
        ScanState::Starting | ScanState::Scanning => Some((true, t("aup-scan-looking"))),
        ScanState::Failed(CameraError::NoCamera) => Some((false, t("aup-scan-no-camera"))),
        ScanState::Failed(CameraError::Denied) => Some((false, t("aup-scan-denied"))),
        ScanState::Failed(CameraError::Failed) => Some((false, t("aup-scan-failed"))),
    };
    let on = move || matches!(state.get(), ScanState::Starting | ScanState::Scanning);
    view! {
        <Show when=camera::available>
            <div class="aup-scan" data-scan=move || match state.get() {
                ScanState::Off => "off",
                ScanState::Starting => "starting",
                ScanState::Scanning => "scanning",
                ScanState::Failed(_) => "failed",
            } data-decoder=move || decoder.get()>
                <Show
                    when=on
                    fallback=move || view! {
                        <button type="button" class="button" data-action="scan" on:click=start>{move || t("aup-scan-button")}</button>
                    }
                >
                    <button type="button" class="button" data-action="scan-stop" on:click=move |_| { stop(); state.set(ScanState::Off); }>
                        {move || t("aup-scan-stop")}
                    </button>
                </Show>
                {move || message().map(|(ok, m)| view! { <p class=if ok { "aup-note" } else { "notice error" } role="status">{m}</p> })}
                <video node_ref=video class="aup-scan-video" hidden=move || !on() aria-label=move || t("aup-scan-video") muted=true playsinline=true></video>
            </div>
        </Show>
    }
}

/// Waits `ms` milliseconds (between camera frames).
async fn sleep_ms(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}
