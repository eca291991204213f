//! The last layer every response passes: error pages, security headers
//! (CSP without inline script, nosniff, referrer policy, frame-ancestors),
//! caching rules, signing a flash message into its cookie, and removing it
//! once shown.

use actix_web::HttpMessage;
use actix_web::body::BoxBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::web;

use super::errors::render_error_page;
use super::flash::{FlashShown, removal_cookie};
use super::redirect::PendingFlash;
use crate::state::AppState;

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub async fn finish_response(req: ServiceRequest, next: Next<BoxBody>) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let https = state.as_ref().is_some_and(|s| s.config.is_https());
    // Inner layers answer errors as responses; nothing reaches here as `Err`
    // except a failure of actix itself.
    let res = next.call(req).await?;
    let mut res = render_error_page(res);

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
