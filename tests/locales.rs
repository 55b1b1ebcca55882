//! Every Fluent key used in the code exists in every locale, no locale has keys en-GB lacks,
//! en-GB has no unused keys, and every file parses. A missing key would show a person
//! `⟦key⟧` instead of words, so this is checked before anything ships.

use bytesmart::i18n::{keys::dynamic_keys, Catalog, DEFAULT_LOCALE, LOCALES};
use std::collections::BTreeSet;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Keys used literally in code: t("k"), t_args("k", ..), t_in(code, "k", ..), tr!("k").
fn used_keys() -> BTreeSet<String> {
    let mut files = vec![];
    rust_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut files);
    let mut keys = BTreeSet::new();
    for f in files {
        let text: String = std::fs::read_to_string(&f)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for pat in ["t(\"", "t_args(\"", "tr!(\"", "label: \"", "hint: \"", "nav_label=\""] {
            for (i, _) in text.match_indices(pat) {
                // Skip longer identifiers ending in t( / tr!( such as `set(` or `assert(`.
                let before = text[..i].chars().last().unwrap_or(' ');
                if pat.starts_with('t') && (before.is_alphanumeric() || before == '_') {
                    continue;
                }
                let rest = &text[i + pat.len()..];
                if let Some(end) = rest.find('"') {
                    let k = &rest[..end];
                    if !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        keys.insert(k.to_string());
                    }
                }
            }
        }
        // `t_in(code, "key", ..)`, also imported under the alias `in_locale`.
        let explicit = text.match_indices("t_in(").chain(text.match_indices("in_locale("));
        for (i, _) in explicit {
            // The function's own definition (`fn t_in(code: &str, ...)`) is not a call.
            if text[..i].ends_with("fn ") || text[i..].starts_with("t_in(code:") {
                continue;
            }
            let rest = &text[i..];
            // The key is the first string literal inside the call's parentheses.
            let call_end = rest.find(')').unwrap_or(rest.len());
            if let Some(q) = rest[..call_end].find('"') {
                let rest = &rest[q + 1..];
                if let Some(end) = rest.find('"') {
                    let k = &rest[..end];
                    if !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        keys.insert(k.to_string());
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn every_ftl_file_parses() {
    for (code, file, src) in Catalog::sources() {
        if let Err((_, errs)) = fluent_bundle::FluentResource::try_new(src.to_string()) {
            panic!("locales/{code}/{file} has syntax errors: {errs:?}");
        }
    }
}

#[test]
fn every_used_key_exists_in_en_gb_and_none_are_unused() {
    let defined: BTreeSet<String> = Catalog::keys(DEFAULT_LOCALE).into_iter().collect();
    let used = used_keys();
    let dynamic: BTreeSet<String> = dynamic_keys().into_iter().collect();
    let missing: Vec<_> = used.union(&dynamic).filter(|k| !defined.contains(*k)).collect();
    assert!(missing.is_empty(), "keys used in code but missing from locales/en-GB: {missing:?}");
    let unused: Vec<_> = defined.iter().filter(|k| !used.contains(*k) && !dynamic.contains(*k)).collect();
    assert!(unused.is_empty(), "keys in locales/en-GB that no code uses: {unused:?}");
    assert!(used.len() > 20, "the scanner found too few keys ({}) - is it broken?", used.len());
}

#[test]
fn every_locale_has_exactly_the_default_keys() {
    let default: BTreeSet<String> = Catalog::keys(DEFAULT_LOCALE).into_iter().collect();
    let mut problems = vec![];
    for l in LOCALES.iter().filter(|l| l.code != DEFAULT_LOCALE) {
        let keys: BTreeSet<String> = Catalog::keys(l.code).into_iter().collect();
        if keys.is_empty() {
            continue; // a locale with no files yet is reported by the shipped-locales test
        }
        let missing: Vec<_> = default.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&default).collect();
        if !missing.is_empty() {
            problems.push(format!("{} is missing {} keys, e.g. {:?}", l.code, missing.len(), &missing[..missing.len().min(5)]));
        }
        if !extra.is_empty() {
            problems.push(format!("{} has keys en-GB lacks: {extra:?}", l.code));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn shipped_locales_have_translations() {
    // en-GB plus at least one more locale is selectable with real text.
    let with_files: Vec<_> = LOCALES.iter().filter(|l| !Catalog::keys(l.code).is_empty()).map(|l| l.code).collect();
    assert!(with_files.contains(&"en-GB") && with_files.len() >= 2, "locales with text: {with_files:?}");
    let c = Catalog::new();
    assert_ne!(c.format("cy", "home-pupil", &[]), c.format("en-GB", "home-pupil", &[]));
}
