//! Handwriting (vector [`Ink`]) to SVG, and the "is this a real signature?" check.
//!
//! Signatures are stored as strokes of points, never bitmaps; this turns them into a small SVG
//! for the screen, printed letters and exports. Strokes are smoothed with quadratic curves
//! through the midpoints of successive points; when the pen reported pressure, each segment's
//! width follows it. Pure code, shared by the AUP screens and the export helpers.

use crate::domain::records::{Ink, SignMethod, StrokePoint};

/// Base stroke width in pad units (the pad is 1000 units wide).
pub const BASE_WIDTH: f32 = 6.0;

/// Why handwriting is not accepted as a signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InkProblem {
    /// Nothing was drawn.
    Empty,
    /// A dot or a tiny scribble: too little to count as a signature.
    TooShort,
}

/// Minimum total path length (pad units, pad 1000 wide) for a signature.
pub const MIN_LENGTH: f32 = 250.0;
/// Minimum number of points over all strokes.
pub const MIN_POINTS: usize = 12;
/// Minimum extent (width or height of the drawn box) in pad units.
pub const MIN_EXTENT: f32 = 60.0;

fn dist(a: &StrokePoint, b: &StrokePoint) -> f32 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

/// Total drawn length over every stroke, in pad units (scaled to a 1000-wide pad).
pub fn path_length(ink: &Ink) -> f32 {
    let scale = if ink.width > 0.0 { 1000.0 / ink.width } else { 1.0 };
    ink.strokes.iter().map(|s| s.windows(2).map(|w| dist(&w[0], &w[1])).sum::<f32>()).sum::<f32>() * scale
}

/// Accepts real handwriting; refuses an empty pad or a trivially short scribble (a tap, a
/// short line, a tiny squiggle). Thresholds are in 1000-wide pad units, so any screen size
/// gives the same answer.
pub fn check_signature(ink: &Ink) -> Result<(), InkProblem> {
    if let SignMethod::Typed(name) = &ink.method {
        // A typed signature is a name: at least two letters, and no strokes mixed in.
        return match name.chars().filter(|c| c.is_alphabetic()).count() {
            0 => Err(InkProblem::Empty),
            1 => Err(InkProblem::TooShort),
            _ if !ink.strokes.is_empty() => Err(InkProblem::TooShort),
            _ => Ok(()),
        };
    }
    let points: usize = ink.strokes.iter().map(Vec::len).sum();
    if points == 0 {
        return Err(InkProblem::Empty);
    }
    let scale = if ink.width > 0.0 { 1000.0 / ink.width } else { 1.0 };
    let all = ink.strokes.iter().flatten().filter(|p| p.x.is_finite() && p.y.is_finite());
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for p in all {
        x0 = x0.min(p.x);
        y0 = y0.min(p.y);
        x1 = x1.max(p.x);
        y1 = y1.max(p.y);
    }
    let extent = ((x1 - x0).max(y1 - y0)) * scale;
    let len = path_length(ink);
    let big_enough = extent.is_finite() && extent >= MIN_EXTENT;
    if points < MIN_POINTS || !len.is_finite() || len < MIN_LENGTH || !big_enough {
        return Err(InkProblem::TooShort);
    }
    Ok(())
}

fn n(v: f32) -> String {
    // One decimal is plenty for pad units, and keeps the SVG small.
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() { format!("{}", r as i64) } else { format!("{r:.1}") }
}

fn width_for(p: Option<f32>) -> f32 {
    match p {
        // Pressure 0..1 maps to 0.4x..1.6x the base width.
        Some(p) if p.is_finite() => BASE_WIDTH * (0.4 + 1.2 * p.clamp(0.0, 1.0)),
        _ => BASE_WIDTH,
    }
}

fn mid(a: &StrokePoint, b: &StrokePoint) -> (f32, f32) {
    ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)
}

