//! The pupil's SMART quiz: about ten questions drawn (seeded) across the five rules, one per
//! screen, "I'm not sure" on every question, kind feedback with the explanation straight
//! away, and a results screen of five letters S M A R T showing mastery by word, symbol and
//! colour, with "practise what I missed". The attempt is saved after every answer, so a
//! reload carries on at the next question.
//!
//! `?seed=N` in the address fixes the draw (teachers reproducing a quiz, end-to-end tests).

use crate::content::library;
use crate::content::model::quiz::{letter_id, letter_index, Question, QuestionKind, QuizBank};
use crate::content::translate;
use crate::domain::band::Band;
use crate::domain::quiz_logic::{self as logic, Outcome, NO_LEVEL_SYMBOL, QUIZ_LENGTH};
use crate::domain::records::{AnswerRecord, QuizAttempt, QuizPurpose};
use crate::domain::smart::SmartRule;
use crate::storage::quiz as store;
use crate::tr;
use crate::ui::i18n::{locale, t, t_args};
use crate::ui::session::use_session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Loading,
    NoPupil,
    Start,
    Asking(usize),
    Feedback(usize),
    Results,
}

/// The bank for a band.
pub fn bank_for(band: Band) -> Option<&'static QuizBank> {
    library().quizzes.iter().find(|b| b.band == band)
}

/// A question with its texts in the current locale (en-GB where untranslated).
pub fn localized(q: &Question) -> Question {
    let mut c = q.clone();
    let code = locale();
    if code != crate::i18n::DEFAULT_LOCALE {
        translate::apply(c.texts_mut(), library().translation(&q.id, code));
    }
    c
}

/// The URL of a picture id, absolute so it works on nested routes.
pub fn picture_src(id: &str) -> Option<String> {
    library().picture_url(id).map(|u| format!("/{u}"))
}

/// Fluent key for a purpose (`quiz-purpose-<slug>`).
pub fn purpose_key(p: QuizPurpose) -> &'static str {
    match p {
        QuizPurpose::Practice => "quiz-purpose-practice",
        QuizPurpose::Baseline => "quiz-purpose-baseline",
        QuizPurpose::EndOfUnit => "quiz-purpose-end-of-unit",
    }
}

fn new_seed() -> u32 {
    u32::from_le_bytes(crate::platform::random_bytes::<4>())
}

/// The quiz screen at `/pupil/quiz` (a signed-in pupil only).
#[component]
pub fn PupilQuiz() -> impl IntoView {
    view! { <crate::ui::widgets::require_pupil::RequirePupil><QuizPanel /></crate::ui::widgets::require_pupil::RequirePupil> }
}

