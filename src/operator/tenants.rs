//! The operator's tenant pages: creating a tenant (the same provisioning
//! service and transaction as `portico tenant create`), one tenant with its
//! plan, features and usage, changing its plan, suspending and resuming it,
//! and every tenant's monthly usage as CSV.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::console::{ConsoleQuery, console_page, platform_only};
use crate::audit::Actor;
use crate::db;
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::platform::export::Purpose;
use crate::platform::export_jobs;
use crate::platform::operators::CurrentOperator;
use crate::platform::tenants::{self, ProvisionError, ProvisionRequest};
use crate::state::AppState;
use crate::tenancy::model::{Tenant, TenantStatus};
use crate::tenancy::plans::{self, Plan};
use crate::tenancy::site::Site;
use crate::tenancy::usage;
use crate::validate::{self, FieldErrors};
use crate::web::csv;
use crate::web::ctx::PageCtx;
use crate::web::exports::{Row, any_pending};
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;
use crate::web::usage::{Line, csv_header, features};

/// The status as the console names it: active, suspended or deleted.
pub fn status_key(tenant: &Tenant) -> &str {
    if tenant.is_deleted() { "deleted" } else { tenant.status.as_str() }
}

/// The form that creates a tenant.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub admin_email: String,
    #[serde(default)]
    pub locale: String,
    #[serde(default)]
    pub plan: String,
}

impl CreateForm {
    /// The locale chosen, if it is one of ours (the field offers only those).
    fn locale(&self, t: &Translator, errors: &mut FieldErrors) -> Option<Locale> {
        match self.locale.trim() {
            "" => None,
            code => {
                let found = Locale::from_code(code);
                if found.is_none() {
                    errors.add("locale", t.t("form-invalid-choice"));
                }
                found
            }
        }
    }

    pub fn chosen_plan(&self) -> &str {
        if self.plan.is_empty() { tenants::DEFAULT_PLAN } else { &self.plan }
    }
}

/// A refusal of provisioning, on the field it is about.
fn field_error(t: &Translator, errors: &mut FieldErrors, e: &ProvisionError) -> bool {
    let (field, id) = match e {
        ProvisionError::InvalidSlug(_) => ("slug", "operator-create-slug-invalid"),
        ProvisionError::ReservedSlug(_) => ("slug", "operator-create-slug-reserved"),
        ProvisionError::SlugTaken(_) => ("slug", "operator-create-slug-taken"),
        ProvisionError::InvalidName => ("name", "operator-create-name-invalid"),
        ProvisionError::InvalidEmail(_) => ("admin_email", "form-invalid-email"),
        ProvisionError::NoSuchPlan(_) => ("plan", "operator-plan-unknown"),
        _ => return false,
    };
    errors.add(field, t.t(id));
    true
}

