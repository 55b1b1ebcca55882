//! `/coordinator/import`: bring bundles and JSON files from the school's tablets into this
//! device's records. Each file is opened and checked first; the accepted ones are merged and
//! written in ONE transaction, so a refused file changes nothing.

use crate::export::import::{open_file, Refusal};
use crate::export::merge::{confirm_match, merge_all, summarize, MergeSummary, UncertainMatch};
use crate::export::record_set::Records;
use crate::platform;
use crate::storage::export::{apply_merge, read_records};
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::session::use_session;
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The import screen.
#[component]
pub fn ImportScreen() -> impl IntoView {
    view! { <StaffGate><ImportPanel /></StaffGate> }
}

fn refusal_text(r: &Refusal) -> String {
    match r {
        Refusal::OtherSchool { name } => t_args(r.message_key(), &[("school", name.clone().into())]),
        Refusal::FutureVersion { found } => t_args(r.message_key(), &[("version", (*found).into())]),
        _ => t(r.message_key()),
    }
}

#[component]
fn ImportPanel() -> impl IntoView {
    let s = use_session();
    let pass = RwSignal::new(String::new());
    let progress = RwSignal::new((0usize, 0usize));
    let busy = RwSignal::new(false);
    let summary = RwSignal::new(None::<MergeSummary>);
    let refused = RwSignal::new(Vec::<(String, String)>::new());
    let error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);

    let import = move |files: Vec<web_sys::File>| {
        if files.is_empty() || busy.get_untracked() {
            return;
        }
        let Some(school) = s.school.get_untracked() else { return };
        busy.set(true);
        summary.set(None);
        refused.set(vec![]);
        error.set(None);
        let passphrase = pass.get_untracked();
        let total = files.len();
        progress.set((0, total));
        leptos::task::spawn_local(async move {
            let mut accepted = vec![];
            let mut bad = vec![];
            for (i, f) in files.iter().enumerate() {
                let name = f.name();
                match platform::read_file(f).await {
                    Some(bytes) => match open_file(&bytes, Some(&passphrase), &school.school_ref) {
                        Ok(set) => accepted.push(set.records),
                        Err(r) => bad.push((name, refusal_text(&r))),
                    },
                    None => bad.push((name, t("import-refused-unreadable"))),
                }
                progress.set((i + 1, total));
                // Let the progress bar paint between files.
                gloo_timers::future::TimeoutFuture::new(0).await;
            }
            refused.set(bad);
            if !accepted.is_empty() {
                match read_records().await {
                    Ok(before) => {
                        let mut all: Vec<&Records> = vec![&before];
                        all.extend(accepted.iter());
                        let after = merge_all(&all);
                        let incoming: Vec<&Records> = accepted.iter().collect();
                        let sum = summarize(&before, &incoming, &after);
                        match apply_merge(&before, &after).await {
                            Ok(()) => summary.set(Some(sum)),
                            Err(e) => error.set(Some(t(e.message_key()))),
                        }
                    }
                    Err(e) => error.set(Some(t(e.message_key()))),
                }
            }
            busy.set(false);
        });
    };

    let confirm = move |m: UncertainMatch| {
        leptos::task::spawn_local(async move {
            match read_records().await {
                Ok(before) => {
                    let after = confirm_match(&before, &m);
                    match apply_merge(&before, &after).await {
                        Ok(()) => summary.update(|s| {
                            if let Some(s) = s {
                                s.uncertain.retain(|x| *x != m);
                            }
                        }),
                        Err(e) => error.set(Some(t(e.message_key()))),
                    }
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
        });
    };
    let keep_apart = move |m: UncertainMatch| {
        summary.update(|s| {
            if let Some(s) = s {
                s.uncertain.retain(|x| *x != m);
            }
        })
    };

    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = ev
            .data_transfer()
            .and_then(|d| d.files())
            .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
            .unwrap_or_default();
        import(files);
    };

    view! {
        <section class="page coordinator-import" data-screen="coordinator-import">
            <h1>{tr!("import-heading")}</h1>
            <p>{tr!("import-explain")}</p>
            <div class="field">
                <label for="import-pass">{tr!("import-pass-label")}</label>
                <input id="import-pass" type="password" autocomplete="off"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev)) />
            </div>
            <div class="drop-zone" class:dragging=move || dragging.get()
                on:dragover=move |ev: web_sys::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="import-files">{tr!("import-files-label")}</label>
                <input id="import-files" type="file" multiple accept=".zip,.json,application/zip,application/json"
                    on:change=move |ev| {
                        let files = platform::files_from_input(&ev);
                        import(files);
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.set_value("");
                        }
                    } />
                <p class="field-hint">{tr!("import-drop-hint")}</p>
            </div>
            <Show when=move || { let (_, n) = progress.get(); n > 0 }>
                <label for="import-progress">{tr!("import-progress-label")}</label>
                <progress id="import-progress" max=move || progress.get().1.to_string() value=move || progress.get().0.to_string()></progress>
                <span>{move || { let (d, n) = progress.get(); t_args("import-progress", &[("done", d.into()), ("total", n.into())]) }}</span>
            </Show>
            <p role="alert" class="error">{move || error.get()}</p>
            <div role="status" class="import-summary">
                {move || summary.get().map(|sm| view! {
                    <h2>{tr!("import-summary-heading")}</h2>
                    <ul data-testid="import-summary">
                        <li>{t_args("import-new-pupils", &[("count", sm.new_pupils.into())])}</li>
                        <li>{t_args("import-updated-progress", &[("count", sm.updated_progress.into())])}</li>
                        <li>{t_args("import-new-attempts", &[("count", sm.new_attempts.into())])}</li>
                        <li>{t_args("import-new-signatures", &[("count", sm.new_signatures.into())])}</li>
                        <li>{t_args("import-conflicts", &[("count", sm.conflicts.into())])}</li>
                    </ul>
                })}
                {move || (!refused.get().is_empty()).then(|| view! {
                    <h2>{tr!("import-refused-heading")}</h2>
                    <ul class="import-refused" data-testid="import-refused">
                        {refused.get().into_iter().map(|(name, why)| view! {
                            <li><span aria-hidden="true">"⚠ "</span><strong>{name}</strong>": "{why}</li>
                        }).collect_view()}
                    </ul>
                    <p>{tr!("import-refused-nothing-changed")}</p>
                })}
            </div>
            {move || summary.get().filter(|s| !s.uncertain.is_empty()).map(|sm| view! {
                <h2>{tr!("import-uncertain-heading")}</h2>
                <p>{tr!("import-uncertain-explain")}</p>
                <ul class="uncertain-list">
                    {sm.uncertain.into_iter().map(|m| {
                        let m2 = m.clone();
                        let m3 = m.clone();
                        view! {
                            <li>
                                <span>{t_args("import-uncertain-item", &[("name", m.display_name.clone().into())])}</span>
                                <button class="button" on:click=move |_| confirm(m2.clone())>{tr!("import-uncertain-same")}</button>
                                <button class="button" on:click=move |_| keep_apart(m3.clone())>{tr!("import-uncertain-different")}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
