//! The platform API (`/api/platform/v1`, platform host only), for operators'
//! scripts: tenants listed, created (idempotent with `Idempotency-Key`),
//! shown with their usage, put on another plan, suspended, resumed, deleted
//! and restored, exported (prepared in the background, then downloaded) —
//! through the same services as the console and the CLI.
//! `Authorization: Bearer pop_…` (tokens made in the console). Errors are
//! `application/problem+json` with a stable `type` per error.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload, web};
use chrono::NaiveDateTime;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::future::Future;
use std::pin::Pin;

use crate::audit::Actor;
use crate::db;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::platform::api_tokens::{self, Kept};
use crate::platform::export::Purpose;
use crate::platform::export_jobs::{self, ExportJob, Status};
use crate::platform::tenants::{self, ListQuery, ProvisionError, ProvisionRequest, TenantSort};
use crate::state::AppState;
use crate::tenancy::model::{Tenant, TenantStatus};
use crate::tenancy::site::Site;
use crate::tenancy::usage;

const BASE: &str = "/api/platform/v1";
/// Where the `type` of every problem points (documented in the README).
const PROBLEMS: &str = "https://portico.dev/problems/";

/// A problem, answered as `application/problem+json` (RFC 9457).
pub struct Problem {
    status: StatusCode,
    kind: &'static str,
    title: &'static str,
    detail: String,
    errors: Vec<Value>,
}

impl Problem {
    fn new(status: StatusCode, kind: &'static str, title: &'static str, detail: impl Into<String>) -> Self {
        Problem { status, kind, title, detail: detail.into(), errors: Vec::new() }
    }

    fn field(mut self, field: &str, message: &str) -> Self {
        self.errors.push(json!({ "field": field, "message": message }));
        self
    }

    fn response(&self) -> HttpResponse {
        let mut body = json!({ "type": format!("{PROBLEMS}{}", self.kind), "title": self.title, "status": self.status.as_u16(), "detail": self.detail });
        if !self.errors.is_empty() {
            body["errors"] = Value::Array(self.errors.clone());
        }
        let mut res = HttpResponse::build(self.status).content_type("application/problem+json").body(body.to_string());
        if self.status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"portico-platform\""));
        }
        res
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        match e {
            AppError::NotFound => Problem::new(StatusCode::NOT_FOUND, "not-found", "Not found", "No such resource."),
            AppError::Unavailable(_) | AppError::CannotWrite(_) => {
                Problem::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "Unavailable", "The database is not available; retry later.")
            }
            other => {
                tracing::error!(error = %other, "platform api failed");
                Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "Internal error", "Something went wrong on our side.")
            }
        }
    }
}

impl From<ProvisionError> for Problem {
    fn from(e: ProvisionError) -> Self {
        let unprocessable = |kind, title, field: &str, e: &ProvisionError| {
            Problem::new(StatusCode::UNPROCESSABLE_ENTITY, kind, title, e.to_string()).field(field, &e.to_string())
        };
        match &e {
            ProvisionError::InvalidSlug(_) | ProvisionError::ReservedSlug(_) => unprocessable("invalid-slug", "Invalid slug", "slug", &e),
            ProvisionError::InvalidName => unprocessable("invalid-name", "Invalid name", "name", &e),
            ProvisionError::InvalidEmail(_) => unprocessable("invalid-email", "Invalid e-mail address", "admin_email", &e),
            ProvisionError::NoSuchPlan(_) => unprocessable("unknown-plan", "Unknown plan", "plan", &e),
            ProvisionError::ConfirmationMismatch(_) => unprocessable("confirmation-mismatch", "Confirmation mismatch", "confirm", &e),
            ProvisionError::SlugTaken(_) => Problem::new(StatusCode::CONFLICT, "slug-taken", "Slug taken", e.to_string()),
            ProvisionError::Deleted(_) => Problem::new(StatusCode::CONFLICT, "tenant-deleted", "Tenant deleted", e.to_string()),
            ProvisionError::NotDeleted(_) => Problem::new(StatusCode::CONFLICT, "tenant-not-deleted", "Tenant not deleted", e.to_string()),
            ProvisionError::NoSuchTenant(_) => Problem::new(StatusCode::NOT_FOUND, "not-found", "Not found", e.to_string()),
            _ => AppError::Internal(anyhow::anyhow!("{e}")).into(),
        }
    }
}

