//! SMART quiz rules, kept pure so they are tested natively: scoring every question type,
//! "I'm not sure", the seeded draw, mastery per rule, "practise what I missed" and the class
//! report a teacher reads.
//!
//! # Scoring (every score is in `[0, 1]`)
//! - single choice, true/false, scenario: 1 for exactly the right option, else 0.
//! - multi-select: `(right picks - wrong picks) / number of right options`, floored at 0, so
//!   ticking everything scores 0 and a half-right answer gets half credit. Unknown or
//!   repeated ids count once / as wrong.
//! - put in order: the fraction of positions holding the right step (3 of 4 in place = 0.75).
//! - match pairs: the fraction of left items matched to their own partner.
//!
//! # "I'm not sure"
//! Recorded with `not_sure = true`, no choices and score 0, and it is NEVER counted as wrong:
//! it is left out of the mastery denominators (a rule answered only with "not sure" has no
//! level yet) and out of "most missed". The rule is still offered in "practise what I missed",
//! because the pupil told us they were unsure.
//!
//! # Mastery levels per rule
//! The mean score of the answered (not "not sure") questions of the rule: `Secure` from 0.8,
//! `Developing` from 0.5, `NotYet` below; no answered questions = no level (shown as "?").
//! Each level has a word (Fluent `quiz-level-<slug>`) and a symbol, never colour alone.

use crate::content::model::quiz::{letter_id, letter_index, Question, QuestionKind, QuizBank};
use crate::domain::records::{AnswerRecord, QuizAttempt, QuizPurpose};
use crate::domain::smart::SmartRule;
use rand_chacha::ChaCha8Rng;
use rand_core::{RngCore, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};

/// How many questions an ordinary quiz draws (two per SMART rule).
pub const QUIZ_LENGTH: usize = 10;
/// Mean score from which a rule is `Secure`.
pub const SECURE_FROM: f32 = 0.8;
/// Mean score from which a rule is `Developing`.
pub const DEVELOPING_FROM: f32 = 0.5;

/// Scores a response to `q` (see the module docs for the rule per type).
pub fn score(q: &Question, chosen: &[String]) -> f32 {
    let s = match q.kind {
        QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Scenario => {
            let right: Vec<String> =
                q.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| letter_id(i)).collect();
            if chosen.len() == 1 && right.len() == 1 && chosen[0] == right[0] { 1.0 } else { 0.0 }
        }
        QuestionKind::Multi => {
            let correct = q.correct_count();
            if correct == 0 {
                return 0.0;
            }
            let picks: BTreeSet<&str> = chosen.iter().map(String::as_str).collect();
            let mut right = 0i32;
            let mut wrong = 0i32;
            for p in picks {
                match letter_index(p).and_then(|i| q.options.get(i)) {
                    Some(o) if o.correct => right += 1,
                    _ => wrong += 1,
                }
            }
            ((right - wrong) as f32 / correct as f32).max(0.0)
        }
        QuestionKind::Order => {
            let n = q.items.len();
            if n == 0 {
                return 0.0;
            }
            let in_place = (0..n).filter(|&i| chosen.get(i).is_some_and(|c| *c == letter_id(i))).count();
            in_place as f32 / n as f32
        }
        QuestionKind::Match => {
            let n = q.pairs.len();
            if n == 0 {
                return 0.0;
            }
            let mut seen = BTreeSet::new();
            let mut right = 0;
            for c in chosen {
                let Some((l, r)) = c.split_once('=') else { continue };
                let Some(li) = letter_index(l) else { continue };
                if li >= n || !seen.insert(li) {
                    continue;
                }
                if l == r {
                    right += 1;
                }
            }
            right as f32 / n as f32
        }
    };
    s.clamp(0.0, 1.0)
}

/// How an answer went, for the immediate feedback a pupil sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Fully right.
    Right,
    /// Some credit (multi-select, order, match).
    PartlyRight,
    /// No credit.
    NotYet,
    /// The pupil chose "I'm not sure".
    NotSure,
}

