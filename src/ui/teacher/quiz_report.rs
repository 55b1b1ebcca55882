//! The teacher's SMART quiz report for a class: mastery per rule, baseline against end-of-unit,
//! the questions most often missed, the most common misconceptions, and each pupil's latest
//! letters. Pupil names appear only here, behind the staff PIN. The teacher also chooses the
//! purpose (practice, baseline, end-of-unit) of the class's next quizzes.

use crate::content::library;
use crate::domain::quiz_logic::{self as logic, ClassReport, NO_LEVEL_SYMBOL};
use crate::domain::records::{Pupil, QuizAttempt, QuizPurpose};
use crate::storage::quiz as store;
use crate::tr;
use crate::ui::i18n::{fmt_datetime, t, t_args};
use crate::ui::pupil::quiz::{localized, purpose_key};
use leptos::prelude::*;
use leptos::task::spawn_local;

const PURPOSES: [QuizPurpose; 3] = [QuizPurpose::Practice, QuizPurpose::Baseline, QuizPurpose::EndOfUnit];

fn purpose_slug(p: QuizPurpose) -> &'static str {
    match p {
        QuizPurpose::Practice => "practice",
        QuizPurpose::Baseline => "baseline",
        QuizPurpose::EndOfUnit => "end-of-unit",
    }
}

fn purpose_from(s: &str) -> Option<QuizPurpose> {
    PURPOSES.into_iter().find(|p| purpose_slug(*p) == s)
}

fn percent(mean: Option<f32>) -> String {
    mean.map(|m| format!("{}%", (m * 100.0).round() as u32)).unwrap_or_else(|| "-".into())
}

fn level_cell(mean: Option<f32>) -> impl IntoView {
    let level = mean.map(logic::Level::from_mean);
    let slug = level.map(|l| l.slug()).unwrap_or("none");
    let symbol = level.map(|l| l.symbol()).unwrap_or(NO_LEVEL_SYMBOL);
    let key = format!("quiz-level-{slug}");
    view! {
        <span class=format!("level-chip level-{slug}") data-level=slug>
            <span aria-hidden="true">{symbol}" "</span>
            {move || t(&key)}
        </span>
    }
}

/// `/teacher/quiz-report`.
#[component]
pub fn QuizReport() -> impl IntoView {
    view! {
        <crate::ui::widgets::staff_gate::StaffGate>
            <ReportBody />
        </crate::ui::widgets::staff_gate::StaffGate>
    }
}

