//! Extractors for what the middleware resolved: the site, the tenant, its
//! scope, the signed-in user and the signed-in operator. Handlers take these; none of them can be
//! built from what a client sends.

use std::future::{Ready, ready};
use std::sync::Arc;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload};

use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::platform::operators::CurrentOperator;
use crate::tenancy::scope::TenantScope;
use crate::tenancy::site::{Site, TenantContext};

impl FromRequest for Site {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(req.extensions().get::<Site>().cloned().ok_or(AppError::NotFound))
    }
}

/// The request's tenant; 404 on the platform host.
pub struct CurrentTenant(pub Arc<TenantContext>);

impl FromRequest for CurrentTenant {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let found = match req.extensions().get::<Site>() {
            Some(Site::Tenant(t)) => Ok(CurrentTenant(t.clone())),
            _ => Err(AppError::NotFound),
        };
        ready(found)
    }
}

/// The scope of the request's tenant; 404 on the platform host.
impl FromRequest for TenantScope {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let scope = req.extensions().get::<Site>().and_then(|site| site.tenant().map(|t| t.scope)).ok_or(AppError::NotFound);
        ready(scope)
    }
}

/// The signed-in user; without one, a redirect to sign-in that comes back here.
impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let found = req.extensions().get::<CurrentUser>().cloned();
        ready(found.ok_or_else(|| {
            let return_to = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
            AppError::SignInRequired(return_to)
        }))
    }
}

/// The signed-in operator on the platform host; 404 anywhere else.
impl FromRequest for CurrentOperator {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(req.extensions().get::<CurrentOperator>().cloned().ok_or(AppError::NotFound))
    }
}

/// Where a request came from (client address, user agent, request id), for
/// the audit log.
pub fn request_meta(req: &HttpRequest) -> crate::audit::RequestMeta {
    let config = req.app_data::<actix_web::web::Data<crate::state::AppState>>().map(|s| s.config.clone());
    crate::audit::RequestMeta {
        client_address: config.map(|c| crate::web::client::client_ip(req, &c)).unwrap_or_default(),
        user_agent: req.headers().get(actix_web::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string(),
        request_id: req.extensions().get::<crate::telemetry::RequestId>().map(|r| r.0.clone()).unwrap_or_default(),
    }
}

/// Who is acting, for the audit log: the signed-in operator or user of this
/// request, with where the request came from. Never fails: a visitor is
/// `anonymous`.
impl FromRequest for crate::audit::Actor {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        use crate::audit::Actor;
        let meta = request_meta(req);
        let extensions = req.extensions();
        let actor = if let Some(op) = extensions.get::<CurrentOperator>() {
            Actor::operator(op.id, &op.email, meta)
        } else if let Some(user) = extensions.get::<CurrentUser>() {
            Actor::user(user.0.user.id, &user.0.user.email, meta)
        } else {
            Actor { kind: "anonymous", id: None, label: String::new(), meta }
        };
        ready(Ok(actor))
    }
}
