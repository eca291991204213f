//! The asset library for marketing editors (and vendor admins): the list
//! with search and filters, adding an asset with its first file, and its page
//! — status, tags, tiers, a title and description per locale (with what is
//! missing shown), versions (every upload a new one, old ones kept, a
//! version may be one locale's variant) and downloads per version.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::asset_zones::ZoneForm;
use crate::audit::{self, Entry};
use crate::campaigns::assets::{self as model, AssetKind, AssetStatus, AssetView, NewAsset, NewVersion, TemplateParts};
use crate::campaigns::cobrand::{self, Placeholder, TemplateError};
use crate::campaigns::zones::{self, Zone};
use crate::db;
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::notifications::{self, Category, Notice};
use crate::state::AppState;
use crate::storage::files;
use crate::storage::store::Area;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::model::{self as tenancy, Tier};
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::files as web_files;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;
use crate::web::upload::{self, UploadForm};

/// What the add form and the edit form type; kept when they are sent back.
#[derive(Default, Clone)]
pub struct AssetForm {
    kind: String,
    status: String,
    locale: String,
    title: String,
    description: String,
    tags: String,
    tiers: Vec<String>,
    /// E-mail templates.
    subject: String,
    body_html: String,
    body_text: String,
    /// Social posts: the post's text.
    post_text: String,
}

impl AssetForm {
    fn from_upload(form: &UploadForm) -> Self {
        Self {
            subject: form.field("subject"),
            body_html: form.field("body_html"),
            body_text: form.field("body_text"),
            post_text: form.field("post_text"),
            kind: form.field("kind"),
            status: form.field("status"),
            locale: form.field("locale"),
            title: form.field("title"),
            description: form.field("description"),
            tags: form.field("tags"),
            tiers: form.all("tier"),
        }
    }

    fn from_pairs(pairs: &[(String, String)]) -> Self {
        let one = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        Self {
            kind: one("kind"),
            status: one("status"),
            locale: one("locale"),
            title: one("title"),
            description: one("description"),
            tags: one("tags"),
            tiers: pairs.iter().filter(|(k, _)| k == "tier").map(|(_, v)| v.clone()).collect(),
            ..Self::default()
        }
    }

    fn has_tier(&self, id: &i64) -> bool {
        self.tiers.contains(&id.to_string())
    }

    fn tier_ids(&self) -> Vec<i64> {
        self.tiers.iter().filter_map(|t| t.parse().ok()).collect()
    }

    fn status(&self, t: &Translator, errors: &mut FieldErrors) -> AssetStatus {
        AssetStatus::parse(&self.status).unwrap_or_else(|| {
            errors.add("status", t.t("form-invalid-choice"));
            AssetStatus::Draft
        })
    }

    fn locale(&self, t: &Translator, errors: &mut FieldErrors, enabled: &[Locale]) -> Locale {
        match Locale::from_code(&self.locale).filter(|l| enabled.contains(l)) {
            Some(l) => l,
            None => {
                errors.add("locale", t.t("form-invalid-choice"));
                Locale::EnUs
            }
        }
    }

    fn text(&self, t: &Translator, errors: &mut FieldErrors) -> (String, String) {
        let title = validate::required_text(t, errors, "title", &self.title, 160);
        let description = validate::optional_text(t, errors, "description", &self.description, 2_000);
        (title, description)
    }
}

#[derive(Default, Deserialize)]
pub struct AssetFilter {
    #[serde(default)]
    q: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    tag: String,
}

impl AssetFilter {
    fn keep(&self, view: &AssetView) -> bool {
        let q = self.q.trim().to_lowercase();
        (q.is_empty() || view.texts.iter().any(|t| t.title.to_lowercase().contains(&q) || t.description.to_lowercase().contains(&q)))
            && (self.kind.is_empty() || view.asset.kind == self.kind)
            && (self.status.is_empty() || view.asset.status == self.status)
            && (self.tag.is_empty() || view.asset.tag_list().contains(&self.tag.trim().to_lowercase().as_str()))
    }
}

