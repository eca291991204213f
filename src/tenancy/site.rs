//! Which site a request is for — a tenant (with its settings, scope and
//! locales) or the platform — and why a request was refused before any
//! handler ran. The web layer resolves these from the host.

use std::sync::Arc;

use super::model::{Tenant, TenantSettings};
use super::plans::Plan;
use super::scope::TenantScope;
use crate::i18n::Locale;

/// A resolved, active (or suspended) tenant for this request.
#[derive(Debug)]
pub struct TenantContext {
    pub tenant: Tenant,
    pub settings: TenantSettings,
    /// The plan's limits and features.
    pub plan: Plan,
    pub scope: TenantScope,
    pub enabled_locales: Vec<Locale>,
    pub default_locale: Locale,
}

/// Which site a request is for.
#[derive(Debug, Clone)]
pub enum Site {
    Platform,
    Tenant(Arc<TenantContext>),
}

impl Site {
    pub fn tenant(&self) -> Option<&TenantContext> {
        match self {
            Site::Tenant(t) => Some(t),
            Site::Platform => None,
        }
    }

    pub fn enabled_locales(&self) -> Vec<Locale> {
        match self {
            Site::Tenant(t) => t.enabled_locales.clone(),
            Site::Platform => Locale::ALL.to_vec(),
        }
    }
}

/// Why the resolver answered without calling a handler (read by error pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    UnknownHost,
    Suspended,
    /// Deleted, waiting for its purge: "removed" (410).
    Removed,
    /// The tenant could not be looked up (database down): no tenant chrome.
    Unavailable,
}
