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
use serde::Deserialize;
use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};
use std::future::Future;
use std::pin::Pin;
use utoipa::{IntoParams, OpenApi, ToSchema};

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
use crate::web::api::{ApiResult, FieldProblem, Problem, ProblemOut, answer, bearer, json_response, parse_json, rfc3339};

const BASE: &str = "/api/platform/v1";
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
        let secret = bearer(req);
        let meta = crate::web::extract::request_meta(req);
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let refuse = |p: Problem| actix_web::error::InternalError::from_response("refused", p.response()).into();
            if !platform {
                return Err(refuse(Problem::not_found()));
            }
            let unauthorized = || {
                Problem::new(
                    StatusCode::UNAUTHORIZED,
                    "unauthorized",
                    "Unauthorized",
                    "Send a live operator token: Authorization: Bearer pop_…",
                )
                .realm("portico-platform")
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

/// A tenant as the API shows it.
#[derive(Serialize, ToSchema)]
pub struct TenantOut {
    /// The tenant's subdomain.
    #[schema(example = "initech")]
    slug: String,
    name: String,
    /// `active`, `suspended` or `deleted`.
    #[schema(example = "active")]
    status: String,
    /// The plan's key (see the console's plans).
    #[schema(example = "standard")]
    plan: String,
    #[schema(format = "uri")]
    portal_url: String,
    #[schema(format = DateTime)]
    created_at: String,
    #[schema(format = DateTime)]
    deleted_at: Option<String>,
    /// When a deleted tenant will be purged.
    #[schema(format = DateTime)]
    purge_after: Option<String>,
}

fn tenant_json(state: &AppState, t: &Tenant) -> TenantOut {
    let status = if t.is_deleted() { "deleted" } else { t.status.as_str() };
    TenantOut {
        slug: t.slug.clone(),
        name: t.name.clone(),
        status: status.to_string(),
        plan: t.plan.clone(),
        portal_url: state.config.tenant_url(&t.slug),
        created_at: rfc3339(t.created_at),
        deleted_at: t.deleted_at.map(rfc3339),
        purge_after: t.deleted_at.map(|at| rfc3339(at + chrono::Duration::days(state.config.deletion_grace_days))),
    }
}

/// A tenant in a list, with its size.
#[derive(Serialize, ToSchema)]
pub struct TenantListItem {
    #[serde(flatten)]
    tenant: TenantOut,
    users: i64,
    partners: i64,
    storage_bytes: i64,
}

/// One page of tenants.
#[derive(Serialize, ToSchema)]
pub struct TenantList {
    items: Vec<TenantListItem>,
    /// The `after` of the next page; absent on the last page.
    next_after: Option<i64>,
}

/// One metric of a tenant's usage this month.
#[derive(Serialize, ToSchema)]
pub struct UsageOut {
    used: i64,
    /// Absent: unlimited.
    limit: Option<i64>,
}

/// A tenant with its plan's features and its usage against the limits.
#[derive(Serialize, ToSchema)]
pub struct TenantDetail {
    #[serde(flatten)]
    tenant: TenantOut,
    /// Each feature a plan can switch off (`sso`, `campaigns`, `api`): on or off.
    features: BTreeMap<String, bool>,
    /// Each metric (`users`, `partners`, `storage_bytes`, `emails`, …).
    usage: BTreeMap<String, UsageOut>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ListParams {
    /// Part of a slug or name.
    #[serde(default)]
    q: String,
    /// `name` (default) or `newest`.
    #[serde(default)]
    sort: String,
    /// The `next_after` of the page before.
    after: Option<i64>,
    /// 1–200 (default 50).
    limit: Option<i64>,
}

#[utoipa::path(get, path = "/api/platform/v1/tenants", tag = "tenants", params(ListParams),
    responses((status = 200, description = "One page of tenants, by name or newest first", body = TenantList), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json")))]
async fn list(_op: ApiOperator, query: web::Query<ListParams>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let q = query.into_inner();
            let limit = q.limit.unwrap_or(50).clamp(1, 200);
            let sort = TenantSort::parse(&q.sort);
            let page = db::run(&state.pool, move |conn| Ok(tenants::page(conn, &ListQuery { search: &q.q, sort, after: q.after, limit })))
                .await
                .map_err(Problem::from)??;
            let items = page
                .rows
                .iter()
                .map(|s| TenantListItem {
                    tenant: tenant_json(&state, &s.tenant),
                    users: s.users,
                    partners: s.partners,
                    storage_bytes: s.storage_bytes,
                })
                .collect();
            Ok(json_response(StatusCode::OK, &TenantList { items, next_after: page.next }))
        }
        .await,
    )
}

/// A new tenant.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct CreateBody {
    /// 2–63 lower-case letters, digits and hyphens; the portal's subdomain.
    #[schema(example = "initech")]
    slug: String,
    /// 1–100 characters.
    #[schema(example = "Initech")]
    name: String,
    /// The first vendor admin, invited by e-mail.
    #[schema(format = Email, example = "boss@initech.test")]
    admin_email: String,
    /// `en-US` (default), `de-DE`, `fr-FR`, `es-ES` or `ja-JP`.
    #[serde(default)]
    locale: Option<String>,
    /// A plan's key (default `standard`).
    #[serde(default)]
    plan: Option<String>,
}

