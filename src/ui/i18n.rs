//! Reactive translation for components: `t("key")` reads the current locale signal, so text
//! re-renders when the language changes. Components never hold English text themselves.

use crate::i18n::{locales, Arg, Catalog, Locale};
use leptos::prelude::*;

thread_local! {
    static CATALOG: Catalog = Catalog::new();
}

const LOCALE_SETTING: &str = "bytesmart.locale";

/// The device's chosen locale, provided at the root of the app.
#[derive(Clone, Copy)]
pub struct I18n {
    /// Current locale code.
    pub locale: RwSignal<&'static str>,
}

impl I18n {
    /// Reads the remembered choice (or the browser language) and keeps `<html lang dir>` in step.
    pub fn provide() -> I18n {
        let initial = crate::platform::setting(LOCALE_SETTING)
            .and_then(|c| locales::find(&c))
            .or_else(|| {
                web_sys::window().and_then(|w| w.navigator().language()).map(|l| locales::negotiate(&l))
            })
            .unwrap_or(&locales::LOCALES[0]);
        let me = I18n { locale: RwSignal::new(initial.code) };
        provide_context(me);
        Effect::new(move |_| {
            let code = me.locale.get();
            let loc = locales::find(code).unwrap_or(&locales::LOCALES[0]);
            if let Some(html) = crate::platform::html_element() {
                let _ = html.set_attribute("lang", loc.code);
                let _ = html.set_attribute("dir", if loc.rtl { "rtl" } else { "ltr" });
            }
        });
        me
    }

    /// Changes and remembers the device language.
    pub fn set(&self, code: &'static str) {
        crate::platform::set_setting(LOCALE_SETTING, code);
        self.locale.set(code);
    }

    /// The current locale's details.
    pub fn current(&self) -> &'static Locale {
        locales::find(self.locale.get()).unwrap_or(&locales::LOCALES[0])
    }
}

/// The current locale code (tracked when read inside a reactive closure).
pub fn locale() -> &'static str {
    use_context::<I18n>().map(|i| i.locale.get()).unwrap_or(locales::DEFAULT_LOCALE)
}

/// Translates `key` in the current locale.
pub fn t(key: &str) -> String {
    let code = locale();
    CATALOG.with(|c| c.format(code, key, &[]))
}

/// Translates `key` with Fluent arguments (plurals and variables the Fluent way).
pub fn t_args(key: &str, args: &[Arg<'_>]) -> String {
    let code = locale();
    CATALOG.with(|c| c.format(code, key, args))
}

/// Translates `key` in an explicit locale (the parent flow and letters pick their own).
pub fn t_in(code: &str, key: &str, args: &[Arg<'_>]) -> String {
    CATALOG.with(|c| c.format(code, key, args))
}

/// `tr!("key")` is a reactive closure for use directly inside `view!`.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        move || $crate::ui::i18n::t($key)
    };
}

/// A date written the way the current locale writes dates (Intl.DateTimeFormat), e.g.
/// "28 November 2026" in en-GB, "28 listopada 2026" in Polish.
pub fn fmt_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let code = locale();
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    let locales = js_sys::Array::of1(&code.into());
    let f = js_sys::Intl::DateTimeFormat::new(&locales, &opts);
    let d = js_sys::Date::new_with_year_month_day(date.year() as u32, date.month0() as i32, date.day() as i32);
    f.format().call1(&f, &d).ok().and_then(|v| v.as_string()).unwrap_or_else(|| date.to_string())
}

/// A date-time in UTC shown as a local date in the current locale.
pub fn fmt_datetime(at: chrono::DateTime<chrono::Utc>) -> String {
    let code = locale();
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&opts, &"timeStyle".into(), &"short".into());
    let locales = js_sys::Array::of1(&code.into());
    let f = js_sys::Intl::DateTimeFormat::new(&locales, &opts);
    let d = js_sys::Date::new(&(at.timestamp_millis() as f64).into());
    f.format().call1(&f, &d).ok().and_then(|v| v.as_string()).unwrap_or_else(|| at.to_rfc3339())
}

/// A number with the current locale's digits and separators (Intl.NumberFormat).
pub fn fmt_number(n: f64, max_fraction_digits: u8) -> String {
    let code = locale();
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"maximumFractionDigits".into(), &f64::from(max_fraction_digits).into());
    let locales = js_sys::Array::of1(&code.into());
    let f = js_sys::Intl::NumberFormat::new(&locales, &opts);
    f.format().call1(&f, &n.into()).ok().and_then(|v| v.as_string()).unwrap_or_else(|| n.to_string())
}