async fn create(
    ctx: PageCtx,
    site: Site,
    operator: CurrentOperator,
    actor: Actor,
    form: web::Form<CreateForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let form = form.into_inner();
    let mut errors = FieldErrors::new();
    let locale = form.locale(ctx.translator(), &mut errors);
    validate::required_text(ctx.translator(), &mut errors, "name", &form.name, 100);
    if errors.is_empty() {
        let (config, sent) = (state.config.clone(), form.clone());
        let made = db::run(&state.pool, move |conn| {
            let request = ProvisionRequest {
                slug: &sent.slug,
                name: &sent.name,
                admin_email: &sent.admin_email,
                locale,
                plan: Some(sent.chosen_plan()),
            };
            Ok(tenants::provision(conn, &config, &actor, &request))
        })
        .await?;
        match made {
            Ok(made) => {
                tracing::info!(
                    operator_id = operator.id,
                    tenant_id = made.tenant.id,
                    plan = made.tenant.plan.as_str(),
                    "platform.tenant_created"
                );
                let path = format!("/operator/tenants/{}", made.tenant.slug);
                return Ok(see_other(&path, Flash::success("operator-tenant-created").with_arg("email", &made.admin.email)));
            }
            Err(e) if field_error(ctx.translator(), &mut errors, &e) => {}
            Err(e) => return Err(AppError::Internal(e.into())),
        }
    }
    let page = console_page(ctx, operator, &state, ConsoleQuery::default(), form, errors).await?;
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[derive(Template)]
#[template(path = "platform/tenant.html")]
struct TenantPage {
    ctx: PageCtx,
    tenant: Tenant,
    url: String,
    plan: Plan,
    plans: Vec<Plan>,
    features: Vec<(String, bool)>,
    lines: Vec<Line>,
    errors: FieldErrors,
    /// When a deleted tenant will be purged.
    purge_after: Option<String>,
    exports: Vec<Row>,
    exports_pending: bool,
    exports_action: String,
    exports_refresh: String,
}

impl TenantPage {
    fn status_label(&self) -> String {
        self.ctx.t(&format!("tenant-status-{}", status_key(&self.tenant)))
    }

    fn status_class(&self) -> &str {
        status_key(&self.tenant)
    }

    fn suspended(&self) -> bool {
        self.tenant.status() == TenantStatus::Suspended
    }
}

async fn show(
    ctx: PageCtx,
    site: Site,
    _operator: CurrentOperator,
    slug: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    show_page(ctx, &state, slug.into_inner(), FieldErrors::new(), StatusCode::OK).await
}

async fn show_page(
    ctx: PageCtx,
    state: &AppState,
    slug: String,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let found = db::run(&state.pool, move |conn| {
        let Some(tenant) = crate::tenancy::model::find_by_slug(conn, &slug)? else { return Ok(None) };
        let scope = tenants::operator_scope(conn, &tenant.slug).map_err(|_| AppError::NotFound)?;
        let (plan, lines) = usage::snapshot(conn, &scope)?;
        let jobs = export_jobs::list(conn, &scope, Purpose::Operator, 5)?;
        Ok(Some((tenant, plan, lines, plans::all(conn)?, jobs)))
    })
    .await?;
    let Some((tenant, plan, lines, plans, jobs)) = found else { return Err(AppError::NotFound) };
    let base = format!("/operator/tenants/{}", tenant.slug);
    let exports = jobs.iter().map(|j| Row::of(&ctx, j, &format!("{base}/exports"))).collect();
    let exports_pending = any_pending(&jobs);
    let lines = lines.iter().map(|l| Line::of(&ctx, l)).collect();
    let features = features(&ctx, &plan);
    let url = state.config.tenant_url(&tenant.slug);
    let purge_after = tenant.deleted_at.map(|at| ctx.format_date(at + chrono::Duration::days(state.config.deletion_grace_days)));
    render(
        status,
        &TenantPage {
            ctx,
            tenant,
            url,
            plan,
            plans,
            features,
            lines,
            errors,
            purge_after,
            exports,
            exports_pending,
            exports_action: format!("{base}/export"),
            exports_refresh: base,
        },
    )
}

/// The console's answer to a lifecycle step on `slug`: back to the tenant's
/// page with `done`, or with the refusal the operator can act on.
fn answer(slug: &str, result: Result<Tenant, ProvisionError>, done: &str) -> Result<HttpResponse, AppError> {
    let path = format!("/operator/tenants/{slug}");
    let refused = |id: &str| Ok(see_other(&path, Flash::error(id)));
    match result {
        Ok(_) => Ok(see_other(&path, Flash::success(done))),
        Err(ProvisionError::NoSuchTenant(_)) => Err(AppError::NotFound),
        Err(ProvisionError::NoSuchPlan(_)) => refused("operator-plan-unknown"),
        Err(ProvisionError::Deleted(_)) => refused("operator-tenant-is-deleted"),
        Err(ProvisionError::NotDeleted(_)) => refused("operator-tenant-not-deleted"),
        Err(e) => Err(AppError::Internal(e.into())),
    }
}

#[derive(Deserialize)]
struct PlanChoice {
    #[serde(default)]
    plan: String,
}

async fn change_plan(
    site: Site,
    _operator: CurrentOperator,
    actor: Actor,
    slug: web::Path<String>,
    form: web::Form<PlanChoice>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let slug = slug.into_inner();
    let (target, key) = (slug.clone(), form.into_inner().plan);
    let changed = db::run(&state.pool, move |conn| Ok(tenants::change_plan(conn, &actor, &target, &key))).await?;
    answer(&slug, changed, "operator-plan-changed")
}

async fn set_status(actor: Actor, state: &AppState, slug: String, status: TenantStatus) -> Result<HttpResponse, AppError> {
    let target = slug.clone();
    let changed = db::run(&state.pool, move |conn| Ok(tenants::set_status(conn, &actor, &target, status))).await?;
    answer(&slug, changed, if status == TenantStatus::Suspended { "operator-tenant-suspended" } else { "operator-tenant-resumed" })
}

async fn suspend(
    site: Site,
    _operator: CurrentOperator,
    actor: Actor,
    slug: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    set_status(actor, &state, slug.into_inner(), TenantStatus::Suspended).await
}

async fn resume(
    site: Site,
    _operator: CurrentOperator,
    actor: Actor,
    slug: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    set_status(actor, &state, slug.into_inner(), TenantStatus::Active).await
}

#[derive(Deserialize)]
struct DeleteForm {
    #[serde(default)]
    confirm: String,
}

/// Deletion needs the slug typed again; the tenant then waits out its grace period.
async fn delete(
    ctx: PageCtx,
    site: Site,
    _operator: CurrentOperator,
    actor: Actor,
    slug: web::Path<String>,
    form: web::Form<DeleteForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let slug = slug.into_inner();
    let (target, confirm, grace) = (slug.clone(), form.into_inner().confirm, state.config.deletion_grace_days);
    let deleted = db::run(&state.pool, move |conn| Ok(tenants::delete(conn, &actor, &target, &confirm, grace))).await?;
    match deleted {
        Err(ProvisionError::ConfirmationMismatch(_)) => {
            let mut errors = FieldErrors::new();
            errors.add("confirm", ctx.t("operator-delete-confirm-mismatch"));
            show_page(ctx, &state, slug, errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        other => answer(&slug, other, "operator-tenant-deleted"),
    }
}

async fn restore(
    site: Site,
    _operator: CurrentOperator,
    actor: Actor,
    slug: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let slug = slug.into_inner();
    let target = slug.clone();
    let restored = db::run(&state.pool, move |conn| Ok(tenants::restore(conn, &actor, &target))).await?;
    answer(&slug, restored, "operator-tenant-restored")
}

/// The tenant's export (a zip), prepared in the background; the tenant's
/// page lists it with its download link.
async fn export(
    site: Site,
    _operator: CurrentOperator,
    actor: Actor,
    slug: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let slug = slug.into_inner();
    let target = slug.clone();
    let job = db::run(&state.pool, move |conn| {
        let scope = tenants::operator_scope(conn, &target).map_err(|_| AppError::NotFound)?;
        Ok(export_jobs::request(conn, &scope, Purpose::Operator, &actor)?)
    })
    .await?;
    export_jobs::spawn_build(state.pool.clone(), state.storage.clone(), state.config.clone(), job.id);
    Ok(see_other(&format!("/operator/tenants/{slug}#export"), Flash::success("export-requested-operator")))
}

async fn download_export(
    site: Site,
    _operator: CurrentOperator,
    path: web::Path<(String, i64)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let (slug, id) = path.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let Some(tenant) = crate::tenancy::model::find_by_slug(conn, &slug)? else { return Ok(None) };
        let scope = tenants::operator_scope(conn, &tenant.slug).map_err(|_| AppError::NotFound)?;
        Ok(export_jobs::find(conn, &scope, Purpose::Operator, id)?.map(|job| (tenant, job)))
    })
    .await?;
    let (tenant, job) = found.ok_or(AppError::NotFound)?;
    crate::web::exports::send(&state, &job, &tenant).await
}

/// Every tenant's figures by month, for billing.
async fn usage_csv(site: Site, _operator: CurrentOperator, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let rows = db::run(&state.pool, |conn| {
        let mut rows = vec![csv_header(true)];
        for tenant in crate::tenancy::model::list_all(conn)? {
            let scope = tenants::operator_scope(conn, &tenant.slug).map_err(|_| AppError::NotFound)?;
            for (month, values) in usage::by_month(&usage::history(conn, &scope)?) {
                let mut row = vec![tenant.slug.clone(), month];
                row.extend(values.iter().map(i64::to_string));
                rows.push(row);
            }
        }
        Ok(rows)
    })
    .await?;
    Ok(csv::attachment(csv::write(&rows)?, "usage-all-tenants.csv"))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .post("/operator/tenants", create)
        .get("/operator/usage.csv", usage_csv)
        .get("/operator/tenants/{slug}", show)
        .post("/operator/tenants/{slug}/plan", change_plan)
        .post("/operator/tenants/{slug}/suspend", suspend)
        .post("/operator/tenants/{slug}/resume", resume)
        .post("/operator/tenants/{slug}/delete", delete)
        .post("/operator/tenants/{slug}/export", export)
        .get("/operator/tenants/{slug}/exports/{id}/download", download_export)
        .post("/operator/tenants/{slug}/restore", restore);
}
