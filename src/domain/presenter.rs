//! Presenter mode rules: a teacher shows a lesson (or a class quiz made of its check questions)
//! to the whole class on the whiteboard. Everything here is pure so the slide order, key
//! mapping, timer, show-of-hands counts and the delivery record are covered by `cargo test`;
//! the screens in `ui/teacher/presenter*` only draw this state and feed it events.
//!
//! Nothing here holds pupil data: tallies are class-level counts of raised hands.

use crate::content::model::lesson::{Lesson, Step};
use crate::domain::records::Delivery;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What is being presented, so the deck and the finish screen differ.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The whole lesson, step by step; finishing records a delivery.
    #[default]
    Lesson,
    /// Only the lesson's check questions, as a class quiz with a class-level summary.
    Quiz,
}

impl Mode {
    /// Parses the `mode` query value (anything unknown is a lesson).
    pub fn parse(s: &str) -> Mode {
        if s == "quiz" { Mode::Quiz } else { Mode::Lesson }
    }

    /// The query value for links.
    pub fn slug(self) -> &'static str {
        match self {
            Mode::Lesson => "lesson",
            Mode::Quiz => "quiz",
        }
    }
}

/// One screen of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Slide {
    /// Lesson title, summary and picture.
    Title,
    /// A lesson step, by its index in `lesson.steps`.
    Step(usize),
    /// What we learned / quiz summary, and "Mark as delivered".
    Finish,
}

/// The ordered slides for a lesson: a title slide, one slide per step (all steps for a lesson,
/// only check steps for a quiz), then a finish slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    /// Slides in order.
    pub slides: Vec<Slide>,
    /// Lesson or quiz.
    pub mode: Mode,
}

impl Deck {
    /// Builds the deck for `lesson` in `mode`.
    pub fn new(lesson: &Lesson, mode: Mode) -> Deck {
        let mut slides = vec![Slide::Title];
        for (i, step) in lesson.steps.iter().enumerate() {
            if mode == Mode::Lesson || matches!(step, Step::Check { .. }) {
                slides.push(Slide::Step(i));
            }
        }
        slides.push(Slide::Finish);
        Deck { slides, mode }
    }

    /// Number of slides.
    pub fn len(&self) -> usize {
        self.slides.len()
    }

    /// Always false (a deck has at least its title and finish slides); for clippy's sake.
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    /// The slide at `index`, clamped into range.
    pub fn slide(&self, index: usize) -> Slide {
        self.slides[index.min(self.slides.len() - 1)]
    }

    /// Number of question slides (the class quiz has at least one to be worth offering).
    pub fn question_count(&self, lesson: &Lesson) -> usize {
        self.slides
            .iter()
            .filter(|s| matches!(s, Slide::Step(i) if matches!(lesson.steps.get(*i), Some(Step::Check { .. }))))
            .count()
    }
}

/// Where the presenter is in the deck. Moves never leave the deck's bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nav {
    /// Current slide index (0-based).
    pub current: usize,
    /// Number of slides (at least 1).
    pub len: usize,
}

impl Nav {
    /// Starts at the first slide of a deck of `len` slides.
    pub fn new(len: usize) -> Nav {
        Nav { current: 0, len: len.max(1) }
    }

    /// Applies a navigation command; returns true when the slide changed.
    pub fn apply(&mut self, cmd: Command) -> bool {
        let before = self.current;
        self.current = match cmd {
            Command::Next => (self.current + 1).min(self.len - 1),
            Command::Previous => self.current.saturating_sub(1),
            Command::First => 0,
            Command::Last => self.len - 1,
            Command::ToggleNotes => self.current,
        };
        before != self.current
    }

    /// Jumps to a slide (clamped); used when the audience window follows the presenter.
    pub fn go(&mut self, index: usize) {
        self.current = index.min(self.len - 1);
    }

    /// On the first slide (Previous does nothing).
    pub fn is_first(&self) -> bool {
        self.current == 0
    }

    /// On the last slide (Next does nothing).
    pub fn is_last(&self) -> bool {
        self.current + 1 >= self.len
    }

    /// 1-based slide number for the counter.
    pub fn number(&self) -> usize {
        self.current + 1
    }

