//! `/teacher/curriculum` (staff only): the two-year plan per band (cycle year, half-term,
//! lesson, year groups, strands, SMART rules) and a coverage table showing, in words, whether
//! each of the eight Education for a Connected World strands is taught in that band.

use crate::content::library;
use crate::content::localize::localize;
use crate::content::model::lesson::{Lesson, Term};
use crate::domain::band::Band;
use crate::domain::strand::Strand;
use crate::tr;
use crate::ui::i18n::{locale, t, t_args};
use crate::ui::widgets::staff_gate::{LockButton, StaffGate};
use leptos::prelude::*;
use leptos_router::components::A;

/// The half-term label (with its theme) for a plan slot.
fn slot_label(term: Term, half: u8) -> String {
    match (term, half) {
        (Term::Autumn, 1) => t("term-autumn-1"),
        (Term::Autumn, _) => t("term-autumn-2"),
        (Term::Spring, 1) => t("term-spring-1"),
        (Term::Spring, _) => t("term-spring-2"),
        (Term::Summer, 1) => t("term-summer-1"),
        (Term::Summer, _) => t("term-summer-2"),
    }
}

/// The curriculum map screen.
#[component]
pub fn CurriculumMap() -> impl IntoView {
    let checked = library().facts.checked.clone();
    view! {
        <StaffGate>
            <section class="page curriculum" data-screen="curriculum">
                <p><A href="/teacher" attr:class="inline-target">{tr!("role-teacher-heading")}</A></p>
                <div class="page-head">
                    <h1>{tr!("curriculum-heading")}</h1>
                    <LockButton />
                </div>
                <p>{tr!("curriculum-intro")}</p>
                <p class="field-hint">{
                    let checked = checked.clone();
                    move || t_args("curriculum-facts-checked", &[("date", checked.clone().into())])
                }</p>
                {Band::ALL.into_iter().map(|b| view! { <BandPlan band=b /> }).collect_view()}
            </section>
        </StaffGate>
    }
}

#[component]
fn BandPlan(band: Band) -> impl IntoView {
    let lessons: Vec<Lesson> = library().lessons_for(band).cloned().collect();
    let band_name = move || t(&format!("band-{}", band.slug()));
    let coverage: Vec<(Strand, Vec<Lesson>)> = Strand::ALL
        .into_iter()
        .map(|s| (s, lessons.iter().filter(|l| l.strands.contains(&s)).cloned().collect()))
        .collect();
    let missing = coverage.iter().filter(|(_, ls)| ls.is_empty()).count();
    let rows = lessons.clone();
    view! {
        <section class="curriculum-band" data-band=band.slug()>
            <h2>{band_name}</h2>
            <p class="coverage-summary">
                {move || if missing == 0 {
                    format!("✓ {}", t("curriculum-all-covered"))
                } else {
                    format!("✗ {}", t_args("curriculum-missing", &[("count", missing.into())]))
                }}
            </p>
            <div class="table-scroll">
                <table class="curriculum-plan">
                    <caption>{move || t_args("curriculum-plan-caption", &[("band", band_name().into())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!("curriculum-col-cycle")}</th>
                            <th scope="col">{tr!("curriculum-col-half-term")}</th>
                            <th scope="col">{tr!("curriculum-col-lesson")}</th>
                            <th scope="col">{tr!("curriculum-col-years")}</th>
                            <th scope="col">{tr!("curriculum-col-strands")}</th>
                            <th scope="col">{tr!("curriculum-col-rules")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|l| {
                            let lesson = l.clone();
                            let title = move || localize(&lesson, library().translation(&lesson.id, locale())).lesson.title;
                            let years = l.year_groups.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
                            let strands = l.strands.clone();
                            let rules = l.smart_rules.clone();
                            let (cycle, term, half) = (l.cycle_year, l.term, l.half_term);
                            view! {
                                <tr data-lesson=l.id.clone()>
                                    <td>{move || t_args("curriculum-cycle-year", &[("year", cycle.into())])}</td>
                                    <td>{move || slot_label(term, half)}</td>
                                    <th scope="row">{title}</th>
                                    <td>{move || t_args("curriculum-years", &[("years", years.clone().into())])}</td>
                                    <td>
                                        <ul class="plain-list">
                                            {strands.into_iter().map(|s| view! { <li>{move || t(&format!("strand-{}", s.slug()))}</li> }).collect_view()}
                                        </ul>
                                    </td>
                                    <td>
                                        {rules.into_iter().map(|r| view! {
                                            <span class="tag rule-tag">{r.letter().to_string()}" · "{move || t(&format!("rule-{}", r.slug()))}</span>" "
                                        }).collect_view()}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="table-scroll">
                <table class="curriculum-coverage">
                    <caption>{move || t_args("curriculum-coverage-caption", &[("band", band_name().into())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!("curriculum-col-strand")}</th>
                            <th scope="col">{tr!("curriculum-col-covered")}</th>
                            <th scope="col">{tr!("curriculum-col-lessons")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {coverage.into_iter().map(|(s, ls)| {
                            let covered = !ls.is_empty();
                            view! {
                                <tr data-strand=s.slug() data-covered=if covered { "yes" } else { "no" }>
                                    <th scope="row">{move || t(&format!("strand-{}", s.slug()))}</th>
                                    <td class=if covered { "covered-yes" } else { "covered-no" }>
                                        <span aria-hidden="true">{if covered { "✓ " } else { "✗ " }}</span>
                                        {move || if covered { t("curriculum-covered-yes") } else { t("curriculum-covered-no") }}
                                    </td>
                                    <td>
                                        <ul class="plain-list">
                                            {ls.into_iter().map(|l| {
                                                let lesson = l.clone();
                                                view! { <li>{move || localize(&lesson, library().translation(&lesson.id, locale())).lesson.title}</li> }
                                            }).collect_view()}
                                        </ul>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
