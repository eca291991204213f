//! The asset library as partners see it: the published assets their tier may
//! see (anything else is 404, by URL too), in their language where the asset
//! has it (else the tenant's default, and they are told), searchable and
//! filtered by kind and tag; downloading gives the current version for their
//! language and is recorded for the vendor's numbers.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::campaigns::assets::{self as model, AssetKind, AssetView};
use crate::campaigns::cobrand::{self, Format, PartnerValues, Placeholder};
use crate::campaigns::{landing, zones};
use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::state::AppState;
use crate::storage::store::Key;
use crate::tenancy::organisations as orgs;
use crate::tenancy::scope::TenantScope;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::files::{self, Disposition};
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

#[derive(Default, Deserialize)]
pub struct LibraryFilter {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    tag: String,
}

impl LibraryFilter {
    fn keep(&self, view: &AssetView, locale: &str, default: &str) -> bool {
        let q = self.q.trim().to_lowercase();
        let shown = view.shown(locale, default);
        (q.is_empty() || shown.text.is_some_and(|t| t.title.to_lowercase().contains(&q) || t.description.to_lowercase().contains(&q)))
            && (self.kind.is_empty() || view.asset.kind == self.kind)
            && (self.tag.is_empty() || view.asset.tag_list().contains(&self.tag.trim().to_lowercase().as_str()))
    }
}

/// The partner's tenant scope, organisation and tier (what its tier may see
/// decides the library and campaigns); staff have none: 404.
pub(crate) async fn partner_tier(user: &CurrentUser, state: &AppState) -> Result<(TenantScope, i64, Option<i64>), AppError> {
    let org_id = user.scope.partner_org_id().ok_or(AppError::NotFound)?;
    let scope = user.scope.tenant_only();
    let tier = db::run(&state.pool, move |conn| Ok(orgs::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?.tier_id)).await?;
    Ok((scope, org_id, tier))
}

/// One asset the partner may see, or 404.
pub(crate) async fn visible(user: &CurrentUser, id: i64, state: &AppState) -> Result<(TenantScope, i64, AssetView), AppError> {
    let (scope, org_id, tier) = partner_tier(user, state).await?;
    let view = db::run(&state.pool, move |conn| Ok(model::find(conn, &scope, id)?)).await?;
    let view = view.filter(|v| model::visible_to(v, tier)).ok_or(AppError::NotFound)?;
    Ok((scope, org_id, view))
}

pub struct Shown {
    pub title: String,
    pub description: String,
    pub in_locale: bool,
    /// The language of the shown text (for `lang` when it is not the reader's).
    pub lang: String,
}

fn shown(view: &AssetView, ctx: &PageCtx, default: &str) -> Shown {
    let s = view.shown(ctx.locale().code(), default);
    Shown {
        title: s.text.map(|t| t.title.clone()).unwrap_or_default(),
        description: s.text.map(|t| t.description.clone()).unwrap_or_default(),
        in_locale: s.in_locale,
        lang: s.text.map(|t| t.locale.clone()).unwrap_or_default(),
    }
}

#[derive(Template)]
#[template(path = "portal/assets.html")]
struct LibraryPage {
    ctx: PageCtx,
    rows: Vec<(AssetView, Shown)>,
    tags: Vec<String>,
    filter: LibraryFilter,
}

impl LibraryPage {
    fn kind_label(&self, kind: &str) -> String {
        self.ctx.t(&format!("asset-kind-{kind}"))
    }
}

async fn library(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    filter: web::Query<LibraryFilter>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (scope, _, tier) = partner_tier(&user, &state).await?;
    let all = db::run(&state.pool, move |conn| Ok(model::library_for(conn, &scope, tier)?)).await?;
    let mut tags: Vec<String> = all.iter().flat_map(|v| v.asset.tag_list().into_iter().map(str::to_string)).collect();
    tags.sort();
    tags.dedup();
    let default = tenant.0.default_locale.code();
    let filter = filter.into_inner();
    let rows = all
        .into_iter()
        .filter(|v| filter.keep(v, ctx.locale().code(), default))
        .map(|v| {
            let s = shown(&v, &ctx, default);
            (v, s)
        })
        .collect();
    render(StatusCode::OK, &LibraryPage { ctx, rows, tags, filter })
}

