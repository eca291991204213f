//! `AppError`: what can go wrong in a request or a service call. The web
//! layer (`web::errors`) maps it to a status and renders the body once, as a
//! localized, branded page (or an htmx fragment); 5xx are logged there, once,
//! and never show internals.

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("bad request")]
    BadRequest,
    #[error("unauthorized")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    /// Also the answer for anything across a tenant or partner boundary.
    #[error("not found")]
    NotFound,
    #[error("conflict")]
    Conflict,
    /// What the address led to is gone for good (an expired download link).
    #[error("gone")]
    Gone,
    #[error("payload too large")]
    PayloadTooLarge,
    /// Not signed in: go to the sign-in page, then come back here.
    #[error("sign-in required")]
    SignInRequired(String),
    #[error("too many attempts")]
    TooManyRequests,
    /// The change would cross a limit of the tenant's plan (the metric's key
    /// and the limit): nothing was changed.
    #[error("plan limit reached: {metric} ({limit})")]
    LimitReached { metric: &'static str, limit: i64 },
    /// A feature the tenant's plan does not include (its key).
    #[error("not part of the plan: {0}")]
    FeatureOff(&'static str),
    /// A dependency (database, pool) is down; the request may be retried.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// The database refuses to store anything (disk full, read only): 503,
    /// and readiness reports it until writes work again.
    #[error("database cannot write: {0}")]
    CannotWrite(String),
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind as Kind, Error};
        match e {
            Error::NotFound => AppError::NotFound,
            // The server went away under a query: retry later, not a bug.
            Error::DatabaseError(Kind::ClosedConnection | Kind::UnableToSendCommand, info) => {
                AppError::Unavailable(format!("database connection lost: {}", info.message()))
            }
            Error::DatabaseError(kind, ref info) if cannot_store(&kind, info.message()) => {
                AppError::CannotWrite(info.message().to_string())
            }
            other => AppError::Internal(anyhow::Error::new(other).context("database query")),
        }
    }
}

/// Errors that say the database cannot store anything now, on either backend:
/// SQLite's "database or disk is full", I/O and read-only errors; PostgreSQL's
/// read-only transactions (a standby after a failover) and full disks.
fn cannot_store(kind: &diesel::result::DatabaseErrorKind, message: &str) -> bool {
    if matches!(kind, diesel::result::DatabaseErrorKind::ReadOnlyTransaction) {
        return true;
    }
    let m = message.to_ascii_lowercase();
    ["disk is full", "disk i/o error", "readonly database", "read-only transaction", "no space left", "could not extend file"]
        .iter()
        .any(|needle| m.contains(needle))
}

impl From<r2d2::Error> for AppError {
    fn from(e: r2d2::Error) -> Self {
        AppError::Unavailable(e.to_string())
    }
}
