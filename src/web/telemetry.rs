//! The outermost middleware: a request id (echoed in `X-Request-Id`), a span
//! per request that later layers fill with the tenant and user, one log line
//! and the metrics for each request.

use std::time::Instant;

use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, web};
use tracing::Instrument;

use crate::state::AppState;
use crate::telemetry::RequestId;

/// Only the standard methods become label values.
fn method_label(method: &actix_web::http::Method) -> &'static str {
    match method.as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        _ => "OTHER",
    }
}

/// What a log line may say about where a request went: its route pattern,
/// or `<unmatched>`.
pub fn loggable_route(req: &ServiceRequest) -> String {
    req.match_pattern().unwrap_or_else(|| "<unmatched>".to_string())
}

pub async fn trace_request(req: ServiceRequest, next: Next<BoxBody>) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let request_id = uuid::Uuid::new_v4().simple().to_string();
    req.extensions_mut().insert(RequestId(request_id.clone()));
    let method = method_label(req.method());
    let span = tracing::info_span!(
        "request",
        request_id = %request_id,
        method,
        // The route pattern, never the path: paths carry secrets
        // (`/invitations/{token}`, `/password/reset/{token}`).
        route = %loggable_route(&req),
        tenant = tracing::field::Empty,
        user_id = tracing::field::Empty,
    );
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let result = next.call(req).instrument(span.clone()).await;
    let mut res = match result {
        Ok(res) => res,
        Err(e) => {
            if let Some(state) = &state {
                state.metrics.observe(method, "<error>", 500, started.elapsed().as_secs_f64());
            }
            return Err(e);
        }
    };
    let status = res.status().as_u16();
    let route = res.request().match_pattern().unwrap_or_else(|| "<unmatched>".to_string());
    let seconds = started.elapsed().as_secs_f64();
    if let Some(state) = state {
        state.metrics.observe(method, &route, status, seconds);
    }
    span.in_scope(|| {
        tracing::info!(status, latency_ms = seconds * 1_000.0, "request finished");
    });
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        res.headers_mut().insert(HeaderName::from_static("x-request-id"), value);
    }
    Ok(res)
}
