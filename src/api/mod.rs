//! The tenant's JSON API (`/api/v1` on each tenant host), for integrators:
//! a vendor admin's token (`Authorization: Bearer ptk_…`) acts for the
//! tenant as vendor staff, through the same services and scope as the
//! pages. Errors are `application/problem+json`; the OpenAPI document is
//! generated from the handlers.

pub mod auth;
pub mod campaigns;
pub mod deal_writes;
pub mod deals;
pub mod docs;
pub mod partner_writes;
pub mod partners;
pub mod reference;
pub mod users;

/// The API takes a country as its ISO 3166-1 alpha-2 code only, as its
/// schema says (the pages also take a name typed in the reader's language):
/// `checked` is the form's validation, with `country` refused when it is
/// anything else.
pub(crate) fn country_code_only<T>(
    checked: Result<T, crate::validate::FieldErrors>,
    country: &str,
    t: &crate::i18n::Translator,
) -> Result<T, crate::validate::FieldErrors> {
    if country.trim().is_empty() || crate::i18n::countries::code(country).is_some() {
        return checked;
    }
    let mut errors = checked.err().unwrap_or_default();
    errors.add("country", t.t("partners-invalid-country"));
    Err(errors)
}
