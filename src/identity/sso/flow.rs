//! The authorization code flow with PKCE, state and nonce.
//!
//! `/auth/sso/{provider}` stores the pending login (provider, state, nonce,
//! PKCE verifier, return path) in the pre-login session and redirects to the
//! provider. `/auth/callback/{provider}` takes the pending login out of the
//! session (single use), checks the provider in the path matches it (mix-up
//! defence), checks state and any `iss` parameter, exchanges the code at
//! *that* provider's token endpoint, and verifies the ID token (issuer,
//! audience, expiry with 60 s leeway, issue time, nonce, signature by the
//! provider's keys — refetched once, at most once a minute, on an unknown
//! key). Users are found by (provider, issuer, subject); a provider signs in
//! only users of its own organisation.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_session::Session;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use chrono::Utc;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreJsonWebKeySet, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, SignatureVerificationError, TokenResponse,
};
use serde::{Deserialize, Serialize};

use super::http::SsoHttp;
use super::model::{self, IdentityProvider};
use super::secret;
use crate::db;
use crate::error::AppError;
use crate::identity::model::{self as users, NewUser, User};
use crate::identity::rbac::Role;
use crate::identity::session::{self, OIDC};
use crate::identity::views::MessagePage;
use crate::startup::AppState;
use crate::tenancy::{CurrentTenant, TenantScope};
use crate::web::language::safe_return_path;
use crate::web::{PageCtx, render};

const METADATA_TTL: Duration = Duration::from_secs(3_600);
const KEY_REFETCH_INTERVAL: Duration = Duration::from_secs(60);
const PENDING_TTL_SECS: i64 = 600;

struct Cached {
    issuer: String,
    metadata: CoreProviderMetadata,
    fetched_at: Instant,
    keys_refetched_at: Option<Instant>,
}

/// Discovery documents and keys per provider, fetched through the guarded client.
pub struct ProviderCache {
    http: SsoHttp,
    entries: Mutex<HashMap<i64, Cached>>,
}

impl ProviderCache {
    pub fn new(allow_hosts: Vec<String>) -> Self {
        Self { http: SsoHttp::new(allow_hosts), entries: Mutex::new(HashMap::new()) }
    }

    pub fn http(&self) -> &SsoHttp {
        &self.http
    }

    /// Fetches and validates an issuer's discovery document (no cache): the
    /// document's `issuer` must equal the configured one exactly.
    pub fn discover(&self, issuer: &str) -> Result<CoreProviderMetadata, String> {
        let issuer_url = IssuerUrl::new(issuer.to_string()).map_err(|e| format!("issuer: {e}"))?;
        let call = |req| self.http.call(req);
        CoreProviderMetadata::discover(&issuer_url, &call).map_err(|e| describe(&e))
    }

    pub fn metadata(&self, provider: &IdentityProvider) -> Result<CoreProviderMetadata, String> {
        if let Ok(entries) = self.entries.lock()
            && let Some(c) = entries.get(&provider.id)
            && c.issuer == provider.issuer
            && c.fetched_at.elapsed() < METADATA_TTL
        {
            return Ok(c.metadata.clone());
        }
        let metadata = self.discover(&provider.issuer)?;
        if let Ok(mut entries) = self.entries.lock() {
            entries.insert(
                provider.id,
                Cached { issuer: provider.issuer.clone(), metadata: metadata.clone(), fetched_at: Instant::now(), keys_refetched_at: None },
            );
        }
        Ok(metadata)
    }

    /// New keys after an unknown `kid` — at most once a minute per provider,
    /// since the `kid` comes from whoever sent the token.
    fn refetch_keys(&self, provider: &IdentityProvider, metadata: &CoreProviderMetadata) -> Option<CoreProviderMetadata> {
        {
            let mut entries = self.entries.lock().ok()?;
            let entry = entries.get_mut(&provider.id)?;
            if entry.keys_refetched_at.is_some_and(|t| t.elapsed() < KEY_REFETCH_INTERVAL) {
                return None;
            }
            entry.keys_refetched_at = Some(Instant::now());
        }
        let call = |req| self.http.call(req);
        let keys = CoreJsonWebKeySet::fetch(metadata.jwks_uri(), &call).ok()?;
        let updated = metadata.clone().set_jwks(keys);
        if let Ok(mut entries) = self.entries.lock()
            && let Some(entry) = entries.get_mut(&provider.id)
        {
            entry.metadata = updated.clone();
        }
        tracing::info!(provider_id = provider.id, "sso.keys_refetched");
        Some(updated)
    }

