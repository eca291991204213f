//! Who calls the tenant API: a live token of this host's tenant, sent as a
//! bearer token. Sessions do not count here (the API is token-only, so a
//! partner's cookie gets nothing and CSRF does not apply). Each call is
//! counted in the tenant's usage and taken from the token's rate limit
//! (`PORTICO_API_RATE_PER_MINUTE`): past it, 429 with `Retry-After`; every
//! answer carries `RateLimit-Policy` and `RateLimit`.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};

use crate::audit::{Actor, RequestMeta};
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::api_tokens::{self, ApiToken};
use crate::identity::auth::{AuthUser, ViaToken};
use crate::identity::model::{self as users, UserStatus};
use crate::identity::rbac::Role;
use crate::state::AppState;
use crate::tenancy::scope::TenantScope;
use crate::tenancy::site::Site;
use crate::tenancy::usage::Metric;
use crate::web::api::{Problem, RateLimitInfo, bearer};

/// A call with a live token of the host's tenant.
pub struct ApiCaller {
    pub scope: TenantScope,
    pub token: ApiToken,
    pub actor: Actor,
    /// The portal's slug (for the addresses mail names).
    pub slug: String,
    /// The request's language (`Accept-Language`): field messages use it.
    pub translator: Translator,
    meta: RequestMeta,
}

impl ApiCaller {
    /// 403 `read-only-token` unless the token may write.
    pub fn require_write(&self) -> Result<(), Problem> {
        if self.token.scope == api_tokens::Scope::Write.as_str() {
            return Ok(());
        }
        Err(Problem::new(
            StatusCode::FORBIDDEN,
            "read-only-token",
            "Read-only token",
            "This token may only read; make a read-write token under Administration → API.",
        ))
    }

    fn via(&self) -> ViaToken {
        ViaToken { id: self.token.id, name: self.token.name.clone() }
    }

    /// The token's maker as the vendor staff member the token writes as:
    /// the same services, permissions, limits and audit log as the pages,
    /// with the token named as the actor. A token whose maker was
    /// deactivated or left the vendor's staff writes nothing (403
    /// `token-maker-inactive`).
    pub fn staff(&self, conn: &mut AnyConnection) -> Result<Result<AuthUser, Problem>, AppError> {
        if let Err(p) = self.require_write() {
            return Ok(Err(p));
        }
        let maker = match self.token.created_by {
            Some(id) => users::find(conn, &self.scope, id)?,
            None => None,
        };
        let staff = maker
            .filter(|u| u.status() == UserStatus::Active)
            .and_then(|u| AuthUser::new(u, self.scope, 0))
            .filter(|u| u.role.is_vendor_staff());
        Ok(staff.map(|u| u.through(self.via(), self.meta.clone())).ok_or_else(|| {
            Problem::new(
                StatusCode::FORBIDDEN,
                "token-maker-inactive",
                "Token maker inactive",
                "The vendor admin who made this token is no longer active staff; make a new token.",
            )
        }))
    }

    /// A partner user of `org` acting through the token, for what only the
    /// partner side does (registering a deal, submitting it): `user`, or the
    /// organisation's first active partner admin (else its first active user).
    pub fn on_behalf(&self, conn: &mut AnyConnection, org: i64, user: Option<i64>) -> Result<Result<AuthUser, Problem>, AppError> {
        let partner = crate::tenancy::organisations::find(conn, &self.scope, org)?
            .filter(|o| o.kind == crate::tenancy::organisations::OrgKind::Partner.as_str());
        let (Some(_), Ok(scope)) = (partner, self.scope.for_partner(org)) else { return Ok(Err(Problem::not_found())) };
        let people: Vec<_> = crate::identity::users::list(conn, &scope)?
            .into_iter()
            .map(|row| row.user)
            .filter(|u| u.organisation_id == org && u.status() == UserStatus::Active)
            .collect();
        let chosen = match user {
            Some(id) => people.into_iter().find(|u| u.id == id),
            None => {
                let admin = people.iter().find(|u| u.role == Role::PartnerAdmin.as_str()).cloned();
                admin.or_else(|| people.into_iter().next())
            }
        };
        let Some(person) = chosen.and_then(|u| AuthUser::new(u, self.scope, 0)) else {
            let field = if user.is_some() { "submitted_by" } else { "partner_id" };
            let message = if user.is_some() {
                "Not an active user of this partner organisation."
            } else {
                "This partner organisation has no active user to register the deal for."
            };
            return Ok(Err(Problem::invalid_field(field, message)));
        };
        Ok(Ok(person.through(self.via(), self.meta.clone())))
    }
}

