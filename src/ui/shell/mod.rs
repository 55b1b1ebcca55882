//! The frame around every screen: header with language menu, update banner, main landmark.

mod header;
mod update_banner;

use crate::tr;
use leptos::prelude::*;
use leptos_router::components::{Router, A};

pub use header::Header;
pub use update_banner::UpdateBanner;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    super::i18n::I18n::provide();
    super::session::Session::provide();
    view! {
        <Router>
            // The router intercepts in-page links, so the skip link moves focus itself: the next
            // Tab then starts inside the screen instead of at the header again.
            <a class="skip-link" href="#main" on:click=|ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                if let Some(main) = document().get_element_by_id("main") {
                    use wasm_bindgen::JsCast;
                    if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                        let _ = main.focus();
                        main.scroll_into_view();
                    }
                }
            }>{tr!("nav-skip")}</a>
            <Header />
            <UpdateBanner />
            <StorageBanner />
            <main id="main" tabindex="-1">
                <super::routes::AppRoutes />
            </main>
        </Router>
    }
}

/// Shown for an unknown route.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{tr!("not-found-heading")}</h1>
            <p>{tr!("not-found-body")}</p>
            <A href="/" attr:class="button">{tr!("back-home")}</A>
        </section>
    }
}

/// Explains why records cannot be opened (another tab on an old version, storage disabled)
/// and offers to try again.
#[component]
fn StorageBanner() -> impl IntoView {
    let s = super::session::use_session();
    let retry = move |_| {
        leptos::task::spawn_local(async move { s.reload().await });
    };
    view! {
        {move || s.storage_error.get().map(|e| view! {
            <div class="update-banner storage-banner" role="alert">
                <span>{super::i18n::t(e.message_key())}</span>
                <button class="button" on:click=retry>{tr!("try-again")}</button>
            </div>
        })}
    }
}
