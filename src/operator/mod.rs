//! The platform host: its landing page, the operator console, the
//! development mailbox; and the probes and metrics every host answers.

pub mod console;
pub mod landing;
pub mod mailbox;
pub mod ops;
