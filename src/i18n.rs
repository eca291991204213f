//! Strings and formats for five locales, from fluent bundles built into the
//! binary, with per-tenant overrides layered on top; locale negotiation; date
//! and number formatting for a locale.

pub mod countries;
mod format;
mod negotiate;
pub mod texts;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use format::{CURRENCIES, currency_digits, file_size, format_date, format_datetime, format_money, format_number, parse_money};
pub use negotiate::{LocaleRequest, negotiate};

/// The locales Portico ships, complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    EnUs,
    DeDe,
    FrFr,
    EsEs,
    JaJp,
}

impl Locale {
    pub const ALL: [Locale; 5] = [Locale::EnUs, Locale::DeDe, Locale::FrFr, Locale::EsEs, Locale::JaJp];

    pub fn code(self) -> &'static str {
        match self {
            Locale::EnUs => "en-US",
            Locale::DeDe => "de-DE",
            Locale::FrFr => "fr-FR",
            Locale::EsEs => "es-ES",
            Locale::JaJp => "ja-JP",
        }
    }

    /// The two-letter language, as `<html lang>` and `Accept-Language` use it.
    pub fn language(self) -> &'static str {
        &self.code()[..2]
    }

    /// Parses an exact code (`de-DE`, case-insensitive, `_` allowed).
    pub fn from_code(code: &str) -> Option<Locale> {
        let code = code.trim().replace('_', "-");
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(&code))
    }

    /// The locale for a bare language (`ja` → ja-JP).
    pub fn from_language(language: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.language().eq_ignore_ascii_case(language.trim()))
    }

    /// The id of this locale's name, written in its own language.
    pub fn name_message_id(self) -> &'static str {
        match self {
            Locale::EnUs => "language-name-en-US",
            Locale::DeDe => "language-name-de-DE",
            Locale::FrFr => "language-name-fr-FR",
            Locale::EsEs => "language-name-es-ES",
            Locale::JaJp => "language-name-ja-JP",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Locale::EnUs => include_str!("../locales/en-US.ftl"),
            Locale::DeDe => include_str!("../locales/de-DE.ftl"),
            Locale::FrFr => include_str!("../locales/fr-FR.ftl"),
            Locale::EsEs => include_str!("../locales/es-ES.ftl"),
            Locale::JaJp => include_str!("../locales/ja-JP.ftl"),
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

/// Parses a comma-separated list of codes, keeping known ones in `ALL` order.
pub fn parse_locale_list(text: &str) -> Vec<Locale> {
    let mut out: Vec<Locale> = text.split(',').filter_map(Locale::from_code).collect();
    out.sort();
    out.dedup();
    out
}

pub fn format_locale_list(locales: &[Locale]) -> String {
    locales.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

/// Content people keep in several locales (a course's title, a lesson's
/// body): each row names the locale it is written in.
pub trait Localized {
    fn locale_code(&self) -> &str;
}

/// The row for the reader's locale, else the tenant's default locale's, else
/// the first there is; `in_locale` says whether it is the reader's own.
pub struct Picked<'a, T> {
    pub text: Option<&'a T>,
    pub in_locale: bool,
}

pub fn pick<'a, T: Localized>(texts: &'a [T], locale: &str, default: &str) -> Picked<'a, T> {
    match texts.iter().find(|t| t.locale_code() == locale) {
        Some(text) => Picked { text: Some(text), in_locale: true },
        None => Picked { text: texts.iter().find(|t| t.locale_code() == default).or_else(|| texts.first()), in_locale: false },
    }
}

/// All built-in bundles, parsed once.
pub struct Catalog {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

impl Catalog {
    /// The process-wide catalog (bundles are immutable once built).
    pub fn global() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(Catalog::build)
    }

    fn build() -> Catalog {
        let mut bundles = HashMap::new();
        for locale in Locale::ALL {
            let resource = match FluentResource::try_new(locale.source().to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    tracing::error!(locale = locale.code(), ?errors, "locale file has syntax errors");
                    r
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
            bundle.set_use_isolating(false);
            if let Err(errors) = bundle.add_resource(resource) {
                tracing::error!(locale = locale.code(), ?errors, "duplicate message ids");
            }
            bundles.insert(locale, bundle);
        }
        Catalog { bundles }
    }

    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        // Every locale in `ALL` is inserted by `build`.
        &self.bundles[&locale]
    }

    pub fn has_message(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).has_message(id)
    }

    /// The ids of one locale's messages (used by the completeness test).
    pub fn message_ids(locale: Locale) -> Vec<(String, Vec<String>)> {
        use fluent_syntax::ast;
        let resource = FluentResource::try_new(locale.source().to_string()).unwrap_or_else(|(r, _)| r);
        let mut out = Vec::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(pattern) = &m.value {
                    collect_variables(pattern, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_string(), vars));
            }
        }
        out
    }

    fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundle(locale);
        let message = bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(locale = locale.code(), id, ?errors, "message formatting errors");
        }
        Some(text.into_owned())
    }
}

fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => out.push(id.name.to_string()),
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        out.push(id.name.to_string());
                    }
                    for v in variants {
                        collect_variables(&v.value, out);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Strings for one request: a locale plus the tenant's overrides for it.
#[derive(Clone)]
pub struct Translator {
    locale: Locale,
    overrides: Arc<HashMap<String, String>>,
}

impl Translator {
    pub fn new(locale: Locale, overrides: Arc<HashMap<String, String>>) -> Self {
        Self { locale, overrides }
    }

    pub fn plain(locale: Locale) -> Self {
        Self::new(locale, Arc::new(HashMap::new()))
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&fluent_args))
    }

    /// A message that depends on a number: `$count` (the number, for the
    /// plural rules) and `$n` (the same number written for the locale).
    pub fn t_count(&self, id: &str, count: i64) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("count", FluentValue::from(count));
        fluent_args.set("n", FluentValue::from(format_number(self.locale, count)));
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if let Some(value) = self.overrides.get(id) {
            return format_override(self.locale, id, value, args);
        }
        let catalog = Catalog::global();
        catalog.format(self.locale, id, args).or_else(|| catalog.format(Locale::EnUs, id, args)).unwrap_or_else(|| {
            tracing::warn!(id, "missing message id");
            id.to_string()
        })
    }
}

/// A tenant override is fluent pattern text (so `{ $portal }` still works);
/// if it does not parse it is shown as written.
fn format_override(locale: Locale, id: &str, value: &str, args: Option<&FluentArgs<'_>>) -> String {
    let source = format!("{id} = {}\n", value.replace('\n', "\n    "));
    let Ok(resource) = FluentResource::try_new(source) else {
        return value.to_string();
    };
    let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
    bundle.set_use_isolating(false);
    if bundle.add_resource(resource).is_err() {
        return value.to_string();
    }
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return value.to_string();
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_every_locale_with_the_same_variables() {
        let reference = Catalog::message_ids(Locale::EnUs);
        assert!(reference.len() > 20);
        for locale in Locale::ALL {
            let ids = Catalog::message_ids(locale);
            let missing: Vec<_> = reference.iter().filter(|r| !ids.iter().any(|i| i.0 == r.0)).collect();
            let extra: Vec<_> = ids.iter().filter(|i| !reference.iter().any(|r| r.0 == i.0)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", locale.code());
            assert!(extra.is_empty(), "{}: unknown ids {extra:?}", locale.code());
            for (id, vars) in &ids {
                let expected = &reference.iter().find(|r| &r.0 == id).map(|r| r.1.clone()).unwrap_or_default();
                assert_eq!(vars, expected, "{}: variables of {id}", locale.code());
            }
        }
    }

    #[test]
    fn every_locale_file_parses_without_errors() {
        for locale in Locale::ALL {
            assert!(FluentResource::try_new(locale.source().to_string()).is_ok(), "{} has syntax errors", locale.code());
        }
    }

    #[test]
    fn translations_are_really_translated() {
        // A copy of English in another locale is not a translation.
        for locale in [Locale::DeDe, Locale::FrFr, Locale::EsEs, Locale::JaJp] {
            let t = Translator::plain(locale);
            assert_ne!(t.t("error-404-title"), Translator::plain(Locale::EnUs).t("error-404-title"));
        }
        assert_eq!(Translator::plain(Locale::JaJp).t("language-name-ja-JP"), "日本語");
    }

    #[test]
    fn overrides_replace_one_string_and_keep_variables() {
        let mut map = HashMap::new();
        map.insert("home-title".to_string(), "Hello partners of { $portal }".to_string());
        let t = Translator::new(Locale::EnUs, Arc::new(map));
        assert_eq!(t.t_args("home-title", &[("portal", "Acme")]), "Hello partners of Acme");
        assert_eq!(t.t("error-404-title"), "Page not found");
        let mut broken = HashMap::new();
        broken.insert("nav-home".to_string(), "Start {".to_string());
        assert_eq!(Translator::new(Locale::EnUs, Arc::new(broken)).t("nav-home"), "Start {");
    }

    #[test]
    fn locale_codes_parse_leniently_but_exactly() {
        assert_eq!(Locale::from_code("de-de"), Some(Locale::DeDe));
        assert_eq!(Locale::from_code("ja_JP"), Some(Locale::JaJp));
        assert_eq!(Locale::from_code("xx-YY"), None);
        assert_eq!(Locale::from_language("ja"), Some(Locale::JaJp));
        assert_eq!(parse_locale_list("ja-JP,en-US,bogus,en-US"), vec![Locale::EnUs, Locale::JaJp]);
    }
}
