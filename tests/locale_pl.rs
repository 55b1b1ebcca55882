//! Polish counts need one/few/many forms (CLDR): "1 minuta", "3 minuty", "5 minut", "22 minuty".
//! A wrong form reads as a grammar mistake to every Polish-speaking family and teacher, so the
//! plural selection, the exact-zero variant and the kept placeholders are checked on real messages.

use bytesmart::i18n::Catalog;
use fluent_bundle::FluentValue;

fn fmt(c: &Catalog, key: &str, var: &str, n: i64) -> String {
    c.format("pl", key, &[(var, FluentValue::from(n))])
}

#[test]
fn polish_plurals_use_one_few_and_many() {
    let c = Catalog::new();
    assert_eq!(fmt(&c, "lessons-minutes", "minutes", 1), "1 minuta");
    assert_eq!(fmt(&c, "lessons-minutes", "minutes", 3), "3 minuty");
    assert_eq!(fmt(&c, "lessons-minutes", "minutes", 5), "5 minut");
    assert_eq!(fmt(&c, "lessons-minutes", "minutes", 12), "12 minut");
    assert_eq!(fmt(&c, "lessons-minutes", "minutes", 22), "22 minuty");
    assert_eq!(fmt(&c, "lessons-minutes", "minutes", 25), "25 minut");
    assert!(fmt(&c, "pin-wait", "seconds", 1).contains("1 sekundę"));
    assert!(fmt(&c, "pin-wait", "seconds", 4).contains("4 sekundy"));
    assert!(fmt(&c, "pin-wait", "seconds", 30).contains("30 sekund"));
    assert_eq!(fmt(&c, "present-quiz-count", "count", 1), "1 pytanie");
    assert_eq!(fmt(&c, "present-quiz-count", "count", 2), "2 pytania");
    assert_eq!(fmt(&c, "present-quiz-count", "count", 10), "10 pytań");
}

#[test]
fn polish_keeps_variables_exact_zero_and_smart_words() {
    let c = Catalog::new();
    let none = c.format("pl", "lessons-score", &[("right", 0.into()), ("total", 0.into())]);
    assert_eq!(none, "W tej lekcji nie było pytań.");
    let some = c.format("pl", "lessons-score", &[("right", 3.into()), ("total", 4.into())]);
    assert!(some.contains("3 z 4"), "{some}");
    assert_eq!(c.format("pl", "pupil-hello", &[("name", "Ola".into())]), "Cześć, Ola!");
    for rule in ["safe", "meet", "accepting", "reliable", "tell"] {
        let text = c.format("pl", &format!("rule-{rule}"), &[]);
        let english = c.format("en-GB", &format!("rule-{rule}"), &[]);
        assert!(text.contains(&format!("({english})")), "SMART word stays recognisable: {text}");
    }
}
