//! Campaigns as partners see them: the active ones for their tier (any
//! other is 404, by URL too), each with its assets from the library (those
//! their tier may see), downloads that count for the campaign, and marking
//! it activated with a note on how they run it. Opening one counts as a
//! view of the organisation.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::campaigns::assets::{self as assets, AssetView};
use crate::campaigns::campaign::{self as model, CampaignView, PartnerStep};
use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::state::AppState;
use crate::tenancy::scope::TenantScope;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

struct Partner {
    scope: TenantScope,
    org_id: i64,
    tier: Option<i64>,
}

async fn partner(user: &CurrentUser, state: &AppState) -> Result<Partner, AppError> {
    let (scope, org_id, tier) = crate::portal::assets::partner_tier(user, state).await?;
    Ok(Partner { scope, org_id, tier })
}

/// An active campaign for the partner's tier with the assets it may see, or 404.
async fn visible(user: &CurrentUser, id: i64, state: &AppState) -> Result<(Partner, CampaignView, Vec<AssetView>), AppError> {
    let p = partner(user, state).await?;
    let (scope, tier) = (p.scope, p.tier);
    let today = db::now().date();
    let (view, shown) = db::run(&state.pool, move |conn| {
        let view = model::active_for(conn, &scope, tier, today)?.into_iter().find(|v| v.campaign.id == id).ok_or(AppError::NotFound)?;
        let mut shown = Vec::new();
        for asset_id in &view.asset_ids {
            if let Some(asset) = assets::find(conn, &scope, *asset_id)?.filter(|a| assets::visible_to(a, tier)) {
                shown.push(asset);
            }
        }
        Ok((view, shown))
    })
    .await?;
    Ok((p, view, shown))
}

fn name_of(view: &CampaignView, ctx: &PageCtx, default: &str) -> (String, String, bool, String) {
    let (text, in_locale) = view.shown(ctx.locale().code(), default);
    (
        text.map(|t| t.name.clone()).unwrap_or_default(),
        text.map(|t| t.description.clone()).unwrap_or_default(),
        in_locale,
        text.map(|t| t.locale.clone()).unwrap_or_default(),
    )
}

#[derive(Template)]
#[template(path = "portal/campaigns.html")]
struct ListPage {
    ctx: PageCtx,
    /// (id, name, description, period, in the reader's language, language of the text)
    rows: Vec<(i64, String, String, String, bool, String)>,
}

fn period(ctx: &PageCtx, view: &CampaignView) -> String {
    ctx.format_period(view.campaign.starts_on, view.campaign.ends_on)
}

async fn list(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let p = partner(&user, &state).await?;
    let (scope, tier, today) = (p.scope, p.tier, db::now().date());
    let views = db::run(&state.pool, move |conn| Ok(model::active_for(conn, &scope, tier, today)?)).await?;
    let default = tenant.0.default_locale.code();
    let rows = views
        .iter()
        .map(|v| {
            let (name, description, in_locale, lang) = name_of(v, &ctx, default);
            (v.campaign.id, name, description, period(&ctx, v), in_locale, lang)
        })
        .collect();
    render(StatusCode::OK, &ListPage { ctx, rows })
}

#[derive(Template)]
#[template(path = "portal/campaign.html")]
struct CampaignPage {
    ctx: PageCtx,
    id: i64,
    name: String,
    description: String,
    in_locale: bool,
    lang: String,
    default_language: String,
    period: String,
    assets: Vec<AssetView>,
    activated: Option<String>,
    note: String,
    errors: FieldErrors,
    default_locale: String,
}

impl CampaignPage {
    fn asset_title(&self, asset: &AssetView) -> String {
        asset.shown(self.ctx.locale().code(), &self.default_locale).text.map(|t| t.title.clone()).unwrap_or_default()
    }

    fn kind_label(&self, asset: &AssetView) -> String {
        self.ctx.t(&format!("asset-kind-{}", asset.asset.kind))
    }
}

async fn page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    id: i64,
    typed: Option<(String, FieldErrors)>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let (p, view, shown) = visible(user, id, state).await?;
    let (scope, org_id, user_id) = (p.scope, p.org_id, user.user.id);
    let activated = db::run(&state.pool, move |conn| {
        model::record_step(conn, &scope, id, org_id, Some(user_id), PartnerStep::Viewed, "")?;
        Ok(model::activation(conn, &scope, id, org_id)?)
    })
    .await?;
    let default = tenant.0.default_locale;
    let (name, description, in_locale, lang) = name_of(&view, &ctx, default.code());
    let (note, errors, status) = match typed {
        Some((note, errors)) => (note, errors, StatusCode::UNPROCESSABLE_ENTITY),
        None => (activated.clone().unwrap_or_default(), FieldErrors::new(), StatusCode::OK),
    };
    let page = CampaignPage {
        period: period(&ctx, &view),
        default_language: ctx.t(default.name_message_id()),
        ctx,
        id,
        name,
        description,
        in_locale,
        lang,
        assets: shown,
        activated,
        note,
        errors,
        default_locale: default.code().into(),
    };
    render(status, &page)
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    page(ctx, &user, &tenant, id.into_inner(), None, &state).await
}

#[derive(Deserialize)]
pub struct ActivateForm {
    #[serde(default)]
    note: String,
}

async fn activate(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<ActivateForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let mut errors = FieldErrors::new();
    let note = validate::optional_text(ctx.translator(), &mut errors, "note", &form.note, 500);
    if !errors.is_empty() {
        return page(ctx, &user, &tenant, id, Some((form.into_inner().note, errors)), &state).await;
    }
    let (p, _, _) = visible(&user, id, &state).await?;
    let (scope, org_id, user_id) = (p.scope, p.org_id, user.user.id);
    db::run(&state.pool, move |conn| Ok(model::record_step(conn, &scope, id, org_id, Some(user_id), PartnerStep::Activated, &note)?))
        .await?;
    tracing::info!(tenant_id = scope.tenant_id(), campaign_id = id, org_id, "campaign.activated");
    Ok(see_other(&format!("/campaigns/{id}"), Flash::success("campaign-activated")))
}

/// An asset of the campaign, downloaded for the campaign (it counts there).
async fn download(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (id, asset_id) = path.into_inner();
    let (p, _, shown) = visible(&user, id, &state).await?;
    let asset = shown.into_iter().find(|a| a.asset.id == asset_id).ok_or(AppError::NotFound)?;
    let (version, _) = asset.current_for(ctx.locale().code()).cloned().ok_or(AppError::NotFound)?;
    let download =
        assets::Download { asset_id, version_id: version.id, organisation_id: p.org_id, user_id: user.user.id, campaign_id: Some(id) };
    let scope = p.scope;
    db::run(&state.pool, move |conn| Ok(assets::record_download(conn, &scope, &download)?)).await?;
    crate::portal::assets::partner_copy(&state, &tenant, scope, p.org_id, &asset, ctx.locale().code()).await
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/campaigns", list)
        .get("/campaigns/{id}", show)
        .post("/campaigns/{id}/activate", activate)
        .get("/campaigns/{id}/assets/{asset}/download", download);
}
