//! What every JSON API of the server shares (the platform API, the tenant
//! API): problems as `application/problem+json` (RFC 9457) with a stable
//! `type` per error, JSON answers that are never cached, strict JSON bodies,
//! RFC 3339 timestamps in UTC, and the bearer token of a request.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse};
use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;

/// Where the `type` of every problem points (documented in the README).
pub const PROBLEMS: &str = "https://portico.dev/problems/";

/// A problem, answered as `application/problem+json` (boxed: it travels
/// in the `Err` of every API call).
pub struct Problem(Box<Parts>);

struct Parts {
    status: StatusCode,
    kind: &'static str,
    title: &'static str,
    detail: String,
    errors: Vec<FieldProblem>,
    realm: &'static str,
    headers: Vec<(header::HeaderName, String)>,
}

impl Problem {
    pub fn new(status: StatusCode, kind: &'static str, title: &'static str, detail: impl Into<String>) -> Self {
        Problem(Box::new(Parts { status, kind, title, detail: detail.into(), errors: Vec::new(), realm: "portico", headers: Vec::new() }))
    }

    /// A field that was refused, with why.
    pub fn field(mut self, field: &str, message: &str) -> Self {
        self.0.errors.push(FieldProblem { field: field.to_string(), message: message.to_string() });
        self
    }

    /// The realm a 401 names in `WWW-Authenticate`.
    pub fn realm(mut self, realm: &'static str) -> Self {
        self.0.realm = realm;
        self
    }

    /// A header to send with the problem (`Retry-After`, …).
    pub fn header(mut self, name: header::HeaderName, value: String) -> Self {
        self.0.headers.push((name, value));
        self
    }

    pub fn response(&self) -> HttpResponse {
        let p = &self.0;
        let body = ProblemOut {
            kind: format!("{PROBLEMS}{}", p.kind),
            title: p.title.to_string(),
            status: p.status.as_u16(),
            detail: p.detail.clone(),
            errors: (!p.errors.is_empty()).then(|| p.errors.clone()),
        };
        let text = serde_json::to_string(&body).unwrap_or_default();
        let mut res = HttpResponse::build(p.status).content_type("application/problem+json").body(text);
        if p.status == StatusCode::UNAUTHORIZED
            && let Ok(value) = HeaderValue::from_str(&format!("Bearer realm=\"{}\"", p.realm))
        {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, value);
        }
        for (name, value) in &p.headers {
            if let Ok(value) = HeaderValue::from_str(value) {
                res.headers_mut().insert(name.clone(), value);
            }
        }
        res
    }

    pub fn not_found() -> Self {
        Problem::new(StatusCode::NOT_FOUND, "not-found", "Not found", "No such resource.")
    }

    /// A body whose fields the rules refused (the same rules, in the
    /// request's language, as the pages' forms): 422 with one entry per
    /// field, named as the API names it (`rename`: form field → API field).
    pub fn invalid_body(errors: &crate::validate::FieldErrors, rename: &[(&str, &str)]) -> Self {
        let mut problem = Self::refused_body();
        for (field, message) in errors.iter() {
            let name = rename.iter().find(|(from, _)| *from == field).map_or(field, |(_, to)| *to);
            problem = problem.field(name, message);
        }
        problem
    }

    /// One field of the body refused (422 `invalid-body`), with why.
    pub fn invalid_field(field: &str, message: &str) -> Self {
        Self::refused_body().field(field, message)
    }

    fn refused_body() -> Self {
        Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-body", "Invalid body", "A field was refused; see errors.")
    }

    /// A rule of the service refused the change (409), with why.
    pub fn conflict(kind: &'static str, title: &'static str, detail: impl Into<String>) -> Self {
        Problem::new(StatusCode::CONFLICT, kind, title, detail)
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        match e {
            AppError::NotFound => Problem::not_found(),
            AppError::Forbidden => Problem::new(StatusCode::FORBIDDEN, "forbidden", "Forbidden", "This token may not do that."),
            AppError::Conflict => Problem::conflict("conflict", "Conflict", "The resource changed meanwhile; read it again."),
            AppError::LimitReached { metric, limit } => Problem::new(
                StatusCode::FORBIDDEN,
                "plan-limit",
                "Plan limit reached",
                format!("The portal's plan allows {limit} ({metric}); nothing was changed. The platform operator can raise it."),
            ),
            AppError::Unavailable(_) | AppError::CannotWrite(_) => {
                Problem::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "Unavailable", "The database is not available; retry later.")
            }
            other => {
                tracing::error!(error = %other, "api call failed");
                Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "Internal error", "Something went wrong on our side.")
            }
        }
    }
}

