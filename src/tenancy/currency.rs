//! The tenant's reporting currency and the exchange rates its vendor admin
//! keeps: what one unit of a currency is worth in the reporting currency
//! (in billionths) and the day the rate is from. Deals keep their own value
//! and currency; beside them each keeps its value in the reporting currency
//! (`deals.value_reporting`, 0 while its currency has no rate), refreshed
//! here whenever a rate changes, so sorting, value filters, analytics and
//! tier thresholds compare like with like. Converted figures are for
//! reporting, rounded to the reporting currency's minor unit; every page
//! that shows one says it is converted.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Double};

use crate::db::AnyConnection;
use crate::db::schema::{deals, exchange_rates, tenant_settings};
use crate::i18n::{CURRENCIES, currency_digits};
use crate::tenancy::scope::{TenantScope, scoped};

/// Rates are kept in billionths: 1.0842 is 1_084_200_000.
pub const RATE_SCALE: i64 = 1_000_000_000;

/// No rate above a million reporting units per unit (nor below a billionth).
const MAX_RATE_E9: i64 = 1_000_000 * RATE_SCALE;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = exchange_rates)]
pub struct Rate {
    pub currency: String,
    pub rate_e9: i64,
    pub as_of: NaiveDate,
    pub updated_at: NaiveDateTime,
}

/// The reporting currency and the rates into it.
#[derive(Debug, Clone, Default)]
pub struct Rates {
    pub reporting: String,
    pub rates: Vec<Rate>,
}

impl Rates {
    pub fn rate(&self, currency: &str) -> Option<&Rate> {
        self.rates.iter().find(|r| r.currency == currency)
    }

    /// How many reporting minor units one minor unit of `currency` is worth.
    fn factor(&self, currency: &str) -> Option<f64> {
        if currency == self.reporting {
            return Some(1.0);
        }
        let rate = self.rate(currency)?;
        let (from, to) = (currency_digits(currency)?, currency_digits(&self.reporting)?);
        Some(rate.rate_e9 as f64 / RATE_SCALE as f64 * 10f64.powi(to as i32 - from as i32))
    }

    /// `value_minor` of `currency` in the reporting currency's minor units,
    /// if there is a rate (the reporting currency itself always converts).
    pub fn convert(&self, value_minor: i64, currency: &str) -> Option<i64> {
        let converted = (value_minor as f64 * self.factor(currency)?).round();
        // `as` saturates at the ends of i64: a huge deal never wraps.
        Some(converted as i64)
    }

    /// The value a deal keeps beside its own: converted, or 0 without a rate.
    pub fn reported(&self, value_minor: i64, currency: &str) -> i64 {
        self.convert(value_minor, currency).unwrap_or(0)
    }

    /// Whether every one of `currencies` converts.
    pub fn covers<'a>(&self, mut currencies: impl Iterator<Item = &'a str>) -> bool {
        currencies.all(|c| self.factor(c).is_some())
    }

    /// The oldest day a rate in use is from (what a converted figure rests on).
    pub fn oldest(&self) -> Option<NaiveDate> {
        self.rates.iter().map(|r| r.as_of).min()
    }
}

