//! Administration → API: the vendor admin makes tokens for the tenant's API
//! (a name, read or read-write, an optional expiry), sees each one's last
//! use, and revokes one that leaked. A token is shown once, when it is made.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::identity::api_tokens::{self, NewToken, Scope};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

/// One token as the list shows it.
struct TokenRow {
    id: i64,
    name: String,
    scope: String,
    hint: String,
    created: String,
    expires: String,
    last_used: String,
    live: bool,
    state: String,
}

#[derive(Default, Deserialize)]
struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    expires_on: String,
}

impl TokenForm {
    /// The empty form: a read-only token without expiry.
    fn blank() -> Self {
        TokenForm { scope: "read".into(), ..TokenForm::default() }
    }

    /// A name of 1–80 characters, a scope, and an expiry date after today (or none).
    fn validate(&self, t: &crate::i18n::Translator, today: NaiveDate) -> Result<(String, Scope, Option<NaiveDate>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 80);
        let scope = Scope::parse(self.scope.trim()).unwrap_or_else(|| {
            errors.add("scope", t.t("api-token-scope-invalid"));
            Scope::Read
        });
        let expires = match self.expires_on.trim() {
            "" => None,
            text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(day) if day > today && day <= today + chrono::Duration::days(3 * 366) => Some(day),
                _ => {
                    errors.add("expires_on", t.t("api-token-expires-invalid"));
                    None
                }
            },
        };
        errors.into_result((name, scope, expires))
    }
}

#[derive(Template)]
#[template(path = "admin/api.html")]
struct ApiPage {
    ctx: PageCtx,
    api_base: String,
    tokens: Vec<TokenRow>,
    /// The secret of the token just made: shown this once.
    fresh: Option<String>,
    form: TokenForm,
    errors: FieldErrors,
}

#[allow(clippy::too_many_arguments)]
async fn page_with(
    ctx: PageCtx,
    tenant: &CurrentTenant,
    user: &CurrentUser,
    state: &AppState,
    fresh: Option<String>,
    form: TokenForm,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope.tenant_only();
    let tokens = db::run(&state.pool, move |conn| Ok(api_tokens::list(conn, &scope)?)).await?;
    let now = db::now();
    let tokens = tokens
        .iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name.clone(),
            scope: ctx.t(if t.scope() == Scope::Write { "api-scope-write" } else { "api-scope-read" }),
            hint: t.hint.clone(),
            created: ctx.format_datetime(t.created_at),
            expires: t.expires_at.map_or_else(|| ctx.t("api-token-no-expiry"), |at| ctx.format_date(at)),
            last_used: t.last_used_at.map_or_else(|| ctx.t("api-token-never"), |at| ctx.format_datetime(at)),
            live: t.is_live(now),
            state: ctx.t(if t.revoked_at.is_some() { "api-token-revoked" } else { "api-token-expired" }),
        })
        .collect();
    let api_base = format!("{}/api/v1", state.config.tenant_url(&tenant.0.tenant.slug));
    render(status, &ApiPage { ctx, api_base, tokens, fresh, form, errors })
}

async fn page(ctx: PageCtx, tenant: CurrentTenant, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    page_with(ctx, &tenant, &user, &state, None, TokenForm::blank(), FieldErrors::new(), StatusCode::OK).await
}

async fn create(
    ctx: PageCtx,
    tenant: CurrentTenant,
    user: CurrentUser,
    form: web::Form<TokenForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let form = form.into_inner();
    let (name, scope, expires) = match form.validate(ctx.translator(), db::now().date()) {
        Ok(valid) => valid,
        Err(errors) => return page_with(ctx, &tenant, &user, &state, None, form, errors, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let (own, actor) = (user.scope.tenant_only(), user.actor());
    let expires_at = expires.and_then(|d| d.and_hms_opt(0, 0, 0));
    let (_, secret) =
        db::run(&state.pool, move |conn| Ok(api_tokens::create(conn, &own, &actor, &NewToken { name: &name, scope, expires_at })?)).await?;
    // Shown on this answer only: it is stored hashed and cannot be shown again.
    let blank = TokenForm::blank();
    page_with(ctx, &tenant, &user, &state, Some(secret), blank, FieldErrors::new(), StatusCode::OK).await
}

async fn revoke(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, actor, id) = (user.scope.tenant_only(), user.actor(), id.into_inner());
    let n = db::run(&state.pool, move |conn| Ok(api_tokens::revoke(conn, &scope, &actor, id)?)).await?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/admin/api", Flash::success("api-token-revoked-done")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/api", page)
        .post("/admin/api/tokens", create)
        .post("/admin/api/tokens/{id}/revoke", revoke);
}
