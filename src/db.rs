//! The database: one connection type over SQLite and PostgreSQL, chosen at run
//! time by `DATABASE_URL`; the pool; `run` (the one hop to the blocking pool
//! per handler); `read` (the per-request point reads, inline on SQLite);
//! `transaction` (writes, `BEGIN IMMEDIATE` on SQLite); migrations.

pub mod backup;
pub mod migrations;
pub mod schema;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use diesel::connection::{SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::R2D2Connection;

use crate::error::AppError;

/// One connection to whichever backend `DATABASE_URL` names.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Postgres(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

pub type PooledConnection = r2d2::PooledConnection<Manager>;

/// The connection pool and what the server knows of the database's health.
/// Derefs to the r2d2 pool. While the database is known to be down, `run`
/// answers at once instead of waiting out the pool timeout; a probe thread
/// (`spawn_probe`) finds out when it goes and when it is back.
#[derive(Clone)]
pub struct Pool {
    inner: r2d2::Pool<Manager>,
    manager: Manager,
    health: Arc<Health>,
}

impl std::ops::Deref for Pool {
    type Target = r2d2::Pool<Manager>;
    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl Pool {
    pub fn health(&self) -> &Health {
        &self.health
    }

    /// A connection, or `Unavailable` at once while the database is known to
    /// be down.
    pub fn checkout(&self) -> Result<PooledConnection, AppError> {
        if self.health.is_down() {
            return Err(AppError::Unavailable("the database is down (probing)".into()));
        }
        self.inner.get().map_err(|e| AppError::Unavailable(e.to_string()))
    }
}

/// The database's health as the probe last saw it (down, or unable to write). A write refused
/// for want of space (or a read-only database) is remembered, so readiness
/// reports it even while reads still work.
#[derive(Debug)]
pub struct Health {
    down: AtomicBool,
    writable: AtomicBool,
    started: Instant,
    /// Milliseconds since `started` of the last probe that finished (0: none yet).
    probed_at_ms: AtomicU64,
    /// Milliseconds since `started` of the last refused write, plus one (0: none).
    write_refused_at_ms: AtomicU64,
}

/// A write refused this recently keeps the server "not ready".
const WRITE_REFUSAL_MEMORY: Duration = Duration::from_secs(10);
/// A probe older than this means the probe itself is stuck on the database.
const PROBE_STALE: Duration = Duration::from_secs(3);
const PROBE_EVERY: Duration = Duration::from_millis(1_000);
const PROBE_EVERY_WHILE_DOWN: Duration = Duration::from_millis(250);

/// What `/readyz` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    /// The database cannot be reached (or the probe has not finished lately).
    Unreachable,
    /// Reachable, but it refuses writes (disk full, read only).
    CannotWrite,
}

impl Default for Health {
    fn default() -> Self {
        Self {
            down: AtomicBool::new(false),
            writable: AtomicBool::new(true),
            started: Instant::now(),
            probed_at_ms: AtomicU64::new(0),
            write_refused_at_ms: AtomicU64::new(0),
        }
    }
}

impl Health {
    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::Relaxed)
    }

    fn elapsed_ms(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }

    fn set_down(&self, down: bool) {
        let was = self.down.swap(down, Ordering::Relaxed);
        if was != down {
            if down {
                tracing::error!("db.down");
            } else {
                tracing::warn!("db.up");
            }
        }
    }

    /// A request's write was refused for want of space or as read-only.
    pub fn write_refused(&self) {
        self.write_refused_at_ms.store(self.elapsed_ms() + 1, Ordering::Relaxed);
    }

    pub fn readiness(&self) -> Readiness {
        let now = self.elapsed_ms();
        let probed = self.probed_at_ms.load(Ordering::Relaxed);
        if self.is_down() || probed == 0 || now.saturating_sub(probed) > PROBE_STALE.as_millis() as u64 {
            return Readiness::Unreachable;
        }
        let refused = self.write_refused_at_ms.load(Ordering::Relaxed);
        let refused_lately = refused != 0 && now.saturating_sub(refused - 1) < WRITE_REFUSAL_MEMORY.as_millis() as u64;
        if !self.writable.load(Ordering::Relaxed) || refused_lately {
            return Readiness::CannotWrite;
        }
        Readiness::Ready
    }
}

