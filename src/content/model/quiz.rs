//! SMART quiz bank questions: six question types, each answer explained, each wrong answer
//! naming the misconception it reveals, and the validation `build.rs` runs on every bank.
//!
//! File format (`lessons/quizzes/<band>.toml`): one `[[questions]]` table per question with
//! `id`, `kind`, `rule`, `strand`, `prompt`, optional `picture`, and then by kind:
//! - `single`, `multi`, `true-false`, `scenario`: `options = [{ text, correct, explanation,
//!   misconception, picture }]` (a `scenario` also has `scenario` text). Option ids are their
//!   letters by position (`a`, `b`, ...), which is what an [`crate::domain::records::AnswerRecord`] stores.
//! - `order`: `items = [{ text, picture }]` written in the RIGHT order (ids `a`, `b`, ... in that
//!   order) plus a question `explanation` and the `misconception` a wrong order reveals.
//! - `match`: `pairs = [{ left, right, picture }]` (pair ids `a`, `b`, ...) plus `explanation`
//!   and `misconception`.

use super::ContentError;
use crate::domain::band::Band;
use crate::domain::smart::SmartRule;
use crate::domain::strand::Strand;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Each SMART rule needs at least this many questions in every band's bank, so a draw and a
/// "practise what I missed" replay never run out and rarely repeat.
pub const MIN_PER_RULE: usize = 8;

/// A band's quiz bank file: `lessons/quizzes/<band>.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizBank {
    /// Band the bank is for.
    pub band: Band,
    /// Questions.
    #[serde(default)]
    pub questions: Vec<Question>,
}

/// The six question types, so the player, scoring and validation agree on what a question is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Pick the one right answer.
    Single,
    /// Pick every right answer (two or more are right).
    Multi,
    /// A statement that is true or false (two options, one right).
    TrueFalse,
    /// A short story ("Sam gets a message...") then pick the one right answer.
    Scenario,
    /// Put the steps in the right order (tap them in turn, no dragging).
    Order,
    /// Match each left item to its right partner (tap one, then the other).
    Match,
}

impl QuestionKind {
    /// Every kind, for checking a bank mixes them all.
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::Single,
        QuestionKind::Multi,
        QuestionKind::TrueFalse,
        QuestionKind::Scenario,
        QuestionKind::Order,
        QuestionKind::Match,
    ];

    /// Slug as written in the TOML (and the suffix of its Fluent hint key `quiz-hint-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multi => "multi",
            QuestionKind::TrueFalse => "true-false",
            QuestionKind::Scenario => "scenario",
            QuestionKind::Order => "order",
            QuestionKind::Match => "match",
        }
    }

    /// True for the kinds answered by picking options.
    pub fn uses_options(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multi | QuestionKind::TrueFalse | QuestionKind::Scenario)
    }
}

/// One question of a bank.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique id across all banks, starting with the band slug (e.g. `ks2-safe-03`).
    pub id: String,
    /// Question type.
    pub kind: QuestionKind,
    /// Rule tested.
    pub rule: SmartRule,
    /// Education for a Connected World strand it belongs to.
    pub strand: Strand,
    /// Question text.
    pub prompt: String,
    /// The short story a `scenario` question is about (only for `scenario`).
    #[serde(default)]
    pub scenario: Option<String>,
    /// Picture id (from `lessons/pictures.toml`); required for KS1, where questions are picture-led.
    #[serde(default)]
    pub picture: Option<String>,
    /// Why the right answer is right: required for `order` and `match`, optional otherwise
    /// (each option already carries its own explanation).
    #[serde(default)]
    pub explanation: String,
    /// For `order` and `match`: the misunderstanding a wrong arrangement reveals.
    #[serde(default)]
    pub misconception: Option<String>,
    /// Options for `single`, `multi`, `true-false` and `scenario`.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Steps in the RIGHT order for `order`.
    #[serde(default)]
    pub items: Vec<OrderItem>,
    /// Pairs for `match`.
    #[serde(default)]
    pub pairs: Vec<Pair>,
}

/// An answer option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Answer text.
    pub text: String,
    /// Whether picking it is right.
    #[serde(default)]
    pub correct: bool,
    /// Kind feedback explaining why this answer is right or not.
    #[serde(default)]
    pub explanation: String,
    /// For a wrong answer: the misunderstanding choosing it reveals (shown to teachers).
    #[serde(default)]
    pub misconception: Option<String>,
    /// Optional picture id.
    #[serde(default)]
    pub picture: Option<String>,
}

/// A step of an `order` question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderItem {
    /// Step text.
    pub text: String,
    /// Optional picture id.
    #[serde(default)]
    pub picture: Option<String>,
}

