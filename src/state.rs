//! `AppState`: what every request handler and middleware shares — the
//! configuration, the database pool, the embedded assets, the metrics, the
//! identity providers' cache, the password hasher, the file storage and the
//! tenant API's rate limits. Built by `startup`; nothing here knows HTTP.

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
    /// Calls left per tenant API token (by the token's id).
    pub api_limits: Arc<ApiLimits>,
    /// API calls counted in memory, written to usage every second.
    pub api_calls: Arc<crate::tenancy::usage::Tally>,
}

/// The tenant API's rate limit: a bucket per token, refilled evenly
/// (governor's GCRA, MIT-licensed), in this process.
pub type ApiLimits = governor::RateLimiter<
    i64,
    governor::state::keyed::DashMapStateStore<i64>,
    governor::clock::QuantaClock,
    governor::middleware::StateInformationMiddleware,
>;

/// The limits for `per_minute` calls a minute, as a burst of as many.
pub fn api_limits(per_minute: u32) -> ApiLimits {
    let n = std::num::NonZeroU32::new(per_minute.max(1)).unwrap_or(std::num::NonZeroU32::MIN);
    governor::RateLimiter::keyed(governor::Quota::per_minute(n)).with_middleware::<governor::middleware::StateInformationMiddleware>()
}
