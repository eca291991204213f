//! The vendor admin's view of the plan: its limits and features, what the
//! tenant uses now, the figures of past months, and the monthly CSV that
//! billing reads.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::usage::{self, Metric};
use crate::web::csv;
use crate::web::ctx::PageCtx;
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
}

async fn page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope.tenant_only();
    let ((plan, now), figures) =
        db::run(&state.pool, move |conn| Ok((usage::snapshot(conn, &scope)?, usage::history(conn, &scope)?))).await?;
    let lines = now.iter().map(|l| Line::of(&ctx, l)).collect();
    let mut headers = vec![ctx.t("usage-column-month")];
    headers.extend(Metric::ALL.iter().map(|m| ctx.t(&format!("usage-metric-{}", m.as_str()))));
    let months = usage::by_month(&figures)
        .into_iter()
        .take(12)
        .map(|(month, values)| (month, Metric::ALL.iter().zip(values).map(|(m, v)| ctx.usage_amount(*m, v)).collect()))
        .collect();
    let features = features(&ctx, &plan);
    render(StatusCode::OK, &UsagePage { ctx, plan: plan.name, features, lines, headers, months })
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

/// Data portability: the vendor admin downloads everything the portal holds
/// of their own tenant, in the export format the operator uses.
async fn export(
    user: CurrentUser,
    tenant: crate::web::extract::CurrentTenant,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let row = tenant.0.tenant.clone();
    let files = crate::platform::export::files(&state.storage, row.id).await?;
    let name = crate::platform::export::file_name(&row);
    let actor = user.actor();
    let (bytes, _) = db::run(&state.pool, move |conn| {
        crate::platform::export::to_bytes(conn, &row, &files, &actor, false).map_err(|e| AppError::Internal(e.into()))
    })
    .await?;
    Ok(crate::web::files::send(bytes, "application/zip", &name, crate::web::files::Disposition::Attachment))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/admin/usage", page).get("/admin/usage.csv", monthly_csv).get("/admin/export", export);
}
