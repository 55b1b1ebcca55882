//! Full screen, extra windows and cross-window messages for presenting on a whiteboard.
//! Every call degrades quietly: a browser that refuses full screen or pop-ups still presents
//! in the normal window, and one without BroadcastChannel simply has no audience window.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Asks the browser to show `el` full screen (a rejected request is ignored).
pub fn request_fullscreen(el: &web_sys::Element) {
    let Ok(f) = js_sys::Reflect::get(el, &JsValue::from_str("requestFullscreen")) else { return };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else { return };
    if let Ok(p) = f.call0(el)
        && let Ok(p) = p.dyn_into::<js_sys::Promise>()
    {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

/// Leaves full screen if the page is in it.
pub fn exit_fullscreen() {
    if let Some(d) = document()
        && d.fullscreen_element().is_some()
    {
        let Ok(f) = js_sys::Reflect::get(&d, &JsValue::from_str("exitFullscreen")) else { return };
        if let Some(f) = f.dyn_ref::<js_sys::Function>()
            && let Ok(p) = f.call0(&d)
            && let Ok(p) = p.dyn_into::<js_sys::Promise>()
        {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    }
}

/// True while some element is full screen.
pub fn is_fullscreen() -> bool {
    document().and_then(|d| d.fullscreen_element()).is_some()
}

/// True when the browser offers the Fullscreen API at all (hides the button otherwise).
pub fn fullscreen_available() -> bool {
    document().is_some_and(|d| d.fullscreen_enabled())
}

/// Opens `url` in a new window; false when a pop-up blocker refused.
pub fn open_window(url: &str, name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.open_with_url_and_target_and_features(url, name, "popup").ok().flatten())
        .is_some()
}

/// A named BroadcastChannel carrying JSON strings between windows of this app.
pub struct Channel {
    inner: web_sys::BroadcastChannel,
    _listener: Closure<dyn Fn(web_sys::MessageEvent)>,
}

impl Channel {
    /// Opens the channel; `on_message` gets every string sent by other windows.
    /// `None` where BroadcastChannel is unsupported.
    pub fn open(name: &str, on_message: impl Fn(String) + 'static) -> Option<Channel> {
        let inner = web_sys::BroadcastChannel::new(name).ok()?;
        let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            if let Some(s) = e.data().as_string() {
                on_message(s);
            }
        });
        inner.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Some(Channel { inner, _listener: listener })
    }

    /// Sends a string to every other window listening on the channel.
    pub fn send(&self, text: &str) {
        let _ = self.inner.post_message(&JsValue::from_str(text));
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.inner.set_onmessage(None);
        self.inner.close();
    }
}
