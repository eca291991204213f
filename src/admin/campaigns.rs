//! Campaigns for marketing editors (and vendor admins): the list with each
//! campaign's status (from its period), adding one, its page — name and
//! description per locale, period, target tiers, assets, ready or draft —
//! and its numbers: partners notified, viewed, activated (with their notes),
//! downloads per asset version, per partner organisation, and as CSV.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::audit::{self, Entry};
use crate::campaigns::assets::{self as assets, AssetStatus, AssetView};
use crate::campaigns::campaign::{self as model, CampaignInput, CampaignStats, CampaignView, PartnerStep};
use crate::db;
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::model::{self as tenancy, Tier};
use crate::validate::{self, FieldErrors};
use crate::web::chart::{Chart, bar_chart};
use crate::web::csv;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

/// The campaign form as sent (tiers and assets repeat, one per ticked box).
#[derive(Default, Clone)]
pub struct CampaignForm {
    locale: String,
    name: String,
    description: String,
    starts_on: String,
    ends_on: String,
    ready: bool,
    tiers: Vec<String>,
    assets: Vec<String>,
    form_key: String,
}

impl CampaignForm {
    fn parse(body: &[u8]) -> Self {
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
        let one = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        let all = |name: &str| pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect();
        Self {
            locale: one("locale"),
            name: one("name"),
            description: one("description"),
            starts_on: one("starts_on"),
            ends_on: one("ends_on"),
            ready: one("ready") == "1",
            tiers: all("tier"),
            assets: all("asset"),
            form_key: one("form_key"),
        }
    }

    fn of(view: &CampaignView, locale: Locale) -> Self {
        let text = view.text_in(locale.code());
        Self {
            locale: locale.code().into(),
            name: text.map(|t| t.name.clone()).unwrap_or_default(),
            description: text.map(|t| t.description.clone()).unwrap_or_default(),
            starts_on: view.campaign.starts_on.to_string(),
            ends_on: view.campaign.ends_on.to_string(),
            ready: view.campaign.draft == 0,
            tiers: view.tier_ids.iter().map(i64::to_string).collect(),
            assets: view.asset_ids.iter().map(i64::to_string).collect(),
            form_key: String::new(),
        }
    }

    fn has_tier(&self, id: &i64) -> bool {
        self.tiers.contains(&id.to_string())
    }

    fn has_asset(&self, id: &i64) -> bool {
        self.assets.contains(&id.to_string())
    }

    fn ids(values: &[String]) -> Vec<i64> {
        values.iter().filter_map(|v| v.parse().ok()).collect()
    }

    fn validate(&self, t: &Translator, enabled: &[Locale]) -> Result<Valid, FieldErrors> {
        let mut errors = FieldErrors::new();
        let locale = Locale::from_code(&self.locale).filter(|l| enabled.contains(l));
        if locale.is_none() {
            errors.add("locale", t.t("form-invalid-choice"));
        }
        let name = validate::required_text(t, &mut errors, "name", &self.name, 160);
        let description = validate::optional_text(t, &mut errors, "description", &self.description, 4_000);
        let date = |errors: &mut FieldErrors, field: &'static str, text: &str| match NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
            Ok(d) if (2000..=2100).contains(&chrono::Datelike::year(&d)) => Some(d),
            _ => {
                errors.add(field, t.t("campaign-invalid-date"));
                None
            }
        };
        let starts_on = date(&mut errors, "starts_on", &self.starts_on);
        let ends_on = date(&mut errors, "ends_on", &self.ends_on);
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            errors.add("ends_on", t.t("campaign-ends-before-start"));
        }
        match (locale, starts_on, ends_on) {
            (Some(locale), Some(starts_on), Some(ends_on)) if errors.is_empty() => {
                Ok(Valid { locale, name, description, starts_on, ends_on })
            }
            _ => Err(errors),
        }
    }
}

struct Valid {
    locale: Locale,
    name: String,
    description: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
}

