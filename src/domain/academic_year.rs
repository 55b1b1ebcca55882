//! UK academic years run 1 September to 31 August; AUPs are signed once per academic year.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// An academic year, named by the calendar year it starts in (2026 = "2026-27").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AcademicYear(pub i32);

impl AcademicYear {
    /// The academic year a date falls in: September onwards belongs to the year starting then.
    pub fn containing(date: NaiveDate) -> AcademicYear {
        if date.month() >= 9 {
            AcademicYear(date.year())
        } else {
            AcademicYear(date.year() - 1)
        }
    }

    /// First day (1 September).
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0, 9, 1).expect("1 September exists")
    }

    /// Last day (31 August of the following calendar year).
    pub fn end(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 + 1, 8, 31).expect("31 August exists")
    }

    /// Whether a date lies inside this academic year.
    pub fn contains(self, date: NaiveDate) -> bool {
        AcademicYear::containing(date) == self
    }

    /// The label schools use, e.g. "2026-27".
    pub fn label(self) -> String {
        format!("{}-{:02}", self.0, (self.0 + 1) % 100)
    }

    /// Parses "2026-27" (or "2026") back into a year.
    pub fn parse(label: &str) -> Option<AcademicYear> {
        let start: i32 = label.split('-').next()?.trim().parse().ok()?;
        (1990..=2200).contains(&start).then_some(AcademicYear(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn boundary_is_first_of_september() {
        assert_eq!(AcademicYear::containing(d(2026, 8, 31)), AcademicYear(2025));
        assert_eq!(AcademicYear::containing(d(2026, 9, 1)), AcademicYear(2026));
        assert_eq!(AcademicYear::containing(d(2027, 1, 15)), AcademicYear(2026));
        assert_eq!(AcademicYear(2026).label(), "2026-27");
        assert_eq!(AcademicYear(2099).label(), "2099-00");
        assert_eq!(AcademicYear::parse("2026-27"), Some(AcademicYear(2026)));
        assert_eq!(AcademicYear::parse("banana"), None);
        assert!(AcademicYear(2026).contains(d(2027, 8, 31)));
        assert!(!AcademicYear(2026).contains(d(2027, 9, 1)));
        assert_eq!(AcademicYear(2026).start(), d(2026, 9, 1));
        assert_eq!(AcademicYear(2026).end(), d(2027, 8, 31));
    }
}
