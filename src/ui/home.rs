//! The home screen: four clear ways in, one per role.

use crate::tr;
use leptos::prelude::*;
use leptos_router::components::A;

/// Home: pupil, teacher, parent, coordinator.
#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="page home">
            <h1>{tr!("home-heading")}</h1>
            <p class="tagline">{tr!("app-tagline")}</p>
            <nav class="role-grid" aria-labelledby="main">
                <A href="/pupil" attr:class="role-card pupil" attr:data-role="pupil">
                    <img src="/pictures/1f9d2.svg" alt="" />
                    <span class="role-name">{tr!("home-pupil")}</span>
                    <span class="role-hint">{tr!("home-pupil-hint")}</span>
                </A>
                <A href="/teacher" attr:class="role-card teacher" attr:data-role="teacher">
                    <img src="/pictures/1f9d1-200d-1f3eb.svg" alt="" />
                    <span class="role-name">{tr!("home-teacher")}</span>
                    <span class="role-hint">{tr!("home-teacher-hint")}</span>
                </A>
                <A href="/parent" attr:class="role-card parent" attr:data-role="parent">
                    <img src="/pictures/1f46a.svg" alt="" />
                    <span class="role-name">{tr!("home-parent")}</span>
                    <span class="role-hint">{tr!("home-parent-hint")}</span>
                </A>
                <A href="/coordinator" attr:class="role-card coordinator" attr:data-role="coordinator">
                    <img src="/pictures/1f4ca.svg" alt="" />
                    <span class="role-name">{tr!("home-coordinator")}</span>
                    <span class="role-hint">{tr!("home-coordinator-hint")}</span>
                </A>
            </nav>
            <p class="footer-links"><A href="/about">{tr!("about-link")}</A></p>
        </section>
    }
}
