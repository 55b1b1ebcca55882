//! A lesson: metadata for the scheme of work and ordered steps for the player and presenter.

use super::ContentError;
use crate::domain::band::Band;
use crate::domain::smart::SmartRule;
use crate::domain::strand::Strand;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Autumn, spring or summer theme (ActiveBYTES style yearly plan).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Term {
    /// "Kind and responsible".
    Autumn,
    /// "Safe and secure".
    Spring,
    /// "Healthy".
    Summer,
}

/// A lesson as written in `lessons/<band>/<file>.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Unique id, e.g. `ks1-kind-words`.
    pub id: String,
    /// Bumped when the text changes meaningfully.
    pub version: u32,
    /// Age band.
    pub band: Band,
    /// Year groups it suits (within the band).
    pub year_groups: Vec<u8>,
    /// Term of the yearly plan.
    pub term: Term,
    /// Half-term 1 or 2 within the term.
    pub half_term: u8,
    /// Which year of the two-year cycle (1 or 2).
    pub cycle_year: u8,
    /// Title.
    pub title: String,
    /// One or two sentences for the lesson list.
    pub summary: String,
    /// Minutes to teach.
    pub duration_minutes: u32,
    /// Education for a Connected World strands covered.
    pub strands: Vec<Strand>,
    /// SMART rules taught.
    pub smart_rules: Vec<SmartRule>,
    /// Guidance for the teacher (presenter notes).
    pub teacher_notes: String,
    /// Optional picture symbol id shown on the lesson card.
    #[serde(default)]
    pub picture: Option<String>,
    /// What pupils learned (finish screen).
    pub learned: Vec<String>,
    /// Ordered steps.
    pub steps: Vec<Step>,
}

/// One screen of a lesson.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Step {
    /// Story or explanation text with an optional picture.
    Explain {
        /// Step id, unique in the lesson (translations refer to it).
        id: String,
        /// Text (short paragraphs separated by blank lines).
        text: String,
        /// Optional picture symbol id.
        #[serde(default)]
        picture: Option<String>,
    },
    /// Whole-class discussion prompt.
    Discuss {
        /// Step id.
        id: String,
        /// The question for the class.
        prompt: String,
        /// Hints for the teacher.
        #[serde(default)]
        hints: Vec<String>,
        /// Suggested minutes for the discussion timer.
        #[serde(default = "default_discuss_minutes")]
        minutes: u32,
        /// Optional picture symbol id.
        #[serde(default)]
        picture: Option<String>,
    },
    /// Sort items into two groups (e.g. safe / not safe) by tapping.
    Sort {
        /// Step id.
        id: String,
        /// Instruction.
        prompt: String,
        /// Label of the first group.
        left_label: String,
        /// Label of the second group.
        right_label: String,
        /// Items with the group each belongs to.
        items: Vec<SortItem>,
    },
    /// A check question with answers and an explanation.
    Check {
        /// Step id.
        id: String,
        /// The question.
        question: String,
        /// Answers; exactly one is correct.
        answers: Vec<Answer>,
        /// Why the right answer is right.
        explanation: String,
        /// Optional picture symbol id.
        #[serde(default)]
        picture: Option<String>,
    },
}

/// The placeholder the last step of every lesson must contain: it becomes the Tell rule's
/// wording from `facts.toml`, so every lesson ends by saying who a pupil can talk to.
pub const TELL_PLACEHOLDER: &str = "{rule:tell}";

impl Lesson {
    /// The closing step that points to the Tell rule (validation guarantees it is the last).
    pub fn tell_text(&self) -> Option<&str> {
        match self.steps.last() {
            Some(Step::Explain { text, .. }) => Some(text),
            _ => None,
        }
    }
}

fn default_discuss_minutes() -> u32 {
    3
}

/// An item in a sort activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortItem {
    /// Item text.
    pub text: String,
    /// True when it belongs in the left group.
    pub left: bool,
    /// Optional picture symbol id.
    #[serde(default)]
    pub picture: Option<String>,
}

/// An answer to a check question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Answer text.
    pub text: String,
    /// Whether it is the right answer.
    #[serde(default)]
    pub correct: bool,
    /// Kind feedback when this answer is chosen.
    #[serde(default)]
    pub feedback: Option<String>,
}

impl Step {
    /// The step's id.
    pub fn id(&self) -> &str {
        match self {
            Step::Explain { id, .. } | Step::Discuss { id, .. } | Step::Sort { id, .. } | Step::Check { id, .. } => id,
        }
    }
}