impl Outcome {
    /// Outcome of a stored answer.
    pub fn of(a: &AnswerRecord) -> Outcome {
        if a.not_sure {
            Outcome::NotSure
        } else if a.score >= 1.0 {
            Outcome::Right
        } else if a.score > 0.0 {
            Outcome::PartlyRight
        } else {
            Outcome::NotYet
        }
    }

    /// Slug, also the suffix of the Fluent feedback heading `quiz-outcome-<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            Outcome::Right => "right",
            Outcome::PartlyRight => "partly-right",
            Outcome::NotYet => "not-yet",
            Outcome::NotSure => "not-sure",
        }
    }
}

/// Builds the record of one answer (a "not sure" keeps no choices and scores 0, flagged).
pub fn answer(q: &Question, chosen: Vec<String>, not_sure: bool, seconds: u32) -> AnswerRecord {
    let (chosen, score) = if not_sure { (vec![], 0.0) } else { let s = score(q, &chosen); (chosen, s) };
    AnswerRecord { question_id: q.id.clone(), rule: q.rule, chosen, not_sure, score, seconds }
}

/// A misconception an answer revealed: which question, which option (`*` for a wrong order or
/// match) and the words from the bank.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Misconception {
    /// Question id.
    pub question_id: String,
    /// Option letter, or `*` for the question-level misconception.
    pub key: String,
    /// Text from the bank.
    pub text: String,
}

/// The misconceptions an answer reveals (none for right answers or "not sure").
pub fn misconceptions(q: &Question, a: &AnswerRecord) -> Vec<Misconception> {
    if a.not_sure || a.score >= 1.0 {
        return vec![];
    }
    if q.kind.uses_options() {
        let picks: BTreeSet<&str> = a.chosen.iter().map(String::as_str).collect();
        picks
            .into_iter()
            .filter_map(|p| {
                let o = q.options.get(letter_index(p)?)?;
                let text = o.misconception.clone().filter(|_| !o.correct)?;
                Some(Misconception { question_id: q.id.clone(), key: p.to_string(), text })
            })
            .collect()
    } else {
        q.misconception
            .iter()
            .map(|m| Misconception { question_id: q.id.clone(), key: "*".into(), text: m.clone() })
            .collect()
    }
}

fn rng_for(seed: u32, salt: &str) -> ChaCha8Rng {
    // FNV-1a of the salt mixed with the seed, so each question gets its own stream.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in salt.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    ChaCha8Rng::seed_from_u64(h ^ u64::from(seed))
}

fn shuffle<T>(rng: &mut ChaCha8Rng, v: &mut [T]) {
    for i in (1..v.len()).rev() {
        let j = (rng.next_u32() as usize) % (i + 1);
        v.swap(i, j);
    }
}

/// Draws up to `n` question ids from `bank` for `rules`, spread evenly across the rules and
/// in a shuffled order. The same bank, seed and rules always give the same questions, so an
/// attempt can be reproduced from the seed it records.
pub fn draw(bank: &QuizBank, seed: u32, rules: &[SmartRule], n: usize) -> Vec<String> {
    let mut rng = rng_for(seed, "draw");
    let wanted: BTreeSet<SmartRule> = rules.iter().copied().collect();
    let mut per_rule: Vec<Vec<&Question>> = SmartRule::ALL
        .into_iter()
        .filter(|r| wanted.contains(r))
        .map(|r| bank.questions.iter().filter(|q| q.rule == r).collect())
        .collect();
    for qs in &mut per_rule {
        shuffle(&mut rng, qs);
    }
    // Which rules get the extra questions when n is not a multiple of the rule count.
    let mut order: Vec<usize> = (0..per_rule.len()).collect();
    shuffle(&mut rng, &mut order);
    let mut out = vec![];
    let mut round = 0;
    while out.len() < n && per_rule.iter().any(|qs| qs.len() > round) {
        for &r in &order {
            if out.len() < n
                && let Some(q) = per_rule[r].get(round)
            {
                out.push(q.id.clone());
            }
        }
        round += 1;
    }
    shuffle(&mut rng, &mut out);
    out
}

