//! Platform operators: created from the command line, which prints a
//! one-time sign-in link (15 minutes); they sign in on the platform host
//! only and see every tenant there.

use std::future::{Ready, ready};

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, dev::Payload, web};
use askama::Template;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;

use crate::db::schema::{operator_tokens, operators};
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::identity::invitations::hash_token;
use crate::identity::session;
use crate::startup::AppState;
use crate::tenancy::Site;
use crate::tenancy::service::{self, TenantSummary};
use crate::web::{PageCtx, render};

pub const LINK_MINUTES: i64 = 15;

/// Creates the operator if needed and a fresh one-time sign-in token.
pub fn create_with_link(conn: &mut AnyConnection, email: &str) -> Result<(i64, String, NaiveDateTime), anyhow::Error> {
    let email = service::validate_email(email)?;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let now = db::now();
    let expires_at = now + chrono::Duration::minutes(LINK_MINUTES);
    let id = db::transaction(conn, |c| -> Result<i64, diesel::result::Error> {
        let existing: Option<i64> = operators::table.filter(operators::email.eq(&email)).select(operators::id).first(c).optional()?;
        let id = match existing {
            Some(id) => id,
            None => diesel::insert_into(operators::table)
                .values((operators::email.eq(&email), operators::created_at.eq(now)))
                .returning(operators::id)
                .get_result(c)?,
        };
        diesel::insert_into(operator_tokens::table)
            .values((
                operator_tokens::operator_id.eq(id),
                operator_tokens::token_hash.eq(hash_token(&token)),
                operator_tokens::expires_at.eq(expires_at),
                operator_tokens::created_at.eq(now),
            ))
            .execute(c)?;
        Ok(id)
    })?;
    Ok((id, token, expires_at))
}

fn live_token(conn: &mut AnyConnection, token: &str, now: NaiveDateTime) -> QueryResult<Option<(i64, i64)>> {
    operator_tokens::table
        .filter(operator_tokens::token_hash.eq(hash_token(token)))
        .filter(operator_tokens::used_at.is_null())
        .filter(operator_tokens::expires_at.gt(now))
        .select((operator_tokens::id, operator_tokens::operator_id))
        .first(conn)
        .optional()
}

/// Uses a sign-in link up; returns the operator it belongs to.
fn consume(conn: &mut AnyConnection, token: &str) -> QueryResult<Option<i64>> {
    let now = db::now();
    db::transaction(conn, |c| {
        let Some((token_id, operator_id)) = live_token(c, token, now)? else {
            return Ok(None);
        };
        diesel::update(operator_tokens::table.filter(operator_tokens::id.eq(token_id)))
            .set(operator_tokens::used_at.eq(Some(now)))
            .execute(c)?;
        diesel::update(operators::table.filter(operators::id.eq(operator_id))).set(operators::last_sign_in_at.eq(Some(now))).execute(c)?;
        Ok(Some(operator_id))
    })
}

/// The signed-in operator of a platform-host request.
#[derive(Clone, Debug)]
pub struct CurrentOperator {
    pub id: i64,
    pub email: String,
}

impl FromRequest for CurrentOperator {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(req.extensions().get::<CurrentOperator>().cloned().ok_or(AppError::NotFound))
    }
}

/// Looks the operator up (called by the resolver on the platform host).
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<CurrentOperator>> {
    let email: Option<String> = operators::table.filter(operators::id.eq(id)).select(operators::email).first(conn).optional()?;
    Ok(email.map(|email| CurrentOperator { id, email }))
}

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
    let valid = db::run(&state.pool, move |conn| Ok(live_token(conn, &check, db::now())?.is_some())).await?;
    let status = if valid { StatusCode::OK } else { StatusCode::GONE };
    crate::web::render(status, &SignInPage { ctx, token, valid })
}

async fn sign_in(site: Site, session: Session, token: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let token = token.into_inner();
    let operator = db::run(&state.pool, move |conn| Ok(consume(conn, &token)?)).await?;
    let Some(operator_id) = operator else {
        return Err(AppError::NotFound);
    };
    session::sign_in_operator(&session, operator_id);
    tracing::info!(operator_id, "platform.operator_sign_in");
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, "/operator")).finish())
}

async fn console(ctx: PageCtx, site: Site, operator: CurrentOperator, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let tenants = db::run(&state.pool, |conn| service::list(conn).map_err(|e| AppError::Internal(e.into()))).await?;
    let urls = tenants.iter().map(|t| state.config.tenant_url(&t.tenant.slug)).collect();
    render(StatusCode::OK, &ConsolePage { ctx, operator, tenants, urls })
}

async fn sign_out(site: Site, session: Session) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    session.purge();
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, "/")).finish())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/operator", console)
        .post("/operator/sign-out", sign_out)
        .get("/operator/sign-in/{token}", sign_in_page)
        .post("/operator/sign-in/{token}", sign_in);
}