impl Valid {
    fn input<'a>(&'a self, ready: bool, tier_ids: &'a [i64], asset_ids: &'a [i64]) -> CampaignInput<'a> {
        CampaignInput {
            locale: self.locale,
            name: &self.name,
            description: &self.description,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            ready,
            tier_ids,
            asset_ids,
        }
    }
}

/// Labels both campaign pages use.
pub struct Labels<'a> {
    ctx: &'a PageCtx,
    default_locale: &'a str,
}

impl Labels<'_> {
    pub fn status(&self, view: &CampaignView) -> String {
        self.ctx.t(&format!("campaign-status-{}", view.campaign.status(db::now().date()).as_str()))
    }

    pub fn status_code(&self, view: &CampaignView) -> &'static str {
        view.campaign.status(db::now().date()).as_str()
    }

    pub fn name(&self, view: &CampaignView) -> String {
        view.shown(self.ctx.locale().code(), self.default_locale).0.map(|t| t.name.clone()).unwrap_or_default()
    }

    pub fn period(&self, view: &CampaignView) -> String {
        self.ctx.format_period(view.campaign.starts_on, view.campaign.ends_on)
    }

    pub fn count(&self, n: usize) -> String {
        self.ctx.format_number(n as i64)
    }

    pub fn asset_title(&self, asset: &AssetView) -> String {
        asset.shown(self.ctx.locale().code(), self.default_locale).text.map(|t| t.title.clone()).unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "admin/campaigns.html")]
struct ListPage {
    ctx: PageCtx,
    rows: Vec<CampaignView>,
    default_locale: String,
}

impl ListPage {
    fn labels(&self) -> Labels<'_> {
        Labels { ctx: &self.ctx, default_locale: &self.default_locale }
    }
}

async fn list(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let scope = user.scope;
    let rows = db::run(&state.pool, move |conn| Ok(model::list(conn, &scope)?)).await?;
    render(StatusCode::OK, &ListPage { ctx, rows, default_locale: tenant.0.default_locale.code().into() })
}

#[derive(Template)]
#[template(path = "admin/campaign.html")]
struct CampaignPage {
    ctx: PageCtx,
    /// None: the add form.
    view: Option<CampaignView>,
    form: CampaignForm,
    errors: FieldErrors,
    tiers: Vec<Tier>,
    assets: Vec<AssetView>,
    locales: Vec<Locale>,
    default_locale: String,
    stats: CampaignStats,
}

impl CampaignPage {
    fn labels(&self) -> Labels<'_> {
        Labels { ctx: &self.ctx, default_locale: &self.default_locale }
    }

    fn action(&self) -> String {
        self.view.as_ref().map_or("/admin/campaigns".into(), |v| format!("/admin/campaigns/{}", v.campaign.id))
    }

    fn count(&self, step: &str) -> String {
        let step = match step {
            "notified" => PartnerStep::Notified,
            "viewed" => PartnerStep::Viewed,
            _ => PartnerStep::Activated,
        };
        self.ctx.format_number(self.stats.count(step) as i64)
    }

    /// Partners notified, who viewed, who activated: the funnel.
    fn funnel(&self) -> Chart {
        let rows = [
            ("campaign-stats-notified", PartnerStep::Notified),
            ("campaign-stats-viewed", PartnerStep::Viewed),
            ("campaign-stats-activated", PartnerStep::Activated),
        ]
        .into_iter()
        .map(|(label, step)| (self.ctx.t(label), self.stats.count(step) as i64, String::new()))
        .collect();
        bar_chart(&self.ctx, "funnel", self.ctx.t("campaign-stats-funnel"), None, rows)
    }

    /// Downloads from this campaign per partner organisation.
    fn by_partner(&self) -> Chart {
        let rows = self.stats.partners.iter().map(|p| (p.name.clone(), p.downloads, String::new())).collect();
        bar_chart(&self.ctx, "downloads", self.ctx.t("campaign-stats-downloads-per-partner"), Some("campaign-stats-downloads-total"), rows)
    }

    /// (asset title, version number, downloads) from this campaign.
    fn downloads(&self) -> Vec<(String, i32, String)> {
        let mut rows = Vec::new();
        for asset in &self.assets {
            for (version, _) in &asset.versions {
                if let Some(n) = self.stats.downloads.get(&(asset.asset.id, version.id)) {
                    rows.push((self.labels().asset_title(asset), version.number, self.ctx.format_number(*n)));
                }
            }
        }
        rows
    }

    fn missing(&self) -> Vec<Locale> {
        match &self.view {
            Some(view) => self.locales.iter().copied().filter(|l| view.text_in(l.code()).is_none()).collect(),
            None => Vec::new(),
        }
    }

    fn yes_no(&self, value: &bool) -> String {
        self.ctx.t(if *value { "campaign-yes" } else { "campaign-no" })
    }
}

