//! Urdu (right-to-left) counts use CLDR one/other, and many parents co-signing at home read
//! Urdu rather than English, so the plural forms, kept placeholders and the complete agreement
//! and letter are checked on real messages and real content.

use bytesmart::i18n::Catalog;
use fluent_bundle::FluentValue;

fn count(c: &Catalog, key: &str, n: i64) -> String {
    c.format("ur", key, &[("count", FluentValue::from(n))])
}

#[test]
fn urdu_plurals_use_one_and_other() {
    let c = Catalog::new();
    assert_eq!(count(&c, "class-pupils-heading", 1), "ایک طالب علم");
    assert!(count(&c, "class-pupils-heading", 3).ends_with("طلبہ"));
    assert!(count(&c, "class-pupils-heading", 3).contains('3'));
    assert!(count(&c, "roster-imported", 1).starts_with("ایک طالب علم"));
    assert!(count(&c, "roster-imported", 12).contains("طلبہ امپورٹ ہو گئے"));
}

#[test]
fn urdu_keeps_variables_exact_zero_and_smart_words() {
    let c = Catalog::new();
    let none = c.format("ur", "lessons-score", &[("right", 0.into()), ("total", 0.into())]);
    assert_eq!(none, "اس سبق میں کوئی سوال نہیں تھا۔");
    let some = c.format("ur", "lessons-score", &[("right", 21.into()), ("total", 25.into())]);
    assert!(some.contains("21") && some.contains("25"), "{some}");
    let wait = c.format("ur", "pin-wait", &[("seconds", 30.into())]);
    assert!(wait.contains("30") && wait.contains("سیکنڈ"), "{wait}");
    let hello = c.format("ur", "pupil-hello", &[("name", "Ayesha".into())]);
    assert!(hello.contains("Ayesha"), "{hello}");
    for rule in ["safe", "meet", "accepting", "reliable", "tell"] {
        let text = c.format("ur", &format!("rule-{rule}"), &[]);
        assert!(!text.contains('⟦'), "{text}");
        let english = c.format("en-GB", &format!("rule-{rule}"), &[]);
        assert!(text.contains(&format!("({english})")), "SMART words stay recognisable in English: {text}");
    }
    assert!(c.format("ur", "setup-code-not-code", &[]).contains("BSE1"));
}

/// Parents reading Urdu must get the whole agreement and letter in Urdu, and pupils three
/// lessons per band; everything is flagged as unreviewed machine translation.
#[test]
fn urdu_content_covers_every_aup_and_three_lessons_per_band() {
    use bytesmart::content::library;
    use bytesmart::content::translate;
    use bytesmart::domain::band::Band;
    let lib = library();
    for band in Band::ALL {
        let aup = lib.aups.iter().find(|a| a.band == band).expect("an AUP per band");
        let ur = lib.translation(&aup.id, "ur").unwrap_or_else(|| panic!("no Urdu for {}", aup.id));
        assert!(ur.machine_translated);
        let mut translated = aup.clone();
        let applied = translate::apply(translated.texts_mut(), Some(ur));
        assert_eq!(applied.fallback, 0, "{}: every AUP text, letter included, is in Urdu", aup.id);
        assert!(translated.parent_letter.contains("محترم والدین یا سرپرست"));

        let lessons: Vec<_> = lib.lessons.iter().filter(|l| l.band == band && lib.translation(&l.id, "ur").is_some()).collect();
        assert!(lessons.len() >= 3, "{band:?} has {} Urdu lessons", lessons.len());
        for l in lessons {
            let t = lib.translation(&l.id, "ur").unwrap();
            let mut ur_lesson = l.clone();
            let applied = translate::apply(ur_lesson.texts_mut(), Some(t));
            assert!(applied.machine_translated, "{} is flagged for review", l.id);
            assert_eq!(applied.fallback, 0, "{}: every text path is translated", l.id);
            assert_ne!(ur_lesson.title, l.title);
            for (path, text) in ur_lesson.texts_mut() {
                assert!(!text.contains('{'), "{} {path}: placeholder left unresolved", l.id);
            }
        }
    }
}
