//! The whiteboard presenter: one lesson step per screen in very large type, keyboard and
//! clicker navigation, teacher notes on demand, a discussion countdown, a class quiz with a
//! show of hands and reveal, and "Mark as delivered". No pupil names or data ever appear here.
//!
//! The same component runs as the audience window (`/teacher/present/:id/audience`): both
//! windows hold the whole presentation state and send it to each other over a
//! BroadcastChannel after every change, so either one can move the class on. Only the
//! presenter window shows notes and records the delivery. The audience window is not behind
//! the staff PIN because it shows lesson content only (it opens on the whiteboard screen).

use crate::content::library;
use crate::content::model::lesson::{Lesson, Step};
use crate::domain::presenter::{
    command_for_key, delivery, quiz_summary, tallies_for, timers_for, Command, Deck, Mode, Nav, Shared, Slide, SyncMessage,
    CHANNEL,
};
use crate::domain::records::Delivery;
use crate::i18n::locales;
use crate::platform::{self, screen};
use crate::storage::{self, deliveries};
use crate::tr;
use crate::ui::i18n::{locale, t, t_args};
use crate::ui::teacher::presenter::localized;
use crate::ui::widgets::icon::{Icon, IconKind};
use crate::ui::widgets::read_aloud::{stop_speaking, ReadAloud};
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use wasm_bindgen::JsCast;

/// `/teacher/present/:lesson_id?class=ID&mode=lesson|quiz` (staff only).
#[component]
pub fn Present() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let lesson_id = params.with_untracked(|p| p.get("lesson_id").unwrap_or_default());
    let class_id = query.with_untracked(|q| q.get("class"));
    let mode = Mode::parse(&query.with_untracked(|q| q.get("mode").unwrap_or_default()));
    view! {
        <StaffGate>
            <Presenter lesson_id=lesson_id.clone() class_id=class_id.clone() mode audience=false />
        </StaffGate>
    }
}

/// `/teacher/present/:lesson_id/audience?mode=...`: the whiteboard copy of the presentation.
#[component]
pub fn Audience() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let lesson_id = params.with_untracked(|p| p.get("lesson_id").unwrap_or_default());
    let mode = Mode::parse(&query.with_untracked(|q| q.get("mode").unwrap_or_default()));
    view! { <Presenter lesson_id class_id=None mode audience=true /> }
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

fn picture(id: &Option<String>, class: &'static str) -> Option<impl IntoView + use<>> {
    let url = id.as_deref().and_then(|p| library().picture_url(p))?;
    Some(view! { <img class=class src=format!("/{url}") alt="" /> })
}

fn letter(i: usize) -> String {
    char::from(b'A' + (i as u8 % 26)).to_string()
}

/// The first words of a slide, for the presenter's "Next" preview.
fn slide_preview(lesson: &Lesson, slide: Slide, mode: Mode) -> String {
    match slide {
        Slide::Title => lesson.title.clone(),
        Slide::Finish if mode == Mode::Quiz => t("present-summary-heading"),
        Slide::Finish => t("present-finish-learned"),
        Slide::Step(i) => match lesson.steps.get(i) {
            Some(Step::Explain { text, .. }) => text.clone(),
            Some(Step::Discuss { prompt, .. } | Step::Sort { prompt, .. }) => prompt.clone(),
            Some(Step::Check { question, .. }) => question.clone(),
            None => String::new(),
        },
    }
}

