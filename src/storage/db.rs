//! Opening the database and the typed read/write API.

use super::schema::{upgrade, Store, DB_NAME, SCHEMA_VERSION};
use super::{StorageError, StorageResult};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// An open ByteSmart database. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    db: Rc<Database>,
}

/// One change inside a transaction built with [`Db::apply`].
pub enum Write {
    /// Insert or replace a record (already converted to a JS object).
    Put(Store, JsValue),
    /// Remove a record by id.
    Delete(Store, String),
}

impl Write {
    /// A put of any serialisable record.
    pub fn put<T: Serialize>(store: Store, value: &T) -> StorageResult<Write> {
        let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
        value.serialize(&ser).map(|v| Write::Put(store, v)).map_err(|e| StorageError::Other(e.to_string()))
    }

    fn store(&self) -> Store {
        match self {
            Write::Put(s, _) | Write::Delete(s, _) => *s,
        }
    }
}

impl Db {
    /// Opens (creating or upgrading) the app database.
    pub async fn open() -> StorageResult<Db> {
        Db::open_at(DB_NAME, SCHEMA_VERSION).await
    }

    /// Opens a database by name at a given schema version (tests open old versions).
    ///
    /// If another tab holds an older connection open, the browser reports "blocked": we return
    /// [`StorageError::Blocked`] at once so the screen can say so, instead of hanging. Our own
    /// connections close themselves when a newer version asks (`versionchange`), and tell the
    /// page to reload, so ByteSmart tabs never block each other for long.
    pub async fn open_at(name: &str, version: u32) -> StorageResult<Db> {
        use futures_util::FutureExt as _;
        let (tx, rx) = futures_channel::oneshot::channel::<()>();
        let tx = std::cell::RefCell::new(Some(tx));
        let open = Database::open(name)
            .with_version(version)
            .with_on_blocked(move |_| {
                if let Some(s) = tx.borrow_mut().take() {
                    let _ = s.send(());
                }
                Ok(())
            })
            .with_on_upgrade_needed(move |event, db| {
                let old = event.old_version() as u32;
                let new = event.new_version().map(|v| v as u32).unwrap_or(version);
                upgrade(&db, old, new)
            })
            .into_future()
            .fuse();
        let blocked = async move {
            if rx.await.is_err() {
                // The open finished without ever being blocked.
                futures_util::future::pending::<()>().await;
            }
        }
        .fuse();
        futures_util::pin_mut!(open, blocked);
        let res = futures_util::select_biased! {
            res = open => res,
            _ = blocked => return Err(StorageError::Blocked),
        };
        match res {
            Ok(db) => {
                if let Ok(mut changes) = db.version_changes() {
                    wasm_bindgen_futures::spawn_local(async move {
                        if changes.recv().await.is_some() {
                            changes.db().clone().close();
                            super::forget_shared();
                            if let Some(w) = web_sys::window() {
                                let _ = js_sys::Reflect::set(&w, &"bytesmartUpdateReady".into(), &true.into());
                                if let Ok(ev) = web_sys::Event::new("bytesmart-update") {
                                    let _ = w.dispatch_event(&ev);
                                }
                            }
                        }
                    });
                }
                Ok(Db { db: Rc::new(db) })
            }
            Err(e) => {
                let text = format!("{e:?}");
                if text.contains("Unsupported") {
                    Err(StorageError::Unavailable)
                } else {
                    Err(StorageError::from_idb(text))
                }
            }
        }
    }

    /// Closes the connection (so another tab can upgrade).
    pub fn close(self) {
        if let Ok(db) = Rc::try_unwrap(self.db) {
            db.close();
        }
    }

