//! Periodic jobs run by `serve` (and once by `portico jobs run`): deal
//! expiry and the 7-day warnings, announcing campaigns that started,
//! reminding holders of certificates that expire (30 and 7 days before, and
//! on the day), and
//! sweeping expired sessions; the usage warnings and the monthly peaks of each
//! tenant's levels; purging deleted tenants whose grace period is over;
//! building exports no worker has and removing those whose link is over. Each pass
//! is idempotent, and several instances may run it: a deal only moves if it
//! is still in its old status.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::config::Config;
use crate::db::{self, Pool};

const INTERVAL: Duration = Duration::from_secs(60);
/// The usage pass reads every tenant's levels: every 15 minutes is soon
/// enough for a warning, and cheap with 10,000 tenants.
const USAGE_INTERVAL: Duration = Duration::from_secs(15 * 60);

/// Whether this process's usage pass is due (always on its first pass, so
/// `portico jobs run` does it).
fn usage_pass_due() -> bool {
    static LAST: std::sync::Mutex<Option<std::time::Instant>> = std::sync::Mutex::new(None);
    let Ok(mut last) = LAST.lock() else { return true };
    let due = last.is_none_or(|at| at.elapsed() >= USAGE_INTERVAL);
    if due {
        *last = Some(std::time::Instant::now());
    }
    due
}

/// One pass over every tenant.
pub fn run_once(pool: &Pool, config: &Config) -> anyhow::Result<crate::deals::service::ExpiryRun> {
    let mut conn = pool.get()?;
    crate::identity::sessions::sweep_expired(&mut conn)?;
    crate::tenancy::form_keys::sweep(&mut conn, crate::db::now())?;
    let started = crate::campaigns::campaign::announce_started(&mut conn, config, crate::db::now().date())
        .map_err(|e| anyhow::anyhow!("campaign announcements: {e}"))?;
    if started > 0 {
        tracing::info!(started, "campaigns announced");
    }
    let reminded = crate::training::certificates::remind_expiring(&mut conn, config, crate::db::now().date())
        .map_err(|e| anyhow::anyhow!("certificate reminders: {e}"))?;
    if reminded > 0 {
        tracing::info!(reminded, "certificate holders reminded");
    }
    let purged = crate::platform::tenants::purge_due(&mut conn, config, crate::db::now()).map_err(|e| anyhow::anyhow!("purge: {e}"))?;
    for report in &purged {
        tracing::info!(slug = report.slug.as_str(), files = report.files, "tenant purged");
    }
    let storage = crate::storage::store::Storage::open(&config.storage)?;
    let (built, expired) =
        crate::platform::export_jobs::pass(&mut conn, &storage, config, crate::db::now()).map_err(|e| anyhow::anyhow!("exports: {e}"))?;
    if built + expired > 0 {
        tracing::info!(built, expired, "exports built and expired");
    }
    let warned = if usage_pass_due() {
        crate::platform::usage::alert_pass(&mut conn, config, crate::db::now()).map_err(|e| anyhow::anyhow!("usage warnings: {e}"))?
    } else {
        0
    };
    if warned > 0 {
        tracing::info!(warned, "usage warnings sent");
    }
    crate::deals::service::run_expiry_all(&mut conn, config, db::now()).map_err(|e| anyhow::anyhow!("{e}"))
}

pub struct JobsHandle {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl JobsHandle {
    pub fn spawn(pool: Pool, config: Arc<Config>) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("jobs".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    match run_once(&pool, &config) {
                        Ok(run) if run.warned + run.expired > 0 => {
                            tracing::info!(warned = run.warned, expired = run.expired, "deal expiry pass")
                        }
                        Ok(_) => {}
                        Err(e) => tracing::error!(error = %e, "deal expiry pass failed"),
                    }
                    let mut waited = Duration::ZERO;
                    while waited < INTERVAL && !flag.load(Ordering::Relaxed) {
                        std::thread::sleep(Duration::from_millis(200));
                        waited += Duration::from_millis(200);
                    }
                }
            })
            .ok();
        Self { stop, thread }
    }

    pub fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
