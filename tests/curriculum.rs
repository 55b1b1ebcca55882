//! The curriculum as a teacher would check it: every band has a full two-year plan covering
//! all eight strands and all five SMART rules, every lesson ends by pointing to the Tell rule,
//! facts come from one dated place, and broken lessons fail the build naming file and field.

use bytesmart::content::build_support::{compile, LibraryOut};
use bytesmart::content::model::lesson::{Lesson, Step, Term, TELL_PLACEHOLDER};
use bytesmart::content::translate;
use bytesmart::domain::band::Band;
use bytesmart::domain::smart::SmartRule;
use bytesmart::domain::strand::Strand;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons")
}

fn shipped() -> LibraryOut {
    compile(&root()).unwrap_or_else(|e| {
        let list: Vec<String> = e.iter().map(|e| e.to_string()).collect();
        panic!("shipped lessons do not validate:\n{}", list.join("\n"))
    })
}

fn band_lessons(lib: &LibraryOut, band: Band) -> Vec<&Lesson> {
    lib.lessons.iter().filter(|l| l.band == band).collect()
}

/// Every text of a lesson after the build (placeholders already resolved).
fn texts(l: &Lesson) -> Vec<(String, String)> {
    l.clone().texts_mut().into_iter().map(|(p, t)| (p, t.clone())).collect()
}

#[test]
fn every_lesson_parses_and_validates_with_at_least_12_per_band() {
    let lib = shipped();
    for band in Band::ALL {
        let n = band_lessons(&lib, band).len();
        assert!(n >= 12, "{band:?} has only {n} lessons; the two-year plan needs 12");
    }
    // One file per lesson, in its band's folder, named after the lesson id.
    for band in Band::ALL {
        for entry in std::fs::read_dir(root().join(band.slug())).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let parts: Vec<&str> = name.trim_end_matches(".toml").split('.').collect();
            if parts.len() == 1 {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                let l: Lesson = toml::from_str(&text).unwrap();
                let tail = l.id.trim_start_matches(band.slug());
                assert!(name.ends_with(&format!("{tail}.toml")), "{name} should be named after its id {}", l.id);
            }
        }
    }
}

#[test]
fn each_band_fills_every_slot_of_the_two_year_plan_exactly_once() {
    let lib = shipped();
    for band in Band::ALL {
        let mut slots: BTreeMap<(u8, Term, u8), Vec<String>> = BTreeMap::new();
        for l in band_lessons(&lib, band) {
            slots.entry((l.cycle_year, l.term, l.half_term)).or_default().push(l.id.clone());
        }
        for year in 1..=2 {
            for term in [Term::Autumn, Term::Spring, Term::Summer] {
                for half in 1..=2 {
                    let ids = slots.get(&(year, term, half)).cloned().unwrap_or_default();
                    assert_eq!(ids.len(), 1, "{band:?} year {year} {term:?} half-term {half}: expected one lesson, found {ids:?}");
                }
            }
        }
        assert_eq!(slots.len(), 12, "{band:?} has lessons outside the 12 plan slots: {slots:?}");
    }
}

#[test]
fn each_band_covers_all_eight_strands_and_all_five_smart_rules() {
    let lib = shipped();
    for band in Band::ALL {
        let lessons = band_lessons(&lib, band);
        let strands: BTreeSet<Strand> = lessons.iter().flat_map(|l| l.strands.iter().copied()).collect();
        let rules: BTreeSet<SmartRule> = lessons.iter().flat_map(|l| l.smart_rules.iter().copied()).collect();
        let missing_strands: Vec<_> = Strand::ALL.iter().filter(|s| !strands.contains(s)).collect();
        let missing_rules: Vec<_> = SmartRule::ALL.iter().filter(|r| !rules.contains(r)).collect();
        assert!(missing_strands.is_empty(), "{band:?} misses strands {missing_strands:?}");
        assert!(missing_rules.is_empty(), "{band:?} misses SMART rules {missing_rules:?}");
    }
}

#[test]
fn every_lesson_ends_by_pointing_to_the_tell_rule() {
    let lib = shipped();
    let tell = lib.facts.smart_rules.iter().find(|r| r.rule == SmartRule::Tell).expect("Tell wording").text.clone();
    for l in &lib.lessons {
        match l.steps.last() {
            Some(Step::Explain { text, .. }) => {
                assert!(text.contains(&tell), "{}: last step does not include the Tell rule wording: {text}", l.id);
                assert_eq!(l.tell_text(), Some(text.as_str()));
            }
            other => panic!("{}: last step is not an explain step: {other:?}", l.id),
        }
    }
}

