//! Reads and validates everything under `lessons/` and `locales/`. Used by `build.rs` (so a
//! broken file fails the build) and by native tests (so the error messages are tested).

use crate::content::model::aup::Aup;
use crate::content::model::facts::Facts;
use crate::content::model::lesson::Lesson;
use crate::content::model::quiz::QuizBank;
use crate::content::model::ContentError;
use crate::content::translate::Translation;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Locales content may be translated into (kept in step with `i18n::LOCALES`).
pub const CONTENT_LOCALES: [&str; 6] = ["cy", "pl", "ur", "ro", "ar", "uk"];

/// The whole library, ready to serialise as JSON for the app.
#[derive(serde::Serialize)]
pub struct LibraryOut {
    /// Lessons sorted by band and plan position.
    pub lessons: Vec<Lesson>,
    /// Quiz banks.
    pub quizzes: Vec<QuizBank>,
    /// AUPs.
    pub aups: Vec<Aup>,
    /// Facts.
    pub facts: Facts,
    /// Translations.
    pub translations: Vec<Translation>,
    /// Picture id -> Twemoji file stem.
    pub pictures: BTreeMap<String, String>,
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root.parent().unwrap_or(root)).unwrap_or(p).display().to_string()
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    v.sort();
    v
}

/// `name.pl.toml` -> Some("pl"); `name.toml` -> None.
fn translation_locale(p: &Path) -> Option<String> {
    let stem = p.file_stem()?.to_str()?;
    let (_, loc) = stem.rsplit_once('.')?;
    Some(loc.to_string())
}

fn parse<T: serde::de::DeserializeOwned>(root: &Path, p: &Path, errs: &mut Vec<ContentError>) -> Option<T> {
    let file = rel(root, p);
    let text = match fs::read_to_string(p) {
        Ok(t) => t,
        Err(e) => {
            errs.push(ContentError::new(&file, "-", "-", format!("cannot read: {e}")));
            return None;
        }
    };
    match toml::from_str::<T>(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            let msg = e.message().to_string();
            let line = e.span().map(|s| text[..s.start].lines().count().max(1));
            let field = line.map(|l| format!("line {l}")).unwrap_or_else(|| "-".into());
            errs.push(ContentError::new(&file, "-", &field, msg));
            None
        }
    }
}

fn resolve_field(facts: &Facts, locale: &str, file: &str, item: &str, field: &str, text: &mut String, errs: &mut Vec<ContentError>) {
    match facts.resolve_in(locale, text) {
        Ok(v) => *text = v,
        Err(list) => errs.extend(list.into_iter().map(|m| ContentError::new(file, item, field, m))),
    }
}

/// Every SMART rule needs its wording in every content locale, so `{rule:..}` in a translated
/// lesson never silently shows English; a missing or unknown locale names the file and field.
pub fn check_rule_wordings(facts: &Facts, file: &str) -> Vec<ContentError> {
    let mut errs = vec![];
    for r in &facts.smart_rules {
        let slug = r.rule.slug();
        for loc in CONTENT_LOCALES {
            if r.translations.get(loc).is_none_or(|t| t.trim().is_empty()) {
                errs.push(ContentError::new(
                    file,
                    slug,
                    &format!("smart_rules[{slug}].translations.{loc}"),
                    format!("no {loc} wording for the {slug} rule: add it, or {{rule:{slug}}} in {loc} lessons would show English"),
                ));
            }
        }
        for loc in r.translations.keys() {
            if !CONTENT_LOCALES.contains(&loc.as_str()) {
                errs.push(ContentError::new(file, slug, &format!("smart_rules[{slug}].translations.{loc}"), format!("unknown locale '{loc}'")));
            }
        }
    }
    errs
}

/// `{rule:..}` placeholders in `text`, in order (e.g. `["rule:tell"]`).
fn rule_placeholders(text: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut rest = text;
    while let Some(open) = rest.find("{rule:") {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close..];
            }
            None => break,
        }
    }
    out
}