#[component]
fn QuizPanel() -> impl IntoView {
    let session = use_session();
    let query = use_query_map();
    let phase = RwSignal::new(Phase::Loading);
    let attempt: RwSignal<Option<QuizAttempt>> = RwSignal::new(None);
    let band = RwSignal::new(Band::Ks2);
    let purpose = RwSignal::new(QuizPurpose::Practice);
    let error: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let shown_at = RwSignal::new(js_sys::Date::now());
    let busy = RwSignal::new(false);

    // Saves, then moves on: the screen only changes once the answer is safely stored.
    let save = move |a: QuizAttempt, next: Phase| {
        busy.set(true);
        spawn_local(async move {
            match store::save_attempt(&a).await {
                Ok(()) => {
                    error.set(None);
                    attempt.set(Some(a));
                    phase.set(next);
                    shown_at.set(js_sys::Date::now());
                }
                Err(e) => error.set(Some(e.message_key())),
            }
            busy.set(false);
        });
    };

    Effect::new(move |_| {
        if !session.ready.get() {
            return;
        }
        let Some(p) = session.pupil.get() else {
            phase.set(Phase::NoPupil);
            return;
        };
        spawn_local(async move {
            if let Ok(Some(c)) = crate::storage::school::class(&p.class_id).await {
                band.set(c.band());
            }
            purpose.set(store::quiz_purpose(&p.class_id).await.unwrap_or_default());
            match store::unfinished_attempt(&p.id).await {
                Ok(Some(mut a)) => {
                    band.set(a.band);
                    match logic::resume_at(&a) {
                        Some(i) => {
                            attempt.set(Some(a));
                            phase.set(Phase::Asking(i));
                            shown_at.set(js_sys::Date::now());
                        }
                        None => {
                            a.finished_at = Some(crate::platform::now());
                            a.updated_at = crate::platform::now();
                            save(a, Phase::Results);
                        }
                    }
                }
                Ok(None) => phase.set(Phase::Start),
                Err(e) => {
                    error.set(Some(e.message_key()));
                    phase.set(Phase::Start);
                }
            }
        });
    });

    let begin = move |question_ids: Vec<String>, seed: u32, why: QuizPurpose| {
        let Some(p) = session.pupil.get_untracked() else { return };
        if question_ids.is_empty() {
            return;
        }
        let now = crate::platform::now();
        let a = QuizAttempt {
            id: crate::platform::new_id("quiz"),
            pupil_id: p.id.clone(),
            band: band.get_untracked(),
            seed,
            purpose: why,
            question_ids,
            answers: vec![],
            started_at: now,
            finished_at: None,
            updated_at: now,
        };
        save(a, Phase::Asking(0));
    };

    let start_quiz = move |_| {
        let seed = query
            .with_untracked(|q| q.get("seed").and_then(|s| s.trim().parse::<u32>().ok()))
            .unwrap_or_else(new_seed);
        let Some(bank) = bank_for(band.get_untracked()) else { return };
        begin(logic::draw(bank, seed, &SmartRule::ALL, QUIZ_LENGTH), seed, purpose.get_untracked());
    };

    let on_answer = move |(chosen, not_sure): (Vec<String>, bool)| {
        if busy.get_untracked() {
            return;
        }
        let Some(mut a) = attempt.get_untracked() else { return };
        let Phase::Asking(i) = phase.get_untracked() else { return };
        if a.answers.len() != i {
            return;
        }
        let Some(q) = a.question_ids.get(i).and_then(|id| bank_for(a.band)?.question(id)) else { return };
        let secs = ((js_sys::Date::now() - shown_at.get_untracked()) / 1000.0).max(0.0) as u32;
        a.answers.push(logic::answer(q, chosen, not_sure, secs));
        a.updated_at = crate::platform::now();
        save(a, Phase::Feedback(i));
    };

    let go_next = move || {
        let Some(mut a) = attempt.get_untracked() else { return };
        let Phase::Feedback(i) = phase.get_untracked() else { return };
        if i + 1 < a.question_ids.len() {
            phase.set(Phase::Asking(i + 1));
            shown_at.set(js_sys::Date::now());
        } else {
            a.finished_at = Some(crate::platform::now());
            a.updated_at = crate::platform::now();
            save(a, Phase::Results);
        }
    };

    let practise = move || {
        let Some(a) = attempt.get_untracked() else { return };
        let Some(bank) = bank_for(a.band) else { return };
        let seed = new_seed();
        begin(logic::practice_draw(bank, seed, &logic::missed_rules(&a.answers)), seed, QuizPurpose::Practice);
    };

    let phase_name = move || match phase.get() {
        Phase::Loading => "loading",
        Phase::NoPupil => "no-pupil",
        Phase::Start => "start",
        Phase::Asking(_) => "question",
        Phase::Feedback(_) => "feedback",
        Phase::Results => "results",
    };

    view! {
        <section class="page quiz" data-screen="pupil-quiz" data-phase=phase_name>
            <h1>{tr!("quiz-heading")}</h1>
            {move || error.get().map(|k| view! { <p class="error" role="alert">{move || t(k)}</p> })}
            {move || match phase.get() {
                Phase::Loading => view! { <p>{tr!("quiz-loading")}</p> }.into_any(),
                Phase::NoPupil => view! {
                    <p>{tr!("quiz-no-pupil")}</p>
                    <A href="/pupil" attr:class="button primary">{tr!("quiz-choose-name")}</A>
                }.into_any(),
                Phase::Start => view! {
                    <div class="quiz-start">
                        <p>{tr!("quiz-intro")}</p>
                        <p class="quiz-purpose" data-purpose=move || format!("{:?}", purpose.get())>
                            {move || t_args("quiz-purpose-line", &[("purpose", t(purpose_key(purpose.get())).into())])}
                        </p>
                        <button type="button" class="primary quiz-big" on:click=start_quiz disabled=move || busy.get()>
                            {tr!("quiz-start")}
                        </button>
                    </div>
                }.into_any(),
                Phase::Asking(i) => {
                    let Some(a) = attempt.get_untracked() else { return ().into_any() };
                    let Some(q) = a.question_ids.get(i).and_then(|id| bank_for(a.band)?.question(id)) else {
                        return view! { <p class="error">{tr!("quiz-missing-question")}</p> }.into_any();
                    };
                    view! {
                        <QuestionCard
                            q=localized(q)
                            seed=a.seed
                            index=i
                            total=a.question_ids.len()
                            ks1=a.band == Band::Ks1
                            on_answer=Callback::new(on_answer)
                        />
                    }
                    .into_any()
                }
                Phase::Feedback(i) => {
                    let Some(a) = attempt.get_untracked() else { return ().into_any() };
                    let (Some(ans), Some(q)) = (
                        a.answers.get(i).cloned(),
                        a.question_ids.get(i).and_then(|id| bank_for(a.band)?.question(id)),
                    ) else {
                        return ().into_any();
                    };
                    let last = i + 1 == a.question_ids.len();
                    view! { <FeedbackCard q=localized(q) answer=ans last=last on_next=Callback::new(move |_: ()| go_next()) /> }
                        .into_any()
                }
                Phase::Results => {
                    let Some(a) = attempt.get_untracked() else { return ().into_any() };
                    view! { <Results attempt=a on_practise=Callback::new(move |_: ()| practise()) /> }.into_any()
                }
            }}
        </section>
    }
}

