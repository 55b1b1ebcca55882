//! Carries a school's own AUP wording to a parent's phone inside the letter link.
//!
//! The phone has no server to ask and only knows the built-in texts. When the school has
//! published an edited text, the letter link (and its QR code) also carries that text in its
//! `#a=` fragment, compactly: every part that is the same as the built-in text is sent as a
//! reference (a field flag, or the built-in statement's position), only changed or new parts
//! travel as text, and the whole is deflated and base64url-encoded. A realistic edit (a few
//! changed promises) adds tens of characters; even a fully rewritten 12-promise text stays
//! well inside one scannable QR code (see the tests).
//!
//! The text is **not** trusted as sent: the phone rebuilds the [`Aup`], recomputes its content
//! hash and accepts it only when it equals the hash inside the letter token, whose HMAC tag the
//! school checks when the return comes back. Changing one character of the carried text
//! therefore makes the phone refuse it. Decoding never panics: sizes are capped before
//! inflating and every read is bounds-checked.

use crate::content::model::aup::{Aup, AupStatement};
use crate::domain::aup::content_hash;
use crate::domain::aup_token::{R, W};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Layout version of the carried text.
const TEXT_VERSION: u8 = 1;
/// Longest carried text accepted (characters of base64url).
const MAX_CODE_CHARS: usize = 12_000;
/// Most bytes the inflated text may have (guards against deflate bombs).
const MAX_INFLATED: usize = 32 * 1024;
/// Longest single field accepted (bytes).
const MAX_FIELD: usize = 4_000;
/// Most statements accepted.
const MAX_STATEMENTS: u64 = 200;
/// Highest deflate level miniz_oxide offers: the text is small, so size wins over speed.
const DEFLATE_LEVEL: u8 = 10;
/// The fragment key in a letter link: `.../parent/sign?t=TOKEN#a=TEXT`.
pub const FRAGMENT_KEY: &str = "a=";

/// Why the phone refused the carried text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextError {
    /// Not a carried text, cut short or garbled.
    Malformed,
    /// It decodes, but it is not the text the school's letter was issued for.
    HashMismatch,
}

fn field(w: &mut W, value: &str, builtin: &str) {
    if value == builtin {
        w.u8(0);
    } else {
        w.u8(1);
        w.bytes(value.as_bytes());
    }
}

fn read_field(r: &mut R<'_>, builtin: &str) -> Option<String> {
    match r.u8()? {
        0 => Some(builtin.to_string()),
        1 => String::from_utf8(r.bytes(MAX_FIELD)?.to_vec()).ok(),
        _ => None,
    }
}

/// Encodes `text` relative to `builtin` for a letter link. Only the parts a signer agrees to
/// travel (title, intro, promises, pledge, parent statement); the covering letter stays on
/// paper. `None` when the text is exactly the built-in one (the phone has it already).
pub fn encode(text: &Aup, builtin: &Aup) -> Option<String> {
    if content_hash(text) == content_hash(builtin) {
        return None;
    }
    let mut w = W::default();
    w.u8(TEXT_VERSION);
    field(&mut w, &text.title, &builtin.title);
    field(&mut w, &text.intro, &builtin.intro);
    w.varint(text.statements.len() as u64);
    for s in &text.statements {
        // A built-in promise, unchanged: just its position (1-based; 0 means "text follows").
        match builtin.statements.iter().position(|b| b.text == s.text && b.picture == s.picture) {
            Some(i) => w.varint(i as u64 + 1),
            None => {
                w.varint(0);
                w.bytes(s.text.as_bytes());
                w.bytes(s.picture.as_deref().unwrap_or("").as_bytes());
            }
        }
    }
    field(&mut w, &text.pledge, &builtin.pledge);
    field(&mut w, &text.parent_statement, &builtin.parent_statement);
    Some(URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&w.0, DEFLATE_LEVEL)))
}

/// Rebuilds a carried text against `builtin`, without checking its hash.
pub fn decode(code: &str, builtin: &Aup) -> Result<Aup, TextError> {
    let code = code.trim();
    if code.is_empty() || code.len() > MAX_CODE_CHARS {
        return Err(TextError::Malformed);
    }
    let deflated = URL_SAFE_NO_PAD.decode(code.as_bytes()).map_err(|_| TextError::Malformed)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED).map_err(|_| TextError::Malformed)?;
    let mut r = R(&bytes);
    let parsed = (|| {
        if r.u8()? != TEXT_VERSION {
            return None;
        }
        let mut out = builtin.clone();
        out.title = read_field(&mut r, &builtin.title)?;
        out.intro = read_field(&mut r, &builtin.intro)?;
        let n = r.varint()?;
        if n > MAX_STATEMENTS {
            return None;
        }
        let mut statements = vec![];
        let mut fresh = 0;
        for _ in 0..n {
            let k = usize::try_from(r.varint()?).ok()?;
            if k == 0 {
                let text = String::from_utf8(r.bytes(MAX_FIELD)?.to_vec()).ok()?;
                let picture = String::from_utf8(r.bytes(MAX_FIELD)?.to_vec()).ok()?;
                fresh += 1;
                statements.push(AupStatement { id: format!("school-{fresh}"), text, picture: (!picture.is_empty()).then_some(picture) });
            } else {
                statements.push(builtin.statements.get(k - 1)?.clone());
            }
        }
        out.statements = statements;
        out.pledge = read_field(&mut r, &builtin.pledge)?;
        out.parent_statement = read_field(&mut r, &builtin.parent_statement)?;
        r.0.is_empty().then_some(out)
    })();
    parsed.ok_or(TextError::Malformed)
}

