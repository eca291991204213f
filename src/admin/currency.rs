//! The reporting currency and the exchange rates (Administration →
//! Currency): vendor admins choose the currency figures across deals are
//! reported in and keep a rate and its day for each other currency. Saving
//! refreshes every deal's converted value in the same transaction.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Deserialize;

use crate::audit::{self, Entry};
use crate::db;
use crate::db::schema::deals;
use crate::error::AppError;
use crate::i18n::{CURRENCIES, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::currency::{self, RateChanges, Rates};
use crate::tenancy::scope::{TenantScope, scoped};
use crate::validate::FieldErrors;
use crate::web::ctx::PageCtx;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

/// One currency's row of the rates form.
struct RateRow {
    code: &'static str,
    /// As typed, or the stored rate written plainly.
    rate: String,
    as_of: String,
    /// Open deals and all deals in this currency.
    deals: i64,
}

#[derive(Template)]
#[template(path = "admin/currency.html")]
struct CurrencyPage {
    ctx: PageCtx,
    reporting: String,
    rows: Vec<RateRow>,
    /// Deals whose currency has no rate (their converted value is not counted).
    unconverted: i64,
    errors: FieldErrors,
}

impl CurrencyPage {
    fn currencies(&self) -> Vec<&'static str> {
        CURRENCIES.iter().map(|c| c.0).collect()
    }

    fn one_unit(&self, row: &RateRow) -> String {
        self.ctx.t_with2("currency-one-unit", "currency", row.code, "reporting", &self.reporting)
    }

    fn rate_field(&self, row: &RateRow) -> String {
        format!("rate-{}", row.code)
    }

    fn date_field(&self, row: &RateRow) -> String {
        format!("as_of-{}", row.code)
    }

    fn date_label(&self, row: &RateRow) -> String {
        self.ctx.t_with("currency-as-of-of", "currency", row.code)
    }

    fn deal_count(&self, row: &RateRow) -> String {
        self.ctx.t_count("currency-deals", row.deals)
    }
}

/// Deals per currency in the tenant.
fn deals_per_currency(conn: &mut db::AnyConnection, scope: &TenantScope) -> QueryResult<Vec<(String, i64)>> {
    scoped!(deals, scope).group_by(deals::currency).select((deals::currency, diesel::dsl::count_star())).load(conn)
}

async fn page_with(
    ctx: PageCtx,
    scope: TenantScope,
    typed: Option<Typed>,
    errors: FieldErrors,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let (rates, counts) = db::run(&state.pool, move |conn| Ok((currency::load(conn, &scope)?, deals_per_currency(conn, &scope)?))).await?;
    let count_of = |code: &str| counts.iter().find(|(c, _)| c == code).map_or(0, |(_, n)| *n);
    let rows = CURRENCIES
        .iter()
        .filter(|c| c.0 != rates.reporting)
        .map(|&(code, ..)| {
            let stored = rates.rate(code);
            let typed = typed.as_ref().and_then(|t| t.iter().find(|(c, ..)| c == code));
            let (rate, as_of) = match (typed, stored) {
                (Some((_, rate, as_of)), _) => (rate.clone(), as_of.clone()),
                (None, Some(r)) => (currency::rate_text(r.rate_e9), r.as_of.to_string()),
                (None, None) => (String::new(), String::new()),
            };
            RateRow { code, rate, as_of, deals: count_of(code) }
        })
        .collect();
    let unconverted = counts.iter().filter(|(c, _)| *c != rates.reporting && rates.rate(c).is_none()).map(|(_, n)| n).sum();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(status, &CurrencyPage { ctx, reporting: rates.reporting, rows, unconverted, errors })
}

async fn page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    page_with(ctx, user.scope, None, FieldErrors::new(), &state).await
}

#[derive(Deserialize)]
struct ReportingForm {
    #[serde(default)]
    reporting_currency: String,
}

/// `POST /admin/currency`: the reporting currency. The rates are restated
/// through the old one when the new one has a rate, else cleared.
async fn save_reporting(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<ReportingForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let code = form.reporting_currency.trim().to_string();
    if !currency::is_currency(&code) {
        let mut errors = FieldErrors::new();
        errors.add("reporting_currency", ctx.t("currency-invalid"));
        return page_with(ctx, user.scope, None, errors, &state).await;
    }
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            let before = currency::load(c, &scope)?;
            if before.reporting == code {
                return Ok(());
            }
            let after = currency::set_reporting(c, &scope, &code, db::now())?;
            let diff = serde_json::json!({ "reporting_currency": [before.reporting, code], "rates": rates_json(&after) });
            audit::record(c, &scope, &who, &Entry::new("currency.reporting_changed", "tenant", scope.tenant_id()).changes(diff))
        })?)
    })
    .await?;
    Ok(see_other("/admin/currency", Flash::success("form-saved")))
}

