//! Partner applications for staff who manage partners: the queue, approval
//! (creates the organisation and invites its admin) and rejection with a
//! reason mailed to the applicant.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::partners::recruitment::{self, Application, Approval};
use crate::state::AppState;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

const BACK: &str = "/admin/applications";

#[derive(Template)]
#[template(path = "partners/applications.html")]
struct ApplicationsPage {
    ctx: PageCtx,
    pending: Vec<Application>,
    decided: Vec<Application>,
}

impl ApplicationsPage {
    fn when(&self, at: &NaiveDateTime) -> String {
        self.ctx.format_datetime(*at)
    }
}

async fn list(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let scope = user.scope;
    let all = db::run(&state.pool, move |conn| Ok(recruitment::list(conn, &scope)?)).await?;
    let (pending, decided) = all.into_iter().partition(|a| a.status == "pending");
    render(StatusCode::OK, &ApplicationsPage { ctx, pending, decided })
}

async fn approve(
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let (scope, id) = (user.scope, id.into_inner());
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    let approval = db::run(&state.pool, move |conn| recruitment::approve(conn, &scope, &config, &slug, id)).await?;
    Ok(match approval {
        Approval::Approved { company } => see_other(BACK, Flash::success("applications-approved").with_arg("company", &company)),
        Approval::EmailTaken => see_other(BACK, Flash::error("users-email-taken")),
    })
}

#[derive(Deserialize)]
pub struct RejectForm {
    #[serde(default)]
    reason: String,
}

async fn reject(
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<RejectForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let reason: String = form.reason.trim().chars().take(2_000).collect();
    if reason.is_empty() {
        return Ok(see_other(BACK, Flash::error("applications-reason-required")));
    }
    let (scope, id) = (user.scope, id.into_inner());
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    db::run(&state.pool, move |conn| recruitment::reject(conn, &scope, &config, &slug, id, &reason)).await?;
    Ok(see_other(BACK, Flash::success("applications-rejected")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/applications", list)
        .post("/admin/applications/{id}/approve", approve)
        .post("/admin/applications/{id}/reject", reject);
}