#[test]
fn every_lesson_has_5_to_9_steps_mixing_explain_discuss_sort_and_check() {
    let lib = shipped();
    for l in &lib.lessons {
        assert!((5..=9).contains(&l.steps.len()), "{} has {} steps", l.id, l.steps.len());
        let has = |f: fn(&Step) -> bool| l.steps.iter().any(f);
        assert!(has(|s| matches!(s, Step::Explain { .. })), "{} has no explain step", l.id);
        assert!(has(|s| matches!(s, Step::Discuss { .. })), "{} has no discuss step", l.id);
        assert!(has(|s| matches!(s, Step::Sort { .. })), "{} has no sort step", l.id);
        assert!(has(|s| matches!(s, Step::Check { .. })), "{} has no check step", l.id);
        assert!(l.learned.len() >= 2, "{} should list at least two things learned", l.id);
        for s in &l.steps {
            if let Step::Check { answers, .. } = s {
                // Kind feedback on wrong answers, so a pupil is guided, not just told "wrong".
                for a in answers.iter().filter(|a| !a.correct) {
                    assert!(a.feedback.is_some(), "{} step {}: wrong answer '{}' has no feedback", l.id, s.id(), a.text);
                }
            }
        }
    }
}

#[test]
fn ks1_lessons_are_short_and_feature_pip() {
    let lib = shipped();
    for l in band_lessons(&lib, Band::Ks1) {
        let story: String = texts(l).into_iter().filter(|(p, _)| p.starts_with("step.")).map(|(_, t)| t).collect();
        assert!(story.contains("Pip"), "{}: KS1 lessons feature Pip the owl", l.id);
        for s in &l.steps {
            if let Step::Explain { text, picture, .. } = s {
                assert!(picture.is_some(), "{} step {}: KS1 is picture-led", l.id, s.id());
                for sentence in text.split(['.', '!', '?']) {
                    let words = sentence.split_whitespace().count();
                    assert!(words <= 22, "{} step {}: sentence too long for KS1 ({words} words): {sentence}", l.id, s.id());
                }
            }
        }
    }
}

#[test]
fn placeholders_resolve_and_no_text_keeps_braces() {
    let lib = shipped();
    let f = &lib.facts;
    assert_eq!(f.resolve("Call {helpline:childline}.").unwrap(), "Call Childline (0800 1111).");
    assert_eq!(f.resolve("{contact:emergency}").unwrap(), "999");
    assert_eq!(f.resolve("{min-age:whatsapp-uk}").unwrap(), "13");
    assert!(f.resolve("{rule:tell}").unwrap().starts_with("Tell a trusted adult"));
    let err = f.resolve("Call {helpline:kidline} or {min-age:myspace} {oops").unwrap_err();
    assert_eq!(err.len(), 3, "{err:?}");
    assert!(err[0].contains("kidline") && err[0].contains("childline"), "lists known ids: {}", err[0]);
    assert!(err[1].contains("myspace"));
    for l in &lib.lessons {
        for (path, t) in texts(l) {
            assert!(!t.contains('{') && !t.contains('}'), "{} {path} still has a placeholder: {t}", l.id);
        }
    }
    for t in &lib.translations {
        for (path, v) in &t.text {
            assert!(!v.contains('{'), "{} ({}) {path} still has a placeholder: {v}", t.of, t.locale);
        }
    }
}

/// Urdu pupils read the Tell rule in Urdu: a translated step's `{rule:tell}` resolves in the
/// translation's locale, not in English.
#[test]
fn urdu_lesson_step_with_rule_tell_reads_the_urdu_wording() {
    let lib = shipped();
    let tell = lib.facts.smart_rules.iter().find(|r| r.rule == SmartRule::Tell).expect("Tell wording");
    let urdu = tell.translations.get("ur").expect("Urdu Tell wording in facts.toml");
    assert!(urdu.contains("بتائیں"), "{urdu}");
    let raw = std::fs::read_to_string(root().join("ks1/ks1-02-my-work.ur.toml")).unwrap();
    assert!(raw.contains("{rule:tell}"), "the Urdu file keeps the placeholder");
    let t = lib.translations.iter().find(|t| t.of == "ks1-my-work" && t.locale == "ur").expect("Urdu ks1-my-work");
    let step = t.text.get("step.tell.text").expect("Urdu Tell step");
    assert!(step.ends_with(urdu.as_str()), "Urdu step ends with the Urdu rule: {step}");
    assert!(!step.contains(&tell.text), "no English rule inside the Urdu step: {step}");
    // Every translated last step carries its own locale's wording.
    for l in &lib.lessons {
        let last = l.steps.last().expect("steps").id().to_string();
        for t in lib.translations.iter().filter(|t| t.of == l.id) {
            if let Some(v) = t.text.get(&format!("step.{last}.text")) {
                let want = tell.translations.get(&t.locale).expect("wording per locale");
                assert!(v.contains(want.as_str()), "{} ({}) last step lacks its Tell wording: {v}", l.id, t.locale);
            }
        }
    }
}