/// Which backend a URL names, decided by its scheme alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DbTarget {
    /// `sqlite://path`, `sqlite:path`, `postgres://…`, `postgresql://…`.
    /// Anything else is refused: an unknown scheme never becomes a SQLite file.
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DbTarget::Postgres(url.to_string()));
        }
        if let Some(rest) = url.strip_prefix("sqlite:") {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            if path.is_empty() || path.contains('?') {
                return Err(format!("`{url}` needs a file path, like sqlite://./data/portico.db"));
            }
            return Ok(DbTarget::Sqlite(PathBuf::from(path)));
        }
        Err(format!("`{}` is not a supported database URL; use sqlite://PATH or postgres://…", redact_url(url)))
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            DbTarget::Sqlite(_) => "sqlite",
            DbTarget::Postgres(_) => "postgres",
        }
    }
}

/// Hides a password in a URL before it reaches a message or a log line.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

/// Our r2d2 manager: opens the backend the target names and prepares it.
#[derive(Debug, Clone)]
pub struct Manager {
    target: DbTarget,
}

impl Manager {
    fn open(&self) -> Result<Conn, diesel::r2d2::Error> {
        match &self.target {
            DbTarget::Sqlite(path) => {
                let mut conn =
                    diesel::SqliteConnection::establish(&path.to_string_lossy()).map_err(diesel::r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_CONNECTION_PRAGMAS).map_err(diesel::r2d2::Error::QueryError)?;
                Ok(Conn::new(AnyConnection::Sqlite(conn)))
            }
            DbTarget::Postgres(url) => diesel::PgConnection::establish(url)
                .map(|c| Conn::new(AnyConnection::Postgres(c)))
                .map_err(diesel::r2d2::Error::ConnectionError),
        }
    }
}

/// Per-connection SQLite settings. WAL is set once, before the pool starts.
const SQLITE_CONNECTION_PRAGMAS: &str = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

/// A pooled connection and what the pool knows of its health. Derefs to
/// [`AnyConnection`], so code takes `&mut AnyConnection` as before.
pub struct Conn {
    inner: AnyConnection,
    /// When it last went back to the pool.
    returned_at: Option<Instant>,
    checkouts: u32,
}

impl std::ops::Deref for Conn {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl std::ops::DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}

impl Conn {
    fn new(inner: AnyConnection) -> Self {
        Self { inner, returned_at: None, checkouts: 0 }
    }
}

/// A PostgreSQL connection back in the pool for less than this is handed out
/// again without a `SELECT 1`: under load that round trip was a third of the
/// database time of a page. Idle ones, and every 64th checkout, are tested.
const FRESH: Duration = Duration::from_secs(1);

impl r2d2::ManageConnection for Manager {
    type Connection = Conn;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<Conn, Self::Error> {
        // Only the probe decides that the database is down: one connection
        // refused under load is no outage.
        self.open()
    }

    fn is_valid(&self, conn: &mut Conn) -> Result<(), Self::Error> {
        conn.checkouts = conn.checkouts.wrapping_add(1);
        // A SQLite file cannot drop a connection.
        let fresh = conn.returned_at.is_some_and(|at| at.elapsed() < FRESH) && !conn.checkouts.is_multiple_of(64);
        if matches!(conn.inner, AnyConnection::Sqlite(_)) || fresh {
            return Ok(());
        }
        conn.inner.batch_execute("SELECT 1").map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut Conn) -> bool {
        // diesel marks a connection broken when the server has dropped it.
        let broken = match &mut conn.inner {
            AnyConnection::Postgres(c) => c.is_broken(),
            AnyConnection::Sqlite(c) => c.is_broken(),
        };
        conn.returned_at = Some(Instant::now());
        broken
    }
}

/// Opens the pool, creating the SQLite file's folder and switching it to WAL.
pub fn connect(database_url: &str, max_size: u32, timeout: Duration) -> anyhow::Result<Pool> {
    let target = DbTarget::parse(database_url).map_err(anyhow::Error::msg)?;
    if let DbTarget::Sqlite(path) = &target {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        // journal_mode is a property of the file: set it once, outside any pool.
        let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy())?;
        conn.batch_execute("PRAGMA journal_mode = WAL;")?;
    }
    let health = Arc::new(Health::default());
    let manager = Manager { target: target.clone() };
    let inner = r2d2::Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .connection_timeout(timeout)
        .build(manager.clone())
        .map_err(|e| anyhow::anyhow!("cannot connect to the {} database: {e}", target.backend_name()))?;
    Ok(Pool { inner, manager, health })
}