/// A template filled with the partner's details, and what its profile lacks.
pub struct Filled {
    pub subject: String,
    pub html: String,
    pub text: String,
    pub missing: Vec<Placeholder>,
    /// Who the partner's mail comes from: its contact, when it has one.
    pub from_name: String,
    pub from_email: String,
}

const LOGO_PURPOSE: &str = "cobrand-logo";

/// The public address of a partner's logo inside co-branded material (mail
/// goes to people who never sign in): signed for the tenant, the
/// organisation and the file, so it names nothing and cannot be guessed.
pub(crate) fn logo_url(state: &AppState, tenant: &CurrentTenant, org_id: i64, file_id: i64) -> String {
    let data = format!("{}.{org_id}.{file_id}", tenant.0.tenant.id);
    let signature = crate::signing::sign(state.config.secret_key.as_bytes(), LOGO_PURPOSE, data.as_bytes());
    format!("{}/cobrand/logo/{org_id}.{file_id}.{signature}", state.config.tenant_url(&tenant.0.tenant.slug))
}

/// What co-branded material fills in for one partner organisation.
pub(crate) fn partner_values(
    state: &AppState,
    tenant: &CurrentTenant,
    org: &orgs::Organisation,
    landing: Option<&landing::LandingPage>,
) -> PartnerValues {
    PartnerValues {
        partner_name: org.name.clone(),
        logo_url: org.logo_file_id.map(|file| logo_url(state, tenant, org.id, file)),
        website: org.website.clone().unwrap_or_default(),
        contact_name: org.contact_name.clone(),
        contact_email: org.contact_email.clone(),
        contact_phone: org.contact_phone.clone(),
        landing_page_url: landing.map(|p| format!("{}{}", state.config.tenant_url(&tenant.0.tenant.slug), p.path())).unwrap_or_default(),
        tenant_name: tenant.0.tenant.name.clone(),
    }
}

/// The organisation and its current landing page.
pub(crate) async fn organisation_of(
    state: &AppState,
    scope: TenantScope,
    org_id: i64,
) -> Result<(orgs::Organisation, Option<landing::LandingPage>), AppError> {
    db::run(&state.pool, move |conn| {
        let org = orgs::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?;
        Ok((org, landing::current(conn, &scope, org_id)?))
    })
    .await
}

/// Fills the current template (e-mail or landing page) for the reader's language with the partner's details.
pub(crate) async fn fill_template(
    state: &AppState,
    tenant: &CurrentTenant,
    scope: TenantScope,
    org_id: i64,
    view: &AssetView,
    locale: &str,
) -> Result<Filled, AppError> {
    let (version, file) = view.current_for(locale).cloned().ok_or(AppError::NotFound)?;
    let key = Key::stored(&scope, &file.storage_key).ok_or(AppError::NotFound)?;
    let html = state.storage.read(&key).await?.map(|b| String::from_utf8_lossy(&b).into_owned()).ok_or(AppError::NotFound)?;
    let (org, page) = organisation_of(state, scope, org_id).await?;
    let values = partner_values(state, tenant, &org, page.as_ref());
    let mut used = Vec::new();
    for part in [&version.subject, &html, &version.body_text] {
        for p in cobrand::check(part).unwrap_or_default() {
            if !used.contains(&p) {
                used.push(p);
            }
        }
    }
    let fill = |t: &str, f| cobrand::fill(t, &values, f).unwrap_or_default();
    Ok(Filled {
        subject: fill(&version.subject, Format::Text),
        html: fill(&html, Format::Html),
        text: fill(&version.body_text, Format::Text),
        missing: values.missing(&used),
        from_name: values.contact_name.clone(),
        from_email: values.contact_email.clone(),
    })
}

