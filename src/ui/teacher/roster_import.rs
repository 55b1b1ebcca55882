//! Importing a class list from a CSV file exported by the school's MIS: a preview with the
//! rows to add and every refused row with its reason, and nothing saved until confirmed.

use crate::domain::records::{Pupil, PupilPrefs};
use crate::domain::roster::{parse, RosterError, RosterPreview, RowProblem};
use crate::platform;
use crate::storage::school::{class, pupils_in, save_pupils};
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// `/teacher/classes/:id/import`.
#[component]
pub fn RosterImport() -> impl IntoView {
    view! { <StaffGate><ImportPanel /></StaffGate> }
}

fn problem_text(p: &RowProblem) -> String {
    match p {
        RowProblem::MissingName => t("roster-missing-name"),
        RowProblem::Duplicate { first_line } => t_args("roster-duplicate", &[("line", (*first_line).into())]),
        RowProblem::AlreadyInClass => t("roster-already"),
        RowProblem::Unreadable => t("roster-unreadable"),
    }
}

#[component]
fn ImportPanel() -> impl IntoView {
    let params = use_params_map();
    let class_id = move || params.with(|p| p.get("id").unwrap_or_default());
    let the_class = LocalResource::new(move || {
        let id = class_id();
        async move { class(&id).await.ok().flatten() }
    });
    let preview = RwSignal::new(None::<RosterPreview>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        let files = platform::files_from_input(&ev);
        preview.set(None);
        done.set(None);
        error.set(None);
        let id = class_id();
        leptos::task::spawn_local(async move {
            let Some(f) = files.first() else { return };
            let Some(bytes) = platform::read_file(f).await else {
                error.set(Some(t("roster-unreadable-file")));
                return;
            };
            let existing: Vec<(String, Option<String>)> = pupils_in(&id)
                .await
                .unwrap_or_default()
                .into_iter()
                .map(|p| (p.display_name, p.admission_number))
                .collect();
            match parse(&bytes, &existing) {
                Ok(p) => preview.set(Some(p)),
                Err(RosterError::Empty) => error.set(Some(t("roster-empty"))),
                Err(RosterError::NoNameColumn) => error.set(Some(t("roster-no-names"))),
            }
        });
    };
    let import = move |_| {
        let Some(p) = preview.get_untracked() else { return };
        let id = class_id();
        busy.set(true);
        let now = platform::now();
        let pupils: Vec<Pupil> = p
            .rows
            .iter()
            .map(|r| Pupil {
                id: platform::new_id("pupil"),
                class_id: id.clone(),
                display_name: r.display_name.clone(),
                admission_number: r.admission_number.clone(),
                symbol: None,
                prefs: PupilPrefs::default(),
                updated_at: now,
            })
            .collect();
        leptos::task::spawn_local(async move {
            match save_pupils(&pupils).await {
                Ok(()) => {
                    done.set(Some(t_args("roster-imported", &[("count", pupils.len().into())])));
                    preview.set(None);
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="page" data-screen="roster-import">
            <p><A href=move || format!("/teacher/classes/{}", class_id()) attr:class="inline-target">{tr!("back-to-class")}</A></p>
            <h1>{move || t_args("roster-heading", &[("class", the_class.get().flatten().map(|c| c.name).unwrap_or_default().into())])}</h1>
            <p>{tr!("roster-explain")}</p>
            <div class="field">
                <label for="roster-file">{tr!("roster-choose")}</label>
                <input id="roster-file" type="file" accept=".csv,text/csv,text/plain" on:change=on_file />
            </div>
            <p role="alert" class="error">{move || error.get()}</p>
            <p role="status" class="notice" class:visually-hidden=move || done.get().is_none()>{move || done.get()}</p>
            {move || preview.get().map(|p| {
                let n = p.rows.len();
                view! {
                    <h2>{t_args("roster-preview", &[("count", n.into())])}</h2>
                    {p.windows_1252.then(|| view! { <p class="field-hint">{tr!("roster-windows-1252")}</p> })}
                    <table class="roster-preview">
                        <caption class="visually-hidden">{tr!("roster-table-caption")}</caption>
                        <thead><tr><th scope="col">{tr!("roster-col-line")}</th><th scope="col">{tr!("pupil-name")}</th><th scope="col">{tr!("pupil-adno")}</th><th scope="col">{tr!("roster-col-status")}</th></tr></thead>
                        <tbody>
                            {p.rows.iter().map(|r| view! {
                                <tr><td>{r.line}</td><td>{r.display_name.clone()}</td><td>{r.admission_number.clone().unwrap_or_default()}</td><td>{tr!("roster-will-add")}</td></tr>
                            }).collect_view()}
                            {p.problems.iter().map(|(line, prob)| view! {
                                <tr class="refused"><td>{*line}</td><td></td><td></td><td><span aria-hidden="true">"⚠ "</span>{problem_text(prob)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <div class="actions">
                        <button class="button primary" disabled=move || busy.get() || n == 0 on:click=import>
                            {t_args("roster-import-button", &[("count", n.into())])}
                        </button>
                        <button class="button" on:click=move |_| preview.set(None)>{tr!("cancel")}</button>
                    </div>
                }
            })}
        </section>
    }
}
