//! Probes and metrics. `/metrics` answers whoever holds `PORTICO_METRICS_TOKEN`
//! as a bearer token, or anyone when `PORTICO_METRICS_PUBLIC=1`.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use subtle::ConstantTimeEq;

use crate::db::Readiness;
use crate::state::AppState;

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain; charset=utf-8").body("ok\n")
}

/// Answers from what the database probe last found (`db::spawn_probe`), so
/// it never waits on the database: ready, unreachable, or refusing writes.
async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let text = |t: &'static str| HttpResponse::build(StatusCode::SERVICE_UNAVAILABLE).content_type("text/plain; charset=utf-8").body(t);
    match state.pool.health().readiness() {
        Readiness::Ready => HttpResponse::Ok().content_type("text/plain; charset=utf-8").body("ready\n"),
        Readiness::Unreachable => text("database unreachable\n"),
        Readiness::CannotWrite => text("database cannot write\n"),
    }
}

fn metrics_allowed(req: &HttpRequest, state: &AppState) -> bool {
    if let Some(token) = &state.config.metrics_token {
        let presented = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
        if let Some(presented) = presented {
            return presented.as_bytes().ct_eq(token.as_bytes()).into();
        }
    }
    // Behind a proxy on the same host every peer is loopback: no token, no
    // metrics, unless the operator opted out.
    state.config.metrics_public
}

async fn metrics(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if !metrics_allowed(&req, &state) {
        return HttpResponse::Forbidden().content_type("text/plain; charset=utf-8").body("forbidden\n");
    }
    HttpResponse::Ok().content_type("text/plain; version=0.0.4; charset=utf-8").body(state.metrics.render())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/healthz", healthz).get("/readyz", readyz).get("/metrics", metrics);
}
