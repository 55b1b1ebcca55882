//! The records a device keeps. Storage persists these, export writes them out and merge
//! combines them, so each shape is defined once, here. Every record has a globally unique
//! `id` (see [`crate::domain::ids`]) and an `updated_at` used when merging copies.

use crate::domain::academic_year::AcademicYear;
use crate::domain::band::Band;
use crate::domain::smart::SmartRule;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The school this device belongs to (one per device).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct School {
    /// Always `"school"`: the singleton key.
    pub id: String,
    /// School name as shown on letters and reports.
    pub name: String,
    /// The academic year the school is working in.
    pub academic_year: AcademicYear,
    /// The shared school key (base64), used to tag parent letters and match bundles.
    pub school_key: String,
    /// A short fingerprint of the school key, safe to show and to put in exports.
    pub school_ref: String,
    /// Salted PBKDF2 hash of the coordinator PIN.
    pub pin: crate::domain::pin::PinHash,
    /// True for the sample school made by "Try it with a demo school".
    #[serde(default)]
    pub demo: bool,
    /// This device's own name, used in export file names.
    #[serde(default)]
    pub device_name: String,
    /// When records were last exported as a backup.
    #[serde(default)]
    pub last_backup: Option<DateTime<Utc>>,
    /// How many academic years records are kept before the app nudges to delete.
    #[serde(default = "default_retention_years")]
    pub retention_years: u8,
}

fn default_retention_years() -> u8 {
    2
}

/// A class (teaching group).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Class {
    /// Record id.
    pub id: String,
    /// Name, e.g. "Year 3 Oak".
    pub name: String,
    /// UK year group 1-11; implies the band.
    pub year_group: u8,
    /// Archived classes are hidden from pupil login but kept on record.
    #[serde(default)]
    pub archived: bool,
    /// Last change, for merging.
    pub updated_at: DateTime<Utc>,
}

impl Class {
    /// The band implied by the year group (defaults to KS2 for an out-of-range value).
    pub fn band(&self) -> Band {
        Band::for_year_group(self.year_group).unwrap_or(Band::Ks2)
    }
}

/// A pupil: minimum data only (no birth date, no address).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pupil {
    /// Record id.
    pub id: String,
    /// The class they are in.
    pub class_id: String,
    /// Name as the pupil recognises it (first name + initial is enough).
    pub display_name: String,
    /// Optional MIS admission number, used to match the same pupil across devices.
    #[serde(default)]
    pub admission_number: Option<String>,
    /// Optional picture symbol (emoji) so KS1 pupils can find themselves.
    #[serde(default)]
    pub symbol: Option<String>,
    /// Per-pupil reading support.
    #[serde(default)]
    pub prefs: PupilPrefs,
    /// Last change, for merging.
    pub updated_at: DateTime<Utc>,
}

/// Reading-support settings kept per pupil.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PupilPrefs {
    /// Dyslexia-friendly font, spacing and line length.
    #[serde(default)]
    pub dyslexia_friendly: bool,
    /// High-contrast colours.
    #[serde(default)]
    pub high_contrast: bool,
}

/// How far a pupil got in one lesson.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LessonProgress {
    /// `<pupil_id>:<lesson_id>`.
    pub id: String,
    /// Pupil record id.
    pub pupil_id: String,
    /// Lesson id from content.
    pub lesson_id: String,
    /// Lesson version the progress refers to.
    pub lesson_version: u32,
    /// When the pupil first opened it.
    pub started_at: DateTime<Utc>,
    /// Index of the step to resume at.
    pub step: usize,
    /// Check questions answered right first time.
    #[serde(default)]
    pub first_try_correct: u32,
    /// Check questions in the lesson.
    #[serde(default)]
    pub checks: u32,
    /// Set when the finish screen is reached.
    #[serde(default)]
    pub completed_at: Option<DateTime<Utc>>,
    /// Seconds spent, summed over sessions.
    #[serde(default)]
    pub seconds: u32,
    /// Ids of the check steps already scored, so going back (or reloading) never counts a
    /// question twice and the first try is the one that counts.
    #[serde(default)]
    pub answered_checks: Vec<String>,
    /// Last change, for merging.
    pub updated_at: DateTime<Utc>,
}

