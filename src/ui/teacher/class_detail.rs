//! One class: rename, archive, and its pupils (add, edit, move to another class, remove).

use crate::domain::band::Band;
use crate::domain::records::{Class, Pupil, PupilPrefs};
use crate::domain::school::PUPIL_SYMBOLS;
use crate::platform;
use crate::storage::school::{class, classes, pupils_in, save_class, save_pupil};
use crate::ui::coordinator::retention::delete_pupil;
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::teacher::classes::year_label;
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// `/teacher/classes/:id`.
#[component]
pub fn ClassDetail() -> impl IntoView {
    view! { <StaffGate><ClassPanel /></StaffGate> }
}

/// The picture shown for a KS1 pupil's symbol.
#[component]
pub fn Symbol(#[prop(into)] id: String, #[prop(default = 40)] size: u32) -> impl IntoView {
    let url = crate::content::library().picture_url(&id).map(|u| format!("/{u}")).unwrap_or_default();
    view! { <img class="symbol" src=url alt="" width=size height=size /> }
}

#[component]
fn ClassPanel() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let refresh = RwSignal::new(0u32);
    let data = LocalResource::new(move || {
        refresh.track();
        let id = id();
        async move {
            let c = class(&id).await?;
            let pupils = pupils_in(&id).await?;
            let all = classes().await?;
            Ok::<_, crate::storage::StorageError>((c, pupils, all))
        }
    });
    let message = RwSignal::new(None::<String>);
    view! {
        <section class="page" data-screen="class">
            <p><A href="/teacher/classes" attr:class="inline-target">{tr!("back-to-classes")}</A></p>
            {move || match data.get() {
                None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{t(e.message_key())}</p> }.into_any(),
                Some(Ok((None, _, _))) => view! { <h1>{tr!("class-not-found")}</h1> }.into_any(),
                Some(Ok((Some(c), pupils, all))) => view! {
                    <ClassHeader class=c.clone() refresh message />
                    <p role="status" class="notice" class:visually-hidden=move || message.get().is_none()>{move || message.get()}</p>
                    <h2>{t_args("class-pupils-heading", &[("count", pupils.len().into())])}</h2>
                    {pupils.is_empty().then(|| view! { <p class="notice">{tr!("class-no-pupils")}</p> })}
                    <ul class="pupil-rows">
                        {pupils.into_iter().map(|p| view! {
                            <PupilRow pupil=p classes=all.clone() ks1=c.band() == Band::Ks1 refresh message />
                        }).collect_view()}
                    </ul>
                    <AddPupil class_id=c.id.clone() ks1=c.band() == Band::Ks1 refresh message />
                    <p>
                        <A href=format!("/teacher/classes/{}/import", c.id) attr:class="button">{tr!("class-import-csv")}</A>
                        " "
                        <A href=format!("/coordinator/sheets/{}", c.id) attr:class="button">{tr!("class-sheets-link")}</A>
                    </p>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ClassHeader(class: Class, refresh: RwSignal<u32>, message: RwSignal<Option<String>>) -> impl IntoView {
    let name = RwSignal::new(class.name.clone());
    let year = RwSignal::new(class.year_group);
    let original = StoredValue::new(class.clone());
    let save = move |archived: Option<bool>| {
        let mut c = original.get_value();
        c.name = name.get_untracked().trim().to_string();
        c.year_group = year.get_untracked();
        if let Some(a) = archived {
            c.archived = a;
        }
        c.updated_at = platform::now();
        if c.name.is_empty() {
            message.set(Some(t("class-name-missing")));
            return;
        }
        leptos::task::spawn_local(async move {
            match save_class(&c).await {
                Ok(()) => {
                    message.set(Some(t("saved")));
                    refresh.update(|r| *r += 1);
                }
                Err(e) => message.set(Some(t(e.message_key()))),
            }
        });
    };
    let archived = class.archived;
    view! {
        <h1>{class.name.clone()}</h1>
        <p class="field-hint">{year_label(class.year_group)}</p>
        <details class="card">
            <summary>{tr!("class-edit")}</summary>
            <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); save(None) }>
                <div class="field">
                    <label for="edit-class-name">{tr!("class-name")}</label>
                    <input id="edit-class-name" type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="edit-class-year">{tr!("class-year")}</label>
                    <select id="edit-class-year" on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(3))>
                        {(1u8..=11).map(|y| view! { <option value=y.to_string() selected=move || year.get() == y>{year_label(y)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="actions">
                    <button type="submit" class="button primary">{tr!("save")}</button>
                    <button type="button" class="button" on:click=move |_| save(Some(!archived))>
                        {if archived { t("class-unarchive") } else { t("class-archive") }}
                    </button>
                </div>
            </form>
        </details>
    }
}

#[component]
fn PupilRow(
    pupil: Pupil,
    classes: Vec<Class>,
    ks1: bool,
    refresh: RwSignal<u32>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let editing = RwSignal::new(false);
    let confirm = RwSignal::new(false);
    let name = RwSignal::new(pupil.display_name.clone());
    let adno = RwSignal::new(pupil.admission_number.clone().unwrap_or_default());
    let symbol = RwSignal::new(pupil.symbol.clone());
    let class_id = RwSignal::new(pupil.class_id.clone());
    let original = StoredValue::new(pupil.clone());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut p = original.get_value();
        p.display_name = name.get_untracked().trim().to_string();
        if p.display_name.is_empty() {
            message.set(Some(t("pupil-name-missing")));
            return;
        }
        p.admission_number = Some(adno.get_untracked().trim().to_string()).filter(|a| !a.is_empty());
        p.symbol = symbol.get_untracked();
        p.class_id = class_id.get_untracked();
        p.updated_at = platform::now();
        leptos::task::spawn_local(async move {
            match save_pupil(&p).await {
                Ok(()) => {
                    message.set(Some(t_args("pupil-saved", &[("name", p.display_name.clone().into())])));
                    refresh.update(|r| *r += 1);
                }
                Err(e) => message.set(Some(t(e.message_key()))),
            }
        });
    };
    let remove = move |_| {
        let p = original.get_value();
        // The same deletion as the coordinator's leaver deletion, so it leaves a receipt too,
        // signed by the role whose screen it was done on.
        leptos::task::spawn_local(async move {
            match delete_pupil(&p.id, "teacher").await {
                Ok(_) => {
                    message.set(Some(t_args("pupil-removed", &[("name", p.display_name.clone().into())])));
                    refresh.update(|r| *r += 1);
                }
                Err(e) => message.set(Some(t(e.message_key()))),
            }
        });
    };
    let pid = pupil.id.clone();
    // The confirmation takes focus (on the safe choice) when it opens, Escape or Cancel closes
    // it, and focus goes back to the Remove button, so keyboard users are never left behind.
    let remove_btn = NodeRef::<leptos::html::Button>::new();
    let cancel_btn = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if confirm.get()
            && let Some(b) = cancel_btn.get()
        {
            let _ = b.focus();
        }
    });
    let close_confirm = move || {
        confirm.set(false);
        if let Some(b) = remove_btn.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <li class="card pupil-row">
            <div class="pupil-row-head">
                {pupil.symbol.clone().map(|s| view! { <Symbol id=s /> })}
                <strong>{pupil.display_name.clone()}</strong>
                {pupil.admission_number.clone().map(|a| view! { <span class="field-hint">{a}</span> })}
                <button class="button" aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.update(|e| *e = !*e)>{tr!("edit")}</button>
                <button class="button danger" node_ref=remove_btn on:click=move |_| confirm.set(true)>{tr!("remove")}</button>
            </div>
            <Show when=move || confirm.get()>
                <div class="notice warn" role="alertdialog" aria-labelledby=format!("confirm-{pid}")
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { close_confirm() }>
                    <p id=format!("confirm-{}", original.get_value().id)>
                        {t_args("pupil-remove-confirm", &[("name", original.get_value().display_name.into())])}
                    </p>
                    <div class="actions">
                        <button class="button danger" on:click=remove>{tr!("pupil-remove-yes")}</button>
                        <button class="button" node_ref=cancel_btn on:click=move |_| close_confirm()>{tr!("cancel")}</button>
                    </div>
                </div>
            </Show>
            <Show when=move || editing.get()>
                <form class="inline-form" on:submit=save>
                    <div class="field">
                        <label for=format!("pn-{}", original.get_value().id)>{tr!("pupil-name")}</label>
                        <input id=format!("pn-{}", original.get_value().id) type="text" prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for=format!("pa-{}", original.get_value().id)>{tr!("pupil-adno")}</label>
                        <input id=format!("pa-{}", original.get_value().id) type="text" prop:value=move || adno.get()
                            on:input=move |ev| adno.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for=format!("pc-{}", original.get_value().id)>{tr!("pupil-move")}</label>
                        <select id=format!("pc-{}", original.get_value().id) on:change=move |ev| class_id.set(event_target_value(&ev))>
                            {classes.iter().map(|c| {
                                let cid = c.id.clone();
                                view! { <option value=c.id.clone() selected=move || class_id.get() == cid>{c.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    {ks1.then(|| view! { <SymbolPicker symbol /> })}
                    <button type="submit" class="button primary">{tr!("save")}</button>
                </form>
            </Show>
        </li>
    }
}

/// Picture buttons for a KS1 pupil's login symbol.
#[component]
fn SymbolPicker(symbol: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <fieldset class="field symbol-picker">
            <legend>{tr!("pupil-symbol")}</legend>
            <div class="symbol-grid">
                {PUPIL_SYMBOLS.iter().map(|s| {
                    let s = s.to_string();
                    let s2 = s.clone();
                    let s3 = s.clone();
                    view! {
                        <button type="button" class="button symbol-choice"
                            aria-pressed=move || (symbol.get().as_deref() == Some(s2.as_str())).to_string()
                            aria-label=s.clone()
                            on:click=move |_| symbol.set(Some(s3.clone()))>
                            <Symbol id=s.clone() size=36 />
                        </button>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn AddPupil(class_id: String, ks1: bool, refresh: RwSignal<u32>, message: RwSignal<Option<String>>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let adno = RwSignal::new(String::new());
    let symbol = RwSignal::new(None::<String>);
    let class_id = StoredValue::new(class_id);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            message.set(Some(t("pupil-name-missing")));
            return;
        }
        let p = Pupil {
            id: platform::new_id("pupil"),
            class_id: class_id.get_value(),
            display_name: n,
            admission_number: Some(adno.get_untracked().trim().to_string()).filter(|a| !a.is_empty()),
            symbol: symbol.get_untracked(),
            prefs: PupilPrefs::default(),
            updated_at: platform::now(),
        };
        leptos::task::spawn_local(async move {
            match save_pupil(&p).await {
                Ok(()) => {
                    name.set(String::new());
                    adno.set(String::new());
                    symbol.set(None);
                    message.set(Some(t_args("pupil-added", &[("name", p.display_name.clone().into())])));
                    refresh.update(|r| *r += 1);
                }
                Err(e) => message.set(Some(t(e.message_key()))),
            }
        });
    };
    view! {
        <h2>{tr!("pupil-add-heading")}</h2>
        <form class="inline-form" on:submit=add>
            <div class="field">
                <label for="new-pupil-name">{tr!("pupil-name")}</label>
                <input id="new-pupil-name" type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                <span class="field-hint">{tr!("pupil-name-hint")}</span>
            </div>
            <div class="field">
                <label for="new-pupil-adno">{tr!("pupil-adno")}</label>
                <input id="new-pupil-adno" type="text" prop:value=move || adno.get() on:input=move |ev| adno.set(event_target_value(&ev)) />
            </div>
            {ks1.then(|| view! { <SymbolPicker symbol /> })}
            <button type="submit" class="button primary">{tr!("pupil-add")}</button>
        </form>
    }
}
