//! The tenant-resolution middleware: the request's host picks the site (a
//! tenant or the platform), and the locale is negotiated within that site's
//! enabled locales. Both land in the request extensions for `PageCtx`,
//! `CurrentTenant` and `TenantScope` to read.
//!
//! The host comes from the `Host` header (or the HTTP/2 authority), never from
//! `X-Forwarded-Host`/`Forwarded` unless the peer is a configured trusted proxy.

use std::sync::Arc;

use actix_session::SessionExt;
use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};

use super::{features, session};
use crate::config::Config;
use crate::error::AppError;
use crate::i18n::{Locale, LocaleRequest, Translator, negotiate};
use crate::identity::auth::{AuthUser, CurrentUser};
use crate::state::AppState;
use crate::tenancy::host::{HostKind, classify};
use crate::tenancy::model::{self, TenantStatus};
use crate::tenancy::site::{Refusal, Site, TenantContext};

/// The cookie that remembers an explicit language choice.
pub const LANG_COOKIE: &str = "portico_lang";

/// Unread in-app notifications of the signed-in user (the bell).
#[derive(Debug, Clone, Copy)]
pub struct UnreadCount(pub i64);

/// Paths answered the same on every host (probes, metrics, immutable assets).
pub fn is_host_independent(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz" | "/metrics") || path.starts_with("/static/")
}

/// The host this request was addressed to.
pub fn request_host(req: &HttpRequest, config: &Config) -> Option<String> {
    let via_trusted_proxy = req.peer_addr().is_some_and(|peer| config.trusted_proxies.contains(&peer.ip()));
    if via_trusted_proxy
        && let Some(forwarded) = req.headers().get("x-forwarded-host").and_then(|v| v.to_str().ok())
        && let Some(first) = forwarded.split(',').next()
    {
        return Some(first.trim().to_string());
    }
    if let Some(host) = req.headers().get(header::HOST) {
        return host.to_str().ok().map(str::to_string);
    }
    req.uri().authority().map(|a| a.as_str().to_string())
}

struct LangInputs {
    query: Option<String>,
    cookie: Option<String>,
    accept_language: Option<String>,
}

impl LangInputs {
    fn from_request(req: &HttpRequest) -> Self {
        let query = url::form_urlencoded::parse(req.query_string().as_bytes()).find(|(k, _)| k == "lang").map(|(_, v)| v.into_owned());
        Self {
            query,
            cookie: req.cookie(LANG_COOKIE).map(|c| c.value().to_string()),
            accept_language: req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_string),
        }
    }

    fn negotiate(&self, user_preference: Option<&str>, enabled: &[Locale], default: Locale) -> Locale {
        negotiate(
            &LocaleRequest {
                user_preference,
                query: self.query.as_deref(),
                cookie: self.cookie.as_deref(),
                accept_language: self.accept_language.as_deref(),
            },
            enabled,
            default,
        )
    }
}

