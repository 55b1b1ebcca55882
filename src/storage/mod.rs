//! The one module that owns IndexedDB. Components call this typed async API and never touch
//! IndexedDB themselves. Every user action is one transaction (see [`Db::apply`]).

pub mod aup;
mod db;
pub mod quiz;
mod schema;
pub mod progress;
pub mod deliveries;
pub mod export;
pub mod school;

pub use db::{Db, Write};
pub use schema::{Store, DB_NAME, SCHEMA_VERSION};

use std::fmt;

/// Why a storage call failed, in terms the UI can explain to a person.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The device (or browser) has no room left; nothing was written.
    QuotaExceeded,
    /// Another tab still has an older version of ByteSmart open, so the upgrade waits.
    Blocked,
    /// A write was rolled back by the browser (most often: the device is full); nothing changed.
    WriteFailed,
    /// IndexedDB is unavailable (private mode, disabled storage).
    Unavailable,
    /// A record could not be read or written as expected.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::QuotaExceeded => write!(f, "quota exceeded"),
            StorageError::Blocked => write!(f, "upgrade blocked by another tab"),
            StorageError::WriteFailed => write!(f, "write rolled back"),
            StorageError::Unavailable => write!(f, "storage unavailable"),
            StorageError::Other(s) => write!(f, "{s}"),
        }
    }
}

impl StorageError {
    /// The Fluent key of the message to show a person.
    pub fn message_key(&self) -> &'static str {
        match self {
            StorageError::QuotaExceeded => "storage-error-quota",
            StorageError::Blocked => "storage-error-blocked",
            StorageError::WriteFailed => "storage-error-write",
            StorageError::Unavailable => "storage-error-unavailable",
            StorageError::Other(_) => "storage-error-other",
        }
    }

    /// Classifies a failed commit. IndexedDB tells us only that the transaction aborted (not
    /// why); in practice that is almost always a full device, so the message says so.
    pub(crate) fn after_abort(e: impl fmt::Debug) -> StorageError {
        match StorageError::from_idb(e) {
            StorageError::Other(_) => StorageError::WriteFailed,
            known => known,
        }
    }

    pub(crate) fn from_idb(e: impl fmt::Debug) -> StorageError {
        let text = format!("{e:?}");
        if text.contains("Quota") {
            StorageError::QuotaExceeded
        } else {
            StorageError::Other(text)
        }
    }
}

/// Result of a storage call.
pub type StorageResult<T> = Result<T, StorageError>;

thread_local! {
    static SHARED: std::cell::RefCell<Option<Db>> = const { std::cell::RefCell::new(None) };
}

/// The app's shared connection, opened (and upgraded) on first use.
pub async fn db() -> StorageResult<Db> {
    if let Some(db) = SHARED.with(|s| s.borrow().clone()) {
        return Ok(db);
    }
    let db = Db::open().await?;
    SHARED.with(|s| *s.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// Forgets the shared connection (after `versionchange`, so the next call reopens).
pub fn forget_shared() {
    SHARED.with(|s| s.borrow_mut().take());
}
