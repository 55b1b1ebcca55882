//! Storage glue for the coordinator's export, import/merge and retention: read the whole
//! device into a [`Records`] value, write a merge result back in ONE transaction, and carry
//! out a retention plan (deletes + receipt) in ONE transaction.

use super::{db, StorageError, StorageResult, Store, Write};
use crate::domain::records::{Receipt, School, Tombstone};
use crate::export::record_set::{RecordSet, Records, SchoolRef};
use crate::export::retention::{apply_plan_with_tombstones, RetentionPlan};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Settings record holding the merge links (ids and admission numbers merged into a pupil).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct MergeLinks {
    id: String,
    #[serde(default)]
    pupil_links: BTreeMap<String, String>,
    #[serde(default)]
    admission_links: BTreeMap<String, String>,
    #[serde(default)]
    class_links: BTreeMap<String, String>,
    #[serde(default)]
    class_ties: BTreeMap<String, Vec<String>>,
}

const LINKS_ID: &str = "merge-links";

/// Every record on this device.
pub async fn read_records() -> StorageResult<Records> {
    let db = db().await?;
    let links: MergeLinks = db.get(Store::Settings, LINKS_ID).await?.unwrap_or_default();
    let mut r = Records {
        classes: db.all(Store::Classes).await?,
        pupils: db.all(Store::Pupils).await?,
        progress: db.all(Store::Progress).await?,
        quiz_attempts: db.all(Store::QuizAttempts).await?,
        signatures: db.all(Store::Signatures).await?,
        cosignatures: db.all(Store::CoSignatures).await?,
        deliveries: db.all(Store::Deliveries).await?,
        receipts: db.all(Store::Receipts).await?,
        pupil_links: links.pupil_links,
        admission_links: links.admission_links,
        class_links: links.class_links,
        tombstones: db.all(Store::Tombstones).await?,
        class_ties: links.class_ties,
    };
    r.sort();
    Ok(r)
}

/// The device's full record set, ready to export.
pub async fn read_record_set(school: &School, at: chrono::DateTime<chrono::Utc>) -> StorageResult<RecordSet> {
    Ok(RecordSet::new(SchoolRef::of(school), &school.device_name, at, read_records().await?))
}

/// Many records as JS objects at once: one JSON text parsed by the browser is several times
/// faster than building each object field by field (a merged school is ~50,000 records),
/// and reads back identically through `Db::all`.
fn to_js<T: Serialize>(records: &[&T]) -> StorageResult<Vec<wasm_bindgen::JsValue>> {
    if records.is_empty() {
        return Ok(vec![]);
    }
    let text = serde_json::to_string(records).map_err(|e| StorageError::Other(e.to_string()))?;
    let array: js_sys::Array = js_sys::JSON::parse(&text)
        .map_err(|e| StorageError::Other(format!("{e:?}")))?
        .into();
    Ok(array.iter().collect())
}

fn diff<T: Serialize + PartialEq>(
    store: Store,
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> &str,
    out: &mut Vec<Write>,
) -> StorageResult<()> {
    let old: HashMap<&str, &T> = before.iter().map(|x| (id(x), x)).collect();
    let new: HashMap<&str, &T> = after.iter().map(|x| (id(x), x)).collect();
    let changed: Vec<&T> = after.iter().filter(|x| old.get(id(x)).is_none_or(|o| *o != *x)).collect();
    out.extend(to_js(&changed)?.into_iter().map(|v| Write::Put(store, v)));
    for x in before {
        if !new.contains_key(id(x)) {
            out.push(Write::Delete(store, id(x).to_string()));
        }
    }
    Ok(())
}

/// Writes the merged records over `before` (what [`read_records`] returned) in one
/// transaction: only changed records are written; records merged into another are removed.
pub async fn apply_merge(before: &Records, after: &Records) -> StorageResult<()> {
    db().await?.apply(merge_writes(before, after)?).await
}

/// The writes that turn `before` into `after`.
fn merge_writes(before: &Records, after: &Records) -> StorageResult<Vec<Write>> {
    let mut w = vec![];
    diff(Store::Classes, &before.classes, &after.classes, |x| &x.id, &mut w)?;
    diff(Store::Pupils, &before.pupils, &after.pupils, |x| &x.id, &mut w)?;
    diff(Store::Progress, &before.progress, &after.progress, |x| &x.id, &mut w)?;
    diff(Store::QuizAttempts, &before.quiz_attempts, &after.quiz_attempts, |x| &x.id, &mut w)?;
    diff(Store::Signatures, &before.signatures, &after.signatures, |x| &x.id, &mut w)?;
    diff(Store::CoSignatures, &before.cosignatures, &after.cosignatures, |x| &x.id, &mut w)?;
    diff(Store::Deliveries, &before.deliveries, &after.deliveries, |x| &x.id, &mut w)?;
    diff(Store::Receipts, &before.receipts, &after.receipts, |x| &x.id, &mut w)?;
    diff(Store::Tombstones, &before.tombstones, &after.tombstones, |x: &Tombstone| &x.id, &mut w)?;
    if before.pupil_links != after.pupil_links
        || before.admission_links != after.admission_links
        || before.class_links != after.class_links
        || before.class_ties != after.class_ties
    {
        w.push(Write::put(
            Store::Settings,
            &MergeLinks {
                id: LINKS_ID.into(),
                pupil_links: after.pupil_links.clone(),
                admission_links: after.admission_links.clone(),
                class_links: after.class_links.clone(),
                class_ties: after.class_ties.clone(),
            },
        )?);
    }
    Ok(w)
}

/// Deletes everything in the plan, keeps the receipt and stores the deletion's tombstones
/// (so no later import brings the records back), in one transaction. Links to a deleted
/// pupil go too; the tombstone keeps their ids and hashed admission numbers instead.
pub async fn apply_retention(plan: &RetentionPlan, receipt: &Receipt) -> StorageResult<()> {
    let before = read_records().await?;
    let after = apply_plan_with_tombstones(&before, plan, receipt);
    let mut w = merge_writes(&before, &after)?;
    w.push(Write::put(Store::Receipts, receipt)?);
    db().await?.apply(w).await
}

/// Deletion receipts, newest first.
pub async fn receipts() -> StorageResult<Vec<Receipt>> {
    let mut r: Vec<Receipt> = db().await?.all(Store::Receipts).await?;
    r.sort_by(|a, b| b.at.cmp(&a.at));
    Ok(r)
}

/// Remembers when this device last exported its records (the coordinator home shows it).
pub async fn mark_backed_up(at: chrono::DateTime<chrono::Utc>) -> StorageResult<()> {
    let db = db().await?;
    if let Some(mut s) = db.get::<School>(Store::School, "school").await? {
        s.last_backup = Some(at);
        db.put(Store::School, &s).await?;
    }
    Ok(())
}
