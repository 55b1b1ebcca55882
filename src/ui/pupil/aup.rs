//! Pupil signing of the yearly AUP: one statement at a time (read aloud, with its picture),
//! "I agree" for each, then the pledge, the signature pad (and typed name from KS2), and a
//! confirmation screen. The signature binds to the hash of the text in force.

use crate::content::library;
use crate::content::model::aup::Aup;
use crate::domain::academic_year::AcademicYear;
use crate::domain::aup::{localised, pupil_due, Due};
use crate::domain::band::Band;
use crate::domain::ink_svg::{check_signature, InkProblem};
use crate::domain::records::{Class, Ink, SignMethod, Signature};
use crate::platform;
use crate::storage::{self, Store};
use crate::ui::i18n::{locale, t, t_args};
use crate::ui::session::use_session;
use crate::ui::widgets::read_aloud::ReadAloud;
use crate::ui::widgets::signature_pad::{empty_ink, InkView, SignaturePad};
use leptos::prelude::*;
use leptos_router::components::A;

/// What the screen loaded for the signed-in pupil.
#[derive(Clone)]
struct Loaded {
    band: Band,
    text: Aup,
    hash: String,
    due: Due,
    last: Option<Signature>,
}

/// The message for a refused drawing.
pub fn ink_problem_text(p: InkProblem) -> String {
    match p {
        InkProblem::Empty => t("aup-sign-empty"),
        InkProblem::TooShort => t("aup-sign-too-short"),
    }
}

