//! The authorization code flow with PKCE, state and nonce — the part that
//! knows OpenID Connect but not HTTP handlers (those are `portal::sso`):
//! building the authorization request, exchanging the code and verifying the
//! ID token (issuer, audience, expiry with 60 s leeway, issue time, nonce,
//! signature by the provider's keys — refetched once, at most once a minute,
//! on an unknown key), and finding the local user by (provider, issuer,
//! subject); a provider signs in only users of its own organisation.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::Utc;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreJsonWebKeySet, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, SignatureVerificationError, TokenResponse,
};

use super::http::SsoHttp;
use super::model::{self, IdentityProvider};
use crate::config::Config;
use crate::db;
use crate::error::AppError;
use crate::identity::invitations::LinkKind;
use crate::identity::model::UserStatus;
use crate::identity::model::{self as users, NewUser, User};
use crate::identity::rbac::Role;
use crate::tenancy::scope::TenantScope;
use crate::tenancy::usage::{self, Metric};

const METADATA_TTL: Duration = Duration::from_secs(3_600);
const KEY_REFETCH_INTERVAL: Duration = Duration::from_secs(60);

struct Cached {
    issuer: String,
    metadata: CoreProviderMetadata,
    fetched_at: Instant,
    keys_refetched_at: Option<Instant>,
}

/// Why an issuer's discovery document could not be used, for a message
/// people can act on; each keeps the underlying error's text for the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiscoveryProblem {
    /// No answer: the name does not resolve, the connection is refused or
    /// times out, or the address is not one we may call.
    Unreachable(String),
    /// An HTTP status other than success.
    Status(u16, String),
    /// An answer that is not a discovery document.
    NotDiscovery(String),
    /// A document naming another issuer (or otherwise invalid metadata).
    IssuerMismatch(String),
}

impl DiscoveryProblem {
    pub fn detail(&self) -> &str {
        match self {
            DiscoveryProblem::Unreachable(d)
            | DiscoveryProblem::Status(_, d)
            | DiscoveryProblem::NotDiscovery(d)
            | DiscoveryProblem::IssuerMismatch(d) => d,
        }
    }
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
    pub fn discover(&self, issuer: &str) -> Result<CoreProviderMetadata, DiscoveryProblem> {
        let issuer_url = IssuerUrl::new(issuer.to_string()).map_err(|e| DiscoveryProblem::NotDiscovery(format!("issuer: {e}")))?;
        let call = |req| self.http.call(req);
        CoreProviderMetadata::discover(&issuer_url, &call).map_err(|e| {
            let detail = describe(&e);
            match e {
                openidconnect::DiscoveryError::Request(_) => DiscoveryProblem::Unreachable(detail),
                openidconnect::DiscoveryError::Response(status, ..) => DiscoveryProblem::Status(status.as_u16(), detail),
                openidconnect::DiscoveryError::Validation(_) => DiscoveryProblem::IssuerMismatch(detail),
                _ => DiscoveryProblem::NotDiscovery(detail),
            }
        })
    }

    pub fn metadata(&self, provider: &IdentityProvider) -> Result<CoreProviderMetadata, String> {
        if let Ok(entries) = self.entries.lock()
            && let Some(c) = entries.get(&provider.id)
            && c.issuer == provider.issuer
            && c.fetched_at.elapsed() < METADATA_TTL
        {
            return Ok(c.metadata.clone());
        }
        let metadata = self.discover(&provider.issuer).map_err(|p| p.detail().to_string())?;
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
pub fn callback_url(config: &Config, slug: &str, provider_id: i64) -> String {
    format!("{}/auth/callback/{provider_id}", config.tenant_url(slug))
}

/// The secrets of a login in progress that the callback needs back.
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub verifier: String,
}

/// The provider's authorization URL for a new login (PKCE, state, nonce),
/// and what the callback must be checked against.
pub fn authorization_request(
    cache: &ProviderCache,
    provider: &IdentityProvider,
    client_secret: String,
    redirect: String,
    login_hint: Option<String>,
) -> Result<(String, PendingLogin), String> {
    let metadata = cache.metadata(provider)?;
    let client =
        CoreClient::from_provider_metadata(metadata, ClientId::new(provider.client_id.clone()), Some(ClientSecret::new(client_secret)))
            .set_redirect_uri(RedirectUrl::new(redirect).map_err(|e| e.to_string())?);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge);
    for scope in provider.scope_list().into_iter().filter(|s| s != "email" && s != "profile") {
        request = request.add_scope(Scope::new(scope));
    }
    if let Some(hint) = login_hint {
        request = request.add_extra_param("login_hint", hint);
    }
    let (url, state_token, nonce) = request.url();
    Ok((
        url.to_string(),
        PendingLogin { state: state_token.secret().clone(), nonce: nonce.secret().clone(), verifier: verifier.secret().clone() },
    ))
}

