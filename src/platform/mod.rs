//! The platform: operators, who run every tenant from the platform host.

pub mod operators;
