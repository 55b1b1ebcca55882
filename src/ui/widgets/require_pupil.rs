//! Pupil screens need a signed-in pupil: otherwise send them to pick their class and name.

use crate::tr;
use crate::ui::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// Shows `children` when a pupil is signed in, else a way to sign in.
#[component]
pub fn RequirePupil(children: ChildrenFn) -> impl IntoView {
    let s = use_session();
    let children = StoredValue::new(children);
    move || {
        if !s.ready.get() {
            view! { <p class="page" aria-busy="true">{tr!("loading")}</p> }.into_any()
        } else if s.pupil.get().is_none() {
            view! {
                <section class="page">
                    <h1>{tr!("pupil-who-heading")}</h1>
                    <A href="/pupil" attr:class="button primary">{tr!("pupil-pick-name")}</A>
                </section>
            }
            .into_any()
        } else {
            children.with_value(|c| c()).into_any()
        }
    }
}
