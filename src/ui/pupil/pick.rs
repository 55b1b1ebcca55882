//! `/pupil/class/:id`: tap your own name (KS1: name with picture, large targets).

use crate::domain::band::Band;
use crate::storage::school::{class, pupils_in};
use crate::tr;
use crate::ui::i18n::t;
use crate::ui::session::use_session;
use crate::ui::teacher::class_detail::Symbol;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

/// Pick your name from the class list.
#[component]
pub fn PickName() -> impl IntoView {
    let s = use_session();
    let navigate = use_navigate();
    let params = use_params_map();
    let data = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        async move { Ok::<_, crate::storage::StorageError>((class(&id).await?, pupils_in(&id).await?)) }
    });
    view! {
        <section class="page" data-screen="pick-name">
            <p><A href="/pupil" attr:class="inline-target">{tr!("pupil-back-to-classes")}</A></p>
            <h1>{tr!("pupil-tap-name")}</h1>
            {move || {
                let navigate = navigate.clone();
                match data.get() {
                    None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                    Some(Err(e)) => view! { <p class="error" role="alert">{t(e.message_key())}</p> }.into_any(),
                    Some(Ok((c, pupils))) => {
                        let ks1 = c.map(|c| c.band() == Band::Ks1).unwrap_or(false);
                        if pupils.is_empty() {
                            return view! { <p class="notice">{tr!("pupil-class-empty")}</p> }.into_any();
                        }
                        view! {
                            <ul class="big-choice-grid" class:ks1=ks1>
                                {pupils.into_iter().map(|p| {
                                    let navigate = navigate.clone();
                                    let sym = p.symbol.clone();
                                    let label = p.display_name.clone();
                                    view! {
                                        <li>
                                            <button class="big-choice pupil-choice" on:click=move |_| {
                                                s.sign_in_pupil(p.clone());
                                                navigate("/pupil/me", Default::default());
                                            }>
                                                {sym.filter(|_| ks1).map(|sym| view! { <Symbol id=sym size=64 /> })}
                                                <span>{label}</span>
                                            </button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }
            }}
        </section>
    }
}
