//! The interface in English, Arabic and Hebrew.
//!
//! Every message lives in a folder of Fluent files per language (`locales/en/`, `ar/`, `he/`;
//! one file per part of the program: the interface, the explanations of cells, what holds
//! changes back, the notices, the figures), compiled into the program so that it needs no files at run time (the browser build has
//! none). English is the reference: a message missing in another language falls back to the
//! English one, and the tests fail when any language lacks a message English has, has one
//! English lacks, or uses different arguments.
//!
//! The language is chosen per thread ([`set_language`]): the app's interface runs on one
//! thread, and tests of different languages can run side by side. Scenario files, CSV column
//! names and the command line's machine-read output stay English in every language, so that a
//! file or table means the same to every reader and every later version.

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs;

pub mod blockers;
pub mod calendar;
pub mod csv;
pub mod events;
pub mod explain;
pub mod format;
pub mod help;
pub mod names;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "ar")]
    Arabic,
    #[serde(rename = "he")]
    Hebrew,
}

impl Language {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Self; 3] = [Self::English, Self::Arabic, Self::Hebrew];

    /// The BCP 47 code: `en`, `ar` or `he`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Arabic => "ar",
            Self::Hebrew => "he",
        }
    }

    /// The language's name in itself, as the language menu shows it.
    #[must_use]
    pub const fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Arabic => "العربية",
            Self::Hebrew => "עברית",
        }
    }

    /// Whether text in this language runs from right to left.
    #[must_use]
    pub const fn is_right_to_left(self) -> bool {
        matches!(self, Self::Arabic | Self::Hebrew)
    }

    /// The language of a locale such as `ar`, `ar-EG`, `he_IL.UTF-8`, `iw` (Hebrew's old
    /// code, which some systems still report) or `en-GB`; `None` for any other language.
    #[must_use]
    pub fn from_locale(locale: &str) -> Option<Self> {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::English),
            "ar" => Some(Self::Arabic),
            "he" | "iw" => Some(Self::Hebrew),
            _ => None,
        }
    }

    /// The first of `locales` (most preferred first) that is one of ours, else English.
    #[must_use]
    pub fn preferred<S: AsRef<str>>(locales: impl IntoIterator<Item = S>) -> Self {
        locales
            .into_iter()
            .find_map(|l| Self::from_locale(l.as_ref()))
            .unwrap_or_default()
    }

    const fn index(self) -> usize {
        match self {
            Self::English => 0,
            Self::Arabic => 1,
            Self::Hebrew => 2,
        }
    }

    /// The language's message files, as `(name, text)`: the same names in every language.
    #[must_use]
    pub const fn message_files(self) -> [(&'static str, &'static str); 9] {
        macro_rules! files {
            ($code:literal) => {
                [
                    (
                        "interface",
                        include_str!(concat!("../locales/", $code, "/interface.ftl")),
                    ),
                    (
                        "explain",
                        include_str!(concat!("../locales/", $code, "/explain.ftl")),
                    ),
                    (
                        "blockers",
                        include_str!(concat!("../locales/", $code, "/blockers.ftl")),
                    ),
                    (
                        "notices",
                        include_str!(concat!("../locales/", $code, "/notices.ftl")),
                    ),
                    (
                        "figures",
                        include_str!(concat!("../locales/", $code, "/figures.ftl")),
                    ),
                    (
                        "start",
                        include_str!(concat!("../locales/", $code, "/start.ftl")),
                    ),
                    (
                        "help",
                        include_str!(concat!("../locales/", $code, "/help.ftl")),
                    ),
                    (
                        "layout",
                        include_str!(concat!("../locales/", $code, "/layout.ftl")),
                    ),
                    (
                        "forms",
                        include_str!(concat!("../locales/", $code, "/forms.ftl")),
                    ),
                ]
            };
        }
        match self {
            Self::English => files!("en"),
            Self::Arabic => files!("ar"),
            Self::Hebrew => files!("he"),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Makes `language` the one this thread's messages are in.
pub fn set_language(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// The language this thread's messages are in.
#[must_use]
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 3] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.map(bundle))
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The app runs the bidirectional algorithm over whole lines itself; Fluent's isolation
    // marks around arguments would only be drawn as boxes by fonts that lack them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_figure));
    // Registered once per bundle on a new bundle: it cannot clash.
    let _ = bundle.add_function("PLURAL", plural_category);
    // A message file that does not parse is a build error caught by the tests; the messages
    // that did parse are still better than none.
    for (_, text) in language.message_files() {
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // Duplicate ids are likewise caught by the tests; the first one stays.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `key` in this thread's language, with `args`; the English message when the
/// language lacks it, and the key itself when no language has it (a bug the tests catch).
#[must_use]
pub fn message(key: &str, args: Option<&FluentArgs<'_>>) -> String {
    message_in(language(), key, args)
}

/// As [`message`], in a given language.
#[must_use]
pub fn message_in(language: Language, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let all = bundles();
    for bundle in [&all[language.index()], &all[Language::English.index()]] {
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    key.to_owned()
}

/// A message by key, with named arguments: `tr!("map-day", day = 12)`.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::message($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::FluentArgs::new();
        $(args.set(stringify!($name), $crate::value($value));)+
        $crate::message($key, Some(&args))
    }};
}

