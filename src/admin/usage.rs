//! The vendor admin's view of the plan: its limits and features, what the
//! tenant uses now, the figures of past months, and the monthly CSV that
//! billing reads; the tenant's own exports (data portability), prepared in
//! the background and downloaded from here.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::platform::export::Purpose;
use crate::platform::export_jobs;
use crate::state::AppState;
use crate::tenancy::usage::{self, Metric};
use crate::web::csv;
use crate::web::ctx::PageCtx;
use crate::web::exports::{Row, any_pending};
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;
use crate::web::usage::{Line, csv_header, features};

#[derive(Template)]
#[template(path = "admin/usage.html")]
struct UsagePage {
    ctx: PageCtx,
    plan: String,
    features: Vec<(String, bool)>,
    lines: Vec<Line>,
    headers: Vec<String>,
    months: Vec<(String, Vec<String>)>,
    exports: Vec<Row>,
    exports_pending: bool,
    exports_action: &'static str,
    exports_refresh: &'static str,
}

async fn page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope.tenant_only();
    let ((plan, now), figures, jobs) = db::run(&state.pool, move |conn| {
        Ok((usage::snapshot(conn, &scope)?, usage::history(conn, &scope)?, export_jobs::list(conn, &scope, Purpose::Portability, 5)?))
    })
    .await?;
    let lines = now.iter().map(|l| Line::of(&ctx, l)).collect();
    let mut headers = vec![ctx.t("usage-column-month")];
    headers.extend(Metric::ALL.iter().map(|m| ctx.t(&format!("usage-metric-{}", m.as_str()))));
    let months = usage::by_month(&figures)
        .into_iter()
        .take(12)
        .map(|(month, values)| (month, Metric::ALL.iter().zip(values).map(|(m, v)| ctx.usage_amount(*m, v)).collect()))
        .collect();
    let features = features(&ctx, &plan);
    let exports = jobs.iter().map(|j| Row::of(&ctx, j, "/admin/exports")).collect();
    let exports_pending = any_pending(&jobs);
    render(
        StatusCode::OK,
        &UsagePage {
            ctx,
            plan: plan.name,
            features,
            lines,
            headers,
            months,
            exports,
            exports_pending,
            exports_action: "/admin/exports",
            exports_refresh: "/admin/usage",
        },
    )
}

async fn monthly_csv(user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope.tenant_only();
    let figures = db::run(&state.pool, move |conn| Ok(usage::history(conn, &scope)?)).await?;
    let mut rows = vec![csv_header(false)];
    for (month, values) in usage::by_month(&figures) {
        let mut row = vec![month];
        row.extend(values.iter().map(i64::to_string));
        rows.push(row);
    }
    Ok(csv::attachment(csv::write(&rows)?, "usage.csv"))
}

/// Data portability: the vendor admin asks for everything the portal holds
/// of their own tenant, in the export format the operator uses (without
/// password hashes and sign-in secrets); it is prepared in the background.
async fn request_export(user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope.tenant_only();
    let actor = user.actor();
    let job = db::run(&state.pool, move |conn| Ok(export_jobs::request(conn, &scope, Purpose::Portability, &actor)?)).await?;
    export_jobs::spawn_build(state.pool.clone(), state.storage.clone(), state.config.clone(), job.id);
    Ok(see_other("/admin/usage#export", Flash::success("export-requested")))
}

async fn download_export(
    user: CurrentUser,
    tenant: crate::web::extract::CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope.tenant_only();
    let id = id.into_inner();
    let job = db::run(&state.pool, move |conn| Ok(export_jobs::find(conn, &scope, Purpose::Portability, id)?))
        .await?
        .ok_or(AppError::NotFound)?;
    crate::web::exports::send(&state, &job, &tenant.0.tenant).await
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/usage", page)
        .get("/admin/usage.csv", monthly_csv)
        .post("/admin/exports", request_export)
        .get("/admin/exports/{id}/download", download_export);
}
