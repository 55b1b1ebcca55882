//! Merging record sets from many tablets into the school's record. The merge is a join:
//! idempotent (same file twice = once), commutative and associative (any import order gives
//! the same result), which the property tests check. Rules:
//! - classes match by id, then by name + year group; pupils match by id, then by admission
//!   number. Matched records keep the smallest id and the others become links, so later
//!   imports that still use an old id land on the same record;
//! - the newest copy of a class or pupil wins (ties broken by content, so the result never
//!   depends on order); an admission number known to any copy is kept;
//! - lesson progress keeps the furthest and latest of every field (step, completion, time);
//! - quiz attempts, signatures, co-signatures, deliveries and receipts are unioned by id
//!   (never dropped); two copies of one attempt keep the one with more answers.
//!
//! Pupils with the same name in the same class but no admission number to tell them apart
//! are not merged automatically: [`uncertain_matches`] lists them for the coordinator, and a
//! confirmed pair becomes a link ([`confirm_match`]).

use crate::domain::records::{Class, LessonProgress, Pupil, QuizAttempt};
use crate::export::record_set::Records;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Union-find over string ids, keeping the smallest id as each group's representative.
#[derive(Default)]
struct Groups {
    parent: HashMap<String, String>,
}

impl Groups {
    fn find(&mut self, id: &str) -> String {
        let mut cur = id.to_string();
        let mut path = vec![];
        loop {
            match self.parent.get(&cur) {
                Some(p) if *p != cur => {
                    path.push(cur.clone());
                    cur = p.clone();
                }
                Some(_) => break,
                None => {
                    self.parent.insert(cur.clone(), cur.clone());
                    break;
                }
            }
        }
        for p in path {
            self.parent.insert(p, cur.clone());
        }
        cur
    }

    fn union(&mut self, a: &str, b: &str) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (small, big) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent.insert(big, small);
        }
    }

    /// Canonical id for every id seen (the smallest record id of its group; nodes that are
    /// not record ids, such as admission numbers, never become canonical), plus links for
    /// the other members.
    fn resolve(mut self, is_record: impl Fn(&str) -> bool) -> (HashMap<String, String>, BTreeMap<String, String>) {
        let ids: Vec<String> = self.parent.keys().cloned().collect();
        let mut best: HashMap<String, String> = HashMap::new();
        for id in ids.iter().filter(|i| is_record(i)) {
            let root = self.find(id);
            let e = best.entry(root).or_insert_with(|| id.clone());
            if *id < *e {
                *e = id.clone();
            }
        }
        let mut map = HashMap::with_capacity(ids.len());
        let mut links = BTreeMap::new();
        for id in ids {
            let root = self.find(&id);
            let canon = best.get(&root).cloned().unwrap_or_else(|| id.clone());
            if canon != id {
                links.insert(id.clone(), canon.clone());
            }
            map.insert(id, canon);
        }
        (map, links)
    }
}

