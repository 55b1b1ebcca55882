//! The list of classes, and adding one (name + year group; the band follows from the year).

use crate::domain::band::Band;
use crate::domain::records::Class;
use crate::platform;
use crate::storage::school::{classes, save_class};
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use leptos_router::components::A;

/// `/teacher/classes`.
#[component]
pub fn Classes() -> impl IntoView {
    view! { <StaffGate><ClassList /></StaffGate> }
}

/// A year group as "Year 3 · Key Stage 2 (ages 7-11)".
pub fn year_label(year: u8) -> String {
    let band = Band::for_year_group(year).map(|b| t(&format!("band-{}", b.slug()))).unwrap_or_default();
    t_args("class-year-band", &[("year", year.into()), ("band", band.into())])
}

#[component]
fn ClassList() -> impl IntoView {
    let refresh = RwSignal::new(0u32);
    let list = LocalResource::new(move || {
        refresh.track();
        classes()
    });
    let name = RwSignal::new(String::new());
    let year = RwSignal::new(3u8);
    let error = RwSignal::new(None::<String>);
    let show_archived = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            error.set(Some(t("class-name-missing")));
            return;
        }
        let c = Class { id: platform::new_id("class"), name: n, year_group: year.get_untracked(), archived: false, updated_at: platform::now() };
        leptos::task::spawn_local(async move {
            match save_class(&c).await {
                Ok(()) => {
                    name.set(String::new());
                    error.set(None);
                    refresh.update(|r| *r += 1);
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
        });
    };
    view! {
        <section class="page" data-screen="classes">
            <p><A href="/teacher" attr:class="inline-target">{tr!("back-to-teacher")}</A></p>
            <h1>{tr!("classes-heading")}</h1>
            {move || match list.get() {
                None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{t(e.message_key())}</p> }.into_any(),
                Some(Ok(v)) if v.is_empty() => view! { <p class="notice">{tr!("classes-empty")}</p> }.into_any(),
                Some(Ok(v)) => {
                    let archived = v.iter().filter(|c| c.archived).count();
                    let shown: Vec<Class> = v.into_iter().filter(|c| show_archived.get() || !c.archived).collect();
                    view! {
                        <ul class="card-grid class-list">
                            {shown.into_iter().map(|c| view! {
                                <li class="card">
                                    <A href=format!("/teacher/classes/{}", c.id) attr:class="link-card-title inline-target">{c.name.clone()}</A>
                                    <p class="field-hint">{year_label(c.year_group)}</p>
                                    {c.archived.then(|| view! { <p class="tag">{tr!("class-archived")}</p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                        {(archived > 0).then(|| view! {
                            <label class="choice">
                                <input type="checkbox" prop:checked=move || show_archived.get()
                                    on:change=move |ev| show_archived.set(event_target_checked(&ev)) />
                                {move || t_args("classes-show-archived", &[("count", archived.into())])}
                            </label>
                        })}
                    }.into_any()
                }
            }}
            <h2>{tr!("class-add-heading")}</h2>
            <form on:submit=add class="inline-form">
                <div class="field">
                    <label for="class-name">{tr!("class-name")}</label>
                    <input id="class-name" type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="class-year">{tr!("class-year")}</label>
                    <select id="class-year" on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(3))>
                        {(1u8..=11).map(|y| view! { <option value=y.to_string() selected=move || year.get() == y>{year_label(y)}</option> }).collect_view()}
                    </select>
                </div>
                <p role="alert" class="error">{move || error.get()}</p>
                <button type="submit" class="button primary">{tr!("class-add")}</button>
            </form>
        </section>
    }
}
