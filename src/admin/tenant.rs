//! Tenant administration for vendor admins: the overview, branding (with a
//! live htmx preview and logo upload), languages and welcome texts, and the
//! interface-text override editor.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::audit::{self, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::{self, Catalog, Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::storage::files::{self, StoredKeys};
use crate::storage::inspect::FileKind;
use crate::storage::model as stored;
use crate::storage::store::Area;
use crate::tenancy::branding::{DEFAULT_ACCENT, DEFAULT_PRIMARY};
use crate::tenancy::branding::{is_hex_color, readable_text_on};
use crate::tenancy::model::{self, FooterLink, SettingsValues};
use crate::tenancy::scope::scoped;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::hx::HxRequest;
use crate::web::redirect::see_other;
use crate::web::render::render;
use crate::web::upload;

const MAX_LOGO_BYTES: usize = 512 * 1024;

// ---- overview ----

#[derive(Template)]
#[template(path = "admin/overview.html")]
struct OverviewPage {
    ctx: PageCtx,
    users: String,
    partners: String,
    queued_mail: String,
    storage_used: String,
}

async fn overview(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    if !ctx.can_administer() {
        return Err(AppError::Forbidden);
    }
    let scope = user.scope;
    let (users, partners, queued, stored) = db::run(&state.pool, move |conn| {
        use crate::db::schema::mail_outbox;
        use diesel::prelude::*;
        let queued: i64 = scoped!(mail_outbox, scope).filter(mail_outbox::status.ne("sent")).count().get_result(conn)?;
        Ok((
            crate::identity::model::count(conn, &scope)?,
            crate::tenancy::organisations::count_partners(conn, &scope)?,
            queued,
            stored::bytes_used(conn, &scope)?,
        ))
    })
    .await?;
    let (users, partners, queued_mail) = (ctx.format_number(users), ctx.format_number(partners), ctx.format_number(queued));
    let storage_used = ctx.file_size(stored);
    render(StatusCode::OK, &OverviewPage { ctx, users, partners, queued_mail, storage_used })
}

// ---- branding ----

#[derive(Deserialize, Default, Clone)]
pub struct BrandingForm {
    #[serde(default)]
    portal_name: String,
    #[serde(default)]
    primary_color: String,
    #[serde(default)]
    accent_color: String,
    #[serde(default)]
    mail_sender_name: String,
    #[serde(default)]
    footer_links: String,
}

pub struct ValidBranding {
    portal_name: String,
    primary_color: String,
    accent_color: String,
    mail_sender_name: String,
    footer_links: Vec<FooterLink>,
}

impl BrandingForm {
    fn from_settings(s: &model::TenantSettings) -> Self {
        Self {
            portal_name: s.portal_name.clone(),
            primary_color: s.primary_color.clone(),
            accent_color: s.accent_color.clone(),
            mail_sender_name: s.mail_sender_name.clone(),
            footer_links: s.footer_links().iter().map(|l| format!("{} | {}", l.label, l.url)).collect::<Vec<_>>().join("\n"),
        }
    }

    pub fn validate(&self, t: &Translator) -> Result<ValidBranding, FieldErrors> {
        let mut errors = FieldErrors::new();
        let portal_name = validate::required_text(t, &mut errors, "portal_name", &self.portal_name, 100);
        let mail_sender_name = validate::required_text(t, &mut errors, "mail_sender_name", &self.mail_sender_name, 100);
        let color = |errors: &mut FieldErrors, field: &'static str, value: &str| {
            let value = value.trim().to_ascii_lowercase();
            if !is_hex_color(&value) {
                errors.add(field, t.t("branding-invalid-color"));
            }
            value
        };
        let primary_color = color(&mut errors, "primary_color", &self.primary_color);
        let accent_color = color(&mut errors, "accent_color", &self.accent_color);
        let mut footer_links = Vec::new();
        for line in self.footer_links.lines().map(str::trim).filter(|l| !l.is_empty()).take(10) {
            match line.split_once('|') {
                Some((label, url))
                    if !label.trim().is_empty() && crate::validate::is_safe_link(url.trim()) && label.trim().chars().count() <= 60 =>
                {
                    footer_links.push(FooterLink { label: label.trim().to_string(), url: url.trim().to_string() })
                }
                _ => errors.add("footer_links", t.t_args("branding-invalid-link", &[("line", line)])),
            }
        }
        errors.into_result(ValidBranding { portal_name, primary_color, accent_color, mail_sender_name, footer_links })
    }
}

