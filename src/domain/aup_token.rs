//! Parent letters and returns: compact, URL-safe, tagged tokens that need no server.
//!
//! A **letter token** (in the link and QR code the teacher prints) names the school, the pupil
//! record, the pupil's display name, the AUP id and hash, and the issue date, and carries a
//! 128-bit HMAC-SHA-256 tag made with the school key, so nobody can make a letter for another
//! pupil or another school. The parent's phone has no school key: it can read a letter but not
//! make one.
//!
//! The parent's **return** embeds the whole letter (so the school re-checks its tag) plus the
//! parent's name, relationship, time, language and handwriting, tagged with HMAC-SHA-256 keyed
//! by the letter's own tag. Only someone holding that family's letter can produce a valid
//! return, and any change to a return after it was made breaks its tag.
//!
//! Decoders never panic and never trust lengths: every read is bounds-checked and every count
//! is capped, so arbitrary bytes only ever give an error.

use crate::domain::academic_year::AcademicYear;
use crate::domain::aup::{hex, unhex32};
use crate::domain::records::{CoSignChannel, CoSignature, Ink, SignMethod, StrokePoint};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, NaiveDate, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

const LETTER_VERSION: u8 = 1;
const RETURN_VERSION: u8 = 3;
/// Returns made before typed signatures existed (no signing method field); still accepted.
const RETURN_VERSION_DRAWN_ONLY: u8 = 2;
const TAG_LEN: usize = 16;
const LETTER_DOMAIN: &[u8] = b"bytesmart-letter/1";
const RETURN_DOMAIN: &[u8] = b"bytesmart-return/1";
/// Longest text field accepted from a token (bytes).
const MAX_STR: usize = 200;
/// Caps on handwriting inside a return, so a crafted return cannot exhaust memory.
const MAX_STROKES: u64 = 500;
const MAX_POINTS: u64 = 20_000;
/// Longest token text accepted at all.
pub const MAX_TOKEN_CHARS: usize = 200_000;

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).expect("valid date")
}

/// What a letter says: who it is for and which AUP text it asks the parent to co-sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterToken {
    /// The school's public fingerprint (`School::school_ref`).
    pub school_ref: String,
    /// Pupil record id.
    pub pupil_id: String,
    /// The pupil's display name, printed on the parent's screen.
    pub pupil_name: String,
    /// AUP id (`aup-<band>`).
    pub aup_id: String,
    /// Hash (hex) of the AUP text in force when the letter was printed.
    pub aup_hash: String,
    /// The day the letter was printed.
    pub issued: NaiveDate,
}

/// A decoded letter with its raw bytes and tag (the parent's phone keeps these for the return).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedLetter {
    /// The fields.
    pub token: LetterToken,
    /// Body bytes the tag covers.
    body: Vec<u8>,
    /// The school's tag.
    tag: [u8; TAG_LEN],
}

/// Why a token or return could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenError {
    /// Not a ByteSmart token, cut short, or garbled.
    Malformed,
    /// Made by (or for) another school.
    OtherSchool,
    /// The tag does not match: made up or altered.
    Forged,
}

/// Why an imported return was refused (nothing is stored in any of these cases).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnRefusal {
    /// Not a ByteSmart return, cut short or garbled.
    Malformed,
    /// The letter or the return was made up or changed after signing.
    Forged,
    /// The letter came from another school.
    OtherSchool,
    /// The school has published a new AUP text since the letter was printed.
    OutdatedAup,
    /// No pupil on this device has that record id.
    UnknownPupil,
    /// This exact return is already recorded.
    AlreadyImported,
    /// The return carries no real signature.
    NoSignature,
}

