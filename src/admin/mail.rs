//! The tenant's mail log for vendor admins: what was sent, what waits, what
//! failed and why; a parked message can be queued again.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::mail::model::{self, LogEntry, LogFilter};
use crate::state::AppState;
use crate::web::ctx::PageCtx;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

#[derive(Template)]
#[template(path = "admin/mail.html")]
struct MailLogPage {
    ctx: PageCtx,
    entries: Vec<LogEntry>,
}

impl MailLogPage {
    fn when(&self, e: &LogEntry) -> String {
        self.ctx.format_datetime(e.row.sent_at.unwrap_or(e.row.next_attempt_at))
    }

    fn status_label(&self, status: &str) -> String {
        self.ctx.t(&format!("mail-status-{status}"))
    }
}

async fn log(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ViewMailLog)?;
    let tenant_id = user.scope.tenant_id();
    let entries =
        db::run(&state.pool, move |conn| Ok(model::log(conn, &LogFilter { tenant_id: Some(tenant_id), status: None, limit: 200 })?))
            .await?;
    render(StatusCode::OK, &MailLogPage { ctx, entries })
}

async fn retry(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ViewMailLog)?;
    let (tenant_id, id) = (user.scope.tenant_id(), id.into_inner());
    let changed = db::run(&state.pool, move |conn| Ok(db::transaction(conn, |c| model::retry(c, id, Some(tenant_id), db::now()))?)).await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/admin/mail", Flash::success("mail-requeued")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/admin/mail", log).post("/admin/mail/{id}/retry", retry);
}