#[derive(Template)]
#[template(path = "admin/branding.html")]
struct BrandingPage {
    ctx: PageCtx,
    form: BrandingForm,
    errors: FieldErrors,
    preview: BrandingPreview,
    has_logo: bool,
    logo_error: Option<String>,
}

#[derive(Template)]
#[template(path = "admin/branding_preview.html")]
struct BrandingPreview {
    portal_name: String,
    css_url: String,
    sample_button: String,
    sample_heading: String,
}

fn preview(ctx: &PageCtx, form: &BrandingForm) -> BrandingPreview {
    let pick = |v: &str, fallback: &str| {
        let v = v.trim().to_ascii_lowercase();
        if is_hex_color(&v) { v } else { fallback.to_string() }
    };
    let primary = pick(&form.primary_color, DEFAULT_PRIMARY);
    let accent = pick(&form.accent_color, DEFAULT_ACCENT);
    let q = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    BrandingPreview {
        portal_name: if form.portal_name.trim().is_empty() { ctx.portal_name() } else { form.portal_name.trim().to_string() },
        css_url: format!("/admin/branding/preview.css?primary={}&accent={}", q(&primary), q(&accent)),
        sample_button: ctx.t("branding-preview-button"),
        sample_heading: ctx.t("branding-preview-heading"),
    }
}

async fn branding_page(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let form = BrandingForm::from_settings(&tenant.0.settings);
    let preview = preview(&ctx, &form);
    let has_logo = tenant.0.settings.logo_path.is_some();
    render(StatusCode::OK, &BrandingPage { ctx, form, errors: FieldErrors::new(), preview, has_logo, logo_error: None })
}

async fn branding_save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    form: web::Form<BrandingForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let form = form.into_inner();
    let valid = match form.validate(ctx.translator()) {
        Ok(v) => v,
        Err(errors) => {
            let preview = preview(&ctx, &form);
            let has_logo = tenant.0.settings.logo_path.is_some();
            return render(StatusCode::UNPROCESSABLE_ENTITY, &BrandingPage { ctx, form, errors, preview, has_logo, logo_error: None });
        }
    };
    let (scope, who) = (user.scope, user.actor());
    let current = tenant.0.settings.clone();
    db::run(&state.pool, move |conn| {
        let footer = serde_json::to_string(&valid.footer_links).map_err(|e| AppError::Internal(e.into()))?;
        db::transaction(conn, |c| {
            model::update_settings(
                c,
                &scope,
                &SettingsValues {
                    portal_name: &valid.portal_name,
                    primary_color: &valid.primary_color,
                    accent_color: &valid.accent_color,
                    mail_sender_name: &valid.mail_sender_name,
                    footer_links: &footer,
                    ..current.values(db::now())
                },
            )?;
            let diff = serde_json::json!({
                "portal_name": valid.portal_name,
                "primary_color": valid.primary_color,
                "accent_color": valid.accent_color,
                "mail_sender_name": valid.mail_sender_name,
                "footer_links": footer,
            });
            audit::record(c, &scope, &who, &Entry::new("tenant.branding_updated", "tenant", scope.tenant_id()).changes(diff))
        })?;
        Ok(())
    })
    .await?;
    tracing::info!(tenant_id = scope.tenant_id(), user_id = user.user.id, "admin.branding_saved");
    Ok(see_other("/admin/branding", Flash::success("form-saved")))
}

/// The htmx live preview: the same form, not saved.
async fn branding_preview(ctx: PageCtx, user: CurrentUser, form: web::Form<BrandingForm>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    render(StatusCode::OK, &preview(&ctx, &form))
}

#[derive(Deserialize)]
struct PreviewColours {
    #[serde(default)]
    primary: String,
    #[serde(default)]
    accent: String,
}

