//! Builds the application: state (config, pool, assets, metrics), the
//! middleware order and the routes, and runs the HTTP server.
//!
//! Middleware, outermost first: request id + metrics + log line →
//! response finishing (error pages, security headers) → host → tenant and
//! locale resolution → routes.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

use actix_session::SessionMiddleware;
use actix_session::config::{BrowserSession, CookieContentSecurity};
use actix_web::cookie::{Key, SameSite};

use crate::assets::Assets;
use crate::config::Config;
use crate::db;
use crate::error::AppError;
use crate::identity::password::Hasher;
use crate::identity::sso::flow::ProviderCache;
use crate::state::AppState;
use crate::storage::store::Storage;
use crate::telemetry::Metrics;
use crate::web::session_store::DbSessionStore;

/// A sign-in that waits longer than this for a password check is answered
/// 503 (retry): under a flood, pages keep their threads and connections.
const HASH_QUEUE_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Opens the database, applies pending migrations and gathers the state.
pub fn prepare(config: Config) -> anyhow::Result<web::Data<AppState>> {
    let serving_lock = db::backup::serving_lock(&config.database_url)?.map(Arc::new);
    let pool = db::connect(&config.database_url, config.db_pool_size, config.db_timeout)?;
    {
        let mut conn = pool.get()?;
        let applied = db::migrations::run_pending(&mut conn).map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;
        for version in applied {
            tracing::info!(version, "migration applied");
        }
    }
    db::spawn_probe(&pool);
    let config_allow_hosts = config.allow_hosts.clone();
    let hash_concurrency = config.hash_concurrency;
    let storage = Storage::open(&config.storage)?;
    let api_limits = Arc::new(crate::state::api_limits(config.api_rate_per_minute));
    let api_calls = Arc::new(crate::tenancy::usage::Tally::default());
    crate::tenancy::usage::Tally::spawn_flusher(&api_calls, pool.clone());
    Ok(web::Data::new(AppState {
        config: Arc::new(config),
        pool,
        assets: Arc::new(Assets::load()),
        metrics: Arc::new(Metrics::new()?),
        sso: Arc::new(ProviderCache::new(config_allow_hosts)),
        hasher: Arc::new(Hasher::new(hash_concurrency, HASH_QUEUE_WAIT)),
        storage,
        serving_lock,
        api_limits,
        api_calls,
    }))
}

/// Every route of every slice, in one place.
pub fn routes(cfg: &mut web::ServiceConfig) {
    crate::operator::ops::configure(cfg);
    crate::operator::console::configure(cfg);
    crate::operator::tenants::configure(cfg);
    crate::operator::plans::configure(cfg);
    crate::operator::audit::configure(cfg);
    crate::operator::api::configure(cfg);
    crate::operator::tokens::configure(cfg);
    crate::operator::mailbox::configure(cfg);
    crate::web::assets::configure(cfg);
    crate::web::language::configure(cfg);
    crate::portal::home::configure(cfg);
    crate::portal::account::configure(cfg);
    crate::portal::sso::configure(cfg);
    crate::portal::apply::configure(cfg);
    crate::portal::deals::configure(cfg);
    crate::portal::assets::configure(cfg);
    crate::portal::campaigns::configure(cfg);
    crate::portal::partner_pages::configure(cfg);
    crate::portal::preferences::configure(cfg);
    crate::portal::training::configure(cfg);
    crate::portal::quiz::configure(cfg);
    crate::portal::certificates::configure(cfg);
    crate::admin::tenant::configure(cfg);
    crate::admin::users::configure(cfg);
    crate::admin::sso::configure(cfg);
    crate::admin::partners::configure(cfg);
    // Before the asset routes: `/admin/assets/preview` is no asset id.
    crate::admin::template_preview::configure(cfg);
    crate::admin::assets::configure(cfg);
    crate::admin::asset_zones::configure(cfg);
    crate::admin::campaigns::configure(cfg);
    // The live preview's path would otherwise be taken for a course id.
    crate::admin::lessons::configure(cfg);
    crate::admin::courses::configure(cfg);
    crate::admin::quiz::configure(cfg);
    crate::admin::training_reports::configure(cfg);
    crate::admin::applications::configure(cfg);
    crate::admin::catalogue::configure(cfg);
    crate::admin::currency::configure(cfg);
    crate::admin::mail::configure(cfg);
    crate::admin::usage::configure(cfg);
    crate::admin::api::configure(cfg);
    crate::admin::webhooks::configure(cfg);
    crate::api::deals::configure(cfg);
    crate::api::deal_writes::configure(cfg);
    crate::api::docs::configure(cfg);
    crate::api::reference::configure(cfg);
    crate::api::partners::configure(cfg);
    crate::api::partner_writes::configure(cfg);
    crate::api::users::configure(cfg);
    crate::api::campaigns::configure(cfg);
    crate::admin::audit::configure(cfg);
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}

/// The key that encrypts the session cookie, derived from the server secret.
fn session_key(config: &Config) -> Key {
    let mut okm = [0u8; 64];
    let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(b"portico"), config.secret_key.as_bytes());
    // 64 bytes is far below HKDF-SHA256's limit, so `expand` cannot fail.
    let _ = hk.expand(b"session cookie key", &mut okm);
    Key::from(&okm)
}