#[component]
fn ReportBody() -> impl IntoView {
    let classes = LocalResource::new(|| async {
        let mut v = crate::storage::school::classes().await.unwrap_or_default();
        v.retain(|c| !c.archived);
        v
    });
    let class_id = RwSignal::new(String::new());
    let filter: RwSignal<Option<QuizPurpose>> = RwSignal::new(None);
    let next_purpose = RwSignal::new(QuizPurpose::Practice);
    let saved: RwSignal<Option<&'static str>> = RwSignal::new(None);

    // Pick the first class once the list loads.
    Effect::new(move |_| {
        if let Some(list) = classes.get()
            && class_id.get_untracked().is_empty()
            && let Some(c) = list.first()
        {
            class_id.set(c.id.clone());
        }
    });
    let data = LocalResource::new(move || {
        let id = class_id.get();
        async move {
            if id.is_empty() {
                return None;
            }
            let purpose = store::quiz_purpose(&id).await.unwrap_or_default();
            next_purpose.set(purpose);
            store::attempts_for_class(&id).await.ok()
        }
    });

    let set_purpose = move |ev| {
        let Some(p) = purpose_from(&event_target_value(&ev)) else { return };
        let id = class_id.get_untracked();
        spawn_local(async move {
            match store::set_quiz_purpose(&id, p).await {
                Ok(()) => {
                    next_purpose.set(p);
                    saved.set(Some("quiz-report-purpose-saved"));
                }
                Err(e) => saved.set(Some(e.message_key())),
            }
        });
    };

    view! {
        <section class="page quiz-report" data-screen="quiz-report">
            <div class="page-head">
                <h1>{tr!("quiz-report-heading")}</h1>
                <crate::ui::widgets::staff_gate::LockButton />
            </div>
            <div class="quiz-report-controls">
                <div class="field">
                    <label for="quiz-report-class">{tr!("quiz-report-class")}</label>
                    <select
                        id="quiz-report-class"
                        on:change=move |ev| {
                            saved.set(None);
                            class_id.set(event_target_value(&ev));
                        }
                    >
                        {move || {
                            classes
                                .get()
                                .unwrap_or_default()
                                .into_iter()
                                .map(|c| {
                                    let id = c.id.clone();
                                    let selected = move || class_id.get() == id;
                                    view! { <option value=c.id.clone() selected=selected>{c.name.clone()}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="quiz-report-next">{tr!("quiz-report-next-purpose")}</label>
                    <select id="quiz-report-next" on:change=set_purpose>
                        {PURPOSES
                            .into_iter()
                            .map(|p| {
                                view! {
                                    <option value=purpose_slug(p) selected=move || next_purpose.get() == p>
                                        {move || t(purpose_key(p))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <span class="field-hint" role="status">{move || saved.get().map(t)}</span>
                </div>
                <div class="field">
                    <label for="quiz-report-filter">{tr!("quiz-report-filter")}</label>
                    <select id="quiz-report-filter" on:change=move |ev| filter.set(purpose_from(&event_target_value(&ev)))>
                        <option value="all">{tr!("quiz-report-filter-all")}</option>
                        {PURPOSES
                            .into_iter()
                            .map(|p| view! { <option value=purpose_slug(p)>{move || t(purpose_key(p))}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            {move || match data.get() {
                None => view! { <p>{tr!("quiz-loading")}</p> }.into_any(),
                Some(None) => view! { <p>{tr!("quiz-report-no-class")}</p> }.into_any(),
                Some(Some((pupils, attempts))) => report_view(pupils, attempts, filter.get()).into_any(),
            }}
        </section>
    }
}

fn report_view(pupils: Vec<Pupil>, attempts: Vec<QuizAttempt>, filter: Option<QuizPurpose>) -> impl IntoView {
    let banks = &library().quizzes;
    let report: ClassReport = logic::class_report(banks, &attempts, filter);
    if report.attempts == 0 {
        return view! { <p class="notice">{tr!("quiz-report-empty")}</p> }.into_any();
    }
    let baseline = logic::class_report(banks, &attempts, Some(QuizPurpose::Baseline));
    let end = logic::class_report(banks, &attempts, Some(QuizPurpose::EndOfUnit));
    let (n_attempts, n_pupils) = (report.attempts, report.pupils);

    let rule_rows = report
        .rules
        .iter()
        .zip(baseline.rules.iter().zip(end.rules.iter()))
        .map(|(r, (b, e))| {
            let rule = r.mastery.rule;
            let key = format!("rule-{}", rule.slug());
            let [not_yet, developing, secure] = r.pupils_at;
            view! {
                <tr data-rule=rule.slug()>
                    <th scope="row">{rule.letter().to_string()}" "{move || t(&key)}</th>
                    <td>{level_cell(r.mastery.mean())}" "{percent(r.mastery.mean())}</td>
                    <td>{secure}</td>
                    <td>{developing}</td>
                    <td>{not_yet}</td>
                    <td>{r.pupils_unknown}</td>
                    <td>{percent(b.mastery.mean())}</td>
                    <td>{percent(e.mastery.mean())}</td>
                </tr>
            }
        })
        .collect_view();

    let missed_rows = report
        .most_missed
        .iter()
        .take(10)
        .map(|m| {
            let prompt = logic::find_question(banks, &m.question_id).map(|q| localized(q).prompt).unwrap_or_default();
            let key = format!("rule-{}", m.rule.slug());
            let (missed, answered, not_sure) = (m.missed, m.answered, m.not_sure);
            view! {
                <tr data-question-id=m.question_id.clone()>
                    <td>{prompt}</td>
                    <td>{move || t(&key)}</td>
                    <td>{move || t_args("quiz-report-missed-of", &[("missed", missed.into()), ("answered", answered.into())])}</td>
                    <td>{not_sure}</td>
                </tr>
            }
        })
        .collect_view();

    let mis_rows = report
        .misconceptions
        .iter()
        .take(10)
        .map(|m| {
            let text = logic::find_question(banks, &m.misconception.question_id)
                .map(|q| {
                    let q = localized(q);
                    let from_option = crate::content::model::quiz::letter_index(&m.misconception.key)
                        .and_then(|i| q.options.get(i))
                        .and_then(|o| o.misconception.clone());
                    from_option.or(q.misconception.clone()).unwrap_or_else(|| m.misconception.text.clone())
                })
                .unwrap_or_else(|| m.misconception.text.clone());
            let prompt = logic::find_question(banks, &m.misconception.question_id)
                .map(|q| localized(q).prompt)
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{text}</td>
                    <td>{prompt}</td>
                    <td>{m.count}</td>
                </tr>
            }
        })
        .collect_view();

    let mut newest: Vec<&QuizAttempt> = attempts.iter().filter(|a| filter.is_none_or(|p| a.purpose == p)).collect();
    newest.sort_by_key(|a| std::cmp::Reverse(a.started_at));
    let pupil_rows = newest
        .into_iter()
        .map(|a| {
            let name = pupils.iter().find(|p| p.id == a.pupil_id).map(|p| p.display_name.clone()).unwrap_or_default();
            let started = a.started_at;
            let pk = purpose_key(a.purpose);
            let done = a.answers.len();
            let total = a.question_ids.len();
            let finished = a.finished_at.is_some();
            let cells = logic::mastery(&a.answers).into_iter().map(|m| view! { <td data-rule=m.rule.slug()>{level_cell(m.mean())}</td> }).collect_view();
            view! {
                <tr class="quiz-report-pupil" data-attempt-id=a.id.clone()>
                    <th scope="row">{name}</th>
                    <td>{move || fmt_datetime(started)}</td>
                    <td>{move || t(pk)}</td>
                    <td>
                        {move || if finished {
                            t_args("quiz-report-answered", &[("done", done.into()), ("total", total.into())])
                        } else {
                            t_args("quiz-report-in-progress", &[("done", done.into()), ("total", total.into())])
                        }}
                    </td>
                    {cells}
                </tr>
            }
        })
        .collect_view();

    view! {
        <p class="quiz-report-summary">
            {move || t_args("quiz-report-summary", &[("attempts", n_attempts.into()), ("pupils", n_pupils.into())])}
        </p>
        <p class="quiz-key">{tr!("quiz-level-key")}</p>
        <h2>{tr!("quiz-report-rules-heading")}</h2>
        <p class="field-hint">{tr!("quiz-report-rules-note")}</p>
        <div class="table-scroll">
            <table class="quiz-report-rules">
                <thead>
                    <tr>
                        <th scope="col">{tr!("quiz-report-col-rule")}</th>
                        <th scope="col">{tr!("quiz-report-col-class")}</th>
                        <th scope="col">{tr!("quiz-level-secure")}</th>
                        <th scope="col">{tr!("quiz-level-developing")}</th>
                        <th scope="col">{tr!("quiz-level-not-yet")}</th>
                        <th scope="col">{tr!("quiz-level-none")}</th>
                        <th scope="col">{tr!("quiz-report-col-baseline")}</th>
                        <th scope="col">{tr!("quiz-report-col-end")}</th>
                    </tr>
                </thead>
                <tbody>{rule_rows}</tbody>
            </table>
        </div>
        <h2>{tr!("quiz-report-missed-heading")}</h2>
        <div class="table-scroll">
            <table class="quiz-report-missed">
                <thead>
                    <tr>
                        <th scope="col">{tr!("quiz-report-col-question")}</th>
                        <th scope="col">{tr!("quiz-report-col-rule")}</th>
                        <th scope="col">{tr!("quiz-report-col-missed")}</th>
                        <th scope="col">{tr!("quiz-report-col-not-sure")}</th>
                    </tr>
                </thead>
                <tbody>{missed_rows}</tbody>
            </table>
        </div>
        <h2>{tr!("quiz-report-misconceptions-heading")}</h2>
        <div class="table-scroll">
            <table class="quiz-report-misconceptions">
                <thead>
                    <tr>
                        <th scope="col">{tr!("quiz-report-col-misconception")}</th>
                        <th scope="col">{tr!("quiz-report-col-question")}</th>
                        <th scope="col">{tr!("quiz-report-col-times")}</th>
                    </tr>
                </thead>
                <tbody>{mis_rows}</tbody>
            </table>
        </div>
        <h2>{tr!("quiz-report-pupils-heading")}</h2>
        <div class="table-scroll">
            <table class="quiz-report-pupils">
                <thead>
                    <tr>
                        <th scope="col">{tr!("quiz-report-col-pupil")}</th>
                        <th scope="col">{tr!("quiz-report-col-date")}</th>
                        <th scope="col">{tr!("quiz-report-col-purpose")}</th>
                        <th scope="col">{tr!("quiz-report-col-progress")}</th>
                        <th scope="col">"S"</th>
                        <th scope="col">"M"</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"R"</th>
                        <th scope="col">"T"</th>
                    </tr>
                </thead>
                <tbody>{pupil_rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
