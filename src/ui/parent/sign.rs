//! Parent co-signing at home from a letter link (`/parent/sign?t=TOKEN`): no account, no
//! server. The parent picks their own language for this flow (independent of the device
//! language), reads the agreement, is asked to talk it through with their child, enters name
//! and relationship, signs, and gets a return (a small file to share or download, and a QR
//! code) to send back to school.

use crate::content::library;
use crate::content::model::aup::Aup;
use crate::domain::aup::{content_hash, localised};
use crate::domain::aup_text;
use crate::domain::aup_token::{make_return, read_letter, ParentReply, SignedLetter};
use crate::domain::ink_svg::{check_signature, InkProblem};
use crate::domain::records::SignMethod;
use crate::i18n::LOCALES;
use crate::platform;
use crate::ui::i18n::{locale, t_in as in_locale};
use crate::ui::teacher::aup::{qr_svg, RelationshipSelect};
use crate::ui::widgets::signature_pad::{empty_ink, SignaturePad};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::JsCast;

/// `/parent/sign?t=TOKEN`.
#[component]
pub fn ParentSign() -> impl IntoView {
    let query = use_query_map();
    let lang = RwSignal::new(locale().to_string());
    let letter = Memo::new(move |_| query.with(|q| q.get("t")).map(|t| read_letter(&t)));
    let t = move |k: &str| in_locale(&lang.get(), k, &[]);
    view! {
        <section class="page aup-parent" data-screen="parent-sign" lang=move || lang.get()>
            <label class="field">
                <span>{move || t("aup-parent-language")}</span>
                <select name="parent-language" prop:value=move || lang.get() on:change=move |ev| lang.set(event_target_value(&ev))>
                    {LOCALES.iter().map(|l| view! { <option value=l.code>{l.native_name}</option> }).collect_view()}
                </select>
            </label>
            {move || match letter.get() {
                Some(Ok(l)) => view! { <ParentFlow letter=l lang=lang /> }.into_any(),
                _ => view! { <p class="error" role="alert">{t("aup-parent-bad-link")}</p> }.into_any(),
            }}
        </section>
    }
}

/// Which AUP wording the phone can show for a letter.
enum TextOnPhone {
    /// The built-in text, or the school's wording carried in the link and checked by hash.
    Shown(Aup),
    /// The school changed the text but the link does not carry it (an older letter): the
    /// standard text is shown with a notice that the exact wording is on the paper letter.
    OnPaperOnly(Aup),
    /// The link carries a wording that is not the one the letter was issued for.
    Refused,
    /// The letter names an AUP this app does not have.
    Unknown,
}

