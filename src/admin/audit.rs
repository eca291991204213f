//! The tenant's audit log for its staff: who changed what, when and from
//! where — filtered by person, kind of action, target and dates, newest
//! first in keyset pages, and as CSV. Vendor admins see everything; channel
//! managers see what happened to deals, partners and applications.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::audit::{self, AuditRow, Filter};
use crate::db;
use crate::error::AppError;
use crate::identity::auth::{AuthUser, CurrentUser};
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::web::csv;
use crate::web::ctx::PageCtx;
use crate::web::render::render;

const PAGE_SIZE: i64 = 50;
const CSV_ROWS: i64 = 100_000;

/// The kinds of action the filter offers (prefixes of the action names).
const KINDS: &[&str] = &["deal.", "partner.", "application.", "user.", "tenant.", "sso.", "product.", "tier.", "asset.", "campaign."];
/// What channel managers see.
const REVIEWER_KINDS: &[&str] = &["deal.", "partner.", "application."];

#[derive(Debug, Default, Clone, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    who: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    before: Option<i64>,
}

impl AuditQuery {
    fn filter(&self, user: &AuthUser) -> Filter {
        let day = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
        let kinds = if user.can(Permission::ManageTenant) { KINDS } else { REVIEWER_KINDS };
        Filter {
            actor: Some(self.who.trim().to_string()).filter(|s| !s.is_empty()),
            action_prefix: kinds.iter().find(|k| **k == self.kind).map(|k| k.to_string()),
            from: day(&self.from).and_then(|d| d.and_hms_opt(0, 0, 0)),
            until: day(&self.until).and_then(|d| d.succ_opt()).and_then(|d| d.and_hms_opt(0, 0, 0)),
            only_prefixes: (!user.can(Permission::ManageTenant)).then(|| REVIEWER_KINDS.to_vec()),
            before: self.before,
        }
    }

    /// This search without its cursor, for the next page's link and the CSV.
    fn query_string(&self) -> String {
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("who", &self.who)
            .append_pair("kind", &self.kind)
            .append_pair("from", &self.from)
            .append_pair("until", &self.until)
            .finish()
    }
}

fn allowed(user: &AuthUser) -> Result<(), AppError> {
    if user.can(Permission::ManageTenant) || user.can(Permission::ReviewDeals) { Ok(()) } else { user.require(Permission::ManageTenant) }
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    ctx: PageCtx,
    query: AuditQuery,
    kinds: Vec<(&'static str, String)>,
    rows: Vec<AuditRow>,
    next: Option<String>,
    csv: String,
}

async fn page(
    ctx: PageCtx,
    user: CurrentUser,
    query: web::Query<AuditQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    allowed(&user)?;
    let query = query.into_inner();
    let (scope, filter) = (user.scope.tenant_only(), query.filter(&user));
    let mut rows = db::run(&state.pool, move |conn| Ok(audit::list(conn, &scope, &filter, PAGE_SIZE + 1)?)).await?;
    let next = if rows.len() as i64 > PAGE_SIZE {
        rows.truncate(PAGE_SIZE as usize);
        rows.last().map(|r| format!("/admin/audit?{}&before={}", query.query_string(), r.id))
    } else {
        None
    };
    let offered = if user.can(Permission::ManageTenant) { KINDS } else { REVIEWER_KINDS };
    let kinds = offered.iter().map(|k| (*k, ctx.t(&format!("audit-kind-{}", k.trim_end_matches('.'))))).collect();
    let csv = format!("/admin/audit.csv?{}", query.query_string());
    render(StatusCode::OK, &AuditPage { ctx, query, kinds, rows, next, csv })
}

async fn export(user: CurrentUser, query: web::Query<AuditQuery>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    allowed(&user)?;
    let mut filter = query.filter(&user);
    filter.before = None;
    let scope = user.scope.tenant_only();
    let rows = db::run(&state.pool, move |conn| Ok(audit::list(conn, &scope, &filter, CSV_ROWS)?)).await?;
    let mut out = vec![
        [
            "id",
            "created_at",
            "actor_kind",
            "actor",
            "action",
            "target_type",
            "target_id",
            "changes",
            "client_address",
            "user_agent",
            "request_id",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for r in rows {
        out.push(vec![
            r.id.to_string(),
            r.created_at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
            r.actor_kind,
            r.actor_label,
            r.action,
            r.target_type,
            r.target_id,
            r.changes,
            r.client_address,
            r.user_agent,
            r.request_id,
        ]);
    }
    Ok(csv::attachment(csv::write(&out)?, "audit-log.csv"))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/admin/audit", page).get("/admin/audit.csv", export);
}