struct PageInput {
    view: Option<CampaignView>,
    form: CampaignForm,
    errors: FieldErrors,
    status: StatusCode,
}

async fn campaign_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    input: PageInput,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let id = input.view.as_ref().map(|v| v.campaign.id);
    let (tiers, all_assets, stats) = db::run(&state.pool, move |conn| {
        let stats = match id {
            Some(id) => model::stats(conn, &scope, id)?,
            None => CampaignStats::default(),
        };
        Ok((tenancy::tiers(conn, &scope)?, assets::list(conn, &scope)?, stats))
    })
    .await?;
    // Published assets can be added; ones already in the campaign stay listed.
    let assets =
        all_assets.into_iter().filter(|a| a.asset.status == AssetStatus::Published.as_str() || input.form.has_asset(&a.asset.id)).collect();
    let t = &tenant.0;
    render(
        input.status,
        &CampaignPage {
            ctx,
            view: input.view,
            form: input.form,
            errors: input.errors,
            tiers,
            assets,
            locales: t.enabled_locales.clone(),
            default_locale: t.default_locale.code().into(),
            stats,
        },
    )
}

async fn new(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let today = db::now().date();
    let form = CampaignForm {
        locale: tenant.0.default_locale.code().into(),
        starts_on: today.to_string(),
        ends_on: (today + chrono::Duration::days(30)).to_string(),
        ..CampaignForm::default()
    };
    campaign_page(ctx, &user, &tenant, PageInput { view: None, form, errors: FieldErrors::new(), status: StatusCode::OK }, &state).await
}

async fn create(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let form = CampaignForm::parse(&body);
    let valid = match form.validate(ctx.translator(), &tenant.0.enabled_locales) {
        Ok(valid) => valid,
        Err(errors) => {
            let input = PageInput { view: None, form, errors, status: StatusCode::UNPROCESSABLE_ENTITY };
            return campaign_page(ctx, &user, &tenant, input, &state).await;
        }
    };
    let (scope, who) = (user.scope, user.actor());
    let key = FormKey::new("campaign", user.user.id, &form.form_key);
    let (tiers, asset_ids, author) = (CampaignForm::ids(&form.tiers), CampaignForm::ids(&form.assets), user.user.id);
    let ready = form.ready;
    let created = db::run(&state.pool, move |conn| {
        let input = valid.input(ready, &tiers, &asset_ids);
        form_keys::once(
            conn,
            &scope,
            key.as_ref(),
            |c| {
                db::transaction(c, |c| {
                    let made = model::create(c, &scope, author, &input)?;
                    let changes = serde_json::json!({ "ready": ready, "tiers": tiers, "assets": asset_ids });
                    audit::record(c, &scope, &who, &Entry::new("campaign.created", "campaign", made.id).changes(changes))?;
                    Ok(made)
                })
            },
            |c| Some(c.id.to_string()),
        )
    })
    .await?;
    let id = match created {
        Once::First(campaign) => campaign.id.to_string(),
        Once::Repeat(id) => id,
    };
    tracing::info!(tenant_id = scope.tenant_id(), campaign_id = %id, "campaign.created");
    Ok(see_other(&format!("/admin/campaigns/{id}"), Flash::success("campaign-created")))
}

