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
    #[error("payload too large")]
    PayloadTooLarge,
    /// Not signed in: go to the sign-in page, then come back here.
    #[error("sign-in required")]
    SignInRequired(String),
    #[error("too many attempts")]
    TooManyRequests,
    /// A dependency (database, pool) is down; the request may be retried.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => AppError::NotFound,
            other => AppError::Internal(anyhow::Error::new(other).context("database query")),
        }
    }
}

impl From<r2d2::Error> for AppError {
    fn from(e: r2d2::Error) -> Self {
        AppError::Unavailable(e.to_string())
    }
}
