//! The operator console on the platform host: signing in with a one-time
//! link (a confirmation first, so mail scanners cannot use it up), the
//! tenants (searched, sorted, keyset paged) with their plan and usage, and
//! signing out.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::platform::operators::{self, CurrentOperator};
use crate::platform::tenants::{self, ListQuery, TenantSort, TenantSummary};
use crate::state::AppState;
use crate::tenancy::plans::{self, Plan};
use crate::tenancy::site::Site;
use crate::validate::FieldErrors;
use crate::web::ctx::PageCtx;
use crate::web::redirect::redirect;
use crate::web::render::render;
use crate::web::session;

#[derive(Template)]
#[template(path = "platform/operator_sign_in.html")]
struct SignInPage {
    ctx: PageCtx,
    token: String,
    valid: bool,
}

#[derive(Template)]
#[template(path = "platform/console.html")]
pub(super) struct ConsolePage {
    pub ctx: PageCtx,
    pub operator: CurrentOperator,
    pub tenants: Vec<TenantSummary>,
    pub urls: Vec<String>,
    pub query: ConsoleQuery,
    pub next: Option<String>,
    pub create: super::tenants::CreateForm,
    pub errors: FieldErrors,
    pub plans: Vec<Plan>,
}

impl ConsolePage {
    /// The locales a tenant may start in, named in the reader's language.
    fn locales(&self) -> Vec<(&'static str, String)> {
        crate::i18n::Locale::ALL.into_iter().map(|l| (l.code(), self.ctx.t(l.name_message_id()))).collect()
    }

    fn status_of(&self, t: &TenantSummary) -> String {
        self.ctx.t(&format!("tenant-status-{}", super::tenants::status_key(&t.tenant)))
    }

    fn status_class<'a>(&self, t: &'a TenantSummary) -> &'a str {
        super::tenants::status_key(&t.tenant)
    }

    fn plan_name(&self, key: &str) -> String {
        self.plans.iter().find(|p| p.key == key).map_or_else(|| key.to_string(), |p| p.name.clone())
    }
}

/// The tenant list's search, sort and cursor, as the query string carries them.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ConsoleQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub sort: String,
    #[serde(default)]
    pub after: Option<i64>,
}

const PAGE_SIZE: i64 = 50;

/// The console with its tenants (one page of the search) and the form that
/// creates a tenant (empty, or as sent with its messages).
pub(super) async fn console_page(
    ctx: PageCtx,
    operator: CurrentOperator,
    state: &AppState,
    query: ConsoleQuery,
    create: super::tenants::CreateForm,
    errors: FieldErrors,
) -> Result<ConsolePage, AppError> {
    let sort = TenantSort::parse(&query.sort);
    let (search, after) = (query.q.clone(), query.after);
    let (page, plans) = db::run(&state.pool, move |conn| {
        let page =
            tenants::page(conn, &ListQuery { search: &search, sort, after, limit: PAGE_SIZE }).map_err(|e| AppError::Internal(e.into()))?;
        Ok((page, plans::all(conn)?))
    })
    .await?;
    let urls = page.rows.iter().map(|t| state.config.tenant_url(&t.tenant.slug)).collect();
    let next = page.next.map(|id| {
        let q: String = url::form_urlencoded::byte_serialize(query.q.as_bytes()).collect();
        format!("/operator?q={q}&sort={}&after={id}", sort.as_str())
    });
    Ok(ConsolePage { ctx, operator, tenants: page.rows, urls, query, next, create, errors, plans })
}

pub(super) fn platform_only(site: &Site) -> Result<(), AppError> {
    match site {
        Site::Platform => Ok(()),
        Site::Tenant(_) => Err(AppError::NotFound),
    }
}

/// The link opens a confirmation (mail scanners that fetch links must not use it up).
async fn sign_in_page(ctx: PageCtx, site: Site, token: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let token = token.into_inner();
    let check = token.clone();
    let valid = db::run(&state.pool, move |conn| Ok(operators::live_token(conn, &check, db::now())?.is_some())).await?;
    let status = if valid { StatusCode::OK } else { StatusCode::GONE };
    render(status, &SignInPage { ctx, token, valid })
}

async fn sign_in(site: Site, session: Session, token: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let token = token.into_inner();
    let operator = db::run(&state.pool, move |conn| Ok(operators::consume(conn, &token)?)).await?;
    let Some(operator_id) = operator else {
        return Err(AppError::NotFound);
    };
    session::sign_in_operator(&session, operator_id);
    tracing::info!(operator_id, "platform.operator_sign_in");
    Ok(redirect("/operator"))
}

async fn console(
    ctx: PageCtx,
    site: Site,
    operator: CurrentOperator,
    query: web::Query<ConsoleQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let page = console_page(ctx, operator, &state, query.into_inner(), Default::default(), FieldErrors::new()).await?;
    render(StatusCode::OK, &page)
}

async fn sign_out(site: Site, session: Session) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    session.purge();
    Ok(redirect("/"))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/operator", console)
        .post("/operator/sign-out", sign_out)
        .get("/operator/sign-in/{token}", sign_in_page)
        .post("/operator/sign-in/{token}", sign_in);
}
