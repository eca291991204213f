//! The delivery worker, like the mail worker: claims due deliveries with a
//! lease, posts each signed message once, and records what happened. Any
//! number of workers (threads or instances) can run: a delivery is leased to
//! one at a time, and a crash only means the lease runs out and the message
//! goes again with the same `webhook-id`.
//!
//! 2xx is success. 410 turns the endpoint off. Anything else — another
//! status, a redirect (never followed), a timeout, a refused address (the
//! guard checks every delivery, not only the saved URL) — is retried on the
//! Standard Webhooks schedule, no sooner than a `Retry-After` asks; after
//! the last attempt the delivery has failed (and can be replayed). An
//! endpoint that has failed for five days is turned off and the vendor
//! admins are told by mail.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::endpoints;
use super::model::{self, Attempt, DeliveryStatus, DisabledReason, Leased};
use crate::config::Config;
use crate::db::schema::{tenants, users};
use crate::db::{self, AnyConnection, Pool};
use crate::mail::compose::{ActionMail, MailLink, Outgoing, Recipient, compose_for_tenant};
use crate::mail::worker::{Clock, SystemClock, WorkerHandle, in_parallel, sleep_unless_stopped};
use crate::outbound::{Outbound, OutboundError};
use crate::tenancy::model::Tenant;

/// Waits after failed attempt 1, 2, … (Standard Webhooks): immediately at
/// first, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h.
pub const SCHEDULE_SECS: [i64; 9] = [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400];

/// Attempts in all: the first, and one per wait.
pub const MAX_ATTEMPTS: i32 = SCHEDULE_SECS.len() as i32 + 1;

/// How long an endpoint may fail before it is turned off.
pub const DISABLE_AFTER_DAYS: i64 = 5;

/// The wait after failed attempt `attempt` (1-based), or `None` after the last.
pub fn wait_after(attempt: i32) -> Option<Duration> {
    let index = usize::try_from(attempt.checked_sub(1)?).ok()?;
    SCHEDULE_SECS.get(index).map(|s| Duration::from_secs(*s as u64))
}

/// The most of an answer kept in the log.
const EXCERPT_CHARS: usize = 1_000;

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    pub batch: i64,
    pub lease: Duration,
    pub poll: Duration,
    pub concurrency: usize,
    /// The time limit of one delivery.
    pub timeout: Duration,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        Self { batch: 32, lease: Duration::from_secs(60), poll: Duration::from_secs(1), concurrency: 8, timeout: Duration::from_secs(15) }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RoundStats {
    pub delivered: usize,
    pub retried: usize,
    pub failed: usize,
}

impl RoundStats {
    pub fn total(&self) -> usize {
        self.delivered + self.retried + self.failed
    }
}

pub struct Worker {
    pool: Pool,
    http: Outbound,
    clock: Arc<dyn Clock>,
    config: Config,
    owner: String,
    options: WorkerOptions,
}

/// What one post found.
struct Reply {
    status: Option<u16>,
    retry_after: Option<Duration>,
    excerpt: Option<String>,
    error: Option<String>,
}

impl Worker {
    pub fn new(pool: Pool, config: Config, clock: Arc<dyn Clock>, options: WorkerOptions) -> Self {
        let http = Outbound::new(config.allow_hosts.clone(), options.timeout, 64 * 1024);
        let owner = format!("{}:{}", std::process::id(), uuid::Uuid::new_v4().simple());
        Self { pool, http, clock, config, owner, options }
    }

    /// Claims due deliveries, leased to this worker. Exposed for crash tests.
    pub fn claim(&self) -> anyhow::Result<Vec<Leased>> {
        let mut conn = self.pool.get()?;
        let now = self.clock.now();
        let until = now + chrono::Duration::from_std(self.options.lease)?;
        let ids = db::transaction(&mut conn, |c| model::claim(c, &self.owner, now, until, self.options.batch))?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(model::load_leased(&mut conn, &ids)?)
    }

    /// One round: claim a batch and attempt each delivery once.
    pub fn run_once(&self) -> anyhow::Result<RoundStats> {
        self.run_round(None)
    }

    /// Rounds until nothing is due now.
    pub fn run_until_idle(&self) -> anyhow::Result<RoundStats> {
        let mut total = RoundStats::default();
        loop {
            let stats = self.run_once()?;
            if stats.total() == 0 {
                return Ok(total);
            }
            total.delivered += stats.delivered;
            total.retried += stats.retried;
            total.failed += stats.failed;
        }
    }