/// A locale without its own wording (e.g. a school's partial facts file) falls back to en-GB
/// instead of showing a raw placeholder.
#[test]
fn rule_wording_falls_back_to_english() {
    let mut f = shipped().facts;
    let tell = f.smart_rules.iter_mut().find(|r| r.rule == SmartRule::Tell).unwrap();
    let english = tell.text.clone();
    tell.translations.remove("ur");
    assert_eq!(f.resolve_in("ur", "{rule:tell}").unwrap(), english);
    assert_eq!(f.resolve_in("xx", "{rule:tell}").unwrap(), english);
    assert_eq!(f.resolve_in("en-GB", "{rule:tell}").unwrap(), english);
    assert!(f.resolve_in("pl", "{rule:tell}").unwrap().starts_with("Powiedz zaufanemu dorosłemu"));
    assert!(f.resolve_in("ar", "{rule:safe}").unwrap().contains("معلوماتك الشخصية"));
}

#[test]
fn helplines_and_minimum_ages_are_written_only_in_facts_toml() {
    // A changed number is updated once: lesson files must use placeholders, never the number.
    let numbers = ["0800 1111", "999", "7726", "ceop.police.uk", "phishing.gov.uk"];
    for band in Band::ALL {
        for entry in std::fs::read_dir(root().join(band.slug())).unwrap().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for n in numbers {
                assert!(!text.contains(n), "{} writes '{n}' directly: use a placeholder", entry.path().display());
            }
            assert!(!text.contains("age of 13") && !text.contains("at least 13"), "{} writes a minimum age directly", entry.path().display());
        }
    }
    let lib = shipped();
    let shown: String = lib.lessons.iter().flat_map(texts).map(|(_, t)| t).collect();
    assert!(shown.contains("0800 1111"), "the resolved lessons do show Childline's number");
}

#[test]
fn three_lessons_per_band_have_a_welsh_machine_translation_with_fallback() {
    let lib = shipped();
    for band in Band::ALL {
        let welsh: Vec<_> = lib
            .translations
            .iter()
            .filter(|t| t.locale == "cy" && lib.lessons.iter().any(|l| l.id == t.of && l.band == band))
            .collect();
        assert!(welsh.len() >= 3, "{band:?} has {} Welsh lesson translations", welsh.len());
        for t in welsh {
            assert!(t.machine_translated, "{} must be marked machine-translated until reviewed", t.of);
            let mut l = lib.lessons.iter().find(|l| l.id == t.of).unwrap().clone();
            let english = l.clone();
            let applied = translate::apply(l.texts_mut(), Some(t));
            assert!(applied.machine_translated);
            assert_ne!(l.title, english.title, "{}: title is translated", t.of);
            assert!(applied.translated > 10, "{}: most pupil text is translated", t.of);
            // Teacher notes are not translated yet: they fall back to en-GB, field by field.
            assert_eq!(l.teacher_notes, english.teacher_notes);
            assert!(applied.fallback > 0);
        }
    }
}

#[test]
fn every_picture_id_maps_to_an_installed_twemoji_file() {
    let lib = shipped();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/@twemoji/svg");
    if !dir.exists() {
        eprintln!("node_modules/@twemoji/svg not installed; skipping the file check");
        return;
    }
    for (id, code) in &lib.pictures {
        assert!(dir.join(format!("{code}.svg")).exists(), "picture '{id}' -> {code}.svg is not in @twemoji/svg");
    }
}

#[test]
fn broken_lessons_fail_the_build_naming_file_lesson_and_field() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/curriculum/lessons");
    let errs = compile(&fixture).err().expect("the broken fixture must not compile");
    let all: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    let find = |file: &str, field: &str| {
        errs.iter()
            .find(|e| e.file.ends_with(file) && e.field == field)
            .unwrap_or_else(|| panic!("no error for {file} field {field} in {all:#?}"))
    };
    let e = find("ks1/ends-with-check.toml", "steps[1].kind");
    assert_eq!(e.item, "ks1-ends-with-check");
    assert!(e.message.contains(TELL_PLACEHOLDER), "{}", e.message);
    assert!(e.to_string().contains("lessons/ks1/ends-with-check.toml"), "{e}");

    let e = find("ks1/forgets-tell.toml", "steps[1].text");
    assert_eq!(e.item, "ks1-forgets-tell");
    assert!(e.message.contains("Tell rule"), "{}", e.message);

    let e = find("ks2/unknown-helpline.toml", "step.who-to-call.explanation");
    assert_eq!(e.item, "ks2-unknown-helpline");
    assert!(e.message.contains("kidline"), "{}", e.message);

    let e = find("ks2/unknown-helpline.cy.toml", "text.\"step.who-to-call.question\"");
    assert!(e.message.contains("myspace"), "{}", e.message);

    let e = find("ks2/unknown-helpline.cy.toml", "text.\"step.tell.text\"");
    assert!(e.message.contains("{rule:tell}"), "a hand-written rule is refused: {}", e.message);

    let e = find("lessons/facts.toml", "smart_rules[tell].translations.ur");
    assert_eq!(e.item, "tell");
    assert!(e.message.contains("ur"), "{}", e.message);
    let rule_errs = errs.iter().filter(|e| e.field.starts_with("smart_rules[")).count();
    assert_eq!(rule_errs, 1, "only the missing wording is reported: {all:#?}");

    // The valid placeholder in the same lesson raised nothing.
    assert!(!errs.iter().any(|e| e.field.contains("answer.0")), "{all:#?}");
}
