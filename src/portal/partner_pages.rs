//! Landing pages: a partner admin publishes a landing-page asset under the
//! organisation's brand; the public page at `/p/{slug}` shows the partner's
//! logo and name, the filled page (in a sandboxed frame: the vendor's HTML
//! runs no script on the tenant's origin) and a contact form whose
//! submissions reach the partner. Partners list their pages and what
//! visitors sent at `/landing-pages`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::assets::{Filled, fill_template, organisation_of, visible};
use crate::campaigns::assets::{self as model, AssetKind};
use crate::campaigns::landing::{self, LandingPage, NewSubmission, Submission, Submitted};
use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey};
use crate::tenancy::organisations::Organisation;
use crate::validate::{self, FieldErrors};
use crate::web::client::client_ip;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

/// A landing-page asset the partner may see, or 404.
async fn landing_asset(user: &CurrentUser, id: i64, state: &AppState) -> Result<(crate::tenancy::scope::TenantScope, i64), AppError> {
    let (scope, org_id, view) = visible(user, id, state).await?;
    if view.kind() != Some(AssetKind::Landing) {
        return Err(AppError::NotFound);
    }
    Ok((scope, org_id))
}

async fn publish(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageOwnOrganisation)?;
    let id = id.into_inner();
    let (scope, org_id) = landing_asset(&user, id, &state).await?;
    let page = db::run(&state.pool, move |conn| {
        let org = crate::tenancy::organisations::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?;
        db::transaction(conn, |c| Ok::<_, AppError>(landing::publish(c, &scope, org_id, &org.name, id)?))
    })
    .await?;
    tracing::info!(tenant_id = scope.tenant_id(), asset_id = id, org_id, "landing.published");
    Ok(see_other(&format!("/assets/{id}"), Flash::success("landing-published").with_arg("path", &page.path())))
}

async fn unpublish(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageOwnOrganisation)?;
    let id = id.into_inner();
    let (scope, org_id) = landing_asset(&user, id, &state).await?;
    db::run(&state.pool, move |conn| Ok(landing::unpublish(conn, &scope, org_id, id)?)).await?;
    Ok(see_other(&format!("/assets/{id}"), Flash::success("landing-unpublished")))
}

#[derive(Template)]
#[template(path = "portal/partner_pages.html")]
struct ListPage {
    ctx: PageCtx,
    pages: Vec<(LandingPage, String)>,
    submissions: Vec<Submission>,
    base: String,
}

impl ListPage {
    fn date(&self, at: &chrono::NaiveDateTime) -> String {
        self.ctx.format_datetime(*at)
    }

    fn visits(&self, n: &i64) -> String {
        self.ctx.t_count("landing-visits", *n)
    }
}

async fn list(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let org_id = user.scope.partner_org_id().ok_or(AppError::NotFound)?;
    let scope = user.scope.tenant_only();
    let (pages, views, submissions) = db::run(&state.pool, move |conn| {
        let pages = landing::of_organisation(conn, &scope, org_id)?;
        let mut views = Vec::new();
        for p in &pages {
            views.extend(model::find(conn, &scope, p.asset_id)?);
        }
        Ok((pages, views, landing::submissions(conn, &scope, org_id)?))
    })
    .await?;
    let default = tenant.0.default_locale.code();
    let pages = pages
        .into_iter()
        .map(|p| {
            let title = views
                .iter()
                .find(|v| v.asset.id == p.asset_id)
                .and_then(|v| v.shown(ctx.locale().code(), default).text.map(|t| t.title.clone()))
                .unwrap_or_default();
            (p, title)
        })
        .collect();
    let base = state.config.tenant_url(&tenant.0.tenant.slug);
    render(StatusCode::OK, &ListPage { ctx, pages, submissions, base })
}

/// The contact form as typed; kept when it is sent back.
#[derive(Default, Deserialize, Clone)]
pub struct ContactForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    company: String,
    #[serde(default)]
    message: String,
    /// The honeypot: invisible to people, filled in by bots.
    #[serde(default)]
    fax: String,
    #[serde(default)]
    form_key: String,
}

impl ContactForm {
    fn validate(&self, t: &crate::i18n::Translator) -> Result<NewSubmission, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 120);
        let email = validate::email(t, &mut errors, "email", &self.email);
        let company = validate::optional_text(t, &mut errors, "company", &self.company, 120);
        let message = validate::optional_text(t, &mut errors, "message", &self.message, 2_000);
        errors.into_result(NewSubmission { name, email, company, message })
    }
}

#[derive(Template)]
#[template(path = "portal/partner_page.html")]
struct PublicPage {
    ctx: PageCtx,
    page: LandingPage,
    org: Organisation,
    headline: String,
    logo: Option<String>,
    form: ContactForm,
    errors: FieldErrors,
    alert: Option<String>,
    sent: bool,
}

