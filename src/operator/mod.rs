//! The platform host: the operator console and the
//! development mailbox; and the probes and metrics every host answers.

pub mod console;
pub mod mailbox;
pub mod ops;
