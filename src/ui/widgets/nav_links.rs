//! The card-style link lists on the teacher, coordinator and pupil home screens. Each role's
//! list is a const table so adding a screen is one line.

use crate::ui::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;

/// One link card. `label` and `hint` are Fluent keys (checked by tests/locales.rs).
pub struct NavLink {
    /// Route.
    pub href: &'static str,
    /// Fluent key of the card title.
    pub label: &'static str,
    /// Fluent key of the one-line description (may be empty).
    pub hint: &'static str,
    /// Picture id from lessons/pictures.toml (may be empty).
    pub picture: &'static str,
}

/// A grid of link cards.
#[component]
pub fn LinkCards(links: &'static [NavLink], nav_label: &'static str, #[prop(optional)] big: bool) -> impl IntoView {
    view! {
        <nav aria-label=move || t(nav_label)>
            <ul class=if big { "big-choice-grid" } else { "card-grid link-cards" }>
                {links.iter().map(|l| {
                    let pic = (!l.picture.is_empty())
                        .then(|| crate::content::library().picture_url(l.picture).map(|u| format!("/{u}")))
                        .flatten();
                    view! {
                        <li>
                            <A href=l.href attr:class=if big { "big-choice" } else { "card link-card" }>
                                {pic.map(|u| view! { <img src=u alt="" width="64" height="64" /> })}
                                <span class="link-card-title">{move || t(l.label)}</span>
                                {(!l.hint.is_empty()).then(|| view! { <span class="field-hint">{move || t(l.hint)}</span> })}
                            </A>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
