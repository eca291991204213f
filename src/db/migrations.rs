//! Embedded migrations, written twice (`migrations/sqlite`, `migrations/postgres`)
//! with the same version names, applied by `serve` and `migrate`.

use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::AnyConnection;

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Applies every pending migration; returns the versions applied.
pub fn run_pending(conn: &mut AnyConnection) -> Result<Vec<String>, BoxError> {
    let applied = match conn {
        AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE)?,
        AnyConnection::Postgres(c) => c.run_pending_migrations(POSTGRES)?,
    };
    Ok(applied.iter().map(ToString::to_string).collect())
}

/// Reverts every applied migration (used by the up → down → up check).
pub fn revert_all(conn: &mut AnyConnection) -> Result<Vec<String>, BoxError> {
    let reverted = match conn {
        AnyConnection::Sqlite(c) => c.revert_all_migrations(SQLITE)?,
        AnyConnection::Postgres(c) => c.revert_all_migrations(POSTGRES)?,
    };
    Ok(reverted.iter().map(ToString::to_string).collect())
}

/// The versions applied so far, oldest first.
pub fn applied(conn: &mut AnyConnection) -> Result<Vec<String>, BoxError> {
    let mut versions = match conn {
        AnyConnection::Sqlite(c) => c.applied_migrations()?,
        AnyConnection::Postgres(c) => c.applied_migrations()?,
    };
    versions.sort();
    Ok(versions.iter().map(ToString::to_string).collect())
}
