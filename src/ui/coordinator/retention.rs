//! `/coordinator/retention`: delete a leaver or a past academic year everywhere on this
//! device. The confirmation names what will go (counts per kind); the deletion and its
//! receipt are one transaction; receipts are listed below.

use crate::domain::academic_year::AcademicYear;
use crate::export::record_set::Records;
use crate::export::report::overdue;
use crate::export::retention::{plan_delete_pupil, plan_delete_year, RetentionPlan};
use crate::platform;
use crate::storage::export::{apply_retention, read_records, receipts};
use crate::storage::StorageError;
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::session::{use_session, StaffRole};
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;

/// The retention screen.
#[component]
pub fn RetentionScreen() -> impl IntoView {
    view! { <StaffGate><RetentionPanel /></StaffGate> }
}

fn counts_text(p: &RetentionPlan) -> String {
    let c = &p.counts;
    t_args("retention-counts", &[
            ("pupils", c.pupils.into()),
            ("progress", c.progress.into()),
            ("attempts", c.quiz_attempts.into()),
            ("signatures", c.signatures.into()),
            ("cosignatures", c.cosignatures.into()),
            ("deliveries", c.deliveries.into()),
            ("classes", c.classes.into()),
        ],
    )
}

/// The role written on a deletion receipt.
fn role_name(staff: Option<StaffRole>) -> &'static str {
    match staff {
        Some(StaffRole::Teacher) => "teacher",
        _ => "coordinator",
    }
}

/// Deletes what the plan names and keeps its receipt, in one transaction.
async fn carry_out(plan: &RetentionPlan, role: &str) -> Result<(), StorageError> {
    let receipt = plan.receipt(platform::new_id("receipt"), platform::now(), role);
    apply_retention(plan, &receipt).await
}

/// Deletes one pupil and every record about them with a receipt: the single path for a
/// teacher removing a pupil and the coordinator deleting a leaver.
pub async fn delete_pupil(pupil_id: &str, role: &str) -> Result<RetentionPlan, StorageError> {
    let records = read_records().await?;
    let plan = plan_delete_pupil(&records, pupil_id).map_err(|_| StorageError::Other("pupil not found".into()))?;
    carry_out(&plan, role).await?;
    Ok(plan)
}

