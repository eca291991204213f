//! The deal form: parsing (products repeat, so the body is read as pairs)
//! and validation with a localized message per field.

use chrono::NaiveDate;

use super::service::DealInput;
use crate::i18n::{self, Translator};
use crate::validate::{self, FieldErrors};

/// The most a deal may be worth, in whole units of its currency (ten
/// billion): realistic for any partner deal, and far from overflowing a sum
/// of millions of deals in minor units.
pub const MAX_DEAL_VALUE: i64 = 10_000_000_000;

#[derive(Debug, Default, Clone)]
pub struct DealForm {
    pub customer_company: String,
    pub customer_domain: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub value: String,
    /// The value already in minor units (the API sends it so); when set,
    /// `value` is not read.
    pub value_minor: Option<i64>,
    pub currency: String,
    pub expected_close: String,
    pub description: String,
    pub products: Vec<i64>,
    /// Which button: `draft`, `submit`.
    pub action: String,
    /// The form's one-time key: the same key twice makes one deal.
    pub form_key: String,
}

impl DealForm {
    pub fn parse(body: &[u8]) -> Self {
        let mut form = DealForm::default();
        for (key, value) in url::form_urlencoded::parse(body) {
            let value = value.into_owned();
            match key.as_ref() {
                "customer_company" => form.customer_company = value,
                "customer_domain" => form.customer_domain = value,
                "country" => form.country = value,
                "contact_name" => form.contact_name = value,
                "contact_email" => form.contact_email = value,
                "value" => form.value = value,
                "currency" => form.currency = value,
                "expected_close" => form.expected_close = value,
                "description" => form.description = value,
                "product" => {
                    if let Ok(id) = value.parse() {
                        form.products.push(id);
                    }
                }
                "action" => form.action = value,
                "form_key" => form.form_key = value,
                // Anything else — tenant_id, partner_org_id, status… — is ignored (TEN-5).
                _ => {}
            }
        }
        form
    }

    pub fn validate(&self, t: &Translator, today: NaiveDate) -> Result<DealInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let customer_company = validate::required_text(t, &mut errors, "customer_company", &self.customer_company, 200);
        let customer_domain = validate::required_text(t, &mut errors, "customer_domain", &self.customer_domain, 200);
        if errors.get("customer_domain").is_none() && !super::normalize::domain_key(&customer_domain).contains('.') {
            errors.add("customer_domain", t.t("deal-invalid-domain"));
        }
        let country = validate::country(t, &mut errors, "country", &self.country, true);
        let contact_name = validate::required_text(t, &mut errors, "contact_name", &self.contact_name, 120);
        let contact_email = validate::email(t, &mut errors, "contact_email", &self.contact_email);
        let currency = self.currency.trim().to_ascii_uppercase();
        if i18n::currency_digits(&currency).is_none() {
            errors.add("currency", t.t("form-invalid-choice"));
        }
        let max_minor = i18n::currency_digits(&currency).map_or(i64::MAX, |digits| MAX_DEAL_VALUE.saturating_mul(10i64.pow(digits)));
        let sent = self.value_minor.or_else(|| i18n::parse_money(&self.value, &currency));
        let value_minor = match sent {
            Some(v) if v > max_minor => {
                errors.add("value", t.t_args("deal-value-too-large", &[("max", &i18n::format_money(t.locale(), max_minor, &currency))]));
                0
            }
            Some(v) if v > 0 => v,
            _ if errors.get("currency").is_some() => 0,
            _ => {
                errors.add("value", t.t("deal-invalid-value"));
                0
            }
        };
        let expected_close = match NaiveDate::parse_from_str(self.expected_close.trim(), "%Y-%m-%d") {
            Ok(d) if d >= today - chrono::Duration::days(31) && d <= today + chrono::Duration::days(5 * 366) => d,
            Ok(_) => {
                errors.add("expected_close", t.t("deal-invalid-close-range"));
                today
            }
            Err(_) => {
                errors.add("expected_close", t.t("deal-invalid-date"));
                today
            }
        };
        let description = validate::optional_text(t, &mut errors, "description", &self.description, 5_000);
        errors.into_result(DealInput {
            customer_company,
            customer_domain,
            country,
            contact_name,
            contact_email,
            value_minor,
            currency,
            expected_close,
            description,
            product_ids: self.products.clone(),
            form_key: crate::tenancy::form_keys::parse(&self.form_key),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_good_form_validates_and_mass_assignment_is_ignored() {
        let form = DealForm::parse(
            b"customer_company=ACME%2C+Inc.&customer_domain=https%3A%2F%2Fwww.acme.com&country=de&contact_name=Jo&contact_email=jo%40acme.com&value=12%2C500.00&currency=usd&expected_close=2027-01-15&product=3&product=x&tenant_id=2&status=approved&partner_org_id=9",
        );
        let input = form.validate(&Translator::plain(Locale::EnUs), today()).unwrap();
        assert_eq!(input.value_minor, 1_250_000);
        assert_eq!(input.country, "DE");
        assert_eq!(input.currency, "USD");
        assert_eq!(input.product_ids, vec![3]);
    }

    #[test]
    fn bad_values_get_a_message_each() {
        let form = DealForm::parse(b"customer_company=&customer_domain=nodot&country=Germ&contact_name=Jo&contact_email=nope&value=-5&currency=USD&expected_close=2099-01-01");
        let errors = form.validate(&Translator::plain(Locale::EnUs), today()).unwrap_err();
        for field in ["customer_company", "customer_domain", "country", "contact_email", "value", "expected_close"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }
}
