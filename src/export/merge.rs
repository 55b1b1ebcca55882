//! Merging record sets from many tablets into the school's record. The merge is a join:
//! idempotent (same file twice = once), commutative and associative (any import order gives
//! the same result), which the property tests check. Rules:
//! - classes match by id, then by name + year group; pupils match by id, then by admission
//!   number. Matched records keep the smallest id and the others become links, so later
//!   imports that still use an old id land on the same record;
//! - the newest copy of a class or pupil wins (ties broken by content, so the result never
//!   depends on order); an admission number known to any copy is kept. Equally recent copies
//!   of a pupil that disagree only on the class put the pupil in the smallest class id among
//!   them, and all candidates are kept in `class_ties` so later merges pick the same;
//! - lesson progress keeps the furthest and latest of every field (step, completion, time)
//!   among the copies of its latest academic year;
//! - quiz attempts, signatures, co-signatures, deliveries and receipts are unioned by id
//!   (never dropped); two copies of one attempt keep the one with more answers;
//! - tombstones are unioned. A pupil tombstone removes the pupil with every id and admission
//!   number matched to them, and all their records; a year tombstone removes progress last
//!   changed, attempts started and deliveries made up to the end of that academic year, and
//!   signatures for it or earlier.
//!
//! Pupils with the same name in the same class but no admission number to tell them apart
//! are not merged automatically: [`uncertain_matches`] lists them for the coordinator, and a
//! confirmed pair becomes a link ([`confirm_match`]).

use crate::domain::academic_year::AcademicYear;
use crate::domain::records::{Class, LessonProgress, Pupil, QuizAttempt, Tombstone, TombstoneScope};
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

/// Progress from a later academic year replaces an earlier year's copy whole; copies from the
/// same academic year combine field by field (furthest/latest). Ordering by year first keeps
/// the join a join and lets a deleted year's copies drop out cleanly (see tombstones).
fn merge_progress(a: &mut LessonProgress, b: LessonProgress) {
    let year = |p: &LessonProgress| AcademicYear::containing(p.updated_at.date_naive());
    match year(&b).cmp(&year(a)) {
        std::cmp::Ordering::Greater => {
            *a = b;
            return;
        }
        std::cmp::Ordering::Less => return,
        std::cmp::Ordering::Equal => {}
    }
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
    if a.answered_checks != b.answered_checks {
        let all: BTreeSet<String> = a.answered_checks.drain(..).chain(b.answered_checks).collect();
        a.answered_checks = all.into_iter().collect();
    }
}

fn attempt_key(a: &QuizAttempt) -> (usize, bool, chrono::DateTime<chrono::Utc>) {
    (a.answers.len(), a.finished_at.is_some(), a.updated_at)
}