    /// Progress through the deck in whole percent (first slide 0, last slide 100).
    pub fn percent(&self) -> u32 {
        if self.len <= 1 {
            return 100;
        }
        ((self.current * 100) / (self.len - 1)) as u32
    }
}

/// What a key press asks the presenter to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Next slide.
    Next,
    /// Previous slide.
    Previous,
    /// First slide.
    First,
    /// Last slide.
    Last,
    /// Show or hide teacher notes.
    ToggleNotes,
}

/// Maps a `KeyboardEvent.key` value to a command. Presentation clickers send PageUp/PageDown;
/// in right-to-left locales the slides run right to left, so ArrowLeft means "next".
pub fn command_for_key(key: &str, rtl: bool) -> Option<Command> {
    let (forward, back) = if rtl { ("ArrowLeft", "ArrowRight") } else { ("ArrowRight", "ArrowLeft") };
    match key {
        k if k == forward => Some(Command::Next),
        k if k == back => Some(Command::Previous),
        "ArrowDown" | " " | "Spacebar" | "PageDown" => Some(Command::Next),
        "ArrowUp" | "PageUp" => Some(Command::Previous),
        "Home" => Some(Command::First),
        "End" => Some(Command::Last),
        "n" | "N" => Some(Command::ToggleNotes),
        _ => None,
    }
}

/// A discussion countdown. Time is passed in (milliseconds since some epoch) so the rules are
/// testable without a clock; the screen ticks and asks for [`Countdown::remaining_ms`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countdown {
    /// Full length in milliseconds (what Reset returns to).
    pub total_ms: u64,
    /// Time left when last paused (or at start).
    pub left_ms: u64,
    /// When it was started, if running.
    pub running_since: Option<u64>,
}

/// The shortest and longest discussion the timer allows, in minutes.
pub const TIMER_MINUTES: std::ops::RangeInclusive<u32> = 1..=30;

impl Countdown {
    /// A stopped timer of `minutes` (clamped to [`TIMER_MINUTES`]).
    pub fn new(minutes: u32) -> Countdown {
        let m = minutes.clamp(*TIMER_MINUTES.start(), *TIMER_MINUTES.end());
        let total = u64::from(m) * 60_000;
        Countdown { total_ms: total, left_ms: total, running_since: None }
    }

    /// The timer for a slide: the discuss step's suggested minutes, `None` for other slides.
    pub fn for_step(step: &Step) -> Option<Countdown> {
        match step {
            Step::Discuss { minutes, .. } => Some(Countdown::new(*minutes)),
            _ => None,
        }
    }

    /// Starts (or resumes) counting down; does nothing when already running or at zero.
    pub fn start(&mut self, now: u64) {
        if self.running_since.is_none() && self.left_ms > 0 {
            self.running_since = Some(now);
        }
    }

    /// Pauses, keeping the time left.
    pub fn pause(&mut self, now: u64) {
        self.left_ms = self.remaining_ms(now);
        self.running_since = None;
    }

    /// Stops and returns to the full length.
    pub fn reset(&mut self) {
        self.left_ms = self.total_ms;
        self.running_since = None;
    }

    /// Changes the length by whole minutes while stopped (within [`TIMER_MINUTES`]).
    pub fn adjust_minutes(&mut self, delta: i32) {
        if self.running_since.is_some() {
            return;
        }
        let minutes = (self.total_ms / 60_000) as i32 + delta;
        *self = Countdown::new(minutes.max(0) as u32);
    }

    /// Time left at `now`.
    pub fn remaining_ms(&self, now: u64) -> u64 {
        match self.running_since {
            Some(since) => self.left_ms.saturating_sub(now.saturating_sub(since)),
            None => self.left_ms,
        }
    }

    /// Counting down right now (not paused, not finished).
    pub fn is_running(&self, now: u64) -> bool {
        self.running_since.is_some() && self.remaining_ms(now) > 0
    }

    /// Reached zero.
    pub fn is_finished(&self, now: u64) -> bool {
        self.remaining_ms(now) == 0
    }

