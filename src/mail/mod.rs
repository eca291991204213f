//! E-mail that is never lost: messages are composed (localized, branded) and
//! written to the `mail_outbox` table in the same transaction as the change
//! that causes them; a worker claims due rows with a lease, delivers them over
//! SMTP (lettre) or into a local mailbox folder, retries transient failures
//! with exponential backoff and parks permanent ones.

pub mod compose;
pub mod model;
pub mod transport;
pub mod worker;
