//! `/coordinator/dashboard`: where the school stands — completion, AUP status, strand
//! coverage, SMART mastery baseline vs latest — with accessible inline SVG charts (title,
//! description, and the numbers in a table beside each), the chase list, and a print layout
//! that doubles as the governors' report.

use crate::domain::strand::Strand;
use crate::export::record_set::{RecordSet, SchoolRef};
use crate::export::report::{dashboard, percent, Dashboard, Missing};
use crate::platform;
use crate::storage::export::read_records;
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::session::use_session;
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;

/// The dashboard screen.
#[component]
pub fn DashboardScreen() -> impl IntoView {
    view! { <StaffGate><DashboardPanel /></StaffGate> }
}

/// A horizontal bar chart of percentages with its accessible name and description.
#[component]
fn BarChart(id: &'static str, title: String, desc: String, bars: Vec<(String, u32)>) -> impl IntoView {
    let h = 28 * bars.len().max(1) + 8;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <svg class="chart" viewBox=format!("0 0 400 {h}") role="img"
            aria-labelledby=labelled_by>
            <title id=title_id>{title}</title>
            <desc id=desc_id>{desc}</desc>
            {bars.into_iter().enumerate().map(|(i, (label, v))| {
                let y = 4 + i * 28;
                view! {
                    <text x="0" y=y + 17 class="chart-label">{label}</text>
                    <rect x="150" y=y width=format!("{}", 2 * v.min(100)) height="20" class="chart-bar" />
                    <text x=format!("{}", 156 + 2 * v.min(100)) y=y + 17 class="chart-value">{format!("{v}%")}</text>
                }
            }).collect_view()}
        </svg>
    }
}