    /// `m:ss`, rounding part seconds up so the display reaches 0:00 exactly at the end.
    pub fn display(&self, now: u64) -> String {
        format_clock(self.remaining_ms(now).div_ceil(1000))
    }
}

/// Formats whole seconds as `m:ss`.
pub fn format_clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Show-of-hands counts for one check question, and whether the answer has been revealed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Hands per answer, in answer order.
    pub counts: Vec<u32>,
    /// The correct answer and explanation are showing.
    pub revealed: bool,
}

impl Tally {
    /// Zero counts for a question with `answers` answers.
    pub fn new(answers: usize) -> Tally {
        Tally { counts: vec![0; answers], revealed: false }
    }

    /// One more hand for an answer (unknown answers are ignored).
    pub fn increment(&mut self, answer: usize) {
        if let Some(c) = self.counts.get_mut(answer) {
            *c = c.saturating_add(1);
        }
    }

    /// One fewer hand for an answer, never below zero.
    pub fn decrement(&mut self, answer: usize) {
        if let Some(c) = self.counts.get_mut(answer) {
            *c = c.saturating_sub(1);
        }
    }

    /// Hands counted over all answers.
    pub fn total(&self) -> u32 {
        self.counts.iter().sum()
    }
}

/// One question's line in the class quiz summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionSummary {
    /// Step index of the check question in the lesson.
    pub step: usize,
    /// Hands counted for every answer.
    pub hands: u32,
    /// Hands for the correct answer.
    pub correct_hands: u32,
    /// Whether the answer was revealed to the class.
    pub revealed: bool,
}

impl QuestionSummary {
    /// Share of counted hands on the correct answer, in whole percent; `None` when nobody was counted.
    pub fn percent_correct(&self) -> Option<u32> {
        (self.hands > 0).then(|| (self.correct_hands * 100 + self.hands / 2) / self.hands)
    }
}

/// The class-level summary at the end of a class quiz: per question, never per pupil.
/// `tallies` holds one entry per lesson step (non-check steps are skipped).
pub fn quiz_summary(lesson: &Lesson, tallies: &[Tally]) -> Vec<QuestionSummary> {
    lesson
        .steps
        .iter()
        .enumerate()
        .filter_map(|(i, step)| {
            let Step::Check { answers, .. } = step else { return None };
            let tally = tallies.get(i).cloned().unwrap_or_else(|| Tally::new(answers.len()));
            let correct = answers.iter().position(|a| a.correct);
            Some(QuestionSummary {
                step: i,
                hands: tally.total(),
                correct_hands: correct.and_then(|c| tally.counts.get(c).copied()).unwrap_or(0),
                revealed: tally.revealed,
            })
        })
        .collect()
}

/// Fresh timers for every step: the discuss steps' suggested minutes, `None` elsewhere.
pub fn timers_for(lesson: &Lesson) -> Vec<Option<Countdown>> {
    lesson.steps.iter().map(Countdown::for_step).collect()
}

/// Fresh tallies for every step of a lesson (empty for non-question steps).
pub fn tallies_for(lesson: &Lesson) -> Vec<Tally> {
    lesson
        .steps
        .iter()
        .map(|s| match s {
            Step::Check { answers, .. } => Tally::new(answers.len()),
            _ => Tally::default(),
        })
        .collect()
}

/// Whole minutes between two instants, rounded to the nearest minute and at least 1 (a lesson
/// marked as delivered took some time; a negative span from a changed clock counts as 1).
pub fn minutes_between(started: DateTime<Utc>, finished: DateTime<Utc>) -> u32 {
    let secs = (finished - started).num_seconds().max(0) as u64;
    (secs.saturating_add(30) / 60).clamp(1, u64::from(u32::MAX)) as u32
}

/// The whole-class delivery record written when the teacher finishes (or marks as delivered):
/// the evidence of coverage the coordinator's strand report counts.
pub fn delivery(id: String, class_id: &str, lesson: &Lesson, started: DateTime<Utc>, finished: DateTime<Utc>) -> Delivery {
    Delivery {
        id,
        class_id: class_id.to_string(),
        lesson_id: lesson.id.clone(),
        lesson_version: lesson.version,
        delivered_at: finished,
        minutes: minutes_between(started, finished),
    }
}