/// Starts the thread that probes the database: every second (every 250 ms
/// while it is down) it opens a connection of its own, reads, and writes a
/// row it then deletes, and records what it found. It ends when the last
/// other handle on the pool is gone.
pub fn spawn_probe(pool: &Pool) {
    let manager = pool.manager.clone();
    // The first probe before the server answers, so readiness is known at once.
    record_probe(&pool.health, probe_once(&manager));
    let health = Arc::downgrade(&pool.health);
    let spawned = std::thread::Builder::new().name("db-probe".into()).spawn(move || {
        loop {
            std::thread::sleep(match health.upgrade() {
                Some(h) if h.is_down() => PROBE_EVERY_WHILE_DOWN,
                Some(_) => PROBE_EVERY,
                None => return,
            });
            let Some(health) = health.upgrade() else { return };
            record_probe(&health, probe_once(&manager));
        }
    });
    if let Err(e) = spawned {
        tracing::error!(error = %e, "db.probe_not_started");
    }
}

fn record_probe(health: &Health, outcome: Result<bool, diesel::r2d2::Error>) {
    {
        {
            match outcome {
                Ok(writable) => {
                    health.set_down(false);
                    let was = health.writable.swap(writable, Ordering::Relaxed);
                    if was && !writable {
                        tracing::error!("db.cannot_write");
                    }
                }
                Err(e) => {
                    if !health.is_down() {
                        tracing::error!(error = %e, "db.probe_failed");
                    }
                    health.set_down(true);
                }
            }
            health.probed_at_ms.store(health.elapsed_ms().max(1), Ordering::Relaxed);
        }
    }
}

/// `Ok(writable)` when the database answers; `Err` when it cannot be reached.
fn probe_once(manager: &Manager) -> Result<bool, diesel::r2d2::Error> {
    let mut conn = manager.open()?;
    conn.batch_execute("SELECT 1").map_err(diesel::r2d2::Error::QueryError)?;
    Ok(probe_write(&mut conn).is_ok())
}

/// A real write, as a request would make it: a row of a few pages into
/// `health_probe`, deleted in the same transaction.
pub fn probe_write(conn: &mut AnyConnection) -> QueryResult<()> {
    use schema::health_probe;
    let filler = "x".repeat(16 * 1024);
    transaction(conn, |c| {
        diesel::insert_into(health_probe::table)
            .values((health_probe::filler.eq(&filler), health_probe::checked_at.eq(now())))
            .execute(c)?;
        diesel::delete(health_probe::table).execute(c)?;
        Ok(())
    })
}

/// Runs `f` with a pooled connection on the blocking thread pool. One call per
/// request: the hop costs more than a short query.
pub async fn run<T, F>(pool: &Pool, f: F) -> Result<T, AppError>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    if pool.health.is_down() {
        return Err(AppError::Unavailable("the database is down (probing)".into()));
    }
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.checkout()?;
        let result = f(&mut conn);
        if let Err(AppError::CannotWrite(_)) = &result {
            pool.health.write_refused();
        }
        result
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking task failed: {e}")))?
}

/// A free SQLite connection for a short, indexed read on the calling thread.
/// A point read on SQLite takes microseconds, less than the two thread
/// switches of a hop to the blocking pool; WAL readers never wait for
/// writers. `None` on PostgreSQL (a read waits on the network) or when no
/// connection is free at once — then the caller hops as usual.
pub fn inline_sqlite(pool: &Pool) -> Option<PooledConnection> {
    let conn = pool.try_get()?;
    matches!(**conn, AnyConnection::Sqlite(_)).then_some(conn)
}

/// `run` for the reads every request makes before its handler (the session,
/// the tenant, the signed-in user): inline on SQLite when it can be, else a hop.
/// Only for reads that use an index and never write.
pub async fn read<T, F>(pool: &Pool, f: F) -> Result<T, AppError>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    if let Some(mut conn) = inline_sqlite(pool).filter(|_| !pool.health.is_down()) {
        return f(&mut conn);
    }
    run(pool, f).await
}

type Tm = diesel::connection::AnsiTransactionManager;
type AnyTm = <AnyConnection as Connection>::TransactionManager;

