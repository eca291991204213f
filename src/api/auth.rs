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

use crate::audit::Actor;
use crate::db;
use crate::identity::api_tokens::{self, ApiToken};
use crate::state::AppState;
use crate::tenancy::scope::TenantScope;
use crate::tenancy::site::Site;
use crate::tenancy::usage::{self, Metric};
use crate::web::api::{Problem, RateLimitInfo, bearer};

/// A call with a live token of the host's tenant.
pub struct ApiCaller {
    pub scope: TenantScope,
    pub token: ApiToken,
    pub actor: Actor,
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
        let scope = match req.extensions().get::<Site>() {
            Some(Site::Tenant(t)) => Some(t.scope),
            _ => None,
        };
        let secret = bearer(req);
        let meta = crate::web::extract::request_meta(req);
        let request = req.clone();
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let refuse = |p: Problem| actix_web::error::InternalError::from_response("refused", p.response()).into();
            let Some(scope) = scope else { return Err(refuse(Problem::not_found())) };
            let (Some(secret), Some(state)) = (secret, state) else { return Err(refuse(unauthorized())) };
            let limits = state.clone();
            let found = db::run(&state.pool, move |conn| {
                let Some(token) = api_tokens::authenticate(conn, &scope, &secret)? else { return Ok(Err(unauthorized())) };
                // A call refused by the rate limit is not counted as a call.
                let info = match limit(&limits, &token) {
                    Ok(info) => info,
                    Err(problem) => return Ok(Err(problem)),
                };
                usage::count(conn, &scope, Metric::ApiCalls, 1)?;
                Ok(Ok((token, info)))
            })
            .await
            .map_err(|e| refuse(e.into()))?;
            let (token, info) = found.map_err(refuse)?;
            request.extensions_mut().insert(info);
            let actor = Actor { kind: "token", id: Some(token.id), label: format!("API token “{}”", token.name), meta };
            Ok(ApiCaller { scope, token, actor })
        })
    }
}