impl ReturnRefusal {
    /// Fluent key for the message shown to the teacher.
    pub fn message_key(self) -> &'static str {
        match self {
            ReturnRefusal::Malformed => "aup-refused-malformed",
            ReturnRefusal::Forged => "aup-refused-forged",
            ReturnRefusal::OtherSchool => "aup-refused-other-school",
            ReturnRefusal::OutdatedAup => "aup-refused-outdated",
            ReturnRefusal::UnknownPupil => "aup-refused-unknown-pupil",
            ReturnRefusal::AlreadyImported => "aup-refused-already-imported",
            ReturnRefusal::NoSignature => "aup-refused-no-signature",
        }
    }
}

impl From<TokenError> for ReturnRefusal {
    fn from(e: TokenError) -> Self {
        match e {
            TokenError::Malformed => ReturnRefusal::Malformed,
            TokenError::OtherSchool => ReturnRefusal::OtherSchool,
            TokenError::Forged => ReturnRefusal::Forged,
        }
    }
}

// ---- byte writer / reader -------------------------------------------------------------

/// Byte writer shared with `aup_text` (varints, length-prefixed text).
#[derive(Default)]
pub(crate) struct W(pub(crate) Vec<u8>);

impl W {
    pub(crate) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub(crate) fn varint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    pub(crate) fn zigzag(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    pub(crate) fn str(&mut self, s: &str) {
        // Over-long text is cut at a character boundary so the decoder's cap always holds.
        let mut end = s.len().min(MAX_STR);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        self.bytes(&s.as_bytes()[..end]);
    }
}

/// Bounds-checked byte reader shared with `aup_text`.
pub(crate) struct R<'a>(pub(crate) &'a [u8]);

impl<'a> R<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }
    pub(crate) fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }
    pub(crate) fn varint(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    pub(crate) fn zigzag(&mut self) -> Option<i64> {
        let v = self.varint()?;
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
    pub(crate) fn bytes(&mut self, max: usize) -> Option<&'a [u8]> {
        let n = usize::try_from(self.varint()?).ok()?;
        if n > max {
            return None;
        }
        self.take(n)
    }
    pub(crate) fn str(&mut self) -> Option<String> {
        String::from_utf8(self.bytes(MAX_STR)?.to_vec()).ok()
    }
    pub(crate) fn arr<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
}

fn tag(key: &[u8], domain: &[u8], body: &[u8]) -> [u8; TAG_LEN] {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(domain);
    mac.update(body);
    let full = mac.finalize().into_bytes();
    let mut out = [0u8; TAG_LEN];
    out.copy_from_slice(&full[..TAG_LEN]);
    out
}

fn tag_ok(key: &[u8], domain: &[u8], body: &[u8], got: &[u8; TAG_LEN]) -> bool {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(domain);
    mac.update(body);
    mac.verify_truncated_left(got).is_ok()
}

fn decode_text(text: &str) -> Option<Vec<u8>> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() || t.len() > MAX_TOKEN_CHARS {
        return None;
    }
    URL_SAFE_NO_PAD.decode(t.as_bytes()).ok()
}

/// The school key as bytes: the stored base64 decoded, or the raw text if it is not base64.
pub fn key_bytes(school_key: &str) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(school_key)
        .or_else(|_| URL_SAFE_NO_PAD.decode(school_key))
        .unwrap_or_else(|_| school_key.as_bytes().to_vec())
}

// ---- letters ---------------------------------------------------------------------------

fn letter_body(t: &LetterToken) -> Option<Vec<u8>> {
    let hash = unhex32(&t.aup_hash)?;
    let days = u64::try_from((t.issued - epoch()).num_days()).ok()?;
    let mut w = W::default();
    w.u8(LETTER_VERSION);
    w.str(&t.school_ref);
    w.str(&t.pupil_id);
    w.str(&t.pupil_name);
    w.str(&t.aup_id);
    w.0.extend_from_slice(&hash);
    w.varint(days);
    Some(w.0)
}