    pub fn forget(&self, provider_id: i64) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(&provider_id);
        }
    }
}

fn describe(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// The exact callback URL of a provider, from configuration (never the Host).
pub fn callback_url(state: &AppState, slug: &str, provider_id: i64) -> String {
    format!("{}/auth/callback/{provider_id}", state.config.tenant_url(slug))
}

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
    let redirect = callback_url(&state, &tenant.0.tenant.slug, provider.id);
    let hint = crate::tenancy::service::validate_email(&query.login_hint).ok().filter(|e| provider.serves(e));
    let cache = state.clone();
    let p = provider.clone();
    let built = web::block(move || -> Result<(String, String, String, String), String> {
        let metadata = cache.sso.metadata(&p)?;
        let client =
            CoreClient::from_provider_metadata(metadata, ClientId::new(p.client_id.clone()), Some(ClientSecret::new(client_secret)))
                .set_redirect_uri(RedirectUrl::new(redirect).map_err(|e| e.to_string())?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge);
        for scope in p.scope_list().into_iter().filter(|s| s != "email" && s != "profile") {
            request = request.add_scope(Scope::new(scope));
        }
        if let Some(hint) = &hint {
            request = request.add_extra_param("login_hint", hint.clone());
        }
        let (url, state_token, nonce) = request.url();
        Ok((url.to_string(), state_token.secret().clone(), nonce.secret().clone(), verifier.secret().clone()))
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let (url, state_token, nonce, verifier) = match built {
        Ok(parts) => parts,
        Err(reason) => return failure(ctx, &reason, tenant_id, provider.id),
    };
    let pending = Pending {
        provider_id: provider.id,
        state: state_token,
        nonce,
        verifier,
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

/// What a verified ID token says.
pub struct VerifiedClaims {
    pub issuer: String,
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Exchanges the code and verifies the ID token, refetching keys once if
/// the token names a key we do not know.
fn exchange_and_verify(
    cache: &ProviderCache,
    provider: &IdentityProvider,
    client_secret: String,
    redirect: String,
    pending: &Pending,
    code: String,
) -> Result<VerifiedClaims, String> {
    let mut metadata = cache.metadata(provider)?;
    let call = |req| cache.http().call(req);
    let client = CoreClient::from_provider_metadata(
        metadata.clone(),
        ClientId::new(provider.client_id.clone()),
        Some(ClientSecret::new(client_secret.clone())),
    )
    .set_redirect_uri(RedirectUrl::new(redirect.clone()).map_err(|e| e.to_string())?);
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| format!("token endpoint: {e}"))?
        .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier.clone()))
        .request(&call)
        .map_err(|e| format!("token request: {}", describe(&e)))?;
    let _ = token.access_token();
    let id_token = token.id_token().ok_or("no id_token in the token response")?.clone();
    let nonce = Nonce::new(pending.nonce.clone());
    for attempt in 0..2 {
        let client = CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(provider.client_id.clone()),
            Some(ClientSecret::new(client_secret.clone())),
        );
        let verifier = client
            .id_token_verifier()
            // 60 s of clock skew on `exp`.
            .set_time_fn(|| Utc::now() - chrono::Duration::seconds(60))
            .set_issue_time_verifier_fn(|iat| {
                if iat > Utc::now() + chrono::Duration::seconds(300) { Err("issued in the future".to_string()) } else { Ok(()) }
            });
        match id_token.claims(&verifier, &nonce) {
            Ok(claims) => {
                return Ok(VerifiedClaims {
                    issuer: claims.issuer().to_string(),
                    subject: claims.subject().to_string(),
                    email: claims.email().map(|e| e.to_string()),
                    email_verified: claims.email_verified().unwrap_or(false),
                    name: claims.name().and_then(|n| n.get(None)).map(|n| n.to_string()),
                });
            }
            Err(ClaimsVerificationError::SignatureVerification(SignatureVerificationError::NoMatchingKey)) if attempt == 0 => {
                match cache.refetch_keys(provider, &metadata) {
                    Some(updated) => metadata = updated,
                    None => return Err("unknown signing key (refetch not allowed yet)".into()),
                }
            }
            Err(e) => return Err(format!("id token: {}", describe(&e))),
        }
    }
    Err("unknown signing key".into())
}

/// The local user for verified claims, or why there is none.
fn resolve_user(
    conn: &mut db::AnyConnection,
    scope: &TenantScope,
    provider: &IdentityProvider,
    claims: &VerifiedClaims,
) -> Result<Result<User, &'static str>, AppError> {
    if let Some(user_id) = model::linked_user(conn, scope, provider.id, &claims.issuer, &claims.subject)? {
        return Ok(match users::find(conn, scope, user_id)? {
            Some(u) if u.organisation_id != provider.organisation_id => Err("linked user is in another organisation"),
            Some(u) if u.status == "disabled" => Err("user deactivated"),
            Some(u) => Ok(u),
            None => Err("linked user missing"),
        });
    }
    // First sign-in through this provider: a verified address of one of its
    // domains may claim an account of the provider's own organisation.
    let Some(email) = claims.email.as_deref().map(str::to_lowercase).filter(|e| claims.email_verified && provider.serves(e)) else {
        return Ok(Err("no verified e-mail address of the provider's domains"));
    };
    let now = db::now();
    db::transaction(conn, |c| {
        if let Some(user) = users::find_by_email(c, scope, &email)? {
            if user.organisation_id != provider.organisation_id {
                // OIDC-10: another organisation's account is never taken over.
                return Ok(Err("address belongs to another organisation"));
            }
            if user.status == "disabled" {
                return Ok(Err("user deactivated"));
            }
            model::link(c, scope, user.id, provider.id, &claims.issuer, &claims.subject)?;
            users::activate(c, scope, user.id, now)?;
            return Ok(Ok(user));
        }
        if !provider.jit() {
            return Ok(Err("no account, and just-in-time provisioning is off"));
        }
        let role = Role::parse(&provider.default_role).unwrap_or(Role::PartnerUser);
        let name =
            claims.name.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
        let user = users::insert(
            c,
            scope,
            &NewUser {
                organisation_id: provider.organisation_id,
                email: &email,
                display_name: name.chars().take(100).collect::<String>().as_str(),
                role: role.as_str(),
                status: "active",
                locale: None,
                created_at: now,
                updated_at: now,
            },
        )?;
        model::link(c, scope, user.id, provider.id, &claims.issuer, &claims.subject)?;
        tracing::info!(tenant_id = scope.tenant_id(), user_id = user.id, provider_id = provider.id, "sso.jit_provisioned");
        Ok(Ok(user))
    })
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
    if !constant_time_eq(&query.state, &pending.state) {
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
    let redirect = callback_url(&state, &tenant.0.tenant.slug, provider_id);
    let app = state.clone();
    let p = provider.clone();
    let code = query.code.clone();
    let verified = web::block(move || exchange_and_verify(&app.sso, &p, client_secret, redirect, &pending, code).map(|c| (c, pending)))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let (claims, pending) = match verified {
        Ok(v) => v,
        Err(reason) => return failure(ctx, &reason, tenant_id, provider_id),
    };
    let scope = tenant.0.scope;
    let resolved = db::run(&state.pool, move |conn| resolve_user(conn, &scope, &provider, &claims)).await?;
    match resolved {
        Ok(user) => {
            session::sign_in(&session, tenant_id, user.id);
            tracing::info!(tenant_id, user_id = user.id, provider_id, "auth.sso_sign_in");
            Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, pending.return_to)).finish())
        }
        Err(reason) => failure(ctx, reason, tenant_id, provider_id),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/auth/sso/{provider}", start).get("/auth/callback/{provider}", callback);
}
