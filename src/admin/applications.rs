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
use crate::i18n::Translator;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::partners::recruitment::{self, Application, Approval};
use crate::state::AppState;
use crate::validate::{self, FieldErrors};
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
    /// After a failed rejection: which application, the reason as typed, and the message.
    rejecting: Option<(i64, String, String)>,
}

impl ApplicationsPage {
    fn when(&self, at: &NaiveDateTime) -> String {
        self.ctx.format_datetime(*at)
    }

    /// The reason typed for application `id` before the form failed.
    fn typed_reason(&self, id: &i64) -> &str {
        self.rejecting.as_ref().filter(|(r, _, _)| r == id).map_or("", |(_, reason, _)| reason.as_str())
    }

    /// The message for application `id`'s rejection form, if it failed.
    fn reason_error(&self, id: &i64) -> Option<&str> {
        self.rejecting.as_ref().filter(|(r, _, _)| r == id).map(|(_, _, message)| message.as_str())
    }
}

/// The queue; after a failed rejection, with its message and input (422).
async fn page(
    ctx: PageCtx,
    user: &CurrentUser,
    rejecting: Option<(i64, String, String)>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let all = db::run(&state.pool, move |conn| Ok(recruitment::list(conn, &scope)?)).await?;
    let (pending, decided) = all.into_iter().partition(Application::is_pending);
    let status = if rejecting.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render(status, &ApplicationsPage { ctx, pending, decided, rejecting })
}

async fn list(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    page(ctx, &user, None, &state).await
}

async fn approve(
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let (scope, id, who) = (user.scope, id.into_inner(), user.actor());
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    let approval = db::run(&state.pool, move |conn| recruitment::approve(conn, &scope, &who, &config, &slug, id)).await?;
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

impl RejectForm {
    /// The reason mailed to the applicant: required, at most 2,000 characters.
    fn validate(&self, t: &Translator) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.reason.trim().is_empty() {
            errors.add("reason", t.t("applications-reason-required"));
        }
        let reason = validate::required_text(t, &mut errors, "reason", &self.reason, 2_000);
        errors.into_result(reason)
    }
}

async fn reject(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<RejectForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let id = id.into_inner();
    let reason = match form.validate(ctx.translator()) {
        Ok(reason) => reason,
        Err(errors) => {
            let message = errors.get("reason").unwrap_or_default().to_string();
            return page(ctx, &user, Some((id, form.into_inner().reason, message)), &state).await;
        }
    };
    let (scope, who) = (user.scope, user.actor());
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    db::run(&state.pool, move |conn| recruitment::reject(conn, &scope, &who, &config, &slug, id, &reason)).await?;
    Ok(see_other(BACK, Flash::success("applications-rejected")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/applications", list)
        .post("/admin/applications/{id}/approve", approve)
        .post("/admin/applications/{id}/reject", reject);
}