/// What a verified ID token says.
pub struct VerifiedClaims {
    pub issuer: String,
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
}

/// Exchanges the code and verifies the ID token, refetching keys once if
/// the token names a key we do not know.
pub fn exchange_and_verify(
    cache: &ProviderCache,
    provider: &IdentityProvider,
    client_secret: String,
    redirect: String,
    login: &PendingLogin,
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
        .set_pkce_verifier(PkceCodeVerifier::new(login.verifier.clone()))
        .request(&call)
        .map_err(|e| format!("token request: {}", describe(&e)))?;
    let _ = token.access_token();
    let id_token = token.id_token().ok_or("no id_token in the token response")?.clone();
    let nonce = Nonce::new(login.nonce.clone());
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

/// Who verified claims sign in as, or why nobody does.
pub enum SsoUser {
    SignedIn(User),
    Refused(&'static str),
}

/// The local user for verified claims, or why there is none; a sign-in is
/// counted in the tenant's usage.
pub fn resolve_user(
    conn: &mut db::AnyConnection,
    scope: &TenantScope,
    provider: &IdentityProvider,
    claims: &VerifiedClaims,
) -> Result<SsoUser, AppError> {
    let resolved = local_user(conn, scope, provider, claims)?;
    if matches!(resolved, SsoUser::SignedIn(_)) {
        db::transaction(conn, |c| usage::count(c, scope, Metric::SignIns, 1))?;
    }
    Ok(resolved)
}

fn local_user(
    conn: &mut db::AnyConnection,
    scope: &TenantScope,
    provider: &IdentityProvider,
    claims: &VerifiedClaims,
) -> Result<SsoUser, AppError> {
    if !crate::tenancy::organisations::is_active(conn, scope, provider.organisation_id)? {
        return Ok(SsoUser::Refused("organisation suspended"));
    }
    if let Some(user_id) = model::linked_user(conn, scope, provider.id, &claims.issuer, &claims.subject)? {
        return Ok(match users::find(conn, scope, user_id)? {
            Some(u) if u.organisation_id != provider.organisation_id => SsoUser::Refused("linked user is in another organisation"),
            Some(u) if u.status() == UserStatus::Disabled => SsoUser::Refused("user deactivated"),
            Some(u) => SsoUser::SignedIn(u),
            None => SsoUser::Refused("linked user missing"),
        });
    }
    // First sign-in through this provider: a verified address of one of its
    // domains may claim an account of the provider's own organisation.
    let Some(email) = claims.email.as_deref().map(str::to_lowercase).filter(|e| claims.email_verified && provider.serves(e)) else {
        return Ok(SsoUser::Refused("no verified e-mail address of the provider's domains"));
    };
    let now = db::now();
    db::transaction(conn, |c| {
        if let Some(user) = users::find_by_email(c, scope, &email)? {
            if user.organisation_id != provider.organisation_id {
                // OIDC-10: another organisation's account is never taken over.
                return Ok(SsoUser::Refused("address belongs to another organisation"));
            }
            if user.status() == UserStatus::Disabled {
                return Ok(SsoUser::Refused("user deactivated"));
            }
            model::link(c, scope, user.id, provider.id, &claims.issuer, &claims.subject)?;
            users::activate(c, scope, user.id, now)?;
            // The person proved who they are through the provider: the
            // invitation link must not set a password for them later.
            crate::identity::invitations::use_up(c, scope, LinkKind::Invitation, user.id, now)?;
            return Ok(SsoUser::SignedIn(user));
        }
        if !provider.jit() {
            return Ok(SsoUser::Refused("no account, and just-in-time provisioning is off"));
        }
        match usage::ensure(c, scope, Metric::Users, 1) {
            Ok(()) => {}
            Err(AppError::LimitReached { .. }) => return Ok(SsoUser::Refused("the plan's user limit is reached")),
            Err(e) => return Err(e),
        }
        let role = Role::parse(&provider.default_role).unwrap_or(Role::PartnerUser);
        let name =
            claims.name.clone().filter(|n| !n.trim().is_empty()).unwrap_or_else(|| email.split('@').next().unwrap_or(&email).to_string());
        let user = users::insert(
            c,
            scope,
            &NewUser::new(
                provider.organisation_id,
                &email,
                name.chars().take(100).collect::<String>().as_str(),
                role,
                UserStatus::Active,
                now,
            ),
        )?;
        model::link(c, scope, user.id, provider.id, &claims.issuer, &claims.subject)?;
        tracing::info!(tenant_id = scope.tenant_id(), user_id = user.id, provider_id = provider.id, "sso.jit_provisioned");
        Ok(SsoUser::SignedIn(user))
    })
}