/// A published page by its slug, its organisation, and the filled template.
async fn published(
    ctx: &PageCtx,
    tenant: &CurrentTenant,
    slug: &str,
    state: &AppState,
) -> Result<(LandingPage, Organisation, Filled), AppError> {
    let scope = tenant.0.scope;
    let slug = slug.to_string();
    let (page, view) = db::run(&state.pool, move |conn| {
        let page = landing::by_slug(conn, &scope, &slug)?.ok_or(AppError::NotFound)?;
        let view = model::find(conn, &scope, page.asset_id)?.ok_or(AppError::NotFound)?;
        Ok((page, view))
    })
    .await?;
    // The asset must still be published: an archived one takes its pages offline.
    if view.asset.status != model::AssetStatus::Published.as_str() || view.kind() != Some(AssetKind::Landing) {
        return Err(AppError::NotFound);
    }
    let filled = fill_template(state, tenant, scope, page.organisation_id, &view, ctx.locale().code()).await?;
    let (org, _) = organisation_of(state, scope, page.organisation_id).await?;
    Ok((page, org, filled))
}

fn public_page(
    ctx: PageCtx,
    state: &AppState,
    tenant: &CurrentTenant,
    found: (LandingPage, Organisation, Filled),
    form: ContactForm,
    errors: FieldErrors,
) -> PublicPage {
    let (page, org, filled) = found;
    let logo = org.logo_file_id.map(|file| super::assets::logo_url(state, tenant, org.id, file));
    PublicPage { ctx, page, org, headline: filled.subject, logo, form, errors, alert: None, sent: false }
}

async fn show(ctx: PageCtx, tenant: CurrentTenant, slug: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let found = published(&ctx, &tenant, &slug, &state).await?;
    let (scope, page_id) = (tenant.0.scope, found.0.id);
    db::run(&state.pool, move |conn| Ok(landing::count_visit(conn, &scope, page_id)?)).await?;
    let page = public_page(ctx, &state, &tenant, found, ContactForm::default(), FieldErrors::new());
    render(StatusCode::OK, &page)
}

async fn contact(
    req: HttpRequest,
    ctx: PageCtx,
    tenant: CurrentTenant,
    slug: web::Path<String>,
    form: web::Form<ContactForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let found = published(&ctx, &tenant, &slug, &state).await?;
    let form = form.into_inner();
    if !form.fax.is_empty() {
        // A bot: thank it and store nothing.
        tracing::info!(tenant_id = tenant.0.tenant.id, "landing.honeypot");
        let mut page = public_page(ctx, &state, &tenant, found, ContactForm::default(), FieldErrors::new());
        page.sent = true;
        return render(StatusCode::OK, &page);
    }
    let submission = match form.validate(ctx.translator()) {
        Ok(s) => s,
        Err(errors) => return render(StatusCode::UNPROCESSABLE_ENTITY, &public_page(ctx, &state, &tenant, found, form, errors)),
    };
    let scope = tenant.0.scope;
    let address = client_ip(&req, &state.config);
    let (config, tenant_slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    let landing_page = found.0.clone();
    // A visitor has no account: the key is the visitor's own (random, from the page).
    let key = FormKey::new("landing", 0, &form.form_key);
    let submitted = db::run(&state.pool, move |conn| {
        let submit =
            |c: &mut crate::db::AnyConnection| landing::submit(c, &scope, &config, &tenant_slug, &landing_page, &submission, &address);
        form_keys::once(conn, &scope, key.as_ref(), submit, |s| (*s == Submitted::Stored).then(|| "stored".to_string()))
    })
    .await?;
    if matches!(submitted, form_keys::Once::First(Submitted::TooMany)) {
        let mut page = public_page(ctx, &state, &tenant, found, form, FieldErrors::new());
        page.alert = Some(page.ctx.t("landing-too-many"));
        return render(StatusCode::TOO_MANY_REQUESTS, &page);
    }
    let mut page = public_page(ctx, &state, &tenant, found, ContactForm::default(), FieldErrors::new());
    page.sent = true;
    render(StatusCode::OK, &page)
}

/// The filled page for the public page's frame: styles inline, no script, framed by this site only.
async fn content(
    ctx: PageCtx,
    tenant: CurrentTenant,
    slug: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (_, _, filled) = published(&ctx, &tenant, &slug, &state).await?;
    Ok(crate::web::files::sandboxed_html(StatusCode::OK, filled.html))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .post("/assets/{id}/landing", publish)
        .post("/assets/{id}/landing/unpublish", unpublish)
        .get("/landing-pages", list)
        .get("/p/{slug}", show)
        .post("/p/{slug}", contact)
        .get("/p/{slug}/content", content);
}
