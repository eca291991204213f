//! The platform host (the bare base domain): its landing page, and the
//! operational endpoints every host answers (`/healthz`, `/readyz`, `/metrics`).

pub mod operators;
pub mod ops;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use crate::config::Config;
use crate::error::AppError;
use crate::web::{PageCtx, render};

#[derive(Template)]
#[template(path = "platform/landing.html")]
struct LandingPage {
    ctx: PageCtx,
    example_url: String,
}

pub fn landing(ctx: PageCtx, config: &Config) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &LandingPage { ctx, example_url: config.tenant_url("acme") })
}