type ApiResult = Result<HttpResponse, Problem>;

fn answer(res: ApiResult) -> HttpResponse {
    res.unwrap_or_else(|p| p.response())
}

/// The operator a request's bearer token names (platform host only).
pub struct ApiOperator {
    token_id: i64,
    actor: Actor,
}

impl FromRequest for ApiOperator {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let platform = matches!(req.extensions_ref().get::<Site>(), Some(Site::Platform));
        let secret = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|s| s.trim().to_string());
        let meta = crate::web::extract::request_meta(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let refuse = |p: Problem| actix_web::error::InternalError::from_response("refused", p.response()).into();
            if !platform {
                return Err(refuse(Problem::new(StatusCode::NOT_FOUND, "not-found", "Not found", "No such resource.")));
            }
            let unauthorized = || {
                Problem::new(
                    StatusCode::UNAUTHORIZED,
                    "unauthorized",
                    "Unauthorized",
                    "Send a live operator token: Authorization: Bearer pop_…",
                )
            };
            let (Some(secret), Some(state)) = (secret, state) else { return Err(refuse(unauthorized())) };
            let found =
                db::run(&state.pool, move |conn| Ok(api_tokens::authenticate(conn, &secret)?)).await.map_err(|e| refuse(e.into()))?;
            let Some((operator, token_id)) = found else { return Err(refuse(unauthorized())) };
            let actor = Actor { kind: "token", id: Some(token_id), label: operator.email.clone(), meta };
            Ok(ApiOperator { token_id, actor })
        })
    }
}

trait ExtensionsRef {
    fn extensions_ref(&self) -> std::cell::Ref<'_, actix_web::dev::Extensions>;
}

impl ExtensionsRef for HttpRequest {
    fn extensions_ref(&self) -> std::cell::Ref<'_, actix_web::dev::Extensions> {
        actix_web::HttpMessage::extensions(self)
    }
}

fn rfc3339(at: NaiveDateTime) -> String {
    at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn tenant_json(state: &AppState, t: &Tenant) -> Value {
    let status = if t.is_deleted() { "deleted" } else { t.status.as_str() };
    json!({
        "slug": t.slug,
        "name": t.name,
        "status": status,
        "plan": t.plan,
        "portal_url": state.config.tenant_url(&t.slug),
        "created_at": rfc3339(t.created_at),
        "deleted_at": t.deleted_at.map(rfc3339),
        "purge_after": t.deleted_at.map(|at| rfc3339(at + chrono::Duration::days(state.config.deletion_grace_days))),
    })
}

fn json_response(status: StatusCode, body: &Value) -> HttpResponse {
    HttpResponse::build(status).content_type("application/json").insert_header((header::CACHE_CONTROL, "no-store")).body(body.to_string())
}

fn parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Problem> {
    serde_json::from_slice(body).map_err(|e| {
        Problem::new(StatusCode::BAD_REQUEST, "invalid-json", "Invalid JSON", format!("The body is not the JSON this call takes: {e}"))
    })
}

#[derive(Deserialize)]
struct ListParams {
    #[serde(default)]
    q: String,
    #[serde(default)]
    sort: String,
    after: Option<i64>,
    limit: Option<i64>,
}

async fn list(_op: ApiOperator, query: web::Query<ListParams>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let q = query.into_inner();
            let limit = q.limit.unwrap_or(50).clamp(1, 200);
            let sort = TenantSort::parse(&q.sort);
            let page = db::run(&state.pool, move |conn| Ok(tenants::page(conn, &ListQuery { search: &q.q, sort, after: q.after, limit })))
                .await
                .map_err(Problem::from)??;
            let items: Vec<Value> = page
                .rows
                .iter()
                .map(|s| {
                    let mut t = tenant_json(&state, &s.tenant);
                    t["users"] = json!(s.users);
                    t["partners"] = json!(s.partners);
                    t["storage_bytes"] = json!(s.storage_bytes);
                    t
                })
                .collect();
            Ok(json_response(StatusCode::OK, &json!({ "items": items, "next_after": page.next })))
        }
        .await,
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    slug: String,
    name: String,
    admin_email: String,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    plan: Option<String>,
}

