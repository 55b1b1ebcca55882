//! Who is using the tablet right now: the signed-in pupil (remembered across reloads so a
//! pupil resumes mid-lesson) and whether staff screens are unlocked (by PIN, locking again
//! after [`STAFF_IDLE_MINUTES`] without activity). Screens read this; they never decide
//! access themselves.

use crate::domain::pin::STAFF_IDLE_MINUTES;
use crate::domain::records::{Pupil, School};
use crate::storage::{self, Store};
use leptos::prelude::*;

const PUPIL_SETTING: &str = "bytesmart.pupil";

/// Which staff role unlocked the screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffRole {
    /// A teacher (same PIN as the coordinator on a single-PIN device).
    Teacher,
    /// The coordinator.
    Coordinator,
}

/// The session, provided at the root.
#[derive(Clone, Copy)]
pub struct Session {
    /// The school record, once loaded (None before set-up).
    pub school: RwSignal<Option<School>>,
    /// True once the school and pupil have been loaded from storage.
    pub ready: RwSignal<bool>,
    /// The signed-in pupil.
    pub pupil: RwSignal<Option<Pupil>>,
    /// Unlocked staff role, if any.
    pub staff: RwSignal<Option<StaffRole>>,
    /// Set when the database cannot be opened (blocked upgrade, no storage): shown as a banner.
    pub storage_error: RwSignal<Option<crate::storage::StorageError>>,
    /// Milliseconds timestamp of the last staff activity.
    last_activity: RwSignal<f64>,
}

impl Session {
    /// Creates the session and loads the school and remembered pupil from storage.
    pub fn provide() -> Session {
        let s = Session {
            school: RwSignal::new(None),
            ready: RwSignal::new(false),
            pupil: RwSignal::new(None),
            staff: RwSignal::new(None),
            storage_error: RwSignal::new(None),
            last_activity: RwSignal::new(js_sys::Date::now()),
        };
        provide_context(s);
        leptos::task::spawn_local(async move {
            s.reload().await;
        });
        // Idle lock for staff screens, checked every 15 seconds.
        let handle = set_interval_with_handle(
            move || {
                let idle_ms = js_sys::Date::now() - s.last_activity.get_untracked();
                if s.staff.get_untracked().is_some() && idle_ms > f64::from(STAFF_IDLE_MINUTES) * 60_000.0 {
                    s.lock_staff();
                }
            },
            std::time::Duration::from_secs(15),
        );
        if let Ok(h) = handle {
            on_cleanup(move || h.clear());
        }
        for ev in ["pointerdown", "keydown"] {
            let _ = window_event_listener_untyped(ev, move |_| s.touch());
        }
        s
    }

    /// Re-reads the school and the remembered pupil from storage.
    pub async fn reload(&self) {
        let db = storage::db().await;
        self.storage_error.set(db.as_ref().err().cloned());
        if let Ok(db) = db {
            let school: Option<School> = db.get(Store::School, "school").await.ok().flatten();
            self.school.set(school);
            if let Some(id) = crate::platform::setting(PUPIL_SETTING) {
                let p: Option<Pupil> = db.get(Store::Pupils, &id).await.ok().flatten();
                self.pupil.set(p);
            }
        }
        self.ready.set(true);
    }

    /// Signs a pupil in on this tablet (remembered across reloads).
    pub fn sign_in_pupil(&self, p: Pupil) {
        crate::platform::set_setting(PUPIL_SETTING, &p.id);
        self.pupil.set(Some(p));
    }

    /// Signs the pupil out (the next pupil picks their name).
    pub fn sign_out_pupil(&self) {
        crate::platform::remove_setting(PUPIL_SETTING);
        self.pupil.set(None);
    }

    /// Unlocks staff screens after a correct PIN.
    pub fn unlock_staff(&self, role: StaffRole) {
        self.touch();
        self.staff.set(Some(role));
    }

    /// Locks staff screens.
    pub fn lock_staff(&self) {
        self.staff.set(None);
    }

    /// Records activity (keeps an unlocked staff session alive).
    pub fn touch(&self) {
        self.last_activity.set(js_sys::Date::now());
    }

    /// True when staff screens are unlocked.
    pub fn is_staff(&self) -> bool {
        self.staff.get().is_some()
    }
}

/// The session from context.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
