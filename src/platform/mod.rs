//! Thin wrappers over browser APIs the UI needs (randomness, local settings, downloads).
//! Kept in one place so components never touch `web_sys` for these directly.

pub mod camera;
pub mod screen;

use wasm_bindgen::JsCast;

/// Cryptographically random bytes from `crypto.getRandomValues`.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut buf);
    }
    buf
}

/// A fresh record id with a prefix.
pub fn new_id(prefix: &str) -> String {
    crate::domain::ids::record_id(prefix, random_bytes::<16>())
}

/// The current time in UTC.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    let ms = js_sys::Date::now();
    chrono::DateTime::from_timestamp_millis(ms as i64).unwrap_or_default()
}

/// Today's date in the device's local time zone.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or_default()
}

/// Reads a device-wide setting from localStorage.
pub fn setting(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Writes a device-wide setting to localStorage (ignored when storage is unavailable).
pub fn set_setting(key: &str, value: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(key, value);
    }
}

/// Removes a device-wide setting.
pub fn remove_setting(key: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.remove_item(key);
    }
}

/// Offers bytes as a file download with the given name and MIME type.
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let arr = js_sys::Array::new();
    arr.push(&js_sys::Uint8Array::from(bytes).into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&arr, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(&url);
        a.set_download(name);
        let _ = doc.body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The document root element (`<html>`), for `lang`, `dir` and mode classes.
pub fn html_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Asks the browser to keep this site's data (Safari and others may evict it otherwise).
/// Returns whether storage is now persistent.
pub async fn persist_storage() -> bool {
    let Some(sm) = web_sys::window().map(|w| w.navigator().storage()) else { return false };
    match sm.persist() {
        Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        Err(_) => false,
    }
}

/// Whether the browser has granted persistent storage.
pub async fn storage_persisted() -> bool {
    let Some(sm) = web_sys::window().map(|w| w.navigator().storage()) else { return false };
    match sm.persisted() {
        Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        Err(_) => false,
    }
}

/// (bytes used, bytes available) as estimated by the browser.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let sm = web_sys::window()?.navigator().storage();
    let est = wasm_bindgen_futures::JsFuture::from(sm.estimate().ok()?).await.ok()?;
    let usage = js_sys::Reflect::get(&est, &"usage".into()).ok()?.as_f64()?;
    let quota = js_sys::Reflect::get(&est, &"quota".into()).ok()?.as_f64()?;
    Some((usage, quota))
}

/// Reads a picked file's bytes.
pub async fn read_file(file: &web_sys::File) -> Option<Vec<u8>> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The files chosen in an `<input type="file">` from its change event.
pub fn files_from_input(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return vec![] };
    let Some(list) = input.files() else { return vec![] };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Applies a pupil's reading-support choices to the page (`html.dyslexia`, `html.high-contrast`).
pub fn apply_reading_prefs(dyslexia: bool, high_contrast: bool) {
    if let Some(html) = html_element() {
        let cl = html.class_list();
        let _ = if dyslexia { cl.add_1("dyslexia") } else { cl.remove_1("dyslexia") };
        let _ = if high_contrast { cl.add_1("high-contrast") } else { cl.remove_1("high-contrast") };
    }
}

/// Why sharing a file did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// This browser cannot share files (no Web Share, or not this kind of file).
    Unsupported,
    /// The person closed the share sheet: nothing to report.
    Cancelled,
    /// The browser wants a fresh tap first (the user activation ran out while the file was made).
    NeedsTap,
    /// Anything else the browser reported.
    Failed,
}

fn make_file(name: &str, mime: &str, bytes: &[u8]) -> Option<web_sys::File> {
    let arr = js_sys::Array::new();
    arr.push(&js_sys::Uint8Array::from(bytes).into());
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type(mime);
    web_sys::File::new_with_u8_array_sequence_and_options(&arr, name, &opts).ok()
}

fn share_data(file: &web_sys::File) -> web_sys::ShareData {
    let data = web_sys::ShareData::new();
    let files = js_sys::Array::new();
    files.push(file);
    data.set_files(&files);
    data
}

fn has_web_share(nav: &web_sys::Navigator) -> bool {
    // Calling a missing method from wasm would trap, so look before calling.
    js_sys::Reflect::has(nav, &"canShare".into()).unwrap_or(false) && js_sys::Reflect::has(nav, &"share".into()).unwrap_or(false)
}

/// Whether this browser can share a file of this name and type through the system share
/// sheet (`navigator.canShare({ files })`), so a "Share" button is worth showing beside "Download".
pub fn can_share_file(name: &str, mime: &str) -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return false };
    if !has_web_share(&nav) {
        return false;
    }
    make_file(name, mime, b"").is_some_and(|f| nav.can_share_with_data(&share_data(&f)))
}

/// Offers bytes as a file through the system share sheet (Web Share API), e.g. to email the
/// bundle or save it to the school's cloud drive from a tablet.
pub async fn share_file(name: &str, mime: &str, bytes: &[u8]) -> Result<(), ShareError> {
    let nav = web_sys::window().map(|w| w.navigator()).ok_or(ShareError::Unsupported)?;
    if !has_web_share(&nav) {
        return Err(ShareError::Unsupported);
    }
    let file = make_file(name, mime, bytes).ok_or(ShareError::Failed)?;
    let data = share_data(&file);
    if !nav.can_share_with_data(&data) {
        return Err(ShareError::Unsupported);
    }
    match wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await {
        Ok(_) => Ok(()),
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
            Err(match name.as_str() {
                "AbortError" => ShareError::Cancelled,
                "NotAllowedError" => ShareError::NeedsTap,
                _ => ShareError::Failed,
            })
        }
    }
}