fn in_transaction(conn: &mut AnyConnection) -> bool {
    matches!(AnyTm::transaction_manager_status_mut(conn).transaction_depth(), Ok(Some(_)))
}

/// Runs `f` in the transaction just begun: commits on `Ok`, rolls back on `Err`.
fn finish<T, E, F>(conn: &mut AnyConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    match f(conn) {
        Ok(value) => {
            AnyTm::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            if let Err(rollback) = AnyTm::rollback_transaction(conn) {
                tracing::error!(error = %rollback, "rollback failed");
            }
            Err(e)
        }
    }
}

/// Runs `f` in one write transaction: `BEGIN IMMEDIATE` on SQLite (so a
/// reader never has to upgrade its lock and hit BUSY), `BEGIN` on PostgreSQL;
/// a savepoint when a transaction is already open. Commits on `Ok`, rolls
/// back on `Err`.
pub fn transaction<T, E, F>(conn: &mut AnyConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    // Inside another transaction: a savepoint (a form key's guard around a
    // service that has its own transaction).
    let nested = in_transaction(conn);
    match conn {
        _ if nested => AnyTm::begin_transaction(conn)?,
        AnyConnection::Sqlite(c) => Tm::begin_transaction_sql(c, "BEGIN IMMEDIATE")?,
        AnyConnection::Postgres(c) => <Tm as TransactionManager<diesel::PgConnection>>::begin_transaction(c)?,
    }
    finish(conn, f)
}

/// Runs `f` on one consistent view of the database (an export reading many
/// tables while others write): a deferred transaction on SQLite (a WAL
/// snapshot from its first read), `REPEATABLE READ READ ONLY` on PostgreSQL.
/// Inside another transaction, `f` runs in that one.
pub fn snapshot<T, E, F>(conn: &mut AnyConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    if in_transaction(conn) {
        return f(conn);
    }
    match conn {
        AnyConnection::Sqlite(c) => Tm::begin_transaction_sql(c, "BEGIN DEFERRED")?,
        AnyConnection::Postgres(c) => Tm::begin_transaction_sql(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?,
    }
    finish(conn, f)
}

/// `true` when the error is a unique-constraint violation (on either backend).
/// The claim statements of a leased queue (the mail outbox, webhook
/// deliveries), one per backend. SQLite binds owner, lease end, now, now,
/// now, limit; PostgreSQL `$1` owner, `$2` lease end, `$3` now, `$4` now,
/// `$5` limit. Each returns the `id`s it leased.
pub struct LeaseQueries {
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

#[derive(QueryableByName)]
struct LeasedId {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
}

/// Leases up to `limit` due rows of a queue to `owner` until `lease_until`.
pub fn lease(
    conn: &mut AnyConnection,
    queries: &LeaseQueries,
    owner: &str,
    now: chrono::NaiveDateTime,
    lease_until: chrono::NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    use diesel::sql_types::{BigInt, Text, Timestamp};
    let rows: Vec<LeasedId> = match conn {
        AnyConnection::Sqlite(c) => diesel::sql_query(queries.sqlite)
            .bind::<Text, _>(owner)
            .bind::<Timestamp, _>(lease_until)
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(limit)
            .load(c)?,
        AnyConnection::Postgres(c) => diesel::sql_query(queries.postgres)
            .bind::<Text, _>(owner)
            .bind::<Timestamp, _>(lease_until)
            .bind::<Timestamp, _>(now)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(limit)
            .load(c)?,
    };
    Ok(rows.into_iter().map(|r| r.id).collect())
}

pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(e, diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _))
}

// SQL `lower()` (both backends; SQLite's folds ASCII only), for searches.
diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