/// A PDF's co-branding zones and the partner's organisation (with what its
/// profile lacks for them); `None` for other kinds and PDFs without zones.
async fn pdf_zones(
    state: &AppState,
    tenant: &CurrentTenant,
    scope: TenantScope,
    org_id: i64,
    view: &AssetView,
) -> Result<Option<(Vec<zones::Zone>, orgs::Organisation, PartnerValues, Vec<Placeholder>)>, AppError> {
    if view.kind() != Some(AssetKind::Pdf) {
        return Ok(None);
    }
    let asset_id = view.asset.id;
    let zones = db::run(&state.pool, move |conn| Ok(zones::for_asset(conn, &scope, asset_id)?)).await?;
    if zones.is_empty() {
        return Ok(None);
    }
    let (org, page) = organisation_of(state, scope, org_id).await?;
    let values = partner_values(state, tenant, &org, page.as_ref());
    let missing = values.missing(&zones::placeholders(&zones));
    Ok(Some((zones, org, values, missing)))
}

/// The partner's own copy of an asset's current version for `locale`: an
/// e-mail template filled in, a PDF with zones stamped, anything else as
/// stored. The caller has checked the partner may see it and recorded the download.
pub(crate) async fn partner_copy(
    state: &AppState,
    tenant: &CurrentTenant,
    scope: TenantScope,
    org_id: i64,
    view: &AssetView,
    locale: &str,
) -> Result<HttpResponse, AppError> {
    let (_, file) = view.current_for(locale).cloned().ok_or(AppError::NotFound)?;
    if view.kind().is_some_and(AssetKind::is_template) {
        // The partner's own copy: filled, escaped, never cached.
        let filled = fill_template(state, tenant, scope, org_id, view, locale).await?;
        return Ok(files::send(filled.html.into_bytes(), "text/html; charset=utf-8", "email-template.html", Disposition::Attachment));
    }
    if let Some((zones, org, values, _)) = pdf_zones(state, tenant, scope, org_id, view).await? {
        let logo = match org.logo_file_id {
            Some(id) => db::run(&state.pool, move |conn| Ok(crate::storage::model::find(conn, &scope, id)?)).await?,
            None => None,
        };
        let bytes = zones::stamped_copy(&state.storage, &scope, &file, &zones, &values, logo.as_ref()).await?;
        return Ok(files::send(bytes, "application/pdf", &file.file_name, Disposition::Attachment));
    }
    files::serve_stored(&state.storage, &scope, &file, false).await
}

#[derive(Template)]
#[template(path = "portal/asset.html")]
struct AssetPage {
    ctx: PageCtx,
    view: AssetView,
    shown: Shown,
    default_language: String,
    filled: Option<Filled>,
    /// A PDF with co-branding zones: what the partner's profile lacks for them.
    cobranded: Option<Vec<Placeholder>>,
    /// A landing-page asset: the partner's page for it, if it made one.
    landing: Option<Option<landing::LandingPage>>,
    /// The portal's address, for the landing page's public address.
    base: String,
    /// A social post: its text filled for the partner, and how it fits each network.
    post: Option<(String, Vec<crate::campaigns::social::Fit>)>,
    can_fix: bool,
}

impl AssetPage {
    fn kind_label(&self) -> String {
        self.ctx.t(&format!("asset-kind-{}", self.view.asset.kind))
    }

    fn current(&self) -> Option<(&crate::campaigns::assets::AssetVersion, &crate::storage::model::StoredFile)> {
        self.view.current_for(self.ctx.locale().code()).map(|(v, f)| (v, f))
    }

    fn size(&self, file: &crate::storage::model::StoredFile) -> String {
        self.ctx.file_size(file.size_bytes)
    }

