//! Form validation: each form struct has `validate(&self, &Translator)`
//! returning the cleaned values or a localized message per field; a failed
//! form re-renders with the input kept.

use crate::i18n::Translator;

#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, message: String) {
        if self.get(field).is_none() {
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

    pub fn into_result<T>(self, ok: T) -> Result<T, FieldErrors> {
        if self.is_empty() { Ok(ok) } else { Err(self) }
    }
}

/// Trimmed text of 1..=max characters, without control characters.
pub fn required_text(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) -> String {
    let value = value.trim();
    if value.is_empty() {
        errors.add(field, t.t("form-required"));
    } else if value.chars().count() > max {
        errors.add(field, t.t_args("form-too-long", &[("max", &max.to_string())]));
    } else if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        errors.add(field, t.t("form-invalid-characters"));
    }
    value.to_string()
}

/// A lower-cased e-mail address, or a message.
pub fn email(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    match crate::tenancy::service::validate_email(value) {
        Ok(email) => email,
        Err(_) => {
            errors.add(field, t.t("form-invalid-email"));
            value.trim().to_string()
        }
    }
}

/// An optional http(s) web address.
pub fn website(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    let value = value.trim().to_string();
    let ok = value.is_empty() || (crate::tenancy::model::is_safe_link(&value) && value.starts_with("http"));
    if !ok {
        errors.add(field, t.t("partners-invalid-website"));
    }
    value
}

/// A two-letter country code, upper-cased (empty allowed unless `required`).
pub fn country(t: &Translator, errors: &mut FieldErrors, field: &'static str, value: &str, required: bool) -> String {
    let value = value.trim().to_ascii_uppercase();
    let ok = (value.is_empty() && !required) || (value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase()));
    if !ok {
        errors.add(field, t.t("partners-invalid-country"));
    }
    value
}
