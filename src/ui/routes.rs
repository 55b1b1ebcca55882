//! Every route of the app in one list, so the map of screens is visible in one place.

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

use super::{about, coordinator, home, parent, pupil, shell, teacher};

/// The route table.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=shell::NotFound>
            <Route path=path!("/") view=home::Home />
            <Route path=path!("/about") view=about::About />
            <Route path=path!("/pupil") view=pupil::PupilHome />
            <Route path=path!("/teacher") view=teacher::TeacherHome />
            <Route path=path!("/parent") view=parent::ParentHome />
            <Route path=path!("/coordinator") view=coordinator::CoordinatorHome />
            <Route path=path!("/pupil/aup") view=pupil::aup::PupilAup />
            <Route path=path!("/teacher/aup") view=teacher::aup::TeacherAup />
            <Route path=path!("/parent/sign") view=parent::sign::ParentSign />
            <Route path=path!("/coordinator/aup") view=coordinator::aup::CoordinatorAup />
        </Routes>
    }
}
