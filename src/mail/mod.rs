//! E-mail that is never lost: messages are composed (localized, branded) and
//! written to the `mail_outbox` table in the same transaction as the change
//! that causes them; a worker claims due rows with a lease, delivers them over
//! SMTP (lettre) or into a local mailbox folder, retries transient failures
//! with exponential backoff and parks permanent ones.

pub mod admin;
pub mod compose;
pub mod model;
pub mod routes;
pub mod transport;
pub mod worker;

pub use compose::{MailBrand, Recipient};
pub use transport::{MailTransport, SendError};
pub use worker::{Clock, ManualClock, SystemClock, Worker, WorkerOptions};

use std::sync::Arc;

use crate::config::Config;
use crate::db::Pool;

/// The transport the configuration asks for: SMTP, or the mailbox folder.
pub fn transport_from_config(config: &Config) -> anyhow::Result<Arc<dyn MailTransport>> {
    Ok(match &config.smtp {
        Some(settings) => {
            Arc::new(transport::SmtpTransport::new(settings, config.mail_from.clone(), config.smtp_timeout).map_err(anyhow::Error::msg)?)
        }
        None => Arc::new(transport::MailboxTransport::new(config.data_dir.join("mailbox"), config.mail_from.clone())),
    })
}

/// A worker with the configured transport, the system clock and options.
pub fn worker_from_config(config: &Config, pool: Pool) -> anyhow::Result<Worker> {
    let options = WorkerOptions { poll: config.mail_poll, max_attempts: config.mail_max_attempts, ..WorkerOptions::default() };
    Ok(Worker::new(pool, transport_from_config(config)?, Arc::new(SystemClock), options))
}
