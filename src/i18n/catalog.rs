//! Formats messages from the compiled-in Fluent resources, with per-key fallback to en-GB.

use super::locales::{DEFAULT_LOCALE, LOCALES};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

include!(concat!(env!("OUT_DIR"), "/ftl_sources.rs"));

/// A message argument: a name and a string or number value.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// All locales' bundles, built once at start-up.
pub struct Catalog {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

impl Default for Catalog {
    fn default() -> Self {
        Self::new()
    }
}

impl Catalog {
    /// Parses every compiled-in `.ftl` file. A syntax error is a build-time test failure
    /// (see tests/locales.rs); at run time the broken entries are skipped, never fatal.
    pub fn new() -> Catalog {
        let bundles = LOCALES
            .iter()
            .map(|l| {
                let lang = l.code.parse().unwrap_or_else(|_| DEFAULT_LOCALE.parse().unwrap());
                let mut bundle = FluentBundle::new(vec![lang]);
                // Bidi isolation marks only where the script direction can differ from ours.
                bundle.set_use_isolating(l.rtl);
                for (code, _file, src) in FTL_SOURCES {
                    if *code == l.code {
                        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
                        let _ = bundle.add_resource(res);
                    }
                }
                (l.code, bundle)
            })
            .collect();
        Catalog { bundles }
    }

    fn bundle(&self, code: &str) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(c, _)| *c == code).map(|(_, b)| b)
    }

    /// True when `code` has its own message for `key` (no fallback).
    pub fn has(&self, code: &str, key: &str) -> bool {
        self.bundle(code).is_some_and(|b| b.has_message(key))
    }

    /// Formats `key` in `code`, falling back to en-GB, then to the marker `⟦key⟧`.
    pub fn format(&self, code: &str, key: &str, args: &[Arg<'_>]) -> String {
        let fargs = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                fa.set(*k, v.clone());
            }
            fa
        });
        for c in [code, DEFAULT_LOCALE] {
            if let Some(bundle) = self.bundle(c)
                && let Some(msg) = bundle.get_message(key)
                && let Some(pattern) = msg.value()
            {
                let mut errors = vec![];
                return bundle.format_pattern(pattern, fargs.as_ref(), &mut errors).into_owned();
            }
        }
        format!("⟦{key}⟧")
    }

    /// Every message id defined for a locale (for completeness tests and tooling).
    pub fn keys(code: &str) -> Vec<String> {
        let mut keys = vec![];
        for (c, _file, src) in FTL_SOURCES {
            if *c != code {
                continue;
            }
            let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    keys.push(m.id.name.to_string());
                }
            }
        }
        keys
    }

    /// The raw sources: (locale code, file name, text).
    pub fn sources() -> &'static [(&'static str, &'static str, &'static str)] {
        FTL_SOURCES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_fallback_and_marker() {
        let c = Catalog::new();
        assert_eq!(c.format("en-GB", "app-name", &[]), "ByteSmart");
        assert!(!c.format("cy", "home-pupil", &[]).contains('⟦'));
        assert_eq!(c.format("pl", "no-such-key-anywhere", &[]), "⟦no-such-key-anywhere⟧");
    }
}
