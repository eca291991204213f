//! `AppError`: what can go wrong in a request, mapped to a status. The body is
//! rendered once, by `web::errors`, as a localized, branded page (or an htmx
//! fragment); 5xx are logged here, once, and never show internals.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

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

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::SignInRequired(_) => StatusCode::SEE_OTHER,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(e) => tracing::error!(error = %format!("{e:#}"), "request failed"),
            AppError::Unavailable(e) => tracing::error!(error = %e, "dependency unavailable"),
            AppError::SignInRequired(return_to) => {
                let location =
                    format!("/sign-in?return_to={}", url::form_urlencoded::byte_serialize(return_to.as_bytes()).collect::<String>());
                return HttpResponse::SeeOther()
                    .insert_header((actix_web::http::header::LOCATION, location.clone()))
                    .insert_header(("HX-Redirect", location))
                    .finish();
            }
            _ => {}
        }
        // The body is filled in by `web::errors::render_error_pages`.
        HttpResponse::new(self.status_code())
    }
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
