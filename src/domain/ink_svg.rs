//! Handwriting (Ink) as SVG, so printed AUP sheets and exported bundles show signatures as
//! crisp vectors that any browser or image viewer opens, without keeping a bitmap.

use crate::domain::records::Ink;
use std::fmt::Write as _;

/// Escapes text for use inside SVG/HTML element content or a double-quoted attribute.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// One `<svg>` element drawing every stroke as a polyline path. `title` becomes the
/// accessible name (e.g. "Signature of Amy B."). Empty ink gives an empty, still valid SVG.
pub fn ink_to_svg(ink: &Ink, title: &str) -> String {
    let w = if ink.width.is_finite() && ink.width > 0.0 { ink.width } else { 1000.0 };
    let h = if ink.height.is_finite() && ink.height > 0.0 { ink.height } else { 400.0 };
    let mut d = String::new();
    for stroke in &ink.strokes {
        let pts: Vec<_> = stroke.iter().filter(|p| p.x.is_finite() && p.y.is_finite()).collect();
        match pts.as_slice() {
            [] => {}
            [only] => {
                // A dot: a zero-length segment drawn with round caps.
                let _ = write!(d, "M{:.1} {:.1}l0.1 0", only.x, only.y);
            }
            [first, rest @ ..] => {
                let _ = write!(d, "M{:.1} {:.1}", first.x, first.y);
                for p in rest {
                    let _ = write!(d, "L{:.1} {:.1}", p.x, p.y);
                }
            }
        }
    }
    let title = xml_escape(title);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{title}\">\
<title>{title}</title><path d=\"{d}\" fill=\"none\" stroke=\"#000\" stroke-width=\"6\" \
stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::StrokePoint;

    fn pt(x: f32, y: f32) -> StrokePoint {
        StrokePoint { x, y, t: 0, p: None }
    }

    #[test]
    fn strokes_become_one_path_and_titles_are_escaped() {
        let ink = Ink { width: 1000.0, height: 400.0, strokes: vec![vec![pt(1.0, 2.0), pt(3.0, 4.0)], vec![pt(5.0, 5.0)]] };
        let svg = ink_to_svg(&ink, "Sam <&> \"Jo\"");
        assert!(svg.contains("viewBox=\"0 0 1000 400\""));
        assert!(svg.contains("d=\"M1.0 2.0L3.0 4.0M5.0 5.0l0.1 0\""));
        assert!(svg.contains("<title>Sam &lt;&amp;&gt; &quot;Jo&quot;</title>"));
        assert!(!svg.contains("<&>"));
    }

    #[test]
    fn empty_or_broken_ink_still_gives_valid_svg() {
        let svg = ink_to_svg(&Ink { width: f32::NAN, height: 0.0, strokes: vec![vec![], vec![pt(f32::NAN, 1.0)]] }, "x");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("d=\"\""));
    }
}