/// One question on its own screen.
#[component]
fn QuestionCard(
    q: Question,
    seed: u32,
    index: usize,
    total: usize,
    ks1: bool,
    on_answer: Callback<(Vec<String>, bool)>,
) -> impl IntoView {
    let picks: RwSignal<Vec<String>> = RwSignal::new(vec![]);
    let pending_left: RwSignal<Option<String>> = RwSignal::new(None);
    let kind = q.kind;
    let needed = match kind {
        QuestionKind::Order => q.items.len(),
        QuestionKind::Match => q.pairs.len(),
        _ => 1,
    };
    let can_check = move || {
        picks.with(|p| match kind {
            QuestionKind::Multi => !p.is_empty(),
            QuestionKind::Order | QuestionKind::Match => p.len() == needed,
            _ => p.len() == 1,
        })
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let hint_key = format!("quiz-hint-{}", kind.slug());
    let answer_area = match kind {
        QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Scenario | QuestionKind::Multi => {
            options_view(&q, picks).into_any()
        }
        QuestionKind::Order => order_view(&q, seed, picks).into_any(),
        QuestionKind::Match => match_view(&q, seed, picks, pending_left).into_any(),
    };
    let picture = q.picture.as_deref().and_then(picture_src);
    let read_text = {
        let mut parts = vec![];
        if let Some(s) = &q.scenario {
            parts.push(s.clone());
        }
        parts.push(q.prompt.clone());
        parts.extend(q.options.iter().map(|o| o.text.clone()));
        parts.join(". ")
    };
    view! {
        <article
            class="quiz-card"
            class:ks1=ks1
            data-question-id=q.id.clone()
            data-kind=kind.slug()
            data-rule=q.rule.slug()
        >
            <p class="quiz-progress">
                <span class="quiz-rule-badge" aria-hidden="true">{q.rule.letter().to_string()}</span>
                {move || t_args("quiz-progress", &[("n", (index + 1).into()), ("total", total.into())])}
            </p>
            <progress class="quiz-progress-bar" max=total value=index aria-hidden="true"></progress>
            {picture.map(|src| view! { <img class="quiz-picture" src=src alt="" /> })}
            {q.scenario.clone().map(|s| view! { <p class="quiz-scenario">{s}</p> })}
            <h2 class="quiz-prompt" tabindex="-1" node_ref=heading>{q.prompt.clone()}</h2>
            <div class="quiz-read-aloud">
                <crate::ui::widgets::read_aloud::ReadAloudButton text=Signal::derive(move || read_text.clone()) />
            </div>
            <p class="quiz-hint">{move || t(&hint_key)}</p>
            {answer_area}
            <div class="actions quiz-actions">
                <button
                    type="button"
                    class="primary quiz-check"
                    disabled=move || !can_check()
                    on:click=move |_| on_answer.run((picks.get_untracked(), false))
                >
                    {tr!("quiz-check")}
                </button>
                <button type="button" class="quiz-not-sure" on:click=move |_| on_answer.run((vec![], true))>
                    <span aria-hidden="true">"? "</span>
                    {tr!("quiz-not-sure")}
                </button>
            </div>
        </article>
    }
}

fn options_view(q: &Question, picks: RwSignal<Vec<String>>) -> impl IntoView {
    let multi = q.kind == QuestionKind::Multi;
    let tf = q.kind == QuestionKind::TrueFalse;
    let items = q
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let id = letter_id(i);
            let on = {
                let id = id.clone();
                move || picks.with(|p| p.contains(&id))
            };
            let on2 = on.clone();
            let on3 = on.clone();
            let tap = {
                let id = id.clone();
                move |_| {
                    picks.update(|p| {
                        if multi {
                            if let Some(pos) = p.iter().position(|x| *x == id) {
                                p.remove(pos);
                            } else {
                                p.push(id.clone());
                            }
                        } else {
                            *p = vec![id.clone()];
                        }
                    })
                }
            };
            let pic = o.picture.as_deref().and_then(picture_src);
            view! {
                <li>
                    <button
                        type="button"
                        class="quiz-option"
                        class:chosen=on2
                        data-option-id=id
                        aria-pressed=move || on().to_string()
                        on:click=tap
                    >
                        <span class="quiz-tick" aria-hidden="true">{move || if on3() { "✔" } else { "" }}</span>
                        {pic.map(|src| view! { <img src=src alt="" /> })}
                        <span class="quiz-option-text">{o.text.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="quiz-options" class:multi=multi class:true-false=tf role="list">{items}</ul> }
}

fn order_view(q: &Question, seed: u32, picks: RwSignal<Vec<String>>) -> impl IntoView {
    let shown = logic::display_order(seed, &q.id, q.items.len());
    let texts: Vec<String> = q.items.iter().map(|i| i.text.clone()).collect();
    let buttons = shown
        .into_iter()
        .map(|i| {
            let item = &q.items[i];
            let id = letter_id(i);
            let pos = {
                let id = id.clone();
                move || picks.with(|p| p.iter().position(|x| *x == id))
            };
            let pos2 = pos.clone();
            let pos3 = pos.clone();
            let tap = {
                let id = id.clone();
                move |_| {
                    picks.update(|p| {
                        if let Some(k) = p.iter().position(|x| *x == id) {
                            p.remove(k);
                        } else {
                            p.push(id.clone());
                        }
                    })
                }
            };
            let pic = item.picture.as_deref().and_then(picture_src);
            view! {
                <li>
                    <button
                        type="button"
                        class="quiz-option quiz-order-item"
                        class:chosen=move || pos2().is_some()
                        data-item-id=id
                        aria-pressed=move || pos().is_some().to_string()
                        on:click=tap
                    >
                        <span class="quiz-step-number" aria-hidden="true">
                            {move || pos3().map(|k| (k + 1).to_string()).unwrap_or_default()}
                        </span>
                        {pic.map(|src| view! { <img src=src alt="" /> })}
                        <span class="quiz-option-text">{item.text.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="quiz-options quiz-order" role="list">{buttons}</ul>
        <div class="quiz-your-order">
            <h3>{tr!("quiz-your-order")}</h3>
            <ol aria-live="polite">
                {move || {
                    picks
                        .get()
                        .into_iter()
                        .filter_map(|id| letter_index(&id).and_then(|i| texts.get(i).cloned()))
                        .map(|s| view! { <li>{s}</li> })
                        .collect_view()
                }}
            </ol>
            <button type="button" class="quiz-start-again" on:click=move |_| picks.set(vec![])>
                {tr!("quiz-start-again")}
            </button>
        </div>
    }
}

fn match_view(
    q: &Question,
    seed: u32,
    picks: RwSignal<Vec<String>>,
    pending: RwSignal<Option<String>>,
) -> impl IntoView {
    let pair_no = move |side_left: bool, id: &str| {
        picks.with(|p| {
            p.iter().position(|x| {
                x.split_once('=').is_some_and(|(l, r)| if side_left { l == id } else { r == id })
            })
        })
    };
    let lefts = q
        .pairs
        .iter()
        .enumerate()
        .map(|(i, pair)| {
            let id = letter_id(i);
            let (a, b, c, d, e) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
            let pic = pair.picture.as_deref().and_then(picture_src);
            view! {
                <li>
                    <button
                        type="button"
                        class="quiz-option quiz-left"
                        class:pending=move || pending.get().as_deref() == Some(a.as_str())
                        class:chosen=move || pair_no(true, &b).is_some()
                        data-left-id=id.clone()
                        aria-pressed=move || (pending.get().as_deref() == Some(c.as_str())).to_string()
                        on:click=move |_| pending.set(Some(d.clone()))
                    >
                        {pic.map(|src| view! { <img src=src alt="" /> })}
                        <span class="quiz-option-text">{pair.left.clone()}</span>
                        <span class="quiz-pair-number" aria-hidden="true">
                            {move || pair_no(true, &e).map(|k| (k + 1).to_string()).unwrap_or_default()}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let rights = logic::display_order(seed, &q.id, q.pairs.len())
        .into_iter()
        .map(|i| {
            let id = letter_id(i);
            let (a, b) = (id.clone(), id.clone());
            view! {
                <li>
                    <button
                        type="button"
                        class="quiz-option quiz-right"
                        class:chosen=move || pair_no(false, &a).is_some()
                        data-right-id=id.clone()
                        // aria-disabled, not disabled: a keyboard user's focus stays on the
                        // answer just paired instead of being dropped to the page.
                        aria-disabled=move || pending.get().is_none().to_string()
                        on:click=move |_| {
                            if let Some(l) = pending.get_untracked() {
                                picks.update(|p| {
                                    p.retain(|x| {
                                        x.split_once('=').is_none_or(|(pl, pr)| pl != l && pr != b)
                                    });
                                    p.push(format!("{l}={b}"));
                                });
                                pending.set(None);
                            }
                        }
                    >
                        <span class="quiz-pair-number" aria-hidden="true">
                            {
                                let id = id.clone();
                                move || pair_no(false, &id).map(|k| (k + 1).to_string()).unwrap_or_default()
                            }
                        </span>
                        <span class="quiz-option-text">{q.pairs[i].right.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let pairs = q.pairs.clone();
    view! {
        <div class="quiz-match">
            <ul class="quiz-options quiz-match-left" role="list" aria-label=move || t("quiz-match-left")>{lefts}</ul>
            <ul class="quiz-options quiz-match-right" role="list" aria-label=move || t("quiz-match-right")>{rights}</ul>
        </div>
        <div class="quiz-your-order">
            <h3>{tr!("quiz-your-matches")}</h3>
            <ul aria-live="polite">
                {move || {
                    picks
                        .get()
                        .into_iter()
                        .filter_map(|x| {
                            let (l, r) = x.split_once('=')?;
                            let l = pairs.get(letter_index(l)?)?.left.clone();
                            let r = pairs.get(letter_index(r)?)?.right.clone();
                            Some(view! { <li>{move || t_args("quiz-matched", &[("left", l.clone().into()), ("right", r.clone().into())])}</li> })
                        })
                        .collect_view()
                }}
            </ul>
            <button type="button" class="quiz-start-again" on:click=move |_| { picks.set(vec![]); pending.set(None); }>
                {tr!("quiz-start-again")}
            </button>
        </div>
    }
}

/// Kind, immediate feedback with the explanation.
#[component]
fn FeedbackCard(q: Question, answer: AnswerRecord, last: bool, on_next: Callback<()>) -> impl IntoView {
    let outcome = Outcome::of(&answer);
    let symbol = match outcome {
        Outcome::Right => "✔",
        Outcome::PartlyRight => "◐",
        Outcome::NotYet => "↻",
        Outcome::NotSure => "?",
    };
    let heading_key = format!("quiz-outcome-{}", outcome.slug());
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let detail = match q.kind {
        QuestionKind::Order => {
            let steps = q.items.iter().map(|i| view! { <li>{i.text.clone()}</li> }).collect_view();
            view! {
                <h3>{tr!("quiz-right-order")}</h3>
                <ol class="quiz-answer-list">{steps}</ol>
            }
            .into_any()
        }
        QuestionKind::Match => {
            let pairs = q
                .pairs
                .iter()
                .map(|p| {
                    let (l, r) = (p.left.clone(), p.right.clone());
                    view! { <li>{move || t_args("quiz-matched", &[("left", l.clone().into()), ("right", r.clone().into())])}</li> }
                })
                .collect_view();
            view! {
                <h3>{tr!("quiz-right-pairs")}</h3>
                <ul class="quiz-answer-list">{pairs}</ul>
            }
            .into_any()
        }
        _ => {
            let rows = q
                .options
                .iter()
                .enumerate()
                .filter(|(i, o)| o.correct || answer.chosen.contains(&letter_id(*i)))
                .map(|(i, o)| {
                    let chosen = answer.chosen.contains(&letter_id(i));
                    let label = if chosen { "quiz-you-chose" } else { "quiz-right-answer" };
                    view! {
                        <li class="quiz-explained" class:right=o.correct data-option-id=letter_id(i)>
                            <p>
                                <span class="quiz-tick" aria-hidden="true">{if o.correct { "✔" } else { "✗" }}</span>
                                <strong>{move || t(label)}</strong>
                                " "
                                <span>{o.text.clone()}</span>
                            </p>
                            <p>{o.explanation.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="quiz-answer-list">{rows}</ul> }.into_any()
        }
    };
    let explanation = (!q.explanation.is_empty()).then(|| view! { <p class="quiz-explanation">{q.explanation.clone()}</p> });
    view! {
        <article class="quiz-card quiz-feedback" data-outcome=outcome.slug() data-question-id=q.id.clone()>
            <h2 tabindex="-1" node_ref=heading class="quiz-outcome" role="status">
                <span aria-hidden="true">{symbol}" "</span>
                {move || t(&heading_key)}
            </h2>
            {detail}
            {explanation}
            <div class="actions">
                <button type="button" class="primary quiz-next quiz-big" on:click=move |_| on_next.run(())>
                    {move || if last { t("quiz-see-results") } else { t("quiz-next") }}
                </button>
            </div>
        </article>
    }
}

/// The results: five letters S M A R T, each with its mastery word and symbol.
#[component]
fn Results(attempt: QuizAttempt, on_practise: Callback<()>) -> impl IntoView {
    let mastery = logic::mastery(&attempt.answers);
    let missed = logic::missed_rules(&attempt.answers);
    let right = attempt.answers.iter().filter(|a| Outcome::of(a) == Outcome::Right).count();
    let not_sure = attempt.answers.iter().filter(|a| a.not_sure).count();
    let total = attempt.answers.len();
    let wording = &library().facts.smart_rules;
    let letters = mastery
        .into_iter()
        .map(|m| {
            let level = m.level();
            let slug = level.map(|l| l.slug()).unwrap_or("none");
            let symbol = level.map(|l| l.symbol()).unwrap_or(NO_LEVEL_SYMBOL);
            let rule_key = format!("rule-{}", m.rule.slug());
            let level_key = format!("quiz-level-{slug}");
            // The rule sentence in the pupil's language (facts.toml has every locale's wording).
            let wording_of = wording.iter().find(|w| w.rule == m.rule);
            let text = move || wording_of.map(|w| w.text_in(locale()).to_string()).unwrap_or_default();
            view! {
                <li class=format!("smart-letter level-{slug}") data-rule=m.rule.slug() data-level=slug>
                    <span class="smart-letter-big" aria-hidden="true">{m.rule.letter().to_string()}</span>
                    <span class="smart-letter-rule">{move || t(&rule_key)}</span>
                    <span class="smart-letter-level">
                        <span aria-hidden="true">{symbol}" "</span>
                        {move || t(&level_key)}
                    </span>
                    <span class="smart-letter-text">{text}</span>
                </li>
            }
        })
        .collect_view();
    let nothing_missed = missed.is_empty();
    view! {
        <div class="quiz-results">
            <h2>{tr!("quiz-results-heading")}</h2>
            <p class="quiz-summary">
                {move || t_args("quiz-results-summary", &[("right", right.into()), ("total", total.into())])}
            </p>
            {(not_sure > 0).then(|| view! {
                <p>{move || t_args("quiz-results-not-sure", &[("count", not_sure.into())])}</p>
            })}
            <ul class="smart-letters" role="list">{letters}</ul>
            <p class="quiz-key">{tr!("quiz-level-key")}</p>
            <div class="actions">
                {if nothing_missed {
                    view! { <p class="notice">{tr!("quiz-nothing-missed")}</p> }.into_any()
                } else {
                    view! {
                        <button type="button" class="primary quiz-practise quiz-big" on:click=move |_| on_practise.run(())>
                            {tr!("quiz-practise-missed")}
                        </button>
                    }
                    .into_any()
                }}
                <A href="/pupil/me" attr:class="button">{tr!("quiz-finish")}</A>
            </div>
        </div>
    }
}