/// An argument for a message. Numbers stay numbers (Fluent picks plural forms by them).
pub fn value<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// The significant figures a [`figure`] is written with: the mark the formatter knows it by.
const FIGURE_DIGITS: usize = 3;

/// A number for a message as the explanations write numbers (three significant figures,
/// thousands grouped: "0.188", "20,000"; `gz_core::report::explain::num`), which stays a
/// number, so that a message can still make a noun agree with it ("5 أيام", "15 يومًا").
#[must_use]
pub fn figure(x: f64) -> FluentValue<'static> {
    // The number as shown ("2,129,998" for 2,129,998.4), so that a noun agrees with what the
    // reader sees; `x` itself where reading the text back would show something else.
    let shown = gz_core::report::explain::num(x);
    let value = shown
        .replace(',', "")
        .replace('−', "-")
        .parse::<f64>()
        .ok()
        .filter(|v| gz_core::report::explain::num(*v) == shown)
        .unwrap_or(x);
    FluentValue::Number(FluentNumber::new(
        value,
        FluentNumberOptions {
            maximum_significant_digits: Some(FIGURE_DIGITS),
            ..FluentNumberOptions::default()
        },
    ))
}

/// `PLURAL($n)`: the CLDR plural category of a number in Arabic ("zero", "one", "two", "few",
/// "many" or "other"), for the selectors of the Arabic messages. Fluent's own choice for a bare
/// `$n` comes from `intl_pluralrules` 7.0.2, which puts every number from 100 up in "other", where
/// CLDR takes the category from the last two digits: "121 يومًا" (many), "105 أيام" (few).
fn plural_category<'a>(positional: &[FluentValue<'a>], _: &FluentArgs<'_>) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::Number(n)) => FluentValue::from(arabic_plural(n.value)),
        Some(other) => other.clone(),
        None => FluentValue::Error,
    }
}

/// CLDR's Arabic cardinal rule: zero 0; one 1; two 2; few n % 100 = 3..10; many n % 100 =
/// 11..99; other the rest, fractions included.
fn arabic_plural(n: f64) -> &'static str {
    if !n.is_finite() || n.fract() != 0.0 {
        return "other";
    }
    let n = n.abs();
    let last_two = n % 100.0;
    if n == 0.0 {
        "zero"
    } else if n == 1.0 {
        "one"
    } else if n == 2.0 {
        "two"
    } else if (3.0..=10.0).contains(&last_two) {
        "few"
    } else if (11.0..=99.0).contains(&last_two) {
        "many"
    } else {
        "other"
    }
}

/// Writes a [`figure`]; every other value is left to Fluent (`None`), so that other numbers
/// read as they always have (a day is "1200", not "1,200").
fn format_figure<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.maximum_significant_digits == Some(FIGURE_DIGITS) => {
            Some(gz_core::report::explain::num(n.value))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