    fn date(&self, at: &chrono::NaiveDateTime) -> String {
        self.ctx.format_date(*at)
    }

    fn send_test_label(&self) -> String {
        self.ctx.t_with("template-send-test", "email", self.ctx.user().map(|u| u.user.email.clone()).unwrap_or_default())
    }

    fn fit_label(&self, fit: &crate::campaigns::social::Fit) -> String {
        self.ctx.t_with2("social-fit", "length", fit.length, "limit", fit.limit)
    }

    fn is_email(&self) -> bool {
        self.view.kind() == Some(AssetKind::Email)
    }

    fn placeholder(&self, p: &Placeholder) -> String {
        self.ctx.t(&format!("placeholder-{}", p.name().replace('_', "-")))
    }
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (scope, org_id, view) = visible(&user, id.into_inner(), &state).await?;
    let default = tenant.0.default_locale;
    let shown = shown(&view, &ctx, default.code());
    let default_language = ctx.t(default.name_message_id());
    let filled = match view.kind() {
        Some(kind) if kind.is_template() => Some(fill_template(&state, &tenant, scope, org_id, &view, ctx.locale().code()).await?),
        _ => None,
    };
    let cobranded = pdf_zones(&state, &tenant, scope, org_id, &view).await?.map(|(_, _, _, missing)| missing);
    let landing = match view.kind() {
        Some(AssetKind::Landing) => {
            let asset_id = view.asset.id;
            Some(db::run(&state.pool, move |conn| Ok(landing::for_asset(conn, &scope, org_id, asset_id)?)).await?)
        }
        _ => None,
    };
    let base = state.config.tenant_url(&tenant.0.tenant.slug);
    let post = match (view.kind(), view.current_for(ctx.locale().code())) {
        (Some(AssetKind::Social), Some((version, _))) => {
            let (org, page) = organisation_of(&state, scope, org_id).await?;
            let values = partner_values(&state, &tenant, &org, page.as_ref());
            let text = cobrand::fill(&version.body_text, &values, Format::Text).unwrap_or_default();
            let fits = crate::campaigns::social::fits(&text);
            Some((text, fits))
        }
        _ => None,
    };
    let can_fix = user.can(crate::identity::rbac::Permission::ManageOwnOrganisation);
    render(StatusCode::OK, &AssetPage { ctx, view, shown, default_language, filled, cobranded, landing, base, post, can_fix })
}

/// The current version for the partner's language; the download is recorded.
async fn download(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (scope, org_id, view) = visible(&user, id.into_inner(), &state).await?;
    let (version, _) = view.current_for(ctx.locale().code()).cloned().ok_or(AppError::NotFound)?;
    let (asset_id, user_id) = (view.asset.id, user.user.id);
    let download = model::Download { asset_id, version_id: version.id, organisation_id: org_id, user_id, campaign_id: None };
    db::run(&state.pool, move |conn| Ok(model::record_download(conn, &scope, &download)?)).await?;
    tracing::info!(tenant_id = scope.tenant_id(), asset_id, version = version.number, org_id, "asset.downloaded");
    partner_copy(&state, &tenant, scope, org_id, &view, ctx.locale().code()).await
}

/// An e-mail template the partner may see, filled for it (anything else is 404).
async fn filled_for(
    ctx: &PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    id: i64,
    state: &AppState,
) -> Result<(TenantScope, Filled), AppError> {
    let (scope, org_id, view) = visible(user, id, state).await?;
    if !view.kind().is_some_and(AssetKind::is_template) {
        return Err(AppError::NotFound);
    }
    Ok((scope, fill_template(state, tenant, scope, org_id, &view, ctx.locale().code()).await?))
}

