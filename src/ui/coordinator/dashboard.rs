//! `/coordinator/dashboard`: where the school stands — completion, AUP status, strand
//! coverage, SMART mastery baseline vs latest — with accessible inline SVG charts (title,
//! description, and the numbers in a table beside each), the chase list, and a print layout
//! that doubles as the governors' report for a chosen date range, and one-tap parent letters
//! for exactly the pupils on the chase list who lack a co-signature.

use crate::content::model::aup::Aup;
use crate::domain::academic_year::AcademicYear;
use crate::domain::band::Band;
use crate::domain::strand::Strand;
use crate::export::csv_out::PupilRow;
use crate::export::record_set::{RecordSet, SchoolRef};
use crate::export::report::{dashboard, dashboard_for_range, letters_due, percent, DateRange, Dashboard, Missing};
use crate::platform;
use crate::storage;
use crate::storage::export::read_records;
use crate::tr;
use crate::ui::i18n::{fmt_date, locale, t, t_args};
use crate::ui::session::use_session;
use crate::ui::widgets::parent_letters::{make_letter, print_after_render, Letter, PrintedLetters};
use crate::ui::widgets::staff_gate::StaffGate;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashMap;

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
        Some(RecordSet::new(SchoolRef::of(&school), &school.device_name, platform::now(), records))
    });
    // The report period: the school's current academic year unless the coordinator picks dates.
    let default_range = move || {
        DateRange::academic_year(s.school.get().map(|sc| sc.academic_year).unwrap_or_else(|| AcademicYear::containing(platform::today())))
    };
    let from = RwSignal::new(None::<NaiveDate>);
    let to = RwSignal::new(None::<NaiveDate>);
    let range = Memo::new(move |_| {
        let d = default_range();
        DateRange { from: from.get().unwrap_or(d.from), to: to.get().unwrap_or(d.to) }.ordered()
    });
    let letters = RwSignal::new(Vec::<Letter>::new());
    let letter_locale = RwSignal::new(locale().to_string());
    let letter_error = RwSignal::new(None::<String>);
    let print_report = move |_| {
        letters.set(vec![]);
        print_after_render();
    };
    let print_letters = move |_| {
        let Some(school) = s.school.get_untracked() else { return };
        let Some(Some(set)) = data.get_untracked() else { return };
        letter_error.set(None);
        leptos::task::spawn_local(async move {
            let d = dashboard(&set);
            let res = async {
                let db = storage::db().await?;
                let mut texts: HashMap<Band, (Aup, String)> = HashMap::new();
                let today = platform::today();
                let mut out = vec![];
                for row in letters_due(&d) {
                    let Some(pupil) = set.records.pupils.iter().find(|p| p.id == row.pupil_id).cloned() else { continue };
                    if !texts.contains_key(&row.band) {
                        texts.insert(row.band, storage::aup::in_force(&db, row.band).await?);
                    }
                    let (text, hash) = texts[&row.band].clone();
                    out.extend(make_letter(&school, pupil, text, &hash, today));
                }
                Ok::<_, crate::storage::StorageError>(out)
            }
            .await;
            match res {
                Ok(list) if list.is_empty() => letter_error.set(Some(t("dash-letters-none"))),
                Ok(list) => {
                    letters.set(list);
                    print_after_render();
                }
                Err(e) => letter_error.set(Some(t(e.message_key()))),
            }
        });
    };
    let date_input = move |id: &'static str, label: fn() -> String, sig: RwSignal<Option<NaiveDate>>, get: fn(DateRange) -> NaiveDate| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="date" prop:value=move || get(range.get()).format("%Y-%m-%d").to_string()
                    on:change=move |ev| {
                        if let Ok(d) = NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d") {
                            sig.set(Some(d));
                        }
                    } />
            </div>
        }
    };
    view! {
        <section class="page coordinator-dashboard" class:letters-mode=move || !letters.get().is_empty() data-screen="coordinator-dashboard">
            <div class="page-head">
                <h1>{tr!("dash-heading")}</h1>
                <button class="button no-print" data-action="print-report" on:click=print_report>
                    {tr!("dash-print")}
                </button>
            </div>
            <div class="report-range no-print" role="group" aria-labelledby="report-range-label">
                <p id="report-range-label"><strong>{tr!("dash-range-heading")}</strong></p>
                {date_input("report-from", || t("dash-range-from"), from, |r| r.from)}
                {date_input("report-to", || t("dash-range-to"), to, |r| r.to)}
                <button class="button" on:click=move |_| { from.set(None); to.set(None); }>{tr!("dash-range-reset")}</button>
            </div>
            <p class="print-only">{move || s.school.get().map(|sc| t_args("dash-report-for", &[
                ("school", sc.name.into()), ("year", sc.academic_year.label().into()),
                ("date", fmt_date(platform::today()).into())]))}</p>
            <p class="report-period" data-testid="report-period">{move || {
                let r = range.get();
                t_args("dash-range-line", &[("from", fmt_date(r.from).into()), ("to", fmt_date(r.to).into())])
            }}</p>
            {move || match data.get() {
                None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                Some(None) => view! { <p>{tr!("dash-no-data")}</p> }.into_any(),
                Some(Some(set)) => {
                    let whole = dashboard(&set);
                    let d = dashboard_for_range(&set, range.get());
                    view! { <DashboardBody d=d chase=whole.chase.clone() /> }.into_any()
                }
            }}
            <div class="no-print chase-letters">
                <p>{tr!("dash-letters-explain")}</p>
                <div class="actions">
                    <div class="field">
                        <label for="chase-letter-language">{tr!("dash-letters-language")}</label>
                        <select id="chase-letter-language" on:change=move |ev| letter_locale.set(event_target_value(&ev)) prop:value=move || letter_locale.get()>
                            {crate::i18n::LOCALES.iter().map(|l| view! { <option value=l.code lang=l.code>{l.native_name}</option> }).collect_view()}
                        </select>
                    </div>
                    <button class="button primary" data-action="print-chase-letters" on:click=print_letters>{tr!("dash-letters-print")}</button>
                    <Show when=move || !letters.get().is_empty()>
                        <button class="button" on:click=move |_| letters.set(vec![])>{tr!("dash-letters-close")}</button>
                    </Show>
                </div>
                <p role="alert" class="error">{move || letter_error.get()}</p>
            </div>
            <PrintedLetters letters=letters letter_locale=letter_locale school=s.school.into() />
        </section>
    }
}

#[component]
fn DashboardBody(d: Dashboard, chase: Vec<(PupilRow, Missing)>) -> impl IntoView {
    let (pupils, done, avail, signed, cosigned) = d.totals();
    let completion_bars: Vec<(String, u32)> = d.classes.iter().map(|c| (c.name.clone(), c.completion_percent())).collect();
    let mastery_latest: Vec<(String, u32)> =
        d.mastery.iter().map(|(r, _, l)| (t(&format!("rule-{}", r.slug())), l.unwrap_or(0))).collect();
    let classes = d.classes.clone();
    let mastery = d.mastery.clone();
    let strands = d.strands.clone();
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
                                <tr data-pupil=row.display_name.clone()>
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
