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

/// The oldest academic year the school keeps when it keeps records for `years` academic years
/// (counting the current one): keeping 2 years in 2026-27 keeps 2025-26 and 2026-27.
pub fn oldest_kept(current: AcademicYear, years: u8) -> AcademicYear {
    AcademicYear(current.0 - i32::from(years.max(1)) + 1)
}

/// Records older than the school's chosen period, for the settings nudge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overdue {
    /// Dated records (lesson progress, quiz attempts, signatures, co-signatures, class lessons)
    /// from before the oldest kept year.
    pub records: usize,
    /// The past academic years they belong to, oldest first (each can be deleted on the
    /// retention screen).
    pub years: Vec<AcademicYear>,
}

/// Which records are older than the school keeps. Dates are read the same way
/// [`plan_delete_year`] reads them, so deleting every listed year clears the nudge.
pub fn overdue(r: &Records, current: AcademicYear, keep_years: u8) -> Overdue {
    let keep_from = oldest_kept(current, keep_years);
    let year_of = |d: DateTime<Utc>| AcademicYear::containing(d.date_naive());
    let years: Vec<AcademicYear> = r
        .progress
        .iter()
        .map(|x| year_of(x.updated_at))
        .chain(r.quiz_attempts.iter().map(|x| year_of(x.started_at)))
        .chain(r.signatures.iter().map(|x| x.academic_year))
        .chain(r.cosignatures.iter().map(|x| x.academic_year))
        .chain(r.deliveries.iter().map(|x| year_of(x.delivered_at)))
        .filter(|y| *y < keep_from)
        .collect();
    let distinct: BTreeSet<AcademicYear> = years.iter().copied().collect();
    Overdue { records: years.len(), years: distinct.into_iter().collect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::Delivery;
    use crate::export::sample::sample_school;
    use chrono::Duration;

    #[test]
    fn nothing_is_overdue_inside_the_chosen_period() {
        // The sample school's records are all from autumn 2026.
        let set = sample_school(30, 3, 2, "t", 7);
        assert_eq!(overdue(&set.records, AcademicYear(2026), 1), Overdue::default());
        assert_eq!(overdue(&set.records, AcademicYear(2027), 2), Overdue::default(), "2026-27 is still kept in 2027-28");
        assert_eq!(oldest_kept(AcademicYear(2027), 2), AcademicYear(2026));
        assert_eq!(oldest_kept(AcademicYear(2027), 0), AcademicYear(2027), "at least the current year is kept");
    }

    #[test]
    fn old_records_are_counted_by_year_and_deleting_those_years_clears_the_nudge() {
        let mut set = sample_school(30, 3, 2, "t", 8);
        let r = &mut set.records;
        // Move one pupil's lesson records and signature three years back (2023-24), and a
        // class lesson four years back (2022-23).
        let pid = r.pupils[0].id.clone();
        let mut moved = 0;
        for p in r.progress.iter_mut().filter(|p| p.pupil_id == pid) {
            p.updated_at -= Duration::days(3 * 365);
            moved += 1;
        }
        for s in r.signatures.iter_mut().filter(|s| s.pupil_id == pid) {
            s.academic_year = AcademicYear(2023);
            moved += 1;
        }
        let mut d = Delivery {
            id: "del-old".into(),
            class_id: r.classes[0].id.clone(),
            lesson_id: r.progress[0].lesson_id.clone(),
            lesson_version: 1,
            delivered_at: r.progress[0].updated_at - Duration::days(365),
            minutes: 30,
        };
        d.delivered_at = d.delivered_at.min(chrono::TimeZone::with_ymd_and_hms(&Utc, 2023, 3, 1, 9, 0, 0).unwrap());
        r.deliveries.push(d);
        // Keeping 2 years in 2026-27 keeps 2025-26 onwards.
        let o = overdue(r, AcademicYear(2026), 2);
        assert_eq!(o.records, moved + 1);
        assert_eq!(o.years, vec![AcademicYear(2022), AcademicYear(2023)]);
        // Keeping 5 years keeps them all.
        assert_eq!(overdue(r, AcademicYear(2026), 5).records, 0);
        // Deleting the listed years (as the retention screen would) leaves nothing overdue.
        let mut after = r.clone();
        for y in &o.years {
            let plan = plan_delete_year(&after, *y, AcademicYear(2026)).unwrap();
            after = apply_plan(&after, &plan);
        }
        assert_eq!(overdue(&after, AcademicYear(2026), 2), Overdue::default());
        assert_eq!(after.pupils.len(), 30, "the pupil still has this year's records");
    }
}
