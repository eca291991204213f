//! The last layer every response passes: error pages, security headers
//! (CSP without inline script, nosniff, referrer policy, frame-ancestors),
//! caching rules, signing a flash message into its cookie, and removing it
//! once shown.

use std::cell::RefCell;
use std::rc::Rc;

use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest};
use actix_web::{ResponseError, web};

use super::errors::render_error_page;
use super::flash::{FlashShown, removal_cookie};
use super::redirect::PendingFlash;
use crate::error::AppError;
use crate::state::AppState;

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Where `remember_request` leaves the request of a finished response, so
/// `finish_response` can still answer when a layer between them fails after
/// the handler (the request cannot be cloned before routing is done).
/// Emptied by `finish_response` on every request.
#[derive(Clone, Default)]
struct RequestSlot(Rc<RefCell<Option<HttpRequest>>>);

/// Sits just inside the session layer: keeps the answered request for
/// `finish_response`, in case storing the session then fails.
pub async fn remember_request(req: ServiceRequest, next: Next<BoxBody>) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let slot = res.request().extensions().get::<RequestSlot>().cloned();
    if let Some(slot) = slot {
        *slot.0.borrow_mut() = Some(res.request().clone());
    }
    Ok(res)
}

pub async fn finish_response(req: ServiceRequest, next: Next<BoxBody>) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let https = state.as_ref().is_some_and(|s| s.config.is_https());
    // Inner layers answer errors as responses. What reaches here as `Err` is
    // the session layer failing to store or end a session (the database
    // under it is failing): the 503 page, like any unavailable dependency,
    // with the request's reference, never actix's bare 500.
    let slot = RequestSlot::default();
    req.extensions_mut().insert(slot.clone());
    let outcome = next.call(req).await;
    let kept = slot.0.borrow_mut().take();
    let res = match (outcome, kept) {
        (Ok(res), _) => res,
        (Err(e), Some(http_req)) => ServiceResponse::new(http_req, AppError::Unavailable(format!("session layer: {e}")).error_response()),
        (Err(e), None) => return Err(e),
    };
    let mut res = render_error_page(res);
    let limit = res.request().extensions().get::<crate::web::api::RateLimitInfo>().copied();
    if let Some(limit) = limit {
        limit.write(res.headers_mut());
    }

    let is_html = res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    let flash_shown = res.request().extensions().get::<FlashShown>().is_some();
    let pending = res.response().extensions().get::<PendingFlash>().cloned();
    if let (Some(PendingFlash(flash)), Some(state)) = (pending, &state) {
        let _ = res.response_mut().add_cookie(&flash.to_cookie(state.config.secret_key.as_bytes(), https));
    } else if flash_shown && is_html && res.status().is_success() {
        let _ = res.response_mut().add_cookie(&removal_cookie(https));
    }

    let headers = res.headers_mut();
    let mut set_default = |name: HeaderName, value: &'static str| {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    };
    set_default(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set_default(header::REFERRER_POLICY, "same-origin");
    set_default(header::X_FRAME_OPTIONS, "DENY");
    set_default(HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set_default(HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()");
    if https {
        set_default(header::STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
    }
    if is_html {
        set_default(header::CONTENT_SECURITY_POLICY, CSP);
        // Pages may differ by locale cookie, session and htmx: never shared caches.
        set_default(header::CACHE_CONTROL, "no-store");
        headers.append(header::VARY, HeaderValue::from_static("HX-Request"));
    } else {
        set_default(header::CACHE_CONTROL, "no-store");
    }
    Ok(res)
}