impl LessonProgress {
    /// The storage key for a pupil's progress in a lesson.
    pub fn key(pupil_id: &str, lesson_id: &str) -> String {
        format!("{pupil_id}:{lesson_id}")
    }
}

/// Why a quiz was taken, so the coordinator can show change over the year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuizPurpose {
    /// An ordinary practice quiz.
    #[default]
    Practice,
    /// Start-of-year baseline.
    Baseline,
    /// End-of-unit check.
    EndOfUnit,
}

/// A pupil's answer to one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// Question id from the quiz bank.
    pub question_id: String,
    /// The rule it tests.
    pub rule: SmartRule,
    /// Chosen option ids (or ordered ids / pairs "a=b" for order and match questions).
    pub chosen: Vec<String>,
    /// Pupil said "I'm not sure".
    pub not_sure: bool,
    /// Score in [0, 1].
    pub score: f32,
    /// Seconds on the question.
    pub seconds: u32,
}

/// One attempt at a SMART quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizAttempt {
    /// Record id.
    pub id: String,
    /// Pupil record id.
    pub pupil_id: String,
    /// Band of the bank the questions came from.
    pub band: Band,
    /// Seed of the draw, so the same questions can be reproduced.
    pub seed: u32,
    /// Practice, baseline or end-of-unit.
    #[serde(default)]
    pub purpose: QuizPurpose,
    /// Question ids in the order shown.
    pub question_ids: Vec<String>,
    /// Answers so far (an attempt is saved after every question).
    pub answers: Vec<AnswerRecord>,
    /// Started.
    pub started_at: DateTime<Utc>,
    /// Set when the results screen is reached.
    #[serde(default)]
    pub finished_at: Option<DateTime<Utc>>,
    /// Last change, for merging.
    pub updated_at: DateTime<Utc>,
}

/// One point of a signature stroke: position in pad units (0..1000 wide) and time in ms.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct StrokePoint {
    /// X in pad units.
    pub x: f32,
    /// Y in pad units.
    pub y: f32,
    /// Milliseconds since the stroke started.
    pub t: u32,
    /// Pen pressure 0..1 when the device reports it.
    #[serde(default)]
    pub p: Option<f32>,
}

/// A handwritten signature as vectors (strokes of points), never as a bitmap.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ink {
    /// Pad width in pad units (height follows the aspect ratio).
    pub width: f32,
    /// Pad height in pad units.
    pub height: f32,
    /// The strokes in drawing order.
    pub strokes: Vec<Vec<StrokePoint>>,
    /// Drawn, or typed by someone who cannot draw (e.g. a keyboard-only user). Records made
    /// before this field existed were drawn.
    #[serde(default, skip_serializing_if = "SignMethod::is_drawn")]
    pub method: SignMethod,
}

/// How a signature was made, recorded honestly so a typed name is never shown as handwriting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignMethod {
    /// Handwriting on the signature pad (the strokes are the signature).
    #[default]
    Drawn,
    /// The signer typed this name as their signature instead of drawing (no strokes).
    Typed(String),
}

impl SignMethod {
    /// True for handwriting (lets serde leave the field out of ordinary records).
    pub fn is_drawn(&self) -> bool {
        *self == SignMethod::Drawn
    }
}

/// A pupil's signature on one published AUP version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    /// Record id.
    pub id: String,
    /// Pupil record id.
    pub pupil_id: String,
    /// AUP id.
    pub aup_id: String,
    /// SHA-256 (hex) of the exact text signed.
    pub aup_hash: String,
    /// Academic year signed for.
    pub academic_year: AcademicYear,
    /// When.
    pub signed_at: DateTime<Utc>,
    /// Typed name (KS2 and up).
    #[serde(default)]
    pub typed_name: Option<String>,
    /// The handwriting.
    pub ink: Ink,
}

