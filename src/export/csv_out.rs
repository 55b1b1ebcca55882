//! CSV for spreadsheets and the school's MIS: one row per pupil, and one row per event.
//! UTF-8 with a byte-order mark (so Excel picks the right encoding), RFC 4180 quoting with
//! CRLF line ends, and any cell that a spreadsheet would run as a formula is neutralised.
//! Column headers are a stable machine format (documented in docs/export-format.md), so
//! they are not translated.

use crate::domain::band::Band;
use crate::domain::mastery::mastery_by_rule;
use crate::domain::records::{Class, Pupil, QuizAttempt};
use crate::domain::smart::SmartRule;
use crate::export::record_set::RecordSet;
use std::collections::{BTreeSet, HashMap};

/// The UTF-8 byte-order mark written first.
pub const BOM: &str = "\u{FEFF}";

/// Makes a cell safe to open in a spreadsheet: a leading `=`, `+`, `-`, `@`, tab or CR
/// would make Excel/LibreOffice treat it as a formula, so it is prefixed with `'`.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn writer() -> csv::Writer<Vec<u8>> {
    let mut buf = Vec::with_capacity(64 * 1024);
    buf.extend_from_slice(BOM.as_bytes());
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(buf)
}

fn finish(w: csv::Writer<Vec<u8>>) -> Vec<u8> {
    w.into_inner().expect("writing to memory cannot fail")
}

fn write_row(w: &mut csv::Writer<Vec<u8>>, cells: &[String]) {
    w.write_record(cells.iter().map(|c| neutralise(c))).expect("writing to memory cannot fail");
}

/// Header of the per-pupil CSV.
pub const PUPIL_HEADER: [&str; 17] = [
    "class",
    "year",
    "band",
    "display_name",
    "admission_number",
    "lessons_completed",
    "lessons_available",
    "last_lesson_date",
    "mastery_safe",
    "mastery_meet",
    "mastery_accepting",
    "mastery_reliable",
    "mastery_tell",
    "aup_signed_date",
    "aup_version",
    "parent_cosigned_date",
    "parent_relationship",
];

/// What the per-pupil CSV says about one pupil; also what the dashboard and chase list use.
#[derive(Clone, Debug, PartialEq)]
pub struct PupilRow {
    /// Pupil id.
    pub pupil_id: String,
    /// Class id.
    pub class_id: String,
    /// Class name.
    pub class_name: String,
    /// Year group.
    pub year_group: u8,
    /// Band.
    pub band: Band,
    /// Display name.
    pub display_name: String,
    /// Admission number, if known.
    pub admission_number: Option<String>,
    /// Distinct lessons of their band completed.
    pub lessons_completed: usize,
    /// Lessons available for their band.
    pub lessons_available: usize,
    /// Date of the most recent lesson activity.
    pub last_lesson: Option<chrono::NaiveDate>,
    /// Mastery percentage per rule (None = no answers yet), in S-M-A-R-T order.
    pub mastery: [Option<u32>; 5],
    /// Date of this academic year's signature, and the first 12 hex digits of its AUP hash.
    pub aup_signed: Option<(chrono::NaiveDate, String)>,
    /// Date and relationship of this academic year's parent co-signature.
    pub cosigned: Option<(chrono::NaiveDate, String)>,
}

