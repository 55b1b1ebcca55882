//! SMART mastery: how well a pupil (or a group) answers questions on each SMART rule.
//! Shared by quiz results, the coordinator dashboard and exports so every screen and file
//! reports the same number for the same answers.

use crate::domain::records::{QuizAttempt, QuizPurpose};
use crate::domain::smart::SmartRule;
use std::collections::BTreeMap;

/// Mean score on one rule and how many answers it is based on.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RuleMastery {
    /// Mean score in [0, 1].
    pub mean: f32,
    /// Number of answers the mean is based on.
    pub answers: u32,
}

impl RuleMastery {
    /// The mean as a whole percentage (0-100), as reports and CSVs show it.
    pub fn percent(&self) -> u32 {
        (self.mean.clamp(0.0, 1.0) * 100.0).round() as u32
    }
}

/// Mean score per rule over every answer in the given attempts ("I'm not sure" scores 0).
/// Rules with no answers are absent, so "no evidence" is never shown as 0 %.
pub fn mastery_by_rule<'a>(attempts: impl IntoIterator<Item = &'a QuizAttempt>) -> BTreeMap<SmartRule, RuleMastery> {
    let mut sums: BTreeMap<SmartRule, (f64, u32)> = BTreeMap::new();
    for a in attempts {
        for ans in &a.answers {
            let e = sums.entry(ans.rule).or_default();
            e.0 += f64::from(ans.score.clamp(0.0, 1.0));
            e.1 += 1;
        }
    }
    sums.into_iter()
        .map(|(rule, (sum, n))| (rule, RuleMastery { mean: (sum / f64::from(n)) as f32, answers: n }))
        .collect()
}

/// A pupil's baseline attempts: those marked baseline, or else their earliest attempt.
/// The dashboard compares this with [`latest_attempts`] to show change over the year.
pub fn baseline_attempts(attempts: &[&QuizAttempt]) -> Vec<QuizAttempt> {
    let marked: Vec<QuizAttempt> =
        attempts.iter().filter(|a| a.purpose == QuizPurpose::Baseline).map(|a| (*a).clone()).collect();
    if !marked.is_empty() {
        return marked;
    }
    attempts.iter().min_by_key(|a| (a.started_at, a.id.clone())).map(|a| vec![(*a).clone()]).unwrap_or_default()
}

/// A pupil's most recent attempt that is not a baseline (empty if there is none).
pub fn latest_attempts(attempts: &[&QuizAttempt]) -> Vec<QuizAttempt> {
    attempts
        .iter()
        .filter(|a| a.purpose != QuizPurpose::Baseline)
        .max_by_key(|a| (a.started_at, a.id.clone()))
        .map(|a| vec![(*a).clone()])
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::band::Band;
    use crate::domain::records::AnswerRecord;
    use chrono::{TimeZone, Utc};

    fn attempt(id: &str, day: u32, purpose: QuizPurpose, answers: &[(SmartRule, f32)]) -> QuizAttempt {
        let at = Utc.with_ymd_and_hms(2026, 10, day, 9, 0, 0).unwrap();
        QuizAttempt {
            id: id.into(),
            pupil_id: "p".into(),
            band: Band::Ks2,
            seed: 1,
            purpose,
            question_ids: vec![],
            answers: answers
                .iter()
                .enumerate()
                .map(|(i, (rule, score))| AnswerRecord {
                    question_id: format!("q{i}"),
                    rule: *rule,
                    chosen: vec![],
                    not_sure: false,
                    score: *score,
                    seconds: 3,
                })
                .collect(),
            started_at: at,
            finished_at: Some(at),
            updated_at: at,
        }
    }

    #[test]
    fn mastery_is_the_mean_score_per_rule_and_absent_without_answers() {
        let a = attempt("a", 1, QuizPurpose::Practice, &[(SmartRule::Safe, 1.0), (SmartRule::Safe, 0.0), (SmartRule::Tell, 0.5)]);
        let b = attempt("b", 2, QuizPurpose::Practice, &[(SmartRule::Safe, 1.0)]);
        let m = mastery_by_rule([&a, &b]);
        assert_eq!(m[&SmartRule::Safe].answers, 3);
        assert_eq!(m[&SmartRule::Safe].percent(), 67);
        assert_eq!(m[&SmartRule::Tell].percent(), 50);
        assert!(!m.contains_key(&SmartRule::Meet));
    }

    #[test]
    fn baseline_is_the_marked_attempt_or_the_earliest() {
        let first = attempt("first", 1, QuizPurpose::Practice, &[]);
        let base = attempt("base", 3, QuizPurpose::Baseline, &[]);
        let last = attempt("last", 9, QuizPurpose::EndOfUnit, &[]);
        assert_eq!(baseline_attempts(&[&first, &base, &last])[0].id, "base");
        assert_eq!(baseline_attempts(&[&last, &first])[0].id, "first");
        assert_eq!(latest_attempts(&[&first, &base, &last])[0].id, "last");
        assert!(latest_attempts(&[&base]).is_empty());
    }
}