/// Colours for the preview as a stylesheet (the CSP allows no inline styles).
async fn preview_css(user: CurrentUser, q: web::Query<PreviewColours>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    if !is_hex_color(&q.primary) || !is_hex_color(&q.accent) {
        return Err(AppError::BadRequest);
    }
    let css = format!(
        ".brand-preview {{ --brand-primary: {p}; --brand-on-primary: {op}; --brand-accent: {a}; --brand-on-accent: {oa}; }}\n",
        p = q.primary,
        op = readable_text_on(&q.primary),
        a = q.accent,
        oa = readable_text_on(&q.accent)
    );
    Ok(HttpResponse::Ok().content_type("text/css; charset=utf-8").body(css))
}

async fn logo_upload(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let form = upload::read(&req, payload, "logo", MAX_LOGO_BYTES, state.config.max_body_bytes).await?;
    let refuse = |ctx: PageCtx, status: StatusCode, message: String| {
        let form = BrandingForm::from_settings(&tenant.0.settings);
        let preview = preview(&ctx, &form);
        let has_logo = tenant.0.settings.logo_path.is_some();
        render(status, &BrandingPage { ctx, form, errors: FieldErrors::new(), preview, has_logo, logo_error: Some(message) })
    };
    if form.file_too_large {
        let message = upload::too_large_message(&ctx, MAX_LOGO_BYTES);
        return refuse(ctx, StatusCode::PAYLOAD_TOO_LARGE, message);
    }
    let Some((name, bytes)) = form.file.filter(|(_, b)| !b.is_empty()) else {
        let message = ctx.t("branding-logo-missing");
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, message);
    };
    let scope = user.scope;
    // The key is ours: the tenant's space and a fresh id, never the upload's name.
    let prepared = match files::prepare(&state.storage, &scope, Area::Branding, bytes, &FileKind::IMAGES, &name).await? {
        Ok(prepared) => prepared,
        Err(refusal) => {
            let message = upload::refusal_message(&ctx, refusal);
            return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, message);
        }
    };
    let keys = prepared.keys();
    let old = tenant.0.settings.logo_path.clone();
    let current = tenant.0.settings.clone();
    let (uploader, who) = (user.user.id, user.actor());
    let saved = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let now = db::now();
            let file = stored::record(c, &scope, &prepared.record(Some(uploader)), now)?;
            let diff = serde_json::json!({ "logo_file_id": file.id, "size_bytes": file.size_bytes });
            audit::record(c, &scope, &who, &Entry::new("tenant.logo_changed", "tenant", scope.tenant_id()).changes(diff))?;
            let mime = prepared.accepted.kind.mime();
            model::update_settings(
                c,
                &scope,
                &SettingsValues { logo_path: Some(prepared.key.as_str()), logo_mime: Some(mime), ..current.values(now) },
            )?;
            // The old logo's record goes; its bytes after the commit.
            let old = match old.as_deref().and_then(|o| stored::find_by_key(c, &scope, o).transpose()) {
                Some(found) => {
                    let found = found?;
                    stored::forget(c, &scope, found.id)?;
                    StoredKeys::of(&scope, &found)
                }
                None => StoredKeys::default(),
            };
            Ok::<_, AppError>(old)
        })
    })
    .await;
    match saved {
        Ok(stale) => {
            stale.remove(&state.storage).await;
            Ok(see_other("/admin/branding", Flash::success("branding-logo-saved")))
        }
        Err(e) => {
            keys.remove(&state.storage).await;
            Err(e)
        }
    }
}

// ---- languages and welcome texts ----

#[derive(Template)]
#[template(path = "admin/languages.html")]
struct LanguagesPage {
    ctx: PageCtx,
    options: Vec<LocaleChoice>,
    errors: FieldErrors,
    welcome_locale: &'static str,
    welcome_locales: Vec<LocaleChoice>,
    welcome: String,
}

struct LocaleChoice {
    code: &'static str,
    name: String,
    enabled: bool,
    default: bool,
}

fn choices(enabled: &[Locale], default: Locale, current: Option<Locale>) -> Vec<LocaleChoice> {
    Locale::ALL
        .into_iter()
        .map(|l| LocaleChoice {
            code: l.code(),
            name: Translator::plain(l).t(l.name_message_id()),
            enabled: enabled.contains(&l),
            default: current.map_or(l == default, |c| c == l),
        })
        .collect()
}

