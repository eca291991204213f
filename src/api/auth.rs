//! Who calls the tenant API: a live token of this host's tenant, sent as a
//! bearer token. Sessions do not count here (the API is token-only, so a
//! partner's cookie gets nothing and CSRF does not apply). Each call is
//! counted in the tenant's usage.

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
use crate::web::api::{Problem, bearer};

/// A call with a live token of the host's tenant.
pub struct ApiCaller {
    pub scope: TenantScope,
    pub token: ApiToken,
    pub actor: Actor,
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
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let refuse = |p: Problem| actix_web::error::InternalError::from_response("refused", p.response()).into();
            let Some(scope) = scope else { return Err(refuse(Problem::not_found())) };
            let (Some(secret), Some(state)) = (secret, state) else { return Err(refuse(unauthorized())) };
            let found = db::run(&state.pool, move |conn| {
                let Some(token) = api_tokens::authenticate(conn, &scope, &secret)? else { return Ok(None) };
                usage::count(conn, &scope, Metric::ApiCalls, 1)?;
                Ok(Some(token))
            })
            .await
            .map_err(|e| refuse(e.into()))?;
            let Some(token) = found else { return Err(refuse(unauthorized())) };
            let actor = Actor { kind: "token", id: Some(token.id), label: format!("API token “{}”", token.name), meta };
            Ok(ApiCaller { scope, token, actor })
        })
    }
}
