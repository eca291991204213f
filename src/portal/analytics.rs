//! Pipeline analytics: deals by status, partner, tier and month, drawn as
//! server-rendered SVG bar charts, each with a text summary and a table of
//! the same numbers. Partner admins see their own organisation's.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::db;
use crate::deals::model::{self, DealFacts, Viewer};
use crate::deals::state::DealStatus;
use crate::error::AppError;
use crate::i18n;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::{Permission, Role};
use crate::portal::deal_views::AnalyticsPage;
use crate::state::AppState;
use crate::web::chart::{Chart, bar_chart};
use crate::web::ctx::PageCtx;
use crate::web::render::render;

/// Value per currency, written for the locale ("$12,000.00 · €3,500.00").
fn values(ctx: &PageCtx, totals: &BTreeMap<String, i64>) -> String {
    totals.iter().map(|(cur, v)| i18n::format_money(ctx.locale(), *v, cur)).collect::<Vec<_>>().join(" · ")
}

fn chart(ctx: &PageCtx, id: &'static str, title: String, groups: Vec<(String, i64, BTreeMap<String, i64>)>) -> Chart {
    bar_chart(
        ctx,
        id,
        title,
        Some("analytics-summary"),
        groups.into_iter().map(|(label, count, totals)| (label, count, values(ctx, &totals))).collect(),
    )
}

fn group<F: Fn(&DealFacts) -> String>(facts: &[DealFacts], key: F) -> BTreeMap<String, (i64, BTreeMap<String, i64>)> {
    let mut out: BTreeMap<String, (i64, BTreeMap<String, i64>)> = BTreeMap::new();
    for f in facts {
        let entry = out.entry(key(f)).or_default();
        entry.0 += 1;
        // Saturating: a sum of deals can never wrap to a negative total.
        let total = entry.1.entry(f.currency.clone()).or_default();
        *total = total.saturating_add(f.value_minor);
    }
    out
}

pub async fn page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    // Vendor staff see the tenant; partner admins their organisation.
    if !(user.can(Permission::ReviewDeals) || user.role == Role::PartnerAdmin) {
        return Err(AppError::Forbidden);
    }
    let viewer = Viewer::of(&user);
    let facts = db::run(&state.pool, move |conn| Ok(model::facts(conn, &viewer)?)).await?;
    let total = ctx.format_number(facts.len() as i64);

    let by_status = group(&facts, |f| f.status.clone());
    let status_groups = DealStatus::ALL
        .iter()
        .map(|s| {
            let (count, totals) = by_status.get(s.as_str()).cloned().unwrap_or_default();
            (ctx.t(&s.message_id()), count, totals)
        })
        .collect();

    let by_partner = group(&facts, |f| f.partner.clone());
    let mut partner_groups: Vec<_> = by_partner.into_iter().map(|(p, (c, t))| (p, c, t)).collect();
    partner_groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    partner_groups.truncate(15);

    let no_tier = ctx.t("analytics-no-tier");
    let by_tier = group(&facts, |f| f.tier.clone().unwrap_or_else(|| no_tier.clone()));
    let tier_groups = by_tier.into_iter().map(|(t, (c, v))| (t, c, v)).collect();

    let by_month = group(&facts, |f| f.created_at.format("%Y-%m").to_string());
    let month_groups: Vec<_> =
        by_month.into_iter().rev().take(12).collect::<Vec<_>>().into_iter().rev().map(|(m, (c, v))| (m, c, v)).collect();

    let charts = vec![
        chart(&ctx, "status", ctx.t("analytics-by-status"), status_groups),
        chart(&ctx, "partner", ctx.t("analytics-by-partner"), partner_groups),
        chart(&ctx, "tier", ctx.t("analytics-by-tier"), tier_groups),
        chart(&ctx, "month", ctx.t("analytics-by-month"), month_groups),
    ];
    render(StatusCode::OK, &AnalyticsPage { ctx, charts, total })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_of_huge_deals_saturate_instead_of_turning_negative() {
        let fact = |value_minor| DealFacts {
            status: "draft".into(),
            partner_org_id: 1,
            partner: "P".into(),
            tier: None,
            value_minor,
            currency: "USD".into(),
            created_at: chrono::NaiveDateTime::default(),
        };
        let facts: Vec<DealFacts> = (0..3).map(|_| fact(i64::MAX / 2 + 1)).collect();
        let groups = group(&facts, |f| f.status.clone());
        let (count, totals) = &groups["draft"];
        assert_eq!(*count, 3);
        assert_eq!(totals["USD"], i64::MAX);
    }
}