#[derive(Deserialize)]
struct WelcomeQuery {
    #[serde(default)]
    locale: String,
}

async fn languages_page(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    q: web::Query<WelcomeQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let welcome_locale = Locale::from_code(&q.locale).filter(|l| tenant.0.enabled_locales.contains(l)).unwrap_or(tenant.0.default_locale);
    languages(ctx, &tenant, welcome_locale, None, FieldErrors::new(), &state).await
}

/// The languages page with the welcome text of `welcome_locale` — or, after
/// a failed save, the text as typed and the messages (422).
async fn languages(
    ctx: PageCtx,
    tenant: &CurrentTenant,
    welcome_locale: Locale,
    typed_welcome: Option<String>,
    errors: FieldErrors,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let t = &tenant.0;
    let scope = t.scope;
    let welcome = match typed_welcome {
        Some(text) => text,
        None => db::run(&state.pool, move |conn| Ok(model::welcome(conn, &scope, welcome_locale, welcome_locale)?))
            .await?
            .map(|w| w.0)
            .unwrap_or_default(),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(
        status,
        &LanguagesPage {
            options: choices(&t.enabled_locales, t.default_locale, None),
            welcome_locales: t
                .enabled_locales
                .iter()
                .map(|l| LocaleChoice {
                    code: l.code(),
                    name: Translator::plain(*l).t(l.name_message_id()),
                    enabled: true,
                    default: *l == welcome_locale,
                })
                .collect(),
            welcome_locale: welcome_locale.code(),
            welcome,
            ctx,
            errors,
        },
    )
}

async fn languages_save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    // `enabled` repeats (one per checkbox), which serde forms cannot collect.
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let enabled: Vec<Locale> =
        i18n::parse_locale_list(&pairs.iter().filter(|(k, _)| k == "enabled").map(|(_, v)| v.as_str()).collect::<Vec<_>>().join(","));
    let default = pairs.iter().find(|(k, _)| k == "default").and_then(|(_, v)| Locale::from_code(v));
    let mut errors = FieldErrors::new();
    match default {
        None => errors.add("default", ctx.t("form-invalid-choice")),
        Some(d) if !enabled.contains(&d) => errors.add("default", ctx.t("languages-default-not-enabled")),
        _ => {}
    }
    let Some(default) = default.filter(|_| errors.is_empty()) else {
        let t = &tenant.0;
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &LanguagesPage {
                options: choices(&enabled, t.default_locale, default),
                welcome_locales: Vec::new(),
                welcome_locale: t.default_locale.code(),
                welcome: String::new(),
                ctx,
                errors,
            },
        );
    };
    let (scope, who) = (user.scope, user.actor());
    let current = tenant.0.settings.clone();
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            model::update_settings(
                c,
                &scope,
                &SettingsValues {
                    default_locale: default.code(),
                    enabled_locales: &i18n::format_locale_list(&enabled),
                    ..current.values(db::now())
                },
            )?;
            let diff = serde_json::json!({ "default_locale": default.code(), "enabled_locales": i18n::format_locale_list(&enabled) });
            audit::record(c, &scope, &who, &Entry::new("tenant.languages_updated", "tenant", scope.tenant_id()).changes(diff))
        })?;
        Ok(())
    })
    .await?;
    Ok(see_other("/admin/languages", Flash::success("form-saved")))
}

#[derive(Deserialize)]
struct WelcomeForm {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    body: String,
}

async fn welcome_save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    form: web::Form<WelcomeForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let locale = Locale::from_code(&form.locale).filter(|l| tenant.0.enabled_locales.contains(l)).ok_or(AppError::BadRequest)?;
    let mut errors = FieldErrors::new();
    if form.body.trim().is_empty() {
        errors.add("body", ctx.t("welcome-empty"));
    }
    let body = validate::required_text(ctx.translator(), &mut errors, "body", &form.body, 5_000);
    if !errors.is_empty() {
        return languages(ctx, &tenant, locale, Some(form.into_inner().body), errors, &state).await;
    }
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            model::set_welcome(c, &scope, locale, &body)?;
            let diff = serde_json::json!({ "locale": locale.code(), "body": body });
            audit::record(c, &scope, &who, &Entry::new("tenant.welcome_updated", "tenant", scope.tenant_id()).changes(diff))
        })?)
    })
    .await?;
    Ok(see_other(&format!("/admin/languages?locale={}", locale.code()), Flash::success("form-saved")))
}

