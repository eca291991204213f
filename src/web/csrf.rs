//! CSRF defence for every unsafe request, in one middleware:
//! 1. Fetch metadata: `Sec-Fetch-Site` must be `same-origin` (sibling tenant
//!    subdomains are *same-site*, so SameSite cookies alone do not stop them);
//!    without it, `Origin` must be this very origin; a request with neither
//!    is refused (browsers send one; other clients use the API's tokens).
//! 2. A synchronizer token bound to the server-side session, sent as the
//!    `X-CSRF-Token` header (htmx, from `hx-headers` on `<body>`), the
//!    `csrf_token` form field (an upload form's first field); never the
//!    URL, where it would reach logs, history and `Referer` headers.

use std::pin::Pin;

use actix_session::SessionExt;
use actix_web::body::BoxBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse, web};
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use subtle::ConstantTimeEq;

use crate::state::AppState;
use crate::web::session::CSRF;

pub const FORM_FIELD: &str = "csrf_token";
pub const HEADER: &str = "x-csrf-token";

/// Why a request was refused, for the error page.
#[derive(Debug, Clone, Copy)]
pub struct CsrfRejected;

fn is_exempt(path: &str) -> bool {
    // The JSON API authenticates with bearer tokens only, never cookies.
    // One-click unsubscribe (RFC 8058) is sent by mail providers, with no
    // browser and no session: the signed token in the path is the authority,
    // and all it can do is turn one kind of mail off for one person.
    path.starts_with("/api/") || path.starts_with("/unsubscribe/")
}

fn reject(req: ServiceRequest, reason: &'static str) -> ServiceResponse<BoxBody> {
    tracing::warn!(reason, route = %super::telemetry::loggable_route(&req), "csrf.rejected");
    req.extensions_mut().insert(CsrfRejected);
    req.into_response(HttpResponse::new(StatusCode::FORBIDDEN))
}

/// How much of an upload is read to find its first field.
const MULTIPART_HEAD_LIMIT: usize = 16 * 1024;

/// The name and value of the first field of a multipart body, once `data`
/// holds all of it.
fn first_multipart_field(data: &[u8], boundary: &str) -> Option<(String, String)> {
    let opening = format!("--{boundary}\r\n");
    let rest = data.strip_prefix(opening.as_bytes())?;
    let end_of_headers = find(rest, b"\r\n\r\n")?;
    let headers = std::str::from_utf8(&rest[..end_of_headers]).ok()?;
    let disposition = headers.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))?;
    let name = disposition.split(';').find_map(|p| p.trim().strip_prefix("name=")).map(|n| n.trim_matches('"').to_string())?;
    let body = &rest[end_of_headers + 4..];
    let closing = format!("\r\n--{boundary}");
    let end = find(body, closing.as_bytes())?;
    Some((name, String::from_utf8(body[..end].to_vec()).ok()?))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn field(data: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(data).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

pub async fn verify_csrf(mut req: ServiceRequest, next: Next<BoxBody>) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if req.method().is_safe() || is_exempt(req.path()) {
        return next.call(req).await;
    }
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(reject(req, "no application state"));
    };
    let headers = req.headers();
    let text = |name| headers.get(name).and_then(|v: &header::HeaderValue| v.to_str().ok()).map(str::to_string);
    if let Some(site) = text("sec-fetch-site") {
        if site != "same-origin" {
            return Ok(reject(req, "sec-fetch-site"));
        }
    } else if let Some(origin) = text("origin") {
        let host = text("host").unwrap_or_default();
        let expected = format!("{}://{}", state.config.public_url.scheme(), host);
        if !origin.eq_ignore_ascii_case(&expected) {
            return Ok(reject(req, "origin"));
        }
    } else {
        // Every browser sends one of the two on an unsafe request; a client
        // that sends neither is no browser, and uses the API's tokens.
        return Ok(reject(req, "no origin"));
    }

    // Switching the display language needs no session (it is offered to
    // every visitor); the fetch-metadata check above still applies.
    // The public application form is sent by visitors without a session;
    // it has its own honeypot and per-address limit; so has the contact
    // form of a partner's public landing page (`/p/{slug}`).
    let landing_form = req.path().strip_prefix("/p/").is_some_and(|slug| !slug.is_empty() && !slug.contains('/'));
    if req.path() == "/language" || req.path() == "/become-a-partner" || landing_form {
        return next.call(req).await;
    }

    let expected = req.get_session().get::<String>(CSRF).ok().flatten();
    let mut presented = text(HEADER);
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if presented.is_none() && is_form {
        // Read the (size-limited) form, take the token, and put the body back
        // for the handler's extractor.
        let limit = state.config.max_body_bytes;
        let mut payload = req.take_payload();
        let mut body = BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk?;
            if body.len() + chunk.len() > limit {
                return Ok(req.into_response(HttpResponse::new(StatusCode::PAYLOAD_TOO_LARGE)));
            }
            body.extend_from_slice(&chunk);
        }
        let body = body.freeze();
        presented = field(&body, FORM_FIELD);
        let stream: Pin<Box<dyn futures_util::Stream<Item = Result<Bytes, PayloadError>>>> =
            Box::pin(futures_util::stream::once(async move { Ok(body) }));
        req.set_payload(Payload::from(stream));
    }
    let multipart_boundary = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.starts_with("multipart/form-data"))
        .and_then(|v| v.split(';').find_map(|p| p.trim().strip_prefix("boundary=")).map(|b| b.trim_matches('"').to_string()));
    if let (None, Some(boundary)) = (&presented, multipart_boundary) {
        // An upload form carries the token as its first field: read just
        // that far, then hand the whole body on to the handler.
        let mut payload = req.take_payload();
        let mut head = BytesMut::new();
        while head.len() < MULTIPART_HEAD_LIMIT && first_multipart_field(&head, &boundary).is_none() {
            match payload.next().await {
                Some(chunk) => head.extend_from_slice(&chunk?),
                None => break,
            }
        }
        presented = first_multipart_field(&head, &boundary).filter(|(name, _)| name == FORM_FIELD).map(|(_, value)| value);
        let head = head.freeze();
        let stream: Pin<Box<dyn futures_util::Stream<Item = Result<Bytes, PayloadError>>>> =
            Box::pin(futures_util::stream::once(async move { Ok(head) }).chain(payload));
        req.set_payload(Payload::from(stream));
    }
    match (expected, presented) {
        (Some(expected), Some(presented)) if bool::from(expected.as_bytes().ct_eq(presented.as_bytes())) => next.call(req).await,
        (None, _) => Ok(reject(req, "no session token")),
        _ => Ok(reject(req, "token mismatch")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_field_of_an_upload_is_found_once_it_is_whole() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nabc123\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n...";
        assert_eq!(first_multipart_field(body, "XyZ"), Some(("csrf_token".into(), "abc123".into())));
        assert_eq!(first_multipart_field(&body[..60], "XyZ"), None, "not yet whole");
        assert_eq!(first_multipart_field(body, "Other"), None);
        let file_first = b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--XyZ--";
        assert_eq!(first_multipart_field(file_first, "XyZ").map(|f| f.0), Some("file".into()));
    }
}
