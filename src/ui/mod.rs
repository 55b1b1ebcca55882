//! The Leptos app: shell, routing and one folder of screens per role.

pub mod about;
pub mod coordinator;
pub mod home;
pub mod i18n;
pub mod parent;
pub mod pupil;
pub mod routes;
pub mod session;
pub mod shell;
pub mod teacher;
pub mod widgets;

/// Mounts the app into the page body.
pub fn mount() {
    leptos::mount::mount_to_body(shell::App);
}
