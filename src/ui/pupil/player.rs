//! `/pupil/lesson/:id`: a pupil plays a lesson step by step on the tablet. Large text with
//! read-aloud, a picture, big Back/Next buttons and a progress bar; sorting by tapping (no
//! dragging); check questions with kind feedback and the reason why (a wrong answer can be
//! followed by the right one; only the first try is scored); a finish screen with what they
//! learned and who they can talk to. Progress is saved at every step, one transaction each, so
//! a reload resumes on the same step.

use crate::content::lesson_run::{add_time, answer_check, go_to, resume_at, sorted_right, start};
use crate::content::library;
use crate::content::localize::{lesson_in, LocalizedLesson};
use crate::content::model::lesson::{Answer, Step};
use crate::domain::band::Band;
use crate::domain::records::LessonProgress;
use crate::platform::now;
use crate::storage::progress;
use crate::tr;
use crate::ui::i18n::{locale, t, t_args};
use crate::ui::pupil::lessons::picture_src;
use crate::ui::session::use_session;
use crate::ui::widgets::icon::{Icon, IconKind};
use crate::ui::widgets::read_aloud::{stop_speaking, ReadAloud};
use crate::ui::widgets::require_pupil::RequirePupil;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The lesson player screen.
#[component]
pub fn LessonPlayer() -> impl IntoView {
    view! { <RequirePupil><PlayerPanel /></RequirePupil> }
}

/// A sort card's state: which group was chosen last and whether it was right.
type Placement = Option<(bool, bool)>;

fn sort_len(l: &LocalizedLesson, i: usize) -> usize {
    match l.lesson.steps.get(i) {
        Some(Step::Sort { items, .. }) => items.len(),
        _ => 0,
    }
}

fn picture(id: Option<String>, class: &'static str) -> impl IntoView {
    id.as_deref().and_then(picture_src).map(|u| view! { <img class=class src=u alt="" width="160" height="160" /> })
}