fn parse_letter(r: &mut R<'_>) -> Option<SignedLetter> {
    let start = r.0;
    if r.u8()? != LETTER_VERSION {
        return None;
    }
    let school_ref = r.str()?;
    let pupil_id = r.str()?;
    let pupil_name = r.str()?;
    let aup_id = r.str()?;
    let hash: [u8; 32] = r.arr()?;
    let days = r.varint()?;
    let issued = epoch().checked_add_days(chrono::Days::new(days.min(200_000)))?;
    let body = start[..start.len() - r.0.len()].to_vec();
    let tag: [u8; TAG_LEN] = r.arr()?;
    Some(SignedLetter { token: LetterToken { school_ref, pupil_id, pupil_name, aup_id, aup_hash: hex(&hash), issued }, body, tag })
}

/// Makes the letter token text for a link/QR code. `None` if the hash is not 64 hex digits
/// or the date is before 2020.
pub fn issue_letter(t: &LetterToken, key: &[u8]) -> Option<String> {
    let mut bytes = letter_body(t)?;
    let tg = tag(key, LETTER_DOMAIN, &bytes);
    bytes.extend_from_slice(&tg);
    Some(URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads a letter without checking its tag (the parent's phone has no school key).
pub fn read_letter(text: &str) -> Result<SignedLetter, TokenError> {
    let bytes = decode_text(text).ok_or(TokenError::Malformed)?;
    let mut r = R(&bytes);
    let l = parse_letter(&mut r).ok_or(TokenError::Malformed)?;
    if !r.0.is_empty() {
        return Err(TokenError::Malformed);
    }
    Ok(l)
}

impl SignedLetter {
    /// Checks the letter came from this school (by reference, then by tag).
    pub fn verify(&self, school_ref: &str, key: &[u8]) -> Result<&LetterToken, TokenError> {
        if self.token.school_ref != school_ref {
            return Err(TokenError::OtherSchool);
        }
        if !tag_ok(key, LETTER_DOMAIN, &self.body, &self.tag) {
            return Err(TokenError::Forged);
        }
        Ok(&self.token)
    }
}

/// Reads and checks a letter token in one go (used by the school device).
pub fn verify_letter(text: &str, school_ref: &str, key: &[u8]) -> Result<LetterToken, TokenError> {
    read_letter(text)?.verify(school_ref, key).cloned()
}

// ---- returns ---------------------------------------------------------------------------

/// What the parent adds on their phone.
#[derive(Clone, Debug, PartialEq)]
pub struct ParentReply {
    /// Parent or carer's name as typed.
    pub parent_name: String,
    /// Relationship to the pupil.
    pub relationship: String,
    /// When they signed.
    pub signed_at: DateTime<Utc>,
    /// The language they read the AUP in.
    pub locale: String,
    /// Their handwriting.
    pub ink: Ink,
}

/// A decoded return: the letter it answers and the parent's reply.
#[derive(Clone, Debug, PartialEq)]
pub struct ParentReturn {
    /// The letter, as printed by the school.
    pub letter: SignedLetter,
    /// The parent's part.
    pub reply: ParentReply,
    body: Vec<u8>,
    tag: [u8; TAG_LEN],
}

fn q(v: f32) -> i64 {
    if v.is_finite() { (v * 10.0).round().clamp(-1.0e9, 1.0e9) as i64 } else { 0 }
}

fn write_ink(w: &mut W, ink: &Ink) {
    w.varint(q(ink.width).max(0) as u64);
    w.varint(q(ink.height).max(0) as u64);
    let strokes: Vec<&Vec<StrokePoint>> = ink.strokes.iter().filter(|s| !s.is_empty()).take(MAX_STROKES as usize).collect();
    w.varint(strokes.len() as u64);
    let mut budget = MAX_POINTS as usize;
    for s in strokes {
        let s = &s[..s.len().min(budget)];
        budget -= s.len();
        w.varint(s.len() as u64);
        let pressure = s.iter().all(|p| p.p.is_some());
        w.u8(pressure as u8);
        let (mut px, mut py, mut pt) = (0i64, 0i64, 0i64);
        for p in s {
            let (x, y, t) = (q(p.x), q(p.y), i64::from(p.t));
            w.zigzag(x - px);
            w.zigzag(y - py);
            w.zigzag(t - pt);
            (px, py, pt) = (x, y, t);
            if pressure {
                w.u8((p.p.unwrap_or(0.5).clamp(0.0, 1.0) * 255.0).round() as u8);
            }
        }
    }
}

fn read_ink(r: &mut R<'_>) -> Option<Ink> {
    let width = r.varint()?;
    let height = r.varint()?;
    if width == 0 || height == 0 || width > 1_000_000 || height > 1_000_000 {
        return None;
    }
    let n = r.varint()?;
    if n > MAX_STROKES {
        return None;
    }
    let mut total = 0u64;
    let mut strokes = vec![];
    for _ in 0..n {
        let m = r.varint()?;
        total = total.checked_add(m)?;
        if m == 0 || total > MAX_POINTS {
            return None;
        }
        let pressure = match r.u8()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        let mut s = vec![];
        let (mut x, mut y, mut t) = (0i64, 0i64, 0i64);
        for _ in 0..m {
            x = x.checked_add(r.zigzag()?)?;
            y = y.checked_add(r.zigzag()?)?;
            t = t.checked_add(r.zigzag()?)?;
            let p = if pressure { Some(f32::from(r.u8()?) / 255.0) } else { None };
            let t = u32::try_from(t).ok()?;
            s.push(StrokePoint { x: x as f32 / 10.0, y: y as f32 / 10.0, t, p });
        }
        strokes.push(s);
    }
    Some(Ink { width: width as f32 / 10.0, height: height as f32 / 10.0, strokes, method: SignMethod::Drawn })
}

/// Makes the return text on the parent's phone, tagged with the letter's own tag.
pub fn make_return(letter: &SignedLetter, reply: &ParentReply) -> String {
    let mut w = W::default();
    w.u8(RETURN_VERSION);
    let mut letter_bytes = letter.body.clone();
    letter_bytes.extend_from_slice(&letter.tag);
    w.bytes(&letter_bytes);
    w.str(&reply.parent_name);
    w.str(&reply.relationship);
    w.zigzag(reply.signed_at.timestamp());
    w.str(&reply.locale);
    write_ink(&mut w, &reply.ink);
    // Signing method: 0 drawn, 1 typed followed by the typed name.
    match &reply.ink.method {
        SignMethod::Drawn => w.u8(0),
        SignMethod::Typed(name) => {
            w.u8(1);
            w.str(name);
        }
    }
    let tg = tag(&letter.tag, RETURN_DOMAIN, &w.0);
    w.0.extend_from_slice(&tg);
    URL_SAFE_NO_PAD.encode(w.0)
}

/// Finds the return code in pasted text, a file's contents or a URL (`...r=CODE`).
pub fn extract_code(text: &str) -> &str {
    let t = text.trim();
    let t = t.rsplit_once("r=").map(|(_, c)| c).unwrap_or(t);
    t.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c.is_whitespace())).next().unwrap_or("").trim()
}

/// Decodes a return without checking anything but its shape.
pub fn read_return(text: &str) -> Result<ParentReturn, TokenError> {
    let bytes = decode_text(extract_code(text)).ok_or(TokenError::Malformed)?;
    let mut r = R(&bytes);
    let parsed = (|| {
        let version = r.u8()?;
        if version != RETURN_VERSION && version != RETURN_VERSION_DRAWN_ONLY {
            return None;
        }
        let letter_bytes = r.bytes(4 * MAX_STR + 64)?;
        let mut lr = R(letter_bytes);
        let letter = parse_letter(&mut lr)?;
        if !lr.0.is_empty() {
            return None;
        }
        let parent_name = r.str()?;
        let relationship = r.str()?;
        let signed_at = DateTime::from_timestamp(r.zigzag()?, 0)?;
        let locale = r.str()?;
        let mut ink = read_ink(&mut r)?;
        if version == RETURN_VERSION {
            ink.method = match r.u8()? {
                0 => SignMethod::Drawn,
                1 => SignMethod::Typed(r.str()?),
                _ => return None,
            };
        }
        let body_len = bytes.len() - r.0.len();
        let tag: [u8; TAG_LEN] = r.arr()?;
        if !r.0.is_empty() {
            return None;
        }
        Some(ParentReturn { letter, reply: ParentReply { parent_name, relationship, signed_at, locale, ink }, body: bytes[..body_len].to_vec(), tag })
    })();
    parsed.ok_or(TokenError::Malformed)
}

/// What the school device knows when it checks a return.
pub struct ReturnCheck<'a> {
    /// This school's reference.
    pub school_ref: &'a str,
    /// This school's key.
    pub key: &'a [u8],
    /// Whether a pupil record exists.
    pub pupil_exists: &'a dyn Fn(&str) -> bool,
    /// The hash of the AUP text in force for an AUP id.
    pub current_hash: &'a dyn Fn(&str) -> Option<String>,
    /// Whether a co-signature with this id is already stored.
    pub already_stored: &'a dyn Fn(&str) -> bool,
    /// Whether handwriting is a real signature (see `ink_svg::check_signature`).
    pub ink_ok: &'a dyn Fn(&Ink) -> bool,
}

