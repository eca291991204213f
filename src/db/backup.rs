//! Backup and restore of the database.
//!
//! SQLite: `backup` writes an online, consistent copy with `VACUUM INTO` while
//! the server keeps serving and writing (readers and writers are not
//! blocked; the copy is one read transaction, so it holds exactly what was
//! committed when it began). `restore` checks the copy first (SQLite's
//! integrity check, and that it is a Portico database), refuses while a
//! server uses the target (every server holds a shared lock on
//! `<database>.lock`), and swaps the file in with a rename, so the target is
//! either the old database or the restored one, never half of each.
//!
//! PostgreSQL: the tools made for it do this better; both commands say which
//! `pg_dump` / `pg_restore` command to run.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::{Connection, RunQueryDsl, SqliteConnection};

use super::DbTarget;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "PostgreSQL is backed up with its own tools: {0}\n(Portico writes no backup of a PostgreSQL database itself; see README, \"Backup and restore\".)"
    )]
    UsePostgresTools(String),
    #[error("{0} exists already; choose a new file name (a backup never overwrites a file)")]
    Exists(PathBuf),
    #[error("{0} is not a usable backup: {1}")]
    NotABackup(PathBuf, String),
    #[error(
        "a Portico server is using {0} (it holds {0}.lock); stop every server on this database before restoring, so no acknowledged write is lost"
    )]
    InUse(PathBuf),
    #[error("database: {0}")]
    Db(String),
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("{0}")]
    Url(String),
}

/// A written backup or a restored database.
#[derive(Debug)]
pub struct Done {
    pub path: PathBuf,
    pub bytes: u64,
    pub took: Duration,
}

fn target(database_url: &str) -> Result<DbTarget, BackupError> {
    DbTarget::parse(database_url).map_err(BackupError::Url)
}

fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

fn open_lock(db: &Path) -> Result<File, BackupError> {
    let path = lock_path(db);
    OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(|e| BackupError::Io(path, e))
}

/// Held by every server for as long as it runs (SQLite only): `restore`
/// refuses while any server holds it.
pub fn serving_lock(database_url: &str) -> Result<Option<File>, BackupError> {
    match target(database_url)? {
        DbTarget::Sqlite(db) => {
            let file = open_lock(&db)?;
            file.lock_shared().map_err(|e| BackupError::Io(lock_path(&db), e))?;
            Ok(Some(file))
        }
        DbTarget::Postgres(_) => Ok(None),
    }
}

fn sql_text(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "''"))
}

fn db_error(e: impl std::fmt::Display) -> BackupError {
    BackupError::Db(e.to_string())
}

#[derive(diesel::QueryableByName)]
struct Line {
    #[diesel(sql_type = diesel::sql_types::Text)]
    integrity_check: String,
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// SQLite's integrity check and the marks of a Portico database (its
/// migrations and its tenants table).
fn check(path: &Path) -> Result<(), BackupError> {
    let not = |why: String| BackupError::NotABackup(path.to_path_buf(), why);
    let mut conn = SqliteConnection::establish(&path.display().to_string()).map_err(|e| not(e.to_string()))?;
    let lines: Vec<Line> = diesel::sql_query("PRAGMA integrity_check").load(&mut conn).map_err(|e| not(e.to_string()))?;
    if lines.len() != 1 || lines[0].integrity_check != "ok" {
        let found: Vec<String> = lines.into_iter().take(3).map(|l| l.integrity_check).collect();
        return Err(not(format!("the integrity check failed: {}", found.join("; "))));
    }
    for sql in ["SELECT COUNT(*) AS n FROM __diesel_schema_migrations", "SELECT COUNT(*) AS n FROM tenants"] {
        diesel::sql_query(sql).get_result::<Count>(&mut conn).map(|c| c.n).map_err(|_| not("it is not a Portico database".into()))?;
    }
    Ok(())
}

fn postgres_dump(url: &str, file: &Path) -> String {
    format!("pg_dump --format=custom --no-owner --file {} '{}'", file.display(), super::redact_url(url))
}

fn postgres_restore(url: &str, file: &Path) -> String {
    format!("pg_restore --clean --if-exists --no-owner --single-transaction --dbname '{}' {}", super::redact_url(url), file.display())
}

/// Writes an online, consistent copy of the database to `dest` (a new file).
pub fn backup(database_url: &str, dest: &Path) -> Result<Done, BackupError> {
    let db = match target(database_url)? {
        DbTarget::Sqlite(db) => db,
        DbTarget::Postgres(url) => return Err(BackupError::UsePostgresTools(postgres_dump(&url, dest))),
    };
    if dest.exists() {
        return Err(BackupError::Exists(dest.to_path_buf()));
    }
    let started = Instant::now();
    let mut conn = SqliteConnection::establish(&db.display().to_string()).map_err(db_error)?;
    // Wait for a writer rather than fail: the server keeps writing meanwhile.
    conn.batch_execute("PRAGMA busy_timeout = 10000").map_err(db_error)?;
    conn.batch_execute(&format!("VACUUM INTO {}", sql_text(dest))).map_err(db_error)?;
    drop(conn);
    check(dest)?;
    let bytes = std::fs::metadata(dest).map_err(|e| BackupError::Io(dest.to_path_buf(), e))?.len();
    Ok(Done { path: dest.to_path_buf(), bytes, took: started.elapsed() })
}

/// Replaces the database with the backup `src`, after checking it, when no
/// server uses the database.
pub fn restore(database_url: &str, src: &Path) -> Result<Done, BackupError> {
    let db = match target(database_url)? {
        DbTarget::Sqlite(db) => db,
        DbTarget::Postgres(url) => return Err(BackupError::UsePostgresTools(postgres_restore(&url, src))),
    };
    let started = Instant::now();
    if !src.is_file() {
        return Err(BackupError::NotABackup(src.to_path_buf(), "no such file".into()));
    }
    // A copy next to the database (same file system, so the rename is atomic);
    // the backup itself is never opened for writing.
    let mut tmp = db.as_os_str().to_owned();
    tmp.push(".restoring");
    let tmp = PathBuf::from(tmp);
    std::fs::copy(src, &tmp).map_err(|e| BackupError::Io(tmp.clone(), e))?;
    let checked = check(&tmp);
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&tmp);
        return Err(match e {
            BackupError::NotABackup(_, why) => BackupError::NotABackup(src.to_path_buf(), why),
            other => other,
        });
    }
    let lock = open_lock(&db)?;
    if lock.try_lock().is_err() {
        let _ = std::fs::remove_file(&tmp);
        return Err(BackupError::InUse(db));
    }
    // The old database's write-ahead log belongs to it: fold it in and remove
    // it, so it is never replayed onto the restored file.
    if db.exists() {
        let mut old = SqliteConnection::establish(&db.display().to_string()).map_err(db_error)?;
        old.batch_execute("PRAGMA wal_checkpoint(TRUNCATE)").map_err(db_error)?;
        drop(old);
        for suffix in ["-wal", "-shm"] {
            let mut side = db.as_os_str().to_owned();
            side.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(side));
        }
    }
    File::open(&tmp).and_then(|f| f.sync_all()).map_err(|e| BackupError::Io(tmp.clone(), e))?;
    std::fs::rename(&tmp, &db).map_err(|e| BackupError::Io(db.clone(), e))?;
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = File::open(dir).and_then(|d| d.sync_all());
    }
    drop(lock);
    let bytes = std::fs::metadata(&db).map_err(|e| BackupError::Io(db.clone(), e))?.len();
    Ok(Done { path: db, bytes, took: started.elapsed() })
}