/// Server-side sessions in our database; a host-only cookie that carries
/// only the (encrypted) session key: `__Host-` and `Secure` over HTTPS.
fn session_middleware(state: &web::Data<AppState>, key: Key) -> SessionMiddleware<DbSessionStore> {
    let https = state.config.is_https();
    let name = if https { "__Host-portico-session" } else { "portico_session" };
    let lifetime = actix_web::cookie::time::Duration::seconds(state.config.session_absolute.as_secs() as i64);
    SessionMiddleware::builder(DbSessionStore::new(state.pool.clone()), key)
        .cookie_name(name.to_string())
        .cookie_secure(https)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_path("/".to_string())
        .cookie_domain(None)
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(BrowserSession::default().state_ttl(lifetime))
        .build()
}

/// The server on an already bound listener (tests bind port 0 first).
pub fn server(state: web::Data<AppState>, listener: TcpListener) -> std::io::Result<Server> {
    let max_body = state.config.max_body_bytes;
    let workers = state.config.workers;
    // Each worker's blocking pool mostly waits on a database connection, so
    // more threads than connections only add context switches under load
    // (bench/README.md); a few spare threads serve hops that need no
    // connection (password hashing, identity-provider calls).
    let worker_count = workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let blocking_threads = (state.config.db_pool_size as usize).div_ceil(worker_count) + 4;
    let app_state = state.clone();
    let session_key = session_key(&state.config);
    let mut server = HttpServer::new(move || {
        let sessions = session_middleware(&app_state, session_key.clone());
        App::new()
            .app_data(app_state.clone())
            .app_data(web::FormConfig::default().limit(max_body))
            .app_data(web::PayloadConfig::new(max_body))
            .app_data(web::JsonConfig::default().limit(max_body))
            .configure(routes)
            .default_service(web::to(not_found))
            .wrap(from_fn(crate::web::csrf::verify_csrf))
            .wrap(from_fn(crate::web::resolve::resolve_site))
            .wrap(from_fn(crate::web::finish::remember_request))
            .wrap(sessions)
            .wrap(from_fn(crate::web::finish::finish_response))
            .wrap(from_fn(crate::web::telemetry::trace_request))
    })
    .shutdown_timeout(10)
    .worker_max_blocking_threads(blocking_threads)
    .listen(listener)?;
    if let Some(workers) = workers {
        server = server.workers(workers);
    }
    Ok(server.run())
}

/// The probes' own server (`PORTICO_OPS_BIND`): `/healthz`, `/readyz` and
/// `/metrics` on one worker thread of its own, with no sessions and no site
/// resolution, so a liveness probe is answered at once while pages queue.
pub fn ops_server(state: web::Data<AppState>, listener: TcpListener) -> std::io::Result<Server> {
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .configure(crate::operator::ops::configure)
            .default_service(web::to(|| async {
                actix_web::HttpResponse::NotFound().content_type("text/plain; charset=utf-8").body("not found\n")
            }))
            .wrap(from_fn(crate::web::finish::finish_response))
    })
    .workers(1)
    .shutdown_timeout(1)
    .listen(listener)?;
    Ok(server.run())
}

/// `portico serve`: migrate, bind, serve until SIGTERM/SIGINT (graceful).
pub fn serve(config: Config) -> anyhow::Result<()> {
    let bind = config.bind;
    let public = config.public_url.clone();
    let state = prepare(config)?;
    let listener = TcpListener::bind(bind).map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
    let ops_listener = match state.config.ops_bind {
        Some(ops) => Some(TcpListener::bind(ops).map_err(|e| anyhow::anyhow!("cannot listen on {ops} (PORTICO_OPS_BIND): {e}"))?),
        None => None,
    };
    let worker = crate::mail::worker::WorkerHandle::spawn(crate::mail::worker::worker_from_config(&state.config, state.pool.clone())?);
    let webhooks = crate::webhooks::worker::spawn(crate::webhooks::worker::worker_from_config(&state.config, state.pool.clone()));
    let jobs = crate::jobs::JobsHandle::spawn(state.pool.clone(), state.config.clone());
    match state.config.mailbox_dir() {
        Some(dir) => tracing::info!(mailbox = %dir.display(), "no SMTP server configured: mail goes to the mailbox folder"),
        None => tracing::info!("mail goes to the configured SMTP server"),
    }
    tracing::info!(%bind, public_url = %public, ops = ?state.config.ops_bind, "portico is listening");
    let state_for_flush = state.clone();
    let served = actix_web::rt::System::new().block_on(async move {
        let main = server(state.clone(), listener)?;
        if let Some(ops) = ops_listener {
            actix_web::rt::spawn(ops_server(state, ops)?);
        }
        main.await
    });
    // After SIGTERM: in-flight requests are done; let the mail and webhook
    // workers finish their message and give back the leases they hold.
    worker.stop();
    webhooks.stop();
    // The API calls counted since the last second.
    if let Ok(mut conn) = state_for_flush.pool.get()
        && let Err(e) = state_for_flush.api_calls.flush(&mut conn)
    {
        tracing::warn!(error = %e, "usage.tally_flush_failed");
    }
    jobs.stop();
    served?;
    tracing::info!("portico stopped");
    Ok(())
}
