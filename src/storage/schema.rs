//! Object stores, indexes and the ordered list of schema versions.
//!
//! Each schema change is a new entry in [`upgrade`]'s match, applied in order from whatever
//! version a device has, so a tablet that skipped releases still upgrades step by step.
//! Tests open a v1 database with data and check it survives the upgrade.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyPath;

/// Database name.
pub const DB_NAME: &str = "bytesmart";

/// The current schema version.
pub const SCHEMA_VERSION: u32 = 3;

/// Every object store. All records are keyed by their own `id` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Store {
    /// The school singleton (`id = "school"`).
    School,
    /// Classes.
    Classes,
    /// Pupils (index `class_id`).
    Pupils,
    /// Lesson progress (index `pupil_id`).
    Progress,
    /// Quiz attempts (index `pupil_id`).
    QuizAttempts,
    /// Pupil AUP signatures (index `pupil_id`).
    Signatures,
    /// Parent co-signatures (index `pupil_id`).
    CoSignatures,
    /// Whole-class lesson deliveries (index `class_id`).
    Deliveries,
    /// Device settings and small state (e.g. PIN failures).
    Settings,
    /// Published AUP versions edited by the school (v2).
    AupVersions,
    /// Deletion receipts (v2).
    Receipts,
    /// Deletion tombstones (v3): what retention deleted, so imports never bring it back.
    Tombstones,
}

impl Store {
    /// Every store, for whole-device export and erase.
    pub const ALL: [Store; 12] = [
        Store::School,
        Store::Classes,
        Store::Pupils,
        Store::Progress,
        Store::QuizAttempts,
        Store::Signatures,
        Store::CoSignatures,
        Store::Deliveries,
        Store::Settings,
        Store::AupVersions,
        Store::Receipts,
        Store::Tombstones,
    ];

    /// The IndexedDB object store name.
    pub fn name(self) -> &'static str {
        match self {
            Store::School => "school",
            Store::Classes => "classes",
            Store::Pupils => "pupils",
            Store::Progress => "progress",
            Store::QuizAttempts => "quiz_attempts",
            Store::Signatures => "signatures",
            Store::CoSignatures => "cosignatures",
            Store::Deliveries => "deliveries",
            Store::Settings => "settings",
            Store::AupVersions => "aup_versions",
            Store::Receipts => "receipts",
            Store::Tombstones => "tombstones",
        }
    }

    /// The schema version that introduced the store.
    pub fn since(self) -> u32 {
        match self {
            Store::AupVersions | Store::Receipts => 2,
            Store::Tombstones => 3,
            _ => 1,
        }
    }

    /// The secondary index of the store, if it has one: (index name, field).
    pub fn index(self) -> Option<&'static str> {
        match self {
            Store::Pupils | Store::Deliveries => Some("class_id"),
            Store::Progress | Store::QuizAttempts | Store::Signatures | Store::CoSignatures => Some("pupil_id"),
            Store::AupVersions => Some("aup_id"),
            _ => None,
        }
    }
}

/// Applies schema steps `old+1 ..= target` inside the upgrade transaction.
pub fn upgrade(db: &Database, old: u32, target: u32) -> indexed_db_futures::Result<()> {
    for version in (old + 1)..=target {
        for store in Store::ALL.into_iter().filter(|s| s.since() == version) {
            let os = db.create_object_store(store.name()).with_key_path(KeyPath::One("id")).build()?;
            if let Some(field) = store.index() {
                os.create_index(field, KeyPath::One(field)).build()?;
            }
        }
    }
    Ok(())
}
