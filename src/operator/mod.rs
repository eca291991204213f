//! The platform host: the operator console (tenants, plans, usage) and the
//! development mailbox; and the probes and metrics every host answers.

pub mod api;
pub mod audit;
pub mod console;
pub mod mailbox;
pub mod ops;
pub mod plans;
pub mod tenants;
pub mod tokens;
