//! Reads a parent's return QR code from one camera frame, in pure Rust.
//!
//! Safari on iPad, Firefox, and Chromium on Windows and Linux have no `BarcodeDetector`, so the
//! school device draws camera frames to a canvas and hands the pixels here. The decoder is
//! `rqrr` (a pure-Rust port of quirc); frames are converted to grey and downscaled so a frame
//! costs little on a school tablet. Only ByteSmart return codes are accepted; anything else in
//! view (another QR code, a web link) is ignored so the camera keeps looking.

use crate::domain::aup_token::{extract_code, read_return};

/// Largest frame side handed to the decoder (bigger frames are sampled down to this).
pub const MAX_SIDE: usize = 800;

/// Grey level (0 black .. 255 white) of RGBA pixel `i`.
fn luma(rgba: &[u8], i: usize) -> u8 {
    let p = &rgba[i * 4..i * 4 + 4];
    let (r, g, b, a) = (u32::from(p[0]), u32::from(p[1]), u32::from(p[2]), u32::from(p[3]));
    // Transparent pixels count as white paper.
    let y = (r * 299 + g * 587 + b * 114) / 1000;
    ((y * a + 255 * (255 - a)) / 255) as u8
}

/// Every QR code text found in an RGBA frame (`width * height * 4` bytes), downscaled to at
/// most [`MAX_SIDE`]. A frame of the wrong size gives nothing.
pub fn qr_texts(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || width.checked_mul(height).and_then(|n| n.checked_mul(4)) != Some(rgba.len()) {
        return vec![];
    }
    let step = width.max(height).div_ceil(MAX_SIDE).max(1);
    let (w, h) = (width / step, height / step);
    if w < 21 || h < 21 {
        return vec![];
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| luma(rgba, (y * step) * width + x * step));
    img.detect_grids().into_iter().filter_map(|g| g.decode().ok().map(|(_, text)| text)).collect()
}

/// The first ByteSmart return code in a frame, if there is one. The full checks (tag, school,
/// pupil, hash) happen on import; this only skips QR codes that are not returns at all.
pub fn return_in_frame(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    qr_texts(width, height, rgba).into_iter().find(|t| read_return(t).is_ok()).map(|t| extract_code(&t).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Draws a QR code for `text` as RGBA, `scale` pixels per module, centred on a `w`x`h`
    /// grey-ish background (like a phone screen held up to a camera).
    fn frame(text: &str, scale: usize, w: usize, h: usize) -> Vec<u8> {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).unwrap();
        let n = code.width();
        let colors = code.to_colors();
        let side = (n + 8) * scale;
        let (ox, oy) = ((w - side) / 2, (h - side) / 2);
        let mut out = vec![0u8; w * h * 4];
        for y in 0..h {
            for x in 0..w {
                let mut v = 200u8;
                if (ox..ox + side).contains(&x) && (oy..oy + side).contains(&y) {
                    v = 255;
                    let (mx, my) = ((x - ox) / scale, (y - oy) / scale);
                    if (4..n + 4).contains(&mx) && (4..n + 4).contains(&my) && colors[(my - 4) * n + (mx - 4)] == qrcode::Color::Dark {
                        v = 20;
                    }
                }
                let i = (y * w + x) * 4;
                out[i..i + 4].copy_from_slice(&[v, v, v, 255]);
            }
        }
        out
    }

    fn a_return() -> String {
        use crate::domain::aup_token::{issue_letter, make_return, read_letter, LetterToken, ParentReply};
        use crate::domain::records::{Ink, StrokePoint};
        let letter = LetterToken {
            school_ref: "SCH-7F3A".into(),
            pupil_id: "pupil_AAECAwQFBgcICQoLDA0ODw".into(),
            pupil_name: "Grace H.".into(),
            aup_id: "aup-ks2".into(),
            aup_hash: "3f9a0c4b2d1e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8".into(),
            issued: chrono::NaiveDate::from_ymd_opt(2026, 9, 14).unwrap(),
        };
        let text = issue_letter(&letter, b"school-key-of-thirty-two-bytes!!").unwrap();
        // A wavy two-stroke signature, about what a parent draws with a finger.
        let stroke = |y0: f32| (0..30).map(|i| StrokePoint { x: 100.0 + i as f32 * 25.0, y: y0 + ((i % 4) as f32 - 1.5) * 30.0, t: i * 16, p: None }).collect();
        let reply = ParentReply {
            parent_name: "Helen H".into(),
            relationship: "mother".into(),
            signed_at: chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            locale: "en-GB".into(),
            ink: Ink { width: 1000.0, height: 400.0, strokes: vec![stroke(150.0), stroke(260.0)], method: Default::default() },
        };
        make_return(&read_letter(&text).unwrap(), &reply)
    }

    #[test]
    fn a_return_qr_code_is_read_from_a_camera_sized_frame() {
        let ret = a_return();
        let version = match qrcode::QrCode::with_error_correction_level(ret.as_bytes(), qrcode::EcLevel::L).unwrap().version() {
            qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
        };
        println!("return: {} chars, QR version {version}", ret.len());
        let px = frame(&ret, 4, 640, 640);
        assert_eq!(return_in_frame(640, 640, &px), Some(ret.clone()));
        // A big frame (1280x1280) is sampled down and still read.
        let px = frame(&ret, 8, 1280, 1280);
        assert_eq!(return_in_frame(1280, 1280, &px), Some(ret));
    }

    #[test]
    fn other_qr_codes_and_blank_frames_give_nothing() {
        let px = frame("https://example.org/not-a-return", 6, 400, 400);
        assert_eq!(qr_texts(400, 400, &px), vec!["https://example.org/not-a-return".to_string()]);
        assert_eq!(return_in_frame(400, 400, &px), None);
        assert_eq!(return_in_frame(400, 400, &vec![255; 400 * 400 * 4]), None);
        // Wrong buffer size or tiny frames are refused without looking.
        assert_eq!(return_in_frame(400, 400, &px[..100]), None);
        assert_eq!(return_in_frame(0, 0, &[]), None);
        assert_eq!(return_in_frame(10, 10, &[0; 400]), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn arbitrary_frames_never_panic(w in 0usize..90, h in 0usize..90, seed in any::<u64>(), blocky in any::<bool>()) {
            // Random noise, or random 4x4 blocks (which look more like QR modules).
            let mut s = seed | 1;
            let mut next = move || { s ^= s << 13; s ^= s >> 7; s ^= s << 17; s };
            let cells: Vec<u8> = (0..(w * h)).map(|_| if next() % 2 == 0 { 0 } else { 255 }).collect();
            let mut px = vec![0u8; w * h * 4];
            for y in 0..h {
                for x in 0..w {
                    let v = if blocky { cells[(y / 4) * w + x / 4] } else { cells[y * w + x] };
                    px[(y * w + x) * 4..(y * w + x) * 4 + 4].copy_from_slice(&[v, v, v, 255]);
                }
            }
            let _ = return_in_frame(w, h, &px);
        }
    }
}
