//! Usage per tenant and month, and the plan's limits checked where things are
//! created. Levels (users, partner organisations, storage) are read from the
//! tables that hold them and their monthly peak is kept; events (e-mails,
//! sign-ins, deals, API calls) are counted as they happen, in the caller's
//! transaction.
//!
//! A limit is checked inside the write that would exceed it, with the
//! tenant's row locked on PostgreSQL (`FOR UPDATE`) — SQLite's
//! `BEGIN IMMEDIATE` already serializes writers — so two requests racing
//! for the last place never both get it.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text, Timestamp};

use super::plans::{self, Plan};
use super::scope::{TenantScope, scoped};
use crate::db::AnyConnection;
use crate::db::schema::{organisations, stored_files, tenants, usage_months, users};
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Metric {
    Partners,
    Users,
    StorageBytes,
    Emails,
    Deals,
    SignIns,
    ApiCalls,
}

impl Metric {
    pub const ALL: [Metric; 7] =
        [Metric::Partners, Metric::Users, Metric::StorageBytes, Metric::Emails, Metric::Deals, Metric::SignIns, Metric::ApiCalls];

    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Partners => "partners",
            Metric::Users => "users",
            Metric::StorageBytes => "storage_bytes",
            Metric::Emails => "emails",
            Metric::Deals => "deals",
            Metric::SignIns => "sign_ins",
            Metric::ApiCalls => "api_calls",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// A level (how many there are now) rather than a count of events in the month.
    pub fn is_level(self) -> bool {
        matches!(self, Metric::Partners | Metric::Users | Metric::StorageBytes)
    }

    /// The plan's limit on this metric (`None`: unlimited or not limited).
    pub fn limit(self, plan: &Plan) -> Option<i64> {
        match self {
            Metric::Partners => plan.max_partners,
            Metric::Users => plan.max_users,
            Metric::StorageBytes => plan.max_storage_bytes,
            Metric::Emails => plan.max_emails_month,
            Metric::Deals | Metric::SignIns | Metric::ApiCalls => None,
        }
    }
}

/// The month a moment falls in, as stored: `2026-12`.
pub fn month_of(at: NaiveDateTime) -> String {
    at.format("%Y-%m").to_string()
}

/// A limit that the change would cross.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LimitReached {
    pub metric: Metric,
    pub limit: i64,
    pub used: i64,
}

impl From<LimitReached> for AppError {
    fn from(l: LimitReached) -> Self {
        AppError::LimitReached { metric: l.metric.as_str(), limit: l.limit }
    }
}

/// How much of `metric` the tenant has now: the level, or this month's count.
pub fn current(conn: &mut AnyConnection, scope: &TenantScope, metric: Metric) -> QueryResult<i64> {
    let scope = &scope.tenant_only();
    match metric {
        Metric::Users => scoped!(users, scope).filter(users::status.ne("disabled")).count().get_result(conn),
        Metric::Partners => scoped!(organisations, scope).filter(organisations::kind.eq("partner")).count().get_result(conn),
        Metric::StorageBytes => {
            let rows: Vec<(i64, i64)> =
                scoped!(stored_files, scope).select((stored_files::size_bytes, stored_files::thumb_bytes)).load(conn)?;
            Ok(rows.into_iter().fold(0i64, |sum, (a, b)| sum.saturating_add(a).saturating_add(b)))
        }
        Metric::Emails | Metric::Deals | Metric::SignIns | Metric::ApiCalls => counted(conn, scope, &month_of(crate::db::now()), metric),
    }
}

fn counted(conn: &mut AnyConnection, scope: &TenantScope, month: &str, metric: Metric) -> QueryResult<i64> {
    scoped!(usage_months, scope)
        .filter(usage_months::month.eq(month))
        .filter(usage_months::metric.eq(metric.as_str()))
        .select(usage_months::value)
        .first(conn)
        .optional()
        .map(|v| v.unwrap_or(0))
}

