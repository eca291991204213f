//! Validation of what people type, in one place: the rules for e-mail
//! addresses, domains, links, countries and free text, and `FieldErrors`, the
//! localized message per field that a form's `validate(&self, &Translator)`
//! returns instead of its typed input. No HTTP here: pages re-render with
//! these messages (422), and services reuse the same rules.

use crate::i18n::Translator;

/// Field names are mostly fixed (`&'static str`); a form with one field per
/// row (a reason per deal of a conflict set) names them as it goes.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(std::borrow::Cow<'static, str>, String)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<std::borrow::Cow<'static, str>>, message: String) {
        let field = field.into();
        if self.get(&field).is_none() {
            self.0.push((field, message));
        }
    }

    /// The message for `field`, for the template.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many fields were refused.
    pub fn len(&self) -> i64 {
        self.0.len() as i64
    }

    /// Each refused field with its message, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(f, m)| (f.as_ref(), m.as_str()))
    }

    pub fn into_result<T>(self, ok: T) -> Result<T, FieldErrors> {
        if self.is_empty() { Ok(ok) } else { Err(self) }
    }
}

/// The one text rule: no control character (NUL, the other C0 and C1
/// controls, DEL) but line breaks and tabs. PostgreSQL refuses NUL in text,
/// and none of the others belongs in a name, a message or a mail header.
pub fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\r' | '\t')
}

/// Text for places that cannot show a message (search terms, one-line
/// comments of an inline action): the forbidden controls removed.
pub fn without_controls(value: &str) -> String {
    value.chars().filter(|c| !is_forbidden_control(*c)).collect()
}

/// Trimmed text of 1..=max characters, without forbidden controls.
pub fn required_text(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, t.t("form-required"));
    }
    free_text(t, errors, field, value, max)
}

/// Trimmed text of at most `max` characters, without forbidden controls;
/// empty is allowed.
pub fn optional_text(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    free_text(t, errors, field, value, max)
}

fn free_text(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.chars().count() > max {
        errors.add(field, t.t_args("form-too-long", &[("max", &max.to_string())]));
    } else if value.chars().any(is_forbidden_control) {
        errors.add(field, t.t("form-invalid-characters"));
    }
    value.to_string()
}

/// A whole number in `range` as people type it (spaces around it are
/// fine); empty is `None` unless the field is required.
pub fn whole_number(
    t: &Translator,
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    range: std::ops::RangeInclusive<i32>,
    required: bool,
) -> Option<i32> {
    let value = value.trim();
    if value.is_empty() {
        if required {
            errors.add(field, t.t("form-required"));
        }
        return None;
    }
    match value.parse::<i32>() {
        Ok(n) if range.contains(&n) => Some(n),
        _ => {
            errors.add(field, t.t_args("form-number-range", &[("min", &range.start().to_string()), ("max", &range.end().to_string())]));
            None
        }
    }
}

/// An https address of at most `max` characters with a host and no
/// credentials (a video link); empty is allowed.
pub fn https_url(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.is_empty() {
        return String::new();
    }
    let fine = value.chars().count() <= max
        && !value.chars().any(|c| c.is_whitespace() || is_forbidden_control(c))
        && url::Url::parse(value).is_ok_and(|u| {
            u.scheme() == "https" && u.host_str().is_some_and(|h| !h.is_empty()) && u.username().is_empty() && u.password().is_none()
        });
    if !fine {
        errors.add(field, t.t("form-invalid-https"));
    }
    value.to_string()
}

/// A lower-cased e-mail address, or a message.
pub fn email(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    match normalize_email(value) {
        Ok(email) => email,
        Err(InvalidEmail) => {
            errors.add(field, t.t("form-invalid-email"));
            value.trim().to_string()
        }
    }
}

/// An optional http(s) web address.
pub fn website(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    let typed = value.trim();
    if typed.is_empty() {
        return String::new();
    }
    match normalize_website(typed) {
        Some(site) => site,
        None => {
            errors.add(field, t.t("partners-invalid-website"));
            typed.to_string()
        }
    }
}

/// A website as people type it — `fabrikam.example`, `www.fabrikam.example/de`
/// or `https://fabrikam.example` — as an http(s) address (https when no
/// scheme was typed), or `None`: another scheme, credentials, a host without
/// a dot, spaces or control characters. The one rule of every form that asks.
pub fn normalize_website(typed: &str) -> Option<String> {
    if typed.chars().any(|c| c.is_whitespace() || is_forbidden_control(c)) || typed.len() > 500 {
        return None;
    }
    let with_scheme = if typed.contains("://") { typed.to_string() } else { format!("https://{typed}") };
    let url = url::Url::parse(&with_scheme).ok()?;
    let host = url.host_str()?;
    let fits = matches!(url.scheme(), "http" | "https")
        && url.username().is_empty()
        && url.password().is_none()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.');
    fits.then_some(with_scheme)
}