#[utoipa::path(post, path = "/api/platform/v1/tenants", tag = "tenants", request_body = CreateBody,
    params(("Idempotency-Key" = Option<String>, Header, description = "1–255 characters: a retry with the same key and body gets the first answer")),
    responses(
        (status = 201, description = "Created: the tenant, its settings, tiers, vendor organisation and first admin (invited by e-mail)", body = TenantOut,
            headers(("Location" = String, description = "The tenant's address in this API"))),
        (status = 400, description = "Not the JSON this call takes, or an unusable Idempotency-Key", body = ProblemOut, content_type = "application/problem+json"), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "The slug is taken", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A field was refused (see `errors`), or the Idempotency-Key was used for another body", body = ProblemOut, content_type = "application/problem+json")))]
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
            let input: CreateBody = parse_json(&body)?;
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
                let text = serde_json::to_string(&body).unwrap_or_default();
                db::run(&state.pool, move |conn| Ok(api_tokens::keep(conn, &owner, &key, &request_hash, status.as_u16(), &text)?))
                    .await
                    .map_err(Problem::from)?;
            }
            let location = format!("{BASE}/tenants/{}", body.slug);
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

#[utoipa::path(get, path = "/api/platform/v1/tenants/{slug}", tag = "tenants", params(("slug" = String, Path, description = "The tenant's slug")),
    responses((status = 200, description = "The tenant with its features and usage", body = TenantDetail), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No tenant has this slug", body = ProblemOut, content_type = "application/problem+json")))]
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
            let body = TenantDetail {
                tenant: tenant_json(&state, &tenant),
                features: crate::tenancy::plans::Feature::ALL.iter().map(|f| (f.as_str().to_string(), plan.has(*f))).collect(),
                usage: lines.iter().map(|l| (l.metric.as_str().to_string(), UsageOut { used: l.used, limit: l.limit })).collect(),
            };
            Ok(json_response(StatusCode::OK, &body))
        }
        .await,
    )
}

/// Another plan.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PlanBody {
    #[schema(example = "enterprise")]
    plan: String,
}