/// Labels and texts the asset pages share.
pub struct Labels<'a> {
    ctx: &'a PageCtx,
    default_locale: &'a str,
}

impl Labels<'_> {
    pub fn kind(&self, kind: &str) -> String {
        self.ctx.t(&format!("asset-kind-{kind}"))
    }

    pub fn status(&self, status: &str) -> String {
        self.ctx.t(&format!("asset-status-{status}"))
    }

    pub fn title(&self, view: &AssetView) -> String {
        view.shown(self.ctx.locale().code(), self.default_locale).text.map(|t| t.title.clone()).unwrap_or_default()
    }

    pub fn count(&self, n: usize) -> String {
        self.ctx.format_number(n as i64)
    }

    pub fn date(&self, at: &chrono::NaiveDateTime) -> String {
        self.ctx.format_date(*at)
    }

    pub fn size(&self, file: &crate::storage::model::StoredFile) -> String {
        self.ctx.file_size(file.size_bytes)
    }

    pub fn locale_name(&self, code: &str) -> String {
        if code.is_empty() { self.ctx.t("asset-version-all-locales") } else { self.ctx.t(&format!("language-name-{code}")) }
    }
}

#[derive(Template)]
#[template(path = "admin/assets.html")]
struct AssetsPage {
    ctx: PageCtx,
    rows: Vec<AssetView>,
    tags: Vec<String>,
    filter: AssetFilter,
    default_locale: String,
}

impl AssetsPage {
    fn labels(&self) -> Labels<'_> {
        Labels { ctx: &self.ctx, default_locale: &self.default_locale }
    }
}

async fn list(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    filter: web::Query<AssetFilter>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let scope = user.scope;
    let all = db::run(&state.pool, move |conn| Ok(model::list(conn, &scope)?)).await?;
    let mut tags: Vec<String> = all.iter().flat_map(|v| v.asset.tag_list().into_iter().map(str::to_string)).collect();
    tags.sort();
    tags.dedup();
    let filter = filter.into_inner();
    let rows = all.into_iter().filter(|v| filter.keep(v)).collect();
    let default_locale = tenant.0.default_locale.code().to_string();
    render(StatusCode::OK, &AssetsPage { ctx, rows, tags, filter, default_locale })
}

#[derive(Template)]
#[template(path = "admin/asset_new.html")]
struct NewPage {
    ctx: PageCtx,
    form: AssetForm,
    errors: FieldErrors,
    tiers: Vec<Tier>,
    locales: Vec<Locale>,
    max_upload: String,
    vocabulary: String,
}

impl NewPage {
    fn limits(&self) -> String {
        crate::campaigns::social::limits_attribute()
    }
}

async fn new_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    form: AssetForm,
    errors: FieldErrors,
    status: StatusCode,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let tiers = db::run(&state.pool, move |conn| Ok(tenancy::tiers(conn, &scope)?)).await?;
    let max_upload = crate::i18n::file_size(ctx.locale(), state.config.max_upload_bytes as u64);
    render(status, &NewPage { ctx, form, errors, tiers, locales: tenant.0.enabled_locales.clone(), max_upload, vocabulary: vocabulary() })
}

async fn new(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let form = AssetForm {
        kind: AssetKind::Pdf.as_str().into(),
        status: AssetStatus::Draft.as_str().into(),
        locale: tenant.0.default_locale.code().into(),
        ..AssetForm::default()
    };
    new_page(ctx, &user, &tenant, form, FieldErrors::new(), StatusCode::OK, &state).await
}

