//! The locales ByteSmart ships, with their writing direction.

/// A supported locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 code, also the folder name under `locales/`.
    pub code: &'static str,
    /// The language's own name for itself, as shown in the language menu.
    pub native_name: &'static str,
    /// Right-to-left script.
    pub rtl: bool,
}

/// The default and fallback locale.
pub const DEFAULT_LOCALE: &str = "en-GB";

/// Every locale, in menu order.
pub const LOCALES: &[Locale] = &[
    Locale { code: "en-GB", native_name: "English", rtl: false },
    Locale { code: "cy", native_name: "Cymraeg", rtl: false },
    Locale { code: "pl", native_name: "Polski", rtl: false },
    Locale { code: "ur", native_name: "اردو", rtl: true },
    Locale { code: "ro", native_name: "Română", rtl: false },
    Locale { code: "ar", native_name: "العربية", rtl: true },
    Locale { code: "uk", native_name: "Українська", rtl: false },
];

/// Finds a locale by code; unknown codes give `None`.
pub fn find(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code == code)
}

/// The best supported locale for a browser language tag ("pl-PL" -> "pl", "en-US" -> "en-GB").
pub fn negotiate(tag: &str) -> &'static Locale {
    if let Some(l) = find(tag) {
        return l;
    }
    let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    LOCALES
        .iter()
        .find(|l| l.code.split('-').next() == Some(primary.as_str()))
        .unwrap_or(&LOCALES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_falls_back_sensibly() {
        assert_eq!(negotiate("pl-PL").code, "pl");
        assert_eq!(negotiate("en-US").code, "en-GB");
        assert_eq!(negotiate("ar").code, "ar");
        assert_eq!(negotiate("xx").code, "en-GB");
        assert!(find("ur").unwrap().rtl);
    }
}
