//! A signature pad: a canvas driven by pointer events (finger, pen with pressure, mouse).
//!
//! Strokes are recorded as vectors in pad units (1000 wide, [`PAD_HEIGHT`] high), never as
//! pixels, so the pad can be any size on screen and keeps the drawing when the window is
//! resized or the tablet rotates: the canvas is simply redrawn from the strokes. The drawing is
//! smoothed with quadratic curves through midpoints, the same way `ink_svg` renders it.

use crate::domain::records::{Ink, SignMethod, StrokePoint};
use crate::ui::i18n::t;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, PointerEvent};

/// Pad width in pad units.
pub const PAD_WIDTH: f32 = 1000.0;
/// Pad height in pad units (the canvas keeps this 5:2 shape).
pub const PAD_HEIGHT: f32 = 400.0;

/// An empty drawing of the pad's size.
pub fn empty_ink() -> Ink {
    Ink { width: PAD_WIDTH, height: PAD_HEIGHT, strokes: vec![], method: SignMethod::Drawn }
}

fn ctx(c: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    c.get_context("2d").ok()??.dyn_into().ok()
}

/// Sizes the canvas backing store to its on-screen size and redraws every stroke.
fn redraw(c: &HtmlCanvasElement, ink: &Ink) {
    let w = c.client_width().max(1) as f64;
    let h = c.client_height().max(1) as f64;
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).max(1.0);
    let (pw, ph) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if c.width() != pw || c.height() != ph {
        c.set_width(pw);
        c.set_height(ph);
    }
    let Some(g) = ctx(c) else { return };
    let _ = g.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    g.clear_rect(0.0, 0.0, pw as f64, ph as f64);
    let sx = pw as f64 / f64::from(ink.width.max(1.0));
    let sy = ph as f64 / f64::from(ink.height.max(1.0));
    let _ = g.scale(sx, sy);
    let color = web_sys::window()
        .and_then(|w| w.get_computed_style(c).ok().flatten())
        .and_then(|s| s.get_property_value("color").ok())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "#111".into());
    g.set_stroke_style_str(&color);
    g.set_fill_style_str(&color);
    g.set_line_cap("round");
    g.set_line_join("round");
    for s in &ink.strokes {
        draw_stroke(&g, s);
    }
}

fn width(p: Option<f32>) -> f64 {
    f64::from(match p {
        Some(p) => crate::domain::ink_svg::BASE_WIDTH * (0.4 + 1.2 * p.clamp(0.0, 1.0)),
        None => crate::domain::ink_svg::BASE_WIDTH,
    })
}

fn draw_stroke(g: &CanvasRenderingContext2d, s: &[StrokePoint]) {
    let f = |v: f32| f64::from(v);
    match s {
        [] => {}
        [a] => {
            g.begin_path();
            let _ = g.arc(f(a.x), f(a.y), width(a.p) / 2.0, 0.0, std::f64::consts::TAU);
            g.fill();
        }
        _ => {
            // Segment by segment so pressure can change the width along the stroke.
            for i in 0..s.len() - 1 {
                let a = &s[i];
                let b = &s[i + 1];
                g.begin_path();
                g.set_line_width(width(b.p));
                let start = if i == 0 { (f(a.x), f(a.y)) } else { ((f(s[i - 1].x) + f(a.x)) / 2.0, (f(s[i - 1].y) + f(a.y)) / 2.0) };
                g.move_to(start.0, start.1);
                let end = ((f(a.x) + f(b.x)) / 2.0, (f(a.y) + f(b.y)) / 2.0);
                if i == 0 {
                    g.line_to(end.0, end.1);
                } else {
                    g.quadratic_curve_to(f(a.x), f(a.y), end.0, end.1);
                }
                if i == s.len() - 2 {
                    g.line_to(f(b.x), f(b.y));
                }
                g.stroke();
            }
        }
    }
}