// ---- interface texts ----

pub struct TextRow {
    pub id: String,
    pub built_in: String,
    pub current: Option<String>,
    /// Why what was typed for this text was refused (it is shown again).
    pub error: Option<String>,
}

impl TextRow {
    /// The field's id and its message's, for the label and aria-describedby.
    pub fn field(&self) -> String {
        format!("override-{}", self.id)
    }
}

#[derive(Template)]
#[template(path = "admin/texts.html")]
struct TextsPage {
    ctx: PageCtx,
    locale: &'static str,
    locales: Vec<LocaleChoice>,
    query: String,
    rows: Vec<TextRow>,
    total: usize,
    /// The term-rename form: as typed, and its messages.
    rename: RenameForm,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "admin/texts_rows.html")]
struct TextsRows {
    ctx: PageCtx,
    locale: &'static str,
    rows: Vec<TextRow>,
    total: usize,
}

#[derive(Deserialize)]
struct TextsQuery {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    q: String,
}

const TEXTS_SHOWN: usize = 60;

/// A text just refused: shown again as typed, with why.
struct RefusedText {
    id: String,
    typed: String,
    error: String,
}

/// The tenant's texts in `locale` whose id or words contain `needle`
/// (operator-only messages left out); `refused` is a text just refused,
/// shown again with why.
fn text_rows(
    locale: Locale,
    overrides: &std::collections::HashMap<String, String>,
    needle: &str,
    refused: Option<&RefusedText>,
) -> Vec<TextRow> {
    let needle = needle.trim().to_lowercase();
    let built_in = Translator::plain(locale);
    Catalog::message_ids(Locale::EnUs)
        .into_iter()
        .filter(|(id, _)| !i18n::texts::operator_only(id))
        .map(|(id, _)| {
            let (current, error) = match refused {
                Some(r) if r.id == id => (Some(r.typed.clone()), Some(r.error.clone())),
                _ => (overrides.get(&id).cloned(), None),
            };
            TextRow { built_in: catalog_text(&built_in, &id), current, error, id }
        })
        .filter(|r| {
            needle.is_empty()
                || r.id.to_lowercase().contains(&needle)
                || r.built_in.to_lowercase().contains(&needle)
                || r.current.as_ref().is_some_and(|c| c.to_lowercase().contains(&needle))
        })
        .collect()
}

fn text_locale(tenant: &CurrentTenant, code: &str) -> Locale {
    Locale::from_code(code).filter(|l| tenant.0.enabled_locales.contains(l)).unwrap_or(tenant.0.default_locale)
}

/// The first texts of `locale` matching `query`, and how many match.
async fn shown_texts(
    state: &AppState,
    user: &CurrentUser,
    locale: Locale,
    query: &str,
    refused: Option<&RefusedText>,
) -> Result<(Vec<TextRow>, usize), AppError> {
    let scope = user.scope;
    let overrides = db::run(&state.pool, move |conn| Ok(model::overrides(conn, &scope, locale)?)).await?;
    let matching = text_rows(locale, &overrides, query, refused);
    let total = matching.len();
    Ok((matching.into_iter().take(TEXTS_SHOWN).collect(), total))
}

#[allow(clippy::too_many_arguments)]
async fn texts_view(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    locale: Locale,
    query: String,
    refused: Option<RefusedText>,
    rename: RenameForm,
    errors: FieldErrors,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let (rows, total) = shown_texts(state, user, locale, &query, refused.as_ref()).await?;
    let locales = tenant
        .0
        .enabled_locales
        .iter()
        .map(|l| LocaleChoice { code: l.code(), name: Translator::plain(*l).t(l.name_message_id()), enabled: true, default: *l == locale })
        .collect();
    let status = if refused.is_some() || !errors.is_empty() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    render(status, &TextsPage { ctx, locale: locale.code(), locales, query, rows, total, rename, errors })
}

