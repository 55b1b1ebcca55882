//! Small reusable pieces shared by several screens (buttons, progress bars, read-aloud).
