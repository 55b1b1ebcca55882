//! `/coordinator/sheets/:class_id`: printable signed AUP sheets, one pupil per page — the
//! statements exactly as signed (found by the signature's version hash), the pupil's and the
//! parent's handwriting as SVG, dates, relationship and the version hash. A whole class prints
//! on consecutive pages; `?pupil=<id>` narrows it to one pupil.

use crate::content::model::aup::Aup;
use crate::domain::aup::content_hash;
use crate::domain::band::Band;
use crate::domain::ink_svg::to_svg;
use crate::domain::records::CoSignChannel;
use crate::export::record_set::Records;
use crate::export::report::{signed_sheets, SignedSheet};
use crate::storage;
use crate::storage::export::read_records;
use crate::tr;
use crate::ui::i18n::{fmt_date, t, t_args};
use crate::ui::session::use_session;
use crate::ui::teacher::aup::rel_code;
use crate::ui::widgets::staff_gate::StaffGate;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

/// The sheets screen.
#[component]
pub fn SheetsScreen() -> impl IntoView {
    view! { <StaffGate><SheetsPanel /></StaffGate> }
}

/// Every AUP text this device knows, as (hash, text): the built-in ones and every version the
/// school has published, so old signatures still show the words that were signed.
async fn known_texts() -> Vec<(String, Aup)> {
    let mut out: Vec<(String, Aup)> = crate::content::library().aups.iter().map(|a| (content_hash(a), a.clone())).collect();
    if let Ok(db) = storage::db().await {
        for b in Band::ALL {
            if let Ok(vs) = storage::aup::versions(&db, &storage::aup::builtin(b).id).await {
                out.extend(vs.into_iter().map(|v| (v.hash, v.text)));
            }
        }
    }
    out
}

