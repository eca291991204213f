//! Co-branding zones of a PDF asset, on the asset's page: marking where a
//! partner's logo and details are stamped, removing a zone, and a sample
//! copy stamped for a made-up partner so the editor sees what partners get.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::assets::{PageInput, asset_page, template_message};
use crate::campaigns::assets::{self as model, AssetKind};
use crate::campaigns::cobrand::PartnerValues;
use crate::campaigns::zones::{self, MAX_TEXT, MAX_ZONES, ZoneInput, ZoneProblem};
use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::validate::FieldErrors;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::files::{self as web_files, Disposition};
use crate::web::flash::Flash;
use crate::web::redirect::see_other;

/// The zone form as typed; kept when it is sent back.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ZoneForm {
    #[serde(default)]
    pub page: String,
    #[serde(default)]
    pub x: String,
    #[serde(default)]
    pub y: String,
    #[serde(default)]
    pub width: String,
    #[serde(default)]
    pub height: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub text: String,
}

impl ZoneForm {
    pub fn fresh() -> Self {
        ZoneForm {
            page: "1".into(),
            x: "5".into(),
            y: "85".into(),
            width: "40".into(),
            height: "8".into(),
            what: "text".into(),
            text: String::new(),
        }
    }

    pub fn is_logo(&self) -> bool {
        self.what == "logo"
    }

    fn number(&self, ctx: &PageCtx, errors: &mut FieldErrors, field: &'static str, value: &str) -> i32 {
        match value.trim().parse::<i32>() {
            Ok(n) => n,
            Err(_) => {
                errors.add(field, ctx.t("zone-whole-number"));
                0
            }
        }
    }

    /// The typed zone, or the messages per field.
    fn validate(&self, ctx: &PageCtx, pages: i32, zones_now: usize) -> Result<zones::NewZone, FieldErrors> {
        let mut errors = FieldErrors::new();
        let input = ZoneInput {
            page: self.number(ctx, &mut errors, "page", &self.page),
            x: self.number(ctx, &mut errors, "x", &self.x),
            y: self.number(ctx, &mut errors, "y", &self.y),
            width: self.number(ctx, &mut errors, "width", &self.width),
            height: self.number(ctx, &mut errors, "height", &self.height),
            logo: self.is_logo(),
            text: self.text.clone(),
        };
        if !matches!(self.what.as_str(), "logo" | "text") {
            errors.add("what", ctx.t("form-invalid-choice"));
        }
        if self.text.chars().any(crate::validate::is_forbidden_control) {
            errors.add("text", ctx.t("form-invalid-characters"));
        }
        if zones_now >= MAX_ZONES {
            errors.add("page", ctx.t_with("zone-too-many", "max", MAX_ZONES));
        }
        let checked = input.check(pages);
        if let Err(problems) = &checked {
            for (field, problem) in problems {
                if errors.get(field).is_some() {
                    continue;
                }
                let message = match problem {
                    ZoneProblem::Page { pages } => ctx.t_count("zone-page-invalid", i64::from(*pages)),
                    ZoneProblem::OffPage => ctx.t("zone-off-page"),
                    ZoneProblem::TextMissing => ctx.t("form-required"),
                    ZoneProblem::TextTooLong => ctx.t_with("form-too-long", "max", MAX_TEXT),
                    ZoneProblem::LogoInText => ctx.t("zone-logo-in-text"),
                    ZoneProblem::Template(e) => template_message(ctx, e),
                };
                errors.add(*field, message);
            }
        }
        match checked {
            Ok(zone) if errors.is_empty() => Ok(zone),
            _ => Err(errors),
        }
    }
}

/// The asset, if it is one of the tenant's PDFs, and how many pages its longest version has.
async fn pdf_asset(user: &CurrentUser, id: i64, state: &AppState) -> Result<(model::AssetView, i32), AppError> {
    let scope = user.scope;
    let view = db::run(&state.pool, move |conn| Ok(model::find(conn, &scope, id)?)).await?.ok_or(AppError::NotFound)?;
    if view.kind() != Some(AssetKind::Pdf) {
        return Err(AppError::NotFound);
    }
    let pages = view.versions.iter().filter_map(|(_, f)| f.pages).max().unwrap_or(1);
    Ok((view, pages))
}

async fn add(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<ZoneForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    let (_, pages) = pdf_asset(&user, id, &state).await?;
    let scope = user.scope;
    let count = db::run(&state.pool, move |conn| Ok(zones::for_asset(conn, &scope, id)?.len())).await?;
    let form = form.into_inner();
    let zone = match form.validate(&ctx, pages, count) {
        Ok(zone) => zone,
        Err(errors) => {
            let input = PageInput {
                zone_form: Some(form),
                zone_errors: errors,
                status: Some(StatusCode::UNPROCESSABLE_ENTITY),
                ..PageInput::default()
            };
            return asset_page(ctx, &user, &tenant, id, input, &state).await;
        }
    };
    db::run(&state.pool, move |conn| db::transaction(conn, |c| Ok::<_, AppError>(zones::add(c, &scope, id, &zone)?))).await?;
    Ok(see_other(&format!("/admin/assets/{id}#zones-heading"), Flash::success("zone-added")))
}

async fn remove(user: CurrentUser, path: web::Path<(i64, i64)>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, zone) = path.into_inner();
    let scope = user.scope;
    let removed = db::run(&state.pool, move |conn| Ok(zones::remove(conn, &scope, id, zone)?)).await?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other(&format!("/admin/assets/{id}#zones-heading"), Flash::success("zone-removed")))
}

/// What the editor's samples and previews fill in: a made-up partner in the
/// editor's language (its name in Japanese for a Japanese editor), with the
/// tenant's own logo standing in for the partner's.
pub(super) fn sample_values(ctx: &PageCtx, state: &AppState, tenant: &CurrentTenant) -> PartnerValues {
    let portal = state.config.tenant_url(&tenant.0.tenant.slug);
    PartnerValues {
        partner_name: ctx.t("zone-sample-partner"),
        logo_url: tenant.0.settings.logo_path.as_ref().map(|_| format!("{portal}/branding/logo")),
        website: "https://partner.example".into(),
        contact_name: ctx.t("zone-sample-contact"),
        contact_email: "contact@partner.example".into(),
        contact_phone: "+1 555 0100".into(),
        landing_page_url: format!("{portal}/p/sample"),
        tenant_name: tenant.0.tenant.name.clone(),
    }
}

/// The current version stamped for a made-up partner in the editor's
/// language (its name in Japanese for a Japanese editor), with a sample logo.
async fn sample(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    let (view, _) = pdf_asset(&user, id, &state).await?;
    let (_, file) = view.current_for(ctx.locale().code()).cloned().ok_or(AppError::NotFound)?;
    let scope = user.scope;
    let zones = db::run(&state.pool, move |conn| Ok(zones::for_asset(conn, &scope, id)?)).await?;
    let values = sample_values(&ctx, &state, &tenant);
    let bytes = zones::stamped_sample(&state.storage, &scope, &file, &zones, &values, &tenant.0.settings.primary_color).await?;
    Ok(web_files::send(bytes, "application/pdf", &format!("sample-{}", file.file_name), Disposition::Inline))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .post("/admin/assets/{id}/zones", add)
        .post("/admin/assets/{id}/zones/{zone}/delete", remove)
        .get("/admin/assets/{id}/sample.pdf", sample);
}