/// Whether adding `adding` of `metric` would cross the plan's limit (without
/// locking: for soft checks, such as holding back non-essential mail).
pub fn exceeded(conn: &mut AnyConnection, scope: &TenantScope, metric: Metric, adding: i64) -> QueryResult<Option<LimitReached>> {
    let plan = plans::of_tenant(conn, scope.tenant_id())?;
    let Some(limit) = metric.limit(&plan) else {
        return Ok(None);
    };
    let used = current(conn, scope, metric)?;
    Ok((used.saturating_add(adding) > limit).then_some(LimitReached { metric, limit, used }))
}

/// Refuses a change that would cross the plan's limit. Call it inside the
/// write transaction that makes the change: it locks the tenant's row first.
pub fn ensure(conn: &mut AnyConnection, scope: &TenantScope, metric: Metric, adding: i64) -> Result<(), AppError> {
    lock_tenant(conn, scope.tenant_id())?;
    match exceeded(conn, scope, metric, adding)? {
        Some(reached) => {
            tracing::info!(tenant_id = scope.tenant_id(), metric = metric.as_str(), limit = reached.limit, "usage.limit_reached");
            Err(reached.into())
        }
        None => Ok(()),
    }
}

fn lock_tenant(conn: &mut AnyConnection, tenant_id: i64) -> QueryResult<()> {
    match conn {
        AnyConnection::Postgres(c) => {
            tenants::table.filter(tenants::id.eq(tenant_id)).select(tenants::id).for_update().first::<i64>(c).map(|_| ())
        }
        // Writers are serialized by BEGIN IMMEDIATE.
        AnyConnection::Sqlite(_) => Ok(()),
    }
}

const ADD_SQLITE: &str = "INSERT INTO usage_months (tenant_id, month, metric, value) VALUES (?, ?, ?, ?) \
     ON CONFLICT (tenant_id, month, metric) DO UPDATE SET value = usage_months.value + excluded.value";
const ADD_POSTGRES: &str = "INSERT INTO usage_months (tenant_id, month, metric, value) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (tenant_id, month, metric) DO UPDATE SET value = usage_months.value + excluded.value";
const PEAK_SQLITE: &str = "INSERT INTO usage_months (tenant_id, month, metric, value) VALUES (?, ?, ?, ?) \
     ON CONFLICT (tenant_id, month, metric) DO UPDATE SET value = MAX(usage_months.value, excluded.value)";
const PEAK_POSTGRES: &str = "INSERT INTO usage_months (tenant_id, month, metric, value) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (tenant_id, month, metric) DO UPDATE SET value = GREATEST(usage_months.value, excluded.value)";

fn upsert(conn: &mut AnyConnection, sql: (&str, &str), tenant_id: i64, month: &str, metric: Metric, value: i64) -> QueryResult<()> {
    macro_rules! run {
        ($c:expr, $sql:expr) => {
            diesel::sql_query($sql)
                .bind::<BigInt, _>(tenant_id)
                .bind::<Text, _>(month)
                .bind::<Text, _>(metric.as_str())
                .bind::<BigInt, _>(value)
                .execute($c)
        };
    }
    match conn {
        AnyConnection::Sqlite(c) => run!(c, sql.0),
        AnyConnection::Postgres(c) => run!(c, sql.1),
    }
    .map(|_| ())
}

/// Counts `n` events of `metric` this month, in the caller's transaction.
pub fn count(conn: &mut AnyConnection, scope: &TenantScope, metric: Metric, n: i64) -> QueryResult<()> {
    count_for_tenant(conn, scope.tenant_id(), metric, n)
}

/// Counts that come too often to write one by one (API calls): added up in
/// memory and written to the month's rows by [`Tally::flush`] — every
/// second while the server runs, and once more when it stops. A crash loses
/// at most the last second's count; nothing else depends on it.
#[derive(Debug, Default)]
pub struct Tally(std::sync::Mutex<std::collections::HashMap<(i64, Metric), i64>>);