/// Marks admission-number nodes in the pupil union-find (cannot start a record id).
const ADM_PREFIX: &str = "\u{0}adm:";

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Keeps whichever of two copies ranks higher by `key`, breaking ties by content. The tie
/// break looks at the content without its references to other records (`strip`), because
/// those ids may be rewritten by a later merge; copies differing only in references and
/// changed at the same instant are the one case where the result could depend on order.
fn keep_max<T: Serialize + PartialEq + Clone, K: Ord>(slot: &mut T, other: T, key: impl Fn(&T) -> K, strip: impl Fn(&mut T)) {
    use std::cmp::Ordering::*;
    match key(&other).cmp(&key(slot)) {
        Greater => *slot = other,
        Less => {}
        Equal => {
            if *slot != other {
                let bare = |x: &T| {
                    let mut x = x.clone();
                    strip(&mut x);
                    json(&x)
                };
                match bare(&other).cmp(&bare(slot)) {
                    Greater => *slot = other,
                    Less => {}
                    Equal if json(&other) > json(slot) => *slot = other,
                    Equal => {}
                }
            }
        }
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn merge_progress(a: &mut LessonProgress, b: LessonProgress) {
    a.lesson_version = a.lesson_version.max(b.lesson_version);
    a.started_at = a.started_at.min(b.started_at);
    a.step = a.step.max(b.step);
    a.first_try_correct = a.first_try_correct.max(b.first_try_correct);
    a.checks = a.checks.max(b.checks);
    a.completed_at = match (a.completed_at, b.completed_at) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    a.seconds = a.seconds.max(b.seconds);
    a.updated_at = a.updated_at.max(b.updated_at);
}

fn attempt_key(a: &QuizAttempt) -> (usize, bool, chrono::DateTime<chrono::Utc>) {
    (a.answers.len(), a.finished_at.is_some(), a.updated_at)
}

fn union_by_id<T: Clone + Serialize + PartialEq>(
    sets: &[&Records],
    get: impl Fn(&Records) -> &Vec<T>,
    id: impl Fn(&T) -> &str,
    rewrite: impl Fn(&mut T),
    strip: impl Fn(&mut T) + Copy,
) -> Vec<T> {
    let mut out: BTreeMap<String, T> = BTreeMap::new();
    for s in sets {
        for r in get(s) {
            let mut r = r.clone();
            rewrite(&mut r);
            match out.get_mut(id(&r)) {
                Some(slot) => keep_max(slot, r, |_| (), strip),
                None => {
                    out.insert(id(&r).to_string(), r);
                }
            }
        }
    }
    out.into_values().collect()
}

/// Merges any number of record sets into one (in canonical, sorted form).
pub fn merge_all(sets: &[&Records]) -> Records {
    // Classes: by id, links, then name + year group.
    let mut cg = Groups::default();
    let mut by_name: HashMap<(String, u8), String> = HashMap::new();
    for s in sets {
        for (from, to) in &s.class_links {
            cg.union(from, to);
        }
        for c in &s.classes {
            cg.find(&c.id);
            match by_name.get(&(norm(&c.name), c.year_group)) {
                Some(first) => {
                    let first = first.clone();
                    cg.union(&first, &c.id)
                }
                None => {
                    by_name.insert((norm(&c.name), c.year_group), c.id.clone());
                }
            }
        }
    }
    let (class_map, class_links) = cg.resolve(|_| true);
    let class_of = |id: &str| class_map.get(id).cloned().unwrap_or_else(|| id.to_string());
    let mut classes: BTreeMap<String, Class> = BTreeMap::new();
    for s in sets {
        for c in &s.classes {
            let mut c = c.clone();
            c.id = class_of(&c.id);
            match classes.get_mut(&c.id) {
                Some(slot) => keep_max(slot, c, |x| x.updated_at, |_| {}),
                None => {
                    classes.insert(c.id.clone(), c);
                }
            }
        }
    }

    // Pupils: by id, links, then admission number. Admission numbers are nodes of their own
    // (kept in `admission_links`), so a number seen once keeps matching after later merges.
    let adm_node = |a: &str| format!("{ADM_PREFIX}{a}");
    let mut pg = Groups::default();
    for s in sets {
        for (from, to) in &s.pupil_links {
            pg.union(from, to);
        }
        for (adm, to) in &s.admission_links {
            pg.union(&adm_node(adm.trim()), to);
        }
        for p in &s.pupils {
            pg.find(&p.id);
            if let Some(adm) = p.admission_number.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
                pg.union(&adm_node(adm), &p.id);
            }
        }
    }
    let (pupil_map, all_links) = pg.resolve(|id| !id.starts_with(ADM_PREFIX));
    let mut pupil_links = BTreeMap::new();
    let mut admission_links = BTreeMap::new();
    for (from, to) in all_links {
        match from.strip_prefix(ADM_PREFIX) {
            Some(adm) => {
                admission_links.insert(adm.to_string(), to);
            }
            None => {
                pupil_links.insert(from, to);
            }
        }
    }
    let pupil_of = |id: &str| pupil_map.get(id).cloned().unwrap_or_else(|| id.to_string());
    let mut bodies: BTreeMap<String, Pupil> = BTreeMap::new();
    // The admission number shown is the largest one known for the group.
    let mut adms: HashMap<&str, &str> = HashMap::new();
    for (adm, id) in &admission_links {
        let e = adms.entry(id.as_str()).or_default();
        if adm.as_str() > *e {
            *e = adm.as_str();
        }
    }
    for s in sets {
        for p in &s.pupils {
            let mut p = p.clone();
            p.id = pupil_of(&p.id);
            p.class_id = class_of(&p.class_id);
            p.admission_number = None;
            match bodies.get_mut(&p.id) {
                Some(slot) => keep_max(slot, p, |x| x.updated_at, |x| x.class_id.clear()),
                None => {
                    bodies.insert(p.id.clone(), p);
                }
            }
        }
    }
    let pupils: Vec<Pupil> = bodies
        .into_values()
        .map(|mut p| {
            p.admission_number = adms.get(p.id.as_str()).map(|a| a.to_string());
            p
        })
        .collect();

    // Progress: one record per pupil and lesson, furthest/latest of every field.
    let mut progress: HashMap<String, LessonProgress> = HashMap::new();
    for s in sets {
        for lp in &s.progress {
            let mut lp = lp.clone();
            lp.pupil_id = pupil_of(&lp.pupil_id);
            lp.id = LessonProgress::key(&lp.pupil_id, &lp.lesson_id);
            match progress.get_mut(&lp.id) {
                Some(slot) => merge_progress(slot, lp),
                None => {
                    progress.insert(lp.id.clone(), lp);
                }
            }
        }
    }
    let mut progress: Vec<LessonProgress> = progress.into_values().collect();
    progress.sort_by(|a, b| a.id.cmp(&b.id));

    let mut attempts: BTreeMap<String, QuizAttempt> = BTreeMap::new();
    for s in sets {
        for a in &s.quiz_attempts {
            let mut a = a.clone();
            a.pupil_id = pupil_of(&a.pupil_id);
            match attempts.get_mut(&a.id) {
                Some(slot) => keep_max(slot, a, attempt_key, |x| x.pupil_id.clear()),
                None => {
                    attempts.insert(a.id.clone(), a);
                }
            }
        }
    }

    let mut out = Records {
        classes: classes.into_values().collect(),
        pupils,
        progress,
        quiz_attempts: attempts.into_values().collect(),
        signatures: union_by_id(sets, |s| &s.signatures, |x| &x.id, |x| x.pupil_id = pupil_of(&x.pupil_id), |x| x.pupil_id.clear()),
        cosignatures: union_by_id(sets, |s| &s.cosignatures, |x| &x.id, |x| x.pupil_id = pupil_of(&x.pupil_id), |x| x.pupil_id.clear()),
        deliveries: union_by_id(sets, |s| &s.deliveries, |x| &x.id, |x| x.class_id = class_of(&x.class_id), |x| x.class_id.clear()),
        receipts: union_by_id(sets, |s| &s.receipts, |x| &x.id, |_| {}, |_| {}),
        pupil_links,
        admission_links,
        class_links,
    };
    out.sort();
    out
}

/// Merges two record sets.
pub fn merge(a: &Records, b: &Records) -> Records {
    merge_all(&[a, b])
}

/// Two pupil records that may be the same child (same name, same class, and no admission
/// numbers to tell): the coordinator confirms or keeps them apart.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UncertainMatch {
    /// The record that would be kept (smaller id).
    pub keep: String,
    /// The record that would be linked into it.
    pub other: String,
    /// Their shared display name.
    pub display_name: String,
    /// Their class id.
    pub class_id: String,
}