/// The smoothed path data for a stroke: `M` first point, quadratic curves through midpoints
/// with the points as controls, `L` to the last point.
pub fn stroke_path(s: &[StrokePoint]) -> String {
    match s {
        [] => String::new(),
        [a] => format!("M{} {}l0.1 0", n(a.x), n(a.y)),
        [a, b] => format!("M{} {}L{} {}", n(a.x), n(a.y), n(b.x), n(b.y)),
        _ => {
            let mut d = format!("M{} {}", n(s[0].x), n(s[0].y));
            let (mx, my) = mid(&s[0], &s[1]);
            d.push_str(&format!("L{} {}", n(mx), n(my)));
            for i in 1..s.len() - 1 {
                let (mx, my) = mid(&s[i], &s[i + 1]);
                d.push_str(&format!("Q{} {} {} {}", n(s[i].x), n(s[i].y), n(mx), n(my)));
            }
            let last = &s[s.len() - 1];
            d.push_str(&format!("L{} {}", n(last.x), n(last.y)));
            d
        }
    }
}

/// Renders ink as a standalone SVG (viewBox in pad units, scales to any size). `label` is the
/// accessible name (e.g. "Signature of Ann Bell"); it is XML-escaped.
pub fn to_svg(ink: &Ink, label: &str) -> String {
    let w = if ink.width > 0.0 { ink.width } else { 1000.0 };
    let h = if ink.height > 0.0 { ink.height } else { 400.0 };
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" aria-label="{}" class="ink"><g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">"#,
        n(w),
        n(h),
        escape(label)
    );
    if let SignMethod::Typed(name) = &ink.method {
        // Shown as typed, never as handwriting: the name in plain italic text on the line, and
        // a keyboard symbol, with `data-method` for styling and exports.
        out = out.replacen(r#"class="ink">"#, r#"class="ink" data-method="typed">"#, 1);
        out.push_str(&format!(
            r#"</g><text x="{}" y="{}" font-family="sans-serif" font-style="italic" font-size="{}" fill="currentColor">{}</text><text x="{}" y="{}" font-family="sans-serif" font-size="{}" fill="currentColor" text-anchor="end" aria-hidden="true">&#x2328;</text></svg>"#,
            n(w * 0.05),
            n(h * 0.62),
            n(h * 0.22),
            escape(name),
            n(w * 0.97),
            n(h * 0.95),
            n(h * 0.14),
        ));
        return out;
    }
    for s in ink.strokes.iter().filter(|s| !s.is_empty()) {
        let has_pressure = s.iter().any(|p| p.p.is_some());
        if !has_pressure || s.len() < 3 {
            let width = width_for(s.iter().find_map(|p| p.p));
            out.push_str(&format!(r#"<path d="{}" stroke-width="{}"/>"#, stroke_path(s), n(width)));
        } else {
            // One smoothed segment per point, each as wide as the pressure there.
            for i in 1..s.len() - 1 {
                let (ax, ay) = if i == 1 { (s[0].x, s[0].y) } else { mid(&s[i - 1], &s[i]) };
                let (bx, by) = if i == s.len() - 2 { (s[i + 1].x, s[i + 1].y) } else { mid(&s[i], &s[i + 1]) };
                out.push_str(&format!(
                    r#"<path d="M{} {}Q{} {} {} {}" stroke-width="{}"/>"#,
                    n(ax),
                    n(ay),
                    n(s[i].x),
                    n(s[i].y),
                    n(bx),
                    n(by),
                    n(width_for(s[i].p))
                ));
            }
        }
    }
    out.push_str("</g></svg>");
    out
}

/// Escapes text for an XML attribute or text node.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(x: f32, y: f32, t: u32, p: Option<f32>) -> StrokePoint {
        StrokePoint { x, y, t, p }
    }

    fn wave(n: usize, p: Option<f32>) -> Vec<StrokePoint> {
        (0..n).map(|i| pt(100.0 + i as f32 * 20.0, 200.0 + if i % 2 == 0 { 30.0 } else { -30.0 }, i as u32 * 16, p)).collect()
    }

    fn ink(strokes: Vec<Vec<StrokePoint>>) -> Ink {
        Ink { width: 1000.0, height: 400.0, strokes, method: Default::default() }
    }

    #[test]
    fn empty_and_short_scribbles_are_refused() {
        assert_eq!(check_signature(&ink(vec![])), Err(InkProblem::Empty));
        assert_eq!(check_signature(&ink(vec![vec![]])), Err(InkProblem::Empty));
        // A tap.
        assert_eq!(check_signature(&ink(vec![vec![pt(10.0, 10.0, 0, None)]])), Err(InkProblem::TooShort));
        // A short dash of many points.
        let dash: Vec<_> = (0..30).map(|i| pt(100.0 + i as f32, 100.0, i, None)).collect();
        assert_eq!(check_signature(&ink(vec![dash])), Err(InkProblem::TooShort));
        // A tiny squiggle: long-ish path but all inside a small box.
        let squiggle: Vec<_> = (0..80).map(|i| pt(100.0 + (i % 2) as f32 * 20.0, 100.0 + (i % 3) as f32 * 10.0, i, None)).collect();
        assert_eq!(check_signature(&ink(vec![squiggle])), Err(InkProblem::TooShort));
        // A real signature.
        assert_eq!(check_signature(&ink(vec![wave(20, None), wave(10, Some(0.7))])), Ok(()));
    }

    #[test]
    fn thresholds_do_not_depend_on_pad_size() {
        let mut small = ink(vec![wave(20, None)]);
        assert_eq!(check_signature(&small), Ok(()));
        // The same drawing on a pad described at half the scale is the same signature.
        small.width = 500.0;
        for p in small.strokes[0].iter_mut() {
            p.x /= 2.0;
            p.y /= 2.0;
        }
        assert_eq!(check_signature(&small), Ok(()));
        assert!((path_length(&small) - path_length(&ink(vec![wave(20, None)]))).abs() < 0.5);
    }

    #[test]
    fn svg_has_one_smoothed_path_per_stroke_without_pressure() {
        let svg = to_svg(&ink(vec![wave(5, None), wave(3, None)]), "Signature of <Ann>");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"viewBox="0 0 1000 400""#));
        assert!(svg.contains("aria-label=\"Signature of &lt;Ann&gt;\""));
        assert_eq!(svg.matches("<path").count(), 2);
        assert!(svg.contains("Q"), "strokes are smoothed with curves: {svg}");
        assert!(svg.contains(r#"stroke-width="6""#));
        let d = stroke_path(&wave(3, None));
        assert_eq!(d, "M100 230L110 200Q120 170 130 200L140 230");
    }

    #[test]
    fn pressure_sets_the_width() {
        let mut s = wave(6, Some(0.0));
        s[3].p = Some(1.0);
        let svg = to_svg(&ink(vec![s]), "x");
        assert_eq!(svg.matches("<path").count(), 4);
        assert!(svg.contains(r#"stroke-width="2.4""#), "light pressure is thin: {svg}");
        assert!(svg.contains(r#"stroke-width="9.6""#), "firm pressure is thick: {svg}");
    }

    #[test]
    fn typed_signatures_are_checked_and_shown_as_typed() {
        let typed = |name: &str| Ink { method: SignMethod::Typed(name.into()), ..ink(vec![]) };
        assert_eq!(check_signature(&typed("Zoë <B>")), Ok(()));
        assert_eq!(check_signature(&typed("  ")), Err(InkProblem::Empty));
        assert_eq!(check_signature(&typed("Z.")), Err(InkProblem::TooShort));
        let svg = to_svg(&typed("Zoë <B>"), "Signature");
        assert!(svg.contains(r#"data-method="typed""#), "{svg}");
        assert!(svg.contains(">Zoë &lt;B&gt;</text>"), "{svg}");
        assert!(!svg.contains("<path"), "a typed signature has no handwriting: {svg}");
        // Drawn signatures are not marked as typed.
        assert!(!to_svg(&ink(vec![vec![]]), "x").contains("typed"));
    }

    #[test]
    fn a_dot_still_renders() {
        let svg = to_svg(&ink(vec![vec![pt(5.0, 5.0, 0, None)]]), "x");
        assert!(svg.contains("M5 5l0.1 0"));
        assert_eq!(n(12.34), "12.3");
        assert_eq!(n(-0.04), "0");
    }
}