/// The order to show `len` items of a question in (order steps, match partners): shuffled
/// per seed and question, and never the answer itself.
pub fn display_order(seed: u32, question_id: &str, len: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..len).collect();
    let mut rng = rng_for(seed, question_id);
    shuffle(&mut rng, &mut v);
    if len > 1 && v.iter().enumerate().all(|(i, x)| i == *x) {
        v.rotate_left(1);
    }
    v
}

/// Mastery of one rule, with the words and symbol it is shown by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Mean below [`DEVELOPING_FROM`].
    NotYet,
    /// Mean from [`DEVELOPING_FROM`].
    Developing,
    /// Mean from [`SECURE_FROM`].
    Secure,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 3] = [Level::NotYet, Level::Developing, Level::Secure];

    /// The level for a mean score.
    pub fn from_mean(mean: f32) -> Level {
        if mean >= SECURE_FROM {
            Level::Secure
        } else if mean >= DEVELOPING_FROM {
            Level::Developing
        } else {
            Level::NotYet
        }
    }

    /// Slug (Fluent `quiz-level-<slug>`, CSS class `level-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Level::NotYet => "not-yet",
            Level::Developing => "developing",
            Level::Secure => "secure",
        }
    }

    /// The symbol shown beside the word, so the level never depends on colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Level::NotYet => "○",
            Level::Developing => "◐",
            Level::Secure => "●",
        }
    }
}

/// Symbol for "no answered questions yet".
pub const NO_LEVEL_SYMBOL: &str = "?";

/// Tally of answers for one rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RuleMastery {
    /// The rule.
    pub rule: SmartRule,
    /// Questions answered (not "not sure").
    pub answered: u32,
    /// Questions answered "I'm not sure".
    pub not_sure: u32,
    /// Sum of the answered scores.
    pub total: f32,
}

impl RuleMastery {
    /// Mean score of the answered questions, if any.
    pub fn mean(&self) -> Option<f32> {
        (self.answered > 0).then(|| self.total / self.answered as f32)
    }

    /// The level, if any question was answered.
    pub fn level(&self) -> Option<Level> {
        self.mean().map(Level::from_mean)
    }
}

/// Mastery for each of the five rules (in S-M-A-R-T order) from a list of answers.
pub fn mastery(answers: &[AnswerRecord]) -> Vec<RuleMastery> {
    SmartRule::ALL
        .into_iter()
        .map(|rule| {
            let mut m = RuleMastery { rule, answered: 0, not_sure: 0, total: 0.0 };
            for a in answers.iter().filter(|a| a.rule == rule) {
                if a.not_sure {
                    m.not_sure += 1;
                } else {
                    m.answered += 1;
                    m.total += a.score.clamp(0.0, 1.0);
                }
            }
            m
        })
        .collect()
}

/// Rules to practise: any question not fully right or answered "not sure", in S-M-A-R-T order.
pub fn missed_rules(answers: &[AnswerRecord]) -> Vec<SmartRule> {
    SmartRule::ALL
        .into_iter()
        .filter(|r| answers.iter().any(|a| a.rule == *r && (a.not_sure || a.score < 1.0)))
        .collect()
}

/// "Practise what I missed": three questions per missed rule (at most [`QUIZ_LENGTH`]), only
/// from those rules. Empty when nothing was missed.
pub fn practice_draw(bank: &QuizBank, seed: u32, missed: &[SmartRule]) -> Vec<String> {
    if missed.is_empty() {
        return vec![];
    }
    draw(bank, seed, missed, (missed.len() * 3).min(QUIZ_LENGTH))
}

/// A question the class found hard.
#[derive(Clone, Debug, PartialEq)]
pub struct MissedQuestion {
    /// Question id.
    pub question_id: String,
    /// Its rule.
    pub rule: SmartRule,
    /// Times answered (not "not sure").
    pub answered: u32,
    /// Times answered without full marks.
    pub missed: u32,
    /// Times answered "I'm not sure".
    pub not_sure: u32,
}

/// How often one misconception showed up.
#[derive(Clone, Debug, PartialEq)]
pub struct MisconceptionCount {
    /// Which misconception.
    pub misconception: Misconception,
    /// How many answers revealed it.
    pub count: u32,
}