async fn create(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let upload = upload::read(&req, payload, "file", state.config.max_upload_bytes, state.config.max_body_bytes).await?;
    let form = AssetForm::from_upload(&upload);
    let t = ctx.translator();
    let mut errors = FieldErrors::new();
    let kind = AssetKind::parse(&form.kind);
    if kind.is_none() {
        errors.add("kind", t.t("form-invalid-choice"));
    }
    let status = form.status(t, &mut errors);
    let locale = form.locale(t, &mut errors, &tenant.0.enabled_locales);
    let (title, description) = form.text(t, &mut errors);
    let mut status_code = StatusCode::UNPROCESSABLE_ENTITY;
    let content = kind.and_then(|kind| content_of(&ctx, kind, &upload, state.config.max_upload_bytes, &mut errors, &mut status_code));
    let (Some(kind), Some(Content { name, bytes, template }), true) = (kind, content, errors.is_empty()) else {
        return new_page(ctx, &user, &tenant, form, errors, status_code, &state).await;
    };
    let key = FormKey::new("asset", user.user.id, &upload.field("form_key"));
    let scope = user.scope;
    // A repeated submit returns the first asset before anything is stored again.
    if let Some(key) = key.as_ref() {
        let known = key.as_str().to_string();
        if let Some(id) = db::run(&state.pool, move |conn| Ok(form_keys::earlier(conn, &scope, &known)?)).await? {
            return Ok(see_other(&format!("/admin/assets/{id}"), Flash::success("asset-created")));
        }
    }
    let prepared = match files::prepare(&state.storage, &scope, Area::Assets, bytes, kind.accepts(), &name).await? {
        Ok(prepared) => prepared,
        Err(refusal) => {
            errors.add("file", upload::refusal_message(&ctx, refusal));
            return new_page(ctx, &user, &tenant, form, errors, StatusCode::UNPROCESSABLE_ENTITY, &state).await;
        }
    };
    let keys = prepared.keys();
    let tags = model::normalize_tags(&form.tags);
    let tier_ids = form.tier_ids();
    let (uploader, who) = (user.user.id, user.actor());
    let created = db::run(&state.pool, move |conn| {
        let new = NewAsset { kind, status, locale, title: &title, description: &description, tags: &tags, tier_ids: &tier_ids };
        form_keys::once(
            conn,
            &scope,
            key.as_ref(),
            |c| {
                let asset = model::create(c, &scope, uploader, &new, &prepared, &template)?;
                let changes = serde_json::json!({ "kind": kind.as_str(), "status": status.as_str(), "title": title, "tags": tags, "tiers": tier_ids });
                audit::record(c, &scope, &who, &Entry::new("asset.created", "asset", asset.id).changes(changes))?;
                Ok(asset)
            },
            |a| Some(a.id.to_string()),
        )
    })
    .await;
    let id = match created {
        Ok(Once::First(asset)) => asset.id.to_string(),
        Ok(Once::Repeat(id)) => {
            keys.remove(&state.storage).await;
            id
        }
        Err(e) => {
            keys.remove(&state.storage).await;
            return Err(e);
        }
    };
    tracing::info!(tenant_id = scope.tenant_id(), asset_id = %id, "asset.created");
    Ok(see_other(&format!("/admin/assets/{id}"), Flash::success("asset-created")))
}

/// What one version carries: a file, or — for an e-mail template — its
/// HTML part (kept as the version's file), subject and text part.
struct Content {
    name: String,
    bytes: bytes::Bytes,
    template: TemplateParts,
}

/// The refusal of a template, naming what is wrong.
pub(super) fn template_message(ctx: &PageCtx, error: &TemplateError) -> String {
    let vocabulary = Placeholder::ALL.iter().map(|p| format!("{{{{{}}}}}", p.name())).collect::<Vec<_>>().join(", ");
    match error {
        TemplateError::Unknown(names) => ctx.t_with2("template-unknown", "names", names.join(", "), "vocabulary", vocabulary),
        TemplateError::Unclosed => ctx.t("template-unclosed"),
    }
}