/// Deliveries newest first (for the "Delivered" list).
pub fn newest_first(mut list: Vec<Delivery>) -> Vec<Delivery> {
    list.sort_by(|a, b| b.delivered_at.cmp(&a.delivered_at).then_with(|| a.id.cmp(&b.id)));
    list
}

/// Everything the audience window needs to show the same screen as the presenter. Sent as JSON
/// over a BroadcastChannel on every change; it carries lesson content positions only, never
/// pupil or class data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// Lesson being shown.
    pub lesson_id: String,
    /// Lesson or quiz deck.
    pub mode: Mode,
    /// Current slide index.
    pub slide: usize,
    /// Show-of-hands counts and reveal state, per lesson step.
    pub tallies: Vec<Tally>,
    /// Sort steps whose groups have been revealed, per lesson step.
    #[serde(default)]
    pub sorted: Vec<bool>,
    /// Discussion timers per lesson step (start times in Unix ms, the same clock in every window).
    #[serde(default)]
    pub timers: Vec<Option<Countdown>>,
}

/// A message on the presenter channel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum SyncMessage {
    /// A new audience window asks for the current state.
    Hello,
    /// The presenter's current state.
    State(Shared),
    /// The presenter closed: the audience window shows a "presentation ended" screen.
    Ended,
}