/// The pad with Clear and Undo. `ink` holds the drawing (in pad units) for the caller to save.
#[component]
pub fn SignaturePad(
    /// The drawing; the pad writes every stroke here.
    ink: RwSignal<Ink>,
    /// Accessible name, e.g. "Sign here with your finger".
    #[prop(into)]
    label: Signal<String>,
    /// When given, offers "I can't draw: sign by typing my name" (for keyboard-only and other
    /// users who cannot draw). True while typing is chosen; the caller then records the typed
    /// name as a [`SignMethod::Typed`] signature and the canvas is hidden.
    #[prop(default = None)]
    typed: Option<RwSignal<bool>>,
    /// The language the pad's own buttons speak when it differs from the device's (the parent
    /// picks theirs on the phone); None follows the device language.
    #[prop(default = None)]
    locale: Option<Signal<String>>,
) -> impl IntoView {
    let t = move |k: &str| match locale {
        Some(code) => crate::ui::i18n::t_in(&code.get(), k, &[]),
        None => crate::ui::i18n::t(k),
    };
    let canvas = NodeRef::<html::Canvas>::new();
    let typing = move || typed.is_some_and(|t| t.get());
    // Pointer currently drawing, and when its stroke started (ms, event clock).
    let active = StoredValue::new(None::<(i32, f64)>);

    Effect::new(move |_| {
        let drawing = ink.get();
        if let Some(c) = canvas.get() {
            redraw(&c, &drawing);
        }
    });

    // Redraw from the vectors whenever the pad changes size (resize, rotation, zoom).
    Effect::new(move |_| {
        let Some(c) = canvas.get() else { return };
        let cb = Closure::<dyn FnMut()>::new(move || {
            if let Some(c) = canvas.get_untracked() {
                redraw(&c, &ink.get_untracked());
            }
        });
        if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(&c);
            let obs = send_wrapper::SendWrapper::new(obs);
            on_cleanup(move || obs.disconnect());
        }
        cb.forget();
    });

    let point = move |ev: &PointerEvent, start: f64| -> Option<StrokePoint> {
        let c = canvas.get_untracked()?;
        let r = c.get_bounding_client_rect();
        if r.width() <= 0.0 || r.height() <= 0.0 {
            return None;
        }
        let cur = ink.get_untracked();
        let x = ((f64::from(ev.client_x()) - r.left()) / r.width() * f64::from(cur.width)) as f32;
        let y = ((f64::from(ev.client_y()) - r.top()) / r.height() * f64::from(cur.height)) as f32;
        // Only pens report real pressure; mice and most fingers report a constant.
        let p = (ev.pointer_type() == "pen" && ev.pressure() > 0.0).then(|| ev.pressure());
        let t = (ev.time_stamp() - start).max(0.0) as u32;
        Some(StrokePoint { x: x.clamp(0.0, cur.width), y: y.clamp(0.0, cur.height), t, p })
    };

    let down = move |ev: PointerEvent| {
        if ev.button() > 0 {
            return;
        }
        ev.prevent_default();
        if let Some(c) = canvas.get_untracked() {
            let _ = c.set_pointer_capture(ev.pointer_id());
        }
        let start = ev.time_stamp();
        active.set_value(Some((ev.pointer_id(), start)));
        if let Some(p) = point(&ev, start) {
            ink.update(|i| i.strokes.push(vec![p]));
        }
    };
    let mv = move |ev: PointerEvent| {
        let Some((id, start)) = active.get_value() else { return };
        if id != ev.pointer_id() {
            return;
        }
        ev.prevent_default();
        if let Some(p) = point(&ev, start) {
            ink.update(|i| {
                if let Some(s) = i.strokes.last_mut() {
                    // Skip points that did not move (keeps strokes small).
                    if s.last().is_none_or(|l| (l.x - p.x).abs() + (l.y - p.y).abs() >= 0.5) {
                        s.push(p);
                    }
                }
            });
        }
    };
    let up = move |ev: PointerEvent| {
        if active.get_value().is_some_and(|(id, _)| id == ev.pointer_id()) {
            active.set_value(None);
        }
    };

    view! {
        <div class="signature-pad" data-method=move || if typing() { "typed" } else { "drawn" }>
            <canvas
                hidden=move || typing()
                node_ref=canvas
                class="signature-canvas"
                role="img"
                aria-label=move || label.get()
                on:pointerdown=down
                on:pointermove=mv
                on:pointerup=up
                on:pointercancel=up
                on:lostpointercapture=up
            ></canvas>
            <div class="signature-actions" hidden=move || typing()>
                <button
                    type="button"
                    class="button"
                    data-action="undo"
                    disabled=move || ink.with(|i| i.strokes.is_empty())
                    on:click=move |_| ink.update(|i| {
                        i.strokes.pop();
                    })
                >
                    {move || t("aup-pad-undo")}
                </button>
                <button
                    type="button"
                    class="button"
                    data-action="clear"
                    disabled=move || ink.with(|i| i.strokes.is_empty())
                    on:click=move |_| ink.update(|i| i.strokes.clear())
                >
                    {move || t("aup-pad-clear")}
                </button>
            </div>
            {typed.map(|on| view! {
                <button
                    type="button"
                    class="button"
                    data-action="type-instead"
                    aria-pressed=move || if on.get() { "true" } else { "false" }
                    on:click=move |_| on.update(|v| *v = !*v)
                >
                    {move || t("aup-type-instead")}
                </button>
            })}
            <p class="aup-note" hidden=move || !typing()>{move || t("aup-typed-note")}</p>
        </div>
    }
}

/// Shows stored handwriting as SVG (for confirmation screens, lists and letters).
#[component]
pub fn InkView(
    /// The handwriting.
    #[prop(into)]
    ink: Signal<Ink>,
    /// Accessible name.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let typed = move || matches!(ink.with(|i| i.method.clone()), SignMethod::Typed(_));
    view! {
        <div class="ink-view" data-method=move || if typed() { "typed" } else { "drawn" }>
            <div inner_html=move || crate::domain::ink_svg::to_svg(&ink.get(), &label.get())></div>
            {move || typed().then(|| view! { <p class="ink-method">{t("aup-typed-caption")}</p> })}
        </div>
    }
}
