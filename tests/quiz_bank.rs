//! The shipped SMART quiz banks are complete and consistent, and a broken bank is reported
//! naming the file, the question id and the field.

use bytesmart::content::build_support::compile;
use bytesmart::content::model::quiz::{letter_id, QuestionKind, QuizBank, MIN_PER_RULE};
use bytesmart::domain::band::Band;
use bytesmart::domain::quiz_logic::{draw, score, QUIZ_LENGTH};
use bytesmart::domain::smart::SmartRule;
use std::path::Path;

fn banks() -> Vec<QuizBank> {
    compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons"))
        .unwrap_or_else(|e| panic!("content errors: {e:#?}"))
        .quizzes
}

#[test]
fn every_band_has_enough_questions_per_rule_and_every_type() {
    let banks = banks();
    let mut total = 0;
    for band in Band::ALL {
        let bank = banks.iter().find(|b| b.band == band).unwrap_or_else(|| panic!("no bank for {band:?}"));
        for rule in SmartRule::ALL {
            let n = bank.questions.iter().filter(|q| q.rule == rule).count();
            assert!(n >= MIN_PER_RULE, "{band:?} {rule:?} has only {n} questions");
        }
        for kind in QuestionKind::ALL {
            assert!(bank.questions.iter().any(|q| q.kind == kind), "{band:?} has no {kind:?} question");
        }
        total += bank.questions.len();
    }
    assert!(total >= 120, "only {total} questions in all");
}

#[test]
fn every_answer_is_explained_and_every_wrong_answer_names_a_misconception() {
    for bank in banks() {
        for q in &bank.questions {
            for (i, o) in q.options.iter().enumerate() {
                assert!(!o.explanation.trim().is_empty(), "{} option {i} has no explanation", q.id);
                assert_eq!(o.misconception.is_some(), !o.correct, "{} option {i}", q.id);
            }
            if !q.kind.uses_options() {
                assert!(!q.explanation.is_empty() && q.misconception.is_some(), "{}", q.id);
            }
            if bank.band == Band::Ks1 {
                assert!(q.picture.is_some(), "{} is KS1 but has no picture", q.id);
                assert!(q.options.len() <= 3, "{} is KS1 but has more than 3 answers", q.id);
            }
        }
    }
}

#[test]
fn the_right_answer_to_every_shipped_question_scores_full_marks() {
    for bank in banks() {
        for q in &bank.questions {
            let right: Vec<String> = match q.kind {
                QuestionKind::Order => (0..q.items.len()).map(letter_id).collect(),
                QuestionKind::Match => (0..q.pairs.len()).map(|i| format!("{0}={0}", letter_id(i))).collect(),
                _ => q.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| letter_id(i)).collect(),
            };
            assert_eq!(score(q, &right), 1.0, "{}", q.id);
            let wrong: Vec<String> = match q.kind {
                QuestionKind::Order => (0..q.items.len()).rev().map(letter_id).collect(),
                QuestionKind::Match => vec![],
                _ => q.options.iter().enumerate().filter(|(_, o)| !o.correct).map(|(i, _)| letter_id(i)).collect(),
            };
            assert!(score(q, &wrong) < 1.0, "{}", q.id);
        }
    }
}

#[test]
fn a_real_draw_covers_all_five_rules_and_is_reproducible() {
    for bank in banks() {
        let a = draw(&bank, 2026, &SmartRule::ALL, QUIZ_LENGTH);
        assert_eq!(a, draw(&bank, 2026, &SmartRule::ALL, QUIZ_LENGTH));
        for rule in SmartRule::ALL {
            let n = a.iter().filter(|id| bank.question(id).is_some_and(|q| q.rule == rule)).count();
            assert_eq!(n, 2, "{:?} {rule:?}", bank.band);
        }
    }
}

#[test]
fn translation_paths_cover_every_text_a_pupil_or_teacher_sees() {
    let banks = banks();
    let q = banks.iter().flat_map(|b| &b.questions).find(|q| q.kind == QuestionKind::Scenario).unwrap();
    let paths: Vec<String> = q.clone().texts_mut().into_iter().map(|(p, _)| p).collect();
    for p in ["prompt", "scenario", "option.0.text", "option.0.explanation"] {
        assert!(paths.contains(&p.to_string()), "{p} missing from {paths:?}");
    }
    let wrong = q.options.iter().position(|o| !o.correct).unwrap();
    assert!(paths.contains(&format!("option.{wrong}.misconception")));
    let m = banks.iter().flat_map(|b| &b.questions).find(|q| q.kind == QuestionKind::Match).unwrap();
    let paths: Vec<String> = m.clone().texts_mut().into_iter().map(|(p, _)| p).collect();
    for p in ["explanation", "misconception", "pair.0.left", "pair.0.right"] {
        assert!(paths.contains(&p.to_string()), "{p} missing from {paths:?}");
    }
}

#[test]
fn a_broken_bank_is_reported_with_file_question_and_field() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken-quiz/lessons");
    let errs = compile(&root).err().expect("the broken quiz fixture must not compile");
    let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    let find = |item: &str, field: &str| {
        errs.iter()
            .find(|e| e.item == item && e.field == field && e.file.ends_with("quizzes/ks1.toml"))
            .unwrap_or_else(|| panic!("no error for {item} `{field}` in {text:#?}"))
    };
    assert!(find("ks1-two-right", "options").message.contains("exactly 1 correct"));
    assert!(find("ks1-no-explanation", "options[1].explanation").message.contains("explanation"));
    assert!(find("ks1-no-misconception", "options[1].misconception").message.contains("misconception"));
    assert!(find("ks1-no-misconception", "picture").message.contains("unicorn-not-listed"));
    assert!(find("ks1-no-explanation", "id").message.contains("repeated"));
    assert!(find("ks1-no-explanation", "explanation").message.contains("explanation"));
    assert!(find("ks1-no-explanation", "picture").message.contains("picture-led"));
    assert!(find("ks1", "questions").message.contains("at least 8"));
    assert!(errs.iter().any(|e| e.file.ends_with("quizzes/ks2.toml") && e.message.contains("no quiz bank")));
    assert!(text.iter().any(|t| t.contains("lessons/quizzes/ks1.toml: 'ks1-two-right' field `options`")), "{text:#?}");
}
