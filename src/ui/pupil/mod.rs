//! Screens for the pupil role.

pub mod aup;

use crate::tr;
use leptos::prelude::*;

/// Landing screen for the pupil role.
#[component]
pub fn PupilHome() -> impl IntoView {
    view! {
        <section class="page" data-screen="pupil">
            <h1>{tr!("role-pupil-heading")}</h1>
            <p>{tr!("role-pupil-placeholder")}</p>
        </section>
    }
}
