//! Pupil screens: choose your class, tap your name, then your own lessons, quiz and agreement.
//! A pupil only ever sees their own work.

pub mod lessons;
pub mod aup;

pub mod me;
pub mod pick;
pub mod player;
pub mod quiz;

use crate::domain::records::Class;
use crate::storage::school::classes;
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::session::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// `/pupil`: choose your class (or carry on as the signed-in pupil).
#[component]
pub fn PupilHome() -> impl IntoView {
    let s = use_session();
    let list = LocalResource::new(classes);
    view! {
        <section class="page" data-screen="pupil">
            {move || {
                if !s.ready.get() {
                    return view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any();
                }
                if s.school.get().is_none() {
                    return view! {
                        <h1>{tr!("role-pupil-heading")}</h1>
                        <p class="notice">{tr!("pupil-not-set-up")}</p>
                    }.into_any();
                }
                let current = s.pupil.get();
                view! {
                    {current.map(|p| view! {
                        <div class="notice">
                            <p>{t_args("pupil-continue-as", &[("name", p.display_name.clone().into())])}</p>
                            <div class="actions">
                                <A href="/pupil/me" attr:class="button primary">{tr!("pupil-continue")}</A>
                                <button class="button" on:click=move |_| s.sign_out_pupil()>{tr!("pupil-not-me")}</button>
                            </div>
                        </div>
                    })}
                    <h1>{tr!("pupil-choose-class")}</h1>
                    {move || match list.get() {
                        None => view! { <p aria-busy="true">{tr!("loading")}</p> }.into_any(),
                        Some(Err(e)) => view! { <p class="error" role="alert">{t(e.message_key())}</p> }.into_any(),
                        Some(Ok(v)) => {
                            let open: Vec<Class> = v.into_iter().filter(|c| !c.archived).collect();
                            if open.is_empty() {
                                view! { <p class="notice">{tr!("pupil-no-classes")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="big-choice-grid">
                                        {open.into_iter().map(|c| view! {
                                            <li><A href=format!("/pupil/class/{}", c.id) attr:class="big-choice">{c.name}</A></li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }
                        }
                    }}
                }.into_any()
            }}
        </section>
    }
}