/// An error (RFC 9457): `type` is stable per kind of error.
#[derive(Serialize, ToSchema)]
pub struct ProblemOut {
    #[serde(rename = "type")]
    #[schema(format = "uri", example = "https://portico.dev/problems/not-found")]
    kind: String,
    title: String,
    status: u16,
    detail: String,
    /// One entry per field that was refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    errors: Option<Vec<FieldProblem>>,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct FieldProblem {
    field: String,
    message: String,
}

pub type ApiResult = Result<HttpResponse, Problem>;

/// The answer, or the problem's.
pub fn answer(res: ApiResult) -> HttpResponse {
    res.unwrap_or_else(|p| p.response())
}

/// A JSON answer, never cached.
pub fn json_response(status: StatusCode, body: &impl Serialize) -> HttpResponse {
    let text = serde_json::to_string(body).unwrap_or_else(|_| "{}".into());
    HttpResponse::build(status).content_type("application/json").insert_header((header::CACHE_CONTROL, "no-store")).body(text)
}

/// A JSON body of the shape `T` (unknown fields refused where `T` says so), or 400.
/// A whole number written with a fraction (`12.0`) is the integer JSON
/// Schema says it is.
pub fn parse_json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Problem> {
    let refuse = |e: serde_json::Error| {
        Problem::new(StatusCode::BAD_REQUEST, "invalid-json", "Invalid JSON", format!("The body is not the JSON this call takes: {e}"))
    };
    let mut value: serde_json::Value = serde_json::from_slice(body).map_err(refuse)?;
    whole_numbers(&mut value);
    serde_json::from_value(value).map_err(refuse)
}

/// Integral floats within `i64` become integers, everywhere in `value`.
fn whole_numbers(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Number(n) if !n.is_i64() && !n.is_u64() => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f.abs() < 9.0e15
            {
                *value = serde_json::Value::from(f as i64);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

/// A stored UTC time as RFC 3339.
pub fn rfc3339(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Where a token stands against its rate limit, as the `RateLimit-Policy`
/// and `RateLimit` fields (draft-ietf-httpapi-ratelimit-headers) say it:
/// the quota per window, what is left, and seconds until it is whole again.
#[derive(Debug, Clone, Copy)]
pub struct RateLimitInfo {
    pub limit: u32,
    pub remaining: u32,
    pub window_secs: u64,
    pub reset_secs: u64,
}

impl RateLimitInfo {
    pub fn write(&self, headers: &mut actix_web::http::header::HeaderMap) {
        let policy = format!("\"token\";q={};w={}", self.limit, self.window_secs);
        let now = format!("\"token\";r={};t={}", self.remaining, self.reset_secs);
        for (name, value) in [("ratelimit-policy", policy), ("ratelimit", now)] {
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.insert(header::HeaderName::from_static(name), value);
            }
        }
    }
}

/// Adds a bearer-token security scheme to an OpenAPI document.
pub fn add_bearer_scheme(openapi: &mut utoipa::openapi::OpenApi, name: &str, description: &str) {
    use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
    let components = openapi.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        name,
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).description(Some(description)).build()),
    );
}

/// The request's `Authorization: Bearer …` token, if it sent one.
pub fn bearer(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|s| s.trim().to_string())
}
