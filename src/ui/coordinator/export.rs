//! `/coordinator/export`: the coordinator (or a teacher with the PIN) takes the device's
//! records out as an encrypted bundle, CSV or JSON, with a passphrase strength meter. Each
//! file can be downloaded or, where the browser can share files, handed to the share sheet.

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

impl Kind {
    /// MIME type of the file.
    fn mime(self) -> &'static str {
        match self {
            Kind::Bundle => "application/zip",
            Kind::PupilsCsv | Kind::EventsCsv => "text/csv",
            Kind::Json => "application/json",
        }
    }

    /// An example name, to ask the browser whether it could share such a file.
    fn example(self) -> &'static str {
        match self {
            Kind::Bundle => "records.zip",
            Kind::PupilsCsv | Kind::EventsCsv => "records.csv",
            Kind::Json => "records.json",
        }
    }
}

/// A file made and waiting for a fresh tap to share (the tap that made it has run out).
type Ready = (String, &'static str, Vec<u8>);

fn share_message(res: Result<(), platform::ShareError>, name: &str, file: Ready, ready: RwSignal<Option<Ready>>, done: RwSignal<Option<String>>) {
    use platform::ShareError::*;
    match res {
        Ok(()) => {
            ready.set(None);
            done.set(Some(t_args("export-shared", &[("file", name.to_string().into())])));
        }
        Err(Cancelled) => {}
        Err(NeedsTap) => ready.set(Some(file)),
        Err(Unsupported | Failed) => {
            // Sharing did not work: save the file instead.
            ready.set(None);
            platform::download(&file.0, file.1, &file.2);
            done.set(Some(t_args("export-done", &[("file", name.to_string().into())])));
        }
    }
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
    let ready = RwSignal::new(None::<Ready>);
    // Which kinds of file this browser can hand to the system share sheet.
    let shareable = StoredValue::new(
        [Kind::Bundle, Kind::PupilsCsv, Kind::EventsCsv, Kind::Json].map(|k| (k, platform::can_share_file(k.example(), k.mime()))),
    );
    let can_share = move |k: Kind| shareable.with_value(|v| v.iter().any(|(x, ok)| *x == k && *ok));
    let run = move |kind: Kind, share: bool| {
        if busy.get_untracked() {
            return;
        }
        let Some(school) = s.school.get_untracked() else { return };
        busy.set(true);
        done.set(None);
        error.set(None);
        ready.set(None);
        let passphrase = pass.get_untracked();
        leptos::task::spawn_local(async move {
            let at = platform::now();
            match read_record_set(&school, at).await {
                Ok(set) => {
                    let out = match kind {
                        Kind::Bundle => build_bundle(&set, &passphrase, platform::random_bytes::<32>())
                            .ok()
                            .map(|b| (file_name(&set, "zip"), kind.mime(), b)),
                        Kind::PupilsCsv => Some((file_name(&set, "csv"), kind.mime(), pupils_csv(&set))),
                        Kind::EventsCsv => {
                            Some((file_name(&set, "csv").replace(".csv", "-events.csv"), kind.mime(), events_csv(&set)))
                        }
                        Kind::Json => Some((file_name(&set, "json"), kind.mime(), set.to_json().into_bytes())),
                    };
                    match out {
                        Some((name, mime, bytes)) => {
                            if share {
                                let res = platform::share_file(&name, mime, &bytes).await;
                                share_message(res, &name, (name.clone(), mime, bytes), ready, done);
                            } else {
                                platform::download(&name, mime, &bytes);
                                done.set(Some(t_args("export-done", &[("file", name.clone().into())])));
                            }
                            if kind == Kind::Bundle {
                                let _ = mark_backed_up(at).await;
                                pass.set(String::new());
                            }
                        }
                        None => error.set(Some(t("export-pass-not-strong"))),
                    }
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
            busy.set(false);
        });
    };
    let share_button = move |kind: Kind, label: fn() -> String| {
        can_share(kind).then(|| {
            let disabled = move || busy.get() || (kind == Kind::Bundle && !strength.get().acceptable());
            view! {
                <button class="button" data-action="share" aria-label=label disabled=disabled on:click=move |_| run(kind, true)>
                    {tr!("export-share")}
                </button>
            }
        })
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
                    on:click=move |_| run(Kind::Bundle, false)>{tr!("export-bundle-button")}</button>
                {share_button(Kind::Bundle, || t("export-share-bundle"))}
            </div>
            <h2>{tr!("export-plain-heading")}</h2>
            <p class="notice warn">{tr!("export-plain-warning")}</p>
            <div class="actions">
                <button class="button" disabled=move || busy.get() on:click=move |_| run(Kind::PupilsCsv, false)>{tr!("export-csv-button")}</button>
                {share_button(Kind::PupilsCsv, || t("export-share-csv"))}
            </div>
            <div class="actions">
                <button class="button" disabled=move || busy.get() on:click=move |_| run(Kind::EventsCsv, false)>{tr!("export-events-button")}</button>
                {share_button(Kind::EventsCsv, || t("export-share-events"))}
            </div>
            <div class="actions">
                <button class="button" disabled=move || busy.get() on:click=move |_| run(Kind::Json, false)>{tr!("export-json-button")}</button>
                {share_button(Kind::Json, || t("export-share-json"))}
            </div>
            {move || ready.get().map(|(name, _, _)| view! {
                <div class="notice" role="status">
                    <p>{t_args("export-share-ready", &[("file", name.into())])}</p>
                    <button class="button primary" on:click=move |_| {
                        let Some(file) = ready.get_untracked() else { return };
                        leptos::task::spawn_local(async move {
                            let res = platform::share_file(&file.0, file.1, &file.2).await;
                            let name = file.0.clone();
                            share_message(res, &name, file, ready, done);
                        });
                    }>{tr!("export-share")}</button>
                </div>
            })}
            <p role="status" class="notice">{move || done.get()}</p>
            <p role="alert" class="error">{move || error.get()}</p>
        </section>
    }
}
