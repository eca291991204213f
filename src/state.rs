//! `AppState`: what every request handler and middleware shares — the
//! configuration, the database pool, the embedded assets, the metrics and the
//! identity providers' cache. Built by `startup`; nothing here knows HTTP.

use std::sync::Arc;

use crate::assets::Assets;
use crate::config::Config;
use crate::db::Pool;
use crate::identity::sso::flow::ProviderCache;
use crate::telemetry::Metrics;

pub struct AppState {
    pub config: Arc<Config>,
    pub pool: Pool,
    pub assets: Arc<Assets>,
    pub metrics: Arc<Metrics>,
    /// Identity providers' discovery documents and keys.
    pub sso: Arc<ProviderCache>,
}