/// After a step change (from a button the pupil pressed), moves focus to the new step's main
/// control so keyboard users carry on where they were instead of starting from the page top.
fn focus_next() {
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".aup-pupil [data-autofocus]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// `/pupil/aup`: read, agree and sign.
#[component]
pub fn PupilAup() -> impl IntoView {
    let session = use_session();
    let data = LocalResource::new(move || {
        let pupil = session.pupil.get();
        async move {
            let pupil = pupil?;
            let db = storage::db().await.ok()?;
            let class: Option<Class> = db.get(Store::Classes, &pupil.class_id).await.ok().flatten();
            let band = class.map(|c| c.band()).unwrap_or(Band::Ks2);
            let (text, hash) = storage::aup::in_force(&db, band).await.ok()?;
            let sigs = storage::aup::signatures_for(&db, &pupil.id).await.ok()?;
            let due = pupil_due(&sigs, &text.id, &hash, platform::today());
            Some(Loaded { band, text, hash, due, last: sigs.into_iter().next() })
        }
    });
    view! {
        <section class="page aup-pupil" data-screen="pupil-aup">
            <Show
                when=move || session.pupil.get().is_some()
                fallback=|| view! {
                    <h1>{move || t("aup-heading")}</h1>
                    <p>{move || t("aup-pupil-sign-in-first")}</p>
                    <A href="/pupil">{move || t("aup-pupil-go-sign-in")}</A>
                }
            >
                <Suspense fallback=move || view! { <p>{move || t("aup-loading")}</p> }>
                    {move || data.get().flatten().map(|d| view! { <PupilAupFlow data=d /> })}
                </Suspense>
            </Show>
        </section>
    }
}

#[component]
fn PupilAupFlow(data: Loaded) -> impl IntoView {
    let session = use_session();
    let builtin = storage::aup::builtin(data.band).clone();
    let shown = Memo::new({
        let text = data.text.clone();
        move |_| {
            let code = locale();
            localised(&text, &builtin, library().translation(&builtin.id, code)).0
        }
    });
    let step = RwSignal::new(0usize);
    let count = data.text.statements.len();
    let ink = RwSignal::new(empty_ink());
    let typed = RwSignal::new(String::new());
    // "I can't draw: sign by typing my name" (KS2 and up, who type a name anyway).
    let typing = RwSignal::new(false);
    let name_input = NodeRef::<leptos::html::Input>::new();
    // Typing chosen: move focus to the name box, where the signature is now typed.
    Effect::new(move |prev: Option<bool>| {
        let on = typing.get();
        if on && prev == Some(false)
            && let Some(i) = name_input.get_untracked()
        {
            let _ = i.focus();
        }
        on
    });
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<Signature>);
    let restart = RwSignal::new(false);
    let needs_name = data.band != Band::Ks1;
    let hash = data.hash.clone();
    let aup_id = data.text.id.clone();
    let already = !data.due.is_due() && data.last.is_some();

    let sign = move |_| {
        let name = typed.get_untracked().trim().to_string();
        let by_typing = needs_name && typing.get_untracked();
        let mut drawing: Ink = ink.get_untracked();
        if by_typing {
            // Recorded honestly as typed: the name, no strokes.
            drawing.strokes.clear();
            drawing.method = SignMethod::Typed(name.clone());
        }
        // Drawing: the pad is checked first; typing: the name is the signature.
        let problem = check_signature(&drawing).err().filter(|_| !(by_typing && name.is_empty()));
        if let Some(p) = problem {
            error.set(Some(ink_problem_text(p)));
            return;
        }
        if needs_name && name.is_empty() {
            error.set(Some(t("aup-sign-name-needed")));
            return;
        }
        let Some(pupil) = session.pupil.get_untracked() else { return };
        let now = platform::now();
        let sig = Signature {
            id: platform::new_id("sig"),
            pupil_id: pupil.id.clone(),
            aup_id: aup_id.clone(),
            aup_hash: hash.clone(),
            academic_year: AcademicYear::containing(platform::today()),
            signed_at: now,
            typed_name: needs_name.then_some(name),
            ink: drawing,
        };
        error.set(None);
        leptos::task::spawn_local(async move {
            let res = match storage::db().await {
                Ok(db) => storage::aup::record_signature(&db, &sig).await,
                Err(e) => Err(e),
            };
            match res {
                Ok(()) => {
                    saved.set(Some(sig));
                    focus_next();
                }
                Err(e) => error.set(Some(t(e.message_key()))),
            }
        });
    };

    let due_note = match data.due {
        Due::TextChanged => Some(t("aup-due-text-changed")),
        Due::NewYear => Some(t("aup-due-new-year")),
        _ => None,
    };
    let last = data.last.clone();

    view! {
        <h1>{move || shown.get().title}</h1>
        {move || {
            if let Some(sig) = saved.get() {
                let ink = sig.ink.clone();
                return view! {
                    <div class="aup-done" role="status" data-state="signed">
                        <img class="aup-picture" src="/pictures/2705.svg" alt="" />
                        <h2 tabindex="-1" data-autofocus="">{t("aup-sign-thanks")}</h2>
                        <p>{t("aup-sign-thanks-body")}</p>
                        <InkView ink=ink label=t("aup-your-signature") />
                        <A href="/pupil/me">{t("aup-back-to-me")}</A>
                    </div>
                }
                .into_any();
            }
            if already && !restart.get() {
                let ink = last.clone().map(|s| s.ink).unwrap_or_default();
                return view! {
                    <div class="aup-done" data-state="up-to-date">
                        <p>{t("aup-already-signed")}</p>
                        <InkView ink=ink label=t("aup-your-signature") />
                        <button class="button" on:click=move |_| restart.set(true)>{t("aup-read-again")}</button>
                    </div>
                }
                .into_any();
            }
            let i = step.get();
            if i < count {
                let st = shown.get().statements[i].clone();
                let pic = st.picture.as_deref().and_then(|p| library().picture_url(p)).map(|u| format!("/{u}"));
                let text = st.text.clone();
                view! {
                    <div class="aup-statement" data-statement=i>
                        {(i == 0).then(|| view! { <p class="aup-intro">{shown.get().intro}</p> })}
                        {due_note.clone().map(|n| view! { <p class="aup-note">{n}</p> })}
                        <p class="aup-progress">
                            {t_args("aup-statement-progress", &[("n", (i + 1).into()), ("total", count.into())])}
                        </p>
                        {pic.map(|u| view! { <img class="aup-picture" src=u alt="" /> })}
                        <div id="aup-current-statement">
                            <ReadAloud text=Signal::derive(move || text.clone()) class="aup-statement-text" />
                        </div>
                        <div class="aup-statement-actions">
                            {(i > 0).then(|| view! {
                                <button class="button" on:click=move |_| { step.update(|s| *s -= 1); focus_next(); }>{t("aup-back")}</button>
                            })}
                            <button
                                class="button primary"
                                data-action="agree"
                                data-autofocus=""
                                aria-describedby="aup-current-statement"
                                on:click=move |_| { step.update(|s| *s += 1); focus_next(); }
                            >
                                {t("aup-agree")}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            } else {
                let pledge = shown.get().pledge;
                view! {
                    <div class="aup-sign">
                        <div class="aup-pledge-wrap" tabindex="-1" data-autofocus="">
                            <ReadAloud text=Signal::derive(move || pledge.clone()) class="aup-pledge" />
                        </div>
                        <p id="aup-pad-help">{t("aup-sign-help")}</p>
                        <SignaturePad ink=ink label=Signal::derive(|| t("aup-pad-label")) typed=needs_name.then_some(typing) />
                        {needs_name.then(|| view! {
                            <label class="field">
                                <span>{t("aup-typed-name")}</span>
                                <input
                                    node_ref=name_input
                                    type="text"
                                    name="typed-name"
                                    autocomplete="off"
                                    prop:value=move || typed.get()
                                    on:input=move |ev| typed.set(event_target_value(&ev))
                                />
                            </label>
                        })}
                        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                        <div class="aup-statement-actions">
                            <button class="button" on:click=move |_| { step.set(count - 1); focus_next(); }>{t("aup-back")}</button>
                            <button class="button primary" data-action="sign" on:click=sign.clone()>{t("aup-sign-button")}</button>
                        </div>
                    </div>
                }
                .into_any()
            }
        }}
    }
}