/// A pair of a `match` question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// Left side (what the pupil taps first).
    pub left: String,
    /// Its right-hand partner.
    pub right: String,
    /// Optional picture id for the left side.
    #[serde(default)]
    pub picture: Option<String>,
}

/// The id of the option / item / pair at `index`: its letter (`a`, `b`, ...).
pub fn letter_id(index: usize) -> String {
    char::from(b'a' + (index as u8 % 26)).to_string()
}

/// The index a letter id refers to (inverse of [`letter_id`]).
pub fn letter_index(id: &str) -> Option<usize> {
    let mut cs = id.chars();
    match (cs.next(), cs.next()) {
        (Some(c @ 'a'..='z'), None) => Some(c as usize - 'a' as usize),
        _ => None,
    }
}

impl Question {
    /// Every translatable text with a stable path (translation files refer to these paths).
    pub fn texts_mut(&mut self) -> Vec<(String, &mut String)> {
        let mut out: Vec<(String, &mut String)> = vec![("prompt".into(), &mut self.prompt)];
        if let Some(s) = self.scenario.as_mut() {
            out.push(("scenario".into(), s));
        }
        if !self.explanation.is_empty() || matches!(self.kind, QuestionKind::Order | QuestionKind::Match) {
            out.push(("explanation".into(), &mut self.explanation));
        }
        if let Some(m) = self.misconception.as_mut() {
            out.push(("misconception".into(), m));
        }
        for (i, o) in self.options.iter_mut().enumerate() {
            out.push((format!("option.{i}.text"), &mut o.text));
            out.push((format!("option.{i}.explanation"), &mut o.explanation));
            if let Some(m) = o.misconception.as_mut() {
                out.push((format!("option.{i}.misconception"), m));
            }
        }
        for (i, it) in self.items.iter_mut().enumerate() {
            out.push((format!("item.{i}"), &mut it.text));
        }
        for (i, p) in self.pairs.iter_mut().enumerate() {
            out.push((format!("pair.{i}.left"), &mut p.left));
            out.push((format!("pair.{i}.right"), &mut p.right));
        }
        out
    }

    /// How many options are right (for choice kinds).
    pub fn correct_count(&self) -> usize {
        self.options.iter().filter(|o| o.correct).count()
    }

    /// Every picture id the question uses.
    fn pictures(&self) -> Vec<(String, &String)> {
        let mut v = vec![];
        if let Some(p) = &self.picture {
            v.push(("picture".to_string(), p));
        }
        for (i, o) in self.options.iter().enumerate() {
            if let Some(p) = &o.picture {
                v.push((format!("options[{i}].picture"), p));
            }
        }
        for (i, o) in self.items.iter().enumerate() {
            if let Some(p) = &o.picture {
                v.push((format!("items[{i}].picture"), p));
            }
        }
        for (i, o) in self.pairs.iter().enumerate() {
            if let Some(p) = &o.picture {
                v.push((format!("pairs[{i}].picture"), p));
            }
        }
        v
    }