/// Reads a version's content from the form: the file, or the template's parts, checked.
fn content_of(
    ctx: &PageCtx,
    kind: AssetKind,
    upload: &UploadForm,
    max_upload: usize,
    errors: &mut FieldErrors,
    status: &mut StatusCode,
) -> Option<Content> {
    if kind.is_template() {
        let t = ctx.translator();
        let subject = validate::required_text(t, errors, "subject", &upload.field("subject"), 200);
        let html = validate::required_text(t, errors, "body_html", &upload.field("body_html"), 200_000);
        let text = validate::optional_text(t, errors, "body_text", &upload.field("body_text"), 100_000);
        for (field, value) in [("subject", &subject), ("body_html", &html), ("body_text", &text)] {
            if let Err(e) = cobrand::check(value) {
                errors.add(field, template_message(ctx, &e));
            }
        }
        let template = TemplateParts { subject, body_text: text };
        return (!html.is_empty()).then(|| Content { name: "template.html".into(), bytes: bytes::Bytes::from(html), template });
    }
    // A social post's text travels with its image.
    let mut parts = TemplateParts::default();
    if kind == AssetKind::Social {
        let text = validate::required_text(ctx.translator(), errors, "post_text", &upload.field("post_text"), 3_000);
        if let Err(e) = cobrand::check(&text) {
            errors.add("post_text", template_message(ctx, &e));
        }
        parts.body_text = text;
    }
    if upload.file_too_large {
        errors.add("file", upload::too_large_message(ctx, max_upload));
        *status = StatusCode::PAYLOAD_TOO_LARGE;
        return None;
    }
    match upload.file.clone().filter(|(_, b)| !b.is_empty()) {
        Some((name, bytes)) => Some(Content { name, bytes, template: parts }),
        None => {
            errors.add("file", ctx.t("asset-file-missing"));
            None
        }
    }
}

#[derive(Template)]
#[template(path = "admin/asset.html")]
struct AssetPage {
    ctx: PageCtx,
    view: AssetView,
    tiers: Vec<Tier>,
    locales: Vec<Locale>,
    default_locale: String,
    /// The locale whose text the text form edits.
    text_locale: String,
    meta: AssetForm,
    text: AssetForm,
    errors: FieldErrors,
    version_errors: FieldErrors,
    downloads: HashMap<i64, i64>,
    partners_downloaded: usize,
    max_upload: String,
    /// E-mail templates: the current version's parts, to edit into a new one.
    template: Option<AssetForm>,
    vocabulary: String,
    /// Social posts: the text the version form starts from, and how the
    /// current text filled for a sample partner fits each network.
    post_text: Option<String>,
    post_fits: Vec<crate::campaigns::social::Fit>,
    /// PDFs: the co-branding zones, the form to add one, and the most pages a version has.
    zones: Option<Vec<Zone>>,
    zone_form: ZoneForm,
    zone_errors: FieldErrors,
    pages: i32,
}

impl AssetPage {
    fn zone_position(&self, zone: &Zone) -> String {
        self.ctx.t_with2("zone-position", "x", zone.x, "y", zone.y)
            + " · "
            + &self.ctx.t_with2("zone-size", "width", zone.width, "height", zone.height)
    }

    fn limits(&self) -> String {
        crate::campaigns::social::limits_attribute()
    }

    fn fit_label(&self, fit: &crate::campaigns::social::Fit) -> String {
        self.ctx.t_with2("social-fit", "length", fit.length, "limit", fit.limit)
    }

    fn subject_label(&self) -> String {
        self.ctx.t(if self.view.kind() == Some(AssetKind::Landing) { "landing-headline" } else { "template-subject" })
    }

    fn zone_page(&self, zone: &Zone) -> String {
        self.ctx.t_with("zone-on-page", "page", zone.page)
    }

    fn zone_text_hint(&self) -> String {
        self.ctx.t_with("zone-text-hint", "example", "{{partner_name}} · {{contact_phone}}")
    }

    fn labels(&self) -> Labels<'_> {
        Labels { ctx: &self.ctx, default_locale: &self.default_locale }
    }

    fn missing(&self) -> Vec<Locale> {
        self.locales.iter().copied().filter(|l| self.view.text_in(l.code()).is_none()).collect()
    }

    fn downloaded(&self) -> String {
        self.ctx.t_count("asset-partners-downloaded", self.partners_downloaded as i64)
    }

    fn pages(&self, pages: &i32) -> String {
        self.ctx.t_count("asset-pages", i64::from(*pages))
    }

    fn downloads_of(&self, version: &i64) -> String {
        self.ctx.format_number(self.downloads.get(version).copied().unwrap_or(0))
    }

    fn is_current(&self, version: &i64) -> bool {
        self.view.current_ids().contains(version)
    }
}

