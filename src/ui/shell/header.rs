//! Top bar: app name (home link) and the device language menu.

use crate::i18n::LOCALES;
use crate::tr;
use crate::ui::i18n::I18n;
use leptos::prelude::*;
use leptos_router::components::A;

/// The app header.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let on_change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(l) = LOCALES.iter().find(|l| l.code == code) {
            i18n.set(l.code);
        }
    };
    view! {
        <header class="app-header">
            <A href="/" attr:class="brand">
                <img src="/icons/icon.svg" alt="" width="36" height="36" />
                <span>{tr!("app-name")}</span>
            </A>
            <label class="language">
                <span class="visually-hidden">{tr!("language-menu")}</span>
                <select id="language" on:change=on_change prop:value=move || i18n.locale.get()>
                    {LOCALES
                        .iter()
                        .map(|l| view! { <option value=l.code lang=l.code>{l.native_name}</option> })
                        .collect_view()}
                </select>
            </label>
        </header>
    }
}