    fn run_round(&self, stop: Option<&AtomicBool>) -> anyhow::Result<RoundStats> {
        let leased = self.claim()?;
        if leased.is_empty() {
            return Ok(RoundStats::default());
        }
        let tallies = in_parallel(&leased, self.options.concurrency, |one, stats: &mut RoundStats| {
            if stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
                let mut conn = self.pool.get()?;
                model::release(&mut conn, &[one.delivery.id], &self.owner, self.clock.now())?;
                return Ok(());
            }
            self.deliver(one, stats)
        })?;
        let mut total = RoundStats::default();
        for stats in tallies {
            total.delivered += stats.delivered;
            total.retried += stats.retried;
            total.failed += stats.failed;
        }
        Ok(total)
    }

    /// Posts the message, signed with the endpoint's secrets of this moment.
    fn post(&self, one: &Leased) -> Reply {
        let secret_key = self.config.secret_key.as_bytes();
        let secrets = endpoints::signing_secrets(secret_key, &one.endpoint, self.clock.now());
        let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
        // The signature's time is the wall clock's: receivers check it against theirs.
        let timestamp = chrono::Utc::now().timestamp();
        let Some(signature) = super::signing::header(&refs, &one.message.msg_id, timestamp, &one.message.payload) else {
            return Reply {
                status: None,
                retry_after: None,
                excerpt: None,
                error: Some("the endpoint's secret cannot be read on this server: rotate it".into()),
            };
        };
        let request = ureq::http::Request::post(one.endpoint.url.as_str())
            .header("content-type", "application/json")
            .header("webhook-id", one.message.msg_id.as_str())
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(one.message.payload.clone().into_bytes());
        let request = match request {
            Ok(r) => r,
            Err(e) => return Reply { status: None, retry_after: None, excerpt: None, error: Some(format!("not an address: {e}")) },
        };
        match self.http.run(request) {
            Ok(response) => {
                let retry_after = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(|s| Duration::from_secs(s.min(86_400)));
                let excerpt: String = String::from_utf8_lossy(response.body()).chars().take(EXCERPT_CHARS).collect();
                Reply { status: Some(response.status().as_u16()), retry_after, excerpt: Some(excerpt), error: None }
            }
            Err(OutboundError::Refused(why)) => {
                tracing::warn!(endpoint_id = one.endpoint.id, error = %why, "webhook.address_refused");
                Reply { status: None, retry_after: None, excerpt: None, error: Some("address not allowed".into()) }
            }
            Err(OutboundError::Timeout) => Reply { status: None, retry_after: None, excerpt: None, error: Some("timed out".into()) },
            Err(OutboundError::Transport(e)) => Reply { status: None, retry_after: None, excerpt: None, error: Some(e) },
        }
    }

    /// One attempt at one leased delivery, and its outcome recorded.
    fn deliver(&self, one: &Leased, stats: &mut RoundStats) -> anyhow::Result<()> {
        let started = Instant::now();
        let reply = self.post(one);
        let latency_ms = i32::try_from(started.elapsed().as_millis()).unwrap_or(i32::MAX);
        let mut conn = self.pool.get()?;
        let now = self.clock.now();
        let (tenant, endpoint, attempts) = (one.delivery.tenant_id, one.endpoint.id, one.delivery.attempts);
        let attempt =
            Attempt { status: reply.status.map(i32::from), latency_ms, response: reply.excerpt.as_deref(), error: reply.error.as_deref() };
        let ids = (one.delivery.id, one.message.msg_id.as_str());
        match reply.status {
            Some(200..=299) => {
                model::settle(&mut conn, ids.0, &self.owner, &attempt, DeliveryStatus::Succeeded, None, now)?;
                model::succeeding(&mut conn, tenant, endpoint)?;
                tracing::info!(
                    tenant_id = tenant,
                    endpoint_id = endpoint,
                    webhook_id = ids.1,
                    attempt = attempts,
                    latency_ms,
                    "webhook.delivered"
                );
                stats.delivered += 1;
            }
            Some(410) => {
                db::transaction(&mut conn, |c| -> anyhow::Result<()> {
                    model::settle(c, ids.0, &self.owner, &attempt, DeliveryStatus::Failed, None, now)?;
                    self.turn_off(c, tenant, endpoint, DisabledReason::Gone, now)?;
                    Ok(())
                })?;
                tracing::warn!(tenant_id = tenant, endpoint_id = endpoint, "webhook.endpoint_gone");
                stats.failed += 1;
            }
            _ => {
                let next = wait_after(attempts).map(|wait| {
                    let wait = reply.retry_after.map_or(wait, |asked| asked.max(wait));
                    now + chrono::Duration::from_std(wait).unwrap_or_default()
                });
                db::transaction(&mut conn, |c| -> anyhow::Result<()> {
                    let outcome = if next.is_some() { DeliveryStatus::Pending } else { DeliveryStatus::Failed };
                    model::settle(c, ids.0, &self.owner, &attempt, outcome, next, now)?;
                    model::failing(c, tenant, endpoint, now)?;
                    let since = model::endpoint_by_id(c, tenant, endpoint)?.and_then(|e| e.failing_since);
                    if since.is_some_and(|s| now - s >= chrono::Duration::days(DISABLE_AFTER_DAYS)) {
                        self.turn_off(c, tenant, endpoint, DisabledReason::Failing, now)?;
                    }
                    Ok(())
                })?;
                tracing::warn!(
                    tenant_id = tenant,
                    endpoint_id = endpoint,
                    webhook_id = ids.1,
                    attempt = attempts,
                    status = ?reply.status,
                    error = ?reply.error,
                    retry = next.is_some(),
                    "webhook.attempt_failed"
                );
                if next.is_some() {
                    stats.retried += 1;
                } else {
                    stats.failed += 1;
                }
            }
        }
        Ok(())
    }

    /// Turns the endpoint off and tells the tenant's vendor admins, once.
    fn turn_off(
        &self,
        conn: &mut AnyConnection,
        tenant_id: i64,
        endpoint_id: i64,
        reason: DisabledReason,
        now: NaiveDateTime,
    ) -> anyhow::Result<()> {
        if model::disable(conn, tenant_id, endpoint_id, reason, now)? == 0 {
            return Ok(());
        }
        let Some(endpoint) = model::endpoint_by_id(conn, tenant_id, endpoint_id)? else { return Ok(()) };
        let tenant: Tenant = tenants::table.filter(tenants::id.eq(tenant_id)).select(Tenant::as_select()).first(conn)?;
        let (scope, slug) = (tenant.scope()?, tenant.slug.clone());
        let admins: Vec<(i64, String, String, Option<String>)> = users::table
            .filter(users::tenant_id.eq(tenant_id))
            .filter(users::role.eq("vendor_admin"))
            .filter(users::status.eq("active"))
            .select((users::id, users::email, users::display_name, users::locale))
            .load(conn)?;
        let m = compose_for_tenant(conn, &scope, &self.config, &slug)?;
        let why = match reason {
            DisabledReason::Gone => "webhook-disabled-gone",
            DisabledReason::Failing => "webhook-disabled-failing",
        };
        for (id, email, name, locale) in admins {
            let locale = m.locale_for(locale.as_deref());
            let t = m.translator(conn, locale)?;
            let mail = ActionMail {
                subject: t.t_args("webhook-disabled-subject", &[("url", &endpoint.url)]),
                greeting: t.t_args("mail-greeting", &[("name", &name)]),
                paragraphs: vec![t.t_args(why, &[("url", &endpoint.url)]), t.t("webhook-disabled-kept")],
                action: Some(MailLink {
                    label: t.t("webhook-disabled-open"),
                    url: format!("{}/admin/webhooks/{endpoint_id}", m.portal_url),
                }),
                notes: Vec::new(),
                footer: m.footer(&t),
                unsubscribe: None,
            };
            let recipient = Recipient { user_id: Some(id), address: &email, name: &name, locale };
            let payload = serde_json::json!({ "endpoint_id": endpoint_id, "reason": reason.as_str() });
            m.enqueue(conn, &self.config, &Outgoing { kind: "webhook_disabled", payload, recipient, mail })?;
        }
        tracing::warn!(tenant_id, endpoint_id, reason = reason.as_str(), "webhook.endpoint_disabled");
        Ok(())
    }

    /// Runs rounds until `stop` is set; sleeps `poll` when nothing was due.
    pub fn run_until(&self, stop: &AtomicBool) {
        while !stop.load(Ordering::Relaxed) {
            match self.run_round(Some(stop)) {
                Ok(stats) if stats.total() > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %format!("{e:#}"), "webhook worker round failed"),
            }
            sleep_unless_stopped(self.options.poll, stop);
        }
    }
}

/// The worker as a thread owned by `serve`, stopped (leases released) on shutdown.
pub fn spawn(worker: Worker) -> WorkerHandle {
    WorkerHandle::spawn_loop("webhook-worker", move |stop| worker.run_until(stop))
}

/// The worker the configuration describes.
pub fn worker_from_config(config: &Config, pool: Pool) -> Worker {
    let options = WorkerOptions { poll: config.mail_poll, ..WorkerOptions::default() };
    Worker::new(pool, config.clone(), Arc::new(SystemClock), options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_follow_the_standard_webhooks_schedule() {
        let waits: Vec<u64> = (1..=MAX_ATTEMPTS).filter_map(wait_after).map(|d| d.as_secs()).collect();
        assert_eq!(waits, [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400, 72_000, 86_400]);
        assert_eq!(MAX_ATTEMPTS, 10);
        assert_eq!(wait_after(MAX_ATTEMPTS), None, "after the tenth attempt the delivery has failed");
        assert_eq!(wait_after(0), None);
    }
}
