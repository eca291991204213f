//! Webhooks (SPEC §10), after the Standard Webhooks specification: the
//! vendor admin's endpoints, each with the events it takes and a `whsec_`
//! secret; events written to an outbox in the transaction of the change
//! that caused them; delivery by leased workers with signed headers
//! (`webhook-id`, `webhook-timestamp`, `webhook-signature`), the
//! specification's retry schedule, and a log that can be replayed.

pub mod endpoints;
pub mod events;
pub mod model;
pub mod outbox;
pub mod signing;
pub mod worker;

pub use events::EventType;
pub use outbox::emit;
