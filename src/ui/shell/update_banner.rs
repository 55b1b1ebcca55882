//! "A new version is ready" banner. `public/sw-register.js` fires `bytesmart-update` when a
//! new service worker is waiting; Reload asks it to take over, then the page reloads once,
//! so old and new files are never mixed.

use crate::tr;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// The update banner (hidden until an update is waiting).
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    if let Some(w) = web_sys::window() {
        let already = js_sys::Reflect::get(&w, &"bytesmartUpdateReady".into()).ok().and_then(|v| v.as_bool());
        if already == Some(true) {
            ready.set(true);
        }
        let cb = Closure::<dyn Fn()>::new(move || ready.set(true));
        let _ = w.add_event_listener_with_callback("bytesmart-update", cb.as_ref().unchecked_ref());
        cb.forget();
    }
    let apply = move |_| {
        if let Some(w) = web_sys::window()
            && let Ok(f) = js_sys::Reflect::get(&w, &"bytesmartApplyUpdate".into())
            && let Some(f) = f.dyn_ref::<js_sys::Function>()
        {
            let _ = f.call0(&w);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status">
                <span>{tr!("update-ready")}</span>
                <button class="button primary" on:click=apply>{tr!("update-reload")}</button>
            </div>
        </Show>
    }
}
