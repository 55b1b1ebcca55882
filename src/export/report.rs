//! The coordinator dashboard's figures, computed from a record set: completion and AUP
//! status per class, strand coverage per year group, SMART mastery baseline vs latest, and
//! the chase list. Pure, so the numbers on screen, in print and in tests are the same.

use crate::domain::band::Band;
use crate::domain::mastery::{baseline_attempts, latest_attempts, mastery_by_rule};
use crate::domain::records::QuizAttempt;
use crate::domain::smart::SmartRule;
use crate::domain::strand::Strand;
use crate::export::csv_out::{pupil_rows, PupilRow};
use crate::export::record_set::RecordSet;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One class's line on the dashboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassSummary {
    /// Class id.
    pub class_id: String,
    /// Class name.
    pub name: String,
    /// Year group.
    pub year_group: u8,
    /// Pupils in the class.
    pub pupils: usize,
    /// Lessons completed, summed over pupils.
    pub lessons_completed: usize,
    /// Lessons available, summed over pupils.
    pub lessons_available: usize,
    /// Pupils who signed this year's AUP.
    pub signed: usize,
    /// Pupils whose parent co-signed this year.
    pub cosigned: usize,
}

impl ClassSummary {
    /// Completion as a whole percentage.
    pub fn completion_percent(&self) -> u32 {
        percent(self.lessons_completed, self.lessons_available)
    }
}

/// Whole-number percentage, 0 when there is nothing to count.
pub fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 { 0 } else { ((part as f64 / whole as f64) * 100.0).round() as u32 }
}

/// Why a pupil is on the chase list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// No pupil signature this year.
    Signature,
    /// Signed, but no parent co-signature this year.
    CoSignature,
}

/// Everything the dashboard shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    /// Per class, sorted by year group then name.
    pub classes: Vec<ClassSummary>,
    /// Per year group: which strands were taught (pupil lessons or class deliveries).
    pub strands: BTreeMap<u8, BTreeSet<Strand>>,
    /// Per rule: mean baseline and latest mastery percentage across pupils (None = no data).
    pub mastery: Vec<(SmartRule, Option<u32>, Option<u32>)>,
    /// Pupils missing a signature or co-signature.
    pub chase: Vec<(PupilRow, Missing)>,
    /// Every pupil row (for class and band filters).
    pub rows: Vec<PupilRow>,
}

impl Dashboard {
    /// Whole-school totals: (pupils, completed, available, signed, co-signed).
    pub fn totals(&self) -> (usize, usize, usize, usize, usize) {
        self.classes.iter().fold((0, 0, 0, 0, 0), |t, c| {
            (t.0 + c.pupils, t.1 + c.lessons_completed, t.2 + c.lessons_available, t.3 + c.signed, t.4 + c.cosigned)
        })
    }
}

/// Works out the dashboard from a record set.
pub fn dashboard(set: &RecordSet) -> Dashboard {
    let r = &set.records;
    let rows = pupil_rows(set);
    let mut classes: BTreeMap<String, ClassSummary> = r
        .classes
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                ClassSummary {
                    class_id: c.id.clone(),
                    name: c.name.clone(),
                    year_group: c.year_group,
                    pupils: 0,
                    lessons_completed: 0,
                    lessons_available: 0,
                    signed: 0,
                    cosigned: 0,
                },
            )
        })
        .collect();
    let mut chase = vec![];
    for row in &rows {
        if let Some(c) = classes.get_mut(&row.class_id) {
            c.pupils += 1;
            c.lessons_completed += row.lessons_completed;
            c.lessons_available += row.lessons_available;
            c.signed += usize::from(row.aup_signed.is_some());
            c.cosigned += usize::from(row.cosigned.is_some());
        }
        if row.aup_signed.is_none() {
            chase.push((row.clone(), Missing::Signature));
        } else if row.cosigned.is_none() {
            chase.push((row.clone(), Missing::CoSignature));
        }
    }
    let mut classes: Vec<ClassSummary> = classes.into_values().collect();
    classes.sort_by(|a, b| (a.year_group, &a.name).cmp(&(b.year_group, &b.name)));

    // Strand coverage per year group.
    let lib = crate::content::library();
    let year_of_class: HashMap<&str, u8> = r.classes.iter().map(|c| (c.id.as_str(), c.year_group)).collect();
    let year_of_pupil: HashMap<&str, u8> =
        r.pupils.iter().filter_map(|p| year_of_class.get(p.class_id.as_str()).map(|y| (p.id.as_str(), *y))).collect();
    let mut strands: BTreeMap<u8, BTreeSet<Strand>> = BTreeMap::new();
    let mut add = |year: u8, lesson: &str| {
        if let Some(l) = lib.lesson(lesson) {
            strands.entry(year).or_default().extend(l.strands.iter().copied());
        }
    };
    for p in r.progress.iter().filter(|p| p.completed_at.is_some()) {
        if let Some(y) = year_of_pupil.get(p.pupil_id.as_str()) {
            add(*y, &p.lesson_id);
        }
    }
    for d in &r.deliveries {
        if let Some(y) = year_of_class.get(d.class_id.as_str()) {
            add(*y, &d.lesson_id);
        }
    }

    // Mastery: mean over pupils of each pupil's baseline and latest mastery per rule.
    let mut by_pupil: HashMap<&str, Vec<&QuizAttempt>> = HashMap::new();
    for a in &r.quiz_attempts {
        by_pupil.entry(a.pupil_id.as_str()).or_default().push(a);
    }
    let mut base: BTreeMap<SmartRule, Vec<u32>> = BTreeMap::new();
    let mut latest: BTreeMap<SmartRule, Vec<u32>> = BTreeMap::new();
    for attempts in by_pupil.values() {
        for (rule, m) in mastery_by_rule(&baseline_attempts(attempts)) {
            base.entry(rule).or_default().push(m.percent());
        }
        for (rule, m) in mastery_by_rule(&latest_attempts(attempts)) {
            latest.entry(rule).or_default().push(m.percent());
        }
    }
    let mean = |v: Option<&Vec<u32>>| {
        v.filter(|v| !v.is_empty()).map(|v| (v.iter().sum::<u32>() as f64 / v.len() as f64).round() as u32)
    };
    let mastery = SmartRule::ALL.iter().map(|r| (*r, mean(base.get(r)), mean(latest.get(r)))).collect();
    Dashboard { classes, strands, mastery, chase, rows }
}

/// Bands present in a dashboard (for the band filter).
pub fn bands(d: &Dashboard) -> Vec<Band> {
    let mut b: Vec<Band> = d.rows.iter().map(|r| r.band).collect();
    b.sort();
    b.dedup();
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::sample::sample_school;

    #[test]
    fn dashboard_totals_match_the_pupil_rows() {
        let set = sample_school(65, 4, 2, "t", 3);
        let d = dashboard(&set);
        let (pupils, done, avail, signed, cosigned) = d.totals();
        assert_eq!(pupils, 65);
        assert_eq!(done, d.rows.iter().map(|r| r.lessons_completed).sum::<usize>());
        assert_eq!(avail, d.rows.iter().map(|r| r.lessons_available).sum::<usize>());
        assert_eq!(signed, 65);
        assert_eq!(cosigned, 65 - 13, "every fifth pupil has no co-signature");
        assert_eq!(d.chase.len(), 13);
        assert!(d.chase.iter().all(|(_, m)| *m == Missing::CoSignature));
        assert!(d.mastery.iter().all(|(_, b, l)| b.is_some() && l.is_some()));
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(0, 0), 0);
    }
}
