//! Screens for the coordinator role.

pub mod aup;

use crate::tr;
use leptos::prelude::*;

/// Landing screen for the coordinator role.
#[component]
pub fn CoordinatorHome() -> impl IntoView {
    view! {
        <section class="page" data-screen="coordinator">
            <h1>{tr!("role-coordinator-heading")}</h1>
            <p>{tr!("role-coordinator-placeholder")}</p>
        </section>
    }
}
