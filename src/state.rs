//! `AppState`: what every request handler and middleware shares — the
//! configuration, the database pool, the embedded assets, the metrics, the
//! identity providers' cache, the password hasher and the file storage. Built by `startup`; nothing here knows HTTP.

use std::sync::Arc;

use crate::assets::Assets;
use crate::config::Config;
use crate::db::Pool;
use crate::identity::password::Hasher;
use crate::identity::sso::flow::ProviderCache;
use crate::storage::store::Storage;
use crate::telemetry::Metrics;

pub struct AppState {
    pub config: Arc<Config>,
    pub pool: Pool,
    pub assets: Arc<Assets>,
    pub metrics: Arc<Metrics>,
    /// Identity providers' discovery documents and keys.
    pub sso: Arc<ProviderCache>,
    /// Password hashing, bounded and off the pooled connections.
    pub hasher: Arc<Hasher>,
    /// Uploaded files: local disk or S3-compatible storage.
    pub storage: Storage,
    /// Held while this server runs (SQLite): `portico restore` refuses then.
    pub serving_lock: Option<Arc<std::fs::File>>,
}
