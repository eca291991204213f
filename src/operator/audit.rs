//! The platform's audit log in the console: what operators, the command line
//! and the purge did, newest first, in pages.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::console::platform_only;
use crate::audit::{self, AuditRow};
use crate::db;
use crate::error::AppError;
use crate::platform::operators::CurrentOperator;
use crate::state::AppState;
use crate::tenancy::site::Site;
use crate::web::ctx::PageCtx;
use crate::web::render::render;

const PAGE_SIZE: i64 = 100;

#[derive(Deserialize)]
struct Cursor {
    before: Option<i64>,
}

#[derive(Template)]
#[template(path = "platform/audit.html")]
struct AuditPage {
    ctx: PageCtx,
    rows: Vec<AuditRow>,
    next: Option<i64>,
}

async fn page(
    ctx: PageCtx,
    site: Site,
    _operator: CurrentOperator,
    cursor: web::Query<Cursor>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let before = cursor.before;
    let rows = db::run(&state.pool, move |conn| Ok(audit::list_platform(conn, before, PAGE_SIZE + 1)?)).await?;
    let mut rows = rows;
    let next = if rows.len() as i64 > PAGE_SIZE {
        rows.truncate(PAGE_SIZE as usize);
        rows.last().map(|r| r.id)
    } else {
        None
    };
    render(StatusCode::OK, &AuditPage { ctx, rows, next })
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/operator/audit", page);
}