impl Tally {
    pub fn add(&self, tenant_id: i64, metric: Metric, n: i64) {
        if let Ok(mut counts) = self.0.lock() {
            *counts.entry((tenant_id, metric)).or_insert(0) += n;
        }
    }

    /// Writes what was counted since the last flush, in one transaction; on
    /// failure the counts stay for the next one. The number of rows written.
    pub fn flush(&self, conn: &mut AnyConnection) -> QueryResult<usize> {
        let taken: Vec<((i64, Metric), i64)> = match self.0.lock() {
            Ok(mut counts) => counts.drain().collect(),
            Err(_) => return Ok(0),
        };
        if taken.is_empty() {
            return Ok(0);
        }
        let written = crate::db::transaction(conn, |c| {
            for ((tenant, metric), n) in &taken {
                count_for_tenant(c, *tenant, *metric, *n)?;
            }
            Ok::<_, diesel::result::Error>(taken.len())
        });
        if written.is_err() {
            for ((tenant, metric), n) in &taken {
                self.add(*tenant, *metric, *n);
            }
        }
        written
    }

    /// Flushes every second on a thread of its own, for as long as the tally lives.
    pub fn spawn_flusher(tally: &std::sync::Arc<Tally>, pool: crate::db::Pool) {
        let weak = std::sync::Arc::downgrade(tally);
        let spawned = std::thread::Builder::new().name("usage-tally".into()).spawn(move || {
            while let Some(tally) = weak.upgrade() {
                if let Ok(mut conn) = pool.get()
                    && let Err(e) = tally.flush(&mut conn)
                {
                    tracing::warn!(error = %e, "usage.tally_flush_failed");
                }
                drop(tally);
                std::thread::sleep(std::time::Duration::from_secs(1));
            }
        });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "usage.tally_thread_failed");
        }
    }
}

/// As [`count`], for a row that names its tenant (the mail outbox).
pub fn count_for_tenant(conn: &mut AnyConnection, tenant_id: i64, metric: Metric, n: i64) -> QueryResult<()> {
    upsert(conn, (ADD_SQLITE, ADD_POSTGRES), tenant_id, &month_of(crate::db::now()), metric, n)
}

/// Keeps the month's peak of every level (users, partners, storage).
pub fn observe_levels(conn: &mut AnyConnection, scope: &TenantScope, now: NaiveDateTime) -> QueryResult<()> {
    let month = month_of(now);
    for metric in Metric::ALL.into_iter().filter(|m| m.is_level()) {
        let value = current(conn, scope, metric)?;
        upsert(conn, (PEAK_SQLITE, PEAK_POSTGRES), scope.tenant_id(), &month, metric, value)?;
    }
    Ok(())
}

/// The month's stored figures of a tenant, by metric.
pub fn peaks(conn: &mut AnyConnection, scope: &TenantScope, now: NaiveDateTime) -> QueryResult<std::collections::HashMap<Metric, i64>> {
    let rows: Vec<(String, i64)> = scoped!(usage_months, scope)
        .filter(usage_months::month.eq(month_of(now)))
        .select((usage_months::metric, usage_months::value))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(m, v)| Metric::parse(&m).map(|m| (m, v))).collect())
}

/// One stored figure: a metric's count or peak in a month.
#[derive(Debug, Clone, Queryable)]
pub struct MonthFigure {
    pub month: String,
    pub metric: String,
    pub value: i64,
}

