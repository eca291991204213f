//! Administration → Webhooks: the vendor admin adds endpoints (a public
//! https address, the events it takes), sees and rotates each one's signing
//! secret, sends a test event, reads the delivery log, and replays one
//! delivery or every failed one since a time. Part of the plan's API feature.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::validate::FieldErrors;
use crate::web::ctx::PageCtx;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;
use crate::webhooks::endpoints::{self, EndpointForm};
use crate::webhooks::events::EventType;
use crate::webhooks::model::{self, Endpoint, LogRow};
use crate::webhooks::outbox;

/// An event a form offers, with its description.
struct EventChoice {
    name: &'static str,
    label: String,
    checked: bool,
}

fn choices(ctx: &PageCtx, form: &EndpointForm) -> Vec<EventChoice> {
    EventType::SUBSCRIBABLE
        .iter()
        .map(|e| EventChoice { name: e.as_str(), label: ctx.t(&e.message_id()), checked: form.events.iter().any(|x| x == e.as_str()) })
        .collect()
}

/// How an endpoint stands, in words.
fn standing(ctx: &PageCtx, e: &Endpoint) -> (String, &'static str) {
    match (e.is_enabled(), e.disabled_reason.as_deref()) {
        (true, _) => (ctx.t("webhook-status-on"), "is-approved"),
        (false, Some("gone")) => (ctx.t("webhook-status-gone"), "is-rejected"),
        (false, Some("failing")) => (ctx.t("webhook-status-failing"), "is-rejected"),
        (false, _) => (ctx.t("webhook-status-off"), "is-expired"),
    }
}

struct EndpointRow {
    id: i64,
    url: String,
    description: String,
    events: String,
    status: String,
    badge: &'static str,
    failing: String,
}

#[derive(Template)]
#[template(path = "admin/webhooks.html")]
struct ListPage {
    ctx: PageCtx,
    endpoints: Vec<EndpointRow>,
    form: EndpointForm,
    events: Vec<EventChoice>,
    errors: FieldErrors,
}

async fn list_page(
    ctx: PageCtx,
    user: &CurrentUser,
    state: &AppState,
    form: EndpointForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope.tenant_only();
    let rows = db::read(&state.pool, move |conn| Ok(model::endpoints(conn, &scope)?)).await?;
    let endpoints = rows
        .iter()
        .map(|e| {
            let (status, badge) = standing(&ctx, e);
            EndpointRow {
                id: e.id,
                url: e.url.clone(),
                description: e.description.clone(),
                events: ctx.t_count("webhook-events-count", e.event_list().len() as i64),
                status,
                badge,
                failing: e.failing_since.map(|at| ctx.t_with("webhook-failing-since", "date", ctx.format_datetime(at))).unwrap_or_default(),
            }
        })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let events = choices(&ctx, &form);
    render(status, &ListPage { ctx, endpoints, form, events, errors })
}

async fn list(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let blank = EndpointForm { enabled: true, ..EndpointForm::default() };
    list_page(ctx, &user, &state, blank, FieldErrors::new()).await
}

async fn create(ctx: PageCtx, user: CurrentUser, body: web::Bytes, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let form = EndpointForm::parse(&body);
    let input = match form.validate(ctx.translator(), &state.config.allow_hosts) {
        Ok(input) => input,
        Err(errors) => return list_page(ctx, &user, &state, form, errors).await,
    };
    let (scope, who, key) = (user.scope.tenant_only(), user.actor(), state.config.secret_key.clone());
    let made = db::run(&state.pool, move |conn| endpoints::create(conn, &scope, &who, key.as_bytes(), &input)).await?;
    Ok(see_other(&format!("/admin/webhooks/{}", made.id), Flash::success("webhook-created")))
}

struct LogLine {
    id: i64,
    at: String,
    event: String,
    msg_id: String,
    status: String,
    badge: &'static str,
    attempts: i32,
    code: String,
    latency: String,
    response: String,
    error: String,
    next: String,
    pending: bool,
}

