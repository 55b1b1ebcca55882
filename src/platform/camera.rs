//! Camera access for scanning QR codes: `getUserMedia` into a `<video>`, frames grabbed
//! through a canvas, and the browser's own `BarcodeDetector` where it exists (Chrome on
//! Android and macOS). Reached through `js_sys::Reflect` so no extra `web-sys` features are
//! needed. Callers must [`Camera::stop`] when done so the camera light goes off.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement};

/// Why the camera could not start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The device has no camera, or none that fits.
    NoCamera,
    /// The user (or a policy) did not allow camera access.
    Denied,
    /// Another app is using the camera, or it failed to start.
    Failed,
}

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &k.into()).unwrap_or(JsValue::UNDEFINED)
}

fn call(o: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(o, name).dyn_into()?;
    f.apply(o, &args.iter().cloned().collect::<Array>())
}

fn media_devices() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    let md = get(&nav, "mediaDevices");
    (get(&md, "getUserMedia").is_function()).then_some(md)
}

/// True when this browser can ask for a camera at all (secure context, API present).
pub fn available() -> bool {
    media_devices().is_some()
}

/// A running camera stream shown in a `<video>`.
pub struct Camera {
    stream: JsValue,
}

impl Camera {
    /// Asks for the back camera (any camera will do) and plays it in `video`.
    pub async fn start(video: &HtmlVideoElement) -> Result<Camera, CameraError> {
        let md = media_devices().ok_or(CameraError::NoCamera)?;
        let want = Object::new();
        let v = Object::new();
        let facing = Object::new();
        let _ = Reflect::set(&facing, &"ideal".into(), &"environment".into());
        let _ = Reflect::set(&v, &"facingMode".into(), &facing);
        let _ = Reflect::set(&want, &"video".into(), &v);
        let _ = Reflect::set(&want, &"audio".into(), &false.into());
        let p: Promise = call(&md, "getUserMedia", &[want.into()]).map_err(classify)?.dyn_into().map_err(|_| CameraError::Failed)?;
        let stream = JsFuture::from(p).await.map_err(classify)?;
        let _ = Reflect::set(video, &"srcObject".into(), &stream);
        video.set_muted(true);
        let _ = video.set_attribute("playsinline", "");
        let cam = Camera { stream };
        if let Ok(p) = video.play() {
            let _ = JsFuture::from(p).await;
        }
        Ok(cam)
    }

    /// Stops every track (the camera light goes off).
    pub fn stop(&self) {
        if let Ok(tracks) = call(&self.stream, "getTracks", &[]) {
            for t in Array::from(&tracks).iter() {
                let _ = call(&t, "stop", &[]);
            }
        }
    }
}

fn classify(e: JsValue) -> CameraError {
    match get(&e, "name").as_string().as_deref() {
        Some("NotAllowedError" | "SecurityError" | "PermissionDeniedError") => CameraError::Denied,
        Some("NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError") => CameraError::NoCamera,
        _ => CameraError::Failed,
    }
}

/// Draws the current video frame into `canvas`, at most `max_side` pixels on its longer side,
/// and returns its RGBA pixels (`None` until the video has a frame).
pub fn grab_rgba(video: &HtmlVideoElement, canvas: &HtmlCanvasElement, max_side: u32) -> Option<(usize, usize, Vec<u8>)> {
    let (vw, vh) = (video.video_width(), video.video_height());
    if vw == 0 || vh == 0 || video.ready_state() < 2 {
        return None;
    }
    let scale = (f64::from(max_side) / f64::from(vw.max(vh))).min(1.0);
    let (w, h) = (((f64::from(vw) * scale) as u32).max(1), ((f64::from(vh) * scale) as u32).max(1));
    canvas.set_width(w);
    canvas.set_height(h);
    let g: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    g.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, f64::from(w), f64::from(h)).ok()?;
    let data = call(&g, "getImageData", &[0.into(), 0.into(), w.into(), h.into()]).ok()?;
    let bytes = get(&data, "data").dyn_into::<js_sys::Uint8ClampedArray>().ok()?.to_vec();
    Some((w as usize, h as usize, bytes))
}

/// The browser's QR detector, when it has one that reads QR codes.
pub struct Detector(JsValue);

impl Detector {
    /// `BarcodeDetector` for QR codes, or `None` (Safari, Firefox, desktop Chromium on
    /// Windows and Linux).
    pub async fn new() -> Option<Detector> {
        let w = web_sys::window()?;
        let ctor: Function = get(&w, "BarcodeDetector").dyn_into().ok()?;
        let formats: Promise = call(&ctor, "getSupportedFormats", &[]).ok()?.dyn_into().ok()?;
        let formats = JsFuture::from(formats).await.ok()?;
        if !Array::from(&formats).includes(&"qr_code".into(), 0) {
            return None;
        }
        let opts = Object::new();
        let _ = Reflect::set(&opts, &"formats".into(), &Array::of1(&"qr_code".into()));
        Reflect::construct(&ctor, &Array::of1(&opts)).ok().map(Detector)
    }

    /// Texts of the QR codes in the video's current frame.
    pub async fn detect(&self, video: &HtmlVideoElement) -> Vec<String> {
        let Some(p) = call(&self.0, "detect", &[video.into()]).ok().and_then(|p| p.dyn_into::<Promise>().ok()) else { return vec![] };
        match JsFuture::from(p).await {
            Ok(found) => Array::from(&found).iter().filter_map(|b| get(&b, "rawValue").as_string()).collect(),
            Err(_) => vec![],
        }
    }
}
