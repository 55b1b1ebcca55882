//! A generated school of any size, for the export benchmarks (native and in Chromium) and
//! tests. Not used by the app itself, so it never reaches the shipped wasm.
//! Deterministic for a given seed so figures and failures are reproducible.

use crate::domain::academic_year::AcademicYear;
use crate::domain::band::Band;
use crate::domain::records::*;
use crate::domain::smart::SmartRule;
use crate::export::record_set::{RecordSet, Records, SchoolRef};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// The school reference every generated set uses.
pub const SAMPLE_SCHOOL_REF: &str = "ref-sample";

/// The sample school's reference record.
pub fn sample_school_ref() -> SchoolRef {
    SchoolRef { name: "Sample Primary".into(), school_ref: SAMPLE_SCHOOL_REF.into(), academic_year: AcademicYear(2026) }
}

fn ink(rng: &mut impl RngCore) -> Ink {
    let strokes = (0..3)
        .map(|s| {
            (0..20)
                .map(|i| StrokePoint {
                    x: (s * 300 + i * 12) as f32,
                    y: 100.0 + (rng.next_u32() % 200) as f32,
                    t: i as u32 * 16,
                    p: None,
                })
                .collect()
        })
        .collect();
    Ink { width: 1000.0, height: 400.0, strokes, method: Default::default() }
}

/// A school of `pupils` pupils in classes of 30, each with `lessons` lessons of progress and
/// `attempts` quiz attempts of 10 answers, a signature and (for most) a parent co-signature.
/// `device` prefixes record ids so different devices' sets do not collide.
pub fn sample_school(pupils: usize, lessons: usize, attempts: usize, device: &str, seed: u64) -> RecordSet {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let t0: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 9, 8, 9, 0, 0).unwrap();
    let mut r = Records::default();
    let classes = pupils.div_ceil(30).max(1);
    for c in 0..classes {
        let year_group = (c % 6 + 1) as u8;
        r.classes.push(Class {
            id: format!("class_{c:03}"),
            name: format!("Year {year_group} Group {c}"),
            year_group,
            archived: false,
            updated_at: t0,
        });
    }
    let rules = SmartRule::ALL;
    for i in 0..pupils {
        let pid = format!("pupil_{device}_{i:05}");
        let class = &r.classes[i / 30 % classes];
        let band = class.band();
        r.pupils.push(Pupil {
            id: pid.clone(),
            class_id: class.id.clone(),
            display_name: format!("Pupil {i}"),
            admission_number: Some(format!("A{i:05}")),
            symbol: None,
            prefs: PupilPrefs::default(),
            updated_at: t0,
        });
        let lesson_ids: Vec<String> = crate::content::library()
            .lessons_for(band)
            .map(|l| l.id.clone())
            .chain((0..).map(|n| format!("{}-generated-{n:02}", band.slug())))
            .take(lessons)
            .collect();
        for (n, lesson) in lesson_ids.iter().enumerate() {
            let at = t0 + Duration::days(n as i64 * 5) + Duration::minutes((rng.next_u32() % 300) as i64);
            let done = rng.next_u32() % 4 != 0;
            r.progress.push(LessonProgress {
                id: LessonProgress::key(&pid, lesson),
                pupil_id: pid.clone(),
                lesson_id: lesson.clone(),
                lesson_version: 1,
                started_at: at,
                step: (rng.next_u32() % 8) as usize,
                first_try_correct: rng.next_u32() % 4,
                checks: 3,
                completed_at: done.then_some(at + Duration::minutes(20)),
                seconds: 600 + rng.next_u32() % 900,
                answered_checks: vec![],
                updated_at: at + Duration::minutes(20),
            });
        }
        for a in 0..attempts {
            let at = t0 + Duration::days(a as i64 * 40);
            r.quiz_attempts.push(QuizAttempt {
                id: format!("quiz_{device}_{i:05}_{a}"),
                pupil_id: pid.clone(),
                band: if band == Band::Secondary { Band::Secondary } else { band },
                seed: rng.next_u32(),
                purpose: if a == 0 { QuizPurpose::Baseline } else { QuizPurpose::Practice },
                question_ids: (0..10).map(|q| format!("{}-q{q}", band.slug())).collect(),
                answers: (0..10)
                    .map(|q| AnswerRecord {
                        question_id: format!("{}-q{q}", band.slug()),
                        rule: rules[q % 5],
                        chosen: vec!["a".into()],
                        not_sure: false,
                        score: if rng.next_u32() % 3 == 0 { 0.0 } else { 1.0 },
                        seconds: 5 + rng.next_u32() % 20,
                    })
                    .collect(),
                started_at: at,
                finished_at: Some(at + Duration::minutes(8)),
                updated_at: at + Duration::minutes(8),
            });
        }
        r.signatures.push(Signature {
            id: format!("sig_{device}_{i:05}"),
            pupil_id: pid.clone(),
            aup_id: format!("aup-{}", band.slug()),
            aup_hash: "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12".into(),
            academic_year: AcademicYear(2026),
            signed_at: t0 + Duration::days(3),
            typed_name: None,
            ink: ink(&mut rng),
        });
        if i % 5 != 0 {
            r.cosignatures.push(CoSignature {
                id: format!("cosig_{device}_{i:05}"),
                pupil_id: pid.clone(),
                aup_id: format!("aup-{}", band.slug()),
                aup_hash: "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12".into(),
                academic_year: AcademicYear(2026),
                parent_name: format!("Parent {i}"),
                relationship: "carer".into(),
                signed_at: t0 + Duration::days(6),
                channel: CoSignChannel::AtHome,
                locale: "en-GB".into(),
                ink: ink(&mut rng),
            });
        }
    }
    RecordSet::new(sample_school_ref(), device, t0 + Duration::days(80), r)
}

/// What tablet number `tablet` of a school would export: the whole class list, but progress,
/// attempts and signatures only for its own 30 pupils (the real shape of a school's tablets),
/// so the merge benchmarks combine realistic, overlapping record sets.
pub fn tablet_share(set: &RecordSet, tablet: usize) -> RecordSet {
    let mut r: Records = set.records.clone();
    let mine = |pid: &str| pid.rsplit('_').next().and_then(|n| n.parse::<usize>().ok()).unwrap_or(0) / 30 == tablet;
    r.progress.retain(|p| mine(&p.pupil_id));
    r.quiz_attempts.retain(|a| mine(&a.pupil_id));
    r.signatures.retain(|s| mine(&s.pupil_id));
    r.cosignatures.retain(|s| mine(&s.pupil_id));
    RecordSet::new(set.school.clone(), &format!("tablet {tablet}"), set.exported_at, r)
}
