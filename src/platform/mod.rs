//! The platform: operators, who run every tenant from the platform host, and
//! the tenant lifecycle (provisioning, suspension, listing).

pub mod api_tokens;
pub mod export;
pub mod operators;
pub mod tenants;
pub mod usage;
