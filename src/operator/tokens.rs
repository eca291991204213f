//! Operator tokens for the platform API, in the console: made with a name,
//! shown once, listed with their last use, revoked.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::console::platform_only;
use crate::audit::Actor;
use crate::db;
use crate::error::AppError;
use crate::platform::api_tokens::{self, ApiToken};
use crate::platform::operators::CurrentOperator;
use crate::state::AppState;
use crate::tenancy::site::Site;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

#[derive(Template)]
#[template(path = "platform/tokens.html")]
struct TokensPage {
    ctx: PageCtx,
    tokens: Vec<(ApiToken, String)>,
    /// The secret of the token just made: shown this once.
    fresh: Option<String>,
    name: String,
    errors: FieldErrors,
    api_base: String,
}

async fn page_with(
    ctx: PageCtx,
    state: &AppState,
    fresh: Option<String>,
    name: String,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let tokens = db::run(&state.pool, |conn| Ok(api_tokens::list(conn)?)).await?;
    let api_base = format!("{}/api/platform/v1", state.config.public_url.as_str().trim_end_matches('/'));
    render(status, &TokensPage { ctx, tokens, fresh, name, errors, api_base })
}

async fn list(ctx: PageCtx, site: Site, _operator: CurrentOperator, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    page_with(ctx, &state, None, String::new(), FieldErrors::new(), StatusCode::OK).await
}

#[derive(Deserialize)]
struct NewToken {
    #[serde(default)]
    name: String,
}

async fn create(
    ctx: PageCtx,
    site: Site,
    operator: CurrentOperator,
    actor: Actor,
    form: web::Form<NewToken>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let mut errors = FieldErrors::new();
    let name = validate::required_text(ctx.translator(), &mut errors, "name", &form.name, 80);
    if !errors.is_empty() {
        return page_with(ctx, &state, None, form.name.clone(), errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let (_, secret) = db::run(&state.pool, move |conn| Ok(api_tokens::create(conn, &operator, &actor, &name)?)).await?;
    // Shown on this answer only: it is stored hashed and cannot be shown again.
    page_with(ctx, &state, Some(secret), String::new(), FieldErrors::new(), StatusCode::OK).await
}

async fn revoke(
    site: Site,
    _operator: CurrentOperator,
    actor: Actor,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let id = id.into_inner();
    let revoked = db::run(&state.pool, move |conn| Ok(api_tokens::revoke(conn, &actor, id)?)).await?;
    if revoked == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/operator/api-tokens", Flash::success("operator-token-revoked")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/operator/api-tokens", list)
        .post("/operator/api-tokens", create)
        .post("/operator/api-tokens/{id}/revoke", revoke);
}