/// Works out every pupil's row (sorted by class name, then display name).
pub fn pupil_rows(set: &RecordSet) -> Vec<PupilRow> {
    let r = &set.records;
    let year = set.school.academic_year;
    let lib = crate::content::library();
    let classes: HashMap<&str, &Class> = r.classes.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut by_pupil_attempts: HashMap<&str, Vec<&QuizAttempt>> = HashMap::new();
    for a in &r.quiz_attempts {
        by_pupil_attempts.entry(a.pupil_id.as_str()).or_default().push(a);
    }
    let mut completed: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    let mut last: HashMap<&str, chrono::DateTime<chrono::Utc>> = HashMap::new();
    for p in &r.progress {
        if p.completed_at.is_some() {
            completed.entry(p.pupil_id.as_str()).or_default().insert(p.lesson_id.as_str());
        }
        let at = p.completed_at.unwrap_or(p.updated_at).max(p.updated_at);
        let e = last.entry(p.pupil_id.as_str()).or_insert(at);
        *e = (*e).max(at);
    }
    let mut signed: HashMap<&str, (chrono::DateTime<chrono::Utc>, &str)> = HashMap::new();
    for s in r.signatures.iter().filter(|s| s.academic_year == year) {
        let e = signed.entry(s.pupil_id.as_str()).or_insert((s.signed_at, s.aup_hash.as_str()));
        if s.signed_at > e.0 {
            *e = (s.signed_at, s.aup_hash.as_str());
        }
    }
    let mut cosigned: HashMap<&str, (chrono::DateTime<chrono::Utc>, &str)> = HashMap::new();
    for s in r.cosignatures.iter().filter(|s| s.academic_year == year) {
        let e = cosigned.entry(s.pupil_id.as_str()).or_insert((s.signed_at, s.relationship.as_str()));
        if s.signed_at > e.0 {
            *e = (s.signed_at, s.relationship.as_str());
        }
    }
    let mut available: HashMap<Band, BTreeSet<&str>> = HashMap::new();
    for b in Band::ALL {
        available.insert(b, lib.lessons_for(b).map(|l| l.id.as_str()).collect());
    }
    let mut rows: Vec<PupilRow> = r
        .pupils
        .iter()
        .map(|p: &Pupil| {
            let class = classes.get(p.class_id.as_str());
            let band = class.map(|c| c.band()).unwrap_or(Band::Ks2);
            let band_lessons = &available[&band];
            let done = completed.get(p.id.as_str()).map(|s| s.intersection(band_lessons).count()).unwrap_or(0);
            let mastery_map = mastery_by_rule(by_pupil_attempts.get(p.id.as_str()).into_iter().flatten().copied());
            let mut mastery = [None; 5];
            for (i, rule) in SmartRule::ALL.iter().enumerate() {
                mastery[i] = mastery_map.get(rule).map(|m| m.percent());
            }
            PupilRow {
                pupil_id: p.id.clone(),
                class_id: p.class_id.clone(),
                class_name: class.map(|c| c.name.clone()).unwrap_or_default(),
                year_group: class.map(|c| c.year_group).unwrap_or(0),
                band,
                display_name: p.display_name.clone(),
                admission_number: p.admission_number.clone(),
                lessons_completed: done,
                lessons_available: band_lessons.len(),
                last_lesson: last.get(p.id.as_str()).map(|d| d.date_naive()),
                mastery,
                aup_signed: signed.get(p.id.as_str()).map(|(d, h)| (d.date_naive(), h.chars().take(12).collect())),
                cosigned: cosigned.get(p.id.as_str()).map(|(d, rel)| (d.date_naive(), rel.to_string())),
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.class_name, &a.display_name, &a.pupil_id).cmp(&(&b.class_name, &b.display_name, &b.pupil_id)));
    rows
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// The per-pupil CSV (bytes, BOM first).
pub fn pupils_csv(set: &RecordSet) -> Vec<u8> {
    let mut w = writer();
    write_row(&mut w, &PUPIL_HEADER.map(String::from));
    for row in pupil_rows(set) {
        let mut cells = vec![
            row.class_name,
            row.year_group.to_string(),
            row.band.slug().to_string(),
            row.display_name,
            row.admission_number.unwrap_or_default(),
            row.lessons_completed.to_string(),
            row.lessons_available.to_string(),
            date(row.last_lesson),
        ];
        cells.extend(row.mastery.iter().map(|m| m.map(|v| v.to_string()).unwrap_or_default()));
        cells.push(date(row.aup_signed.as_ref().map(|s| s.0)));
        cells.push(row.aup_signed.map(|s| s.1).unwrap_or_default());
        cells.push(date(row.cosigned.as_ref().map(|s| s.0)));
        cells.push(row.cosigned.map(|s| s.1).unwrap_or_default());
        write_row(&mut w, &cells);
    }
    finish(w)
}

/// `2026-09-08T09:00:00Z` (what `to_rfc3339_opts(Secs, true)` gives for years 0-9999),
/// written digit by digit: the events CSV has one per event (~50,000 for a school), and
/// chrono's formatter was a fifth of its time.
fn rfc3339(d: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::{Datelike, Timelike};
    let year = d.year();
    if !(0..=9999).contains(&year) || d.nanosecond() >= 1_000_000_000 {
        return d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    }
    let mut b = *b"0000-00-00T00:00:00Z";
    let mut put = |at: usize, v: u32, digits: usize| {
        let mut v = v;
        for i in (0..digits).rev() {
            b[at + i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    };
    put(0, year as u32, 4);
    put(5, d.month(), 2);
    put(8, d.day(), 2);
    put(11, d.hour(), 2);
    put(14, d.minute(), 2);
    put(17, d.second(), 2);
    String::from_utf8_lossy(&b).into_owned()
}

/// Header of the events CSV.
pub const EVENT_HEADER: [&str; 8] = ["at", "kind", "class", "pupil_id", "display_name", "item", "detail", "value"];

/// Every event as one row (lesson progress, quiz attempts, signatures, co-signatures,
/// deliveries), oldest first, for analysis in a spreadsheet.
pub fn events_csv(set: &RecordSet) -> Vec<u8> {
    let r = &set.records;
    let classes: HashMap<&str, &Class> = r.classes.iter().map(|c| (c.id.as_str(), c)).collect();
    let pupils: HashMap<&str, &Pupil> = r.pupils.iter().map(|p| (p.id.as_str(), p)).collect();
    let who = |pid: &str| -> (String, String) {
        let p = pupils.get(pid);
        let class = p.and_then(|p| classes.get(p.class_id.as_str())).map(|c| c.name.clone()).unwrap_or_default();
        (class, p.map(|p| p.display_name.clone()).unwrap_or_default())
    };
    let mut rows: Vec<(chrono::DateTime<chrono::Utc>, [String; 8])> = vec![];
    let ts = rfc3339;
    for p in &r.progress {
        let (class, name) = who(&p.pupil_id);
        let (kind, at) = match p.completed_at {
            Some(c) => ("lesson-completed", c),
            None => ("lesson-progress", p.updated_at),
        };
        rows.push((
            at,
            [ts(at), kind.into(), class, p.pupil_id.clone(), name, p.lesson_id.clone(), format!("step {}", p.step), format!("{}/{}", p.first_try_correct, p.checks)],
        ));
    }
    for a in &r.quiz_attempts {
        let (class, name) = who(&a.pupil_id);
        let score: f32 = a.answers.iter().map(|x| x.score.clamp(0.0, 1.0)).sum();
        let purpose = serde_json::to_value(a.purpose).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        rows.push((
            a.started_at,
            [ts(a.started_at), "quiz-attempt".into(), class, a.pupil_id.clone(), name, a.band.slug().into(), purpose, format!("{score:.1}/{}", a.answers.len())],
        ));
    }
    for s in &r.signatures {
        let (class, name) = who(&s.pupil_id);
        rows.push((
            s.signed_at,
            [ts(s.signed_at), "signature".into(), class, s.pupil_id.clone(), name, s.aup_id.clone(), s.academic_year.label(), s.aup_hash.chars().take(12).collect()],
        ));
    }
    for s in &r.cosignatures {
        let (class, name) = who(&s.pupil_id);
        let channel = serde_json::to_value(s.channel).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        rows.push((
            s.signed_at,
            [ts(s.signed_at), "cosignature".into(), class, s.pupil_id.clone(), name, s.aup_id.clone(), s.relationship.clone(), channel],
        ));
    }
    for d in &r.deliveries {
        let class = classes.get(d.class_id.as_str()).map(|c| c.name.clone()).unwrap_or_default();
        rows.push((
            d.delivered_at,
            [ts(d.delivered_at), "delivery".into(), class, String::new(), String::new(), d.lesson_id.clone(), format!("v{}", d.lesson_version), format!("{} min", d.minutes)],
        ));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let mut w = writer();
    write_row(&mut w, &EVENT_HEADER.map(String::from));
    for (_, cells) in rows {
        write_row(&mut w, &cells);
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone, Utc};

    #[test]
    fn fast_timestamps_match_chrono() {
        let start = Utc.with_ymd_and_hms(1999, 12, 31, 23, 59, 58).unwrap();
        for step in 0..2000 {
            let d = start + Duration::seconds(step * 7_919_993 + 1) + Duration::milliseconds(step % 1000);
            assert_eq!(super::rfc3339(d), d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        }
    }
}
