//! `/pupil/me`: the signed-in pupil's own page: their lessons, quiz and agreement, reading
//! help (per pupil), and "I've finished" to hand the tablet on.

use crate::platform;
use crate::storage::school::save_pupil;
use crate::tr;
use crate::ui::i18n::t_args;
use crate::ui::session::use_session;
use crate::ui::widgets::require_pupil::RequirePupil;
use leptos::prelude::*;
use crate::ui::widgets::nav_links::{LinkCards, NavLink};
use leptos_router::hooks::use_navigate;

/// Links on the pupil's page (one line per activity).
pub const PUPIL_LINKS: &[NavLink] = &[
    NavLink { href: "/pupil/lessons", label: "pupil-link-lessons", hint: "pupil-link-lessons-hint", picture: "book" },
    NavLink { href: "/pupil/quiz", label: "quiz-link", hint: "quiz-link-hint", picture: "star" },
    NavLink { href: "/pupil/aup", label: "aup-link-pupil", hint: "", picture: "check" },
];

/// The pupil's own page.
#[component]
pub fn PupilMe() -> impl IntoView {
    view! { <RequirePupil><MePanel /></RequirePupil> }
}

#[component]
fn MePanel() -> impl IntoView {
    let s = use_session();
    let navigate = use_navigate();
    let name = move || s.pupil.get().map(|p| p.display_name).unwrap_or_default();
    let prefs = move || s.pupil.get().map(|p| p.prefs).unwrap_or_default();
    Effect::new(move |_| {
        let p = prefs();
        platform::apply_reading_prefs(p.dyslexia_friendly, p.high_contrast);
    });
    let set_pref = move |dyslexia: Option<bool>, contrast: Option<bool>| {
        let Some(mut p) = s.pupil.get_untracked() else { return };
        if let Some(d) = dyslexia {
            p.prefs.dyslexia_friendly = d;
        }
        if let Some(c) = contrast {
            p.prefs.high_contrast = c;
        }
        p.updated_at = platform::now();
        s.pupil.set(Some(p.clone()));
        leptos::task::spawn_local(async move {
            let _ = save_pupil(&p).await;
        });
    };
    let finish = move |_| {
        s.sign_out_pupil();
        platform::apply_reading_prefs(false, false);
        navigate("/pupil", Default::default());
    };
    view! {
        <section class="page" data-screen="pupil-me">
            <h1>{move || t_args("pupil-hello", &[("name", name().into())])}</h1>
            <LinkCards links=PUPIL_LINKS nav_label="pupil-nav-label" big=true />
            <details class="card reading-help">
                <summary>{tr!("reading-help")}</summary>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || prefs().dyslexia_friendly
                        on:change=move |ev| set_pref(Some(event_target_checked(&ev)), None) />
                    {tr!("reading-dyslexia")}
                </label>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || prefs().high_contrast
                        on:change=move |ev| set_pref(None, Some(event_target_checked(&ev))) />
                    {tr!("reading-contrast")}
                </label>
            </details>
            <div class="actions">
                <button class="button" on:click=finish>{tr!("pupil-finished")}</button>
            </div>
        </section>
    }
}