#[component]
fn PlayerPanel() -> impl IntoView {
    let s = use_session();
    let params = use_params_map();
    let lesson_id = move || params.with(|p| p.get("id").unwrap_or_default());
    let loc = Memo::new(move |_| lesson_in(&lesson_id(), locale()));
    let progress = RwSignal::new(None::<LessonProgress>);
    let step = RwSignal::new(0usize);
    let loaded = RwSignal::new(false);
    let saved_step = RwSignal::new(None::<usize>);
    // Count of completed saves (exposed as data-saves so tests can wait for a write to land).
    let saves = RwSignal::new(0u32);
    let error = RwSignal::new(None::<&'static str>);
    let last_tick = StoredValue::new(js_sys::Date::now());
    // State of the step on screen (not saved: only scoring and position are).
    let tried = RwSignal::new(Vec::<usize>::new());
    let solved = RwSignal::new(false);
    let placed = RwSignal::new(Vec::<Placement>::new());
    let step_ref = NodeRef::<leptos::html::Div>::new();

    let reset_step_state = move |i: usize| {
        tried.set(vec![]);
        solved.set(false);
        let n = loc.with_untracked(|l| l.as_ref().map(|l| sort_len(l, i)).unwrap_or(0));
        placed.set(vec![None; n]);
    };

    // Load (or start) this pupil's progress.
    Effect::new(move |_| {
        let id = lesson_id();
        let Some(pupil) = s.pupil.get() else { return };
        let Some(lesson) = library().lesson(&id).cloned() else {
            loaded.set(true);
            return;
        };
        leptos::task::spawn_local(async move {
            match progress::get(&pupil.id, &id).await {
                Ok(Some(saved)) => {
                    let at = resume_at(&saved, &lesson);
                    saved_step.set(Some(saved.step));
                    progress.set(Some(saved));
                    step.set(at);
                    reset_step_state(at);
                }
                Ok(None) => {
                    let fresh = start(&pupil.id, &lesson, now());
                    match progress::save(&fresh).await {
                        Ok(()) => saved_step.set(Some(0)),
                        Err(e) => error.set(Some(e.message_key())),
                    }
                    progress.set(Some(fresh));
                    step.set(0);
                    reset_step_state(0);
                }
                Err(e) => error.set(Some(e.message_key())),
            }
            last_tick.set_value(js_sys::Date::now());
            loaded.set(true);
        });
    });

    // Changes progress, adds the time since the last save, and saves it (one transaction).
    let commit = move |f: &dyn Fn(&mut LessonProgress)| {
        let Some(mut p) = progress.get_untracked() else { return };
        let ms = js_sys::Date::now();
        add_time(&mut p, (ms - last_tick.get_value()) / 1000.0);
        last_tick.set_value(ms);
        f(&mut p);
        progress.set(Some(p.clone()));
        leptos::task::spawn_local(async move {
            match progress::save(&p).await {
                Ok(()) => {
                    saved_step.set(Some(p.step));
                    saves.update(|n| *n += 1);
                    error.set(None);
                }
                Err(e) => error.set(Some(e.message_key())),
            }
        });
    };

    let go = move |to: usize| {
        let Some(l) = loc.get_untracked() else { return };
        let to = to.min(l.lesson.steps.len());
        stop_speaking();
        commit(&|p| go_to(p, &l.lesson, to, now()));
        step.set(to);
        reset_step_state(to);
        request_animation_frame(move || {
            if let Some(el) = step_ref.get_untracked() {
                let _ = el.focus();
            }
        });
    };

    let answer = move |sid: String, ai: usize, correct: bool| {
        if solved.get_untracked() {
            return;
        }
        tried.update(|v| {
            if !v.contains(&ai) {
                v.push(ai)
            }
        });
        let scored_already =
            progress.with_untracked(|p| p.as_ref().is_none_or(|p| p.answered_checks.iter().any(|x| *x == sid)));
        if !scored_already {
            commit(&|p| {
                answer_check(p, &sid, correct, now());
            });
        }
        if correct {
            solved.set(true);
        }
    };

    let place = move |ii: usize, item_left: bool, chose_left: bool| {
        placed.update(|v| {
            // A correctly sorted card stays put (its buttons are aria-disabled, not disabled,
            // so keyboard focus is not thrown back to the top of the page).
            if let Some(slot) = v.get_mut(ii)
                && !matches!(slot, Some((_, true)))
            {
                *slot = Some((chose_left, sorted_right(item_left, chose_left)));
            }
        });
    };

    // Why Next is not available yet (None = go ahead).
    let locked = move || -> Option<&'static str> {
        let i = step.get();
        loc.with(|l| {
            let l = l.as_ref()?;
            match l.lesson.steps.get(i) {
                Some(Step::Check { .. }) if !solved.get() => Some("check"),
                Some(Step::Sort { items, .. })
                    if !placed.with(|p| p.len() == items.len() && p.iter().all(|x| matches!(x, Some((_, true))))) =>
                {
                    Some("sort")
                }
                _ => None,
            }
        })
    };

    let mark = move |prefix: String| {
        move || {
            loc.with(|l| l.as_ref().is_some_and(|l| l.is_machine(&prefix))).then(|| {
                view! {
                    <p class="mt-mark" role="note">
                        <Icon kind=IconKind::Globe />" "
                        {tr!("lessons-machine-translated")}
                    </p>
                }
            })
        }
    };

    let step_view = move || {
        let i = step.get();
        let Some(l) = loc.get() else { return ().into_any() };
        let len = l.lesson.steps.len();
        if i >= len {
            let tell = l.lesson.tell_text().unwrap_or_default().to_string();
            let tell_prefix = l.step_prefix(len.saturating_sub(1));
            let learned = l.lesson.learned.clone();
            return view! {
                <div class="lesson-finish" data-finish="true">
                    <h2>
                        <Icon kind=IconKind::Star />" "
                        {tr!("lessons-finished-heading")}
                    </h2>
                    <p class="lesson-score">
                        {move || {
                            let (right, total) = progress.with(|p| p.as_ref().map(|p| (p.first_try_correct, p.checks)).unwrap_or((0, 0)));
                            t_args("lessons-score", &[("right", right.into()), ("total", total.into())])
                        }}
                    </p>
                    {mark("learned.".into())}
                    <h3>{tr!("lessons-learned-heading")}</h3>
                    <ul class="lesson-learned">
                        {learned.into_iter().map(|x| view! { <li><span aria-hidden="true">"✓ "</span>{x}</li> }).collect_view()}
                    </ul>
                    <div class="tell-box">
                        <h3>
                            <Icon kind=IconKind::Speech />" "
                            {tr!("lessons-tell-heading")}
                        </h3>
                        {mark(tell_prefix)}
                        <ReadAloud text=tell />
                    </div>
                    <div class="actions">
                        <A href="/pupil/lessons" attr:class="button primary big">{tr!("lessons-back-to-list")}</A>
                        <button class="button big" on:click=move |_| go(0)>{tr!("lessons-start-again")}</button>
                    </div>
                </div>
            }
            .into_any();
        }
        let prefix = l.step_prefix(i);
        let body = match l.lesson.steps[i].clone() {
            Step::Explain { text, picture: pic, .. } => view! {
                <div class="step-explain">
                    {picture(pic, "step-picture")}
                    <ReadAloud text=text class="step-text" />
                </div>
            }
            .into_any(),
            Step::Discuss { prompt, picture: pic, .. } => view! {
                <div class="step-discuss">
                    <h2>
                        <Icon kind=IconKind::People />" "
                        {tr!("lessons-discuss-heading")}
                    </h2>
                    {picture(pic, "step-picture")}
                    <ReadAloud text=prompt class="step-text" />
                    <p class="field-hint">{tr!("lessons-discuss-hint")}</p>
                </div>
            }
            .into_any(),
            Step::Sort { id, prompt, left_label, right_label, items } => {
                let total = items.len();
                view! {
                    <div class="step-sort">
                        <h2>{tr!("lessons-sort-heading")}</h2>
                        <ReadAloud text=prompt class="step-text" />
                        <div class="sort-items">
                            {items.into_iter().enumerate().map(|(ii, it)| {
                                let state = move || placed.with(|p| p.get(ii).copied().flatten());
                                let done = move || matches!(state(), Some((_, true)));
                                let label_id = format!("sort-{id}-{ii}");
                                let labelled_by = label_id.clone();
                                let (ll, rl) = (left_label.clone(), right_label.clone());
                                let (ll2, rl2) = (left_label.clone(), right_label.clone());
                                let item_left = it.left;
                                view! {
                                    <div class="sort-item" role="group" aria-labelledby=labelled_by class:sorted=done>
                                        {picture(it.picture.clone(), "sort-picture")}
                                        <span class="sort-text" id=label_id>{it.text.clone()}</span>
                                        <span class="sort-buttons">
                                            <button class="button sort-choice"
                                                aria-pressed=move || if state().is_some_and(|s| s.0) { "true" } else { "false" }
                                                aria-disabled=move || done().to_string()
                                                on:click=move |_| place(ii, item_left, true)>{ll}</button>
                                            <button class="button sort-choice"
                                                aria-pressed=move || if state().is_some_and(|s| !s.0) { "true" } else { "false" }
                                                aria-disabled=move || done().to_string()
                                                on:click=move |_| place(ii, item_left, false)>{rl}</button>
                                        </span>
                                        <span class="sort-feedback" aria-live="polite">
                                            {move || match state() {
                                                Some((left, true)) => {
                                                    let g = if left { ll2.clone() } else { rl2.clone() };
                                                    format!("✓ {}", t_args("lessons-sort-right", &[("group", g.into())]))
                                                }
                                                Some((_, false)) => format!("✗ {}", t("lessons-sort-wrong")),
                                                None => String::new(),
                                            }}
                                        </span>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                        <p class="sort-done" role="status">
                            {move || (total > 0 && placed.with(|p| p.iter().filter(|x| matches!(x, Some((_, true)))).count() == total))
                                .then(|| view! { <Icon kind=IconKind::Star />" "{t("lessons-sort-done")} })}
                        </p>
                    </div>
                }
                .into_any()
            }
            Step::Check { id, question, answers, explanation, picture: pic } => {
                let list: Vec<Answer> = answers.clone();
                view! {
                    <div class="step-check">
                        <h2>{tr!("lessons-check-heading")}</h2>
                        {picture(pic, "step-picture")}
                        <ReadAloud text=question.clone() class="step-text" />
                        <div class="answers" role="group" aria-label=question>
                            {answers.into_iter().enumerate().map(|(ai, a)| {
                                let correct = a.correct;
                                let sid = id.clone();
                                let was_tried = move || tried.with(|t| t.contains(&ai));
                                view! {
                                    <button class="button answer"
                                        class:answer-right=move || was_tried() && correct
                                        class:answer-wrong=move || was_tried() && !correct
                                        aria-disabled=move || if solved.get() { "true" } else { "false" }
                                        on:click=move |_| answer(sid.clone(), ai, correct)>
                                        <span class="answer-mark" aria-hidden="true">
                                            {move || if was_tried() { if correct { "✓ " } else { "✗ " } } else { "" }}
                                        </span>
                                        <span>{a.text}</span>
                                        {move || was_tried().then(|| view! {
                                            <span class="visually-hidden">
                                                {if correct { t("lessons-your-answer-right") } else { t("lessons-your-answer-wrong") }}
                                            </span>
                                        })}
                                    </button>
                                }
                            }).collect_view()}
                        </div>
                        <div class="check-feedback" role="status" aria-live="polite">
                            {move || {
                                let last = tried.with(|t| t.last().copied())?;
                                let a = list.get(last)?.clone();
                                Some(if a.correct {
                                    let explanation = explanation.clone();
                                    view! {
                                        <p class="feedback-right">
                                            <span aria-hidden="true">"✓ "</span>
                                            {a.feedback.unwrap_or_else(|| t("lessons-check-right"))}
                                        </p>
                                        <h3>{tr!("lessons-check-why")}</h3>
                                        <ReadAloud text=explanation class="explanation" />
                                    }
                                    .into_any()
                                } else {
                                    view! {
                                        <p class="feedback-wrong">
                                            <span aria-hidden="true">"✗ "</span>
                                            {a.feedback.unwrap_or_else(|| t("lessons-check-try-again"))}
                                        </p>
                                    }
                                    .into_any()
                                })
                            }}
                        </div>
                    </div>
                }
                .into_any()
            }
        };
        view! {
            {mark(prefix)}
            {body}
        }
        .into_any()
    };

    view! {
        <section class="page lesson-player"
            class:ks1=move || loc.with(|l| l.as_ref().is_some_and(|l| l.lesson.band == Band::Ks1))
            data-screen="lesson-player"
            data-step=move || step.get().to_string()
            data-saved-step=move || saved_step.get().map(|s| s.to_string()).unwrap_or_default()
            data-saves=move || saves.get().to_string()>
            <p><A href="/pupil/lessons" attr:class="inline-target">{tr!("lessons-back-to-list")}</A></p>
            {move || {
                if !loaded.get() {
                    return view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any();
                }
                let Some(l) = loc.get() else {
                    return view! { <p class="notice" role="alert">{tr!("lessons-not-found")}</p> }.into_any();
                };
                let len = l.lesson.steps.len();
                view! {
                    <h1>{l.lesson.title.clone()}</h1>
                    {mark("title".into())}
                    <div class="progress lesson-progress" role="progressbar"
                        aria-label=move || t("lessons-progress-label")
                        aria-valuemin="0" aria-valuemax=len.to_string()
                        aria-valuenow=move || (step.get() + 1).min(len).to_string()>
                        <span style:inline-size=move || format!("{}%", ((step.get() + 1).min(len + 1) * 100) / (len + 1))></span>
                    </div>
                    {move || (step.get() < len).then(|| view! {
                        <p class="lesson-step-of">{move || t_args("lessons-step-of", &[("step", (step.get() + 1).into()), ("total", len.into())])}</p>
                    })}
                    {move || error.get().map(|k| view! { <p class="error" role="alert">{t(k)}</p> })}
                    <div class="lesson-step" tabindex="-1" node_ref=step_ref>{step_view}</div>
                    {move || (step.get() < len).then(|| view! {
                        <nav class="player-nav" aria-label=move || t("lessons-progress-label")>
                            <button class="button big player-back" disabled=move || step.get() == 0 on:click=move |_| go(step.get_untracked().saturating_sub(1))>
                                <Icon kind=IconKind::Back />{tr!("lessons-back")}
                            </button>
                            // aria-disabled (not disabled) while locked, so keyboard and
                            // screen-reader users can still reach it and hear why it waits.
                            <button class="button primary big player-next"
                                aria-disabled=move || locked().is_some().to_string()
                                aria-describedby="player-next-why"
                                on:click=move |_| if locked().is_none() { go(step.get_untracked() + 1) }>
                                {move || if step.get() + 1 >= len { t("lessons-finish") } else { t("lessons-next") }}
                                <Icon kind=IconKind::Next />
                            </button>
                        </nav>
                        <p id="player-next-why" class="field-hint">
                            {move || match locked() {
                                Some("check") => t("lessons-next-locked-check"),
                                Some(_) => t("lessons-next-locked-sort"),
                                None => String::new(),
                            }}
                        </p>
                    })}
                }
                .into_any()
            }}
        </section>
    }
}