/// One rule in the class report.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassRule {
    /// Every included answer to the rule, summed.
    pub mastery: RuleMastery,
    /// Pupils at each level (by their latest included attempt): not yet, developing, secure.
    pub pupils_at: [u32; 3],
    /// Pupils whose latest attempt has no answered question for the rule.
    pub pupils_unknown: u32,
}

/// What a teacher sees for a class.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassReport {
    /// Attempts included.
    pub attempts: usize,
    /// Pupils with at least one included attempt.
    pub pupils: usize,
    /// The five rules in S-M-A-R-T order.
    pub rules: Vec<ClassRule>,
    /// Questions with misses or "not sure", most missed first.
    pub most_missed: Vec<MissedQuestion>,
    /// Misconceptions, most common first.
    pub misconceptions: Vec<MisconceptionCount>,
}

/// Finds a question in any bank.
pub fn find_question<'a>(banks: &'a [QuizBank], id: &str) -> Option<&'a Question> {
    banks.iter().find_map(|b| b.question(id))
}

/// Builds the class report from the class's attempts, optionally only one purpose (so the
/// baseline and end-of-unit checks can be compared rule by rule).
pub fn class_report(banks: &[QuizBank], attempts: &[QuizAttempt], purpose: Option<QuizPurpose>) -> ClassReport {
    let included: Vec<&QuizAttempt> = attempts.iter().filter(|a| purpose.is_none_or(|p| a.purpose == p)).collect();
    let all_answers: Vec<AnswerRecord> = included.iter().flat_map(|a| a.answers.iter().cloned()).collect();
    let mut latest: BTreeMap<&str, &QuizAttempt> = BTreeMap::new();
    for a in &included {
        let e = latest.entry(a.pupil_id.as_str()).or_insert(a);
        if (a.started_at, &a.id) > (e.started_at, &e.id) {
            *e = a;
        }
    }
    let mut rules: Vec<ClassRule> = mastery(&all_answers)
        .into_iter()
        .map(|m| ClassRule { mastery: m, pupils_at: [0; 3], pupils_unknown: 0 })
        .collect();
    for a in latest.values() {
        for (i, m) in mastery(&a.answers).into_iter().enumerate() {
            match m.level() {
                Some(l) => rules[i].pupils_at[l as usize] += 1,
                None => rules[i].pupils_unknown += 1,
            }
        }
    }
    let mut by_q: BTreeMap<&str, MissedQuestion> = BTreeMap::new();
    let mut mis: BTreeMap<Misconception, u32> = BTreeMap::new();
    for a in &all_answers {
        let e = by_q.entry(a.question_id.as_str()).or_insert_with(|| MissedQuestion {
            question_id: a.question_id.clone(),
            rule: a.rule,
            answered: 0,
            missed: 0,
            not_sure: 0,
        });
        if a.not_sure {
            e.not_sure += 1;
        } else {
            e.answered += 1;
            if a.score < 1.0 {
                e.missed += 1;
            }
        }
        if let Some(q) = find_question(banks, &a.question_id) {
            for m in misconceptions(q, a) {
                *mis.entry(m).or_default() += 1;
            }
        }
    }
    let mut most_missed: Vec<MissedQuestion> = by_q.into_values().filter(|m| m.missed > 0 || m.not_sure > 0).collect();
    most_missed.sort_by(|a, b| {
        (b.missed, b.not_sure).cmp(&(a.missed, a.not_sure)).then_with(|| a.question_id.cmp(&b.question_id))
    });
    let mut misconceptions: Vec<MisconceptionCount> =
        mis.into_iter().map(|(misconception, count)| MisconceptionCount { misconception, count }).collect();
    misconceptions.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.misconception.cmp(&b.misconception)));
    ClassReport { attempts: included.len(), pupils: latest.len(), rules, most_missed, misconceptions }
}

/// Where a resumed attempt carries on: the index of the first unanswered question, or `None`
/// when every question is answered (show the results).
pub fn resume_at(attempt: &QuizAttempt) -> Option<usize> {
    let done = attempt.answers.len();
    (done < attempt.question_ids.len()).then_some(done)
}

