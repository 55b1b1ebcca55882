//! AUP versions, content hashes and "who needs to sign" rules.
//!
//! A signature binds to the SHA-256 of a canonical serialisation of the exact text signed, so
//! an edited AUP asks pupils to sign again while old signatures stay on record. The canonical
//! form is a length-prefixed byte layout (no floats, no maps, no platform-dependent ordering),
//! so the same text hashes the same on every device and in every browser.

use crate::content::model::aup::{Aup, AupStatement};
use crate::content::translate::{self, Translation};
use crate::domain::academic_year::AcademicYear;
use crate::domain::records::{CoSignature, Signature};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Marks the canonical layout, so a future layout change cannot collide with this one.
const CANONICAL_MAGIC: &[u8] = b"bytesmart-aup/1\n";

/// Normalises text the same way on every platform: CRLF/CR -> LF, trailing spaces trimmed.
fn normalise(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n").lines().map(str::trim_end).collect::<Vec<_>>().join("\n").trim().to_string()
}

fn field(out: &mut Vec<u8>, tag: &str, value: &str) {
    let v = normalise(value);
    out.extend_from_slice(tag.as_bytes());
    out.push(0);
    out.extend_from_slice(&(v.len() as u32).to_be_bytes());
    out.extend_from_slice(v.as_bytes());
}

/// The canonical bytes of everything a signer agrees to: id, band, title, intro, every
/// statement in order (text and picture), pledge and parent statement. The covering letter and
/// the year field are not part of the agreement and do not change the hash.
pub fn canonical_bytes(aup: &Aup) -> Vec<u8> {
    let mut out = CANONICAL_MAGIC.to_vec();
    field(&mut out, "id", &aup.id);
    field(&mut out, "band", aup.band.slug());
    field(&mut out, "title", &aup.title);
    field(&mut out, "intro", &aup.intro);
    out.extend_from_slice(&(aup.statements.len() as u32).to_be_bytes());
    for s in &aup.statements {
        field(&mut out, "statement", &s.text);
        field(&mut out, "picture", s.picture.as_deref().unwrap_or(""));
    }
    field(&mut out, "pledge", &aup.pledge);
    field(&mut out, "parent", &aup.parent_statement);
    out
}

/// SHA-256 of [`canonical_bytes`], as 64 lower-case hex digits.
pub fn content_hash(aup: &Aup) -> String {
    hex(&Sha256::digest(canonical_bytes(aup)))
}

/// Lower-case hex of some bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses 64 hex digits back into 32 bytes.
pub fn unhex32(s: &str) -> Option<[u8; 32]> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[i * 2..i * 2 + 2], 16).ok()?;
    }
    Some(out)
}

/// A school's published AUP text for one band (stored in `Store::AupVersions`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AupVersion {
    /// `<aup_id>@<version>`, e.g. `aup-ks2@3`.
    pub id: String,
    /// The AUP id (`aup-<band>`), indexed so a band's versions load together.
    pub aup_id: String,
    /// 1 for the first school-published version, then counting up.
    pub version: u32,
    /// The full text as published.
    pub text: Aup,
    /// [`content_hash`] of `text`.
    pub hash: String,
    /// Academic year it was published in.
    pub academic_year: AcademicYear,
    /// When the coordinator published it.
    pub published_at: DateTime<Utc>,
    /// Last change, for merging.
    pub updated_at: DateTime<Utc>,
}

/// Why a publish was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishError {
    /// The text has no statements left.
    NoStatements,
    /// A statement (by position) is empty.
    EmptyStatement(usize),
    /// The text is exactly the one already in force, so nobody should be asked to sign again.
    Unchanged,
}

/// Makes the next version from an edited text. Statements without an id get a fresh one so
/// translations and reordering stay stable; blank statements are refused.
pub fn publish(previous: &[AupVersion], builtin: &Aup, mut text: Aup, now: DateTime<Utc>) -> Result<AupVersion, PublishError> {
    if text.statements.is_empty() {
        return Err(PublishError::NoStatements);
    }
    if let Some(i) = text.statements.iter().position(|s| s.text.trim().is_empty()) {
        return Err(PublishError::EmptyStatement(i));
    }
    for s in text.statements.iter_mut() {
        s.text = normalise(&s.text);
    }
    let mut n = 1;
    let used: Vec<String> = text.statements.iter().map(|s| s.id.clone()).collect();
    for s in text.statements.iter_mut().filter(|s| s.id.trim().is_empty()) {
        while used.contains(&format!("school-{n}")) {
            n += 1;
        }
        s.id = format!("school-{n}");
        n += 1;
    }
    let hash = content_hash(&text);
    let (_, current_hash) = current(builtin, previous);
    if hash == current_hash {
        return Err(PublishError::Unchanged);
    }
    let version = previous.iter().filter(|v| v.aup_id == builtin.id).map(|v| v.version).max().unwrap_or(0) + 1;
    Ok(AupVersion {
        id: format!("{}@{version}", builtin.id),
        aup_id: builtin.id.clone(),
        version,
        text,
        hash,
        academic_year: AcademicYear::containing(now.date_naive()),
        published_at: now,
        updated_at: now,
    })
}

