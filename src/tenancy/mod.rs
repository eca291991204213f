//! Tenancy: which vendor a request belongs to (host → site), the
//! `TenantScope` every tenant-owned query takes, branding and locale settings,
//! and provisioning.

pub mod branding;
pub mod host;
pub mod model;
pub mod scope;
pub mod service;
pub mod site;
