//! A lesson in the pupil's language: each text comes from the locale's translation when there
//! is one and falls back to en-GB field by field, and we remember which texts are unreviewed
//! machine translation so the player can say so next to exactly that text.

use super::model::lesson::Lesson;
use super::translate::{self, Translation};
use std::collections::BTreeSet;

/// A lesson with its texts in one locale.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalizedLesson {
    /// The lesson with translated texts where available.
    pub lesson: Lesson,
    /// Text paths (as in `Lesson::texts_mut`) that were translated.
    pub translated: BTreeSet<String>,
    /// Whether the translation is unreviewed machine translation.
    pub machine_translated: bool,
}

impl LocalizedLesson {
    /// True when any shown text under `prefix` (e.g. `step.meet-pip.` or `learned.`) is
    /// machine-translated and not yet reviewed.
    pub fn is_machine(&self, prefix: &str) -> bool {
        self.machine_translated && self.translated.iter().any(|p| p.starts_with(prefix))
    }

    /// The prefix of one step's text paths.
    pub fn step_prefix(&self, index: usize) -> String {
        self.lesson.steps.get(index).map(|s| format!("step.{}.", s.id())).unwrap_or_default()
    }
}

/// Applies `tr` (the locale's translation, if any) to a copy of `lesson`.
pub fn localize(lesson: &Lesson, tr: Option<&Translation>) -> LocalizedLesson {
    let mut out = lesson.clone();
    let translated: BTreeSet<String> = match tr {
        Some(t) => out
            .clone()
            .texts_mut()
            .into_iter()
            .filter(|(p, _)| t.text.get(p).is_some_and(|s| !s.trim().is_empty()))
            .map(|(p, _)| p)
            .collect(),
        None => BTreeSet::new(),
    };
    let applied = translate::apply(out.texts_mut(), tr);
    LocalizedLesson { lesson: out, translated, machine_translated: applied.machine_translated }
}

/// The compiled-in lesson `id` in `locale` (en-GB or a missing translation gives English).
pub fn lesson_in(id: &str, locale: &str) -> Option<LocalizedLesson> {
    let lib = super::library();
    let lesson = lib.lesson(id)?;
    Some(localize(lesson, lib.translation(id, locale)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_falls_back_per_field_and_marks_only_translated_text() {
        let cy = lesson_in("ks1-kind-words", "cy").expect("lesson exists");
        let en = lesson_in("ks1-kind-words", "en-GB").unwrap();
        assert_eq!(cy.lesson.title, "Geiriau caredig ar-lein");
        assert_eq!(en.lesson.title, "Kind words online");
        assert!(!en.machine_translated && en.translated.is_empty());
        assert!(cy.is_machine("title"));
        assert!(cy.is_machine(&cy.step_prefix(0)));
        // Teacher notes and discussion hints are not translated yet: English, and not marked.
        assert_eq!(cy.lesson.teacher_notes, en.lesson.teacher_notes);
        assert!(!cy.is_machine("teacher_notes"));
        assert!(!cy.translated.contains("step.how-does-pip-feel.hint.0"));
        // A lesson with no Welsh file is entirely English and unmarked.
        let other = lesson_in("ks1-screen-time", "cy").unwrap();
        assert_eq!(other.lesson.title, "Time to switch off");
        assert!(!other.is_machine("title"));
    }

    #[test]
    fn an_unknown_lesson_is_none() {
        assert!(lesson_in("ks1-nope", "cy").is_none());
    }
}
