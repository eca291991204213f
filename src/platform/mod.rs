//! The platform: operators, who run every tenant from the platform host, and
//! the tenant lifecycle (provisioning, suspension, listing, export and import).

pub mod api_tokens;
pub mod export;
pub mod export_jobs;
pub mod import;
pub mod operators;
pub mod tenants;
pub mod usage;