pub async fn resolve_site(req: ServiceRequest, next: Next<BoxBody>) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if is_host_independent(req.path()) {
        return next.call(req).await;
    }
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        tracing::error!("application state missing");
        return Ok(req.into_response(HttpResponse::new(StatusCode::INTERNAL_SERVER_ERROR)));
    };
    let kind = request_host(req.request(), &state.config).map(|h| classify(&h, &state.config.base_domain)).unwrap_or(HostKind::Invalid);
    let inputs = LangInputs::from_request(req.request());
    if session::store_unavailable(&req.get_session()) {
        return Ok(refuse(req, &inputs, Refusal::Unavailable, StatusCode::SERVICE_UNAVAILABLE));
    }

    let slug = match kind {
        HostKind::Platform => {
            let locale = inputs.negotiate(None, &Locale::ALL, Locale::EnUs);
            req.extensions_mut().insert(Translator::plain(locale));
            req.extensions_mut().insert(Site::Platform);
            // Operators sign in on the platform host only.
            let session = req.get_session();
            if let Some(operator_id) = live_operator(&session, &state.config) {
                let found = crate::db::read(&state.pool, move |conn| Ok(crate::platform::operators::find(conn, operator_id)?)).await;
                if let Ok(Some(operator)) = found {
                    req.extensions_mut().insert(operator);
                }
            }
            return next.call(req).await;
        }
        HostKind::Invalid | HostKind::Unknown => {
            let status = if kind == HostKind::Invalid { StatusCode::BAD_REQUEST } else { StatusCode::NOT_FOUND };
            return Ok(refuse(req, &inputs, Refusal::UnknownHost, status));
        }
        HostKind::Tenant(slug) => slug,
    };

    let session = req.get_session();
    let identity = live_identity(&session, &state.config);
    let meta = super::extract::request_meta(req.request());

    let loaded = crate::db::read(&state.pool, move |conn| {
        let Some((tenant, settings, plan)) = model::find_with_settings(conn, &slug)? else {
            return Ok(None);
        };
        let scope = tenant.scope().map_err(|_| AppError::NotFound)?;
        let user = match identity {
            Some(i) if i.tenant_id == tenant.id => crate::identity::model::find_active(conn, &scope, i.user_id)?
                .and_then(|user| AuthUser::new(user, scope, i.authenticated_at))
                .map(|mut user| {
                    user.meta = meta;
                    user
                }),
            Some(i) => {
                // TEN-2: a session minted on another tenant's host is worth nothing here.
                tracing::warn!(session_tenant = i.tenant_id, host_tenant = tenant.id, "session.foreign_tenant");
                None
            }
            None => None,
        };
        let enabled = settings.enabled_locales();
        let default = settings.default_locale();
        let locale = inputs.negotiate(user.as_ref().and_then(|u| u.user.locale.as_deref()), &enabled, default);
        let overrides = model::overrides(conn, &scope, locale)?;
        let unread = match &user {
            Some(u) => crate::notifications::unread_count(conn, &scope, u.user.id)?,
            None => 0,
        };
        let context = TenantContext { tenant, settings, plan, scope, enabled_locales: enabled, default_locale: default };
        Ok(Some((context, Translator::new(locale, Arc::new(overrides)), user.map(|u| (u, unread)))))
    })
    .await;

    let (context, translator, user) = match loaded {
        Ok(Some(found)) => found,
        Ok(None) => {
            let inputs = LangInputs::from_request(req.request());
            return Ok(refuse(req, &inputs, Refusal::UnknownHost, StatusCode::NOT_FOUND));
        }
        Err(e) => {
            let response = actix_web::ResponseError::error_response(&e);
            return Ok(refuse(
                req,
                &LangInputs { query: None, cookie: None, accept_language: None },
                Refusal::Unavailable,
                response.status(),
            ));
        }
    };
    let removed = context.tenant.is_deleted();
    let suspended = context.tenant.status() == TenantStatus::Suspended;
    tracing::Span::current().record("tenant", context.tenant.slug.as_str());
    req.extensions_mut().insert(translator);
    req.extensions_mut().insert(Site::Tenant(Arc::new(context)));
    if let Some((user, unread)) = user {
        if let Some(i) = identity {
            session::touch(&session, i.seen_at);
        }
        tracing::Span::current().record("user_id", user.user.id);
        req.extensions_mut().insert(CurrentUser(Arc::new(user)));
        req.extensions_mut().insert(UnreadCount(unread));
    }
    if removed {
        req.extensions_mut().insert(Refusal::Removed);
        return Ok(req.into_response(HttpResponse::new(StatusCode::GONE)));
    }
    if suspended {
        req.extensions_mut().insert(Refusal::Suspended);
        return Ok(req.into_response(HttpResponse::new(StatusCode::SERVICE_UNAVAILABLE)));
    }
    if let Some(feature) = features::gated(req.path()).filter(|f| !plan_has(&req, *f)) {
        // Off in the plan: refused here, whatever the route. Visitors see
        // nothing there; signed-in people and API clients are told why.
        let told = req.extensions().get::<CurrentUser>().is_some() || req.path().starts_with("/api/v1");
        let error = if told { AppError::FeatureOff(feature.as_str()) } else { AppError::NotFound };
        return Ok(req.into_response(actix_web::ResponseError::error_response(&error)));
    }
    next.call(req).await
}

fn plan_has(req: &ServiceRequest, feature: crate::tenancy::plans::Feature) -> bool {
    match req.extensions().get::<Site>() {
        Some(Site::Tenant(t)) => t.plan.has(feature),
        _ => true,
    }
}

/// The session's identity if it is still within the idle and absolute
/// timeouts; an expired one is ended.
fn live_identity(session: &actix_session::Session, config: &Config) -> Option<session::SessionIdentity> {
    let identity = session::identity(session)?;
    let now = chrono::Utc::now().timestamp();
    let idle = config.session_idle.as_secs() as i64;
    let absolute = config.session_absolute.as_secs() as i64;
    if now - identity.seen_at > idle || now - identity.authenticated_at > absolute {
        session.purge();
        return None;
    }
    Some(identity)
}

/// The operator of the session if it is within the idle and absolute
/// timeouts (the same as users'); an expired one is ended.
fn live_operator(session: &actix_session::Session, config: &Config) -> Option<i64> {
    let (operator_id, authenticated_at, seen_at) = session::operator(session)?;
    let now = chrono::Utc::now().timestamp();
    if now - seen_at > config.session_idle.as_secs() as i64 || now - authenticated_at > config.session_absolute.as_secs() as i64 {
        session.purge();
        return None;
    }
    session::touch(session, seen_at);
    Some(operator_id)
}

/// Answers without any tenant: the error page shows no tenant's data.
fn refuse(req: ServiceRequest, inputs: &LangInputs, refusal: Refusal, status: StatusCode) -> ServiceResponse<BoxBody> {
    let locale = inputs.negotiate(None, &Locale::ALL, Locale::EnUs);
    req.extensions_mut().insert(Translator::plain(locale));
    req.extensions_mut().insert(refusal);
    req.into_response(HttpResponse::new(status))
}
