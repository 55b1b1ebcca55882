//! Coordinator AUP editor: adapt the text for a band (edit, add, remove, reorder statements),
//! preview it as pupils will see it, and publish it as a new version with its content hash.
//! Publishing makes a new signature due for everyone; old signatures stay on record.

use crate::content::model::aup::Aup;
use crate::domain::aup::{content_hash, new_statement, publish, PublishError};
use crate::domain::band::Band;
use crate::platform;
use crate::storage;
use crate::ui::i18n::{t, t_args};
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;

/// `/coordinator/aup`.
#[component]
pub fn CoordinatorAup() -> impl IntoView {
    let band = RwSignal::new(Band::Ks2);
    let version = RwSignal::new(0u32);
    // Kept here so the "published" message survives the editor reloading the new version.
    let message = RwSignal::new(None::<(bool, String)>);
    let loaded = LocalResource::new(move || {
        version.track();
        let b = band.get();
        async move {
            let db = storage::db().await.ok()?;
            let versions = storage::aup::versions(&db, &storage::aup::builtin(b).id).await.ok()?;
            Some(versions)
        }
    });
    view! {
        <StaffGate>
        <section class="page aup-editor" data-screen="coordinator-aup">
            <h1>{move || t("aup-editor-heading")}</h1>
            <label class="field">
                <span>{move || t("aup-editor-band")}</span>
                <select
                    name="band"
                    prop:value=move || band.get().slug()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(b) = Band::ALL.into_iter().find(|b| b.slug() == v) {
                            message.set(None);
                            band.set(b);
                        }
                    }
                >
                    {Band::ALL.into_iter().map(|b| view! { <option value=b.slug()>{move || t(&format!("band-{}", b.slug()))}</option> }).collect_view()}
                </select>
            </label>
            {move || message.get().map(|(ok, m)| view! { <p class=if ok { "notice ok" } else { "notice error" } role="status">{m}</p> })}
            <Suspense fallback=move || view! { <p>{t("aup-loading")}</p> }>
                {move || loaded.get().flatten().map(|versions| {
                    let b = band.get_untracked();
                    let builtin = storage::aup::builtin(b).clone();
                    let (text, hash) = crate::domain::aup::current(&builtin, &versions);
                    let current_version = versions.last().map(|v| v.version).unwrap_or(0);
                    view! { <Editor builtin=builtin text=text hash=hash current_version=current_version versions=versions message=message on_published=move || version.update(|v| *v += 1) /> }
                })}
            </Suspense>
        </section>
        </StaffGate>
    }
}

#[component]
fn Editor(
    builtin: Aup,
    text: Aup,
    hash: String,
    current_version: u32,
    versions: Vec<crate::domain::aup::AupVersion>,
    message: RwSignal<Option<(bool, String)>>,
    on_published: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let draft = RwSignal::new(text);
    // Bumped when statements are added, removed or moved, so typing does not rebuild the list
    // (which would lose focus).
    let structure = RwSignal::new(0u32);
    let restructure = move |f: &dyn Fn(&mut Aup)| {
        draft.update(|d| f(d));
        structure.update(|n| *n += 1);
    };
    let preview = RwSignal::new(false);
    let draft_hash = Memo::new(move |_| content_hash(&draft.get()));
    let hash_now = hash.clone();
    let changed = move || draft_hash.get() != hash_now;
    let publish_now = move |_| {
        let now = platform::now();
        match publish(&versions, &builtin, draft.get_untracked(), now) {
            Ok(v) => {
                let n = v.version;
                leptos::task::spawn_local(async move {
                    let res = match storage::db().await {
                        Ok(db) => storage::aup::publish(&db, &v).await,
                        Err(e) => Err(e),
                    };
                    match res {
                        Ok(()) => {
                            message.set(Some((true, t_args("aup-editor-published", &[("version", n.into())]))));
                            on_published();
                        }
                        Err(e) => message.set(Some((false, t(e.message_key())))),
                    }
                });
            }
            Err(PublishError::Unchanged) => message.set(Some((false, t("aup-editor-unchanged")))),
            Err(PublishError::NoStatements) => message.set(Some((false, t("aup-editor-no-statements")))),
            Err(PublishError::EmptyStatement(i)) => message.set(Some((false, t_args("aup-editor-empty-statement", &[("n", (i + 1).into())])))),
        }
    };
    let short_hash = hash[..12].to_string();
    view! {
        <p class="aup-version" data-version=current_version>
            {if current_version == 0 {
                t_args("aup-editor-builtin", &[("hash", short_hash.clone().into())])
            } else {
                t_args("aup-editor-version", &[("version", current_version.into()), ("hash", short_hash.clone().into())])
            }}
        </p>
        <div class="aup-actions">
            <button class="button" aria-pressed=move || if preview.get() { "true" } else { "false" } on:click=move |_| preview.update(|p| *p = !*p)>
                {move || if preview.get() { t("aup-editor-edit") } else { t("aup-editor-preview") }}
            </button>
            <button class="button primary" data-action="publish" disabled=move || !changed() on:click=publish_now>{move || t("aup-editor-publish")}</button>
        </div>
        <Show
            when=move || !preview.get()
            fallback=move || view! {
                <div class="aup-preview">
                    <h2>{move || draft.get().title}</h2>
                    <p>{move || draft.get().intro}</p>
                    <ol class="letter-statements">{move || draft.get().statements.into_iter().map(|s| view! { <li>{s.text}</li> }).collect_view()}</ol>
                    <p class="letter-pledge">{move || draft.get().pledge}</p>
                </div>
            }
        >
            <ol class="aup-edit-list">
                {move || {
                    structure.track();
                    let n = draft.with_untracked(|d| d.statements.len());
                    (0..n).map(|i| {
                        let text = draft.with_untracked(|d| d.statements[i].text.clone());
                        view! {
                            <li class="aup-edit-item">
                                <label class="field">
                                    <span>{t_args("aup-editor-statement", &[("n", (i + 1).into())])}</span>
                                    <textarea
                                        rows="2"
                                        name=format!("statement-{i}")
                                        prop:value=text
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            draft.update(|d| d.statements[i].text = v.clone());
                                        }
                                    ></textarea>
                                </label>
                                <div class="aup-edit-buttons">
                                    <button class="button" disabled=i == 0 aria-label=t_args("aup-editor-up", &[("n", (i + 1).into())])
                                        on:click=move |_| restructure(&|d| d.statements.swap(i, i - 1))>"↑"</button>
                                    <button class="button" disabled=i + 1 == n aria-label=t_args("aup-editor-down", &[("n", (i + 1).into())])
                                        on:click=move |_| restructure(&|d| d.statements.swap(i, i + 1))>"↓"</button>
                                    <button class="button" aria-label=t_args("aup-editor-remove", &[("n", (i + 1).into())])
                                        on:click=move |_| restructure(&|d| { d.statements.remove(i); })>{t("aup-editor-remove-short")}</button>
                                </div>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <button class="button" data-action="add" on:click=move |_| restructure(&|d| d.statements.push(new_statement("")))>{move || t("aup-editor-add")}</button>
        </Show>
    }
}
