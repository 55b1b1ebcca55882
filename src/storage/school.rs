//! School, classes and pupils: the typed calls the set-up and teacher screens use.

use super::{db, StorageResult, Store, Write};
use crate::domain::records::{Class, Pupil, School};
use serde::{Deserialize, Serialize};

/// The school record, if this device has been set up.
pub async fn load_school() -> StorageResult<Option<School>> {
    db().await?.get(Store::School, "school").await
}

/// Saves the school record.
pub async fn save_school(school: &School) -> StorageResult<()> {
    db().await?.put(Store::School, school).await
}

/// First run: the school plus any starting classes and pupils, in one transaction.
pub async fn create_school(school: &School, classes: &[Class], pupils: &[Pupil]) -> StorageResult<()> {
    let mut writes = vec![Write::put(Store::School, school)?];
    for c in classes {
        writes.push(Write::put(Store::Classes, c)?);
    }
    for p in pupils {
        writes.push(Write::put(Store::Pupils, p)?);
    }
    db().await?.apply(writes).await
}

/// Removes every record on the device (used to remove the demo school in one step).
pub async fn erase_device() -> StorageResult<()> {
    db().await?.clear(&Store::ALL).await
}

/// Every class, sorted by year group then name.
pub async fn classes() -> StorageResult<Vec<Class>> {
    let mut v: Vec<Class> = db().await?.all(Store::Classes).await?;
    v.sort_by(|a, b| (a.year_group, a.name.to_lowercase()).cmp(&(b.year_group, b.name.to_lowercase())));
    Ok(v)
}

/// One class.
pub async fn class(id: &str) -> StorageResult<Option<Class>> {
    db().await?.get(Store::Classes, id).await
}

/// Creates or updates a class.
pub async fn save_class(class: &Class) -> StorageResult<()> {
    db().await?.put(Store::Classes, class).await
}

/// The pupils of a class, sorted by name.
pub async fn pupils_in(class_id: &str) -> StorageResult<Vec<Pupil>> {
    let mut v: Vec<Pupil> = db().await?.by_index(Store::Pupils, class_id).await?;
    v.sort_by_key(|p| p.display_name.to_lowercase());
    Ok(v)
}

/// Every pupil on the device.
pub async fn all_pupils() -> StorageResult<Vec<Pupil>> {
    db().await?.all(Store::Pupils).await
}

/// One pupil.
pub async fn pupil(id: &str) -> StorageResult<Option<Pupil>> {
    db().await?.get(Store::Pupils, id).await
}

/// Creates or updates one pupil.
pub async fn save_pupil(p: &Pupil) -> StorageResult<()> {
    db().await?.put(Store::Pupils, p).await
}

/// Adds many pupils at once (CSV import): all or none.
pub async fn save_pupils(pupils: &[Pupil]) -> StorageResult<()> {
    let writes = pupils.iter().map(|p| Write::put(Store::Pupils, p)).collect::<StorageResult<Vec<_>>>()?;
    db().await?.apply(writes).await
}

/// Wrong-PIN counter and lock-out, kept on the device so a reload does not reset it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PinAttempts {
    /// Always "pin-attempts".
    pub id: String,
    /// Wrong PINs in a row.
    pub failures: u32,
    /// Milliseconds timestamp before which no PIN is accepted.
    pub locked_until: f64,
}

/// Reads the wrong-PIN counter.
pub async fn pin_attempts() -> StorageResult<PinAttempts> {
    Ok(db().await?.get(Store::Settings, "pin-attempts").await?.unwrap_or(PinAttempts {
        id: "pin-attempts".into(),
        ..Default::default()
    }))
}

/// Saves the wrong-PIN counter.
pub async fn save_pin_attempts(a: &PinAttempts) -> StorageResult<()> {
    db().await?.put(Store::Settings, a).await
}