    /// The schema version the open database is at.
    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    /// Reads one record by id.
    pub async fn get<T: DeserializeOwned>(&self, store: Store, id: &str) -> StorageResult<Option<T>> {
        let tx = self.db.transaction(store.name()).build().map_err(StorageError::from_idb)?;
        let os = tx.object_store(store.name()).map_err(StorageError::from_idb)?;
        let v: Option<T> = os.get(id).serde().map_err(StorageError::from_idb)?.await.map_err(StorageError::from_idb)?;
        Ok(v)
    }

    /// Reads every record in a store.
    pub async fn all<T: DeserializeOwned>(&self, store: Store) -> StorageResult<Vec<T>> {
        let tx = self.db.transaction(store.name()).build().map_err(StorageError::from_idb)?;
        let os = tx.object_store(store.name()).map_err(StorageError::from_idb)?;
        let iter = os.get_all::<T>().serde().map_err(StorageError::from_idb)?.await.map_err(StorageError::from_idb)?;
        iter.collect::<Result<Vec<T>, _>>().map_err(StorageError::from_idb)
    }

    /// Reads the records whose indexed field (see [`Store::index`]) equals `value`.
    pub async fn by_index<T: DeserializeOwned>(&self, store: Store, value: &str) -> StorageResult<Vec<T>> {
        let Some(field) = store.index() else {
            return Err(StorageError::Other(format!("{} has no index", store.name())));
        };
        let tx = self.db.transaction(store.name()).build().map_err(StorageError::from_idb)?;
        let os = tx.object_store(store.name()).map_err(StorageError::from_idb)?;
        let idx = os.index(field).map_err(StorageError::from_idb)?;
        let iter = idx
            .get_all::<T>()
            .with_query::<String, _>(value.to_string())
            .serde()
            .map_err(StorageError::from_idb)?
            .await
            .map_err(StorageError::from_idb)?;
        iter.collect::<Result<Vec<T>, _>>().map_err(StorageError::from_idb)
    }

    /// Writes one record.
    pub async fn put<T: Serialize>(&self, store: Store, value: &T) -> StorageResult<()> {
        self.apply(vec![Write::put(store, value)?]).await
    }

    /// Deletes one record by id.
    pub async fn delete(&self, store: Store, id: &str) -> StorageResult<()> {
        self.apply(vec![Write::Delete(store, id.to_string())]).await
    }

    /// Applies every write in ONE transaction: all of them land, or none do.
    pub async fn apply(&self, writes: Vec<Write>) -> StorageResult<()> {
        if writes.is_empty() {
            return Ok(());
        }
        let mut names: Vec<&'static str> = writes.iter().map(|w| w.store().name()).collect();
        names.sort_unstable();
        names.dedup();
        let tx = self.read_write(&names)?;
        for w in writes {
            match w {
                Write::Put(store, value) => {
                    let os = tx.object_store(store.name()).map_err(StorageError::from_idb)?;
                    os.put(value).primitive().map_err(StorageError::from_idb)?;
                }
                Write::Delete(store, id) => {
                    let os = tx.object_store(store.name()).map_err(StorageError::from_idb)?;
                    os.delete(id).primitive().map_err(StorageError::from_idb)?;
                }
            }
        }
        tx.commit().await.map_err(StorageError::after_abort)
    }

    /// Removes every record from the given stores in one transaction (demo removal, erase).
    pub async fn clear(&self, stores: &[Store]) -> StorageResult<()> {
        let names: Vec<&'static str> = stores.iter().map(|s| s.name()).collect();
        let tx = self.read_write(&names)?;
        for s in stores {
            let os = tx.object_store(s.name()).map_err(StorageError::from_idb)?;
            os.clear().map_err(StorageError::from_idb)?;
        }
        tx.commit().await.map_err(StorageError::after_abort)
    }

    /// One read-write transaction over the named stores.
    fn read_write(&self, names: &[&'static str]) -> StorageResult<indexed_db_futures::transaction::Transaction<'_>> {
        self.db.transaction(names).with_mode(TransactionMode::Readwrite).build().map_err(StorageError::from_idb)
    }
}