async fn texts_page(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    hx: HxRequest,
    query: web::Query<TextsQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let locale = text_locale(&tenant, &query.locale);
    if hx.wants_fragment() {
        let (rows, total) = shown_texts(&state, &user, locale, &query.q, None).await?;
        return render(StatusCode::OK, &TextsRows { ctx, locale: locale.code(), rows, total });
    }
    texts_view(ctx, &user, &tenant, locale, query.q.clone(), None, RenameForm::default(), FieldErrors::new(), &state).await
}

/// The built-in text with its placeholders shown as written (`{ $portal }`).
fn catalog_text(t: &Translator, id: &str) -> String {
    let vars = i18n::texts::placeholders(id);
    let args: Vec<(String, String)> = vars.iter().map(|v| (v.clone(), format!("{{ ${v} }}"))).collect();
    let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    t.t_args(id, &refs)
}

/// Why a text was refused, in the reader's language.
fn problem_message(t: &Translator, problem: &i18n::texts::TextProblem) -> String {
    use i18n::texts::TextProblem;
    match problem {
        TextProblem::Brace => t.t("texts-error-brace"),
        TextProblem::DefaultVariant => t.t("texts-error-default"),
        TextProblem::Reference => t.t("texts-error-reference"),
        TextProblem::UnknownPlaceholder { name, known } if known.is_empty() => {
            t.t_args("texts-error-no-placeholders", &[("name", &format!("{{ ${name} }}"))])
        }
        TextProblem::UnknownPlaceholder { name, known } => {
            let known = known.iter().map(|k| format!("{{ ${k} }}")).collect::<Vec<_>>().join(", ");
            t.t_args("texts-error-placeholder", &[("name", &format!("{{ ${name} }}")), ("known", &known)])
        }
        TextProblem::Syntax(detail) => t.t_args("texts-error-syntax", &[("detail", detail)]),
    }
}

#[derive(Deserialize)]
struct TextForm {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    remove: Option<String>,
}

async fn texts_save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    form: web::Form<TextForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let locale = Locale::from_code(&form.locale).filter(|l| tenant.0.enabled_locales.contains(l)).ok_or(AppError::BadRequest)?;
    if !Catalog::global().has_message(Locale::EnUs, &form.id) || i18n::texts::operator_only(&form.id) {
        return Err(AppError::BadRequest);
    }
    let (id, value, remove) = (form.id.clone(), form.value.trim().to_string(), form.remove.is_some() || form.value.trim().is_empty());
    if !remove {
        let refusal = if value.chars().count() > 2_000 || value.chars().any(validate::is_forbidden_control) {
            Some(ctx.t("texts-invalid"))
        } else {
            i18n::texts::check(&id, &value).err().map(|p| problem_message(ctx.translator(), &p))
        };
        if let Some(error) = refusal {
            let refused = Some(RefusedText { id: id.clone(), typed: form.value.clone(), error });
            return texts_view(ctx, &user, &tenant, locale, id, refused, RenameForm::default(), FieldErrors::new(), &state).await;
        }
    }
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            if remove {
                model::remove_override(c, &scope, locale, &id)?;
            } else {
                model::set_override(c, &scope, locale, &id, &value)?;
            }
            let diff = serde_json::json!({ "locale": locale.code(), "message": id, "value": (!remove).then_some(&value) });
            audit::record(c, &scope, &who, &Entry::new("tenant.text_overridden", "tenant", scope.tenant_id()).changes(diff))
        })?;
        Ok(())
    })
    .await?;
    let back =
        format!("/admin/texts?locale={}&q={}", locale.code(), url::form_urlencoded::byte_serialize(form.id.as_bytes()).collect::<String>());
    drop(ctx);
    Ok(see_other(&back, Flash::success(if remove { "texts-removed" } else { "form-saved" })))
}

/// Renaming a term across a locale's texts: what was typed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct RenameForm {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    /// Present on the confirming form: apply, rather than preview.
    #[serde(default)]
    apply: Option<String>,
}