/// Checks a return completely and, when it is good, gives the co-signature to store.
/// The co-signature id comes from the return's tag, so importing the same return twice is
/// detected as [`ReturnRefusal::AlreadyImported`].
pub fn verify_return(text: &str, check: &ReturnCheck<'_>) -> Result<CoSignature, ReturnRefusal> {
    let ret = read_return(text)?;
    let letter = ret.letter.verify(check.school_ref, check.key)?;
    if !tag_ok(&ret.letter.tag, RETURN_DOMAIN, &ret.body, &ret.tag) {
        return Err(ReturnRefusal::Forged);
    }
    if !(check.pupil_exists)(&letter.pupil_id) {
        return Err(ReturnRefusal::UnknownPupil);
    }
    if (check.current_hash)(&letter.aup_id).as_deref() != Some(letter.aup_hash.as_str()) {
        return Err(ReturnRefusal::OutdatedAup);
    }
    let id = format!("cosig_{}", URL_SAFE_NO_PAD.encode(&ret.tag[..12]));
    if (check.already_stored)(&id) {
        return Err(ReturnRefusal::AlreadyImported);
    }
    if !(check.ink_ok)(&ret.reply.ink) {
        return Err(ReturnRefusal::NoSignature);
    }
    let r = ret.reply;
    Ok(CoSignature {
        id,
        pupil_id: letter.pupil_id.clone(),
        aup_id: letter.aup_id.clone(),
        aup_hash: letter.aup_hash.clone(),
        academic_year: AcademicYear::containing(r.signed_at.date_naive()),
        parent_name: r.parent_name,
        relationship: r.relationship,
        signed_at: r.signed_at,
        channel: CoSignChannel::AtHome,
        locale: r.locale,
        ink: r.ink,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const KEY: &[u8] = b"school-key-of-thirty-two-bytes!!";
    const OTHER_KEY: &[u8] = b"another-school-key-32-bytes-long";
    const HASH: &str = "3f9a0c4b2d1e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";

    fn letter() -> LetterToken {
        LetterToken {
            school_ref: "SCH-7F3A".into(),
            pupil_id: "pupil_AAECAwQFBgcICQoLDA0ODw".into(),
            pupil_name: "Zoë B".into(),
            aup_id: "aup-ks2".into(),
            aup_hash: HASH.into(),
            issued: NaiveDate::from_ymd_opt(2026, 9, 14).unwrap(),
        }
    }

    fn ink() -> Ink {
        let stroke = |y: f32, p: Option<f32>| (0..40).map(|i| StrokePoint { x: (1000 + i * 123) as f32 / 10.0, y: y + (i % 5) as f32, t: i * 16, p }).collect::<Vec<_>>();
        Ink { width: 1000.0, height: 400.0, strokes: vec![stroke(150.0, None), stroke(250.0, Some(0.5))], method: Default::default() }
    }

    fn reply() -> ParentReply {
        ParentReply {
            parent_name: "Ann Bell".into(),
            relationship: "mother".into(),
            signed_at: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            locale: "cy".into(),
            ink: ink(),
        }
    }

    fn check_with<'a>(stored: &'a dyn Fn(&str) -> bool, hash: &'a dyn Fn(&str) -> Option<String>) -> ReturnCheck<'a> {
        ReturnCheck {
            school_ref: "SCH-7F3A",
            key: KEY,
            pupil_exists: &|id| id == "pupil_AAECAwQFBgcICQoLDA0ODw",
            current_hash: hash,
            already_stored: stored,
            ink_ok: &|i| !i.strokes.is_empty(),
        }
    }

    fn good_return() -> String {
        let text = issue_letter(&letter(), KEY).unwrap();
        make_return(&read_letter(&text).unwrap(), &reply())
    }

    fn current(_: &str) -> Option<String> {
        Some(HASH.to_string())
    }

    #[test]
    fn letter_round_trip_is_compact_and_url_safe() {
        let text = issue_letter(&letter(), KEY).unwrap();
        assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{text}");
        assert!(text.len() < 180, "letter token is {} chars", text.len());
        assert_eq!(verify_letter(&text, "SCH-7F3A", KEY), Ok(letter()));
        assert_eq!(read_letter(&text).unwrap().token, letter());
    }

    #[test]
    fn tampered_letters_are_forged() {
        let text = issue_letter(&letter(), KEY).unwrap();
        let mut bytes = URL_SAFE_NO_PAD.decode(&text).unwrap();
        // Flip one bit anywhere: every position must be caught (as forged or malformed).
        for i in 0..bytes.len() {
            bytes[i] ^= 0x01;
            let t = URL_SAFE_NO_PAD.encode(&bytes);
            assert!(verify_letter(&t, "SCH-7F3A", KEY).is_err(), "bit flip at byte {i} accepted");
            bytes[i] ^= 0x01;
        }
        // A letter re-made for another pupil without the key cannot carry a valid tag.
        let mut other = letter();
        other.pupil_id = "pupil_someone-else".into();
        let forged = issue_letter(&other, b"guessed key").unwrap();
        assert_eq!(verify_letter(&forged, "SCH-7F3A", KEY), Err(TokenError::Forged));
    }

    #[test]
    fn other_schools_keys_and_refs_are_refused() {
        let text = issue_letter(&letter(), KEY).unwrap();
        assert_eq!(verify_letter(&text, "SCH-7F3A", OTHER_KEY), Err(TokenError::Forged));
        assert_eq!(verify_letter(&text, "SCH-0000", KEY), Err(TokenError::OtherSchool));
    }

    #[test]
    fn truncated_and_garbage_input_is_malformed() {
        let text = issue_letter(&letter(), KEY).unwrap();
        for n in 0..text.len() {
            assert!(verify_letter(&text[..n], "SCH-7F3A", KEY).is_err(), "prefix of {n} chars accepted");
        }
        assert_eq!(read_letter("!!!"), Err(TokenError::Malformed));
        assert_eq!(read_letter(""), Err(TokenError::Malformed));
        assert_eq!(read_letter(&format!("{text}AAAA")), Err(TokenError::Malformed));
    }

    #[test]
    fn bad_hash_or_date_cannot_be_issued() {
        let mut l = letter();
        l.aup_hash = "abc".into();
        assert_eq!(issue_letter(&l, KEY), None);
        let mut l = letter();
        l.issued = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
        assert_eq!(issue_letter(&l, KEY), None);
    }

    #[test]
    fn a_good_return_becomes_a_cosignature() {
        let ret = good_return();
        let none = |_: &str| false;
        let c = verify_return(&ret, &check_with(&none, &current)).unwrap();
        assert_eq!(c.pupil_id, "pupil_AAECAwQFBgcICQoLDA0ODw");
        assert_eq!(c.aup_hash, HASH);
        assert_eq!(c.parent_name, "Ann Bell");
        assert_eq!(c.relationship, "mother");
        assert_eq!(c.locale, "cy");
        assert_eq!(c.channel, CoSignChannel::AtHome);
        assert_eq!(c.academic_year, AcademicYear::containing(c.signed_at.date_naive()));
        // Handwriting survives (quantised to 0.1 pad units; pressure to 1/255).
        assert_eq!(c.ink.strokes.len(), 2);
        assert_eq!(c.ink.strokes[0], ink().strokes[0]);
        assert!((c.ink.strokes[1][3].p.unwrap() - 0.5).abs() < 0.01);
        assert_eq!(c.ink.width, 1000.0);
        // Same return again: same id, so it is reported as already imported.
        let stored = |id: &str| id == c.id;
        assert_eq!(verify_return(&ret, &check_with(&stored, &current)), Err(ReturnRefusal::AlreadyImported));
        // Returns can be pasted inside a URL or with line breaks.
        let wrapped = format!("https://x/#/parent/return?r={}\n", &ret);
        assert!(verify_return(&wrapped, &check_with(&none, &current)).is_ok());
    }

    #[test]
    fn returns_are_refused_with_the_right_reason() {
        let none = |_: &str| false;
        let ret = good_return();
        // Changed after signing (name altered, tag left alone).
        let mut bytes = URL_SAFE_NO_PAD.decode(&ret).unwrap();
        let pos = bytes.windows(8).position(|w| w == b"Ann Bell").unwrap();
        bytes[pos] = b'X';
        let altered = URL_SAFE_NO_PAD.encode(&bytes);
        assert_eq!(verify_return(&altered, &check_with(&none, &current)), Err(ReturnRefusal::Forged));
        // For another school.
        let other = ReturnCheck { school_ref: "SCH-0000", ..check_with(&none, &current) };
        assert_eq!(verify_return(&ret, &other), Err(ReturnRefusal::OtherSchool));
        let other_key = ReturnCheck { key: OTHER_KEY, ..check_with(&none, &current) };
        assert_eq!(verify_return(&ret, &other_key), Err(ReturnRefusal::Forged));
        // A new AUP text was published since the letter was printed.
        let newer = |_: &str| Some("0".repeat(64));
        assert_eq!(verify_return(&ret, &check_with(&none, &newer)), Err(ReturnRefusal::OutdatedAup));
        // Pupil not on this device.
        let nobody = ReturnCheck { pupil_exists: &|_| false, ..check_with(&none, &current) };
        assert_eq!(verify_return(&ret, &nobody), Err(ReturnRefusal::UnknownPupil));
        // A return made from a forged letter.
        let mut l = letter();
        l.pupil_id = "pupil_AAECAwQFBgcICQoLDA0ODw".into();
        let forged_letter = issue_letter(&l, b"not the school key").unwrap();
        let forged = make_return(&read_letter(&forged_letter).unwrap(), &reply());
        assert_eq!(verify_return(&forged, &check_with(&none, &current)), Err(ReturnRefusal::Forged));
        // Truncated.
        assert_eq!(verify_return(&ret[..ret.len() - 5], &check_with(&none, &current)), Err(ReturnRefusal::Malformed));
        // Empty handwriting.
        let mut blank = reply();
        blank.ink.strokes.clear();
        let text = issue_letter(&letter(), KEY).unwrap();
        let r = make_return(&read_letter(&text).unwrap(), &blank);
        assert_eq!(verify_return(&r, &check_with(&none, &current)), Err(ReturnRefusal::NoSignature));
        // Every refusal has a message key.
        assert!(ReturnRefusal::Forged.message_key().starts_with("aup-refused-"));
    }

    #[test]
    fn a_typed_signature_travels_as_typed() {
        let mut typed = reply();
        typed.ink.strokes.clear();
        typed.ink.method = SignMethod::Typed("Ann Bell".into());
        let text = issue_letter(&letter(), KEY).unwrap();
        let ret = make_return(&read_letter(&text).unwrap(), &typed);
        let none = |_: &str| false;
        let check = ReturnCheck { ink_ok: &|i| crate::domain::ink_svg::check_signature(i).is_ok(), ..check_with(&none, &current) };
        let c = verify_return(&ret, &check).unwrap();
        assert_eq!(c.ink.method, SignMethod::Typed("Ann Bell".into()));
        assert!(c.ink.strokes.is_empty());
        // Switching a drawn return to "typed" (or back) breaks its tag.
        let drawn = good_return();
        let mut bytes = URL_SAFE_NO_PAD.decode(&drawn).unwrap();
        let n = bytes.len();
        bytes[n - TAG_LEN - 1] = 1;
        assert!(verify_return(&URL_SAFE_NO_PAD.encode(&bytes), &check).is_err());
        // A drawn return from before typed signatures (version 2 layout) still imports.
        let mut old = URL_SAFE_NO_PAD.decode(&drawn).unwrap();
        old[0] = RETURN_VERSION_DRAWN_ONLY;
        old.truncate(old.len() - TAG_LEN - 1);
        let l = read_letter(&text).unwrap();
        let tg = tag(&l.tag, RETURN_DOMAIN, &old);
        old.extend_from_slice(&tg);
        let c = verify_return(&URL_SAFE_NO_PAD.encode(&old), &check).unwrap();
        assert_eq!(c.ink.method, SignMethod::Drawn);
        assert_eq!(c.ink.strokes.len(), 2);
    }

    #[test]
    fn return_is_small_enough_for_a_file_and_usually_a_qr_code() {
        let ret = good_return();
        assert!(ret.len() < 1200, "return is {} chars", ret.len());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let text = URL_SAFE_NO_PAD.encode(&bytes);
            let _ = read_letter(&text);
            let _ = verify_letter(&text, "SCH-7F3A", KEY);
            let none = |_: &str| false;
            let _ = verify_return(&text, &check_with(&none, &current));
            let _ = read_return(&text);
        }

        #[test]
        fn arbitrary_text_never_panics(s in ".{0,300}") {
            let _ = read_letter(&s);
            let _ = read_return(&s);
            let _ = extract_code(&s);
        }

        #[test]
        fn mutated_returns_never_verify(pos in 0usize..10_000, bit in 0u8..8) {
            let ret = good_return();
            let mut bytes = URL_SAFE_NO_PAD.decode(&ret).unwrap();
            let i = pos % bytes.len();
            bytes[i] ^= 1 << bit;
            let none = |_: &str| false;
            prop_assert!(verify_return(&URL_SAFE_NO_PAD.encode(&bytes), &check_with(&none, &current)).is_err());
        }

        #[test]
        fn truncated_returns_never_verify(n in 0usize..2000) {
            let ret = good_return();
            let cut = n % ret.len();
            let none = |_: &str| false;
            prop_assert!(verify_return(&ret[..cut], &check_with(&none, &current)).is_err());
        }

        #[test]
        fn letter_fields_round_trip(name in "\\PC{0,40}", pid in "[a-zA-Z0-9_-]{1,40}", days in 0u64..30_000) {
            let mut l = letter();
            l.pupil_name = name;
            l.pupil_id = pid;
            l.issued = epoch().checked_add_days(chrono::Days::new(days)).unwrap();
            let t = issue_letter(&l, KEY).unwrap();
            prop_assert_eq!(verify_letter(&t, "SCH-7F3A", KEY), Ok(l));
        }
    }
}