#[component]
fn RetentionPanel() -> impl IntoView {
    let s = use_session();
    let version = RwSignal::new(0u32);
    let records = LocalResource::new(move || {
        version.track();
        async move { read_records().await.ok() }
    });
    let receipt_list = LocalResource::new(move || {
        version.track();
        async move { receipts().await.unwrap_or_default() }
    });
    let pupil_choice = RwSignal::new(String::new());
    // The settings nudge links here with the oldest overdue year chosen.
    let query = leptos_router::hooks::use_query_map();
    let year_choice = RwSignal::new(query.with_untracked(|q| q.get("year")).unwrap_or_default());
    let pending = RwSignal::new(None::<(String, RetentionPlan)>);
    let message = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let current = move || s.school.get().map(|sc| sc.academic_year).unwrap_or(AcademicYear(2026));

    let plan_pupil = move |_| {
        error.set(None);
        let Some(Some(r)) = records.get() else { return };
        let id = pupil_choice.get_untracked();
        let name = r.pupils.iter().find(|p| p.id == id).map(|p| p.display_name.clone()).unwrap_or_default();
        match plan_delete_pupil(&r, &id) {
            Ok(plan) => pending.set(Some((t_args("retention-confirm-pupil", &[("name", name.into())]), plan))),
            Err(_) => error.set(Some(t("retention-choose-pupil"))),
        }
    };
    let plan_year = move |_| {
        error.set(None);
        let Some(Some(r)) = records.get() else { return };
        let Some(year) = AcademicYear::parse(&year_choice.get_untracked()) else {
            error.set(Some(t("retention-choose-year")));
            return;
        };
        match plan_delete_year(&r, year, current()) {
            Ok(plan) => pending.set(Some((t_args("retention-confirm-year", &[("year", year.label().into())]), plan))),
            Err(_) => error.set(Some(t("retention-not-past"))),
        }
    };
    let confirm = move |_| {
        let Some((_, plan)) = pending.get_untracked() else { return };
        let role = role_name(s.staff.get_untracked());
        leptos::task::spawn_local(async move {
            match carry_out(&plan, role).await {
                Ok(()) => {
                    pending.set(None);
                    pupil_choice.set(String::new());
                    message.set(Some(t_args("retention-done", &[("what", counts_text(&plan).into())])));
                    version.update(|v| *v += 1);
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
        });
    };
    // The last five years, plus any older year that still has records.
    let past_years = move || {
        let cur = current();
        let mut years: std::collections::BTreeSet<AcademicYear> = (1..=5).map(|n| AcademicYear(cur.0 - n)).collect();
        if let Some(Some(r)) = records.get() {
            years.extend(overdue(&r, cur, 1).years);
        }
        years.into_iter().rev().collect::<Vec<_>>()
    };
    view! {
        <section class="page coordinator-retention" data-screen="coordinator-retention">
            <h1>{tr!("retention-heading")}</h1>
            <p>{move || s.school.get().map(|sc| t_args("retention-policy", &[("years", sc.retention_years.into())]))}</p>
            <h2>{tr!("retention-pupil-heading")}</h2>
            <div class="field">
                <label for="retention-pupil">{tr!("retention-pupil-label")}</label>
                <select id="retention-pupil" prop:value=move || pupil_choice.get() on:change=move |ev| pupil_choice.set(event_target_value(&ev))>
                    <option value="">{tr!("retention-pupil-none")}</option>
                    {move || records.get().flatten().map(|r: Records| {
                        let mut ps = r.pupils.clone();
                        ps.sort_by(|a, b| a.display_name.cmp(&b.display_name));
                        ps.into_iter().map(|p| view! { <option value=p.id.clone()>{p.display_name.clone()}</option> }).collect_view()
                    })}
                </select>
            </div>
            <button class="button danger" on:click=plan_pupil>{tr!("retention-pupil-button")}</button>
            <h2>{tr!("retention-year-heading")}</h2>
            <div class="field">
                <label for="retention-year">{tr!("retention-year-label")}</label>
                <select id="retention-year" prop:value=move || year_choice.get() on:change=move |ev| year_choice.set(event_target_value(&ev))>
                    <option value="">{tr!("retention-year-none")}</option>
                    {move || past_years().into_iter().map(|y| {
                        let l = y.label();
                        view! { <option value=l.clone() selected=year_choice.get_untracked() == l>{y.label()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button class="button danger" on:click=plan_year>{tr!("retention-year-button")}</button>
            {move || pending.get().map(|(what, plan)| view! {
                <div class="notice warn" role="alertdialog" aria-labelledby="retention-confirm-title">
                    <p id="retention-confirm-title"><strong>{what}</strong></p>
                    <p>{counts_text(&plan)}</p>
                    <p>{tr!("retention-cannot-undo")}</p>
                    <div class="actions">
                        <button class="button danger" on:click=confirm>{tr!("retention-confirm-button")}</button>
                        <button class="button" on:click=move |_| pending.set(None)>{tr!("cancel")}</button>
                    </div>
                </div>
            })}
            <p role="status" class="notice">{move || message.get()}</p>
            <p role="alert" class="error">{move || error.get()}</p>
            <h2>{tr!("retention-receipts-heading")}</h2>
            <ul class="receipts">
                {move || receipt_list.get().map(|list| list.into_iter().map(|r| view! {
                    <li>{t_args("retention-receipt", &[
                        ("date", crate::ui::i18n::fmt_datetime(r.at).into()),
                        ("role", r.by_role.clone().into()),
                        ("summary", r.summary.clone().into()),
                    ])}</li>
                }).collect_view())}
            </ul>
        </section>
    }
}