impl Lesson {
    /// Every translatable text with a stable path (used by translations and validation).
    pub fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut out: Vec<(String, &mut String)> = vec![
            ("title".into(), &mut self.title),
            ("summary".into(), &mut self.summary),
            ("teacher_notes".into(), &mut self.teacher_notes),
        ];
        for (i, l) in self.learned.iter_mut().enumerate() {
            out.push((format!("learned.{i}"), l));
        }
        for step in &mut self.steps {
            match step {
                Step::Explain { id, text, .. } => out.push((format!("step.{id}.text"), text)),
                Step::Discuss { id, prompt, hints, .. } => {
                    out.push((format!("step.{id}.prompt"), prompt));
                    for (i, h) in hints.iter_mut().enumerate() {
                        out.push((format!("step.{id}.hint.{i}"), h));
                    }
                }
                Step::Sort { id, prompt, left_label, right_label, items } => {
                    out.push((format!("step.{id}.prompt"), prompt));
                    out.push((format!("step.{id}.left_label"), left_label));
                    out.push((format!("step.{id}.right_label"), right_label));
                    for (i, it) in items.iter_mut().enumerate() {
                        out.push((format!("step.{id}.item.{i}"), &mut it.text));
                    }
                }
                Step::Check { id, question, answers, explanation, .. } => {
                    out.push((format!("step.{id}.question"), question));
                    out.push((format!("step.{id}.explanation"), explanation));
                    for (i, a) in answers.iter_mut().enumerate() {
                        out.push((format!("step.{id}.answer.{i}"), &mut a.text));
                        if let Some(f) = a.feedback.as_mut() {
                            out.push((format!("step.{id}.feedback.{i}"), f));
                        }
                    }
                }
            }
        }
        out
    }

    /// Number of check questions (for scoring a lesson).
    pub fn check_count(&self) -> usize {
        self.steps.iter().filter(|s| matches!(s, Step::Check { .. })).count()
    }

    /// Checks one lesson; `pictures` is the set of known picture ids.
    pub fn validate(&self, file: &str, pictures: &BTreeSet<String>) -> Vec<ContentError> {
        let mut errs = vec![];
        let id = self.id.as_str();
        let mut err = |field: &str, msg: &str| errs.push(ContentError::new(file, id, field, msg));
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            err("id", "must be lowercase letters, digits and hyphens");
        }
        if !id.starts_with(self.band.slug()) {
            err("id", &format!("must start with the band slug '{}'", self.band.slug()));
        }
        if self.version == 0 {
            err("version", "must be 1 or more");
        }
        if self.year_groups.is_empty() {
            err("year_groups", "list at least one year group");
        }
        for y in &self.year_groups {
            if Band::for_year_group(*y) != Some(self.band) {
                err("year_groups", &format!("year {y} is not in band {}", self.band.slug()));
            }
        }
        if !(1..=2).contains(&self.half_term) {
            err("half_term", "must be 1 or 2");
        }
        if !(1..=2).contains(&self.cycle_year) {
            err("cycle_year", "must be 1 or 2");
        }
        if !(5..=120).contains(&self.duration_minutes) {
            err("duration_minutes", "must be between 5 and 120");
        }
        if self.strands.is_empty() {
            err("strands", "list at least one strand");
        }
        if self.smart_rules.is_empty() {
            err("smart_rules", "list at least one SMART rule");
        }
        if self.learned.is_empty() {
            err("learned", "say at least one thing pupils learned");
        }
        if self.steps.is_empty() {
            err("steps", "a lesson needs steps");
        }
        let mut seen = BTreeSet::new();
        for (i, step) in self.steps.iter().enumerate() {
            let sid = step.id();
            if sid.is_empty() || !seen.insert(sid.to_string()) {
                err(&format!("steps[{i}].id"), "missing or repeated step id");
            }
            match step {
                Step::Check { answers, .. } => {
                    let right = answers.iter().filter(|a| a.correct).count();
                    if right != 1 {
                        err(&format!("steps[{i}].answers"), &format!("needs exactly 1 correct answer, found {right}"));
                    }
                    if answers.len() < 2 || answers.len() > 4 {
                        err(&format!("steps[{i}].answers"), "needs 2 to 4 answers");
                    }
                }
                Step::Sort { items, .. } => {
                    if items.len() < 2 || items.iter().all(|x| x.left) || items.iter().all(|x| !x.left) {
                        err(&format!("steps[{i}].items"), "needs items in both groups");
                    }
                }
                _ => {}
            }
            let pics: Vec<&Option<String>> = match step {
                Step::Explain { picture, .. } | Step::Discuss { picture, .. } | Step::Check { picture, .. } => vec![picture],
                Step::Sort { items, .. } => items.iter().map(|x| &x.picture).collect(),
            };
            for p in pics.into_iter().flatten() {
                if !pictures.contains(p) {
                    err(&format!("steps[{i}].picture"), &format!("unknown picture '{p}'"));
                }
            }
        }
        // Every lesson ends by pointing to the Tell rule, in words the facts file keeps current.
        match self.steps.last() {
            Some(Step::Explain { text, .. }) if text.contains(TELL_PLACEHOLDER) => {}
            Some(Step::Explain { .. }) => {
                let i = self.steps.len() - 1;
                err(&format!("steps[{i}].text"), &format!("the last step must point to the Tell rule: include {TELL_PLACEHOLDER}"));
            }
            Some(_) => {
                let i = self.steps.len() - 1;
                err(&format!("steps[{i}].kind"), &format!("the last step must be an explain step that points to the Tell rule ({TELL_PLACEHOLDER})"));
            }
            None => {}
        }
        if let Some(p) = &self.picture
            && !pictures.contains(p)
        {
            err("picture", &format!("unknown picture '{p}'"));
        }
        let mut copy = self.clone();
        for (path, text) in copy.texts_mut() {
            if text.trim().is_empty() {
                err(&path, "text is empty (en-GB must be complete)");
            }
        }
        errs
    }
}
