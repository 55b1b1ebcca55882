//! Coordinator screens: set-up, the school's settings and storage health, and the way into
//! exports, imports, reports and retention.

pub mod dashboard;
pub mod export;
pub mod import;
pub mod retention;
pub mod aup;
pub mod sheets;

pub mod setup;

use crate::domain::school::Enrolment;
use crate::platform;
use crate::domain::academic_year::AcademicYear;
use crate::export::report::{oldest_kept, overdue};
use crate::storage::export::read_records;
use crate::storage::school::{erase_device, save_school};
use crate::tr;
use crate::ui::i18n::{fmt_datetime, fmt_number, t, t_args};
use crate::ui::session::use_session;
use crate::ui::widgets::staff_gate::{LockButton, StaffGate};
use leptos::prelude::*;
use crate::ui::widgets::nav_links::{LinkCards, NavLink};

/// Links on the coordinator home (one line per screen).
pub const COORDINATOR_LINKS: &[NavLink] = &[
    NavLink { href: "/teacher/classes", label: "teacher-link-classes", hint: "teacher-link-classes-hint", picture: "school" },
    NavLink { href: "/teacher/quiz-report", label: "quiz-report-link", hint: "quiz-report-link-hint", picture: "chart" },
    NavLink { href: "/coordinator/dashboard", label: "coord-link-dashboard", hint: "coord-link-dashboard-hint", picture: "" },
    NavLink { href: "/coordinator/export", label: "coord-link-export", hint: "coord-link-export-hint", picture: "" },
    NavLink { href: "/coordinator/import", label: "coord-link-import", hint: "coord-link-import-hint", picture: "" },
    NavLink { href: "/coordinator/sheets", label: "coord-link-sheets", hint: "coord-link-sheets-hint", picture: "" },
    NavLink { href: "/coordinator/retention", label: "coord-link-retention", hint: "coord-link-retention-hint", picture: "" },
    NavLink { href: "/teacher/aup", label: "aup-link-teacher", hint: "aup-link-teacher-hint", picture: "check" },
    NavLink { href: "/coordinator/aup", label: "aup-link-editor", hint: "aup-link-editor-hint", picture: "book" },
];

/// Coordinator home at `/coordinator`.
#[component]
pub fn CoordinatorHome() -> impl IntoView {
    view! {
        <StaffGate>
            <CoordinatorPanel />
        </StaffGate>
    }
}