#[derive(Template)]
#[template(path = "admin/webhook.html")]
struct EndpointPage {
    ctx: PageCtx,
    endpoint: EndpointRow,
    secret: Option<String>,
    overlap: String,
    enabled: bool,
    form: EndpointForm,
    events: Vec<EventChoice>,
    errors: FieldErrors,
    log: Vec<LogLine>,
    older: Option<i64>,
    since: String,
}

const LOG_PAGE: i64 = 50;

#[derive(Deserialize)]
struct LogQuery {
    before: Option<i64>,
}

#[allow(clippy::too_many_arguments)]
async fn endpoint_page(
    ctx: PageCtx,
    user: &CurrentUser,
    state: &AppState,
    id: i64,
    form: Option<EndpointForm>,
    errors: FieldErrors,
    before: Option<i64>,
    since: String,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope.tenant_only();
    let (endpoint, rows) = db::read(&state.pool, move |conn| {
        let endpoint = model::endpoint(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        let rows = model::log(conn, &scope, id, before, LOG_PAGE + 1)?;
        Ok((endpoint, rows))
    })
    .await?;
    let more = rows.len() as i64 > LOG_PAGE;
    let rows: Vec<LogRow> = rows.into_iter().take(LOG_PAGE as usize).collect();
    let older = if more { rows.last().map(|r| r.delivery.id) } else { None };
    let now = db::now();
    let log = rows
        .iter()
        .map(|r| {
            let d = &r.delivery;
            let (status, badge) = match d.status.as_str() {
                "succeeded" => (ctx.t("webhook-delivery-succeeded"), "is-approved"),
                "failed" => (ctx.t("webhook-delivery-failed"), "is-rejected"),
                _ => (ctx.t("webhook-delivery-pending"), "is-submitted"),
            };
            LogLine {
                id: d.id,
                at: ctx.format_datetime(d.created_at),
                event: r.event_type.clone(),
                msg_id: r.msg_id.clone(),
                status,
                badge,
                attempts: d.attempts,
                code: d.last_status.map(|s| s.to_string()).unwrap_or_default(),
                latency: d
                    .last_latency_ms
                    .map(|ms| ctx.t_with("webhook-latency", "ms", ctx.format_number(i64::from(ms))))
                    .unwrap_or_default(),
                response: d.last_response.clone().unwrap_or_default(),
                error: d.last_error.clone().unwrap_or_default(),
                next: if d.status == "pending" && d.attempts > 0 { ctx.format_datetime(d.next_attempt_at) } else { String::new() },
                pending: d.status == "pending",
            }
        })
        .collect();
    let secret = endpoints::secret(state.config.secret_key.as_bytes(), &endpoint);
    let overlap = match endpoint.previous_until {
        Some(until) if until > now => ctx.t_with("webhook-secret-overlap", "date", ctx.format_datetime(until)),
        _ => String::new(),
    };
    let (status_text, badge) = standing(&ctx, &endpoint);
    let row = EndpointRow {
        id: endpoint.id,
        url: endpoint.url.clone(),
        description: endpoint.description.clone(),
        events: ctx.t_count("webhook-events-count", endpoint.event_list().len() as i64),
        status: status_text,
        badge,
        failing: endpoint.failing_since.map(|at| ctx.t_with("webhook-failing-since", "date", ctx.format_datetime(at))).unwrap_or_default(),
    };
    let form = form.unwrap_or_else(|| EndpointForm::of(&endpoint));
    let events = choices(&ctx, &form);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page =
        EndpointPage { ctx, endpoint: row, secret, overlap, enabled: endpoint.is_enabled(), form, events, errors, log, older, since };
    render(status, &page)
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    id: web::Path<i64>,
    query: web::Query<LogQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    endpoint_page(ctx, &user, &state, id.into_inner(), None, FieldErrors::new(), query.before, String::new()).await
}

async fn edit(
    ctx: PageCtx,
    user: CurrentUser,
    id: web::Path<i64>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let id = id.into_inner();
    let form = EndpointForm::parse(&body);
    let input = match form.validate(ctx.translator(), &state.config.allow_hosts) {
        Ok(input) => input,
        Err(errors) => return endpoint_page(ctx, &user, &state, id, Some(form), errors, None, String::new()).await,
    };
    let (scope, who) = (user.scope.tenant_only(), user.actor());
    db::run(&state.pool, move |conn| endpoints::update(conn, &scope, &who, id, &input)).await?;
    Ok(see_other(&format!("/admin/webhooks/{id}"), Flash::success("form-saved")))
}

async fn rotate(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, who, id, key) = (user.scope.tenant_only(), user.actor(), id.into_inner(), state.config.secret_key.clone());
    db::run(&state.pool, move |conn| endpoints::rotate(conn, &scope, &who, key.as_bytes(), id)).await?;
    Ok(see_other(&format!("/admin/webhooks/{id}"), Flash::success("webhook-rotated")))
}