/// An optional telephone number as people write it: digits with spaces,
/// `+ ( ) - . /`, at least five digits, at most 40 characters.
pub fn phone(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    let value = value.trim().to_string();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-' | '.' | '/'));
    if !value.is_empty() && (!allowed || digits < 5 || value.chars().count() > 40) {
        errors.add(field, t.t("form-invalid-phone"));
    }
    value
}

/// A country: its ISO 3166-1 alpha-2 code, from the code or the name as
/// typed (`i18n::countries::parse`); empty allowed unless `required`. A
/// refused value comes back as typed, for the form to show again.
pub fn country(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, required: bool) -> String {
    let value = value.trim();
    if value.is_empty() && !required {
        return String::new();
    }
    match crate::i18n::countries::parse(t.locale(), value) {
        Some(code) => code.to_string(),
        None => {
            errors.add(field, t.t("partners-invalid-country"));
            value.to_string()
        }
    }
}

/// E-mail domains (`acme.com, @Example.org`): each a DNS name with a dot;
/// at least one when `required`.
pub fn email_domains(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, required: bool) -> Vec<String> {
    let domains = parse_domains(value);
    let bad = |d: &String| !d.contains('.') || !d.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    if (required && domains.is_empty()) || domains.iter().any(bad) {
        errors.add(field, t.t("partners-invalid-domains"));
    }
    domains
}

/// An address that is not an e-mail address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidEmail;

/// The address trimmed and lower-cased, if it is one (with a top-level domain).
pub fn normalize_email(email: &str) -> Result<String, InvalidEmail> {
    let email = email.trim().to_lowercase();
    let ok = email.len() <= 254
        && email_address::EmailAddress::parse_with_options(&email, email_address::Options::default().with_required_tld()).is_ok();
    if ok { Ok(email) } else { Err(InvalidEmail) }
}

/// `acme.com, Example.org` → `["acme.com", "example.org"]`.
pub fn parse_domains(text: &str) -> Vec<String> {
    let mut out: Vec<String> =
        text.split([',', ' ', '\n']).map(|d| d.trim().trim_start_matches('@').to_lowercase()).filter(|d| !d.is_empty()).collect();
    out.sort();
    out.dedup();
    out
}

/// Only absolute http(s) and mailto links are rendered (no `javascript:`).
pub fn is_safe_link(url: &str) -> bool {
    if url.chars().any(is_forbidden_control) {
        return false;
    }
    match url::Url::parse(url) {
        Ok(u) => matches!(u.scheme(), "http" | "https" | "mailto"),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_addresses_only_without_credentials_or_spaces() {
        let t = Translator::plain(crate::i18n::Locale::EnUs);
        let ok = |v: &str| {
            let mut e = FieldErrors::new();
            https_url(&t, &mut e, "x", v, 500);
            e.is_empty()
        };
        assert!(ok("https://www.youtube.com/watch?v=dQw4w9WgXcQ") && ok(""));
        for bad in ["http://x.test/v", "javascript:alert(1)", "https://user:pw@x.test/", "https://x.test/a b", "https://", "//x.test/v"] {
            assert!(!ok(bad), "{bad}");
        }
        assert!(!ok(&format!("https://x.test/{}", "a".repeat(600))));
    }

    #[test]
    fn websites_are_taken_as_people_type_them() {
        assert_eq!(normalize_website("fabrikam.example").as_deref(), Some("https://fabrikam.example"));
        assert_eq!(normalize_website("www.fabrikam.example/de").as_deref(), Some("https://www.fabrikam.example/de"));
        assert_eq!(normalize_website("http://fabrikam.example").as_deref(), Some("http://fabrikam.example"));
        assert_eq!(normalize_website("HTTPS://Fabrikam.Example").as_deref(), Some("HTTPS://Fabrikam.Example"));
        for bad in [
            "javascript:alert(1)",
            "mailto:x@y.example",
            "ftp://fabrikam.example",
            "fabrikam",
            "https://u:p@fabrikam.example",
            "fab rikam.example",
            "data:text/html,x",
            "https://.example",
        ] {
            assert_eq!(normalize_website(bad), None, "{bad}");
        }
    }

    #[test]
    fn addresses_are_trimmed_lowercased_and_need_a_domain() {
        assert_eq!(normalize_email(" Ops@Acme.Test ").unwrap(), "ops@acme.test");
        for bad in ["", "ops", "ops@", "@acme.test", "ops@acme", "a b@acme.test"] {
            assert!(normalize_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn every_domain_must_be_a_dns_name() {
        let t = Translator::plain(crate::i18n::Locale::EnUs);
        let mut errors = FieldErrors::new();
        assert_eq!(email_domains(&t, &mut errors, "d", "Acme.com, @example.org acme.com", true), ["acme.com", "example.org"]);
        assert!(errors.is_empty());
        for bad in ["localhost", "acme.com, evil/..com", "bad_domain.com"] {
            let mut errors = FieldErrors::new();
            email_domains(&t, &mut errors, "d", bad, false);
            assert!(errors.get("d").is_some(), "{bad:?}");
        }
        let mut errors = FieldErrors::new();
        email_domains(&t, &mut errors, "d", " ", true);
        assert!(errors.get("d").is_some());
    }
}
