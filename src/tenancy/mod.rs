//! Tenancy: which vendor a request belongs to (host → tenant), the
//! `TenantScope` every tenant-owned query takes, branding and locale settings,
//! and provisioning.

pub mod admin;
pub mod host;
pub mod model;
pub mod resolve;
pub mod routes;
pub mod scope;
pub mod service;
mod views;

pub use resolve::{CurrentTenant, Site, TenantContext};
pub use scope::TenantScope;

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    routes::configure(cfg);
    admin::configure(cfg);
}
