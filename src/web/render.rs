//! Rendering an askama page with a status (askama_web's responder always
//! says 200), so a failed form answers 422 with its messages.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use crate::error::AppError;

pub fn render<T: Template>(status: StatusCode, template: &T) -> Result<HttpResponse, AppError> {
    let body = template.render().map_err(|e| AppError::Internal(anyhow::anyhow!("template: {e}")))?;
    Ok(HttpResponse::build(status).content_type("text/html; charset=utf-8").body(body))
}

/// As [`render`], with the page's own Content-Security-Policy (pages that
/// show lesson bodies allow https images and the video hosts' frames).
pub fn render_with_csp<T: Template>(status: StatusCode, template: &T, csp: &str) -> Result<HttpResponse, AppError> {
    let mut response = render(status, template)?;
    if let Ok(value) = actix_web::http::header::HeaderValue::from_str(csp) {
        response.headers_mut().insert(actix_web::http::header::CONTENT_SECURITY_POLICY, value);
    }
    Ok(response)
}
