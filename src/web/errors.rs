//! Error pages: any 4xx/5xx answer that is not already HTML — from a
//! handler's `AppError`, an extractor, the router or the tenant resolver — is
//! rendered here, once, as a localized page in the site's branding (or as a
//! fragment for htmx). No internals ever reach the page; 5xx show a reference.

use actix_web::body::BoxBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpMessage, HttpResponse, ResponseError};
use askama::Template;

use super::ctx::PageCtx;
use super::hx::HxRequest;
use crate::error::AppError;
use crate::tenancy::site::Refusal;

#[derive(Template)]
#[template(path = "errors/error.html")]
pub struct ErrorPage {
    pub ctx: PageCtx,
    pub status: u16,
    pub title: String,
    pub body: String,
    pub reference: Option<String>,
}

#[derive(Template)]
#[template(path = "errors/fragment.html")]
pub struct ErrorFragment {
    pub status: u16,
    pub title: String,
    pub body: String,
    pub reference: Option<String>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::LimitReached { .. } | AppError::FeatureOff(_) => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::Gone => StatusCode::GONE,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::SignInRequired(_) => StatusCode::SEE_OTHER,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) | AppError::CannotWrite(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(e) => tracing::error!(error = %format!("{e:#}"), "request failed"),
            AppError::Unavailable(e) => tracing::error!(error = %e, "dependency unavailable"),
            AppError::CannotWrite(e) => tracing::error!(error = %e, "database cannot write"),
            AppError::SignInRequired(return_to) => {
                let location =
                    format!("/sign-in?return_to={}", url::form_urlencoded::byte_serialize(return_to.as_bytes()).collect::<String>());
                return HttpResponse::SeeOther()
                    .insert_header((actix_web::http::header::LOCATION, location.clone()))
                    .insert_header(("HX-Redirect", location))
                    .finish();
            }
            AppError::LimitReached { metric, limit } => {
                let mut res = HttpResponse::new(self.status_code());
                res.extensions_mut().insert(PlanRefusal::Limit { metric, limit: *limit });
                return res;
            }
            AppError::FeatureOff(feature) => {
                let mut res = HttpResponse::new(self.status_code());
                res.extensions_mut().insert(PlanRefusal::Feature(feature));
                return res;
            }
            _ => {}
        }
        // The body is filled in by `render_error_page`.
        HttpResponse::new(self.status_code())
    }
}