/// Takes one call from the token's bucket: where it stands, or a 429.
fn limit(state: &AppState, token: &ApiToken) -> Result<RateLimitInfo, Problem> {
    use governor::clock::Clock;
    let per_minute = state.config.api_rate_per_minute;
    let seconds_for = |calls: u32| (u64::from(calls) * 60).div_ceil(u64::from(per_minute.max(1)));
    match state.api_limits.check_key(&token.id) {
        Ok(snapshot) => {
            let remaining = snapshot.remaining_burst_capacity();
            Ok(RateLimitInfo {
                limit: per_minute,
                remaining,
                window_secs: 60,
                reset_secs: seconds_for(per_minute.saturating_sub(remaining)),
            })
        }
        Err(not_until) => {
            let wait = not_until.wait_time_from(state.api_limits.clock().now()).as_secs().max(1);
            let info = RateLimitInfo { limit: per_minute, remaining: 0, window_secs: 60, reset_secs: wait };
            let mut problem = Problem::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                format!("This token may make {per_minute} calls a minute; retry in {wait} s."),
            )
            .header(actix_web::http::header::RETRY_AFTER, wait.to_string());
            let mut headers = actix_web::http::header::HeaderMap::new();
            info.write(&mut headers);
            for (name, value) in headers.iter() {
                problem = problem.header(name.clone(), value.to_str().unwrap_or_default().to_string());
            }
            Err(problem)
        }
    }
}

fn unauthorized() -> Problem {
    Problem::new(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "Unauthorized",
        "Send a live token of this portal: Authorization: Bearer ptk_… (made under Administration → API).",
    )
}

impl FromRequest for ApiCaller {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let (scope, slug) = match req.extensions().get::<Site>() {
            Some(Site::Tenant(t)) => (Some(t.scope), t.tenant.slug.clone()),
            _ => (None, String::new()),
        };
        let secret = bearer(req);
        let meta = crate::web::extract::request_meta(req);
        let translator = req.extensions().get::<Translator>().cloned().unwrap_or_else(|| Translator::plain(crate::i18n::Locale::EnUs));
        let request = req.clone();
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let refuse = |p: Problem| actix_web::error::InternalError::from_response("refused", p.response()).into();
            let Some(scope) = scope else { return Err(refuse(Problem::not_found())) };
            let (Some(secret), Some(state)) = (secret, state) else { return Err(refuse(unauthorized())) };
            let found = db::read(&state.pool, move |conn| Ok(api_tokens::authenticate(conn, &scope, &secret)?))
                .await
                .map_err(|e| refuse(e.into()))?;
            let token = found.ok_or_else(|| refuse(unauthorized()))?;
            // A call refused by the rate limit is not counted as a call.
            let info = limit(&state, &token).map_err(refuse)?;
            state.api_calls.add(scope.tenant_id(), Metric::ApiCalls, 1);
            let now = db::now();
            if api_tokens::needs_touch(&token, now) {
                let id = token.id;
                db::run(&state.pool, move |conn| Ok(api_tokens::touch(conn, &scope, id, now)?)).await.map_err(|e| refuse(e.into()))?;
            }
            request.extensions_mut().insert(info);
            let actor = Actor::token(token.id, &token.name, meta.clone());
            Ok(ApiCaller { scope, token, actor, slug, translator, meta })
        })
    }
}