#[component]
fn Presenter(lesson_id: String, class_id: Option<String>, mode: Mode, audience: bool) -> impl IntoView {
    let Some(base) = library().lesson(&lesson_id).cloned() else {
        return view! {
            <section class="page">
                <h1>{tr!("present-not-found")}</h1>
                <A href="/teacher/present" attr:class="button">{tr!("present-back")}</A>
            </section>
        }
        .into_any();
    };
    let deck = StoredValue::new(Deck::new(&base, mode));
    let id = StoredValue::new(lesson_id);
    let class_id = StoredValue::new(class_id);
    let base = StoredValue::new(base);
    let lesson = Memo::new(move |_| id.with_value(|i| localized(i, locale())).unwrap_or_else(|| base.get_value()));
    let rtl = Memo::new(move |_| locales::find(locale()).is_some_and(|l| l.rtl));
    let nav = RwSignal::new(Nav::new(deck.with_value(|d| d.len())));
    let notes = RwSignal::new(false);
    let tallies = RwSignal::new(base.with_value(tallies_for));
    let sorted = RwSignal::new(vec![false; base.with_value(|b| b.steps.len())]);
    let timers = RwSignal::new(base.with_value(timers_for));
    let now = RwSignal::new(now_ms());
    let fullscreen = RwSignal::new(false);
    let ended = RwSignal::new(false);
    let audience_open = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let delivered = RwSignal::new(None::<Delivery>);
    let saving = RwSignal::new(false);
    let started = platform::now();
    let root = NodeRef::<leptos::html::Div>::new();
    let stage = NodeRef::<leptos::html::Div>::new();
    // After a toolbar button, give the keys back to the slides (so Space moves on rather than
    // pressing the same button again).
    let focus_stage = move || {
        if let Some(el) = stage.get_untracked() {
            let _ = el.focus();
        }
    };

    // Cross-window sync: send the whole state after every local change; apply what arrives.
    let channel = StoredValue::new_local(None::<screen::Channel>);
    let shared = move || Shared {
        lesson_id: id.get_value(),
        mode,
        slide: nav.get_untracked().current,
        tallies: tallies.get_untracked(),
        sorted: sorted.get_untracked(),
        timers: timers.get_untracked(),
    };
    let send = move |msg: &SyncMessage| {
        if let Ok(text) = serde_json::to_string(msg) {
            channel.with_value(|c| {
                if let Some(c) = c {
                    c.send(&text);
                }
            });
        }
    };
    let broadcast = move || send(&SyncMessage::State(shared()));
    let receive = move |text: String| match serde_json::from_str::<SyncMessage>(&text) {
        Ok(SyncMessage::Hello) if !audience => broadcast(),
        Ok(SyncMessage::State(s)) if s.lesson_id == id.get_value() && s.mode == mode => {
            ended.set(false);
            if nav.get_untracked().current != s.slide {
                stop_speaking();
                nav.update(|n| n.go(s.slide));
            }
            if s.tallies.len() == tallies.with_untracked(|t| t.len()) {
                tallies.set(s.tallies);
            }
            if s.sorted.len() == sorted.with_untracked(|v| v.len()) {
                sorted.set(s.sorted);
            }
            if s.timers.len() == timers.with_untracked(|v| v.len()) {
                timers.set(s.timers);
            }
        }
        Ok(SyncMessage::Ended) if audience => ended.set(true),
        _ => {}
    };
    channel.set_value(screen::Channel::open(CHANNEL, receive));
    if audience {
        send(&SyncMessage::Hello);
    }
    on_cleanup(move || {
        if !audience {
            send(&SyncMessage::Ended);
            screen::exit_fullscreen();
        }
        stop_speaking();
    });

    let go = move |cmd: Command| {
        if cmd == Command::ToggleNotes {
            if !audience {
                notes.update(|n| *n = !*n);
            }
            return;
        }
        let mut changed = false;
        nav.update(|n| changed = n.apply(cmd));
        if changed {
            stop_speaking();
            broadcast();
        }
    };

    // Keys: arrows, space, PageUp/PageDown (clickers), Home/End, N. Space on a focused button
    // keeps its usual meaning (press that button).
    let keys = window_event_listener(leptos::ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
            return;
        }
        let tag = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map(|el| el.tag_name().to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(tag.as_str(), "input" | "select" | "textarea") {
            return;
        }
        let key = e.key();
        if key == " " && matches!(tag.as_str(), "button" | "a" | "summary") {
            return;
        }
        if let Some(cmd) = command_for_key(&key, rtl.get_untracked()) {
            e.prevent_default();
            go(cmd);
        }
    });
    on_cleanup(move || keys.remove());

    // One clock for the countdowns and the full-screen state.
    if let Ok(h) = set_interval_with_handle(
        move || {
            now.set(now_ms());
            let fs = screen::is_fullscreen();
            if fullscreen.get_untracked() != fs {
                fullscreen.set(fs);
            }
        },
        std::time::Duration::from_millis(250),
    ) {
        on_cleanup(move || h.clear());
    }

    let toggle_fullscreen = move |_| {
        if screen::is_fullscreen() {
            screen::exit_fullscreen();
        } else if let Some(el) = root.get_untracked() {
            screen::request_fullscreen(&el);
        }
        focus_stage();
    };
    let open_audience = move |_| {
        let url = format!("/teacher/present/{}/audience?mode={}", id.get_value(), mode.slug());
        if screen::open_window(&url, "bytesmart-audience") {
            audience_open.set(true);
            message.set(None);
        } else {
            message.set(Some(t("present-audience-blocked")));
        }
    };
    let mark_delivered = move |_| {
        if saving.get_untracked() || delivered.get_untracked().is_some() {
            return;
        }
        let Some(cid) = class_id.get_value() else { return };
        let d = base.with_value(|l| delivery(platform::new_id("delivery"), &cid, l, started, platform::now()));
        saving.set(true);
        leptos::task::spawn_local(async move {
            let res = async {
                let db = storage::db().await?;
                deliveries::record(&db, &d).await
            }
            .await;
            match res {
                Ok(()) => {
                    message.set(None);
                    delivered.set(Some(d));
                }
                Err(e) => message.set(Some(t(e.message_key()))),
            }
            saving.set(false);
        });
    };
    let class_name = LocalResource::new(move || {
        let cid = class_id.get_value();
        async move {
            match cid {
                Some(c) => crate::storage::school::class(&c).await.ok().flatten().map(|c| c.name),
                None => None,
            }
        }
    });
    let back = move || match class_id.get_value() {
        Some(c) => format!("/teacher/present?class={c}"),
        None => "/teacher/present".to_string(),
    };

    let ctx = Ctx { mode, tallies, sorted, timers, now, broadcast: StoredValue::new(Box::new(broadcast)) };
    let slide_view = move || {
        let slide = deck.with_value(|d| d.slide(nav.get().current));
        let l = lesson.get();
        match slide {
            Slide::Title => title_slide(&l, mode, deck.with_value(|d| d.question_count(&l))).into_any(),
            Slide::Step(i) => step_slide(&l, i, ctx).into_any(),
            Slide::Finish => view! {
                <div class="slide slide-finish">
                    {finish_slide(&l, ctx)}
                    {(!audience && mode == Mode::Lesson).then(|| view! {
                        <div class="deliver">
                            {move || match (delivered.get(), class_id.get_value()) {
                                (Some(d), _) => view! {
                                    <p class="notice delivered" role="status">
                                        {move || t_args("present-delivered", &[
                                            ("class", class_name.get().flatten().unwrap_or_default().into()),
                                            ("minutes", d.minutes.into()),
                                        ])}
                                    </p>
                                    <A href=back() attr:class="button">{tr!("present-back")}</A>
                                }.into_any(),
                                (None, Some(_)) => view! {
                                    <button class="button primary big" on:click=mark_delivered disabled=move || saving.get()>
                                        {tr!("present-mark-delivered")}
                                    </button>
                                }.into_any(),
                                (None, None) => view! { <p class="notice">{tr!("present-no-class")}</p> }.into_any(),
                            }}
                        </div>
                    })}
                </div>
            }
            .into_any(),
        }
    };

    let notes_view = move || {
        let show = !audience && (notes.get() || audience_open.get());
        show.then(|| {
            let l = lesson.get();
            let n = nav.get();
            let (slide, next) = deck.with_value(|d| (d.slide(n.current), (!n.is_last()).then(|| d.slide(n.current + 1))));
            let specific = match slide {
                Slide::Step(i) => match l.steps.get(i) {
                    Some(Step::Discuss { hints, .. }) if !hints.is_empty() => Some(view! {
                        <h3>{tr!("present-hints")}</h3>
                        <ul>{hints.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul>
                    }.into_any()),
                    Some(Step::Check { answers, .. }) => answers.iter().find(|a| a.correct).map(|a| {
                        let text = a.text.clone();
                        view! { <p><strong>{move || t_args("present-answer-note", &[("answer", text.clone().into())])}</strong></p> }.into_any()
                    }),
                    _ => None,
                },
                _ => None,
            };
            let preview = match next {
                Some(s) => {
                    let text = slide_preview(&l, s, mode);
                    t_args("present-next-up", &[("text", text.into())])
                }
                None => t("present-next-end"),
            };
            view! {
                <aside class="presenter-notes" aria-labelledby="presenter-notes-heading">
                    <h2 id="presenter-notes-heading">{tr!("present-notes")}</h2>
                    {specific}
                    <p>{l.teacher_notes.clone()}</p>
                    <p class="presenter-next-up">{preview}</p>
                </aside>
            }
        })
    };

    view! {
        <div class="presenter" class:audience=audience node_ref=root data-screen=if audience { "presenter-audience" } else { "presenter" }>
            <div class="presenter-bar">
                <h1 class="presenter-title">
                    {move || if mode == Mode::Quiz {
                        t_args("present-quiz-title", &[("title", lesson.get().title.into())])
                    } else {
                        lesson.get().title
                    }}
                </h1>
                <p class="presenter-counter" aria-live="polite">
                    {move || t_args("present-counter", &[("current", nav.get().number().into()), ("total", nav.get().len.into())])}
                </p>
                <div class="presenter-tools">
                    {(!audience).then(|| view! {
                        <button class="button" aria-pressed=move || notes.get().to_string() on:click=move |_| { go(Command::ToggleNotes); focus_stage(); }>
                            {move || if notes.get() { t("present-notes-hide") } else { t("present-notes-show") }}
                        </button>
                        <button class="button" on:click=open_audience>{tr!("present-audience-open")}</button>
                    })}
                    {screen::fullscreen_available().then(|| view! {
                        <button class="button" class:primary=move || fullscreen.get() on:click=toggle_fullscreen>
                            {move || if fullscreen.get() { t("present-exit-fullscreen") } else { t("present-fullscreen") }}
                        </button>
                    })}
                    {(!audience).then(|| view! { <A href=back attr:class="button">{tr!("present-exit")}</A> })}
                </div>
            </div>
            <div class="progress presenter-progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=move || nav.get().percent().to_string() aria-label=move || t("present-progress")>
                <span style:inline-size=move || format!("{}%", nav.get().percent())></span>
            </div>
            {move || message.get().map(|m| view! { <p class="error presenter-message" role="alert">{m}</p> })}
            {move || (!audience && audience_open.get()).then(|| view! { <p class="notice presenter-message">{tr!("present-audience-on")}</p> })}
            <div class="presenter-body">
                <div class="presenter-stage" node_ref=stage tabindex="0" role="region" aria-label=move || t("present-slide")>
                    {move || if ended.get() {
                        view! {
                            <div class="slide">
                                <p class="slide-text">{tr!("present-ended")}</p>
                                <button class="button big" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.close(); } }>
                                    {tr!("present-close-window")}
                                </button>
                            </div>
                        }.into_any()
                    } else {
                        slide_view().into_any()
                    }}
                </div>
                {notes_view}
            </div>
            <nav class="presenter-nav" aria-label=move || t("present-nav")>
                <button class="button big presenter-prev" disabled=move || nav.get().is_first() on:click=move |_| go(Command::Previous)>
                    <Icon kind=IconKind::Back />
                    <span>{tr!("present-previous")}</span>
                </button>
                <button class="button primary big presenter-next" disabled=move || nav.get().is_last() on:click=move |_| go(Command::Next)>
                    <span>{tr!("present-next")}</span>
                    <Icon kind=IconKind::Next />
                </button>
            </nav>
        </div>
    }
    .into_any()
}