async fn create(op: ApiOperator, req: HttpRequest, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let key = req.headers().get("Idempotency-Key").and_then(|v| v.to_str().ok()).map(str::to_string);
            if key.as_ref().is_some_and(|k| k.is_empty() || k.len() > 255) {
                return Err(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "invalid-idempotency-key",
                    "Invalid Idempotency-Key",
                    "Use 1–255 characters.",
                ));
            }
            let request_hash = hex::encode(Sha256::digest(&body));
            let owner = format!("platform-token:{}", op.token_id);
            if let Some(key) = &key {
                let (o, k, h) = (owner.clone(), key.clone(), request_hash.clone());
                if let Some(kept) =
                    db::run(&state.pool, move |conn| Ok(api_tokens::kept(conn, &o, &k, &h)?)).await.map_err(Problem::from)?
                {
                    return replay(kept);
                }
            }
            let input: CreateBody = parse(&body)?;
            let locale = match input.locale.as_deref() {
                None | Some("") => None,
                Some(code) => Some(Locale::from_code(code).ok_or_else(|| {
                    Problem::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "invalid-locale",
                        "Invalid locale",
                        "Use en-US, de-DE, fr-FR, es-ES or ja-JP.",
                    )
                    .field("locale", "Use en-US, de-DE, fr-FR, es-ES or ja-JP.")
                })?),
            };
            let (config, actor) = (state.config.clone(), op.actor.clone());
            let made = db::run(&state.pool, move |conn| {
                let request = ProvisionRequest {
                    slug: &input.slug,
                    name: &input.name,
                    admin_email: &input.admin_email,
                    locale,
                    plan: input.plan.as_deref().filter(|p| !p.is_empty()),
                };
                Ok(tenants::provision(conn, &config, &actor, &request))
            })
            .await
            .map_err(Problem::from)?;
            let (status, body) = match made {
                Ok(made) => (StatusCode::CREATED, tenant_json(&state, &made.tenant)),
                Err(e @ ProvisionError::SlugTaken(_)) => {
                    // The same key sent twice at once: the first one's answer.
                    if let Some(key) = &key {
                        let (o, k, h) = (owner.clone(), key.clone(), request_hash.clone());
                        if let Some(kept) =
                            db::run(&state.pool, move |conn| Ok(api_tokens::kept(conn, &o, &k, &h)?)).await.map_err(Problem::from)?
                        {
                            return replay(kept);
                        }
                    }
                    return Err(e.into());
                }
                Err(e) => return Err(e.into()),
            };
            if let Some(key) = key {
                let text = body.to_string();
                db::run(&state.pool, move |conn| Ok(api_tokens::keep(conn, &owner, &key, &request_hash, status.as_u16(), &text)?))
                    .await
                    .map_err(Problem::from)?;
            }
            let location = format!("{BASE}/tenants/{}", body["slug"].as_str().unwrap_or_default());
            let mut res = json_response(status, &body);
            if let Ok(v) = HeaderValue::from_str(&location) {
                res.headers_mut().insert(header::LOCATION, v);
            }
            Ok(res)
        }
        .await,
    )
}

fn replay(kept: Kept) -> ApiResult {
    match kept {
        Kept::Answer { status, body } => {
            let mut res =
                HttpResponse::build(StatusCode::from_u16(status).unwrap_or(StatusCode::OK)).content_type("application/json").body(body);
            res.headers_mut().insert(header::HeaderName::from_static("idempotent-replayed"), HeaderValue::from_static("true"));
            Ok(res)
        }
        Kept::Mismatch => Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "This Idempotency-Key was used for a different request; use a new key.",
        )),
    }
}

