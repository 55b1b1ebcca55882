//! `/pupil/lessons`: the signed-in pupil's lessons for their band and year group, in plan
//! order, each marked New, In progress or Done in words and a symbol (never colour alone).

use crate::content::lesson_run::LessonStatus;
use crate::content::library;
use crate::content::localize::localize;
use crate::domain::records::LessonProgress;
use crate::storage::{progress, school};
use crate::tr;
use crate::ui::i18n::{locale, t, t_args};
use crate::ui::session::use_session;
use crate::ui::widgets::require_pupil::RequirePupil;
use leptos::prelude::*;
use leptos_router::components::A;

/// The status word for a lesson card.
pub fn status_word(s: LessonStatus) -> String {
    match s {
        LessonStatus::New => t("lessons-status-new"),
        LessonStatus::InProgress => t("lessons-status-in-progress"),
        LessonStatus::Done => t("lessons-status-done"),
    }
}

/// The URL of a picture id (absolute, so it works on nested routes).
pub fn picture_src(id: &str) -> Option<String> {
    library().picture_url(id).map(|u| format!("/{u}"))
}

/// The lesson list screen.
#[component]
pub fn LessonList() -> impl IntoView {
    view! { <RequirePupil><ListPanel /></RequirePupil> }
}

#[component]
fn ListPanel() -> impl IntoView {
    let s = use_session();
    let data = LocalResource::new(move || {
        let pupil = s.pupil.get();
        async move {
            let Some(p) = pupil else { return Ok((None, vec![])) };
            let class = school::class(&p.class_id).await?;
            let progress = progress::for_pupil(&p.id).await?;
            Ok::<_, crate::storage::StorageError>((class, progress))
        }
    });
    view! {
        <section class="page lesson-list" data-screen="pupil-lessons">
            <p><A href="/pupil/me" attr:class="inline-target">{tr!("lessons-back-to-me")}</A></p>
            <h1>{tr!("lessons-heading")}</h1>
            {move || match data.get() {
                None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="error" role="alert">{t(e.message_key())}</p> }.into_any(),
                Some(Ok((class, saved))) => {
                    let Some(class) = class else {
                        return view! { <p class="notice">{tr!("lessons-none")}</p> }.into_any();
                    };
                    let band = class.band();
                    let year = class.year_group;
                    let lessons: Vec<_> = library()
                        .lessons_for(band)
                        .filter(|l| l.year_groups.contains(&year))
                        .cloned()
                        .collect();
                    let band_key = format!("band-{}", band.slug());
                    view! {
                        <p class="lesson-list-band">
                            {move || t_args("lessons-for-band", &[("band", t(&band_key).into()), ("year", year.into())])}
                        </p>
                        {lessons.is_empty().then(|| view! { <p class="notice">{tr!("lessons-none")}</p> })}
                        <ul class="lesson-cards" class:ks1=band == crate::domain::band::Band::Ks1>
                            {lessons.into_iter().map(|l| {
                                let p: Option<LessonProgress> = saved.iter().find(|p| p.lesson_id == l.id).cloned();
                                let status = LessonStatus::of(p.as_ref());
                                let steps = l.steps.len();
                                let at = p.as_ref().map(|p| p.step.min(steps) + 1).unwrap_or(1);
                                let id = l.id.clone();
                                let pic = l.picture.as_deref().and_then(picture_src);
                                let lesson = l.clone();
                                let text = Memo::new(move |_| {
                                    let lib = library();
                                    let loc = localize(&lesson, lib.translation(&lesson.id, locale()));
                                    (loc.lesson.title, loc.lesson.summary)
                                });
                                let minutes = l.duration_minutes;
                                view! {
                                    <li class=format!("lesson-card {}", status.class()) data-lesson=id.clone() data-status=status.class()>
                                        <A href=format!("/pupil/lesson/{id}") attr:class="lesson-link">
                                            {pic.map(|u| view! { <img src=u alt="" width="72" height="72" /> })}
                                            <span class="lesson-card-body">
                                                <span class="lesson-card-title">{move || text.get().0}</span>
                                                <span class="lesson-card-summary">{move || text.get().1}</span>
                                                <span class="lesson-card-meta">
                                                    <span class="lesson-status">
                                                        <span aria-hidden="true">{status.symbol()}" "</span>
                                                        {move || status_word(status)}
                                                    </span>
                                                    {(status == LessonStatus::InProgress).then(|| view! {
                                                        <span class="lesson-step-of">
                                                            {move || t_args("lessons-step-of", &[("step", at.into()), ("total", steps.into())])}
                                                        </span>
                                                    })}
                                                    <span class="lesson-minutes">
                                                        {move || t_args("lessons-minutes", &[("minutes", minutes.into())])}
                                                    </span>
                                                </span>
                                            </span>
                                        </A>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}