/// The text in force for an AUP: the latest school-published version, else the built-in text.
pub fn current(builtin: &Aup, versions: &[AupVersion]) -> (Aup, String) {
    match versions.iter().filter(|v| v.aup_id == builtin.id).max_by_key(|v| v.version) {
        Some(v) => (v.text.clone(), v.hash.clone()),
        None => (builtin.clone(), content_hash(builtin)),
    }
}

/// Translates the text in force into `locale`: a field is translated only when the school has
/// not changed it from the built-in text (otherwise the translation would say something else).
/// Returns the text and whether any part is unreviewed machine translation.
pub fn localised(text: &Aup, builtin: &Aup, tr: Option<&Translation>) -> (Aup, bool) {
    let Some(tr) = tr else { return (text.clone(), false) };
    let mut original = builtin.clone();
    let mut translated = builtin.clone();
    translate::apply(translated.texts_mut(), Some(tr));
    let pairs: std::collections::BTreeMap<String, (String, String)> = original
        .texts_mut()
        .into_iter()
        .zip(translated.texts_mut())
        .map(|((p, o), (_, t))| (p, (o.clone(), t.clone())))
        .collect();
    let mut out = text.clone();
    let mut any = false;
    for (path, field) in out.texts_mut() {
        if let Some((orig, tr_text)) = pairs.get(&path)
            && normalise(orig) == normalise(field)
            && orig != tr_text
        {
            *field = tr_text.clone();
            any = true;
        }
    }
    (out, any && tr.machine_translated)
}

/// Why a pupil (or parent) needs to sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Signed the current text this academic year: nothing to do.
    UpToDate,
    /// Never signed this AUP.
    NeverSigned,
    /// Signed in an earlier academic year only.
    NewYear,
    /// Signed this year, but the school has published a changed text since.
    TextChanged,
}

impl Due {
    /// True when a new signature is needed.
    pub fn is_due(self) -> bool {
        self != Due::UpToDate
    }
}

fn due_from<'a>(signed: impl Iterator<Item = (&'a str, &'a str, AcademicYear)>, aup_id: &str, hash: &str, year: AcademicYear) -> Due {
    let mut any = false;
    let mut this_year = false;
    for (id, h, y) in signed.filter(|(id, _, _)| *id == aup_id) {
        let _ = id;
        any = true;
        if y == year {
            this_year = true;
            if h == hash {
                return Due::UpToDate;
            }
        }
    }
    match (any, this_year) {
        (false, _) => Due::NeverSigned,
        (true, false) => Due::NewYear,
        (true, true) => Due::TextChanged,
    }
}

/// Whether a pupil must sign `aup_id` (whose text in force hashes to `hash`) on `today`.
/// Signatures for other bands, years or texts are kept; they just do not count.
pub fn pupil_due(signatures: &[Signature], aup_id: &str, hash: &str, today: NaiveDate) -> Due {
    let year = AcademicYear::containing(today);
    due_from(signatures.iter().map(|s| (s.aup_id.as_str(), s.aup_hash.as_str(), s.academic_year)), aup_id, hash, year)
}

/// Whether a parent co-signature is still needed, by the same rule as the pupil's.
pub fn parent_due(cosignatures: &[CoSignature], aup_id: &str, hash: &str, today: NaiveDate) -> Due {
    let year = AcademicYear::containing(today);
    due_from(cosignatures.iter().map(|s| (s.aup_id.as_str(), s.aup_hash.as_str(), s.academic_year)), aup_id, hash, year)
}

