//! Whole-class lesson deliveries: the presenter records one when the teacher finishes a lesson,
//! and the coordinator's coverage report and the "Delivered" list read them per class.

use super::{Db, StorageResult, Store, Write};
use crate::domain::presenter::newest_first;
use crate::domain::records::Delivery;

/// Records a delivery in one transaction (all or nothing).
pub async fn record(db: &Db, delivery: &Delivery) -> StorageResult<()> {
    db.apply(vec![Write::put(Store::Deliveries, delivery)?]).await
}

/// A class's deliveries, newest first.
pub async fn for_class(db: &Db, class_id: &str) -> StorageResult<Vec<Delivery>> {
    Ok(newest_first(db.by_index(Store::Deliveries, class_id).await?))
}