#[derive(Default)]
pub(super) struct PageInput {
    /// A template version sent back with errors.
    pub(super) template: Option<AssetForm>,
    pub(super) text_locale: Option<Locale>,
    pub(super) meta: Option<AssetForm>,
    pub(super) text: Option<AssetForm>,
    pub(super) errors: FieldErrors,
    pub(super) version_errors: FieldErrors,
    pub(super) status: Option<StatusCode>,
    /// PDFs: a zone form sent back with errors.
    pub(super) zone_form: Option<super::asset_zones::ZoneForm>,
    pub(super) zone_errors: FieldErrors,
}

pub(super) async fn asset_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    id: i64,
    input: PageInput,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let (view, tiers, (downloads, partners_downloaded), zones) = db::run(&state.pool, move |conn| {
        let view = model::find(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        let zones = if view.kind() == Some(AssetKind::Pdf) { Some(zones::for_asset(conn, &scope, id)?) } else { None };
        Ok((view, tenancy::tiers(conn, &scope)?, model::download_counts(conn, &scope, id)?, zones))
    })
    .await?;
    let pages = view.versions.iter().filter_map(|(_, f)| f.pages).max().unwrap_or(1);
    let post_text = (view.kind() == Some(AssetKind::Social)).then(|| match &input.template {
        Some(typed) => typed.post_text.clone(),
        None => view.current_for("").map(|(v, _)| v.body_text.clone()).unwrap_or_default(),
    });
    let post_fits = match view.kind() {
        Some(AssetKind::Social) => {
            let text = view.current_for("").map(|(v, _)| v.body_text.clone()).unwrap_or_default();
            let values = super::asset_zones::sample_values(&ctx, state, tenant);
            crate::campaigns::social::fits(&cobrand::fill(&text, &values, cobrand::Format::Text).unwrap_or_default())
        }
        _ => Vec::new(),
    };
    let t = &tenant.0;
    let text_locale = input.text_locale.filter(|l| t.enabled_locales.contains(l)).unwrap_or(t.default_locale);
    let meta = input.meta.unwrap_or_else(|| AssetForm {
        status: view.asset.status.clone(),
        tags: view.asset.tag_list().join(", "),
        tiers: view.tier_ids.iter().map(i64::to_string).collect(),
        ..AssetForm::default()
    });
    let text = input.text.unwrap_or_else(|| {
        let existing = view.text_in(text_locale.code());
        AssetForm {
            locale: text_locale.code().into(),
            title: existing.map(|x| x.title.clone()).unwrap_or_default(),
            description: existing.map(|x| x.description.clone()).unwrap_or_default(),
            ..AssetForm::default()
        }
    });
    let max_upload = crate::i18n::file_size(ctx.locale(), state.config.max_upload_bytes as u64);
    let status = input.status.unwrap_or(StatusCode::OK);
    let template = match (view.kind().is_some_and(AssetKind::is_template), input.template) {
        (false, _) => None,
        (true, Some(typed)) => Some(typed),
        (true, None) => match view.current_for("") {
            Some((version, file)) => {
                let html = match crate::storage::store::Key::stored(&scope, &file.storage_key) {
                    Some(key) => state.storage.read(&key).await?.map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default(),
                    None => String::new(),
                };
                Some(AssetForm {
                    subject: version.subject.clone(),
                    body_html: html,
                    body_text: version.body_text.clone(),
                    ..AssetForm::default()
                })
            }
            None => Some(AssetForm::default()),
        },
    };
    render(
        status,
        &AssetPage {
            ctx,
            view,
            tiers,
            locales: t.enabled_locales.clone(),
            default_locale: t.default_locale.code().into(),
            text_locale: text_locale.code().into(),
            meta,
            text,
            errors: input.errors,
            version_errors: input.version_errors,
            downloads,
            partners_downloaded,
            max_upload,
            template,
            vocabulary: vocabulary(),
            post_text,
            post_fits,
            zones,
            zone_form: input.zone_form.unwrap_or_else(ZoneForm::fresh),
            zone_errors: input.zone_errors,
            pages,
        },
    )
}

