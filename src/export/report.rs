//! The coordinator dashboard's figures, computed from a record set: completion and AUP
//! status per class, strand coverage per year group, SMART mastery baseline vs latest, and
//! the chase list; the governors' report for a date range; signed AUP sheets; and the
//! settings nudge about records older than the school keeps. Pure, so the numbers on screen,
//! in print and in tests are the same.

use crate::content::model::aup::Aup;
use crate::domain::academic_year::AcademicYear;
use crate::domain::band::Band;
use crate::domain::mastery::{baseline_attempts, latest_attempts, mastery_by_rule};
use crate::domain::records::{CoSignature, Pupil, QuizAttempt, Signature};
use crate::domain::smart::SmartRule;
use crate::domain::strand::Strand;
use crate::export::csv_out::{pupil_rows, PupilRow};
use crate::export::record_set::{RecordSet, Records};
use chrono::{DateTime, NaiveDate, Utc};
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

/// The governors' report period: both days count (a lesson finished on `to` is in range).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    /// First day, inclusive.
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub to: NaiveDate,
}

impl DateRange {
    /// The whole of an academic year (1 September to 31 August), the report's default.
    pub fn academic_year(y: AcademicYear) -> DateRange {
        DateRange { from: y.start(), to: y.end() }
    }

    /// Whether a moment falls on one of the range's days (UTC date).
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        let d = at.date_naive();
        self.from <= d && d <= self.to
    }

    /// Swaps the ends when typed the wrong way round, so the report never silently shows nothing.
    pub fn ordered(self) -> DateRange {
        if self.from <= self.to { self } else { DateRange { from: self.to, to: self.from } }
    }
}

/// Keeps only the events that happened in the range: lessons completed (or, when unfinished,
/// last worked on), quiz attempts started, signatures and co-signatures made, class lessons
/// delivered and deletions done in it. Classes and pupils all stay, so the report still
/// lists every pupil (with nothing to their name when nothing happened in the range).
pub fn in_range(r: &Records, range: DateRange) -> Records {
    let mut out = r.clone();
    out.progress.retain(|p| range.contains(p.completed_at.unwrap_or(p.updated_at)));
    out.quiz_attempts.retain(|a| range.contains(a.started_at));
    out.signatures.retain(|s| range.contains(s.signed_at));
    out.cosignatures.retain(|c| range.contains(c.signed_at));
    out.deliveries.retain(|d| range.contains(d.delivered_at));
    out.receipts.retain(|x| range.contains(x.at));
    out
}

/// The dashboard for a date range: events outside it are not counted, and signatures count
/// for the academic year the range ends in.
pub fn dashboard_for_range(set: &RecordSet, range: DateRange) -> Dashboard {
    let range = range.ordered();
    let mut ranged = set.clone();
    ranged.records = in_range(&set.records, range);
    ranged.school.academic_year = AcademicYear::containing(range.to);
    dashboard(&ranged)
}

/// One pupil's printable AUP sheet: what they signed and who co-signed, with the text as it
/// was signed (looked up by its hash), so the paper record matches the stored one exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedSheet {
    /// The pupil.
    pub pupil: Pupil,
    /// Their class name.
    pub class_name: String,
    /// Their latest signature, if any.
    pub signature: Option<Signature>,
    /// The text with the signature's hash, when this device knows it.
    pub text: Option<Aup>,
    /// The latest parent co-signature, preferring one of the same text as the signature.
    pub cosignature: Option<CoSignature>,
}

/// Sheets for everyone in a class (sorted by name as on the class list). `texts` are the AUP
/// texts this device knows, as (hash, text): the built-in ones and every published version.
pub fn signed_sheets(r: &Records, class_id: &str, texts: &[(String, Aup)]) -> Vec<SignedSheet> {
    let class_name = r.classes.iter().find(|c| c.id == class_id).map(|c| c.name.clone()).unwrap_or_default();
    let mut pupils: Vec<&Pupil> = r.pupils.iter().filter(|p| p.class_id == class_id).collect();
    pupils.sort_by(|a, b| (a.display_name.to_lowercase(), &a.id).cmp(&(b.display_name.to_lowercase(), &b.id)));
    pupils
        .into_iter()
        .map(|p| {
            let signature = r.signatures.iter().filter(|s| s.pupil_id == p.id).max_by_key(|s| (s.signed_at, &s.id)).cloned();
            let text = signature
                .as_ref()
                .and_then(|s| texts.iter().find(|(h, t)| *h == s.aup_hash && t.id == s.aup_id))
                .map(|(_, t)| t.clone());
            let mine = || r.cosignatures.iter().filter(|c| c.pupil_id == p.id);
            let same_text = signature.as_ref().and_then(|s| mine().filter(|c| c.aup_hash == s.aup_hash).max_by_key(|c| (c.signed_at, &c.id)));
            let cosignature = same_text.or_else(|| mine().max_by_key(|c| (c.signed_at, &c.id))).cloned();
            SignedSheet { pupil: p.clone(), class_name: class_name.clone(), signature, text, cosignature }
        })
        .collect()
}