/// Every month's figures of a tenant, newest month first.
pub fn history(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<MonthFigure>> {
    scoped!(usage_months, scope)
        .order((usage_months::month.desc(), usage_months::metric.asc()))
        .select((usage_months::month, usage_months::metric, usage_months::value))
        .load(conn)
}

/// The figures by month (newest first), one value per [`Metric::ALL`] in
/// that order: the shape of the usage table and of the billing CSV.
pub fn by_month(figures: &[MonthFigure]) -> Vec<(String, Vec<i64>)> {
    let mut out: Vec<(String, Vec<i64>)> = Vec::new();
    for f in figures {
        let Some(index) = Metric::parse(&f.metric).and_then(|m| Metric::ALL.iter().position(|x| *x == m)) else {
            continue;
        };
        if out.last().is_none_or(|(month, _)| *month != f.month) {
            out.push((f.month.clone(), vec![0; Metric::ALL.len()]));
        }
        if let Some((_, values)) = out.last_mut() {
            values[index] = f.value;
        }
    }
    out
}

/// One line of the usage page: how much, of how much.
#[derive(Debug, Clone)]
pub struct UsageLine {
    pub metric: Metric,
    pub used: i64,
    pub limit: Option<i64>,
}

impl UsageLine {
    /// Percent of the limit used (rounded down), when there is a limit.
    pub fn percent(&self) -> Option<i64> {
        self.limit.map(|limit| if limit <= 0 { 100 } else { self.used.saturating_mul(100) / limit })
    }
}

/// Where a tenant stands now against its plan, every metric.
pub fn snapshot(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<(Plan, Vec<UsageLine>)> {
    let plan = plans::of_tenant(conn, scope.tenant_id())?;
    let mut lines = Vec::new();
    for metric in Metric::ALL {
        lines.push(UsageLine { metric, used: current(conn, scope, metric)?, limit: metric.limit(&plan) });
    }
    Ok((plan, lines))
}

const ALERT_SQLITE: &str = "INSERT INTO usage_alerts (tenant_id, month, metric, threshold, created_at) VALUES (?, ?, ?, ?, ?) \
     ON CONFLICT DO NOTHING";
const ALERT_POSTGRES: &str = "INSERT INTO usage_alerts (tenant_id, month, metric, threshold, created_at) VALUES ($1, $2, $3, $4, $5) \
     ON CONFLICT DO NOTHING";

/// Notes that the `threshold` warning of `metric` went out this month;
/// `false` when it already had (so each goes once per threshold and month,
/// with several instances running the jobs).
pub fn claim_alert(conn: &mut AnyConnection, scope: &TenantScope, metric: Metric, threshold: i32, now: NaiveDateTime) -> QueryResult<bool> {
    let month = month_of(now);
    macro_rules! run {
        ($c:expr, $sql:expr) => {
            diesel::sql_query($sql)
                .bind::<BigInt, _>(scope.tenant_id())
                .bind::<Text, _>(&month)
                .bind::<Text, _>(metric.as_str())
                .bind::<Integer, _>(threshold)
                .bind::<Timestamp, _>(now)
                .execute($c)
        };
    }
    let inserted = match conn {
        AnyConnection::Sqlite(c) => run!(c, ALERT_SQLITE),
        AnyConnection::Postgres(c) => run!(c, ALERT_POSTGRES),
    }?;
    Ok(inserted == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(month: &str, metric: &str, value: i64) -> MonthFigure {
        MonthFigure { month: month.into(), metric: metric.into(), value }
    }

    #[test]
    fn figures_group_by_month_in_metric_order() {
        let figures = [
            figure("2026-12", "emails", 40),
            figure("2026-12", "users", 7),
            figure("2026-11", "deals", 3),
            figure("2026-11", "retired_metric", 9),
        ];
        let months = by_month(&figures);
        assert_eq!(months.len(), 2);
        assert_eq!(months[0], ("2026-12".to_string(), vec![0, 7, 0, 40, 0, 0, 0]));
        assert_eq!(months[1], ("2026-11".to_string(), vec![0, 0, 0, 0, 3, 0, 0]));
    }

    #[test]
    fn percent_of_a_limit() {
        let line = UsageLine { metric: Metric::Users, used: 8, limit: Some(10) };
        assert_eq!(line.percent(), Some(80));
        assert_eq!(UsageLine { metric: Metric::Users, used: 3, limit: None }.percent(), None);
        assert_eq!(UsageLine { metric: Metric::Users, used: 0, limit: Some(0) }.percent(), Some(100));
    }
}