/// Pupils in the same class with the same name (ignoring case and spacing) where at least one
/// has no admission number: possibly one child recorded on two tablets.
pub fn uncertain_matches(r: &Records) -> Vec<UncertainMatch> {
    let mut groups: BTreeMap<(String, String), Vec<&Pupil>> = BTreeMap::new();
    for p in &r.pupils {
        groups.entry((p.class_id.clone(), norm(&p.display_name))).or_default().push(p);
    }
    let mut out = vec![];
    for ((class_id, _), ps) in groups {
        for (i, a) in ps.iter().enumerate() {
            for b in &ps[i + 1..] {
                if a.admission_number.is_some() && b.admission_number.is_some() {
                    continue; // Different admission numbers: known to be different children.
                }
                let (keep, other) = if a.id < b.id { (a, b) } else { (b, a) };
                out.push(UncertainMatch {
                    keep: keep.id.clone(),
                    other: other.id.clone(),
                    display_name: keep.display_name.clone(),
                    class_id: class_id.clone(),
                });
            }
        }
    }
    out
}

/// Records the coordinator's "yes, same pupil" as a link and re-merges, so every record of
/// `m.other` moves to `m.keep`.
pub fn confirm_match(r: &Records, m: &UncertainMatch) -> Records {
    let link = Records { pupil_links: BTreeMap::from([(m.other.clone(), m.keep.clone())]), ..Records::default() };
    merge(r, &link)
}