fn rates_json(rates: &Rates) -> serde_json::Value {
    rates.rates.iter().map(|r| (r.currency.clone(), serde_json::json!([currency::rate_text(r.rate_e9), r.as_of.to_string()]))).collect()
}

/// What was typed per currency: (code, rate, date).
type Typed = Vec<(String, String, String)>;

/// The rates form: `rate-XXX` and `as_of-XXX` per currency, as typed.
fn validate_rates(
    t: &Translator,
    fields: &[(String, String)],
    reporting: &str,
    today: NaiveDate,
) -> (Typed, Result<RateChanges, FieldErrors>) {
    let value = |name: String| fields.iter().find(|(k, _)| *k == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default();
    let mut errors = FieldErrors::new();
    let mut typed = Vec::new();
    let mut changes = RateChanges::new();
    for &(code, ..) in CURRENCIES.iter().filter(|c| c.0 != reporting) {
        let (rate, as_of) = (value(format!("rate-{code}")), value(format!("as_of-{code}")));
        typed.push((code.to_string(), rate.clone(), as_of.clone()));
        if rate.is_empty() {
            changes.push((code.to_string(), None));
            continue;
        }
        let parsed = currency::parse_rate(&rate);
        if parsed.is_none() {
            errors.add(format!("rate-{code}"), t.t_args("currency-rate-invalid", &[("currency", code)]));
        }
        let day = if as_of.is_empty() { Some(today) } else { NaiveDate::parse_from_str(&as_of, "%Y-%m-%d").ok().filter(|d| *d <= today) };
        if day.is_none() {
            errors.add(format!("as_of-{code}"), t.t_args("currency-date-invalid", &[("currency", code)]));
        }
        if let (Some(rate), Some(day)) = (parsed, day) {
            changes.push((code.to_string(), Some((rate, day))));
        }
    }
    let result = if errors.is_empty() { Ok(changes) } else { Err(errors) };
    (typed, result)
}

/// `POST /admin/currency/rates`: every rate at once; an empty rate removes it.
async fn save_rates(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<Vec<(String, String)>>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope;
    let reporting = db::run(&state.pool, move |conn| Ok(currency::load(conn, &scope)?.reporting)).await?;
    let (typed, checked) = validate_rates(ctx.translator(), &form, &reporting, db::now().date());
    let changes = match checked {
        Ok(changes) => changes,
        Err(errors) => return page_with(ctx, scope, Some(typed), errors, &state).await,
    };
    let who = user.actor();
    db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            let before = currency::load(c, &scope)?;
            let after = currency::set_rates(c, &scope, &changes, db::now())?;
            if before
                .rates
                .iter()
                .map(|r| (&r.currency, r.rate_e9, r.as_of))
                .ne(after.rates.iter().map(|r| (&r.currency, r.rate_e9, r.as_of)))
            {
                let diff = serde_json::json!({ "before": rates_json(&before), "after": rates_json(&after) });
                audit::record(c, &scope, &who, &Entry::new("currency.rates_changed", "tenant", scope.tenant_id()).changes(diff))?;
            }
            Ok::<_, diesel::result::Error>(())
        })?)
    })
    .await?;
    Ok(see_other("/admin/currency", Flash::success("form-saved")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/currency", page)
        .post("/admin/currency", save_reporting)
        .post("/admin/currency/rates", save_rates);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_checked_per_currency_and_keep_what_was_typed() {
        let t = Translator::new(crate::i18n::Locale::EnUs, Default::default());
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let form = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        let (_, ok) = validate_rates(&t, &form(&[("rate-USD", "0.92"), ("as_of-USD", "2026-12-01"), ("rate-JPY", "0,0061")]), "EUR", today);
        let changes = ok.unwrap_or_default();
        assert!(changes.contains(&("USD".into(), Some((920_000_000, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default())))));
        assert!(changes.contains(&("JPY".into(), Some((6_100_000, today)))), "no date is today");
        assert!(changes.contains(&("GBP".into(), None)), "an empty rate is removed");
        let (typed, bad) =
            validate_rates(&t, &form(&[("rate-USD", "-1"), ("rate-GBP", "1.17"), ("as_of-GBP", "2027-01-01")]), "EUR", today);
        let errors = bad.err().unwrap_or_default();
        assert!(errors.get("rate-USD").is_some() && errors.get("as_of-GBP").is_some(), "{errors:?}");
        assert!(typed.contains(&("USD".into(), "-1".into(), String::new())));
    }
}
