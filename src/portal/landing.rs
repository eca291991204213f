//! What `/` shows on the platform host (the bare base domain): the product's
//! landing page.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use crate::config::Config;
use crate::error::AppError;
use crate::web::ctx::PageCtx;
use crate::web::render::render;

#[derive(Template)]
#[template(path = "platform/landing.html")]
struct LandingPage {
    ctx: PageCtx,
    example_url: String,
}

pub fn page(ctx: PageCtx, config: &Config) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &LandingPage { ctx, example_url: config.tenant_url("acme") })
}
