//! Small reusable pieces shared by several screens (buttons, progress bars, read-aloud).
pub mod parent_letters;
pub mod read_aloud;
pub mod signature_pad;
pub mod require_pupil;
pub mod staff_gate;
pub mod nav_links;
pub mod icon;
