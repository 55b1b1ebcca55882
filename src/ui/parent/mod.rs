//! Screens for the parent role.

pub mod sign;

use crate::tr;
use leptos::prelude::*;

/// Landing screen for the parent role.
#[component]
pub fn ParentHome() -> impl IntoView {
    view! {
        <section class="page" data-screen="parent">
            <h1>{tr!("role-parent-heading")}</h1>
            <p>{tr!("role-parent-placeholder")}</p>
        </section>
    }
}