/// Why the tenant's plan refused a request, kept on the response for its page.
#[derive(Debug, Clone, Copy)]
enum PlanRefusal {
    Limit { metric: &'static str, limit: i64 },
    Feature(&'static str),
}

/// The page's title and text for a plan's refusal: which limit or feature,
/// and who can change it (the platform operator for the vendor's staff, the
/// vendor for its partners).
fn plan_message(ctx: &PageCtx, refusal: PlanRefusal) -> (String, String) {
    let staff = ctx.user().is_some_and(|u| u.role.is_vendor_staff());
    let portal = ctx.portal_name();
    match refusal {
        PlanRefusal::Limit { metric, limit } => {
            let amount = match crate::tenancy::usage::Metric::parse(metric) {
                Some(m) => ctx.usage_amount(m, limit),
                None => ctx.format_number(limit),
            };
            let what = ctx.t(&format!("usage-metric-{metric}"));
            let body_id = if staff { "plan-limit-body-staff" } else { "plan-limit-body-partner" };
            let body = ctx.translator().t_args(body_id, &[("limit", &amount), ("what", &what), ("portal", &portal)]);
            (ctx.t("plan-limit-title"), body)
        }
        PlanRefusal::Feature(feature) => {
            let what = ctx.t(&format!("plan-feature-{feature}"));
            let body_id = if staff { "plan-feature-off-body-staff" } else { "plan-feature-off-body-partner" };
            (ctx.t("plan-feature-off-title"), ctx.translator().t_args(body_id, &[("feature", &what), ("portal", &portal)]))
        }
    }
}

fn message_ids(status: StatusCode, refusal: Option<Refusal>, csrf: bool) -> (&'static str, &'static str) {
    if csrf {
        return ("error-403-title", "error-csrf-body");
    }
    match (status.as_u16(), refusal) {
        (404, Some(Refusal::UnknownHost)) => ("error-404-title", "error-404-host-body"),
        (503, Some(Refusal::Suspended)) => ("suspended-title", "suspended-body"),
        (410, Some(Refusal::Removed)) => ("removed-title", "removed-body"),
        (401 | 403, _) => ("error-403-title", "error-403-body"),
        (404, _) => ("error-404-title", "error-404-body"),
        (405, _) => ("error-405-title", "error-405-body"),
        (410, _) => ("error-410-title", "error-410-body"),
        (413, _) => ("error-413-title", "error-413-body"),
        (429, _) => ("error-429-title", "error-429-body"),
        (503, _) => ("error-503-title", "error-503-body"),
        (500..=599, _) => ("error-500-title", "error-500-body"),
        _ => ("error-400-title", "error-400-body"),
    }
}

/// The problem an API call gets where a page would say why.
fn api_problem(status: StatusCode, refusal: Option<Refusal>, plan: Option<PlanRefusal>) -> crate::web::api::Problem {
    use crate::web::api::Problem;
    match (status.as_u16(), refusal, plan) {
        (403, _, Some(PlanRefusal::Feature(_))) => Problem::new(
            status,
            "feature-off",
            "Not part of the plan",
            "This portal's plan does not include the API; its vendor admin can ask the operator.",
        ),
        (403, _, Some(PlanRefusal::Limit { .. })) => {
            Problem::new(status, "limit-reached", "Plan limit reached", "This portal's plan allows no more of this.")
        }
        (503, Some(Refusal::Suspended), _) => {
            Problem::new(status, "tenant-suspended", "Portal suspended", "This portal is suspended; calls are refused until it is resumed.")
        }
        (410, Some(Refusal::Removed), _) => Problem::new(status, "tenant-removed", "Portal removed", "This portal has been removed."),
        (404, _, _) => Problem::not_found(),
        (405, _, _) => Problem::new(status, "method-not-allowed", "Method not allowed", "This address does not take that method."),
        (413, _, _) => Problem::new(status, "payload-too-large", "Payload too large", "The body is larger than this call takes."),
        (429, _, _) => Problem::new(status, "rate-limited", "Too many requests", "Slow down and retry later."),
        (401 | 403, _, _) => Problem::new(status, "forbidden", "Forbidden", "This call is not allowed."),
        (500..=599, _, _) => Problem::new(status, "unavailable", "Unavailable", "Retry later."),
        _ => Problem::new(status, "bad-request", "Bad request", "The request could not be understood."),
    }
}

/// Replaces the body of an unrendered error response with its page.
pub fn render_error_page(res: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let status = res.status();
    // HTML pages are already pages; JSON answers (the APIs' problems) keep their body.
    let already_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/problem+json") || v.starts_with("application/json"));
    if status.as_u16() < 400 || already_html || crate::web::resolve::is_host_independent(res.request().path()) {
        return res;
    }
    let req = res.request().clone();
    if req.path().starts_with("/api/") {
        // An API client gets a problem, not a page; a method the address
        // does not take is a 405 naming those it does.
        let allowed = crate::web::routes::methods_for(req.path());
        if status == StatusCode::NOT_FOUND && !allowed.is_empty() && !allowed.contains(&req.method().as_str()) {
            let allow =
                allowed.iter().flat_map(|m| if *m == "GET" { vec!["GET", "HEAD"] } else { vec![*m] }).collect::<Vec<_>>().join(", ");
            let problem = crate::web::api::Problem::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "Method not allowed",
                format!("This address takes {allow}."),
            )
            .header(header::ALLOW, allow);
            return ServiceResponse::new(req, problem.response());
        }
        let refusal = req.extensions().get::<Refusal>().copied();
        let plan = res.response().extensions().get::<PlanRefusal>().copied();
        let problem = api_problem(status, refusal, plan).response();
        return ServiceResponse::new(req, problem);
    }
    let ctx = match PageCtx::from_http(&req) {
        Ok(ctx) => ctx,
        Err(_) => return res,
    };
    let refusal = req.extensions().get::<Refusal>().copied();
    let csrf = req.extensions().get::<super::csrf::CsrfRejected>().is_some();
    let (title, body) = match res.response().extensions().get::<PlanRefusal>().copied() {
        Some(plan) => plan_message(&ctx, plan),
        None => {
            let (title_id, body_id) = message_ids(status, refusal, csrf);
            (ctx.t(title_id), ctx.t_with(body_id, "portal", ctx.portal_name()))
        }
    };
    let reference = status
        .is_server_error()
        .then(|| ctx.t_with2("error-reference", "reference", &ctx.request_id, "time", ctx.format_datetime(crate::db::now())));
    let rendered = if HxRequest::from_http(&req).wants_fragment() {
        ErrorFragment { status: status.as_u16(), title, body, reference }.render()
    } else {
        ErrorPage { ctx, status: status.as_u16(), title, body, reference }.render()
    };
    let html = match rendered {
        Ok(html) => html,
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            return res;
        }
    };
    let mut page = HttpResponse::build(status);
    for (name, value) in res.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            page.append_header((name.clone(), value.clone()));
        }
    }
    let page = page.content_type("text/html; charset=utf-8").body(html);
    ServiceResponse::new(req, page)
}
