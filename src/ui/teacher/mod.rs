//! Screens for the teacher role.

pub mod aup;

use crate::tr;
use leptos::prelude::*;

/// Landing screen for the teacher role.
#[component]
pub fn TeacherHome() -> impl IntoView {
    view! {
        <section class="page" data-screen="teacher">
            <h1>{tr!("role-teacher-heading")}</h1>
            <p>{tr!("role-teacher-placeholder")}</p>
        </section>
    }
}
