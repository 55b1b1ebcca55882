//! About and credits: where data lives, picture licences, when facts were checked.

use crate::tr;
use crate::ui::i18n::t_args;
use leptos::prelude::*;

/// About screen.
#[component]
pub fn About() -> impl IntoView {
    let checked = crate::content::library().facts.checked.clone();
    view! {
        <section class="page">
            <h1>{tr!("about-heading")}</h1>
            <p>{tr!("about-body")}</p>
            <h2>{tr!("about-credits-heading")}</h2>
            <p>{tr!("about-twemoji")}</p>
            <p>{move || t_args("about-facts-checked", &[("date", checked.clone().into())])}</p>
        </section>
    }
}
