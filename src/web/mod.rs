//! The web layer shared by every slice: `PageCtx`, the htmx extractor,
//! signed flash messages, embedded assets, the response-finishing middleware
//! (security headers, caching, error pages) and the language switch.

pub mod assets;
pub mod client;
pub mod csrf;
pub mod ctx;
pub mod errors;
pub mod finish;
pub mod flash;
pub mod forms;
pub mod hx;
pub mod language;
pub mod routes;
pub mod signing;

pub use ctx::PageCtx;
pub use hx::HxRequest;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

/// Renders a template with a status (askama_web's responder always says 200).
pub fn render<T: Template>(status: StatusCode, template: &T) -> Result<HttpResponse, crate::error::AppError> {
    let body = template.render().map_err(|e| crate::error::AppError::Internal(anyhow::anyhow!("template: {e}")))?;
    Ok(HttpResponse::build(status).content_type("text/html; charset=utf-8").body(body))
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    assets::configure(cfg);
    language::configure(cfg);
}