async fn show(_op: ApiOperator, slug: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let slug = slug.into_inner();
            let found = db::run(&state.pool, move |conn| {
                let Some(tenant) = crate::tenancy::model::find_by_slug(conn, &slug)? else { return Ok(None) };
                let scope = tenants::operator_scope(conn, &tenant.slug).map_err(|_| AppError::NotFound)?;
                Ok(Some((tenant, usage::snapshot(conn, &scope)?)))
            })
            .await
            .map_err(Problem::from)?;
            let Some((tenant, (plan, lines))) = found else { return Err(AppError::NotFound.into()) };
            let mut body = tenant_json(&state, &tenant);
            body["features"] =
                Value::Object(crate::tenancy::plans::Feature::ALL.iter().map(|f| (f.as_str().to_string(), json!(plan.has(*f)))).collect());
            body["usage"] =
                Value::Object(lines.iter().map(|l| (l.metric.as_str().to_string(), json!({ "used": l.used, "limit": l.limit }))).collect());
            Ok(json_response(StatusCode::OK, &body))
        }
        .await,
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanBody {
    plan: String,
}

async fn change_plan(op: ApiOperator, slug: web::Path<String>, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let input: PlanBody = parse(&body)?;
            let (slug, actor) = (slug.into_inner(), op.actor);
            let changed = db::run(&state.pool, move |conn| Ok(tenants::change_plan(conn, &actor, &slug, &input.plan)))
                .await
                .map_err(Problem::from)??;
            Ok(json_response(StatusCode::OK, &tenant_json(&state, &changed)))
        }
        .await,
    )
}

async fn set_status(op: ApiOperator, slug: String, status: TenantStatus, state: &AppState) -> ApiResult {
    let actor = op.actor;
    let changed = db::run(&state.pool, move |conn| Ok(tenants::set_status(conn, &actor, &slug, status))).await.map_err(Problem::from)??;
    Ok(json_response(StatusCode::OK, &tenant_json(state, &changed)))
}

async fn suspend(op: ApiOperator, slug: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(set_status(op, slug.into_inner(), TenantStatus::Suspended, &state).await)
}

async fn resume(op: ApiOperator, slug: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(set_status(op, slug.into_inner(), TenantStatus::Active, &state).await)
}

#[derive(Deserialize)]
struct DeleteParams {
    #[serde(default)]
    confirm: String,
}

/// `DELETE …/tenants/{slug}?confirm={slug}`: the slug again, as in the console.
async fn delete(op: ApiOperator, slug: web::Path<String>, query: web::Query<DeleteParams>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (slug, actor, grace) = (slug.into_inner(), op.actor, state.config.deletion_grace_days);
            let confirm = query.into_inner().confirm;
            let deleted = db::run(&state.pool, move |conn| Ok(tenants::delete(conn, &actor, &slug, &confirm, grace)))
                .await
                .map_err(Problem::from)??;
            Ok(json_response(StatusCode::OK, &tenant_json(&state, &deleted)))
        }
        .await,
    )
}

async fn restore(op: ApiOperator, slug: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (slug, actor) = (slug.into_inner(), op.actor);
            let restored = db::run(&state.pool, move |conn| Ok(tenants::restore(conn, &actor, &slug))).await.map_err(Problem::from)??;
            Ok(json_response(StatusCode::OK, &tenant_json(&state, &restored)))
        }
        .await,
    )
}

fn export_json(state: &AppState, slug: &str, job: &ExportJob) -> Value {
    let now = db::now();
    let status = if job.has_expired(now) { Status::Expired } else { job.status() };
    let url = format!("{}{BASE}/tenants/{slug}/exports/{}", state.config.public_url.as_str().trim_end_matches('/'), job.id);
    json!({
        "id": job.id,
        "status": status.as_str(),
        "requested_at": rfc3339(job.created_at),
        "finished_at": job.finished_at.map(rfc3339),
        "expires_at": if status == Status::Ready { job.expires_at.map(rfc3339) } else { None },
        "size_bytes": job.size_bytes,
        "records": job.records,
        "files": job.files,
        "download_url": (status == Status::Ready).then(|| format!("{url}/download")),
    })
}