    /// Checks one question; errors name the file, the question id and the field.
    pub fn validate(&self, file: &str, band: Band, pictures: &BTreeSet<String>) -> Vec<ContentError> {
        let mut errs = vec![];
        let id = self.id.as_str();
        let mut err = |field: &str, msg: &str| errs.push(ContentError::new(file, id, field, msg));
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            err("id", "must be lowercase letters, digits and hyphens");
        }
        if !id.starts_with(&format!("{}-", band.slug())) {
            err("id", &format!("must start with the band slug '{}-'", band.slug()));
        }
        let ks1 = band == Band::Ks1;
        let kind = self.kind;
        // Fields that belong to other kinds must not be filled in by mistake.
        if kind.uses_options() {
            if !self.items.is_empty() {
                err("items", &format!("only order questions have items (this is {})", kind.slug()));
            }
            if !self.pairs.is_empty() {
                err("pairs", &format!("only match questions have pairs (this is {})", kind.slug()));
            }
            if self.misconception.is_some() {
                err("misconception", "put misconceptions on the wrong options of a choice question");
            }
        } else if !self.options.is_empty() {
            err("options", &format!("{} questions do not have options", kind.slug()));
        }
        if kind == QuestionKind::Scenario {
            if self.scenario.as_deref().is_none_or(|s| s.trim().is_empty()) {
                err("scenario", "a scenario question needs the scenario text");
            }
        } else if self.scenario.is_some() {
            err("scenario", "only scenario questions have scenario text");
        }
        let right = self.correct_count();
        let n = self.options.len();
        match kind {
            QuestionKind::Single | QuestionKind::Scenario => {
                if right != 1 {
                    err("options", &format!("needs exactly 1 correct answer, found {right}"));
                }
                let (lo, hi) = if ks1 { (2, 3) } else { (2, 4) };
                if n < lo || n > hi {
                    err("options", &format!("needs {lo} to {hi} answers, found {n}"));
                }
            }
            QuestionKind::TrueFalse => {
                if n != 2 {
                    err("options", &format!("a true-false question has exactly 2 answers, found {n}"));
                }
                if right != 1 {
                    err("options", &format!("needs exactly 1 correct answer, found {right}"));
                }
            }
            QuestionKind::Multi => {
                if right < 2 {
                    err("options", &format!("a multi-select question needs at least 2 correct answers, found {right}"));
                }
                if right == n {
                    err("options", "a multi-select question needs at least 1 wrong answer");
                }
                let (lo, hi) = if ks1 { (3, 3) } else { (3, 6) };
                if n < lo || n > hi {
                    err("options", &format!("needs {lo} to {hi} answers, found {n}"));
                }
            }
            QuestionKind::Order => {
                let (lo, hi) = if ks1 { (3, 3) } else { (3, 5) };
                let k = self.items.len();
                if k < lo || k > hi {
                    err("items", &format!("needs {lo} to {hi} steps, found {k}"));
                }
            }
            QuestionKind::Match => {
                let (lo, hi) = if ks1 { (2, 3) } else { (2, 4) };
                let k = self.pairs.len();
                if k < lo || k > hi {
                    err("pairs", &format!("needs {lo} to {hi} pairs, found {k}"));
                }
                let lefts: BTreeSet<&str> = self.pairs.iter().map(|p| p.left.trim()).collect();
                let rights: BTreeSet<&str> = self.pairs.iter().map(|p| p.right.trim()).collect();
                if lefts.len() != k || rights.len() != k {
                    err("pairs", "every left and every right text must be different");
                }
            }
        }
        for (i, o) in self.options.iter().enumerate() {
            if o.explanation.trim().is_empty() {
                err(&format!("options[{i}].explanation"), "every answer needs an explanation");
            }
            match (&o.misconception, o.correct) {
                (None, false) => err(&format!("options[{i}].misconception"), "a wrong answer needs the misconception it reveals"),
                (Some(m), false) if m.trim().is_empty() => {
                    err(&format!("options[{i}].misconception"), "a wrong answer needs the misconception it reveals")
                }
                (Some(_), true) => err(&format!("options[{i}].misconception"), "a right answer has no misconception"),
                _ => {}
            }
        }
        if matches!(kind, QuestionKind::Order | QuestionKind::Match) {
            if self.explanation.trim().is_empty() {
                err("explanation", &format!("{} questions need an explanation of the right answer", kind.slug()));
            }
            if self.misconception.as_deref().is_none_or(|m| m.trim().is_empty()) {
                err("misconception", "say what misconception a wrong answer reveals");
            }
        }
        if ks1 && self.picture.is_none() {
            err("picture", "KS1 questions are picture-led: add a picture");
        }
        for (field, p) in self.pictures() {
            if !pictures.contains(p) {
                err(&field, &format!("unknown picture '{p}' (add it to lessons/pictures.toml)"));
            }
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

impl QuizBank {
    /// Validates the bank: every question, unique ids, and enough questions per rule.
    pub fn validate(&self, file: &str, pictures: &BTreeSet<String>) -> Vec<ContentError> {
        let mut errs = vec![];
        let mut seen = BTreeSet::new();
        for (i, q) in self.questions.iter().enumerate() {
            if !seen.insert(q.id.as_str()) {
                errs.push(ContentError::new(file, &q.id, "id", format!("id repeated (question {})", i + 1)));
            }
            errs.extend(q.validate(file, self.band, pictures));
        }
        let mut per_rule: BTreeMap<SmartRule, usize> = BTreeMap::new();
        for q in &self.questions {
            *per_rule.entry(q.rule).or_default() += 1;
        }
        for rule in SmartRule::ALL {
            let n = per_rule.get(&rule).copied().unwrap_or(0);
            if n < MIN_PER_RULE {
                errs.push(ContentError::new(
                    file,
                    self.band.slug(),
                    "questions",
                    format!("rule '{}' has {n} questions; each rule needs at least {MIN_PER_RULE}", rule.slug()),
                ));
            }
        }
        for kind in QuestionKind::ALL {
            if !self.questions.iter().any(|q| q.kind == kind) {
                errs.push(ContentError::new(
                    file,
                    self.band.slug(),
                    "questions",
                    format!("no '{}' question: mix all six question types", kind.slug()),
                ));
            }
        }
        errs
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}