#[derive(Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    locale: String,
}

async fn load(state: &AppState, user: &CurrentUser, id: i64) -> Result<CampaignView, AppError> {
    let scope = user.scope;
    db::run(&state.pool, move |conn| Ok(model::find(conn, &scope, id)?)).await?.ok_or(AppError::NotFound)
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
    let view = load(&state, &user, id.into_inner()).await?;
    let locale = Locale::from_code(&q.locale).filter(|l| tenant.0.enabled_locales.contains(l)).unwrap_or(tenant.0.default_locale);
    let form = CampaignForm::of(&view, locale);
    campaign_page(ctx, &user, &tenant, PageInput { view: Some(view), form, errors: FieldErrors::new(), status: StatusCode::OK }, &state)
        .await
}

async fn save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let view = load(&state, &user, id.into_inner()).await?;
    let id = view.campaign.id;
    let form = CampaignForm::parse(&body);
    let valid = match form.validate(ctx.translator(), &tenant.0.enabled_locales) {
        Ok(valid) => valid,
        Err(errors) => {
            let input = PageInput { view: Some(view), form, errors, status: StatusCode::UNPROCESSABLE_ENTITY };
            return campaign_page(ctx, &user, &tenant, input, &state).await;
        }
    };
    let (scope, who) = (user.scope, user.actor());
    let (tiers, asset_ids, ready) = (CampaignForm::ids(&form.tiers), CampaignForm::ids(&form.assets), form.ready);
    let locale = valid.locale;
    db::run(&state.pool, move |conn| {
        let input = valid.input(ready, &tiers, &asset_ids);
        db::transaction(conn, |c| {
            let updated = model::update(c, &scope, id, &input)?;
            let changes = serde_json::json!({ "locale": locale.code(), "ready": ready, "tiers": tiers, "assets": asset_ids });
            audit::record(c, &scope, &who, &Entry::new("campaign.updated", "campaign", id).changes(changes))?;
            Ok::<_, AppError>(updated)
        })
    })
    .await?;
    Ok(see_other(&format!("/admin/campaigns/{id}?locale={}", locale.code()), Flash::success("form-saved")))
}

/// The numbers per partner organisation, as CSV.
async fn stats_csv(ctx: PageCtx, user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let view = load(&state, &user, id.into_inner()).await?;
    let (scope, id) = (user.scope, view.campaign.id);
    let stats = db::run(&state.pool, move |conn| Ok(model::stats(conn, &scope, id)?)).await?;
    let yes = |b: bool| ctx.t(if b { "campaign-yes" } else { "campaign-no" });
    let mut rows = vec![vec![
        ctx.t("campaign-stats-partner"),
        ctx.t("campaign-stats-notified"),
        ctx.t("campaign-stats-viewed"),
        ctx.t("campaign-stats-activated"),
        ctx.t("campaign-stats-note"),
        ctx.t("campaign-stats-downloads"),
        ctx.t("campaign-stats-visits"),
        ctx.t("campaign-stats-submissions"),
    ]];
    for p in &stats.partners {
        rows.push(vec![
            p.name.clone(),
            yes(p.notified),
            yes(p.viewed),
            yes(p.activated),
            p.note.clone(),
            p.downloads.to_string(),
            p.visits.to_string(),
            p.submissions.to_string(),
        ]);
    }
    Ok(csv::attachment(csv::write(&rows)?, &format!("campaign-{id}.csv")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/campaigns", list)
        .get("/admin/campaigns/new", new)
        .post("/admin/campaigns", create)
        .get("/admin/campaigns/{id}", show)
        .post("/admin/campaigns/{id}", save)
        .get("/admin/campaigns/{id}/stats.csv", stats_csv);
}