#[component]
fn ParentFlow(letter: SignedLetter, lang: RwSignal<String>) -> impl IntoView {
    let t = move |k: &str| in_locale(&lang.get(), k, &[]);
    let t_args = move |k: &str, args: &[crate::i18n::Arg<'_>]| in_locale(&lang.get(), k, args);
    let tok = letter.token.clone();
    let builtin = library().aups.iter().find(|a| a.id == tok.aup_id).cloned();
    // The school's own wording travels in the link's fragment; it is only believed if it
    // hashes to the hash inside the school's tagged token (see `domain::aup_text`).
    let fragment = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let text = match &builtin {
        None => TextOnPhone::Unknown,
        Some(b) if content_hash(b) == tok.aup_hash => TextOnPhone::Shown(b.clone()),
        Some(b) => match aup_text::from_fragment(&fragment) {
            Some(code) => match aup_text::verified(code, b, &tok.aup_hash) {
                Ok(t) => TextOnPhone::Shown(t),
                Err(_) => TextOnPhone::Refused,
            },
            // A letter printed before links carried the text: the wording is on the paper.
            None => TextOnPhone::OnPaperOnly(b.clone()),
        },
    };
    let matches = !matches!(text, TextOnPhone::OnPaperOnly(_));
    match text {
        TextOnPhone::Refused => {
            return view! { <p class="error" role="alert" data-state="text-refused">{move || t("aup-parent-text-refused")}</p> }.into_any();
        }
        TextOnPhone::Unknown => return view! { <p class="error" role="alert">{move || t("aup-parent-bad-link")}</p> }.into_any(),
        _ => {}
    }
    let shown = Memo::new({
        let builtin = builtin.clone();
        let text = match text {
            TextOnPhone::Shown(t) | TextOnPhone::OnPaperOnly(t) => Some(t),
            _ => None,
        };
        move |_| {
            let code = lang.get();
            let (Some(b), Some(text)) = (builtin.as_ref(), text.as_ref()) else { return None };
            Some(localised(text, b, library().translation(&b.id, &code)).0)
        }
    });
    let talked = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let rel = RwSignal::new("mother".to_string());
    let ink = RwSignal::new(empty_ink());
    let typing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let result = RwSignal::new(None::<String>);
    let child = tok.pupil_name.clone();
    let child2 = child.clone();

    let sign = move |_| {
        let code = lang.get_untracked();
        let t = |k: &str| in_locale(&code, k, &[]);
        if !talked.get_untracked() {
            error.set(Some(t("aup-parent-talk-needed")));
            return;
        }
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            error.set(Some(t("aup-parent-name-needed")));
            return;
        }
        let mut drawing = ink.get_untracked();
        if typing.get_untracked() {
            // "I can't draw": the typed name is the signature, recorded as typed.
            drawing.strokes.clear();
            drawing.method = SignMethod::Typed(n.clone());
        }
        if let Err(p) = check_signature(&drawing) {
            error.set(Some(t(match p {
                InkProblem::Empty => "aup-sign-empty",
                InkProblem::TooShort => "aup-sign-too-short",
            })));
            return;
        }
        error.set(None);
        let reply = ParentReply { parent_name: n, relationship: rel.get_untracked(), signed_at: platform::now(), locale: code, ink: drawing };
        result.set(Some(make_return(&letter, &reply)));
    };

    view! {
        <h1>{move || t_args("aup-parent-heading", &[("name", child.clone().into())])}</h1>
        {move || match result.get() {
            Some(code) => view! { <ReturnReady code=code child=child2.clone() lang=lang /> }.into_any(),
            None => {
                let s = shown.get();
                view! {
                    <div class="aup-parent-read">
                        {(!matches).then(|| view! { <p class="notice">{t("aup-parent-adapted")}</p> })}
                        {s.map(|s| view! {
                            <h2>{s.title.clone()}</h2>
                            <p>{s.intro.clone()}</p>
                            <ol class="letter-statements">
                                {s.statements.iter().map(|st| view! { <li>{st.text.clone()}</li> }).collect_view()}
                            </ol>
                            <p class="letter-pledge">{s.pledge.clone()}</p>
                            <h3>{t("aup-letter-parent-heading")}</h3>
                            <p class="letter-parent-statement">{s.parent_statement.clone()}</p>
                        })}
                        <p class="aup-note">{t("aup-parent-talk")}</p>
                        <label class="check">
                            <input type="checkbox" name="talked" prop:checked=move || talked.get() on:change=move |ev| talked.set(event_target_checked(&ev)) />
                            <span>{t("aup-parent-talked")}</span>
                        </label>
                        <label class="field">
                            <span>{t("aup-parent-name")}</span>
                            <input type="text" name="parent-name" autocomplete="name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                        </label>
                        <RelationshipSelect value=rel code=Some(lang.into()) />
                        <SignaturePad ink=ink label=Signal::derive(move || in_locale(&lang.get(), "aup-pad-label-parent", &[])) typed=Some(typing) locale=Some(lang.into()) />
                        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                        <button class="button primary" data-action="parent-sign" on:click=sign.clone()>{t("aup-parent-sign")}</button>
                    </div>
                }
                .into_any()
            }
        }}
    }
    .into_any()
}

/// Offers the return as a file (shared where the browser can, else downloaded) and a QR code.
#[component]
fn ReturnReady(code: String, child: String, lang: RwSignal<String>) -> impl IntoView {
    let t = move |k: &str| in_locale(&lang.get(), k, &[]);
    let safe: String = child.chars().filter(|c| c.is_alphanumeric()).collect();
    let file_name = format!("bytesmart-return-{}.txt", if safe.is_empty() { "pupil".into() } else { safe });
    let qr = qr_svg(&code);
    let can_share = web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false);
    let (c1, f1) = (code.clone(), file_name.clone());
    let download = move |_| platform::download(&f1, "text/plain", c1.as_bytes());
    let (c2, f2) = (code.clone(), file_name.clone());
    let share = move |_| share_file(&f2, &c2);
    view! {
        <div class="aup-return" role="status" data-state="return-ready">
            <h2>{move || t("aup-parent-thanks")}</h2>
            <p>{move || t("aup-parent-return-help")}</p>
            <div class="aup-actions">
                {can_share.then(|| view! { <button class="button primary" data-action="share" on:click=share>{move || t("aup-parent-share")}</button> })}
                <button class="button" data-action="download" on:click=download>{move || t("aup-parent-download")}</button>
            </div>
            {qr.map(|svg| view! { <div class="return-qr" role="img" aria-label=move || t("aup-parent-qr") inner_html=svg></div> })}
            <label class="field">
                <span>{move || t("aup-parent-code")}</span>
                <textarea name="return-code" readonly rows="4">{code}</textarea>
            </label>
        </div>
    }
}

fn share_file(name: &str, code: &str) {
    use js_sys::{Array, Function, Object, Reflect};
    let Some(w) = web_sys::window() else { return };
    let nav = w.navigator();
    let data = Object::new();
    if let Ok(f) = web_sys::File::new_with_str_sequence(&Array::of1(&code.into()), name) {
        let _ = Reflect::set(&data, &"files".into(), &Array::of1(&f));
    }
    let _ = Reflect::set(&data, &"text".into(), &code.into());
    let share = Reflect::get(&nav, &"share".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    let promise = share.and_then(|f| f.call1(&nav, &data).ok()).and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let name = name.to_string();
    let code = code.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let shared = match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            None => false,
        };
        if !shared {
            // Sharing was refused or cannot carry files here: fall back to a download.
            platform::download(&name, "text/plain", code.as_bytes());
        }
    });
}
