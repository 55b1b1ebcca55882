//! Facts that date: helplines, SMART rule wording, minimum ages of common apps. Kept in
//! `lessons/facts.toml` so they are updated in one place and shown with their "checked" date.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The locale whose wording is the complete original; every other locale falls back to it.
pub const ORIGINAL_LOCALE: &str = "en-GB";

/// The dated facts file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// ISO date the facts were last checked.
    pub checked: String,
    /// Helplines (Childline, CEOP, 999 ...).
    pub helplines: Vec<Helpline>,
    /// SMART rule wording per rule slug.
    pub smart_rules: Vec<RuleWording>,
    /// Minimum ages in the terms of common apps.
    pub minimum_ages: Vec<MinimumAge>,
}

/// A helpline or reporting route.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    /// Stable id, e.g. `childline`.
    pub id: String,
    /// Name.
    pub name: String,
    /// How to reach it (phone number or web address).
    pub contact: String,
    /// When to use it.
    pub when: String,
}

/// The wording of one SMART rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleWording {
    /// Rule slug.
    pub rule: crate::domain::smart::SmartRule,
    /// Short name ("Safe").
    pub name: String,
    /// Child-friendly wording (en-GB, the original).
    pub text: String,
    /// The same wording per content locale (`cy`, `pl`, `ur`, ...), so a translated lesson's
    /// `{rule:tell}` reads in the lesson's language. The build requires every content locale.
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
}

impl RuleWording {
    /// The wording in `locale`, or the en-GB original when that locale has none (a documented
    /// fallback for partial facts files; the shipped `facts.toml` is checked to be complete).
    pub fn text_in(&self, locale: &str) -> &str {
        match self.translations.get(locale) {
            Some(t) if !t.trim().is_empty() => t,
            _ => &self.text,
        }
    }
}

/// A service's minimum age.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinimumAge {
    /// Service name.
    pub service: String,
    /// Minimum age in its terms.
    pub age: u8,
}

/// The slug a minimum-age entry is referred to by in content: the service name in lowercase
/// with every run of other characters turned into one hyphen ("WhatsApp (UK)" -> `whatsapp-uk`).
/// Derived rather than stored, so adding an app to `facts.toml` needs no extra id to keep in step.
pub fn service_slug(service: &str) -> String {
    let mut out = String::new();
    for c in service.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

impl Facts {
    /// The text one placeholder (without braces) stands for, or why it is unknown.
    ///
    /// Lessons never write a helpline number, an app's minimum age or a SMART rule's wording
    /// themselves; they write `{helpline:childline}`, `{contact:childline}`, `{min-age:whatsapp-uk}` or
    /// `{rule:tell}`,
    /// so a fact that changes is corrected once in `facts.toml`.
    pub fn placeholder(&self, name: &str) -> Result<String, String> {
        self.placeholder_in(ORIGINAL_LOCALE, name)
    }

    /// Like [`Facts::placeholder`], with `{rule:..}` worded in `locale` (falling back to en-GB):
    /// translated lessons resolve with their own locale so pupils read the rule in their language.
    pub fn placeholder_in(&self, locale: &str, name: &str) -> Result<String, String> {
        let (kind, key) = name.split_once(':').unwrap_or((name, ""));
        match kind {
            "helpline" => self
                .helplines
                .iter()
                .find(|h| h.id == key)
                .map(|h| format!("{} ({})", h.name, h.contact))
                .ok_or_else(|| {
                    let known: Vec<&str> = self.helplines.iter().map(|h| h.id.as_str()).collect();
                    format!("unknown helpline '{key}' in {{{name}}} (known: {})", known.join(", "))
                }),
            "contact" => self
                .helplines
                .iter()
                .find(|h| h.id == key)
                .map(|h| h.contact.clone())
                .ok_or_else(|| format!("unknown helpline '{key}' in {{{name}}}")),
            "min-age" => self
                .minimum_ages
                .iter()
                .find(|m| service_slug(&m.service) == key)
                .map(|m| m.age.to_string())
                .ok_or_else(|| {
                    let known: Vec<String> = self.minimum_ages.iter().map(|m| service_slug(&m.service)).collect();
                    format!("unknown service '{key}' in {{{name}}} (known: {})", known.join(", "))
                }),
            "rule" => self
                .smart_rules
                .iter()
                .find(|r| r.rule.slug() == key)
                .map(|r| r.text_in(locale).to_string())
                .ok_or_else(|| format!("unknown SMART rule '{key}' in {{{name}}}")),
            _ => Err(format!("unknown placeholder {{{name}}} (use helpline:, contact:, min-age: or rule:)")),
        }
    }

    /// Replaces every `{kind:key}` placeholder in `text`. Pure: the build uses it to check and
    /// resolve content, tests use it directly. Errors list each unknown or unclosed placeholder.
    pub fn resolve(&self, text: &str) -> Result<String, Vec<String>> {
        self.resolve_in(ORIGINAL_LOCALE, text)
    }

    /// Like [`Facts::resolve`], with `{rule:..}` worded in `locale` (en-GB when it has none).
    pub fn resolve_in(&self, locale: &str, text: &str) -> Result<String, Vec<String>> {
        let mut out = String::with_capacity(text.len());
        let mut errs = vec![];
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) if !after[..close].contains('{') => {
                    match self.placeholder_in(locale, &after[..close]) {
                        Ok(v) => out.push_str(&v),
                        Err(e) => errs.push(e),
                    }
                    rest = &after[close + 1..];
                }
                _ => {
                    errs.push("a '{' has no matching '}'".to_string());
                    rest = after;
                }
            }
        }
        if rest.contains('}') {
            errs.push("a '}' has no matching '{'".to_string());
        }
        out.push_str(rest);
        if errs.is_empty() { Ok(out) } else { Err(errs) }
    }
}
