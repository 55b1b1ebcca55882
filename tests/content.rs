//! The shipped content validates, and a broken file is reported naming file, item and field.

use bytesmart::content::build_support::compile;
use bytesmart::content::library;
use bytesmart::domain::band::Band;
use std::path::Path;

#[test]
fn shipped_content_compiles_and_loads() {
    let lib = compile(&Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons"))
        .unwrap_or_else(|e| panic!("content errors: {e:#?}"));
    assert!(!lib.lessons.is_empty());
    // The app's embedded copy is the same content.
    assert_eq!(library().lessons.len(), lib.lessons.len());
    for band in Band::ALL {
        assert!(library().aups.iter().any(|a| a.band == band), "no AUP for {band:?}");
    }
    assert_eq!(library().facts.smart_rules.len(), 5);
    assert!(library().facts.helplines.iter().any(|h| h.contact == "0800 1111"));
}

#[test]
fn broken_files_are_reported_with_file_item_and_field() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/lessons");
    let errs = compile(&root).err().expect("the broken fixture must not compile");
    let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    let two_right = errs
        .iter()
        .find(|e| e.file.ends_with("ks1/two-right-answers.toml"))
        .unwrap_or_else(|| panic!("no error for two-right-answers.toml in {text:#?}"));
    assert_eq!(two_right.item, "ks1-broken");
    assert_eq!(two_right.field, "steps[0].answers");
    assert!(two_right.message.contains("exactly 1 correct"), "{}", two_right.message);
    let strand = errs
        .iter()
        .find(|e| e.file.ends_with("ks2/bad-strand.toml"))
        .unwrap_or_else(|| panic!("no error for bad-strand.toml in {text:#?}"));
    assert!(strand.message.contains("online-gossip"), "{}", strand.message);
    assert!(strand.field.starts_with("line "), "a parse error names the line: {}", strand.field);
    assert!(strand.to_string().contains("lessons/ks2/bad-strand.toml"));
}

#[test]
fn aups_have_pictures_for_ks1_and_welsh_for_every_band() {
    use bytesmart::domain::aup::content_hash;
    for band in Band::ALL {
        let aup = library().aups.iter().find(|a| a.band == band).expect("an AUP per band");
        assert_eq!(aup.id, format!("aup-{}", band.slug()));
        assert!(aup.statements.len() >= 6, "{} has only {} statements", aup.id, aup.statements.len());
        assert!(!aup.parent_letter.trim().is_empty());
        assert_eq!(content_hash(aup).len(), 64);
        if band == Band::Ks1 {
            for s in &aup.statements {
                let pic = s.picture.as_deref().unwrap_or_else(|| panic!("KS1 statement {} has no picture", s.id));
                assert!(library().picture_url(pic).is_some());
            }
        }
        let cy = library().translation(&aup.id, "cy").unwrap_or_else(|| panic!("no Welsh for {}", aup.id));
        assert!(cy.machine_translated);
        for s in &aup.statements {
            let key = format!("statement.{}", s.id);
            assert!(cy.text.contains_key(&key), "Welsh {} lacks {key}", aup.id);
        }
        for k in ["title", "intro", "pledge", "parent_statement", "parent_letter"] {
            assert!(cy.text.contains_key(k), "Welsh {} lacks {k}", aup.id);
        }
    }
}

#[test]
fn broken_aup_is_reported_with_file_item_and_field() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/lessons");
    let errs = compile(&root).err().expect("the broken fixture must not compile");
    let aup: Vec<_> = errs.iter().filter(|e| e.file.ends_with("aup/ks1.toml")).collect();
    assert!(aup.iter().any(|e| e.item == "aup-ks1" && e.field == "statements[1].picture"), "{aup:#?}");
    assert!(aup.iter().any(|e| e.field == "statements[1].id" && e.message.contains("twice")), "{aup:#?}");
}