/// `POST …/tenants/{slug}/exports`: 202, the export being prepared; its
/// `Location` is where to ask how it goes.
async fn request_export(op: ApiOperator, slug: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (slug, actor) = (slug.into_inner(), op.actor);
            let target = slug.clone();
            let job = db::run(&state.pool, move |conn| {
                let scope = match tenants::operator_scope(conn, &target) {
                    Ok(scope) => scope,
                    Err(e) => return Ok(Err(e)),
                };
                Ok(Ok(export_jobs::request(conn, &scope, Purpose::Operator, &actor)?))
            })
            .await
            .map_err(Problem::from)??;
            export_jobs::spawn_build(state.pool.clone(), state.storage.clone(), state.config.clone(), job.id);
            let body = export_json(&state, &slug, &job);
            let mut res = json_response(StatusCode::ACCEPTED, &body);
            if let Ok(location) = HeaderValue::from_str(&format!("{BASE}/tenants/{slug}/exports/{}", job.id)) {
                res.headers_mut().insert(header::LOCATION, location);
            }
            Ok(res)
        }
        .await,
    )
}

async fn find_export(state: &AppState, slug: String, id: i64) -> Result<(Tenant, ExportJob), Problem> {
    let found = db::run(&state.pool, move |conn| {
        let Some(tenant) = crate::tenancy::model::find_by_slug(conn, &slug)? else { return Ok(None) };
        let scope = tenants::operator_scope(conn, &tenant.slug).map_err(|_| AppError::NotFound)?;
        Ok(export_jobs::find(conn, &scope, Purpose::Operator, id)?.map(|job| (tenant, job)))
    })
    .await
    .map_err(Problem::from)?;
    found.ok_or_else(|| AppError::NotFound.into())
}

async fn show_export(_op: ApiOperator, path: web::Path<(String, i64)>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (slug, id) = path.into_inner();
            let (tenant, job) = find_export(&state, slug, id).await?;
            Ok(json_response(StatusCode::OK, &export_json(&state, &tenant.slug, &job)))
        }
        .await,
    )
}

/// The zip; `409` while it is being prepared, `410` once its link is over.
async fn download_export(_op: ApiOperator, path: web::Path<(String, i64)>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (slug, id) = path.into_inner();
            let (tenant, job) = find_export(&state, slug, id).await?;
            if job.is_pending() {
                return Err(Problem::new(
                    StatusCode::CONFLICT,
                    "export-not-ready",
                    "Export not ready",
                    "The export is still being prepared; ask again shortly.",
                ));
            }
            match crate::web::exports::send(&state, &job, &tenant).await {
                Ok(res) => Ok(res),
                Err(AppError::Gone) => Err(Problem::new(
                    StatusCode::GONE,
                    "export-expired",
                    "Export expired",
                    "This export's link is over; request a new export.",
                )),
                Err(AppError::NotFound) => Err(Problem::new(
                    StatusCode::CONFLICT,
                    "export-failed",
                    "Export failed",
                    "This export could not be prepared; request a new export.",
                )),
                Err(e) => Err(e.into()),
            }
        }
        .await,
    )
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/api/platform/v1/tenants", list)
        .post("/api/platform/v1/tenants", create)
        .get("/api/platform/v1/tenants/{slug}", show)
        .put("/api/platform/v1/tenants/{slug}/plan", change_plan)
        .post("/api/platform/v1/tenants/{slug}/suspend", suspend)
        .post("/api/platform/v1/tenants/{slug}/resume", resume)
        .delete("/api/platform/v1/tenants/{slug}", delete)
        .post("/api/platform/v1/tenants/{slug}/restore", restore)
        .post("/api/platform/v1/tenants/{slug}/exports", request_export)
        .get("/api/platform/v1/tenants/{slug}/exports/{id}", show_export)
        .get("/api/platform/v1/tenants/{slug}/exports/{id}/download", download_export);
}
