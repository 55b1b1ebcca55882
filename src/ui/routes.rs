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
            <Route path=path!("/setup") view=coordinator::setup::Setup />
            // Pupils
            <Route path=path!("/pupil") view=pupil::PupilHome />
            <Route path=path!("/pupil/class/:id") view=pupil::pick::PickName />
            <Route path=path!("/pupil/me") view=pupil::me::PupilMe />
            <Route path=path!("/pupil/lessons") view=pupil::lessons::LessonList />
            <Route path=path!("/pupil/lesson/:id") view=pupil::player::LessonPlayer />
            <Route path=path!("/pupil/quiz") view=pupil::quiz::PupilQuiz />
            <Route path=path!("/pupil/aup") view=pupil::aup::PupilAup />
            // Teachers (behind the PIN)
            <Route path=path!("/teacher") view=teacher::TeacherHome />
            <Route path=path!("/teacher/quiz-report") view=teacher::quiz_report::QuizReport />
            <Route path=path!("/teacher/classes") view=teacher::classes::Classes />
            <Route path=path!("/teacher/classes/:id") view=teacher::class_detail::ClassDetail />
            <Route path=path!("/teacher/classes/:id/import") view=teacher::roster_import::RosterImport />
            <Route path=path!("/teacher/curriculum") view=teacher::curriculum::CurriculumMap />
            <Route path=path!("/teacher/present") view=teacher::presenter::PresentPicker />
            <Route path=path!("/teacher/present/:lesson_id") view=teacher::presenter_view::Present />
            // The whiteboard copy of a presentation: lesson content only, so not behind the PIN.
            <Route path=path!("/teacher/present/:lesson_id/audience") view=teacher::presenter_view::Audience />
            <Route path=path!("/teacher/aup") view=teacher::aup::TeacherAup />
            // Parents and carers
            <Route path=path!("/parent") view=parent::ParentHome />
            <Route path=path!("/parent/sign") view=parent::sign::ParentSign />
            // Coordinator (behind the PIN)
            <Route path=path!("/coordinator") view=coordinator::CoordinatorHome />
            <Route path=path!("/coordinator/export") view=coordinator::export::ExportScreen />
            <Route path=path!("/coordinator/import") view=coordinator::import::ImportScreen />
            <Route path=path!("/coordinator/dashboard") view=coordinator::dashboard::DashboardScreen />
            <Route path=path!("/coordinator/retention") view=coordinator::retention::RetentionScreen />
            <Route path=path!("/coordinator/aup") view=coordinator::aup::CoordinatorAup />
            <Route path=path!("/coordinator/sheets") view=coordinator::sheets::SheetsScreen />
            <Route path=path!("/coordinator/sheets/:class_id") view=coordinator::sheets::SheetsScreen />
        </Routes>
    }
}
