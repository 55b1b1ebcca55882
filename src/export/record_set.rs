//! The full record set of a device as one value: what the JSON export contains, what a
//! bundle carries and what import and merge work on. Format documented in
//! `docs/export-format.md`; bump [`SCHEMA_VERSION`] (and document it) on any breaking change.

use crate::domain::academic_year::AcademicYear;
use crate::domain::records::{
    Class, CoSignature, Delivery, LessonProgress, Pupil, QuizAttempt, Receipt, School, Signature, Tombstone,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Marker in every export so a tool (and the importer) can tell a ByteSmart file at a glance.
pub const FORMAT: &str = "bytesmart-records";

/// The newest record-set schema this build writes and reads. Newer files are refused.
/// Version 2 added `records.tombstones` and `records.class_ties`; version 1 files (without
/// them) still import.
pub const SCHEMA_VERSION: u32 = 2;

/// The school a record set belongs to, without its secret key or PIN hash.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchoolRef {
    /// School name.
    pub name: String,
    /// Fingerprint of the school key: bundles from another school are refused by this.
    pub school_ref: String,
    /// The academic year the exporting device was working in.
    pub academic_year: AcademicYear,
}

impl SchoolRef {
    /// The shareable part of a school record.
    pub fn of(school: &School) -> SchoolRef {
        SchoolRef { name: school.name.clone(), school_ref: school.school_ref.clone(), academic_year: school.academic_year }
    }
}

/// Every record of one device (or the merged school record). Vectors are kept sorted by id
/// so two equal sets serialise identically.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Records {
    /// Classes.
    #[serde(default)]
    pub classes: Vec<Class>,
    /// Pupils.
    #[serde(default)]
    pub pupils: Vec<Pupil>,
    /// Lesson progress, one per pupil and lesson.
    #[serde(default)]
    pub progress: Vec<LessonProgress>,
    /// Quiz attempts.
    #[serde(default)]
    pub quiz_attempts: Vec<QuizAttempt>,
    /// Pupil AUP signatures.
    #[serde(default)]
    pub signatures: Vec<Signature>,
    /// Parent co-signatures.
    #[serde(default)]
    pub cosignatures: Vec<CoSignature>,
    /// Whole-class deliveries.
    #[serde(default)]
    pub deliveries: Vec<Delivery>,
    /// Deletion receipts.
    #[serde(default)]
    pub receipts: Vec<Receipt>,
    /// Pupil ids merged into another pupil record (old id -> kept id), so later imports
    /// from tablets that still use the old id land on the same pupil.
    #[serde(default)]
    pub pupil_links: BTreeMap<String, String>,
    /// Admission numbers seen on any copy of a pupil -> the kept pupil id, so a tablet that
    /// knows the pupil only by an older number still matches.
    #[serde(default)]
    pub admission_links: BTreeMap<String, String>,
    /// Class ids merged into another class record (old id -> kept id).
    #[serde(default)]
    pub class_links: BTreeMap<String, String>,
    /// Deletions (a leaver, a past academic year): merge drops every record they cover, so
    /// importing an older file never brings deleted records back (schema 2).
    #[serde(default)]
    pub tombstones: Vec<Tombstone>,
    /// Pupil id -> every class of the equally recent copies of that pupil that disagree on
    /// the class. Kept so the class the merge picks (the smallest id) is the same whatever
    /// order files are imported in (schema 2; almost always empty).
    #[serde(default)]
    pub class_ties: BTreeMap<String, Vec<String>>,
}

impl Records {
    /// Sorts every collection by id (the canonical order used in files and comparisons).
    pub fn sort(&mut self) {
        self.classes.sort_by(|a, b| a.id.cmp(&b.id));
        self.pupils.sort_by(|a, b| a.id.cmp(&b.id));
        self.progress.sort_by(|a, b| a.id.cmp(&b.id));
        self.quiz_attempts.sort_by(|a, b| a.id.cmp(&b.id));
        self.signatures.sort_by(|a, b| a.id.cmp(&b.id));
        self.cosignatures.sort_by(|a, b| a.id.cmp(&b.id));
        self.deliveries.sort_by(|a, b| a.id.cmp(&b.id));
        self.receipts.sort_by(|a, b| a.id.cmp(&b.id));
        self.tombstones.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// Total number of records (for progress bars and summaries).
    pub fn len(&self) -> usize {
        self.classes.len()
            + self.pupils.len()
            + self.progress.len()
            + self.quiz_attempts.len()
            + self.signatures.len()
            + self.cosignatures.len()
            + self.deliveries.len()
            + self.receipts.len()
    }

    /// True when there are no records at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A device's records with who exported them and when: the JSON export and bundle payload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordSet {
    /// Always [`FORMAT`].
    pub format: String,
    /// Schema of this file (see [`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The school the records belong to.
    pub school: SchoolRef,
    /// The exporting device's name.
    #[serde(default)]
    pub device_name: String,
    /// When the export was made.
    pub exported_at: DateTime<Utc>,
    /// The records.
    pub records: Records,
}

impl RecordSet {
    /// Wraps records for export (sorting them into canonical order).
    pub fn new(school: SchoolRef, device_name: &str, exported_at: DateTime<Utc>, mut records: Records) -> RecordSet {
        records.sort();
        RecordSet {
            format: FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            school,
            device_name: device_name.to_string(),
            exported_at,
            records,
        }
    }

    /// Compact JSON (a school's record set runs to tens of MB; indentation would double it).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("records always serialise")
    }

    /// Parses JSON without checking school or version (see `import` for the checked path).
    pub fn from_json(text: &str) -> Result<RecordSet, serde_json::Error> {
        serde_json::from_str(text)
    }
}