async fn test(ctx: PageCtx, user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, id) = (user.scope.tenant_only(), id.into_inner());
    let message = ctx.t("webhook-test-message");
    let sent = db::run(&state.pool, move |conn| {
        let endpoint = model::endpoint(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        if !endpoint.is_enabled() {
            return Ok(false);
        }
        Ok(db::transaction(conn, |c| outbox::test_send(c, &scope, id, &message))?)
    })
    .await?;
    let flash = if sent { Flash::success("webhook-test-queued") } else { Flash::error("webhook-test-off") };
    Ok(see_other(&format!("/admin/webhooks/{id}"), flash))
}

async fn replay_one(user: CurrentUser, path: web::Path<(i64, i64)>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, (id, delivery)) = (user.scope.tenant_only(), path.into_inner());
    let n = db::run(&state.pool, move |conn| Ok(model::replay(conn, &scope, id, delivery, db::now())?)).await?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/admin/webhooks/{id}"), Flash::success("webhook-replayed").with_arg("n", &n.to_string())))
}

#[derive(Deserialize)]
struct SinceForm {
    #[serde(default)]
    since: String,
}

async fn replay_since(
    ctx: PageCtx,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<SinceForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let id = id.into_inner();
    let text = form.since.trim().to_string();
    let since =
        ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"].iter().find_map(|f| chrono::NaiveDateTime::parse_from_str(&text, f).ok());
    let Some(since) = since else {
        let mut errors = FieldErrors::new();
        errors.add("since", ctx.t("webhook-replay-since-invalid"));
        return endpoint_page(ctx, &user, &state, id, None, errors, None, text).await;
    };
    let scope = user.scope.tenant_only();
    let n = db::run(&state.pool, move |conn| {
        model::endpoint(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        Ok(model::replay_failed_since(conn, &scope, id, since, db::now())?)
    })
    .await?;
    Ok(see_other(&format!("/admin/webhooks/{id}"), Flash::success("webhook-replayed").with_arg("n", &n.to_string())))
}

async fn delete(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, who, id) = (user.scope.tenant_only(), user.actor(), id.into_inner());
    db::run(&state.pool, move |conn| endpoints::delete(conn, &scope, &who, id)).await?;
    Ok(see_other("/admin/webhooks", Flash::success("webhook-deleted")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/webhooks", list)
        .post("/admin/webhooks", create)
        .get("/admin/webhooks/{id}", show)
        .post("/admin/webhooks/{id}", edit)
        .post("/admin/webhooks/{id}/rotate", rotate)
        .post("/admin/webhooks/{id}/test", test)
        .post("/admin/webhooks/{id}/replay", replay_since)
        .post("/admin/webhooks/{id}/deliveries/{delivery}/replay", replay_one)
        .post("/admin/webhooks/{id}/delete", delete);
}