/// Compiles `root` (the `lessons/` folder). Returns the library or every error found.
pub fn compile(root: &Path) -> Result<LibraryOut, Vec<ContentError>> {
    let mut errs = vec![];
    let mut pictures: BTreeMap<String, String> = BTreeMap::new();
    let pic_file = root.join("pictures.toml");
    if pic_file.exists()
        && let Some(p) = parse::<BTreeMap<String, String>>(root, &pic_file, &mut errs)
    {
        pictures = p;
    }
    let picture_ids: BTreeSet<String> = pictures.keys().cloned().collect();
    let facts = parse::<Facts>(root, &root.join("facts.toml"), &mut errs).unwrap_or_default();
    errs.extend(check_rule_wordings(&facts, &rel(root, &root.join("facts.toml"))));

    let mut lessons: Vec<(String, Lesson)> = vec![];
    let mut translations: Vec<(String, Translation)> = vec![];
    for band in ["ks1", "ks2", "secondary"] {
        for p in toml_files(&root.join(band)) {
            let file = rel(root, &p);
            if translation_locale(&p).is_some() {
                if let Some(t) = parse::<Translation>(root, &p, &mut errs) {
                    translations.push((file, t));
                }
            } else if let Some(l) = parse::<Lesson>(root, &p, &mut errs) {
                if l.band.slug() != band {
                    errs.push(ContentError::new(&file, &l.id, "band", format!("file is in {band}/ but says band {}", l.band.slug())));
                }
                errs.extend(l.validate(&file, &picture_ids));
                lessons.push((file, l));
            }
        }
    }
    let mut ids = BTreeMap::new();
    for (file, l) in &lessons {
        if let Some(other) = ids.insert(l.id.clone(), file.clone()) {
            errs.push(ContentError::new(file, &l.id, "id", format!("id already used in {other}")));
        }
    }

    let mut quizzes: Vec<QuizBank> = vec![];
    let mut quiz_files: Vec<String> = vec![];
    let mut aups = vec![];
    for (dir, is_quiz) in [("quizzes", true), ("aup", false)] {
        for p in toml_files(&root.join(dir)) {
            let file = rel(root, &p);
            if translation_locale(&p).is_some() {
                if let Some(t) = parse::<Translation>(root, &p, &mut errs) {
                    translations.push((file, t));
                }
            } else if is_quiz {
                if let Some(q) = parse::<QuizBank>(root, &p, &mut errs) {
                    let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
                    if q.band.slug() != stem {
                        errs.push(ContentError::new(&file, stem, "band", format!("file is {stem}.toml but says band {}", q.band.slug())));
                    }
                    errs.extend(q.validate(&file, &picture_ids));
                    quiz_files.push(file.clone());
                    quizzes.push(q);
                }
            } else if let Some(a) = parse::<Aup>(root, &p, &mut errs) {
                let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
                if a.band.slug() != stem {
                    errs.push(ContentError::new(&file, &a.id, "band", format!("file is {stem}.toml but says band {}", a.band.slug())));
                }
                errs.extend(a.validate(&file, &picture_ids));
                aups.push(a);
            }
        }
    }

    // Question ids are unique across every bank (translations and attempts refer to them),
    // and when there is a quizzes folder every band has its bank.
    let mut qids: BTreeMap<&str, &str> = BTreeMap::new();
    for (file, bank) in quiz_files.iter().zip(&quizzes) {
        for q in &bank.questions {
            if let Some(other) = qids.insert(q.id.as_str(), file.as_str())
                && other != file
            {
                errs.push(ContentError::new(file, &q.id, "id", format!("id already used in {other}")));
            }
        }
    }
    if root.join("quizzes").is_dir() {
        for band in crate::domain::band::Band::ALL {
            if !quizzes.iter().any(|b| b.band == band) {
                errs.push(ContentError::new(&format!("lessons/quizzes/{}.toml", band.slug()), band.slug(), "-", "no quiz bank for this band"));
            }
        }
    }

    // Translations must point at real items, real locales and real text paths.
    for (file, t) in &translations {
        if !CONTENT_LOCALES.contains(&t.locale.as_str()) {
            errs.push(ContentError::new(file, &t.of, "locale", format!("unknown locale '{}'", t.locale)));
        }
        let paths: Option<BTreeSet<String>> = if let Some((_, l)) = lessons.iter().find(|(_, l)| l.id == t.of) {
            Some(l.clone().texts_mut().into_iter().map(|(p, _)| p).collect())
        } else if let Some(a) = aups.iter().find(|a| a.id == t.of) {
            Some(a.clone().texts_mut().into_iter().map(|(p, _)| p).collect())
        } else {
            quizzes
                .iter()
                .flat_map(|b| b.questions.iter())
                .find(|q| q.id == t.of)
                .map(|q| q.clone().texts_mut().into_iter().map(|(p, _)| p).collect())
        };
        match paths {
            None => errs.push(ContentError::new(file, &t.of, "of", "translates an id that does not exist")),
            Some(paths) => {
                for k in t.text.keys() {
                    if !paths.contains(k) {
                        errs.push(ContentError::new(file, &t.of, &format!("text.\"{k}\""), "no such text in the en-GB original"));
                    }
                }
            }
        }
        // Where the original says `{rule:tell}`, the translation must too: the rule's wording
        // then comes from facts.toml in the translation's language instead of being retyped.
        if let Some((_, l)) = lessons.iter().find(|(_, l)| l.id == t.of) {
            for (path, en) in l.clone().texts_mut() {
                let Some(tr) = t.text.get(&path) else { continue };
                for ph in rule_placeholders(en) {
                    if !tr.contains(&format!("{{{ph}}}")) {
                        errs.push(ContentError::new(
                            file,
                            &t.of,
                            &format!("text.\"{path}\""),
                            format!("the en-GB text has {{{ph}}}: keep the placeholder instead of writing the rule out (its {} wording is in facts.toml)", t.locale),
                        ));
                    }
                }
            }
        }
    }

    // Placeholders ({helpline:..}, {min-age:..}, {rule:..}) become the dated facts, so the app
    // shows current numbers and an unknown placeholder fails the build naming file and field.
    for (file, l) in &mut lessons {
        let id = l.id.clone();
        for (path, text) in l.texts_mut() {
            resolve_field(&facts, crate::content::model::facts::ORIGINAL_LOCALE, file, &id, &path, text, &mut errs);
        }
    }
    let lesson_ids: BTreeSet<String> = lessons.iter().map(|(_, l)| l.id.clone()).collect();
    for (file, t) in &mut translations {
        if !lesson_ids.contains(&t.of) {
            continue;
        }
        let of = t.of.clone();
        let locale = t.locale.clone();
        for (path, text) in t.text.iter_mut() {
            resolve_field(&facts, &locale, file, &of, &format!("text.\"{path}\""), text, &mut errs);
        }
    }

    if errs.is_empty() {
        lessons.sort_by(|a, b| {
            let k = |l: &Lesson| (l.band, l.cycle_year, l.term, l.half_term, l.id.clone());
            k(&a.1).cmp(&k(&b.1))
        });
        Ok(LibraryOut {
            lessons: lessons.into_iter().map(|(_, l)| l).collect(),
            quizzes,
            aups,
            facts,
            translations: translations.into_iter().map(|(_, t)| t).collect(),
            pictures,
        })
    } else {
        Err(errs)
    }
}
