//! Tenancy: which vendor a request belongs to (host → site), the
//! `TenantScope` every tenant-owned query takes, the tenant's organisations
//! (its own and its partners'), tiers, branding and locale settings, and the one-time keys of forms.
//! Provisioning a tenant is `platform::tenants`.

pub mod branding;
pub mod currency;
pub mod form_keys;
pub mod host;
pub mod model;
pub mod organisations;
pub mod plans;
pub mod scope;
pub mod site;
pub mod usage;
