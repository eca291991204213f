//! Pipeline analytics: deals by status, partner, tier (in the tenant's
//! order) and month, for a date range, drawn as server-rendered SVG bar
//! charts, each with a text summary and a table of the same numbers. Values
//! are in the reporting currency, converted at the tenant's rates (deals in
//! a currency without one are counted and said to be unvalued). Partner
//! admins see their own organisation's.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::db;
use crate::deals::model::{self, DealFacts, Period, Viewer};
use crate::deals::state::DealStatus;
use crate::error::AppError;
use crate::i18n;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::{Permission, Role};
use crate::portal::deal_views::AnalyticsPage;
use crate::state::AppState;
use crate::tenancy::currency::{self, Rates};
use crate::web::chart::{Chart, bar_chart};
use crate::web::ctx::PageCtx;
use crate::web::render::render;

/// A group of deals: how many, the value of those that convert (reporting
/// currency), and how many are in a currency without a rate.
#[derive(Debug, Clone, Copy, Default)]
struct Totals {
    count: i64,
    value: i64,
    unvalued: i64,
}

/// Each group's totals, in the reporting currency of `rates`.
fn group<K: Ord, F: Fn(&DealFacts) -> K>(facts: &[DealFacts], rates: &Rates, key: F) -> BTreeMap<K, Totals> {
    let mut out: BTreeMap<K, Totals> = BTreeMap::new();
    for f in facts {
        let entry = out.entry(key(f)).or_default();
        entry.count += 1;
        if f.currency == rates.reporting || rates.rate(&f.currency).is_some() {
            // Saturating: a sum of deals can never wrap to a negative total.
            entry.value = entry.value.saturating_add(f.value_reporting);
        } else {
            entry.unvalued += 1;
        }
    }
    out
}

/// A group's value as the chart's table shows it: converted, and what could not be.
fn value_text(ctx: &PageCtx, rates: &Rates, totals: &Totals) -> String {
    let value = i18n::format_money(ctx.locale(), totals.value, &rates.reporting);
    if totals.unvalued == 0 { value } else { format!("{value} ({})", ctx.t_count("analytics-unvalued", totals.unvalued)) }
}

fn chart(ctx: &PageCtx, rates: &Rates, id: &'static str, title: String, groups: Vec<(String, Totals)>) -> Chart {
    let rows = groups.into_iter().map(|(label, t)| (label, t.count, value_text(ctx, rates, &t))).collect();
    bar_chart(ctx, id, title, Some("analytics-summary"), rows)
}

#[derive(Deserialize)]
pub struct RangeQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

pub async fn page(
    ctx: PageCtx,
    user: CurrentUser,
    q: web::Query<RangeQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    // Vendor staff see the tenant; partner admins their organisation.
    if !(user.can(Permission::ReviewDeals) || user.role == Role::PartnerAdmin) {
        return Err(AppError::Forbidden);
    }
    let viewer = Viewer::of(&user);
    // A range typed the wrong way round is read the right way round.
    let (mut from, mut to) = (day(&q.from), day(&q.to));
    if let (Some(a), Some(b)) = (from, to)
        && a > b
    {
        (from, to) = (Some(b), Some(a));
    }
    let period =
        Period { from: from.and_then(|d| d.and_hms_opt(0, 0, 0)), to: to.and_then(|d| d.succ_opt()).and_then(|d| d.and_hms_opt(0, 0, 0)) };
    let scope = user.scope;
    let (facts, rates) =
        db::run(&state.pool, move |conn| Ok((model::facts(conn, &viewer, period)?, currency::load(conn, &scope)?))).await?;
    let total = ctx.format_number(facts.len() as i64);

    let by_status = group(&facts, &rates, |f| f.status.clone());
    let status_groups =
        DealStatus::ALL.iter().map(|s| (ctx.t(&s.message_id()), by_status.get(s.as_str()).copied().unwrap_or_default())).collect();

    let by_partner = group(&facts, &rates, |f| f.partner.clone());
    let mut partner_groups: Vec<_> = by_partner.into_iter().collect();
    partner_groups.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    partner_groups.truncate(15);

    // Tiers in the tenant's order; partners without a tier last.
    let no_tier = ctx.t("analytics-no-tier");
    let by_tier = group(&facts, &rates, |f| (f.tier_rank.is_none(), f.tier_rank, f.tier.clone()));
    let tier_groups = by_tier.into_iter().map(|((.., name), t)| (name.unwrap_or_else(|| no_tier.clone()), t)).collect();

    let by_month = group(&facts, &rates, |f| f.created_at.format("%Y-%m").to_string());
    let month_groups: Vec<_> = by_month.into_iter().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();

    let all = group(&facts, &rates, |_| ()).remove(&()).unwrap_or_default();
    let charts = vec![
        chart(&ctx, &rates, "status", ctx.t("analytics-by-status"), status_groups),
        chart(&ctx, &rates, "partner", ctx.t("analytics-by-partner"), partner_groups),
        chart(&ctx, &rates, "tier", ctx.t("analytics-by-tier"), tier_groups),
        chart(&ctx, &rates, "month", ctx.t("analytics-by-month"), month_groups),
    ];
    let converted = match rates.oldest() {
        Some(day) => ctx.t_with2("analytics-converted-at", "currency", &rates.reporting, "date", ctx.format_day(&day)),
        None => ctx.t_with("analytics-in-currency", "currency", &rates.reporting),
    };
    let value_heading = ctx.t_with("analytics-value", "currency", &rates.reporting);
    let page = AnalyticsPage {
        total,
        total_value: value_text(&ctx, &rates, &all),
        converted,
        value_heading,
        from: from.map(|d| d.to_string()).unwrap_or_default(),
        to: to.map(|d| d.to_string()).unwrap_or_default(),
        charts,
        ctx,
    };
    render(StatusCode::OK, &page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_of_huge_deals_saturate_and_unconverted_deals_are_counted_apart() {
        let fact = |value_reporting, currency: &str| DealFacts {
            status: "draft".into(),
            partner_org_id: 1,
            partner: "P".into(),
            tier: None,
            tier_rank: None,
            value_minor: value_reporting,
            currency: currency.into(),
            value_reporting,
            created_at: chrono::NaiveDateTime::default(),
        };
        let rates = Rates { reporting: "USD".into(), rates: Vec::new() };
        let mut facts: Vec<DealFacts> = (0..3).map(|_| fact(i64::MAX / 2 + 1, "USD")).collect();
        facts.push(fact(0, "JPY"));
        let groups = group(&facts, &rates, |f| f.status.clone());
        let totals = &groups["draft"];
        assert_eq!((totals.count, totals.value, totals.unvalued), (4, i64::MAX, 1));
    }
}