#[utoipa::path(put, path = "/api/platform/v1/tenants/{slug}/plan", tag = "tenants", params(("slug" = String, Path, description = "The tenant's slug")), request_body = PlanBody,
    responses((status = 200, description = "On the new plan: its limits and features apply at once", body = TenantOut),
        (status = 400, description = "Not the JSON this call takes", body = ProblemOut, content_type = "application/problem+json"), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No tenant has this slug", body = ProblemOut, content_type = "application/problem+json"), (status = 409, description = "The tenant is deleted", body = ProblemOut, content_type = "application/problem+json"), (status = 422, description = "No plan has this key", body = ProblemOut, content_type = "application/problem+json")))]
async fn change_plan(op: ApiOperator, slug: web::Path<String>, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let input: PlanBody = parse_json(&body)?;
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

#[utoipa::path(post, path = "/api/platform/v1/tenants/{slug}/suspend", tag = "tenants", params(("slug" = String, Path, description = "The tenant's slug")),
    responses((status = 200, description = "Suspended: the portal answers 503, nobody signs in, its mail waits", body = TenantOut), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No tenant has this slug", body = ProblemOut, content_type = "application/problem+json"), (status = 409, description = "The tenant is deleted", body = ProblemOut, content_type = "application/problem+json")))]
async fn suspend(op: ApiOperator, slug: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(set_status(op, slug.into_inner(), TenantStatus::Suspended, &state).await)
}

#[utoipa::path(post, path = "/api/platform/v1/tenants/{slug}/resume", tag = "tenants", params(("slug" = String, Path, description = "The tenant's slug")),
    responses((status = 200, description = "Active again", body = TenantOut), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No tenant has this slug", body = ProblemOut, content_type = "application/problem+json"), (status = 409, description = "The tenant is deleted", body = ProblemOut, content_type = "application/problem+json")))]
async fn resume(op: ApiOperator, slug: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(set_status(op, slug.into_inner(), TenantStatus::Active, &state).await)
}

#[derive(Deserialize)]
struct DeleteParams {
    #[serde(default)]
    confirm: String,
}

/// `DELETE …/tenants/{slug}?confirm={slug}`: the slug again, as in the console.
#[utoipa::path(delete, path = "/api/platform/v1/tenants/{slug}", tag = "tenants",
    params(("slug" = String, Path, description = "The tenant's slug"), ("confirm" = String, Query, description = "The slug again")),
    responses((status = 200, description = "Deleted: the grace period starts; the purge follows it", body = TenantOut), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No tenant has this slug", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "`confirm` is not the slug", body = ProblemOut, content_type = "application/problem+json")))]
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

#[utoipa::path(post, path = "/api/platform/v1/tenants/{slug}/restore", tag = "tenants", params(("slug" = String, Path, description = "The tenant's slug")),
    responses((status = 200, description = "Restored before its purge", body = TenantOut), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No tenant has this slug", body = ProblemOut, content_type = "application/problem+json"), (status = 409, description = "The tenant is not deleted", body = ProblemOut, content_type = "application/problem+json")))]
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

/// A tenant export, prepared in the background.
#[derive(Serialize, ToSchema)]
pub struct ExportOut {
    id: i64,
    /// `queued`, `running`, `ready`, `failed` or `expired`.
    #[schema(example = "ready")]
    status: String,
    #[schema(format = DateTime)]
    requested_at: String,
    #[schema(format = DateTime)]
    finished_at: Option<String>,
    /// Until when `download_url` works (while `ready`).
    #[schema(format = DateTime)]
    expires_at: Option<String>,
    size_bytes: i64,
    records: i64,
    files: i64,
    /// The zip, while `ready`.
    #[schema(format = "uri")]
    download_url: Option<String>,
}

fn export_json(state: &AppState, slug: &str, job: &ExportJob) -> ExportOut {
    let now = db::now();
    let status = if job.has_expired(now) { Status::Expired } else { job.status() };
    let url = format!("{}{BASE}/tenants/{slug}/exports/{}", state.config.public_url.as_str().trim_end_matches('/'), job.id);
    let ready = status == Status::Ready;
    ExportOut {
        id: job.id,
        status: status.as_str().to_string(),
        requested_at: rfc3339(job.created_at),
        finished_at: job.finished_at.map(rfc3339),
        expires_at: if ready { job.expires_at.map(rfc3339) } else { None },
        size_bytes: job.size_bytes,
        records: job.records,
        files: job.files,
        download_url: ready.then(|| format!("{url}/download")),
    }
}

/// `POST …/tenants/{slug}/exports`: 202, the export being prepared; its
/// `Location` is where to ask how it goes.
#[utoipa::path(post, path = "/api/platform/v1/tenants/{slug}/exports", tag = "exports", params(("slug" = String, Path, description = "The tenant's slug")),
    responses((status = 202, description = "Being prepared (or the one already being prepared)", body = ExportOut,
            headers(("Location" = String, description = "Where to ask how it goes"))), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No tenant has this slug", body = ProblemOut, content_type = "application/problem+json")))]
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

#[utoipa::path(get, path = "/api/platform/v1/tenants/{slug}/exports/{id}", tag = "exports",
    params(("slug" = String, Path, description = "The tenant's slug"), ("id" = i64, Path, description = "The export's id")),
    responses((status = 200, description = "The export's status", body = ExportOut), (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No such export of this tenant", body = ProblemOut, content_type = "application/problem+json")))]
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
#[utoipa::path(get, path = "/api/platform/v1/tenants/{slug}/exports/{id}/download", tag = "exports",
    params(("slug" = String, Path, description = "The tenant's slug"), ("id" = i64, Path, description = "The export's id")),
    responses((status = 200, description = "The zip: manifest.json, data/<entity>.jsonl, files/…", body = ExportZip, content_type = "application/zip"),
        (status = 401, description = "No live operator token", body = ProblemOut, content_type = "application/problem+json"), (status = 404, description = "No such export of this tenant", body = ProblemOut, content_type = "application/problem+json"), (status = 409, description = "Still being prepared, or it failed", body = ProblemOut, content_type = "application/problem+json"), (status = 410, description = "Its link is over", body = ProblemOut, content_type = "application/problem+json")))]
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

/// The zip of an export.
#[derive(ToSchema)]
#[schema(format = Binary)]
pub struct ExportZip(#[allow(dead_code)] String);

/// The API's operator token, as a bearer token.
struct OperatorToken;

impl utoipa::Modify for OperatorToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        crate::web::api::add_bearer_scheme(openapi, "operator_token", "An operator token made in the console under API tokens (`pop_…`).");
    }
}

/// The platform API's OpenAPI document, generated from the handlers above.
#[derive(OpenApi)]
#[openapi(
    info(title = "Portico platform API", version = "1", description = "The tenant lifecycle for the platform's operators: the same services as the console and the command line."),
    paths(list, create, show, change_plan, suspend, resume, delete, restore, request_export, show_export, download_export),
    components(schemas(TenantOut, TenantList, TenantListItem, TenantDetail, UsageOut, ExportOut, ExportZip, ProblemOut, FieldProblem, CreateBody, PlanBody)),
    modifiers(&OperatorToken),
    security(("operator_token" = [])),
    tags((name = "tenants", description = "Create, list, show, change plan, suspend, resume, delete and restore tenants"), (name = "exports", description = "Tenant exports, prepared in the background")),
)]
pub struct PlatformApi;

/// `GET /api/platform/v1/openapi.json`: the document, for people and tools.
async fn document(site: Site) -> HttpResponse {
    if !matches!(site, Site::Platform) {
        return Problem::not_found().response();
    }
    let text = PlatformApi::openapi().to_json().unwrap_or_default();
    HttpResponse::Ok().content_type("application/json").body(text)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/api/platform/v1/openapi.json", document)
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
