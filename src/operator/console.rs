//! The operator console on the platform host: signing in with a one-time
//! link (a confirmation first, so mail scanners cannot use it up), the list
//! of tenants, signing out.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::platform::operators::{self, CurrentOperator};
use crate::platform::tenants::{self, TenantSummary};
use crate::state::AppState;
use crate::tenancy::site::Site;
use crate::web::ctx::PageCtx;
use crate::web::redirect::redirect;
use crate::web::render::render;
use crate::web::session;

#[derive(Template)]
#[template(path = "platform/operator_sign_in.html")]
struct SignInPage {
    ctx: PageCtx,
    token: String,
    valid: bool,
}

#[derive(Template)]
#[template(path = "platform/console.html")]
struct ConsolePage {
    ctx: PageCtx,
    operator: CurrentOperator,
    tenants: Vec<TenantSummary>,
    urls: Vec<String>,
}

fn platform_only(site: &Site) -> Result<(), AppError> {
    match site {
        Site::Platform => Ok(()),
        Site::Tenant(_) => Err(AppError::NotFound),
    }
}

/// The link opens a confirmation (mail scanners that fetch links must not use it up).
async fn sign_in_page(ctx: PageCtx, site: Site, token: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let token = token.into_inner();
    let check = token.clone();
    let valid = db::run(&state.pool, move |conn| Ok(operators::live_token(conn, &check, db::now())?.is_some())).await?;
    let status = if valid { StatusCode::OK } else { StatusCode::GONE };
    render(status, &SignInPage { ctx, token, valid })
}

async fn sign_in(site: Site, session: Session, token: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let token = token.into_inner();
    let operator = db::run(&state.pool, move |conn| Ok(operators::consume(conn, &token)?)).await?;
    let Some(operator_id) = operator else {
        return Err(AppError::NotFound);
    };
    session::sign_in_operator(&session, operator_id);
    tracing::info!(operator_id, "platform.operator_sign_in");
    Ok(redirect("/operator"))
}

async fn console(ctx: PageCtx, site: Site, operator: CurrentOperator, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let tenants = db::run(&state.pool, |conn| tenants::list(conn).map_err(|e| AppError::Internal(e.into()))).await?;
    let urls = tenants.iter().map(|t| state.config.tenant_url(&t.tenant.slug)).collect();
    render(StatusCode::OK, &ConsolePage { ctx, operator, tenants, urls })
}

async fn sign_out(site: Site, session: Session) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    session.purge();
    Ok(redirect("/"))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/operator", console)
        .post("/operator/sign-out", sign_out)
        .get("/operator/sign-in/{token}", sign_in_page)
        .post("/operator/sign-in/{token}", sign_in);
}
