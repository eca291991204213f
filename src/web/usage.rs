//! How usage is shown, on the vendor admin's page and in the operator's
//! console alike: one line per metric, a plan's features, the CSV header.

use crate::tenancy::plans::{Feature, Plan};
use crate::tenancy::usage::{Metric, UsageLine};
use crate::web::ctx::PageCtx;

/// One metric now: how much of how much, and how close to the limit.
pub struct Line {
    pub label: String,
    pub used: String,
    pub limit: String,
    pub percent: Option<i64>,
    /// `ok`, `warn` (80% and over) or `full` (at the limit).
    pub state: &'static str,
}

impl Line {
    pub fn of(ctx: &PageCtx, line: &UsageLine) -> Self {
        let percent = line.percent();
        let state = match percent {
            Some(p) if p >= 100 => "full",
            Some(p) if p >= 80 => "warn",
            _ => "ok",
        };
        Line {
            label: ctx.t(&format!("usage-metric-{}", line.metric.as_str())),
            used: ctx.usage_amount(line.metric, line.used),
            limit: ctx.usage_limit(line.metric, line.limit),
            percent,
            state,
        }
    }

    pub fn meter_value(&self) -> i64 {
        self.percent.unwrap_or(0).min(100)
    }
}

/// The features of a plan, named for the reader, each on or off.
pub fn features(ctx: &PageCtx, plan: &Plan) -> Vec<(String, bool)> {
    Feature::ALL.into_iter().map(|f| (ctx.t(&format!("plan-feature-{}", f.as_str())), plan.has(f))).collect()
}

/// The header of every usage CSV: stable keys a billing system can read.
pub fn csv_header(with_tenant: bool) -> Vec<String> {
    let mut header: Vec<String> = if with_tenant { vec!["tenant".into()] } else { Vec::new() };
    header.push("month".into());
    header.extend(Metric::ALL.iter().map(|m| m.as_str().to_string()));
    header
}