#[component]
fn CoordinatorPanel() -> impl IntoView {
    let s = use_session();
    let storage = LocalResource::new(|| async {
        (platform::storage_persisted().await, platform::storage_estimate().await)
    });
    let show_code = RwSignal::new(false);
    let confirm_remove = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let code = move || {
        s.school.get().map(|sc| {
            Enrolment { school_name: sc.name, academic_year: sc.academic_year, school_key: sc.school_key }.encode()
        })
    };
    let download_code = move |_| {
        if let Some(c) = code() {
            platform::download("school.bytesmart-enrol", "text/plain", c.as_bytes());
        }
    };
    let remove_demo = move |_| {
        leptos::task::spawn_local(async move {
            match erase_device().await {
                Ok(()) => {
                    s.sign_out_pupil();
                    s.lock_staff();
                    // A full reload starts the app afresh on the set-up screen.
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_href("/setup");
                    }
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
        });
    };
    view! {
        <section class="page coordinator" data-screen="coordinator">
            <div class="page-head">
                <h1>{tr!("role-coordinator-heading")}</h1>
                <LockButton />
            </div>
            {move || s.school.get().map(|sc| { let demo = sc.demo; view! {
                <p class="school-line">
                    <strong>{sc.name.clone()}</strong>" · "{sc.academic_year.label()}
                    " · "{t_args("coord-school-ref", &[("reference", sc.school_ref.clone().into())])}
                </p>
                <Show when=move || demo>
                    <div class="notice warn" role="note">
                        <p>{tr!("coord-demo-notice")}</p>
                        <Show when=move || !confirm_remove.get() fallback=move || view! {
                            <p><strong>{tr!("coord-demo-remove-confirm")}</strong></p>
                            <div class="actions">
                                <button class="button danger" on:click=remove_demo>{tr!("coord-demo-remove-yes")}</button>
                                <button class="button" on:click=move |_| confirm_remove.set(false)>{tr!("cancel")}</button>
                            </div>
                        }>
                            <button class="button danger" on:click=move |_| confirm_remove.set(true)>{tr!("coord-demo-remove")}</button>
                        </Show>
                    </div>
                </Show>
            }})}
            <p role="alert" class="error">{move || error.get()}</p>
            <LinkCards links=COORDINATOR_LINKS nav_label="coord-nav-label" />
            <h2>{tr!("coord-storage-heading")}</h2>
            {move || storage.get().map(|(persisted, est)| view! {
                <p>{if persisted { t("coord-storage-persisted") } else { t("coord-storage-not-persisted") }}</p>
                {est.map(|(used, quota)| view! {
                    <p>{t_args("coord-storage-use", &[
                        ("used", fmt_number(used / 1_048_576.0, 1).into()),
                        ("quota", fmt_number(quota / 1_048_576.0, 0).into()),
                    ])}</p>
                })}
            })}
            <p class="notice">
                {move || match s.school.get().and_then(|sc| sc.last_backup) {
                    Some(at) => t_args("coord-last-backup", &[("date", fmt_datetime(at).into())]),
                    None => t("coord-never-backed-up"),
                }}
            </p>
            <RetentionSettings />
            <h2>{tr!("coord-enrol-heading")}</h2>
            <p>{tr!("coord-enrol-explain")}</p>
            <Show when=move || show_code.get() fallback=move || view! {
                <button class="button" on:click=move |_| show_code.set(true)>{tr!("coord-enrol-show")}</button>
            }>
                <label for="enrol-code-out">{tr!("coord-enrol-code")}</label>
                <textarea id="enrol-code-out" readonly rows="4" class="code">{code}</textarea>
                <div class="actions">
                    <button class="button" on:click=download_code>{tr!("coord-enrol-download")}</button>
                    <button class="button" on:click=move |_| show_code.set(false)>{tr!("coord-enrol-hide")}</button>
                </div>
            </Show>
        </section>
    }
}

/// Longest keep-for period offered, in academic years.
const MAX_KEEP_YEARS: u8 = 7;

/// The school's keep-for period (changeable here) and a nudge when records older than it are
/// still on the device, with a link to the retention screen.
#[component]
fn RetentionSettings() -> impl IntoView {
    let s = use_session();
    let version = RwSignal::new(0u32);
    let records = LocalResource::new(move || {
        version.track();
        async move { read_records().await.ok() }
    });
    let error = RwSignal::new(None::<String>);
    let nudge = move || {
        let sc = s.school.get()?;
        let r = records.get().flatten()?;
        let o = overdue(&r, sc.academic_year, sc.retention_years);
        (o.records > 0).then_some((o, oldest_kept(sc.academic_year, sc.retention_years)))
    };
    let set_years = move |ev: leptos::ev::Event| {
        let Ok(years) = event_target_value(&ev).parse::<u8>() else { return };
        let Some(mut school) = s.school.get_untracked() else { return };
        school.retention_years = years.clamp(1, MAX_KEEP_YEARS);
        leptos::task::spawn_local(async move {
            match save_school(&school).await {
                Ok(()) => {
                    error.set(None);
                    s.school.set(Some(school));
                    version.update(|v| *v += 1);
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
        });
    };
    view! {
        <h2>{tr!("coord-keep-heading")}</h2>
        <p data-testid="keep-period">{move || s.school.get().map(|sc| t_args("coord-keep-period", &[
            ("years", sc.retention_years.into()),
            ("oldest", oldest_kept(sc.academic_year, sc.retention_years).label().into()),
        ]))}</p>
        <div class="field">
            <label for="keep-years">{tr!("coord-keep-label")}</label>
            <select id="keep-years" on:change=set_years
                prop:value=move || s.school.get().map(|sc| sc.retention_years.to_string()).unwrap_or_default()>
                {(1..=MAX_KEEP_YEARS).map(|y| view! {
                    <option value=y.to_string()>{t_args("coord-keep-option", &[("years", y.into())])}</option>
                }).collect_view()}
            </select>
        </div>
        <p role="alert" class="error">{move || error.get()}</p>
        {move || nudge().map(|(o, keep_from)| {
            let oldest = o.years.first().copied().unwrap_or(AcademicYear(keep_from.0 - 1));
            view! {
                <div class="notice warn retention-nudge" role="status" data-testid="retention-nudge">
                    <p><strong>{t_args("coord-keep-nudge", &[
                        ("count", o.records.into()),
                        ("before", keep_from.label().into()),
                    ])}</strong></p>
                    <p>{t_args("coord-keep-nudge-years", &[
                        ("years", o.years.iter().map(|y| y.label()).collect::<Vec<_>>().join(", ").into()),
                    ])}</p>
                    <a class="button" href=format!("/coordinator/retention?year={}", oldest.label())>{tr!("coord-keep-nudge-link")}</a>
                </div>
            }
        })}
    }
}
