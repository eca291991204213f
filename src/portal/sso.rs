//! Single sign-on routes: `/auth/sso/{provider}` stores the pending login
//! (provider, state, nonce, PKCE verifier, return path) in the pre-login
//! session and redirects to the provider; `/auth/callback/{provider}` takes
//! it out of the session (single use), checks the provider in the path
//! matches it (mix-up defence), checks state and any `iss` parameter, and
//! lets `identity::sso::flow` exchange the code and find the user.

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

use super::account_views::MessagePage;
use crate::db;
use crate::error::AppError;
use crate::identity::sso::flow::{self, PendingLogin, SsoUser};
use crate::identity::sso::model::{self, IdentityProvider};
use crate::identity::sso::secret;
use crate::state::AppState;
use crate::tenancy::scope::TenantScope;
use crate::validate;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::redirect::safe_return_path;
use crate::web::render::render;
use crate::web::session::{self, OIDC};

const PENDING_TTL_SECS: i64 = 600;

/// A login in progress, kept in the pre-login session.
#[derive(Serialize, Deserialize)]
struct Pending {
    provider_id: i64,
    state: String,
    nonce: String,
    verifier: String,
    return_to: String,
    started_at: i64,
}

#[derive(Deserialize)]
pub struct StartQuery {
    #[serde(default)]
    login_hint: String,
    #[serde(default)]
    return_to: String,
}

fn failure(ctx: PageCtx, reason: &str, tenant_id: i64, provider_id: i64) -> Result<HttpResponse, AppError> {
    tracing::warn!(tenant_id, provider_id, reason, "sso.failed");
    let heading = ctx.t("sign-in-sso-failed-heading");
    let body = ctx.t("sign-in-sso-failed");
    let link = Some(("/sign-in".to_string(), ctx.t("nav-sign-in")));
    render(StatusCode::UNAUTHORIZED, &MessagePage { ctx, heading, body, link })
}

async fn provider_of(state: &AppState, scope: TenantScope, id: i64) -> Result<IdentityProvider, AppError> {
    db::run(&state.pool, move |conn| model::find(conn, &scope, id)?.ok_or(AppError::NotFound)).await
}

async fn start(
    ctx: PageCtx,
    tenant: CurrentTenant,
    session: Session,
    path: web::Path<i64>,
    query: web::Query<StartQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let tenant_id = tenant.0.tenant.id;
    // OIDC-11: only this tenant's providers exist here.
    let provider = provider_of(&state, tenant.0.scope, path.into_inner()).await?;
    let Some(client_secret) = secret::decrypt(state.config.secret_key.as_bytes(), &provider.client_secret_enc) else {
        return failure(ctx, "client secret unreadable", tenant_id, provider.id);
    };
    let redirect = flow::callback_url(&state.config, &tenant.0.tenant.slug, provider.id);
    let hint = validate::normalize_email(&query.login_hint).ok().filter(|e| provider.serves(e));
    let cache = state.clone();
    let p = provider.clone();
    let built = web::block(move || flow::authorization_request(&cache.sso, &p, client_secret, redirect, hint))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let (url, login) = match built {
        Ok(parts) => parts,
        Err(reason) => return failure(ctx, &reason, tenant_id, provider.id),
    };
    let pending = Pending {
        provider_id: provider.id,
        state: login.state,
        nonce: login.nonce,
        verifier: login.verifier,
        return_to: safe_return_path(&query.return_to).to_string(),
        started_at: Utc::now().timestamp(),
    };
    session.insert(OIDC, &pending).map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, url)).finish())
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    iss: Option<String>,
    #[serde(default)]
    error: Option<String>,
}

async fn callback(
    ctx: PageCtx,
    tenant: CurrentTenant,
    session: Session,
    path: web::Path<i64>,
    query: web::Query<CallbackQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let tenant_id = tenant.0.tenant.id;
    let provider_id = path.into_inner();
    // Single use: whatever happens next, the pending login is gone.
    let pending: Option<Pending> = session.remove_as::<Pending>(OIDC).and_then(Result::ok);
    let Some(pending) = pending else {
        return failure(ctx, "no login in progress (state missing or reused)", tenant_id, provider_id);
    };
    if pending.provider_id != provider_id {
        return failure(ctx, "callback of another provider (mix-up)", tenant_id, provider_id);
    }
    if Utc::now().timestamp() - pending.started_at > PENDING_TTL_SECS {
        return failure(ctx, "login took too long", tenant_id, provider_id);
    }
    if !bool::from(query.state.as_bytes().ct_eq(pending.state.as_bytes())) {
        return failure(ctx, "state mismatch", tenant_id, provider_id);
    }
    if let Some(error) = &query.error {
        return failure(ctx, &format!("provider answered error={}", error.chars().take(100).collect::<String>()), tenant_id, provider_id);
    }
    let provider = provider_of(&state, tenant.0.scope, provider_id).await?;
    if let Some(iss) = &query.iss
        && iss != &provider.issuer
    {
        return failure(ctx, "iss parameter of another issuer", tenant_id, provider_id);
    }
    if query.code.is_empty() || query.code.len() > 2_048 {
        return failure(ctx, "no code", tenant_id, provider_id);
    }
    let Some(client_secret) = secret::decrypt(state.config.secret_key.as_bytes(), &provider.client_secret_enc) else {
        return failure(ctx, "client secret unreadable", tenant_id, provider_id);
    };
    let redirect = flow::callback_url(&state.config, &tenant.0.tenant.slug, provider_id);
    let app = state.clone();
    let p = provider.clone();
    let code = query.code.clone();
    let login = PendingLogin { state: pending.state.clone(), nonce: pending.nonce.clone(), verifier: pending.verifier.clone() };
    let verified = web::block(move || flow::exchange_and_verify(&app.sso, &p, client_secret, redirect, &login, code))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let claims = match verified {
        Ok(v) => v,
        Err(reason) => return failure(ctx, &reason, tenant_id, provider_id),
    };
    let scope = tenant.0.scope;
    let resolved = db::run(&state.pool, move |conn| flow::resolve_user(conn, &scope, &provider, &claims)).await?;
    match resolved {
        SsoUser::SignedIn(user) => {
            session::sign_in(&session, tenant_id, user.id);
            tracing::info!(tenant_id, user_id = user.id, provider_id, "auth.sso_sign_in");
            Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, pending.return_to)).finish())
        }
        SsoUser::Refused(reason) => failure(ctx, reason, tenant_id, provider_id),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/auth/sso/{provider}", start).get("/auth/callback/{provider}", callback);
}
