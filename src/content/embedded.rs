//! The validated content compiled in by `build.rs`, parsed once on first use.

use super::model::aup::Aup;
use super::model::facts::Facts;
use super::model::lesson::Lesson;
use super::model::quiz::QuizBank;
use super::translate::Translation;
use crate::domain::band::Band;
use std::sync::OnceLock;

/// Everything under `lessons/`, validated.
#[derive(Debug, serde::Deserialize)]
pub struct Library {
    /// Lessons, in plan order per band.
    pub lessons: Vec<Lesson>,
    /// Quiz banks, one per band.
    pub quizzes: Vec<QuizBank>,
    /// Built-in AUPs, one per band.
    pub aups: Vec<Aup>,
    /// Dated facts.
    pub facts: Facts,
    /// Translations of lessons, questions and AUPs.
    pub translations: Vec<Translation>,
    /// Picture id -> file name under `pictures/`.
    pub pictures: std::collections::BTreeMap<String, String>,
}

static LIBRARY: OnceLock<Library> = OnceLock::new();

/// The compiled-in content library.
pub fn library() -> &'static Library {
    LIBRARY.get_or_init(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/library.json")))
            .expect("build.rs wrote a valid library")
    })
}

impl Library {
    /// Lessons of one band in plan order.
    pub fn lessons_for(&self, band: Band) -> impl Iterator<Item = &Lesson> {
        self.lessons.iter().filter(move |l| l.band == band)
    }

    /// A lesson by id.
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    /// The translation of an item into a locale, if any.
    pub fn translation(&self, of: &str, locale: &str) -> Option<&Translation> {
        self.translations.iter().find(|t| t.of == of && t.locale == locale)
    }

    /// The picture file for a picture id (relative URL).
    pub fn picture_url(&self, id: &str) -> Option<String> {
        self.pictures.get(id).map(|f| format!("pictures/{f}.svg"))
    }
}