/// The placeholders a template may use, as authors write them.
fn vocabulary() -> String {
    Placeholder::ALL.iter().map(|p| format!("{{{{{}}}}}", p.name())).collect::<Vec<_>>().join(" ")
}

#[derive(Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    locale: String,
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    q: web::Query<ShowQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let input = PageInput { text_locale: Locale::from_code(&q.locale), ..PageInput::default() };
    asset_page(ctx, &user, &tenant, id.into_inner(), input, &state).await
}

/// Status, tags and tiers.
async fn save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    // `tier` repeats (one per ticked box), which serde forms cannot collect.
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let form = AssetForm::from_pairs(&pairs);
    let mut errors = FieldErrors::new();
    let status = form.status(ctx.translator(), &mut errors);
    if !errors.is_empty() {
        let input = PageInput { meta: Some(form), errors, status: Some(StatusCode::UNPROCESSABLE_ENTITY), ..PageInput::default() };
        return asset_page(ctx, &user, &tenant, id, input, &state).await;
    }
    let (scope, who) = (user.scope, user.actor());
    let tags = model::normalize_tags(&form.tags);
    let tier_ids = form.tier_ids();
    let changed = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let changed = model::update(c, &scope, id, status, &tags, &tier_ids)?;
            if changed > 0 {
                let changes = serde_json::json!({ "status": status.as_str(), "tags": tags, "tiers": tier_ids });
                audit::record(c, &scope, &who, &Entry::new("asset.updated", "asset", id).changes(changes))?;
            }
            Ok::<_, AppError>(changed)
        })
    })
    .await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/admin/assets/{id}"), Flash::success("form-saved")))
}