pub fn load(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Rates> {
    let scope = scope.tenant_only();
    let reporting = scoped!(tenant_settings, &scope).select(tenant_settings::reporting_currency).first(conn)?;
    let rates = scoped!(exchange_rates, &scope).order(exchange_rates::currency.asc()).select(Rate::as_select()).load(conn)?;
    Ok(Rates { reporting, rates })
}

/// A rate as people type it: "1.0842", "0,0061", "160"; more than zero,
/// at most nine decimals and a million. In billionths.
pub fn parse_rate(text: &str) -> Option<i64> {
    let text = text.trim().replace(['\u{a0}', ' '], "");
    if text.is_empty() || text.matches(['.', ',']).count() > 1 {
        return None;
    }
    let (whole, fraction) = text.split_once(['.', ',']).unwrap_or((&text, ""));
    if whole.len() > 7 || fraction.len() > 9 || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
    let fraction: i64 = if fraction.is_empty() { 0 } else { format!("{fraction:0<9}").parse().ok()? };
    let rate = whole.checked_mul(RATE_SCALE)?.checked_add(fraction)?;
    (rate > 0 && rate <= MAX_RATE_E9).then_some(rate)
}

/// A rate in billionths written back plainly ("1.0842"), for a form.
pub fn rate_text(rate_e9: i64) -> String {
    let (whole, fraction) = (rate_e9 / RATE_SCALE, rate_e9 % RATE_SCALE);
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:09}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// Whether `code` is a currency deals may be in.
pub fn is_currency(code: &str) -> bool {
    CURRENCIES.iter().any(|c| c.0 == code)
}

/// Recomputes every deal's value in the reporting currency from `rates`:
/// one statement per currency.
pub fn refresh_deals(conn: &mut AnyConnection, scope: &TenantScope, rates: &Rates) -> QueryResult<()> {
    let scope = scope.tenant_only();
    for (code, ..) in CURRENCIES {
        let of_currency = scoped!(deals, &scope).filter(deals::currency.eq(code));
        if code == rates.reporting {
            diesel::update(of_currency).set(deals::value_reporting.eq(deals::value_minor)).execute(conn)?;
        } else if let Some(factor) = rates.factor(code) {
            // In floating point on both backends, rounded like `convert`.
            let value = sql::<BigInt>("CAST(ROUND(value_minor * ").bind::<Double, _>(factor).sql(") AS BIGINT)");
            diesel::update(of_currency).set(deals::value_reporting.eq(value)).execute(conn)?;
        } else {
            diesel::update(of_currency).set(deals::value_reporting.eq(0i64)).execute(conn)?;
        }
    }
    Ok(())
}

/// A change of rates, as the vendor admin sent it: per currency, a rate and
/// its day, or nothing (no rate).
pub type RateChanges = Vec<(String, Option<(i64, NaiveDate)>)>;

/// Stores the rates (a currency without one loses its rate) and refreshes
/// the deals; the caller's transaction makes it all or nothing.
pub fn set_rates(conn: &mut AnyConnection, scope: &TenantScope, changes: &RateChanges, now: NaiveDateTime) -> QueryResult<Rates> {
    let scope = scope.tenant_only();
    for (currency, rate) in changes {
        diesel::delete(scoped!(exchange_rates, &scope).filter(exchange_rates::currency.eq(currency))).execute(conn)?;
        if let Some((rate_e9, as_of)) = rate {
            diesel::insert_into(exchange_rates::table)
                .values((
                    exchange_rates::tenant_id.eq(scope.tenant_id()),
                    exchange_rates::currency.eq(currency),
                    exchange_rates::rate_e9.eq(rate_e9),
                    exchange_rates::as_of.eq(as_of),
                    exchange_rates::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
    }
    let rates = load(conn, &scope)?;
    refresh_deals(conn, &scope, &rates)?;
    Ok(rates)
}

/// Makes `currency` the reporting currency. The rates are restated against
/// it through the old one (cross rates, dated by the older of the two);
/// without a rate for the new currency they cannot be, and are cleared.
pub fn set_reporting(conn: &mut AnyConnection, scope: &TenantScope, currency: &str, now: NaiveDateTime) -> QueryResult<Rates> {
    let scope = scope.tenant_only();
    let before = load(conn, &scope)?;
    if before.reporting == currency {
        return Ok(before);
    }
    let pivot = before.rate(currency).cloned();
    let mut changes: RateChanges = before.rates.iter().map(|r| (r.currency.clone(), None)).collect();
    if let Some(pivot) = pivot {
        // 1 old = 1/pivot new; 1 c = rate(c) old = rate(c)/pivot new.
        let restate = |rate_e9: i64| ((rate_e9 as i128 * RATE_SCALE as i128 + pivot.rate_e9 as i128 / 2) / pivot.rate_e9 as i128) as i64;
        let old = before.reporting.clone();
        changes.push((old, Some((restate(RATE_SCALE), pivot.as_of))));
        for r in before.rates.iter().filter(|r| r.currency != currency) {
            let rate = restate(r.rate_e9);
            if rate > 0 && rate <= MAX_RATE_E9 {
                changes.retain(|(c, _)| *c != r.currency);
                changes.push((r.currency.clone(), Some((rate, r.as_of.min(pivot.as_of)))));
            }
        }
    }
    diesel::update(scoped!(tenant_settings, &scope))
        .set((tenant_settings::reporting_currency.eq(currency), tenant_settings::updated_at.eq(now)))
        .execute(conn)?;
    set_rates(conn, &scope, &changes, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates(reporting: &str, list: &[(&str, i64)]) -> Rates {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        Rates {
            reporting: reporting.into(),
            rates: list
                .iter()
                .map(|(c, r)| Rate { currency: (*c).into(), rate_e9: *r, as_of: day, updated_at: NaiveDateTime::default() })
                .collect(),
        }
    }

    #[test]
    fn rates_are_read_as_people_type_them() {
        assert_eq!(parse_rate("1.0842"), Some(1_084_200_000));
        assert_eq!(parse_rate(" 0,0061 "), Some(6_100_000));
        assert_eq!(parse_rate("160"), Some(160 * RATE_SCALE));
        assert_eq!(parse_rate(".5"), Some(500_000_000));
        for bad in ["", "0", "0.0", "-1", "1.2.3", "1,000.5", "abc", "1e3", "0.0000000001", "10000000"] {
            assert_eq!(parse_rate(bad), None, "{bad}");
        }
        assert_eq!(rate_text(1_084_200_000), "1.0842");
        assert_eq!(rate_text(160 * RATE_SCALE), "160");
    }

    #[test]
    fn values_convert_across_minor_units_and_saturate() {
        let r = rates("EUR", &[("USD", 920_000_000), ("JPY", 6_100_000)]);
        assert_eq!(r.convert(10_000, "USD"), Some(9_200), "$100.00 is €92.00");
        assert_eq!(r.convert(10_000, "JPY"), Some(6_100), "¥10,000 is €61.00");
        assert_eq!(r.convert(500, "EUR"), Some(500));
        assert_eq!(r.convert(100, "GBP"), None, "no rate");
        assert_eq!(r.reported(100, "GBP"), 0);
        let double = rates("EUR", &[("CHF", 2 * RATE_SCALE)]);
        assert_eq!(double.convert(i64::MAX, "CHF"), Some(i64::MAX), "saturates, never wraps");
        let yen = rates("JPY", &[("EUR", 163 * RATE_SCALE)]);
        assert_eq!(yen.convert(100, "EUR"), Some(163), "€1.00 is ¥163");
        assert!(r.covers(["USD", "EUR"].into_iter()) && !r.covers(["GBP"].into_iter()));
    }
}
