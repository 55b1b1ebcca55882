//! Inline SVG icons for controls and headings. Emoji used as icons render as empty boxes where
//! no emoji font is installed (headless Chromium, many locked-down school machines); these
//! line icons draw with `currentColor`, so they follow the text colour, high-contrast mode and
//! print. Icons are always decorative (`aria-hidden`): the control's accessible name comes from
//! its Fluent text next to the icon.

use leptos::prelude::*;

/// Which icon to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconKind {
    /// Read aloud (a speaker with sound waves).
    Speaker,
    /// Stop reading aloud.
    Stop,
    /// Lock staff screens.
    Lock,
    /// Machine translation (a globe).
    Globe,
    /// Well done / finished (a star).
    Star,
    /// Who to tell (a speech bubble).
    Speech,
    /// Class discussion (two people).
    People,
    /// Back: points to where the reading starts (flips in right-to-left layouts).
    Back,
    /// Next: points to where the reading goes (flips in right-to-left layouts).
    Next,
}

impl IconKind {
    /// The path data (24 x 24 grid, stroked).
    fn path(self) -> &'static str {
        match self {
            IconKind::Speaker => "M11 5 6 9H2v6h4l5 4z M15.5 8.5a5 5 0 0 1 0 7 M19 5a10 10 0 0 1 0 14",
            IconKind::Stop => "M6 6h12v12H6z",
            IconKind::Lock => "M5 11h14v10H5z M8 11V7a4 4 0 0 1 8 0v4",
            IconKind::Globe => "M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z M2 12h20 M12 2a15 15 0 0 1 0 20a15 15 0 0 1 0-20z",
            IconKind::Star => "M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8-6.2-3.2-6.2 3.2 1.2-6.8-5-4.9 6.9-1z",
            IconKind::Speech => "M21 11.5a8.5 8.5 0 0 1-12.3 7.6L3 21l1.9-5.7A8.5 8.5 0 1 1 21 11.5z",
            IconKind::People => "M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2 M9 3a4 4 0 1 0 0 8a4 4 0 1 0 0-8z M23 21v-2a4 4 0 0 0-3-3.9 M16 3.1a4 4 0 0 1 0 7.8",
            IconKind::Back => "M15 18l-6-6 6-6",
            IconKind::Next => "M9 18l6-6-6-6",
        }
    }

    /// Direction icons mirror in right-to-left layouts (CSS `[dir="rtl"] .flip-rtl`).
    fn flips(self) -> bool {
        matches!(self, IconKind::Back | IconKind::Next)
    }
}

/// A decorative inline SVG icon, sized to the surrounding text.
#[component]
pub fn Icon(
    /// Which icon.
    kind: IconKind,
) -> impl IntoView {
    let class = if kind.flips() { "icon flip-rtl" } else { "icon" };
    view! {
        <svg class=class viewBox="0 0 24 24" aria-hidden="true" focusable="false"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d=kind.path() />
        </svg>
    }
}
