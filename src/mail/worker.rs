//! The delivery worker. Claims due messages with a lease, sends them, then
//! marks each sent, reschedules it with exponential backoff and jitter, or
//! parks it. Any number of workers (threads or instances) can run: a message
//! is leased to one at a time, and a crash only means the lease runs out and
//! the message is sent again with the same `Message-ID`.

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use chrono::NaiveDateTime;
use rand::Rng;

use super::model;
use super::transport::{MailTransport, SendError};
use crate::config::Config;
use crate::db::{self, Pool};

/// Where "now" comes from (a manual clock in tests: no sleeping).
pub trait Clock: Send + Sync {
    fn now(&self) -> NaiveDateTime;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        db::now()
    }
}

pub struct ManualClock(Mutex<NaiveDateTime>);

impl ManualClock {
    pub fn new(at: NaiveDateTime) -> Self {
        Self(Mutex::new(at))
    }

    pub fn advance(&self, by: Duration) {
        if let Ok(mut now) = self.0.lock() {
            *now += chrono::Duration::from_std(by).unwrap_or_default();
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> NaiveDateTime {
        self.0.lock().map(|n| *n).unwrap_or_else(|e| *e.into_inner())
    }
}

#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Messages claimed per round.
    pub batch: i64,
    /// How long a claim lasts before another worker may take the message.
    pub lease: Duration,
    /// Attempts before a message that keeps failing is parked.
    pub max_attempts: i32,
    /// Sleep between rounds when nothing is due.
    pub poll: Duration,
    /// Messages of one round sent at the same time (each over its own SMTP
    /// connection from lettre's pool).
    pub concurrency: usize,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        Self { batch: 32, lease: Duration::from_secs(120), max_attempts: 8, poll: Duration::from_secs(1), concurrency: 8 }
    }
}

/// The documented retry schedule: 30 s after the first failure, doubling,
/// capped at one hour, plus up to 20% random jitter so retries spread out.
/// Attempt `n` (1-based) failed → wait `backoff(n)`.
pub fn backoff(attempt: i32, jitter: f64) -> Duration {
    let exponent = attempt.clamp(1, 20) as u32 - 1;
    let base = 30u64.saturating_mul(1u64 << exponent.min(16)).min(3_600);
    Duration::from_secs_f64(base as f64 * (1.0 + 0.2 * jitter.clamp(0.0, 1.0)))
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RoundStats {
    pub sent: usize,
    pub retried: usize,
    pub parked: usize,
}

impl RoundStats {
    pub fn total(&self) -> usize {
        self.sent + self.retried + self.parked
    }
}

pub struct Worker {
    pool: Pool,
    transport: Arc<dyn MailTransport>,
    clock: Arc<dyn Clock>,
    owner: String,
    options: WorkerOptions,
}

impl Worker {
    pub fn new(pool: Pool, transport: Arc<dyn MailTransport>, clock: Arc<dyn Clock>, options: WorkerOptions) -> Self {
        let owner = format!("{}:{}", std::process::id(), uuid::Uuid::new_v4().simple());
        Self { pool, transport, clock, owner, options }
    }

    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// Claims due messages, leased to this worker. Exposed for crash tests.
    pub fn claim(&self) -> anyhow::Result<Vec<model::OutboxRow>> {
        let mut conn = self.pool.get()?;
        let now = self.clock.now();
        let until = now + chrono::Duration::from_std(self.options.lease)?;
        let ids = db::transaction(&mut conn, |c| model::claim(c, &self.owner, now, until, self.options.batch))?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        Ok(model::load(&mut conn, &ids)?)
    }

    /// One round: claim a batch and attempt each message once.
    pub fn run_once(&self) -> anyhow::Result<RoundStats> {
        self.run_round(None)
    }

    fn run_round(&self, stop: Option<&AtomicBool>) -> anyhow::Result<RoundStats> {
        let rows = self.claim()?;
        if rows.is_empty() {
            return Ok(RoundStats::default());
        }
        // Each message waits on its SMTP round trips; sending several at once
        // keeps the worker busy (one lettre pool connection per sender).
        let tallies = in_parallel(&rows, self.options.concurrency, |row, stats: &mut RoundStats| {
            if stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
                let mut conn = self.pool.get()?;
                model::release(&mut conn, &[row.id], &self.owner, self.clock.now())?;
                return Ok(());
            }
            self.deliver(row, stats)
        })?;
        let mut total = RoundStats::default();
        for stats in tallies {
            total.sent += stats.sent;
            total.retried += stats.retried;
            total.parked += stats.parked;
        }
        Ok(total)
    }

    /// One attempt at one leased message, and its outcome recorded.
    fn deliver(&self, row: &model::OutboxRow, stats: &mut RoundStats) -> anyhow::Result<()> {
        let result = self.transport.send(row);
        let mut conn = self.pool.get()?;
        let now = self.clock.now();
        match result {
            Ok(()) => {
                model::mark_sent(&mut conn, row.id, &self.owner, now)?;
                tracing::info!(mail_id = row.id, tenant_id = ?row.tenant_id, kind = %row.kind, "mail sent");
                stats.sent += 1;
            }
            Err(SendError::Transient(e)) if row.attempts < self.options.max_attempts => {
                let wait = backoff(row.attempts, rand::rng().random::<f64>());
                let next = now + chrono::Duration::from_std(wait)?;
                model::reschedule(&mut conn, row.id, &self.owner, next, &truncate(&e), now)?;
                tracing::warn!(mail_id = row.id, tenant_id = ?row.tenant_id, attempt = row.attempts, retry_in_s = wait.as_secs(), error = %e, "mail deferred");
                stats.retried += 1;
            }
            Err(e) => {
                model::park(&mut conn, row.id, &self.owner, &truncate(&e.to_string()), now)?;
                tracing::error!(mail_id = row.id, tenant_id = ?row.tenant_id, attempt = row.attempts, error = %e, "mail parked");
                stats.parked += 1;
            }
        }
        Ok(())
    }

    /// Runs rounds until `stop` is set; sleeps `poll` when nothing was due.
    pub fn run_until(&self, stop: &AtomicBool) {
        while !stop.load(Ordering::Relaxed) {
            match self.run_round(Some(stop)) {
                Ok(stats) if stats.total() > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %format!("{e:#}"), "mail worker round failed"),
            }
            sleep_unless_stopped(self.options.poll, stop);
        }
    }
}