/// The pupils a "print letters for the chase list" button prints: exactly those on the chase
/// list with no parent co-signature this year (whether or not the pupil has signed yet).
pub fn letters_due(d: &Dashboard) -> Vec<&PupilRow> {
    d.chase.iter().filter(|(r, _)| r.cosigned.is_none()).map(|(r, _)| r).collect()
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
/// [`crate::export::retention::plan_delete_year`] reads them, so deleting every listed year clears the nudge.
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
    use crate::export::retention::{apply_plan, plan_delete_year};
    use crate::export::sample::sample_school;
    use chrono::Duration;

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

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32, sec: u32) -> DateTime<Utc> {
        use chrono::TimeZone;
        Utc.with_ymd_and_hms(y, m, d, h, min, sec).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn range_boundary_days_are_inclusive() {
        let mut set = sample_school(4, 1, 0, "t", 1);
        let range = DateRange { from: day(2026, 10, 1), to: day(2026, 10, 31) };
        let lesson = set.records.progress[0].lesson_id.clone();
        let times = [at(2026, 9, 30, 23, 59, 59), at(2026, 10, 1, 0, 0, 0), at(2026, 10, 31, 23, 59, 59), at(2026, 11, 1, 0, 0, 0)];
        for (p, t) in set.records.progress.iter_mut().zip(times) {
            assert_eq!(p.lesson_id, lesson);
            p.completed_at = Some(t);
            p.updated_at = t;
        }
        let kept = in_range(&set.records, range);
        let kept_times: Vec<_> = kept.progress.iter().map(|p| p.completed_at.unwrap()).collect();
        assert_eq!(kept_times.len(), 2);
        assert!(kept_times.contains(&times[1]) && kept_times.contains(&times[2]), "first and last day count: {kept_times:?}");
        assert_eq!(kept.pupils.len(), 4, "every pupil stays on the report");
        let d = dashboard_for_range(&set, range);
        assert_eq!(d.totals().1, 2, "only lessons completed in the range are counted");
        // All four count over the whole academic year (the default range).
        let year = DateRange::academic_year(AcademicYear(2026));
        assert_eq!(year, DateRange { from: day(2026, 9, 1), to: day(2027, 8, 31) });
        assert_eq!(dashboard_for_range(&set, year).totals().1, 4);
        // A range typed backwards is the same range.
        assert_eq!(dashboard_for_range(&set, DateRange { from: range.to, to: range.from }), d);
    }

    #[test]
    fn range_drops_signatures_attempts_and_deliveries_outside_it() {
        let mut set = sample_school(30, 2, 2, "t", 2);
        // Signatures were made on 11 September, attempts on 8 September and 18 October.
        set.records.signatures[0].signed_at = at(2026, 10, 1, 8, 0, 0);
        let range = DateRange { from: day(2026, 10, 1), to: day(2026, 10, 31) };
        let d = dashboard_for_range(&set, range);
        let (pupils, _, _, signed, cosigned) = d.totals();
        assert_eq!(pupils, 30);
        assert_eq!(signed, 1, "only the signature made in October counts");
        assert_eq!(cosigned, 0);
        let kept = in_range(&set.records, range);
        assert_eq!(kept.quiz_attempts.len(), 30, "one attempt each in October");
        assert!(kept.quiz_attempts.iter().all(|a| a.started_at.date_naive() == day(2026, 10, 18)));
        // Mastery has no baseline attempt in range but does have a latest.
        assert!(d.mastery.iter().all(|(_, _, l)| l.is_some()));
        let whole = dashboard(&set);
        assert_eq!(whole.totals().3, 30);
    }

    fn text(id: &str, statement: &str) -> Aup {
        let mut a = crate::content::library().aups[0].clone();
        a.id = id.into();
        a.statements.truncate(1);
        a.statements[0].text = statement.into();
        a
    }

    #[test]
    fn sheets_show_the_text_that_was_signed_and_the_matching_cosignature() {
        let mut set = sample_school(3, 0, 0, "t", 3);
        let r = &mut set.records;
        let class = r.pupils[0].class_id.clone();
        r.pupils[0].display_name = "zoe".into();
        r.pupils[1].display_name = "Adam".into();
        r.pupils[2].display_name = "Ben".into();
        let aup_id = r.signatures[0].aup_id.clone();
        // Zoe signed the old text, then the new one; her parent co-signed the new text first
        // and the old text later (an old letter came back late).
        let mut newer = r.signatures[0].clone();
        newer.id = "sig-new".into();
        newer.aup_hash = "hash-new".into();
        newer.signed_at += chrono::Duration::days(30);
        r.signatures[0].aup_hash = "hash-old".into();
        r.signatures.push(newer);
        r.cosignatures.retain(|c| c.pupil_id != r.pupils[0].id);
        let mut c_new = r.cosignatures[0].clone();
        c_new.pupil_id = r.pupils[0].id.clone();
        c_new.id = "co-new".into();
        c_new.aup_hash = "hash-new".into();
        c_new.signed_at = at(2026, 10, 10, 9, 0, 0);
        let mut c_old = c_new.clone();
        c_old.id = "co-old".into();
        c_old.aup_hash = "hash-old".into();
        c_old.signed_at = at(2026, 10, 20, 9, 0, 0);
        r.cosignatures.extend([c_new, c_old]);
        // Ben has not signed.
        let ben = r.pupils[2].id.clone();
        r.signatures.retain(|s| s.pupil_id != ben);
        let texts = vec![
            ("hash-old".to_string(), text(&aup_id, "Old promise")),
            ("hash-new".to_string(), text(&aup_id, "New promise")),
            ("hash-new".to_string(), text("aup-other", "Another band's text")),
        ];
        let sheets = signed_sheets(&set.records, &class, &texts);
        let names: Vec<_> = sheets.iter().map(|s| s.pupil.display_name.as_str()).collect();
        assert_eq!(names, ["Adam", "Ben", "zoe"], "sorted like the class list, ignoring case");
        let zoe = &sheets[2];
        assert_eq!(zoe.signature.as_ref().unwrap().id, "sig-new", "latest signature");
        assert_eq!(zoe.text.as_ref().unwrap().statements[0].text, "New promise");
        assert_eq!(zoe.cosignature.as_ref().unwrap().id, "co-new", "co-signature of the same text");
        assert!(sheets[1].signature.is_none() && sheets[1].text.is_none());
        // Adam signed a text this device does not know.
        assert!(sheets[0].signature.is_some() && sheets[0].text.is_none());
        assert_eq!(sheets[0].class_name, set.records.classes[0].name);
        assert!(signed_sheets(&set.records, "no-such-class", &texts).is_empty());
    }

    #[test]
    fn chase_letters_go_to_exactly_the_pupils_without_a_cosignature() {
        let mut set = sample_school(65, 1, 0, "t", 3);
        // Pupil 0 (no co-signature) and pupil 1 (co-signed) have not signed themselves.
        let (p0, p1) = (set.records.pupils[0].id.clone(), set.records.pupils[1].id.clone());
        set.records.signatures.retain(|s| s.pupil_id != p0 && s.pupil_id != p1);
        let d = dashboard(&set);
        assert_eq!(d.chase.len(), 14);
        let due: Vec<&str> = letters_due(&d).iter().map(|r| r.pupil_id.as_str()).collect();
        assert_eq!(due.len(), 13);
        assert!(due.contains(&p0.as_str()), "not signed and not co-signed: letter");
        assert!(!due.contains(&p1.as_str()), "a parent who already co-signed gets no letter");
        let cosigned: BTreeSet<&str> = set.records.cosignatures.iter().map(|c| c.pupil_id.as_str()).collect();
        assert!(due.iter().all(|id| !cosigned.contains(id)));
    }


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