/// The title and description in one locale.
async fn save_text(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let form = AssetForm::from_pairs(&pairs);
    let t = ctx.translator();
    let mut errors = FieldErrors::new();
    let locale = form.locale(t, &mut errors, &tenant.0.enabled_locales);
    let (title, description) = form.text(t, &mut errors);
    if !errors.is_empty() {
        let input = PageInput {
            text_locale: Locale::from_code(&form.locale),
            text: Some(form),
            errors,
            status: Some(StatusCode::UNPROCESSABLE_ENTITY),
            ..PageInput::default()
        };
        return asset_page(ctx, &user, &tenant, id, input, &state).await;
    }
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        model::find(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        db::transaction(conn, |c| {
            model::set_text(c, &scope, id, locale, &title, &description)?;
            let changes = serde_json::json!({ "locale": locale.code(), "title": title, "description": description });
            audit::record(c, &scope, &who, &Entry::new("asset.text_updated", "asset", id).changes(changes))?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    Ok(see_other(&format!("/admin/assets/{id}?locale={}", locale.code()), Flash::success("form-saved")))
}

/// A new version: a file for every locale, or a variant for one.
async fn add_version(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    let scope = user.scope;
    let view = db::run(&state.pool, move |conn| Ok(model::find(conn, &scope, id)?)).await?.ok_or(AppError::NotFound)?;
    let kind = view.kind().ok_or(AppError::NotFound)?;
    let upload = upload::read(&req, payload, "file", state.config.max_upload_bytes, state.config.max_body_bytes).await?;
    let mut errors = FieldErrors::new();
    let locale_code = upload.field("locale");
    let locale = match locale_code.as_str() {
        "" => None,
        code => match Locale::from_code(code).filter(|l| tenant.0.enabled_locales.contains(l)) {
            Some(l) => Some(l),
            None => {
                errors.add("version_locale", ctx.t("form-invalid-choice"));
                None
            }
        },
    };
    let note = validate::optional_text(ctx.translator(), &mut errors, "note", &upload.field("note"), 300);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let content = content_of(&ctx, kind, &upload, state.config.max_upload_bytes, &mut errors, &mut status);
    let typed = (kind.is_template() || kind == AssetKind::Social).then(|| AssetForm::from_upload(&upload));
    let refused =
        |errors, status| PageInput { version_errors: errors, status: Some(status), template: typed.clone(), ..PageInput::default() };
    let Some(Content { name, bytes, template }) = content.filter(|_| errors.is_empty()) else {
        return asset_page(ctx, &user, &tenant, id, refused(errors, status), &state).await;
    };
    let prepared = match files::prepare(&state.storage, &scope, Area::Assets, bytes, kind.accepts(), &name).await? {
        Ok(prepared) => prepared,
        Err(refusal) => {
            errors.add("file", upload::refusal_message(&ctx, refusal));
            return asset_page(ctx, &user, &tenant, id, refused(errors, StatusCode::UNPROCESSABLE_ENTITY), &state).await;
        }
    };
    let keys = prepared.keys();
    let (uploader, who) = (user.user.id, user.actor());
    let config = state.config.clone();
    let slug = tenant.0.tenant.slug.clone();
    let default = tenant.0.default_locale.code();
    let title = view.shown(default, default).text.map(|t| t.title.clone()).unwrap_or_default();
    let published = view.asset.status == AssetStatus::Published.as_str();
    let added = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let new = NewVersion { locale, note: &note, file: &prepared, template: &template };
            let version = model::add_version(c, &scope, uploader, id, &new)?;
            let changes = serde_json::json!({ "version": version.number, "locale": locale.map(|l| l.code()), "note": note });
            audit::record(c, &scope, &who, &Entry::new("asset.version_added", "asset", id).changes(changes))?;
            // Whoever downloaded an older version is told it was superseded.
            if published {
                let mut people = Vec::new();
                for user_id in model::downloaders_before(c, &scope, id, version.number)? {
                    people.extend(crate::identity::model::find(c, &scope, user_id)?);
                }
                let notice = Notice {
                    key: "notify-asset-superseded",
                    args: vec![("title", title.clone()), ("number", version.number.to_string())],
                    link: format!("/assets/{id}"),
                    mail: true,
                    category: Some(Category::AssetUpdates),
                };
                notifications::notify(c, &scope, &config, &slug, &people, &notice)?;
            }
            Ok::<_, AppError>(version)
        })
    })
    .await;
    if let Err(e) = added {
        keys.remove(&state.storage).await;
        return Err(e);
    }
    Ok(see_other(&format!("/admin/assets/{id}"), Flash::success("asset-version-added")))
}

/// Any version's file, as uploaded (staff check what partners get).
async fn version_file(user: CurrentUser, path: web::Path<(i64, i64)>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, version) = path.into_inner();
    let scope = user.scope;
    let view = db::run(&state.pool, move |conn| Ok(model::find(conn, &scope, id)?)).await?.ok_or(AppError::NotFound)?;
    let (_, file) = view.versions.iter().find(|(v, _)| v.id == version).ok_or(AppError::NotFound)?;
    web_files::serve_stored(&state.storage, &scope, file, false).await
}

/// The thumbnail of the newest version for every locale.
async fn thumbnail(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    let scope = user.scope;
    let view = db::run(&state.pool, move |conn| Ok(model::find(conn, &scope, id)?)).await?.ok_or(AppError::NotFound)?;
    let file = view.thumbnail().ok_or(AppError::NotFound)?;
    web_files::serve_stored(&state.storage, &scope, file, true).await
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/assets", list)
        .get("/admin/assets/new", new)
        .post("/admin/assets", create)
        .get("/admin/assets/{id}", show)
        .post("/admin/assets/{id}", save)
        .post("/admin/assets/{id}/texts", save_text)
        .post("/admin/assets/{id}/versions", add_version)
        .get("/admin/assets/{id}/versions/{version}/file", version_file)
        .get("/admin/assets/{id}/thumbnail", thumbnail);
}