/// A search term as a `LIKE` pattern that finds it anywhere, lower-cased,
/// with `%`, `_` and `\\` escaped (use with `.escape('\\')`): the term is
/// data, never a pattern.
pub fn contains_pattern(term: &str) -> String {
    format!("%{}%", term.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

/// The current time, as stored: UTC, microsecond precision (what both backends keep).
pub fn now() -> chrono::NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    now.with_nanosecond_truncated()
}

trait TruncateNanos {
    fn with_nanosecond_truncated(self) -> Self;
}

impl TruncateNanos for chrono::NaiveDateTime {
    fn with_nanosecond_truncated(self) -> Self {
        use chrono::Timelike;
        let micros = self.nanosecond() / 1_000 * 1_000;
        self.with_nanosecond(micros).unwrap_or(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls_choose_the_backend_by_scheme() {
        assert_eq!(DbTarget::parse("sqlite://./data/p.db").unwrap(), DbTarget::Sqlite("./data/p.db".into()));
        assert_eq!(DbTarget::parse("sqlite:///tmp/p.db").unwrap(), DbTarget::Sqlite("/tmp/p.db".into()));
        assert_eq!(DbTarget::parse("sqlite:p.db").unwrap(), DbTarget::Sqlite("p.db".into()));
        assert!(matches!(DbTarget::parse("postgres://u@h/db").unwrap(), DbTarget::Postgres(_)));
        assert!(matches!(DbTarget::parse("postgresql://u@h/db").unwrap(), DbTarget::Postgres(_)));
        for bad in ["mysql://h/db", "./data/p.db", "", "sqlite://", "http://x"] {
            assert!(DbTarget::parse(bad).is_err(), "{bad}");
        }
    }

    /// `.cargo/config.toml` builds the bundled SQLite with the query planner
    /// stability guarantee; without it every statement with a bound LIMIT is
    /// recompiled on each run.
    #[test]
    fn bundled_sqlite_keeps_one_plan_per_statement() {
        #[derive(QueryableByName)]
        struct Opt {
            #[diesel(sql_type = diesel::sql_types::Text)]
            compile_options: String,
        }
        let mut conn = diesel::SqliteConnection::establish(":memory:").unwrap();
        let options: Vec<Opt> = diesel::sql_query("PRAGMA compile_options").load(&mut conn).unwrap();
        assert!(options.iter().any(|o| o.compile_options == "ENABLE_QPSG"), "SQLite was built without SQLITE_ENABLE_QPSG");
    }

    #[test]
    fn passwords_never_reach_messages() {
        let e = DbTarget::parse("mysql://user:hunter2@h/db").unwrap_err();
        assert!(!e.contains("hunter2"));
    }
}

#[derive(diesel::QueryableByName)]
struct TableName {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

/// Every table of the schema that has a column `column`, read from the
/// database's own catalogue (not a hand-kept list), oldest table first.
pub fn tables_with_column(conn: &mut AnyConnection, column: &str) -> QueryResult<Vec<String>> {
    use diesel::RunQueryDsl;
    let rows: Vec<TableName> = match conn {
        AnyConnection::Sqlite(c) => diesel::sql_query(
            "SELECT m.name AS name FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND p.name = ? ORDER BY m.rowid",
        )
        .bind::<diesel::sql_types::Text, _>(column)
        .load(c)?,
        AnyConnection::Postgres(c) => diesel::sql_query(
            "SELECT c.table_name::text AS name FROM information_schema.columns c \
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.column_name = $1 \
             ORDER BY (quote_ident(c.table_name))::regclass::oid",
        )
        .bind::<diesel::sql_types::Text, _>(column)
        .load(c)?,
    };
    Ok(rows.into_iter().map(|r| r.name).collect())
}

#[derive(diesel::QueryableByName)]
struct ColumnInfo {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    kind: String,
}

/// A table's columns and their declared types (lower case), from the catalogue.
pub fn columns(conn: &mut AnyConnection, table: &str) -> QueryResult<Vec<(String, String)>> {
    use diesel::RunQueryDsl;
    let rows: Vec<ColumnInfo> = match conn {
        AnyConnection::Sqlite(c) => diesel::sql_query("SELECT name AS name, lower(type) AS kind FROM pragma_table_info(?) ORDER BY cid")
            .bind::<diesel::sql_types::Text, _>(table)
            .load(c)?,
        AnyConnection::Postgres(c) => diesel::sql_query(
            "SELECT column_name::text AS name, lower(data_type)::text AS kind FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
        )
        .bind::<diesel::sql_types::Text, _>(table)
        .load(c)?,
    };
    Ok(rows.into_iter().map(|r| (r.name, r.kind)).collect())
}

#[derive(diesel::QueryableByName)]
struct JsonRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    j: String,
}

/// Every row of `table` whose `tenant_id` is `tenant_id`, each as one JSON
/// object (column → value), in the order of the table's first column.
/// Timestamps are written `YYYY-MM-DDTHH:MM:SS.ffffff` (ISO 8601, UTC) on both backends.
/// `table` must be a name the catalogue gave ([`tables_with_column`]).
pub fn rows_as_json(conn: &mut AnyConnection, table: &str, tenant_id: i64) -> QueryResult<Vec<String>> {
    use diesel::RunQueryDsl;
    let columns = columns(conn, table)?;
    let ident = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
    let rows: Vec<JsonRow> = match conn {
        AnyConnection::Sqlite(c) => {
            let pairs: Vec<String> = columns
                .iter()
                .map(|(name, kind)| {
                    // Stored as text with 0, 3, 6 or 9 digits of fraction: written
                    // with 6, as PostgreSQL writes them.
                    let c = ident(name);
                    let value = if kind.contains("timestamp") {
                        format!(
                            "CASE WHEN {c} IS NULL THEN NULL WHEN instr({c}, '.') = 0 THEN replace({c}, ' ', 'T') || '.000000' \
                             ELSE substr(replace({c}, ' ', 'T') || '000000', 1, 26) END"
                        )
                    } else {
                        c
                    };
                    format!("'{}', {value}", name.replace('\'', "''"))
                })
                .collect();
            let first = ident(&columns.first().map(|c| c.0.clone()).unwrap_or_default());
            let sql = format!("SELECT json_object({}) AS j FROM {} WHERE tenant_id = ? ORDER BY {first}", pairs.join(", "), ident(table));
            diesel::sql_query(sql).bind::<diesel::sql_types::BigInt, _>(tenant_id).load(c)?
        }
        AnyConnection::Postgres(c) => {
            let fields: Vec<String> = columns
                .iter()
                .map(|(name, kind)| {
                    if kind.contains("timestamp") {
                        format!("to_char({}, 'YYYY-MM-DD\"T\"HH24:MI:SS.US') AS {}", ident(name), ident(name))
                    } else {
                        ident(name)
                    }
                })
                .collect();
            let first = ident(&columns.first().map(|c| c.0.clone()).unwrap_or_default());
            let sql = format!(
                "SELECT row_to_json(portico_export_row)::text AS j FROM (SELECT {} FROM {} WHERE tenant_id = $1 ORDER BY {first}) portico_export_row",
                fields.join(", "),
                ident(table)
            );
            diesel::sql_query(sql).bind::<diesel::sql_types::BigInt, _>(tenant_id).load(c)?
        }
    };
    Ok(rows.into_iter().map(|r| r.j).collect())
}

#[derive(diesel::QueryableByName)]
struct ForeignKeyColumn {
    #[diesel(sql_type = diesel::sql_types::Text)]
    col: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    target: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    target_col: String,
}

/// The declared foreign keys of `table`, from the catalogue: each column
/// that references another table's `id`, with that table (`tenant_id`
/// halves of composite keys left out).
pub fn foreign_keys(conn: &mut AnyConnection, table: &str) -> QueryResult<Vec<(String, String)>> {
    use diesel::RunQueryDsl;
    let rows: Vec<ForeignKeyColumn> = match conn {
        AnyConnection::Sqlite(c) => diesel::sql_query(
            "SELECT \"from\" AS col, \"table\" AS target, coalesce(\"to\", 'id') AS target_col FROM pragma_foreign_key_list(?)",
        )
        .bind::<diesel::sql_types::Text, _>(table)
        .load(c)?,
        AnyConnection::Postgres(c) => diesel::sql_query(
            "SELECT a.attname::text AS col, cf.relname::text AS target, af.attname::text AS target_col \
             FROM pg_constraint k \
             JOIN pg_class cl ON cl.oid = k.conrelid \
             JOIN pg_class cf ON cf.oid = k.confrelid \
             CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS pair(attnum, fattnum) \
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = pair.attnum \
             JOIN pg_attribute af ON af.attrelid = k.confrelid AND af.attnum = pair.fattnum \
             WHERE k.contype = 'f' AND cl.relname = $1 AND cl.relnamespace = current_schema()::regnamespace",
        )
        .bind::<diesel::sql_types::Text, _>(table)
        .load(c)?,
    };
    let mut out: Vec<(String, String)> = rows.into_iter().filter(|r| r.target_col == "id").map(|r| (r.col, r.target)).collect();
    out.sort();
    out.dedup();
    Ok(out)
}