/// Where a parent co-signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CoSignChannel {
    /// On the class tablet, unlocked by a teacher.
    InClass,
    /// At home from a letter, imported as a return.
    AtHome,
}

/// A parent or carer's co-signature.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoSignature {
    /// Record id (for returns: derived from the return so re-import is detected).
    pub id: String,
    /// Pupil record id.
    pub pupil_id: String,
    /// AUP id.
    pub aup_id: String,
    /// Hash of the AUP text co-signed.
    pub aup_hash: String,
    /// Academic year.
    pub academic_year: AcademicYear,
    /// Parent's name as typed.
    pub parent_name: String,
    /// Relationship to the pupil (e.g. "mother", "carer").
    pub relationship: String,
    /// When.
    pub signed_at: DateTime<Utc>,
    /// In class or at home.
    pub channel: CoSignChannel,
    /// The language the parent read the AUP in.
    #[serde(default)]
    pub locale: String,
    /// The handwriting.
    pub ink: Ink,
}

/// A lesson presented to a whole class (evidence of coverage).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    /// Record id.
    pub id: String,
    /// Class record id.
    pub class_id: String,
    /// Lesson id.
    pub lesson_id: String,
    /// Lesson version.
    pub lesson_version: u32,
    /// When it was delivered.
    pub delivered_at: DateTime<Utc>,
    /// Minutes it took.
    pub minutes: u32,
}

/// A receipt kept after records were deleted (retention or a leaver).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    /// Record id.
    pub id: String,
    /// When.
    pub at: DateTime<Utc>,
    /// Who (a role, never a name): "coordinator" or "teacher".
    pub by_role: String,
    /// What was deleted, in words and counts.
    pub summary: String,
}

/// What a tombstone says was deleted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TombstoneScope {
    /// One pupil (a leaver) and everything recorded about them.
    Pupil {
        /// The deleted pupil's record id.
        pupil_id: String,
    },
    /// Every dated record of this academic year and the years before it.
    Year {
        /// The academic year deleted.
        academic_year: AcademicYear,
    },
}

/// A record of a deletion, kept (and exported) so a merge never brings back what retention
/// deleted when an older bundle or another tablet's copy is imported later. Holds no name:
/// only ids, a year, a time and a role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// `pupil:<pupil id>` or `year:<start year>`: the same deletion made on two devices has
    /// one id, so tombstones union cleanly.
    pub id: String,
    /// What was deleted.
    pub scope: TombstoneScope,
    /// When (the earliest deletion when several devices deleted the same thing).
    pub at: DateTime<Utc>,
    /// Who, as a role ("coordinator" or "teacher"), never a name.
    pub by_role: String,
    /// For a pupil: every other record id that was merged into the same pupil (so a tablet
    /// still using an old id cannot bring the pupil back). Filled in by merge.
    #[serde(default)]
    pub other_ids: Vec<String>,
    /// For a pupil: SHA-256 (hex) of each admission number the pupil was known by, so a
    /// tablet that knows the pupil only by admission number is matched too, without keeping
    /// the number itself. Filled in by merge.
    #[serde(default)]
    pub admission_hashes: Vec<String>,
}

impl Tombstone {
    /// The tombstone for a deleted pupil.
    pub fn pupil(pupil_id: &str, at: DateTime<Utc>, by_role: &str) -> Tombstone {
        Tombstone {
            id: format!("pupil:{pupil_id}"),
            scope: TombstoneScope::Pupil { pupil_id: pupil_id.to_string() },
            at,
            by_role: by_role.to_string(),
            other_ids: vec![],
            admission_hashes: vec![],
        }
    }

    /// The tombstone for a deleted academic year (and every year before it).
    pub fn year(academic_year: AcademicYear, at: DateTime<Utc>, by_role: &str) -> Tombstone {
        Tombstone {
            id: format!("year:{}", academic_year.0),
            scope: TombstoneScope::Year { academic_year },
            at,
            by_role: by_role.to_string(),
            other_ids: vec![],
            admission_hashes: vec![],
        }
    }
}