/// The BroadcastChannel name (one presentation per device at a time).
pub const CHANNEL: &str = "bytesmart-presenter";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::lesson::{Answer, Term};
    use crate::domain::band::Band;
    use crate::domain::smart::SmartRule;
    use crate::domain::strand::Strand;
    use chrono::TimeZone;

    fn answer(text: &str, correct: bool) -> Answer {
        Answer { text: text.into(), correct, feedback: None }
    }

    fn lesson() -> Lesson {
        Lesson {
            id: "ks1-test".into(),
            version: 3,
            band: Band::Ks1,
            year_groups: vec![1],
            term: Term::Autumn,
            half_term: 1,
            cycle_year: 1,
            title: "T".into(),
            summary: "S".into(),
            duration_minutes: 20,
            strands: vec![Strand::ALL[0]],
            smart_rules: vec![SmartRule::ALL[0]],
            teacher_notes: "N".into(),
            picture: None,
            learned: vec!["L".into()],
            steps: vec![
                Step::Explain { id: "a".into(), text: "x".into(), picture: None },
                Step::Check {
                    id: "q1".into(),
                    question: "?".into(),
                    answers: vec![answer("yes", true), answer("no", false), answer("maybe", false)],
                    explanation: "e".into(),
                    picture: None,
                },
                Step::Discuss { id: "d".into(), prompt: "p".into(), hints: vec![], minutes: 4, picture: None },
                Step::Check {
                    id: "q2".into(),
                    question: "?".into(),
                    answers: vec![answer("a", false), answer("b", true)],
                    explanation: "e".into(),
                    picture: None,
                },
            ],
        }
    }

    #[test]
    fn lesson_deck_has_title_every_step_in_order_and_finish() {
        let d = Deck::new(&lesson(), Mode::Lesson);
        assert_eq!(
            d.slides,
            vec![Slide::Title, Slide::Step(0), Slide::Step(1), Slide::Step(2), Slide::Step(3), Slide::Finish]
        );
        assert_eq!(d.question_count(&lesson()), 2);
    }

    #[test]
    fn quiz_deck_has_only_the_check_questions() {
        let d = Deck::new(&lesson(), Mode::Quiz);
        assert_eq!(d.slides, vec![Slide::Title, Slide::Step(1), Slide::Step(3), Slide::Finish]);
        assert_eq!(d.slide(99), Slide::Finish, "out of range clamps to the last slide");
        assert_eq!(Mode::parse("quiz"), Mode::Quiz);
        assert_eq!(Mode::parse("whatever"), Mode::Lesson);
    }

    #[test]
    fn navigation_stays_inside_the_deck() {
        let mut n = Nav::new(4);
        assert!(n.is_first());
        assert!(!n.apply(Command::Previous), "previous on the first slide does nothing");
        assert_eq!(n.current, 0);
        assert!(n.apply(Command::Next));
        assert!(n.apply(Command::Next));
        assert_eq!(n.number(), 3);
        assert!(n.apply(Command::Last));
        assert!(n.is_last());
        assert!(!n.apply(Command::Next), "next on the last slide does nothing");
        assert_eq!(n.current, 3);
        assert!(n.apply(Command::Previous));
        assert_eq!(n.current, 2);
        assert!(n.apply(Command::First));
        assert_eq!(n.current, 0);
        assert!(!n.apply(Command::ToggleNotes));
        n.go(42);
        assert_eq!(n.current, 3);
        assert_eq!(Nav::new(0).len, 1, "an empty deck still has one position");
    }

    #[test]
    fn progress_runs_from_zero_to_one_hundred() {
        let mut n = Nav::new(5);
        assert_eq!(n.percent(), 0);
        n.go(2);
        assert_eq!(n.percent(), 50);
        n.go(4);
        assert_eq!(n.percent(), 100);
        assert_eq!(Nav::new(1).percent(), 100);
    }

    #[test]
    fn keys_map_to_commands_like_a_presentation_clicker() {
        for k in ["ArrowRight", "ArrowDown", " ", "PageDown"] {
            assert_eq!(command_for_key(k, false), Some(Command::Next), "{k:?}");
        }
        for k in ["ArrowLeft", "ArrowUp", "PageUp"] {
            assert_eq!(command_for_key(k, false), Some(Command::Previous), "{k:?}");
        }
        assert_eq!(command_for_key("Home", false), Some(Command::First));
        assert_eq!(command_for_key("End", false), Some(Command::Last));
        assert_eq!(command_for_key("n", false), Some(Command::ToggleNotes));
        assert_eq!(command_for_key("N", false), Some(Command::ToggleNotes));
        assert_eq!(command_for_key("Enter", false), None);
        assert_eq!(command_for_key("x", false), None);
    }

    #[test]
    fn right_to_left_swaps_only_the_horizontal_arrows() {
        assert_eq!(command_for_key("ArrowLeft", true), Some(Command::Next));
        assert_eq!(command_for_key("ArrowRight", true), Some(Command::Previous));
        assert_eq!(command_for_key("PageDown", true), Some(Command::Next));
        assert_eq!(command_for_key("ArrowUp", true), Some(Command::Previous));
        assert_eq!(command_for_key("Home", true), Some(Command::First));
    }

    #[test]
    fn timer_defaults_to_the_discuss_steps_minutes() {
        let l = lesson();
        assert_eq!(Countdown::for_step(&l.steps[0]), None);
        let c = Countdown::for_step(&l.steps[2]).unwrap();
        assert_eq!(timers_for(&l), vec![None, None, Some(c), None]);
        assert_eq!(c.display(0), "4:00");
        assert_eq!(Countdown::new(0).total_ms, 60_000, "at least a minute");
        assert_eq!(Countdown::new(500).total_ms, 30 * 60_000, "at most half an hour");
    }

    #[test]
    fn timer_counts_down_pauses_resumes_and_resets() {
        let mut c = Countdown::new(2);
        assert!(!c.is_running(0));
        assert_eq!(c.remaining_ms(10_000), 120_000, "a stopped timer does not move");
        c.start(1_000);
        assert!(c.is_running(1_000));
        assert_eq!(c.display(31_000), "1:30");
        assert_eq!(c.display(31_500), "1:30", "part seconds round up");
        c.pause(31_000);
        assert!(!c.is_running(100_000));
        assert_eq!(c.display(100_000), "1:30", "paused time stays put");
        c.start(200_000);
        c.start(210_000); // a second start does not restart the clock
        assert_eq!(c.display(230_000), "1:00");
        assert!(c.is_finished(400_000));
        assert!(!c.is_running(400_000));
        assert_eq!(c.display(400_000), "0:00");
        c.reset();
        assert_eq!(c.display(500_000), "2:00");
        assert!(!c.is_running(500_000));
    }

    #[test]
    fn timer_length_adjusts_only_while_stopped() {
        let mut c = Countdown::new(3);
        c.adjust_minutes(2);
        assert_eq!(c.display(0), "5:00");
        c.adjust_minutes(-10);
        assert_eq!(c.display(0), "1:00");
        c.start(0);
        c.adjust_minutes(5);
        assert_eq!(c.total_ms, 60_000);
        let mut done = Countdown::new(1);
        done.start(0);
        done.pause(70_000);
        done.start(80_000);
        assert_eq!(done.running_since, None, "a finished timer does not start again until reset");
        assert_eq!(format_clock(605), "10:05");
    }

    #[test]
    fn hands_count_up_and_down_but_never_below_zero() {
        let mut t = Tally::new(3);
        t.increment(0);
        t.increment(0);
        t.increment(2);
        t.decrement(1);
        t.decrement(1);
        assert_eq!(t.counts, vec![2, 0, 1]);
        t.decrement(0);
        assert_eq!(t.counts, vec![1, 0, 1]);
        t.increment(7);
        t.decrement(7);
        assert_eq!(t.total(), 2);
        assert!(!t.revealed);
    }

    #[test]
    fn quiz_summary_is_per_question_and_class_level() {
        let l = lesson();
        let mut tallies = tallies_for(&l);
        assert_eq!(tallies[1].counts, vec![0, 0, 0]);
        assert!(tallies[0].counts.is_empty());
        for _ in 0..6 {
            tallies[1].increment(0);
        }
        for _ in 0..3 {
            tallies[1].increment(1);
        }
        tallies[1].increment(2);
        tallies[1].revealed = true;
        let s = quiz_summary(&l, &tallies);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0], QuestionSummary { step: 1, hands: 10, correct_hands: 6, revealed: true });
        assert_eq!(s[0].percent_correct(), Some(60));
        assert_eq!(s[1].step, 3);
        assert_eq!(s[1].percent_correct(), None, "no hands counted, no percentage");
        assert!(!s[1].revealed);
        // Missing tallies (e.g. an old message) read as zero rather than failing.
        assert_eq!(quiz_summary(&l, &[]).iter().map(|q| q.hands).sum::<u32>(), 0);
    }

    #[test]
    fn delivery_names_class_lesson_version_date_and_minutes() {
        let l = lesson();
        let start = Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap();
        let end = Utc.with_ymd_and_hms(2026, 11, 20, 9, 24, 40).unwrap();
        let d = delivery("delivery_x".into(), "class_1", &l, start, end);
        assert_eq!(d.class_id, "class_1");
        assert_eq!(d.lesson_id, "ks1-test");
        assert_eq!(d.lesson_version, 3);
        assert_eq!(d.delivered_at, end);
        assert_eq!(d.minutes, 25);
        assert_eq!(minutes_between(start, start), 1, "marked straight away still counts a minute");
        assert_eq!(minutes_between(end, start), 1, "a clock change never gives zero or negative");
    }

    #[test]
    fn deliveries_list_newest_first() {
        let l = lesson();
        let t = |h| Utc.with_ymd_and_hms(2026, 11, 20, h, 0, 0).unwrap();
        let list = vec![
            delivery("a".into(), "c", &l, t(8), t(9)),
            delivery("b".into(), "c", &l, t(10), t(11)),
            delivery("c".into(), "c", &l, t(9), t(10)),
        ];
        let ids: Vec<_> = newest_first(list).into_iter().map(|d| d.id).collect();
        assert_eq!(ids, vec!["b", "c", "a"]);
    }

    #[test]
    fn sync_messages_round_trip_as_json() {
        let l = lesson();
        let mut timer = Countdown::new(3);
        timer.start(1_700_000_000_000);
        let msg = SyncMessage::State(Shared {
            lesson_id: l.id.clone(),
            mode: Mode::Quiz,
            slide: 2,
            tallies: tallies_for(&l),
            sorted: vec![false; 4],
            timers: vec![None, None, Some(timer), None],
        });
        let json = serde_json::to_string(&msg).unwrap();
        assert!(json.contains("\"type\":\"state\""), "{json}");
        assert_eq!(serde_json::from_str::<SyncMessage>(&json).unwrap(), msg);
        assert_eq!(serde_json::from_str::<SyncMessage>("{\"type\":\"hello\"}").unwrap(), SyncMessage::Hello);
    }
}