/// The filled template as an `.eml` the partner opens in its mail program.
async fn download_eml(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (_, filled) = filled_for(&ctx, &user, &tenant, id.into_inner(), &state).await?;
    let me = (user.user.display_name.as_str(), user.user.email.as_str());
    let from = if filled.from_email.is_empty() { me } else { (filled.from_name.as_str(), filled.from_email.as_str()) };
    let bytes = cobrand::eml(from, me, &filled.subject, &filled.text, &filled.html).ok_or(AppError::BadRequest)?;
    Ok(files::send(bytes, "message/rfc822", "email-template.eml", Disposition::Attachment))
}

/// Sends the filled template to the person's own address, through the outbox.
async fn send_test(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (scope, filled) = filled_for(&ctx, &user, &tenant, id, &state).await?;
    let (config, slug, person) = (state.config.clone(), tenant.0.tenant.slug.clone(), user.user.clone());
    let locale = ctx.locale();
    db::run(&state.pool, move |conn| {
        let mail = crate::mail::compose::compose_for_tenant(conn, &scope, &config, &slug)?;
        let recipient =
            crate::mail::compose::Recipient { user_id: Some(person.id), address: &person.email, name: &person.display_name, locale };
        let made = crate::mail::compose::MadeMessage {
            kind: "template_test",
            recipient,
            subject: &filled.subject,
            text: &filled.text,
            html: &filled.html,
        };
        db::transaction(conn, |c| {
            // A copy a person asks for counts against the plan's e-mails.
            crate::tenancy::usage::ensure(c, &scope, crate::tenancy::usage::Metric::Emails, 1)?;
            Ok::<_, AppError>(mail.enqueue_made(c, &config, &made)?)
        })
    })
    .await?;
    tracing::info!(tenant_id = scope.tenant_id(), asset_id = id, "asset.template_test_sent");
    Ok(see_other(&format!("/assets/{id}"), Flash::success("template-test-sent").with_arg("email", &user.user.email)))
}

/// The filled e-mail template on its own, for the preview frame: styles
/// inline as e-mail needs them, no script, framed by this site only.
async fn preview(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (_, filled) = filled_for(&ctx, &user, &tenant, id.into_inner(), &state).await?;
    Ok(files::sandboxed_html(StatusCode::OK, filled.html))
}

/// A partner's logo as co-branded material shows it, to anyone holding the signed address.
async fn public_logo(tenant: CurrentTenant, token: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let mut parts = token.splitn(3, '.');
    let (Some(org), Some(file), Some(signature)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(AppError::NotFound);
    };
    let (Ok(org_id), Ok(file_id)) = (org.parse::<i64>(), file.parse::<i64>()) else {
        return Err(AppError::NotFound);
    };
    let data = format!("{}.{org_id}.{file_id}", tenant.0.tenant.id);
    if !crate::signing::verify(state.config.secret_key.as_bytes(), LOGO_PURPOSE, data.as_bytes(), signature) {
        return Err(AppError::NotFound);
    }
    let scope = tenant.0.scope;
    // Still this organisation's logo: a replaced one is gone.
    let stored = db::run(&state.pool, move |conn| {
        let org = orgs::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?;
        if org.logo_file_id != Some(file_id) {
            return Err(AppError::NotFound);
        }
        crate::storage::model::find(conn, &scope, file_id)?.ok_or(AppError::NotFound)
    })
    .await?;
    if !stored.kind().is_some_and(|k| k.is_image()) {
        return Err(AppError::NotFound);
    }
    files::serve_stored(&state.storage, &scope, &stored, false).await
}

async fn thumbnail(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (scope, _, view) = visible(&user, id.into_inner(), &state).await?;
    let file = view.thumbnail().ok_or(AppError::NotFound)?;
    files::serve_stored(&state.storage, &scope, file, true).await
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/assets", library)
        .get("/assets/{id}", show)
        .get("/assets/{id}/download", download)
        .get("/assets/{id}/thumbnail", thumbnail)
        .get("/assets/{id}/preview", preview)
        .get("/assets/{id}/download.eml", download_eml)
        .post("/assets/{id}/send-test", send_test)
        .get("/cobrand/logo/{token}", public_logo);
}