/// One text a rename changes.
pub struct RenameChange {
    pub id: String,
    pub before: String,
    pub after: String,
}

#[derive(Template)]
#[template(path = "admin/texts_rename.html")]
struct RenamePage {
    ctx: PageCtx,
    locale: &'static str,
    locale_name: String,
    form: RenameForm,
    changes: Vec<RenameChange>,
}

impl RenamePage {
    fn summary(&self) -> String {
        let args = [("from", self.form.from.trim()), ("to", self.form.to.trim()), ("language", self.locale_name.as_str())];
        self.ctx.translator().t_args("texts-rename-summary", &args)
    }

    fn count(&self) -> i64 {
        self.changes.len() as i64
    }
}

impl RenameForm {
    fn validate(&self, t: &Translator) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let from = validate::required_text(t, &mut errors, "from", &self.from, 60);
        let to = validate::required_text(t, &mut errors, "to", &self.to, 60);
        if errors.is_empty() && from.to_lowercase() == to.to_lowercase() {
            errors.add("to", t.t("texts-rename-same"));
        }
        if errors.is_empty() && to.contains(['{', '}']) {
            errors.add("to", t.t("texts-error-brace"));
        }
        errors.into_result((from, to))
    }
}

/// Every text of `locale` (the tenant's own where it has one) the rename changes.
fn rename_changes(locale: Locale, overrides: &std::collections::HashMap<String, String>, from: &str, to: &str) -> Vec<RenameChange> {
    i18n::texts::all_sources(locale)
        .into_iter()
        .filter(|(id, _)| !i18n::texts::operator_only(id))
        .filter_map(|(id, built_in)| {
            let before = overrides.get(&id).cloned().unwrap_or(built_in);
            let after = i18n::texts::rename(&id, &before, from, to)?;
            i18n::texts::check(&id, &after).ok()?;
            Some(RenameChange { id, before, after })
        })
        .collect()
}

/// `POST /admin/texts/rename`: a preview of every text the rename changes
/// and, confirmed, the change itself (one transaction).
async fn texts_rename(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    form: web::Form<RenameForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let form = form.into_inner();
    let locale = text_locale(&tenant, &form.locale);
    let (from, to) = match form.validate(ctx.translator()) {
        Ok(terms) => terms,
        Err(errors) => return texts_view(ctx, &user, &tenant, locale, String::new(), None, form, errors, &state).await,
    };
    let scope = user.scope;
    let overrides = db::run(&state.pool, move |conn| Ok(model::overrides(conn, &scope, locale)?)).await?;
    let changes = rename_changes(locale, &overrides, &from, &to);
    if form.apply.is_none() || changes.is_empty() {
        let locale_name = Translator::plain(locale).t(locale.name_message_id());
        return render(StatusCode::OK, &RenamePage { ctx, locale: locale.code(), locale_name, form, changes });
    }
    let who = user.actor();
    let count = changes.len();
    db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            for change in &changes {
                model::set_override(c, &scope, locale, &change.id, &change.after)?;
            }
            let diff = serde_json::json!({ "locale": locale.code(), "from": from, "to": to, "texts": count });
            audit::record(c, &scope, &who, &Entry::new("tenant.term_renamed", "tenant", scope.tenant_id()).changes(diff))
        })?)
    })
    .await?;
    let back = format!(
        "/admin/texts?locale={}&q={}",
        locale.code(),
        url::form_urlencoded::byte_serialize(form.to.trim().as_bytes()).collect::<String>()
    );
    Ok(see_other(&back, Flash::success("texts-renamed")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin", overview)
        .get("/admin/branding", branding_page)
        .post("/admin/branding", branding_save)
        .post("/admin/branding/preview", branding_preview)
        .get("/admin/branding/preview.css", preview_css)
        .post("/admin/branding/logo", logo_upload)
        .get("/admin/languages", languages_page)
        .post("/admin/languages", languages_save)
        .post("/admin/welcome", welcome_save)
        .get("/admin/texts", texts_page)
        .post("/admin/texts", texts_save)
        .post("/admin/texts/rename", texts_rename);
}