/// What an import changed, for the summary screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Pupils the device did not have before.
    pub new_pupils: usize,
    /// Lesson progress records that are new or moved on.
    pub updated_progress: usize,
    /// Quiz attempts the device did not have.
    pub new_attempts: usize,
    /// Pupil signatures and parent co-signatures the device did not have.
    pub new_signatures: usize,
    /// Records held in different versions on this device and in the files, resolved by the rules.
    pub conflicts: usize,
    /// Possible duplicates waiting for the coordinator.
    pub uncertain: Vec<UncertainMatch>,
}

/// Compares the records before and after a merge of `incoming`.
pub fn summarize(before: &Records, incoming: &[&Records], after: &Records) -> MergeSummary {
    let before_pupils: BTreeSet<String> = before
        .pupils
        .iter()
        .map(|p| after.pupil_links.get(&p.id).cloned().unwrap_or_else(|| p.id.clone()))
        .collect();
    let old_progress: HashMap<&str, &LessonProgress> = before.progress.iter().map(|p| (p.id.as_str(), p)).collect();
    let old_attempts: BTreeSet<&str> = before.quiz_attempts.iter().map(|a| a.id.as_str()).collect();
    let old_sigs: BTreeSet<&str> =
        before.signatures.iter().map(|s| s.id.as_str()).chain(before.cosignatures.iter().map(|s| s.id.as_str())).collect();
    let mut conflicts = 0;
    let old_pupils: HashMap<&str, &Pupil> = before.pupils.iter().map(|p| (p.id.as_str(), p)).collect();
    let old_attempt_map: HashMap<&str, &QuizAttempt> = before.quiz_attempts.iter().map(|a| (a.id.as_str(), a)).collect();
    for inc in incoming {
        conflicts += inc.pupils.iter().filter(|p| old_pupils.get(p.id.as_str()).is_some_and(|o| *o != *p)).count();
        conflicts += inc.progress.iter().filter(|p| old_progress.get(p.id.as_str()).is_some_and(|o| *o != *p)).count();
        conflicts += inc.quiz_attempts.iter().filter(|a| old_attempt_map.get(a.id.as_str()).is_some_and(|o| *o != *a)).count();
    }
    MergeSummary {
        new_pupils: after.pupils.iter().filter(|p| !before_pupils.contains(&p.id)).count(),
        updated_progress: after.progress.iter().filter(|p| old_progress.get(p.id.as_str()).is_none_or(|o| *o != *p)).count(),
        new_attempts: after.quiz_attempts.iter().filter(|a| !old_attempts.contains(a.id.as_str())).count(),
        new_signatures: after
            .signatures
            .iter()
            .map(|s| s.id.as_str())
            .chain(after.cosignatures.iter().map(|s| s.id.as_str()))
            .filter(|id| !old_sigs.contains(id))
            .count(),
        conflicts,
        uncertain: uncertain_matches(after),
    }
}