#[component]
fn DashboardPanel() -> impl IntoView {
    let s = use_session();
    let data = LocalResource::new(move || async move {
        let school = s.school.get()?;
        let records = read_records().await.ok()?;
        let set = RecordSet::new(SchoolRef::of(&school), &school.device_name, platform::now(), records);
        Some(dashboard(&set))
    });
    view! {
        <section class="page coordinator-dashboard" data-screen="coordinator-dashboard">
            <div class="page-head">
                <h1>{tr!("dash-heading")}</h1>
                <button class="button no-print" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>
                    {tr!("dash-print")}
                </button>
            </div>
            <p class="print-only">{move || s.school.get().map(|sc| t_args("dash-report-for", &[
                ("school", sc.name.into()), ("year", sc.academic_year.label().into()),
                ("date", crate::ui::i18n::fmt_date(platform::today()).into())]))}</p>
            {move || match data.get() {
                None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                Some(None) => view! { <p>{tr!("dash-no-data")}</p> }.into_any(),
                Some(Some(d)) => view! { <DashboardBody d=d /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn DashboardBody(d: Dashboard) -> impl IntoView {
    let (pupils, done, avail, signed, cosigned) = d.totals();
    let completion_bars: Vec<(String, u32)> = d.classes.iter().map(|c| (c.name.clone(), c.completion_percent())).collect();
    let mastery_latest: Vec<(String, u32)> =
        d.mastery.iter().map(|(r, _, l)| (t(&format!("rule-{}", r.slug())), l.unwrap_or(0))).collect();
    let classes = d.classes.clone();
    let mastery = d.mastery.clone();
    let strands = d.strands.clone();
    let chase = d.chase.clone();
    view! {
        <section class="report-section" aria-labelledby="dash-school">
            <h2 id="dash-school">{tr!("dash-school-heading")}</h2>
            <dl class="dash-totals" data-testid="dash-totals">
                <dt>{tr!("dash-pupils")}</dt><dd data-testid="dash-pupils">{pupils}</dd>
                <dt>{tr!("dash-lessons-completed")}</dt><dd data-testid="dash-lessons">{t_args("dash-of", &[("part", done.into()), ("whole", avail.into()), ("percent", percent(done, avail).into())])}</dd>
                <dt>{tr!("dash-signed")}</dt><dd data-testid="dash-signed">{t_args("dash-of", &[("part", signed.into()), ("whole", pupils.into()), ("percent", percent(signed, pupils).into())])}</dd>
                <dt>{tr!("dash-cosigned")}</dt><dd data-testid="dash-cosigned">{t_args("dash-of", &[("part", cosigned.into()), ("whole", pupils.into()), ("percent", percent(cosigned, pupils).into())])}</dd>
            </dl>
        </section>
        <section class="report-section" aria-labelledby="dash-classes">
            <h2 id="dash-classes">{tr!("dash-classes-heading")}</h2>
            <div class="chart-with-table">
                <BarChart id="chart-completion" title=t("dash-completion-chart") desc=t("dash-completion-chart-desc") bars=completion_bars />
                <table>
                    <caption>{tr!("dash-classes-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{tr!("dash-col-class")}</th>
                        <th scope="col">{tr!("dash-col-pupils")}</th>
                        <th scope="col">{tr!("dash-col-completion")}</th>
                        <th scope="col">{tr!("dash-col-signed")}</th>
                        <th scope="col">{tr!("dash-col-cosigned")}</th>
                        <th scope="col">{tr!("dash-col-due")}</th>
                    </tr></thead>
                    <tbody>
                        {classes.into_iter().map(|c| view! {
                            <tr>
                                <th scope="row">{c.name.clone()}</th>
                                <td>{c.pupils}</td>
                                <td>{format!("{}% ({}/{})", c.completion_percent(), c.lessons_completed, c.lessons_available)}</td>
                                <td>{c.signed}</td>
                                <td>{c.cosigned}</td>
                                <td>{c.pupils.saturating_sub(c.signed)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <section class="report-section" aria-labelledby="dash-mastery">
            <h2 id="dash-mastery">{tr!("dash-mastery-heading")}</h2>
            <div class="chart-with-table">
                <BarChart id="chart-mastery" title=t("dash-mastery-chart") desc=t("dash-mastery-chart-desc") bars=mastery_latest />
                <table>
                    <caption>{tr!("dash-mastery-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{tr!("dash-col-rule")}</th>
                        <th scope="col">{tr!("dash-col-baseline")}</th>
                        <th scope="col">{tr!("dash-col-latest")}</th>
                    </tr></thead>
                    <tbody>
                        {mastery.into_iter().map(|(r, b, l)| view! {
                            <tr>
                                <th scope="row">{t(&format!("rule-{}", r.slug()))}</th>
                                <td>{b.map(|v| format!("{v}%")).unwrap_or_else(|| t("dash-none"))}</td>
                                <td>{l.map(|v| format!("{v}%")).unwrap_or_else(|| t("dash-none"))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <section class="report-section" aria-labelledby="dash-strands">
            <h2 id="dash-strands">{tr!("dash-strands-heading")}</h2>
            <table>
                <caption>{tr!("dash-strands-caption")}</caption>
                <thead><tr>
                    <th scope="col">{tr!("dash-col-strand")}</th>
                    {strands.keys().map(|y| view! { <th scope="col">{t_args("dash-year", &[("year", (*y).into())])}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {Strand::ALL.iter().map(|st| {
                        let cells = strands.values().map(|set| {
                            let on = set.contains(st);
                            view! { <td>{if on { t("dash-taught") } else { t("dash-not-taught") }}</td> }
                        }).collect_view();
                        view! { <tr><th scope="row">{t(&format!("strand-{}", st.slug()))}</th>{cells}</tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <section class="report-section" aria-labelledby="dash-chase">
            <h2 id="dash-chase">{tr!("dash-chase-heading")}</h2>
            {if chase.is_empty() {
                view! { <p>{tr!("dash-chase-none")}</p> }.into_any()
            } else {
                view! {
                    <table data-testid="chase-list">
                        <caption>{tr!("dash-chase-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{tr!("dash-col-class")}</th>
                            <th scope="col">{tr!("dash-col-pupil")}</th>
                            <th scope="col">{tr!("dash-col-missing")}</th>
                        </tr></thead>
                        <tbody>
                            {chase.into_iter().map(|(row, m)| view! {
                                <tr>
                                    <td>{row.class_name.clone()}</td>
                                    <th scope="row">{row.display_name.clone()}</th>
                                    <td>{match m { Missing::Signature => t("dash-missing-signature"), Missing::CoSignature => t("dash-missing-cosignature") }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