fn union_by_id<T: Clone + Serialize + PartialEq>(
    sets: &[&Records],
    get: impl Fn(&Records) -> &Vec<T>,
    id: impl Fn(&T) -> &str,
    keep: impl Fn(&T) -> bool,
    rewrite: impl Fn(&mut T),
    strip: impl Fn(&mut T) + Copy,
) -> Vec<T> {
    let mut out: BTreeMap<String, T> = BTreeMap::new();
    for s in sets {
        for r in get(s) {
            if !keep(r) {
                continue;
            }
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

/// SHA-256 (hex) of a trimmed admission number: how tombstones remember a deleted pupil's
/// admission number without keeping it.
pub fn admission_hash(adm: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(adm.trim().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Tombstones of one deletion made on several devices: the earliest (then the smallest role)
/// wins, and the ids and admission hashes they cover are unioned.
fn join_tombstones(sets: &[&Records]) -> BTreeMap<String, Tombstone> {
    let mut out: BTreeMap<String, Tombstone> = BTreeMap::new();
    for s in sets {
        for t in &s.tombstones {
            match out.get_mut(&t.id) {
                Some(slot) => {
                    if (t.at, &t.by_role) < (slot.at, &slot.by_role) {
                        slot.at = t.at;
                        slot.by_role = t.by_role.clone();
                    }
                    slot.other_ids.extend(t.other_ids.iter().cloned());
                    slot.admission_hashes.extend(t.admission_hashes.iter().cloned());
                }
                None => {
                    out.insert(t.id.clone(), t.clone());
                }
            }
        }
    }
    out
}

/// Merges any number of record sets into one (in canonical, sorted form).
pub fn merge_all(sets: &[&Records]) -> Records {
    // Tombstones first: a pupil tombstone removes the pupil's whole group (every id and
    // admission number matched to them); the latest year tombstone removes every dated
    // record up to the end of that academic year.
    let tombstones = join_tombstones(sets);
    let cutoff = tombstones
        .values()
        .filter_map(|t| match t.scope {
            TombstoneScope::Year { academic_year } => Some(academic_year),
            TombstoneScope::Pupil { .. } => None,
        })
        .max();
    let cut_end = cutoff.map(|y| y.end());
    let deleted_day = |d: chrono::DateTime<chrono::Utc>| cut_end.is_some_and(|e| d.date_naive() <= e);
    let deleted_year = |y: AcademicYear| cutoff.is_some_and(|c| y <= c);

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
    // (keyed by their hash, kept in `admission_links`), so a number seen once keeps matching
    // after later merges, and a deleted pupil's numbers live on only as hashes.
    let mut adm_raw: HashMap<String, String> = HashMap::new();
    let mut adm_node = |a: &str| {
        let a = a.trim();
        let h = admission_hash(a);
        adm_raw.entry(h.clone()).or_insert_with(|| a.to_string());
        format!("{ADM_PREFIX}{h}")
    };
    let mut pg = Groups::default();
    for t in tombstones.values() {
        if let TombstoneScope::Pupil { pupil_id } = &t.scope {
            pg.find(pupil_id);
            for other in &t.other_ids {
                pg.union(pupil_id, other);
            }
            for h in &t.admission_hashes {
                pg.union(&format!("{ADM_PREFIX}{h}"), pupil_id);
            }
        }
    }
    for s in sets {
        for (from, to) in &s.pupil_links {
            pg.union(from, to);
        }
        for (adm, to) in &s.admission_links {
            pg.union(&adm_node(adm), to);
        }
        for p in &s.pupils {
            pg.find(&p.id);
            if let Some(adm) = p.admission_number.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
                pg.union(&adm_node(adm), &p.id);
            }
        }
    }
    let (pupil_map, all_links) = pg.resolve(|id| !id.starts_with(ADM_PREFIX));
    let pupil_of = |id: &str| pupil_map.get(id).cloned().unwrap_or_else(|| id.to_string());
    let dead: BTreeSet<String> = tombstones
        .values()
        .filter_map(|t| match &t.scope {
            TombstoneScope::Pupil { pupil_id } => Some(pupil_of(pupil_id)),
            TombstoneScope::Year { .. } => None,
        })
        .collect();
    let is_dead = |id: &str| dead.contains(&pupil_of(id));
    // Every id and admission hash of each deleted pupil, recorded in their tombstones.
    let mut dead_members: HashMap<&str, (BTreeSet<String>, BTreeSet<String>)> = HashMap::new();
    for (id, canon) in &pupil_map {
        if let Some(d) = dead.get(canon) {
            let e = dead_members.entry(d.as_str()).or_default();
            match id.strip_prefix(ADM_PREFIX) {
                Some(h) => e.1.insert(h.to_string()),
                None => e.0.insert(id.clone()),
            };
        }
    }
    let mut pupil_links = BTreeMap::new();
    let mut admission_links = BTreeMap::new();
    for (from, to) in all_links {
        if dead.contains(&to) {
            continue;
        }
        match from.strip_prefix(ADM_PREFIX) {
            Some(h) => {
                if let Some(adm) = adm_raw.get(h) {
                    admission_links.insert(adm.clone(), to);
                }
            }
            None => {
                pupil_links.insert(from, to);
            }
        }
    }
    // The admission number shown is the largest one known for the group.
    let mut adms: HashMap<&str, &str> = HashMap::new();
    for (adm, id) in &admission_links {
        let e = adms.entry(id.as_str()).or_default();
        if adm.as_str() > *e {
            *e = adm.as_str();
        }
    }
    // The newest copy of each pupil wins (ties broken by content other than the class);
    // equally recent copies that disagree only on the class keep the smallest class id, and
    // every candidate class is remembered in `class_ties` so later merges agree.
    let mut bodies: BTreeMap<String, (Pupil, String, BTreeSet<String>)> = BTreeMap::new();
    for s in sets {
        for p in &s.pupils {
            if is_dead(&p.id) {
                continue;
            }
            let mut cands: BTreeSet<String> = BTreeSet::from([class_of(&p.class_id)]);
            if let Some(ties) = s.class_ties.get(&p.id) {
                cands.extend(ties.iter().map(|c| class_of(c)));
            }
            let mut p = p.clone();
            p.id = pupil_of(&p.id);
            p.admission_number = None;
            p.class_id.clear();
            let bare = json(&p);
            match bodies.get_mut(&p.id) {
                Some((slot, slot_bare, slot_cands)) => match (p.updated_at, &bare).cmp(&(slot.updated_at, slot_bare)) {
                    std::cmp::Ordering::Greater => {
                        *slot = p;
                        *slot_bare = bare;
                        *slot_cands = cands;
                    }
                    std::cmp::Ordering::Equal => slot_cands.extend(cands),
                    std::cmp::Ordering::Less => {}
                },
                None => {
                    bodies.insert(p.id.clone(), (p, bare, cands));
                }
            }
        }
    }
    let mut class_ties = BTreeMap::new();
    let pupils: Vec<Pupil> = bodies
        .into_values()
        .map(|(mut p, _, cands)| {
            p.class_id = cands.iter().next().cloned().unwrap_or_default();
            if cands.len() > 1 {
                class_ties.insert(p.id.clone(), cands.into_iter().collect());
            }
            p.admission_number = adms.get(p.id.as_str()).map(|a| a.to_string());
            p
        })
        .collect();

    // Progress: one record per pupil and lesson, furthest/latest of every field.
    let mut progress: HashMap<String, LessonProgress> = HashMap::new();
    for s in sets {
        for lp in &s.progress {
            if is_dead(&lp.pupil_id) {
                continue;
            }
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
    // A deleted year goes after combining: a later year's copy replaces it whole, so what
    // remains never carries anything from the deleted year.
    let mut progress: Vec<LessonProgress> = progress.into_values().filter(|p| !deleted_day(p.updated_at)).collect();
    progress.sort_by(|a, b| a.id.cmp(&b.id));

    let mut attempts: BTreeMap<String, QuizAttempt> = BTreeMap::new();
    for s in sets {
        for a in &s.quiz_attempts {
            if is_dead(&a.pupil_id) || deleted_day(a.started_at) {
                continue;
            }
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

    let tombstones: Vec<Tombstone> = tombstones
        .into_values()
        .map(|mut t| {
            if let TombstoneScope::Pupil { pupil_id } = &t.scope {
                let (ids, hashes) = dead_members.get(pupil_of(pupil_id).as_str()).cloned().unwrap_or_default();
                t.other_ids = ids.into_iter().filter(|i| i != pupil_id).collect();
                t.admission_hashes = hashes.into_iter().collect();
            }
            t
        })
        .collect();

    let mut out = Records {
        classes: classes.into_values().collect(),
        pupils,
        progress,
        quiz_attempts: attempts.into_values().collect(),
        signatures: union_by_id(
            sets,
            |s| &s.signatures,
            |x| &x.id,
            |x| !is_dead(&x.pupil_id) && !deleted_year(x.academic_year),
            |x| x.pupil_id = pupil_of(&x.pupil_id),
            |x| x.pupil_id.clear(),
        ),
        cosignatures: union_by_id(
            sets,
            |s| &s.cosignatures,
            |x| &x.id,
            |x| !is_dead(&x.pupil_id) && !deleted_year(x.academic_year),
            |x| x.pupil_id = pupil_of(&x.pupil_id),
            |x| x.pupil_id.clear(),
        ),
        deliveries: union_by_id(
            sets,
            |s| &s.deliveries,
            |x| &x.id,
            |x| !deleted_day(x.delivered_at),
            |x| x.class_id = class_of(&x.class_id),
            |x| x.class_id.clear(),
        ),
        receipts: union_by_id(sets, |s| &s.receipts, |x| &x.id, |_| true, |_| {}, |_| {}),
        pupil_links,
        admission_links,
        class_links,
        tombstones,
        class_ties,
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