/// Fluent keys the quiz screens build from data (kinds, outcomes, levels, purposes), listed
/// for the locale completeness test.
pub fn fluent_keys() -> Vec<String> {
    let mut keys: Vec<String> = QuestionKind::ALL.iter().map(|k| format!("quiz-hint-{}", k.slug())).collect();
    keys.extend(
        [Outcome::Right, Outcome::PartlyRight, Outcome::NotYet, Outcome::NotSure]
            .iter()
            .map(|o| format!("quiz-outcome-{}", o.slug())),
    );
    keys.extend(Level::ALL.iter().map(|l| format!("quiz-level-{}", l.slug())));
    keys.extend(
        [
            "quiz-level-none",
            "quiz-purpose-practice",
            "quiz-purpose-baseline",
            "quiz-purpose-end-of-unit",
            "quiz-you-chose",
            "quiz-right-answer",
            "quiz-report-purpose-saved",
        ]
        .map(String::from),
    );
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::quiz::{Choice, OrderItem, Pair};
    use crate::domain::band::Band;
    use crate::domain::strand::Strand;
    use chrono::{TimeZone, Utc};

    fn choice(text: &str, correct: bool) -> Choice {
        Choice {
            text: text.into(),
            correct,
            explanation: format!("because {text}"),
            misconception: (!correct).then(|| format!("thinks {text}")),
            picture: None,
        }
    }

    fn q(id: &str, kind: QuestionKind, rule: SmartRule) -> Question {
        Question {
            id: id.into(),
            kind,
            rule,
            strand: Strand::PrivacyAndSecurity,
            prompt: "?".into(),
            scenario: None,
            picture: None,
            explanation: String::new(),
            misconception: None,
            options: vec![],
            items: vec![],
            pairs: vec![],
        }
    }

    fn single() -> Question {
        let mut x = q("ks2-s", QuestionKind::Single, SmartRule::Safe);
        x.options = vec![choice("a", false), choice("b", true), choice("c", false)];
        x
    }

    fn multi() -> Question {
        // a, b, c right; d, e wrong.
        let mut x = q("ks2-m", QuestionKind::Multi, SmartRule::Meet);
        x.options = vec![choice("a", true), choice("b", true), choice("c", true), choice("d", false), choice("e", false)];
        x
    }

    fn order() -> Question {
        let mut x = q("ks2-o", QuestionKind::Order, SmartRule::Accepting);
        x.items = ["one", "two", "three", "four"].map(|t| OrderItem { text: t.into(), picture: None }).to_vec();
        x.misconception = Some("thinks order does not matter".into());
        x
    }

    fn matching() -> Question {
        let mut x = q("ks2-p", QuestionKind::Match, SmartRule::Reliable);
        x.pairs = (0..4).map(|i| Pair { left: format!("l{i}"), right: format!("r{i}"), picture: None }).collect();
        x.misconception = Some("mixes things up".into());
        x
    }

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn single_choice_true_false_and_scenario_are_all_or_nothing() {
        let s = single();
        assert_eq!(score(&s, &ids(&["b"])), 1.0);
        assert_eq!(score(&s, &ids(&["a"])), 0.0);
        assert_eq!(score(&s, &ids(&["a", "b"])), 0.0, "two picks on a single-choice question is not right");
        assert_eq!(score(&s, &[]), 0.0);
        for kind in [QuestionKind::TrueFalse, QuestionKind::Scenario] {
            let mut t = q("ks2-t", kind, SmartRule::Tell);
            t.options = vec![choice("true", true), choice("false", false)];
            assert_eq!(score(&t, &ids(&["a"])), 1.0);
            assert_eq!(score(&t, &ids(&["b"])), 0.0);
            assert_eq!(score(&t, &ids(&["z"])), 0.0);
        }
    }

    #[test]
    fn multi_select_gives_partial_credit_minus_wrong_picks_floored_at_zero() {
        let m = multi();
        assert_eq!(score(&m, &ids(&["a", "b", "c"])), 1.0);
        assert!((score(&m, &ids(&["a", "b"])) - 2.0 / 3.0).abs() < 1e-6);
        assert!((score(&m, &ids(&["a", "b", "c", "d"])) - 2.0 / 3.0).abs() < 1e-6, "a wrong pick costs one right pick");
        assert!((score(&m, &ids(&["a", "d"])) - 0.0).abs() < 1e-6);
        assert_eq!(score(&m, &ids(&["a", "b", "c", "d", "e"])), 1.0 / 3.0);
        assert_eq!(score(&m, &ids(&["d", "e"])), 0.0, "floored at zero, never negative");
        assert_eq!(score(&m, &ids(&["a", "a", "a"])), 1.0 / 3.0, "repeats count once");
        assert_eq!(score(&m, &ids(&["a", "b", "c", "zz"])), 2.0 / 3.0, "unknown ids count as wrong");
    }

    #[test]
    fn order_scores_the_fraction_of_steps_in_the_right_place() {
        let o = order();
        assert_eq!(score(&o, &ids(&["a", "b", "c", "d"])), 1.0);
        assert_eq!(score(&o, &ids(&["b", "a", "c", "d"])), 0.5);
        assert_eq!(score(&o, &ids(&["d", "c", "b", "a"])), 0.0);
        assert_eq!(score(&o, &ids(&["a", "b", "c"])), 0.75, "an unfinished order loses the missing place");
    }

    #[test]
    fn match_scores_the_fraction_of_pairs_matched() {
        let m = matching();
        assert_eq!(score(&m, &ids(&["a=a", "b=b", "c=c", "d=d"])), 1.0);
        assert_eq!(score(&m, &ids(&["a=b", "b=a", "c=c", "d=d"])), 0.5);
        assert_eq!(score(&m, &ids(&["a=a", "a=a", "a=a", "a=a"])), 0.25, "one left item counts once");
        assert_eq!(score(&m, &ids(&["nonsense", "z=z"])), 0.0);
    }

    #[test]
    fn not_sure_is_recorded_as_such_and_never_counts_as_wrong() {
        let s = single();
        let a = answer(&s, ids(&["a"]), true, 4);
        assert!(a.not_sure);
        assert!(a.chosen.is_empty());
        assert_eq!(a.score, 0.0);
        assert_eq!(Outcome::of(&a), Outcome::NotSure);
        assert!(misconceptions(&s, &a).is_empty(), "'not sure' reveals no misconception");
        let right = answer(&s, ids(&["b"]), false, 3);
        // One right and one "not sure" on Safe: mean over answered questions only = secure.
        let m = mastery(&[right.clone(), a.clone()]);
        assert_eq!(m[0].answered, 1);
        assert_eq!(m[0].not_sure, 1);
        assert_eq!(m[0].level(), Some(Level::Secure));
        // Only "not sure": no level at all, rather than "not yet".
        let m = mastery(std::slice::from_ref(&a));
        assert_eq!(m[0].level(), None);
        // ... but the rule is offered for practice.
        assert_eq!(missed_rules(&[right, a]), vec![SmartRule::Safe]);
    }

    #[test]
    fn outcomes_distinguish_right_partly_and_not_yet() {
        let m = multi();
        assert_eq!(Outcome::of(&answer(&m, ids(&["a", "b", "c"]), false, 1)), Outcome::Right);
        assert_eq!(Outcome::of(&answer(&m, ids(&["a"]), false, 1)), Outcome::PartlyRight);
        assert_eq!(Outcome::of(&answer(&m, ids(&["d"]), false, 1)), Outcome::NotYet);
    }

    #[test]
    fn wrong_answers_reveal_their_misconceptions() {
        let s = single();
        let a = answer(&s, ids(&["c"]), false, 1);
        let m = misconceptions(&s, &a);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].key, "c");
        assert_eq!(m[0].text, "thinks c");
        // A partly right multi reports only the wrong pick.
        let mq = multi();
        let a = answer(&mq, ids(&["a", "e"]), false, 1);
        assert_eq!(misconceptions(&mq, &a).iter().map(|m| m.key.as_str()).collect::<Vec<_>>(), vec!["e"]);
        // A wrong order reports the question's misconception; a right one reports nothing.
        let o = order();
        assert_eq!(misconceptions(&o, &answer(&o, ids(&["b", "a", "c", "d"]), false, 1))[0].key, "*");
        assert!(misconceptions(&o, &answer(&o, ids(&["a", "b", "c", "d"]), false, 1)).is_empty());
    }

    #[test]
    fn mastery_levels_follow_the_documented_thresholds() {
        assert_eq!(Level::from_mean(1.0), Level::Secure);
        assert_eq!(Level::from_mean(0.8), Level::Secure);
        assert_eq!(Level::from_mean(0.79), Level::Developing);
        assert_eq!(Level::from_mean(0.5), Level::Developing);
        assert_eq!(Level::from_mean(0.49), Level::NotYet);
        assert_eq!(Level::from_mean(0.0), Level::NotYet);
        let symbols: BTreeSet<&str> = Level::ALL.iter().map(|l| l.symbol()).collect();
        assert_eq!(symbols.len(), 3, "each level has its own symbol");
        assert!(!symbols.contains(NO_LEVEL_SYMBOL));
        let mk = |rule, score| AnswerRecord { question_id: "x".into(), rule, chosen: vec![], not_sure: false, score, seconds: 0 };
        let m = mastery(&[
            mk(SmartRule::Safe, 1.0),
            mk(SmartRule::Safe, 1.0),
            mk(SmartRule::Meet, 1.0),
            mk(SmartRule::Meet, 0.0),
            mk(SmartRule::Accepting, 0.0),
            mk(SmartRule::Accepting, 0.5),
        ]);
        assert_eq!(m.iter().map(|r| r.rule).collect::<Vec<_>>(), SmartRule::ALL.to_vec());
        assert_eq!(m[0].level(), Some(Level::Secure));
        assert_eq!(m[1].level(), Some(Level::Developing));
        assert_eq!(m[2].level(), Some(Level::NotYet));
        assert_eq!(m[3].level(), None, "a rule with no questions has no level");
    }

    fn bank() -> QuizBank {
        let mut questions = vec![];
        for rule in SmartRule::ALL {
            for i in 0..8 {
                questions.push(q(&format!("ks2-{}-{i}", rule.slug()), QuestionKind::Single, rule));
            }
        }
        QuizBank { band: Band::Ks2, questions }
    }

    #[test]
    fn the_draw_is_reproducible_from_its_seed_and_spread_across_rules() {
        let b = bank();
        let a = draw(&b, 42, &SmartRule::ALL, QUIZ_LENGTH);
        assert_eq!(a, draw(&b, 42, &SmartRule::ALL, QUIZ_LENGTH), "same seed, same questions in the same order");
        assert_eq!(a.len(), QUIZ_LENGTH);
        assert_eq!(a.iter().collect::<BTreeSet<_>>().len(), QUIZ_LENGTH, "no repeats");
        for rule in SmartRule::ALL {
            let n = a.iter().filter(|id| id.contains(rule.slug())).count();
            assert_eq!(n, 2, "two questions for {rule:?} in {a:?}");
        }
        let others: BTreeSet<Vec<String>> = (0..20).map(|s| draw(&b, s, &SmartRule::ALL, QUIZ_LENGTH)).collect();
        assert!(others.len() > 15, "different seeds give different quizzes");
        // Asking for more than the bank has gives the whole bank, once each.
        assert_eq!(draw(&b, 1, &SmartRule::ALL, 1000).len(), 40);
    }

    #[test]
    fn practising_what_i_missed_draws_only_the_missed_rules() {
        let b = bank();
        let missed = vec![SmartRule::Meet, SmartRule::Tell];
        let d = practice_draw(&b, 7, &missed);
        assert_eq!(d.len(), 6);
        assert!(d.iter().all(|id| id.contains("meet") || id.contains("tell")), "{d:?}");
        assert_eq!(d.iter().filter(|id| id.contains("meet")).count(), 3);
        assert!(practice_draw(&b, 7, &[]).is_empty());
        assert_eq!(practice_draw(&b, 7, &SmartRule::ALL).len(), QUIZ_LENGTH);
    }

    #[test]
    fn display_order_is_seeded_and_never_shows_the_answer() {
        for seed in 0..200 {
            for len in 2..=5 {
                let d = display_order(seed, "ks2-o", len);
                assert_eq!(d.iter().copied().collect::<BTreeSet<_>>(), (0..len).collect());
                assert!(d.iter().enumerate().any(|(i, x)| i != *x), "shown in the right order already: {d:?}");
                assert_eq!(d, display_order(seed, "ks2-o", len));
            }
        }
    }

    fn attempt(pupil: &str, day: u32, purpose: QuizPurpose, answers: Vec<AnswerRecord>) -> QuizAttempt {
        let at = Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap();
        QuizAttempt {
            id: format!("{pupil}-{day}"),
            pupil_id: pupil.into(),
            band: Band::Ks2,
            seed: 1,
            purpose,
            question_ids: answers.iter().map(|a| a.question_id.clone()).collect(),
            answers,
            started_at: at,
            finished_at: Some(at),
            updated_at: at,
        }
    }

    #[test]
    fn the_class_report_shows_mastery_most_missed_and_common_misconceptions() {
        let s = single();
        let o = order();
        let banks = vec![QuizBank { band: Band::Ks2, questions: vec![s.clone(), o.clone()] }];
        let amy_old = attempt("amy", 1, QuizPurpose::Baseline, vec![answer(&s, ids(&["a"]), false, 5)]);
        let amy_new = attempt("amy", 20, QuizPurpose::EndOfUnit, vec![answer(&s, ids(&["b"]), false, 5)]);
        let ben = attempt(
            "ben",
            20,
            QuizPurpose::EndOfUnit,
            vec![answer(&s, ids(&["a"]), false, 5), answer(&o, ids(&["b", "a", "c", "d"]), false, 9)],
        );
        let cat = attempt("cat", 20, QuizPurpose::EndOfUnit, vec![answer(&s, vec![], true, 2)]);
        let all = vec![amy_old.clone(), amy_new, ben, cat];
        let r = class_report(&banks, &all, None);
        assert_eq!(r.attempts, 4);
        assert_eq!(r.pupils, 3);
        let safe = &r.rules[0];
        assert_eq!(safe.mastery.answered, 3);
        assert_eq!(safe.mastery.not_sure, 1);
        // Latest attempts: amy secure, ben not yet, cat only "not sure".
        assert_eq!(safe.pupils_at, [1, 0, 1]);
        assert_eq!(safe.pupils_unknown, 1);
        assert_eq!(r.most_missed[0].question_id, "ks2-s");
        assert_eq!(r.most_missed[0].missed, 2);
        assert_eq!(r.most_missed[0].not_sure, 1);
        assert_eq!(r.most_missed[1].question_id, "ks2-o");
        assert_eq!(r.misconceptions[0].misconception.text, "thinks a");
        assert_eq!(r.misconceptions[0].count, 2);
        assert_eq!(r.misconceptions.len(), 2);
        // Baseline vs end of unit: the baseline only has Amy's wrong answer.
        let base = class_report(&banks, &all, Some(QuizPurpose::Baseline));
        assert_eq!(base.attempts, 1);
        assert_eq!(base.rules[0].mastery.level(), Some(Level::NotYet));
        let end = class_report(&banks, &all, Some(QuizPurpose::EndOfUnit));
        assert_eq!(end.rules[0].mastery.mean(), Some(0.5));
        assert!(class_report(&banks, &[], None).most_missed.is_empty());
    }

    #[test]
    fn a_resumed_attempt_carries_on_at_the_first_unanswered_question() {
        let s = single();
        let mut a = attempt("amy", 2, QuizPurpose::Practice, vec![answer(&s, ids(&["b"]), false, 5)]);
        a.question_ids = ids(&["ks2-s", "ks2-o", "ks2-p"]);
        assert_eq!(resume_at(&a), Some(1));
        a.answers.push(answer(&order(), vec![], true, 1));
        a.answers.push(answer(&matching(), ids(&["a=a"]), false, 1));
        assert_eq!(resume_at(&a), None);
    }
}