/// Works through `items` with up to `senders` threads at once, each keeping
/// its own tally (what a round did); the tallies come back to be summed.
/// The mail and webhook workers share it.
pub fn in_parallel<T: Sync, S: Default + Send>(
    items: &[T],
    senders: usize,
    work: impl Fn(&T, &mut S) -> anyhow::Result<()> + Sync,
) -> anyhow::Result<Vec<S>> {
    let next = AtomicUsize::new(0);
    let senders = senders.clamp(1, items.len().max(1));
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..senders)
            .map(|_| {
                scope.spawn(|| {
                    let mut tally = S::default();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(index) else { break };
                        work(item, &mut tally)?;
                    }
                    Ok(tally)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|_| Err(anyhow::anyhow!("a sender panicked")))).collect()
    })
}

/// Sleeps `total`, waking early when `stop` is set.
pub fn sleep_unless_stopped(total: Duration, stop: &AtomicBool) {
    let step = Duration::from_millis(50);
    let mut slept = Duration::ZERO;
    while slept < total && !stop.load(Ordering::Relaxed) {
        std::thread::sleep(step.min(total - slept));
        slept += step;
    }
}

fn truncate(error: &str) -> String {
    error.chars().take(1_000).collect()
}

/// A worker thread owned by `serve`, stopped (leases released) on shutdown.
pub struct WorkerHandle {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl WorkerHandle {
    pub fn spawn(worker: Worker) -> Self {
        Self::spawn_loop("mail-worker", move |stop| worker.run_until(stop))
    }

    /// A thread named `name` running `work` until it is asked to stop.
    pub fn spawn_loop(name: &str, work: impl FnOnce(&AtomicBool) + Send + 'static) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new().name(name.into()).spawn(move || work(&flag)).ok();
        Self { stop, thread }
    }

    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The worker the configuration describes.
pub fn worker_from_config(config: &Config, pool: Pool) -> anyhow::Result<Worker> {
    let options = WorkerOptions { poll: config.mail_poll, max_attempts: config.mail_max_attempts, ..WorkerOptions::default() };
    Ok(Worker::new(pool, super::transport::transport_from_config(config)?, Arc::new(SystemClock), options))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_and_caps_at_an_hour() {
        assert_eq!(backoff(1, 0.0), Duration::from_secs(30));
        assert_eq!(backoff(2, 0.0), Duration::from_secs(60));
        assert_eq!(backoff(3, 0.0), Duration::from_secs(120));
        assert_eq!(backoff(8, 0.0), Duration::from_secs(3_600));
        assert_eq!(backoff(50, 0.0), Duration::from_secs(3_600));
        assert_eq!(backoff(1, 1.0), Duration::from_secs(36));
    }
}
