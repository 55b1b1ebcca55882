//! Teacher screens (all behind the staff PIN): classes and pupils, and the way into
//! presenting, curriculum, quiz reports and AUP status.

pub mod class_detail;
pub mod classes;
pub mod curriculum;
pub mod quiz_report;
pub mod presenter;
pub mod presenter_view;
pub mod roster_import;

pub mod aup;

use crate::tr;
use crate::ui::widgets::nav_links::{LinkCards, NavLink};
use crate::ui::widgets::staff_gate::{LockButton, StaffGate};
use leptos::prelude::*;

/// Links on the teacher home (one line per screen).
pub const TEACHER_LINKS: &[NavLink] = &[
    NavLink { href: "/teacher/classes", label: "teacher-link-classes", hint: "teacher-link-classes-hint", picture: "school" },
    NavLink { href: "/teacher/curriculum", label: "teacher-link-curriculum", hint: "teacher-link-curriculum-hint", picture: "chart" },
    NavLink { href: "/teacher/quiz-report", label: "quiz-report-link", hint: "quiz-report-link-hint", picture: "chart" },
    NavLink { href: "/teacher/present", label: "teacher-link-present", hint: "teacher-link-present-hint", picture: "computer" },
    NavLink { href: "/teacher/aup", label: "aup-link-teacher", hint: "aup-link-teacher-hint", picture: "check" },
];

/// Teacher home at `/teacher`.
#[component]
pub fn TeacherHome() -> impl IntoView {
    view! {
        <StaffGate>
            <section class="page teacher" data-screen="teacher">
                <div class="page-head">
                    <h1>{tr!("role-teacher-heading")}</h1>
                    <LockButton />
                </div>
                <LinkCards links=TEACHER_LINKS nav_label="teacher-nav-label" />
            </section>
        </StaffGate>
    }
}