/// A blank statement for the editor's "add" button (the id is assigned on publish).
pub fn new_statement(text: &str) -> AupStatement {
    AupStatement { id: String::new(), text: text.to_string(), picture: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::band::Band;
    use crate::domain::records::Ink;

    fn aup() -> Aup {
        Aup {
            id: "aup-ks2".into(),
            band: Band::Ks2,
            academic_year: "every".into(),
            title: "Our agreement".into(),
            intro: "Why we have it.".into(),
            statements: vec![
                AupStatement { id: "a".into(), text: "I ask first.".into(), picture: Some("hand".into()) },
                AupStatement { id: "b".into(), text: "I am kind online.".into(), picture: None },
            ],
            pledge: "I will keep these promises.".into(),
            parent_statement: "I support my child.".into(),
            parent_letter: "Dear parent".into(),
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn sig(hash: &str, year: i32) -> Signature {
        Signature {
            id: format!("sig-{year}-{hash}"),
            pupil_id: "p1".into(),
            aup_id: "aup-ks2".into(),
            aup_hash: hash.into(),
            academic_year: AcademicYear(year),
            signed_at: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            typed_name: None,
            ink: Ink::default(),
        }
    }

    #[test]
    fn hash_is_a_fixed_value_for_a_fixed_text() {
        // Pinned: the same bytes must hash the same on every platform and in every release.
        // (tests/browser_aup.rs checks the same value inside the browser.)
        assert_eq!(content_hash(&aup()), GOLDEN);
        assert_eq!(content_hash(&aup()).len(), 64);
    }

    /// The hash of `aup()` above; shared with the browser test.
    pub const GOLDEN: &str = "47ce07e22eb97536b0d8c51f1ec5574d00dd06a9effc16996ebe77454098002c";

    #[test]
    fn hash_changes_when_any_signed_part_changes() {
        let base = content_hash(&aup());
        type Edit = Box<dyn Fn(&mut Aup)>;
        let edits: Vec<Edit> = vec![
            Box::new(|a| a.title.push('!')),
            Box::new(|a| a.intro.push('!')),
            Box::new(|a| a.statements[0].text = "I ask a grown-up first.".into()),
            Box::new(|a| a.statements[1].text.push('!')),
            Box::new(|a| a.statements[1].picture = Some("heart".into())),
            Box::new(|a| a.statements.swap(0, 1)),
            Box::new(|a| {
                a.statements.pop();
            }),
            Box::new(|a| a.statements.push(new_statement("More."))),
            Box::new(|a| a.pledge.push('!')),
            Box::new(|a| a.parent_statement.push('!')),
            // Moving text between adjacent fields must not collide (length prefixes).
            Box::new(|a| {
                a.title = "Our agreementW".into();
                a.intro = "hy we have it.".into();
            }),
        ];
        let mut seen = std::collections::BTreeSet::new();
        for (i, e) in edits.iter().enumerate() {
            let mut a = aup();
            e(&mut a);
            let h = content_hash(&a);
            assert_ne!(h, base, "edit {i} did not change the hash");
            assert!(seen.insert(h), "edit {i} collided with another edit");
        }
    }

    #[test]
    fn hash_ignores_line_endings_trailing_spaces_letter_and_ids() {
        let base = content_hash(&aup());
        let mut a = aup();
        a.intro = "Why we have it.  \r\n".into();
        a.parent_letter = "Something else".into();
        a.statements[0].id = "renamed".into();
        a.academic_year = "2026-27".into();
        assert_eq!(content_hash(&a), base);
    }

    #[test]
    fn publish_makes_numbered_versions_and_refuses_no_change() {
        let builtin = aup();
        let now = DateTime::parse_from_rfc3339("2026-10-01T09:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(publish(&[], &builtin, builtin.clone(), now), Err(PublishError::Unchanged));
        let mut edited = builtin.clone();
        edited.statements.push(new_statement("  I look after the tablets.  "));
        let v1 = publish(&[], &builtin, edited.clone(), now).unwrap();
        assert_eq!(v1.version, 1);
        assert_eq!(v1.id, "aup-ks2@1");
        assert_eq!(v1.academic_year, AcademicYear(2026));
        assert_eq!(v1.text.statements[2].id, "school-1");
        assert_eq!(v1.text.statements[2].text, "I look after the tablets.");
        assert_eq!(v1.hash, content_hash(&v1.text));
        assert_eq!(current(&builtin, std::slice::from_ref(&v1)).1, v1.hash);
        assert_eq!(publish(std::slice::from_ref(&v1), &builtin, v1.text.clone(), now), Err(PublishError::Unchanged));
        let mut e2 = v1.text.clone();
        e2.statements.remove(0);
        e2.statements.push(new_statement("Another."));
        let v2 = publish(std::slice::from_ref(&v1), &builtin, e2, now).unwrap();
        assert_eq!(v2.version, 2);
        assert_eq!(v2.text.statements.last().unwrap().id, "school-2");
        assert_eq!(current(&builtin, &[v2.clone(), v1.clone()]).1, v2.hash);
        let mut blank = builtin.clone();
        blank.statements[1].text = "   ".into();
        assert_eq!(publish(&[], &builtin, blank, now), Err(PublishError::EmptyStatement(1)));
        let mut none = builtin.clone();
        none.statements.clear();
        assert_eq!(publish(&[], &builtin, none, now), Err(PublishError::NoStatements));
    }

    #[test]
    fn due_across_the_31_august_1_september_boundary() {
        let h = content_hash(&aup());
        let signed_2025 = vec![sig(&h, 2025)];
        assert_eq!(pupil_due(&[], "aup-ks2", &h, d(2026, 8, 31)), Due::NeverSigned);
        // Signed in 2025-26: fine on the last day of that year, due on the first day of the next.
        assert_eq!(pupil_due(&signed_2025, "aup-ks2", &h, d(2026, 8, 31)), Due::UpToDate);
        assert_eq!(pupil_due(&signed_2025, "aup-ks2", &h, d(2026, 9, 1)), Due::NewYear);
        assert!(pupil_due(&signed_2025, "aup-ks2", &h, d(2026, 9, 1)).is_due());
        // Signing again in 2026-27 keeps the old signature and clears the new year.
        let both = vec![sig(&h, 2025), sig(&h, 2026)];
        assert_eq!(pupil_due(&both, "aup-ks2", &h, d(2026, 9, 1)), Due::UpToDate);
        assert_eq!(pupil_due(&both, "aup-ks2", &h, d(2027, 8, 31)), Due::UpToDate);
        assert_eq!(pupil_due(&both, "aup-ks2", &h, d(2027, 9, 1)), Due::NewYear);
    }

    #[test]
    fn due_when_the_text_changes_or_band_changes() {
        let h = content_hash(&aup());
        let mut edited = aup();
        edited.statements[0].text = "Changed.".into();
        let h2 = content_hash(&edited);
        let sigs = vec![sig(&h, 2026)];
        assert_eq!(pupil_due(&sigs, "aup-ks2", &h2, d(2026, 10, 1)), Due::TextChanged);
        assert_eq!(pupil_due(&sigs, "aup-ks2", &h, d(2026, 10, 1)), Due::UpToDate);
        // A KS2 signature does not count for the secondary AUP.
        assert_eq!(pupil_due(&sigs, "aup-secondary", &h, d(2026, 10, 1)), Due::NeverSigned);
        let cos = CoSignature {
            id: "c".into(),
            pupil_id: "p1".into(),
            aup_id: "aup-ks2".into(),
            aup_hash: h.clone(),
            academic_year: AcademicYear(2026),
            parent_name: "A".into(),
            relationship: "mother".into(),
            signed_at: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            channel: crate::domain::records::CoSignChannel::AtHome,
            locale: "cy".into(),
            ink: Ink::default(),
        };
        assert_eq!(parent_due(std::slice::from_ref(&cos), "aup-ks2", &h, d(2026, 10, 1)), Due::UpToDate);
        assert_eq!(parent_due(&[cos], "aup-ks2", &h, d(2027, 9, 1)), Due::NewYear);
    }

    #[test]
    fn translation_is_used_only_for_unchanged_fields() {
        let builtin = aup();
        let tr = Translation {
            of: "aup-ks2".into(),
            locale: "cy".into(),
            machine_translated: true,
            text: [("title".to_string(), "Ein cytundeb".to_string()), ("statement.a".to_string(), "Rydw i'n gofyn yn gyntaf.".to_string()), ("statement.b".to_string(), "Rydw i'n garedig.".to_string())].into(),
        };
        let mut school = builtin.clone();
        school.statements[1].text = "I am kind online and offline.".into();
        let (out, mt) = localised(&school, &builtin, Some(&tr));
        assert!(mt);
        assert_eq!(out.title, "Ein cytundeb");
        assert_eq!(out.statements[0].text, "Rydw i'n gofyn yn gyntaf.");
        assert_eq!(out.statements[1].text, "I am kind online and offline.", "edited text keeps the school's words");
        assert_eq!(localised(&school, &builtin, None), (school.clone(), false));
    }

    #[test]
    fn hex_round_trip() {
        let h = content_hash(&aup());
        assert_eq!(hex(&unhex32(&h).unwrap()), h);
        assert_eq!(unhex32("zz"), None);
        assert_eq!(unhex32(&"g".repeat(64)), None);
    }
}