/// The reactive state a slide needs (all Copy, so slide views can capture it freely).
#[derive(Clone, Copy)]
struct Ctx {
    mode: Mode,
    tallies: RwSignal<Vec<crate::domain::presenter::Tally>>,
    sorted: RwSignal<Vec<bool>>,
    timers: RwSignal<Vec<Option<crate::domain::presenter::Countdown>>>,
    now: RwSignal<u64>,
    broadcast: StoredValue<Box<dyn Fn() + Send + Sync>>,
}

impl Ctx {
    fn changed(&self) {
        self.broadcast.with_value(|b| b());
    }
}

fn title_slide(l: &Lesson, mode: Mode, questions: usize) -> impl IntoView + use<> {
    view! {
        <div class="slide slide-title">
            {picture(&l.picture, "slide-picture")}
            <h2 class="slide-heading">{l.title.clone()}</h2>
            <ReadAloud text=Signal::stored(l.summary.clone()) class="slide-text" />
            {(mode == Mode::Quiz).then(|| view! {
                <p class="slide-sub">{move || t_args("present-quiz-count", &[("count", questions.into())])}</p>
            })}
        </div>
    }
}

fn step_slide(l: &Lesson, i: usize, ctx: Ctx) -> impl IntoView + use<> {
    match l.steps.get(i).cloned() {
        Some(Step::Explain { text, picture: pic, .. }) => view! {
            <div class="slide slide-explain">
                {picture(&pic, "slide-picture")}
                <ReadAloud text=Signal::stored(text) class="slide-text" />
            </div>
        }
        .into_any(),
        Some(Step::Discuss { prompt, picture: pic, .. }) => view! {
            <div class="slide slide-discuss">
                <p class="slide-kind">{tr!("present-kind-discuss")}</p>
                {picture(&pic, "slide-picture")}
                <ReadAloud text=Signal::stored(prompt) class="slide-text" />
                {timer_view(i, ctx)}
            </div>
        }
        .into_any(),
        Some(Step::Sort { prompt, left_label, right_label, items, .. }) => {
            let shown = move || ctx.sorted.with(|v| v.get(i).copied().unwrap_or(false));
            let group = move |left: bool, label: String, items: &Vec<crate::content::model::lesson::SortItem>| {
                let list: Vec<_> = items.iter().filter(|x| x.left == left).cloned().collect();
                view! {
                    <section class="sort-group">
                        <h3>{label}</h3>
                        <ul class="sort-items">
                            {list.into_iter().map(|x| view! { <li>{picture(&x.picture, "item-picture")}<span>{x.text}</span></li> }).collect_view()}
                        </ul>
                    </section>
                }
            };
            let all = items.clone();
            view! {
                <div class="slide slide-sort">
                    <p class="slide-kind">{tr!("present-kind-sort")}</p>
                    <ReadAloud text=Signal::stored(prompt) class="slide-text" />
                    {move || if shown() {
                        view! {
                            <div class="sort-groups">
                                {group(true, left_label.clone(), &items)}
                                {group(false, right_label.clone(), &items)}
                            </div>
                        }.into_any()
                    } else {
                        let all = all.clone();
                        view! {
                            <ul class="sort-items">
                                {all.into_iter().map(|x| view! { <li>{picture(&x.picture, "item-picture")}<span>{x.text}</span></li> }).collect_view()}
                            </ul>
                            <button class="button primary big" on:click=move |_| {
                                ctx.sorted.update(|v| if let Some(s) = v.get_mut(i) { *s = true });
                                ctx.changed();
                            }>{tr!("present-sort-reveal")}</button>
                        }.into_any()
                    }}
                </div>
            }
            .into_any()
        }
        Some(Step::Check { question, answers, explanation, picture: pic, .. }) => {
            let revealed = move || ctx.tallies.with(|t| t.get(i).is_some_and(|t| t.revealed));
            // Bring the explanation into view on a small screen once it appears.
            let explanation_ref = NodeRef::<leptos::html::Div>::new();
            Effect::new(move |_| {
                if let Some(el) = explanation_ref.get() {
                    el.scroll_into_view_with_bool(false);
                }
            });
            view! {
                <div class="slide slide-check" class:revealed=revealed>
                    <p class="slide-kind">{tr!("present-kind-question")}</p>
                    {picture(&pic, "slide-picture small")}
                    <ReadAloud text=Signal::stored(question) class="slide-text" />
                    <ol class="answers">
                        {answers.into_iter().enumerate().map(|(j, a)| {
                            let l = letter(j);
                            let (l1, l2, l3) = (l.clone(), l.clone(), l.clone());
                            let count = move || ctx.tallies.with(|t| t.get(i).and_then(|t| t.counts.get(j).copied()).unwrap_or(0));
                            let correct = a.correct;
                            view! {
                                <li class="answer" class:correct=move || correct && revealed()>
                                    <span class="answer-letter" aria-hidden="true">{l.clone()}</span>
                                    <span class="answer-text">
                                        {a.text.clone()}
                                        {move || (correct && revealed()).then(|| view! {
                                            <strong class="answer-mark"><span aria-hidden="true">"✓ "</span>{tr!("present-correct")}</strong>
                                        })}
                                    </span>
                                    <span class="hands" role="group" aria-label=move || t_args("present-answer-hands", &[("letter", l1.clone().into())])>
                                        <button class="button hands-less" aria-label=move || t_args("present-hands-less", &[("letter", l2.clone().into())])
                                            on:click=move |_| { ctx.tallies.update(|t| if let Some(t) = t.get_mut(i) { t.decrement(j) }); ctx.changed(); }>
                                            "−"
                                        </button>
                                        <output class="hands-count">{move || t_args("present-hands-count", &[("count", count().into())])}</output>
                                        <button class="button hands-more" aria-label=move || t_args("present-hands-more", &[("letter", l3.clone().into())])
                                            on:click=move |_| { ctx.tallies.update(|t| if let Some(t) = t.get_mut(i) { t.increment(j) }); ctx.changed(); }>
                                            "+"
                                        </button>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    {move || if revealed() {
                        view! {
                            <div class="explanation" role="status" node_ref=explanation_ref>
                                <ReadAloud text=Signal::stored(explanation.clone()) class="slide-text small" />
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <button class="button primary big reveal" on:click=move |_| {
                                ctx.tallies.update(|t| if let Some(t) = t.get_mut(i) { t.revealed = true });
                                ctx.changed();
                            }>{tr!("present-reveal")}</button>
                        }.into_any()
                    }}
                </div>
            }
            .into_any()
        }
        None => view! { <div class="slide"></div> }.into_any(),
    }
}

fn timer_view(i: usize, ctx: Ctx) -> impl IntoView + use<> {
    let get = move || ctx.timers.with(|v| v.get(i).copied().flatten());
    let update = move |f: &dyn Fn(&mut crate::domain::presenter::Countdown)| {
        ctx.timers.update(|v| {
            if let Some(Some(c)) = v.get_mut(i) {
                f(c);
            }
        });
        ctx.changed();
    };
    let running = move || get().is_some_and(|c| c.is_running(ctx.now.get()));
    let finished = move || get().is_some_and(|c| c.is_finished(ctx.now.get()));
    view! {
        <div class="timer" role="group" aria-label=move || t("present-timer")>
            <p class="timer-display" role="timer" class:finished=finished>
                {move || get().map(|c| c.display(ctx.now.get())).unwrap_or_default()}
            </p>
            <p class="timer-up" aria-live="polite">{move || finished().then(|| t("present-timer-up"))}</p>
            <div class="timer-buttons">
                <button class="button primary timer-toggle" on:click=move |_| {
                    let at = now_ms();
                    if running() { update(&|c| c.pause(at)) } else { update(&|c| c.start(at)) }
                }>
                    {move || if running() { t("present-timer-pause") } else { t("present-timer-start") }}
                </button>
                <button class="button timer-reset" on:click=move |_| update(&|c| c.reset())>{tr!("present-timer-reset")}</button>
                <button class="button" disabled=running on:click=move |_| update(&|c| c.adjust_minutes(-1))>{tr!("present-timer-less")}</button>
                <button class="button" disabled=running on:click=move |_| update(&|c| c.adjust_minutes(1))>{tr!("present-timer-more")}</button>
            </div>
        </div>
    }
}

fn finish_slide(l: &Lesson, ctx: Ctx) -> impl IntoView + use<> {
    let summary = ctx.tallies.with(|t| quiz_summary(l, t));
    let any_counted = summary.iter().any(|q| q.hands > 0);
    let show_summary = ctx.mode == Mode::Quiz || any_counted;
    let questions: Vec<String> = summary
        .iter()
        .map(|q| match l.steps.get(q.step) {
            Some(Step::Check { question, .. }) => question.clone(),
            _ => String::new(),
        })
        .collect();
    view! {
        {(ctx.mode == Mode::Lesson).then(|| view! {
            <h2 class="slide-heading">{tr!("present-finish-learned")}</h2>
            <ul class="learned slide-text">
                {l.learned.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}
            </ul>
        })}
        {show_summary.then(|| view! {
            <h2 class="slide-heading">{tr!("present-summary-heading")}</h2>
            <table class="quiz-summary">
                <caption>{tr!("present-summary-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!("present-summary-question")}</th>
                        <th scope="col">{tr!("present-summary-hands")}</th>
                        <th scope="col">{tr!("present-summary-correct")}</th>
                    </tr>
                </thead>
                <tbody>
                    {summary.into_iter().zip(questions).enumerate().map(|(n, (q, text))| view! {
                        <tr>
                            <th scope="row">{move || t_args("present-summary-row", &[("number", (n + 1).into()), ("question", text.clone().into())])}</th>
                            <td>{q.hands}</td>
                            <td>{match q.percent_correct() {
                                Some(p) => t_args("present-summary-percent", &[("count", q.correct_hands.into()), ("percent", p.into())]),
                                None => t("present-summary-none"),
                            }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
    }
}