/// Rebuilds a carried text and accepts it only if it hashes to `expected_hash` (the hash in
/// the school's tagged letter token), so the wording cannot be altered on the way.
pub fn verified(code: &str, builtin: &Aup, expected_hash: &str) -> Result<Aup, TextError> {
    let text = decode(code, builtin)?;
    if content_hash(&text) != expected_hash {
        return Err(TextError::HashMismatch);
    }
    Ok(text)
}

/// The carried text in a URL fragment (`#a=CODE`, `a=CODE` or `...&a=CODE`), if any.
pub fn from_fragment(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix(FRAGMENT_KEY))
        .filter(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::aup_token::{LetterToken, issue_letter};
    use crate::domain::band::Band;
    use proptest::prelude::*;

    fn builtin() -> Aup {
        crate::content::library().aups.iter().find(|a| a.band == Band::Ks2).unwrap().clone()
    }

    /// A realistic fully school-written 12-promise agreement: nothing shared with the built-in
    /// text, so every word travels (the worst case for the QR code).
    fn rewritten() -> Aup {
        let mut a = builtin();
        a.title = "St Anne's Primary: how we use computers, tablets and the internet".into();
        a.intro = "At St Anne's we use technology to learn, make things and keep in touch. These promises keep all of us safe, kind and fair, in school and at home.".into();
        let promises = [
            "I only use the school tablets and laptops when a member of staff has said I can.",
            "I keep my login and passwords secret, and I never use anyone else's account.",
            "I only open, change or delete my own work, and I save it in my own folder.",
            "I ask my teacher before I download anything or install an app on a school device.",
            "I am polite and kind in every message, comment or picture I send or share online.",
            "I never give out my home address, phone number, school name or photographs online.",
            "I never agree to meet someone I only know online unless my parent or carer comes too.",
            "If something online upsets me or makes me feel uncomfortable, I tell a trusted adult.",
            "I check with an adult before I believe or share something that might not be true.",
            "I only take photos or videos of other people when they and my teacher have agreed.",
            "I know the school can check how I use its devices and the internet to keep me safe.",
            "I understand that if I break these promises I may not be allowed to use the devices.",
        ];
        a.statements = promises.iter().enumerate().map(|(i, t)| AupStatement { id: format!("s{i}"), text: (*t).into(), picture: None }).collect();
        a.pledge = "I have read these promises with an adult, I understand them, and I will keep them all year.".into();
        a.parent_statement = "I have talked this agreement through with my child and I will help them keep to it at home and at school.".into();
        a
    }

    /// A typical edit: one promise reworded, one added.
    fn edited() -> Aup {
        let mut a = builtin();
        a.statements[2].text = "I only open, change or delete my own files and folders.".into();
        a.statements.push(AupStatement { id: String::new(), text: "I switch devices off at bedtime.".into(), picture: None });
        a
    }

    #[test]
    fn builtin_text_needs_nothing_carried() {
        assert_eq!(encode(&builtin(), &builtin()), None);
    }

    #[test]
    fn round_trip_gives_the_same_hash() {
        let b = builtin();
        for text in [edited(), rewritten()] {
            let code = encode(&text, &b).unwrap();
            assert!(code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{code}");
            let back = verified(&code, &b, &content_hash(&text)).unwrap();
            assert_eq!(back.statements.iter().map(|s| &s.text).collect::<Vec<_>>(), text.statements.iter().map(|s| &s.text).collect::<Vec<_>>());
            assert_eq!(back.title, text.title);
            assert_eq!(back.parent_statement, text.parent_statement);
            assert_eq!(content_hash(&back), content_hash(&text));
            // Unchanged built-in promises keep their ids (so their translations still apply).
            assert_eq!(back.id, b.id);
        }
        let back = decode(&encode(&edited(), &b).unwrap(), &b).unwrap();
        assert_eq!(back.statements[0].id, b.statements[0].id);
        assert_eq!(back.statements[0].picture, b.statements[0].picture);
    }

    #[test]
    fn a_typical_edit_is_tiny() {
        let code = encode(&edited(), &builtin()).unwrap();
        assert!(code.len() <= 150, "carried edit is {} chars", code.len());
    }

    #[test]
    fn tampered_text_is_refused() {
        let b = builtin();
        let text = edited();
        let hash = content_hash(&text);
        // Someone rewords a promise and re-encodes it: it decodes fine but the hash differs.
        let mut other = text.clone();
        other.statements[2].text = "I can open anyone's files.".into();
        let forged = encode(&other, &b).unwrap();
        assert!(decode(&forged, &b).is_ok());
        assert_eq!(verified(&forged, &b, &hash), Err(TextError::HashMismatch));
        // Bit flips in the carried bytes are never accepted.
        let mut bytes = URL_SAFE_NO_PAD.decode(encode(&text, &b).unwrap()).unwrap();
        for i in 0..bytes.len() {
            for bit in 0..8 {
                bytes[i] ^= 1 << bit;
                let r = verified(&URL_SAFE_NO_PAD.encode(&bytes), &b, &hash);
                assert!(r.is_err(), "flip of bit {bit} in byte {i} accepted");
                bytes[i] ^= 1 << bit;
            }
        }
        // Built-in text offered for an edited letter: refused too.
        assert_eq!(verified(&encode(&rewritten(), &b).unwrap(), &b, &hash), Err(TextError::HashMismatch));
        assert_eq!(verified("", &b, &hash), Err(TextError::Malformed));
        assert_eq!(verified("!!!", &b, &hash), Err(TextError::Malformed));
    }

    #[test]
    fn fragment_is_found() {
        assert_eq!(from_fragment("#a=abc_-1"), Some("abc_-1"));
        assert_eq!(from_fragment("x=1&a=abc"), Some("abc"));
        assert_eq!(from_fragment("#a="), None);
        assert_eq!(from_fragment(""), None);
    }

    /// The letter link for the worst case still fits one QR code a phone reads off paper.
    #[test]
    fn worst_case_letter_link_fits_a_scannable_qr_code() {
        let b = builtin();
        let text = rewritten();
        let token = issue_letter(
            &LetterToken {
                school_ref: "SCH-7F3A".into(),
                pupil_id: "pupil_AAECAwQFBgcICQoLDA0ODw".into(),
                pupil_name: "Alexandra-Rose W.".into(),
                aup_id: b.id.clone(),
                aup_hash: content_hash(&text),
                issued: chrono::NaiveDate::from_ymd_opt(2026, 9, 14).unwrap(),
            },
            b"school-key-of-thirty-two-bytes!!",
        )
        .unwrap();
        let origin = "https://bytesmart.stannes-primary.example.sch.uk";
        let plain_link = format!("{origin}/parent/sign?t={token}");
        let edited_link = format!("{origin}/parent/sign?t={token}#a={}", encode(&edited(), &b).unwrap());
        let full_link = format!("{origin}/parent/sign?t={token}#a={}", encode(&text, &b).unwrap());
        let version = |s: &str| match qrcode::QrCode::with_error_correction_level(s.as_bytes(), qrcode::EcLevel::L).unwrap().version() {
            qrcode::Version::Normal(v) => v,
            qrcode::Version::Micro(v) => v,
        };
        let (ve, vf) = (version(&edited_link), version(&full_link));
        println!("plain letter link: {} chars, QR version {}", plain_link.len(), version(&plain_link));
        println!("typical edit: {} chars, QR version {ve} ({m}x{m} modules)", edited_link.len(), m = 17 + 4 * ve);
        println!("fully rewritten 12 promises: {} chars, QR version {vf} ({m}x{m} modules)", full_link.len(), m = 17 + 4 * vf);
        // A typical edit adds about 140 characters: version 12 or 13 (65-69 modules).
        assert!(ve <= 13, "typical edit needs QR version {ve}");
        // Printed 55 mm wide, version 25 (117 modules) gives 0.47 mm modules: readable by
        // phone cameras from a sheet of paper.
        assert!(vf <= 25, "rewritten text needs QR version {vf}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..800)) {
            let b = builtin();
            let _ = decode(&URL_SAFE_NO_PAD.encode(&bytes), &b);
            // Valid deflate around arbitrary bytes reaches the parser too.
            let deflated = miniz_oxide::deflate::compress_to_vec(&bytes, 1);
            let _ = verified(&URL_SAFE_NO_PAD.encode(&deflated), &b, "00");
        }

        #[test]
        fn arbitrary_text_never_panics(s in ".{0,300}") {
            let _ = decode(&s, &builtin());
            let _ = from_fragment(&s);
        }

        #[test]
        fn edited_texts_round_trip(texts in proptest::collection::vec("\\PC{1,140}", 1..15), keep in 0usize..14) {
            let b = builtin();
            let mut a = b.clone();
            a.statements.truncate(keep);
            a.statements.extend(texts.into_iter().map(|t| AupStatement { id: String::new(), text: t, picture: None }));
            if let Some(code) = encode(&a, &b) {
                let back = verified(&code, &b, &content_hash(&a));
                prop_assert!(back.is_ok());
            }
        }
    }
}
