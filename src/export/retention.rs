//! Retention and erasure: working out exactly which records go when a pupil leaves or a past
//! academic year is deleted, so the confirmation can name them and storage can delete them
//! in one transaction with a receipt. Pure planning; storage carries the plan out.

use crate::domain::academic_year::AcademicYear;
use crate::domain::records::Receipt;
use crate::export::record_set::Records;
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;

/// Which kind of record an id in a plan refers to (storage maps these to object stores).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    /// A class.
    Class,
    /// A pupil.
    Pupil,
    /// Lesson progress.
    Progress,
    /// A quiz attempt.
    QuizAttempt,
    /// A pupil signature.
    Signature,
    /// A parent co-signature.
    CoSignature,
    /// A class delivery.
    Delivery,
}

/// What will be deleted, counted per kind, for the confirmation and the receipt.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Classes.
    pub classes: usize,
    /// Pupils.
    pub pupils: usize,
    /// Lesson progress records.
    pub progress: usize,
    /// Quiz attempts.
    pub quiz_attempts: usize,
    /// Pupil signatures.
    pub signatures: usize,
    /// Parent co-signatures.
    pub cosignatures: usize,
    /// Class deliveries.
    pub deliveries: usize,
}

/// Why something cannot be deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetentionError {
    /// No pupil with that id.
    UnknownPupil,
    /// The current (or a future) academic year cannot be deleted as "past".
    NotPast,
}

/// The ids to delete and what the receipt will say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetentionPlan {
    /// Every record to delete, by kind.
    pub deletes: BTreeSet<(RecordKind, String)>,
    /// Counts per kind.
    pub counts: Counts,
    /// What was deleted in words that identify no child ("leaver" or "academic year 2024-25").
    pub scope: String,
}

impl RetentionPlan {
    fn from(deletes: BTreeSet<(RecordKind, String)>, scope: String) -> RetentionPlan {
        let n = |k: RecordKind| deletes.iter().filter(|(kind, _)| *kind == k).count();
        let counts = Counts {
            classes: n(RecordKind::Class),
            pupils: n(RecordKind::Pupil),
            progress: n(RecordKind::Progress),
            quiz_attempts: n(RecordKind::QuizAttempt),
            signatures: n(RecordKind::Signature),
            cosignatures: n(RecordKind::CoSignature),
            deliveries: n(RecordKind::Delivery),
        };
        RetentionPlan { deletes, counts, scope }
    }

    /// The receipt kept after the deletion: when, by which role, and what went (counts only,
    /// so the receipt itself holds no personal data).
    pub fn receipt(&self, id: String, at: DateTime<Utc>, by_role: &str) -> Receipt {
        let c = &self.counts;
        Receipt {
            id,
            at,
            by_role: by_role.to_string(),
            summary: format!(
                "{}: classes={} pupils={} progress={} quiz_attempts={} signatures={} cosignatures={} deliveries={}",
                self.scope, c.classes, c.pupils, c.progress, c.quiz_attempts, c.signatures, c.cosignatures, c.deliveries
            ),
        }
    }
}

/// Everything about one pupil (a leaver): the pupil, their progress, quiz attempts,
/// signatures and parent co-signatures, and any links to their record.
pub fn plan_delete_pupil(r: &Records, pupil_id: &str) -> Result<RetentionPlan, RetentionError> {
    if !r.pupils.iter().any(|p| p.id == pupil_id) {
        return Err(RetentionError::UnknownPupil);
    }
    let mut d = BTreeSet::new();
    d.insert((RecordKind::Pupil, pupil_id.to_string()));
    d.extend(r.progress.iter().filter(|x| x.pupil_id == pupil_id).map(|x| (RecordKind::Progress, x.id.clone())));
    d.extend(r.quiz_attempts.iter().filter(|x| x.pupil_id == pupil_id).map(|x| (RecordKind::QuizAttempt, x.id.clone())));
    d.extend(r.signatures.iter().filter(|x| x.pupil_id == pupil_id).map(|x| (RecordKind::Signature, x.id.clone())));
    d.extend(r.cosignatures.iter().filter(|x| x.pupil_id == pupil_id).map(|x| (RecordKind::CoSignature, x.id.clone())));
    Ok(RetentionPlan::from(d, "leaver".into()))
}

/// Everything from a past academic year: progress, attempts and deliveries dated in it,
/// signatures and co-signatures made for it; then pupils left with no records who were last
/// changed by its end, and archived classes left with no pupils.
pub fn plan_delete_year(r: &Records, year: AcademicYear, current: AcademicYear) -> Result<RetentionPlan, RetentionError> {
    if year >= current {
        return Err(RetentionError::NotPast);
    }
    let inside = |d: DateTime<Utc>| year.contains(d.date_naive());
    let mut d = BTreeSet::new();
    let mut keeps_pupil: BTreeSet<&str> = BTreeSet::new();
    for x in &r.progress {
        if inside(x.updated_at) {
            d.insert((RecordKind::Progress, x.id.clone()));
        } else {
            keeps_pupil.insert(&x.pupil_id);
        }
    }
    for x in &r.quiz_attempts {
        if inside(x.started_at) {
            d.insert((RecordKind::QuizAttempt, x.id.clone()));
        } else {
            keeps_pupil.insert(&x.pupil_id);
        }
    }
    for x in &r.signatures {
        if x.academic_year == year {
            d.insert((RecordKind::Signature, x.id.clone()));
        } else {
            keeps_pupil.insert(&x.pupil_id);
        }
    }
    for x in &r.cosignatures {
        if x.academic_year == year {
            d.insert((RecordKind::CoSignature, x.id.clone()));
        } else {
            keeps_pupil.insert(&x.pupil_id);
        }
    }
    let mut keeps_class: BTreeSet<&str> = BTreeSet::new();
    for x in &r.deliveries {
        if inside(x.delivered_at) {
            d.insert((RecordKind::Delivery, x.id.clone()));
        } else {
            keeps_class.insert(&x.class_id);
        }
    }
    let year_end = year.end();
    for p in &r.pupils {
        if !keeps_pupil.contains(p.id.as_str()) && p.updated_at.date_naive() <= year_end {
            d.insert((RecordKind::Pupil, p.id.clone()));
        } else {
            keeps_class.insert(&p.class_id);
        }
    }
    for c in &r.classes {
        if c.archived && !keeps_class.contains(c.id.as_str()) && c.updated_at.date_naive() <= year_end {
            d.insert((RecordKind::Class, c.id.clone()));
        }
    }
    Ok(RetentionPlan::from(d, format!("academic year {}", year.label())))
}

/// Applies a plan to an in-memory record set (what storage does in its transaction; used by
/// tests and by the dashboard preview).
pub fn apply_plan(r: &Records, plan: &RetentionPlan) -> Records {
    let gone = |k: RecordKind, id: &str| plan.deletes.contains(&(k, id.to_string()));
    let mut out = r.clone();
    out.classes.retain(|x| !gone(RecordKind::Class, &x.id));
    out.pupils.retain(|x| !gone(RecordKind::Pupil, &x.id));
    out.progress.retain(|x| !gone(RecordKind::Progress, &x.id));
    out.quiz_attempts.retain(|x| !gone(RecordKind::QuizAttempt, &x.id));
    out.signatures.retain(|x| !gone(RecordKind::Signature, &x.id));
    out.cosignatures.retain(|x| !gone(RecordKind::CoSignature, &x.id));
    out.deliveries.retain(|x| !gone(RecordKind::Delivery, &x.id));
    out
}
