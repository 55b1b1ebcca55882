//! `/teacher/present`: the teacher picks a class and a lesson (or a class quiz made of the
//! lesson's check questions) to show on the whiteboard, and sees what has already been
//! delivered to that class. The full-screen view itself is in `presenter_view`.

use crate::content::library;
use crate::content::model::lesson::Lesson;
use crate::content::translate;
use crate::domain::presenter::Mode;
use crate::domain::records::{Class, Delivery};
use crate::storage::{self, deliveries, school::classes};
use crate::tr;
use crate::ui::i18n::{fmt_datetime, locale, t, t_args};
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// The lesson with its texts in `code` (en-GB where a field has no translation).
pub fn localized(id: &str, code: &str) -> Option<Lesson> {
    let lib = library();
    let mut lesson = lib.lesson(id)?.clone();
    translate::apply(lesson.texts_mut(), lib.translation(id, code));
    Some(lesson)
}

/// Link to present `lesson_id` to `class_id` in `mode`.
pub fn present_href(lesson_id: &str, class_id: &str, mode: Mode) -> String {
    format!("/teacher/present/{lesson_id}?class={class_id}&mode={}", mode.slug())
}

/// `/teacher/present` (staff only).
#[component]
pub fn PresentPicker() -> impl IntoView {
    view! { <StaffGate><Picker /></StaffGate> }
}

#[component]
fn Picker() -> impl IntoView {
    let query = use_query_map();
    let chosen = RwSignal::new(query.with_untracked(|q| q.get("class")));
    let list = LocalResource::new(classes);
    view! {
        <section class="page present-pick" data-screen="present-pick">
            <p><A href="/teacher" attr:class="inline-target">{tr!("back-to-teacher")}</A></p>
            <h1>{tr!("present-heading")}</h1>
            <p>{tr!("present-intro")}</p>
            {move || match list.get() {
                None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{t(e.message_key())}</p> }.into_any(),
                Some(Ok(all)) => {
                    let active: Vec<Class> = all.into_iter().filter(|c| !c.archived).collect();
                    if active.is_empty() {
                        return view! {
                            <p class="notice">{tr!("present-no-classes")}</p>
                            <A href="/teacher/classes" attr:class="button">{tr!("present-add-class")}</A>
                        }
                        .into_any();
                    }
                    if chosen.get_untracked().is_none_or(|id| !active.iter().any(|c| c.id == id)) {
                        chosen.set(Some(active[0].id.clone()));
                    }
                    let current = {
                        let active = active.clone();
                        move || {
                            let id = chosen.get().unwrap_or_default();
                            active.iter().find(|c| c.id == id).cloned()
                        }
                    };
                    view! {
                        <div class="field">
                            <label for="present-class">{tr!("present-class")}</label>
                            <select id="present-class" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                                {active.iter().map(|c| {
                                    let id = c.id.clone();
                                    let sel = move || chosen.get().as_deref() == Some(id.as_str());
                                    view! { <option value=c.id.clone() selected=sel>{c.name.clone()}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        {move || current().map(|c| view! { <ClassPanel class=c /> })}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

type DeliveryList = LocalResource<crate::storage::StorageResult<Vec<Delivery>>>;

/// One class's lessons and deliveries (read once, shown in the cards and the "Delivered" list).
#[component]
fn ClassPanel(class: Class) -> impl IntoView {
    let id = class.id.clone();
    let list: DeliveryList = LocalResource::new(move || {
        let id = id.clone();
        async move {
            let db = storage::db().await?;
            deliveries::for_class(&db, &id).await
        }
    });
    view! {
        <LessonList class list />
        <Delivered list />
    }
}

/// The lessons of the class's band, each with "Present lesson" and "Class quiz", and when it
/// was last delivered to this class.
#[component]
fn LessonList(class: Class, list: DeliveryList) -> impl IntoView {
    let band = class.band();
    let class_id = class.id.clone();
    view! {
        <h2>{move || t_args("present-lessons-heading", &[("band", t(&format!("band-{}", band.slug())).into())])}</h2>
        {move || {
            let code = locale();
            let lessons: Vec<Lesson> =
                library().lessons_for(band).filter_map(|l| localized(&l.id, code)).collect();
            if lessons.is_empty() {
                return view! { <p class="notice">{tr!("present-no-lessons")}</p> }.into_any();
            }
            let class_id = class_id.clone();
            view! {
                <ul class="card-grid present-lessons">
                    {lessons.into_iter().map(|l| {
                        let title_id = format!("present-title-{}", l.id);
                        let checks = l.check_count();
                        let lesson_id = l.id.clone();
                        let last = move || {
                            list.get().and_then(|r| r.ok()).and_then(|v| v.into_iter().find(|d| d.lesson_id == lesson_id))
                        };
                        view! {
                            <li class="card present-lesson" data-lesson=l.id.clone()>
                                <h3 id=title_id.clone() class="link-card-title">{l.title.clone()}</h3>
                                <p class="field-hint">{l.summary.clone()}</p>
                                <p class="field-hint">{t_args("present-minutes", &[("minutes", l.duration_minutes.into())])}</p>
                                {move || last().map(|d| view! {
                                    <p class="tag present-last">{t_args("present-last-delivered", &[("date", fmt_datetime(d.delivered_at).into())])}</p>
                                })}
                                <div class="actions">
                                    <A href=present_href(&l.id, &class_id, Mode::Lesson) attr:class="button primary"
                                        attr:aria-describedby=title_id.clone()>{tr!("present-start-lesson")}</A>
                                    {(checks > 0).then(|| view! {
                                        <A href=present_href(&l.id, &class_id, Mode::Quiz) attr:class="button"
                                            attr:aria-describedby=title_id.clone()>
                                            {move || t_args("present-start-quiz", &[("count", checks.into())])}
                                        </A>
                                    })}
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

/// The "Delivered" list: this class's recorded whole-class deliveries, newest first.
#[component]
fn Delivered(list: DeliveryList) -> impl IntoView {
    view! {
        <h2>{tr!("present-delivered-heading")}</h2>
        {move || match list.get() {
            None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error" role="alert">{t(e.message_key())}</p> }.into_any(),
            Some(Ok(v)) if v.is_empty() => view! { <p class="notice">{tr!("present-delivered-none")}</p> }.into_any(),
            Some(Ok(v)) => view! {
                <table class="present-delivered">
                    <thead>
                        <tr>
                            <th scope="col">{tr!("present-col-date")}</th>
                            <th scope="col">{tr!("present-col-lesson")}</th>
                            <th scope="col">{tr!("present-col-minutes")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {v.into_iter().map(|d| {
                            let title = localized(&d.lesson_id, locale()).map(|l| l.title).unwrap_or(d.lesson_id.clone());
                            view! {
                                <tr>
                                    <td>{fmt_datetime(d.delivered_at)}</td>
                                    <td>{title}</td>
                                    <td>{d.minutes}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any(),
        }}
    }
}
