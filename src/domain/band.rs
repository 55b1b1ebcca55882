//! Age bands (key stages) and how a year group maps to one.

use serde::{Deserialize, Serialize};

/// The three age bands lessons, quizzes and AUPs are written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    /// Key stage 1: years 1-2, ages 5-7.
    Ks1,
    /// Key stage 2: years 3-6, ages 7-11.
    Ks2,
    /// Secondary: years 7-11, ages 11-16.
    Secondary,
}

impl Band {
    /// Every band, youngest first (the order screens and reports list them in).
    pub const ALL: [Band; 3] = [Band::Ks1, Band::Ks2, Band::Secondary];

    /// The band a UK year group (1-11) belongs to; `None` outside 1-11.
    pub fn for_year_group(year: u8) -> Option<Band> {
        match year {
            1..=2 => Some(Band::Ks1),
            3..=6 => Some(Band::Ks2),
            7..=11 => Some(Band::Secondary),
            _ => None,
        }
    }

    /// Stable slug used in file names, content and exports.
    pub fn slug(self) -> &'static str {
        match self {
            Band::Ks1 => "ks1",
            Band::Ks2 => "ks2",
            Band::Secondary => "secondary",
        }
    }

    /// Parses a slug as written in content files.
    pub fn from_slug(s: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|b| b.slug() == s)
    }

    /// The year groups in this band.
    pub fn year_groups(self) -> std::ops::RangeInclusive<u8> {
        match self {
            Band::Ks1 => 1..=2,
            Band::Ks2 => 3..=6,
            Band::Secondary => 7..=11,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_groups_map_to_the_right_key_stage() {
        assert_eq!(Band::for_year_group(0), None);
        assert_eq!(Band::for_year_group(1), Some(Band::Ks1));
        assert_eq!(Band::for_year_group(2), Some(Band::Ks1));
        assert_eq!(Band::for_year_group(3), Some(Band::Ks2));
        assert_eq!(Band::for_year_group(6), Some(Band::Ks2));
        assert_eq!(Band::for_year_group(7), Some(Band::Secondary));
        assert_eq!(Band::for_year_group(11), Some(Band::Secondary));
        assert_eq!(Band::for_year_group(12), None);
        for b in Band::ALL {
            for y in b.year_groups() {
                assert_eq!(Band::for_year_group(y), Some(b));
            }
            assert_eq!(Band::from_slug(b.slug()), Some(b));
        }
    }
}
