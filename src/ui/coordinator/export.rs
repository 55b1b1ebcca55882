//! `/coordinator/export`: the coordinator (or a teacher with the PIN) takes the device's
//! records out as an encrypted bundle, CSV or JSON, with a passphrase strength meter.

use crate::export::bundle::{build_bundle, file_name};
use crate::export::csv_out::{events_csv, pupils_csv};
use crate::export::passphrase::check_passphrase;
use crate::platform;
use crate::storage::export::{mark_backed_up, read_record_set};
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::session::use_session;
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Bundle,
    PupilsCsv,
    EventsCsv,
    Json,
}

/// The export screen.
#[component]
pub fn ExportScreen() -> impl IntoView {
    view! { <StaffGate><ExportPanel /></StaffGate> }
}

#[component]
fn ExportPanel() -> impl IntoView {
    let s = use_session();
    let pass = RwSignal::new(String::new());
    let strength = Memo::new(move |_| check_passphrase(&pass.get()));
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let run = move |kind: Kind| {
        if busy.get_untracked() {
            return;
        }
        let Some(school) = s.school.get_untracked() else { return };
        busy.set(true);
        done.set(None);
        error.set(None);
        let passphrase = pass.get_untracked();
        leptos::task::spawn_local(async move {
            let at = platform::now();
            match read_record_set(&school, at).await {
                Ok(set) => {
                    let out = match kind {
                        Kind::Bundle => build_bundle(&set, &passphrase, platform::random_bytes::<32>())
                            .ok()
                            .map(|b| (file_name(&set, "zip"), "application/zip", b)),
                        Kind::PupilsCsv => Some((file_name(&set, "csv"), "text/csv", pupils_csv(&set))),
                        Kind::EventsCsv => {
                            Some((file_name(&set, "csv").replace(".csv", "-events.csv"), "text/csv", events_csv(&set)))
                        }
                        Kind::Json => Some((file_name(&set, "json"), "application/json", set.to_json().into_bytes())),
                    };
                    match out {
                        Some((name, mime, bytes)) => {
                            platform::download(&name, mime, &bytes);
                            if kind == Kind::Bundle {
                                let _ = mark_backed_up(at).await;
                                pass.set(String::new());
                            }
                            done.set(Some(t_args("export-done", &[("file", name.into())])));
                        }
                        None => error.set(Some(t("export-pass-not-strong"))),
                    }
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="page coordinator-export" data-screen="coordinator-export">
            <h1>{tr!("export-heading")}</h1>
            <p>{tr!("export-explain")}</p>
            <h2>{tr!("export-bundle-heading")}</h2>
            <p>{tr!("export-bundle-explain")}</p>
            <div class="field">
                <label for="export-pass">{tr!("export-pass-label")}</label>
                <input id="export-pass" type="password" autocomplete="new-password" aria-describedby="export-pass-hint export-pass-issues"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev)) />
                <p id="export-pass-hint" class="field-hint">{tr!("export-pass-hint")}</p>
                <label for="export-pass-meter">{tr!("export-pass-strength")}</label>
                <meter id="export-pass-meter" min="0" max="4" low="2" high="3" optimum="4"
                    value=move || strength.get().score.to_string()></meter>
                <span class="strength-word">{move || t(&format!("export-strength-{}", strength.get().score))}</span>
                <ul id="export-pass-issues" class="pass-issues" aria-live="polite">
                    {move || (!pass.get().is_empty()).then(|| strength.get().issues.iter().map(|i| view! {
                        <li>{t(i.message_key())}</li>
                    }).collect_view())}
                </ul>
            </div>
            <div class="actions">
                <button class="button primary" disabled=move || busy.get() || !strength.get().acceptable()
                    on:click=move |_| run(Kind::Bundle)>{tr!("export-bundle-button")}</button>
            </div>
            <h2>{tr!("export-plain-heading")}</h2>
            <p class="notice warn">{tr!("export-plain-warning")}</p>
            <div class="actions">
                <button class="button" disabled=move || busy.get() on:click=move |_| run(Kind::PupilsCsv)>{tr!("export-csv-button")}</button>
                <button class="button" disabled=move || busy.get() on:click=move |_| run(Kind::EventsCsv)>{tr!("export-events-button")}</button>
                <button class="button" disabled=move || busy.get() on:click=move |_| run(Kind::Json)>{tr!("export-json-button")}</button>
            </div>
            <p role="status" class="notice">{move || done.get()}</p>
            <p role="alert" class="error">{move || error.get()}</p>
        </section>
    }
}