#[component]
fn SheetsPanel() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let navigate = use_navigate();
    let class_id = move || params.with(|p| p.get("class_id").unwrap_or_default());
    let only = move || query.with(|q| q.get("pupil")).filter(|p| !p.is_empty());
    let data = LocalResource::new(|| async { Some((read_records().await.ok()?, known_texts().await)) });
    let classes_sorted = move || {
        data.get().flatten().map(|(r, _): (Records, _)| {
            let mut cs: Vec<_> = r.classes.iter().filter(|c| !c.archived).cloned().collect();
            cs.sort_by(|a, b| (a.year_group, &a.name).cmp(&(b.year_group, &b.name)));
            cs
        })
    };
    // Open the first class when none is chosen yet.
    let nav = navigate.clone();
    Effect::new(move |_| {
        if class_id().is_empty()
            && let Some(first) = classes_sorted().and_then(|cs| cs.into_iter().next())
        {
            // Replace, so Back does not land on the bare address and bounce forward again.
            nav(&format!("/coordinator/sheets/{}", first.id), NavigateOptions { replace: true, ..Default::default() });
        }
    });
    let sheets = move || {
        let (r, texts) = data.get().flatten()?;
        let mut s = signed_sheets(&r, &class_id(), &texts);
        if let Some(p) = only() {
            s.retain(|x| x.pupil.id == p);
        }
        Some(s)
    };
    let nav_class = navigate.clone();
    let nav_pupil = navigate;
    view! {
        <section class="page aup-sheets" data-screen="coordinator-sheets">
            <div class="no-print">
                <div class="page-head">
                    <h1>{tr!("sheets-heading")}</h1>
                    <button class="button primary" data-action="print-sheets"
                        on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>
                        {tr!("sheets-print")}
                    </button>
                </div>
                <p>{tr!("sheets-explain")}</p>
                <div class="inline-form">
                    <div class="field">
                        <label for="sheets-class">{tr!("sheets-class")}</label>
                        <select id="sheets-class" prop:value=class_id
                            on:change=move |ev| nav_class(&format!("/coordinator/sheets/{}", event_target_value(&ev)), Default::default())>
                            {move || classes_sorted().unwrap_or_default().into_iter().map(|c| view! {
                                <option value=c.id.clone()>{c.name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="sheets-pupil">{tr!("sheets-pupil")}</label>
                        <select id="sheets-pupil" prop:value=move || only().unwrap_or_default()
                            on:change=move |ev| {
                                let p = event_target_value(&ev);
                                let q = if p.is_empty() { String::new() } else { format!("?pupil={p}") };
                                nav_pupil(&format!("/coordinator/sheets/{}{q}", class_id()), Default::default());
                            }>
                            <option value="">{tr!("sheets-whole-class")}</option>
                            {move || data.get().flatten().map(|(r, texts)| signed_sheets(&r, &class_id(), &texts)
                                .into_iter()
                                .map(|s| view! { <option value=s.pupil.id.clone()>{s.pupil.display_name.clone()}</option> })
                                .collect_view())}
                        </select>
                    </div>
                </div>
            </div>
            {move || match sheets() {
                None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                Some(list) if list.is_empty() => view! { <p>{tr!("sheets-none")}</p> }.into_any(),
                Some(list) => { let n = list.len(); view! {
                    <div class="sheet-pages" data-sheets=n>
                        {list.into_iter().map(|s| view! { <Sheet sheet=s /> }).collect_view()}
                    </div>
                }.into_any() }
            }}
        </section>
    }
}

/// One pupil's page.
#[component]
fn Sheet(sheet: SignedSheet) -> impl IntoView {
    let session = use_session();
    let name = sheet.pupil.display_name.clone();
    let heading_id = format!("sheet-{}", sheet.pupil.id);
    let labelled_by = heading_id.clone();
    let sig = sheet.signature.clone();
    let co = sheet.cosignature.clone();
    view! {
        <article class="aup-sheet" data-pupil=name.clone() aria-labelledby=labelled_by>
            <p class="letter-school">{move || session.school.get().map(|s| s.name)}</p>
            <h2 id=heading_id>{t_args("sheets-pupil-heading", &[("name", name.clone().into())])}</h2>
            <p>{t_args("sheets-class-line", &[("class", sheet.class_name.clone().into())])}</p>
            {match (&sig, sheet.text.clone()) {
                (Some(_), Some(text)) => view! {
                    <h3>{text.title.clone()}</h3>
                    <ol class="letter-statements">
                        {text.statements.iter().map(|st| view! { <li>{st.text.clone()}</li> }).collect_view()}
                    </ol>
                    <p class="letter-pledge">{text.pledge.clone()}</p>
                }.into_any(),
                (Some(_), None) => view! { <p class="notice">{tr!("sheets-text-unknown")}</p> }.into_any(),
                (None, _) => ().into_any(),
            }}
            <div class="sheet-signatures">
            {match sig {
                None => view! { <p class="sheet-missing" data-missing="signature">{tr!("sheets-not-signed")}</p> }.into_any(),
                Some(s) => {
                    let label = t_args("sheets-pupil-signature-label", &[("name", name.clone().into())]);
                    view! {
                        <div class="sheet-signature" data-role="pupil">
                            <h3>{tr!("sheets-pupil-signed-heading")}</h3>
                            <div class="ink-view" inner_html=to_svg(&s.ink, &label)></div>
                            <dl class="sheet-facts">
                                {s.typed_name.clone().map(|n| view! { <dt>{tr!("sheets-typed-name")}</dt><dd>{n}</dd> })}
                                <dt>{tr!("sheets-date")}</dt><dd>{fmt_date(s.signed_at.date_naive())}</dd>
                                <dt>{tr!("sheets-year")}</dt><dd>{s.academic_year.label()}</dd>
                                <dt>{tr!("sheets-hash")}</dt><dd class="sheet-hash" data-hash=s.aup_hash.clone()>{s.aup_hash.clone()}</dd>
                            </dl>
                        </div>
                    }.into_any()
                }
            }}
            {match co {
                None => view! { <p class="sheet-missing" data-missing="cosignature">{tr!("sheets-not-cosigned")}</p> }.into_any(),
                Some(c) => {
                    let label = t_args("sheets-parent-signature-label", &[("name", c.parent_name.clone().into())]);
                    let other_text = sheet.signature.as_ref().is_some_and(|s| s.aup_hash != c.aup_hash);
                    view! {
                        <div class="sheet-signature" data-role="parent">
                            <h3>{tr!("sheets-parent-signed-heading")}</h3>
                            <div class="ink-view" inner_html=to_svg(&c.ink, &label)></div>
                            <dl class="sheet-facts">
                                <dt>{tr!("sheets-parent-name")}</dt><dd>{c.parent_name.clone()}</dd>
                                <dt>{tr!("sheets-relationship")}</dt><dd>{t(&format!("aup-rel-{}", rel_code(&c.relationship)))}</dd>
                                <dt>{tr!("sheets-date")}</dt><dd>{fmt_date(c.signed_at.date_naive())}</dd>
                                <dt>{tr!("sheets-where")}</dt>
                                <dd>{match c.channel { CoSignChannel::InClass => t("sheets-in-class"), CoSignChannel::AtHome => t("sheets-at-home") }}</dd>
                                <dt>{tr!("sheets-hash")}</dt><dd class="sheet-hash" data-hash=c.aup_hash.clone()>{c.aup_hash.clone()}</dd>
                            </dl>
                            {other_text.then(|| view! { <p class="notice">{tr!("sheets-other-text")}</p> })}
                        </div>
                    }.into_any()
                }
            }}
            </div>
        </article>
    }
}
