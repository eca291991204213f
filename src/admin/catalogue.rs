//! Vendor admins' settings for deal registration: the product list and the
//! tiers' rules (protection days, maximum open deals, auto-approval) and the
//! drafts one partner user may keep.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::audit::{self, Actor, Entry};
use crate::db;
use crate::deals::model::{self, Product};
use crate::error::AppError;
use crate::i18n::{self, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::model::{self as tenancy, NewTier, Tier, TierRules};
use crate::tenancy::scope::TenantScope;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

#[derive(Template)]
#[template(path = "admin/products.html")]
struct ProductsPage {
    ctx: PageCtx,
    products: Vec<Product>,
    name: String,
    sku: String,
    errors: FieldErrors,
}

async fn products_page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope;
    let products = db::run(&state.pool, move |conn| Ok(model::products(conn, &scope, false)?)).await?;
    render(StatusCode::OK, &ProductsPage { ctx, products, name: String::new(), sku: String::new(), errors: FieldErrors::new() })
}

#[derive(Deserialize)]
struct ProductForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    sku: String,
    #[serde(default)]
    form_key: String,
}

/// A product as the form describes it, validated (the SKU is optional).
struct ValidProduct {
    name: String,
    sku: String,
}

impl ProductForm {
    fn validate(&self, t: &Translator) -> Result<ValidProduct, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 120);
        let sku = validate::optional_text(t, &mut errors, "sku", &self.sku, 60);
        errors.into_result(ValidProduct { name, sku })
    }
}

async fn add_product(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<ProductForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, who) = (user.scope, user.actor());
    let key = FormKey::new("product", user.user.id, &form.form_key);
    let errors = match form.validate(ctx.translator()) {
        Ok(product) => {
            let added = db::run(&state.pool, move |conn| {
                let add = |conn: &mut db::AnyConnection| match db::transaction(conn, |c| {
                    let made = model::insert_product(c, &scope, &product.name, &product.sku, db::now())?;
                    let diff = serde_json::json!({ "name": product.name, "sku": product.sku });
                    audit::record(c, &scope, &who, &Entry::new("product.created", "product", made).changes(diff))
                }) {
                    Ok(_) => Ok(true),
                    Err(e) if db::is_unique_violation(&e) => Ok(false),
                    Err(e) => Err(e.into()),
                };
                form_keys::once(conn, &scope, key.as_ref(), add, |added| added.then(|| "added".to_string()))
            })
            .await?;
            if matches!(added, Once::First(true) | Once::Repeat(_)) {
                return Ok(see_other("/admin/products", Flash::success("form-saved")));
            }
            let mut errors = FieldErrors::new();
            errors.add("name", ctx.t("products-name-taken"));
            errors
        }
        Err(errors) => errors,
    };
    let products = db::run(&state.pool, move |conn| Ok(model::products(conn, &scope, false)?)).await?;
    let (name, sku) = (form.name.trim().to_string(), form.sku.trim().to_string());
    render(StatusCode::UNPROCESSABLE_ENTITY, &ProductsPage { ctx, products, name, sku, errors })
}

async fn toggle_product(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, id, who) = (user.scope, id.into_inner(), user.actor());
    let changed = db::run(&state.pool, move |conn| {
        let product = model::products(conn, &scope, false)?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
        Ok(db::transaction(conn, |c| {
            let changed = model::set_product_active(c, &scope, id, product.active == 0)?;
            let action = if product.active == 0 { "product.shown" } else { "product.hidden" };
            audit::record(c, &scope, &who, &Entry::new(action, "product", id).changes(serde_json::json!({ "name": product.name })))?;
            Ok::<_, diesel::result::Error>(changed)
        })?)
    })
    .await?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/admin/products", Flash::success("form-saved")))
}

#[derive(Template)]
#[template(path = "admin/tiers.html")]
struct TiersPage {
    ctx: PageCtx,
    tiers: Vec<Tier>,
    /// The drafts one partner user may keep (the form's value as typed after a refusal).
    max_drafts: String,
    /// Working days to a decision (likewise).
    review_days: String,
    /// The reporting currency the tiers' amounts are in.
    currency: String,
    errors: FieldErrors,
}

impl TiersPage {
    fn error_list(&self) -> Vec<String> {
        ["name", "protection_days", "max_open_deals", "auto_approve", "min_won_value", "min_won_deals"]
            .iter()
            .filter_map(|f| self.errors.get(f).map(str::to_string))
            .collect()
    }

    /// An amount of the reporting currency as a form shows it (plain digits).
    fn amount(&self, minor: i64) -> String {
        let digits = i18n::currency_digits(&self.currency).unwrap_or(2);
        let scale = 10i64.pow(digits);
        if minor % scale == 0 {
            (minor / scale).to_string()
        } else {
            format!("{}.{:0w$}", minor / scale, minor % scale, w = digits as usize)
        }
    }

    /// The auto-approval limit as typed (0 = never).
    fn auto(&self, t: &Tier) -> String {
        let digits = i18n::currency_digits(&self.currency).unwrap_or(2);
        self.amount(t.auto_approve_hundredths.saturating_mul(10i64.pow(digits)) / 100)
    }

    fn won(&self, t: &Tier) -> String {
        self.amount(t.min_won_value)
    }
}

async fn tiers_page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope;
    let (tiers, max_drafts, review_days, currency) = tiers_and_drafts(&state, scope).await?;
    let (max_drafts, review_days) = (max_drafts.to_string(), review_days.to_string());
    render(StatusCode::OK, &TiersPage { ctx, tiers, max_drafts, review_days, currency, errors: FieldErrors::new() })
}

#[derive(Deserialize)]
struct DraftsForm {
    #[serde(default)]
    max_drafts_per_user: String,
}

impl DraftsForm {
    fn validate(&self, t: &Translator) -> Result<i32, FieldErrors> {
        let mut errors = FieldErrors::new();
        let most = tenancy::MOST_DRAFTS_PER_USER;
        let max = match self.max_drafts_per_user.trim().parse::<i32>() {
            Ok(n) if (1..=most).contains(&n) => n,
            _ => {
                errors.add("max_drafts_per_user", t.t_args("tiers-drafts-invalid", &[("max", &most.to_string())]));
                0
            }
        };
        errors.into_result(max)
    }
}

async fn save_drafts(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<DraftsForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope;
    let max = match form.validate(ctx.translator()) {
        Ok(max) => max,
        Err(errors) => {
            let (tiers, _, review_days, currency) = tiers_and_drafts(&state, scope).await?;
            let (max_drafts, review_days) = (form.max_drafts_per_user.clone(), review_days.to_string());
            return render(StatusCode::UNPROCESSABLE_ENTITY, &TiersPage { ctx, tiers, max_drafts, review_days, currency, errors });
        }
    };
    let who = user.actor();
    db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            tenancy::set_max_drafts_per_user(c, &scope, max)?;
            let diff = serde_json::json!({ "max_drafts_per_user": max });
            audit::record(c, &scope, &who, &Entry::new("tenant.draft_limit_changed", "tenant", scope.tenant_id()).changes(diff))
        })?)
    })
    .await?;
    Ok(see_other("/admin/tiers", Flash::success("form-saved")))
}

#[derive(Deserialize)]
struct ReviewForm {
    #[serde(default)]
    review_target_days: String,
}

/// Working days the vendor aims to decide a submitted deal in (partners are told by when).
async fn save_review(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<ReviewForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope;
    let most = tenancy::MOST_REVIEW_DAYS;
    let Some(days) = form.review_target_days.trim().parse::<i32>().ok().filter(|d| (1..=most).contains(d)) else {
        let mut errors = FieldErrors::new();
        errors.add("review_target_days", ctx.t_with("tiers-review-invalid", "max", most));
        let (tiers, max_drafts, _, currency) = tiers_and_drafts(&state, scope).await?;
        let (max_drafts, review_days) = (max_drafts.to_string(), form.review_target_days.clone());
        return render(StatusCode::UNPROCESSABLE_ENTITY, &TiersPage { ctx, tiers, max_drafts, review_days, currency, errors });
    };
    let who = user.actor();
    db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            tenancy::set_review_target_days(c, &scope, days)?;
            let diff = serde_json::json!({ "review_target_days": days });
            audit::record(c, &scope, &who, &Entry::new("tenant.review_target_changed", "tenant", scope.tenant_id()).changes(diff))
        })?)
    })
    .await?;
    Ok(see_other("/admin/tiers", Flash::success("form-saved")))
}

#[derive(Deserialize)]
struct TierForm {
    #[serde(default)]
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    protection_days: String,
    #[serde(default)]
    max_open_deals: String,
    #[serde(default)]
    auto_approve: String,
    #[serde(default)]
    min_won_value: String,
    #[serde(default)]
    min_won_deals: String,
    /// Only on the form that adds a tier.
    #[serde(default)]
    form_key: String,
}

impl TierForm {
    /// Amounts are in the reporting currency (`reporting`).
    fn validate(&self, t: &Translator, reporting: &str) -> Result<TierRules, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 60);
        let number = |errors: &mut FieldErrors, field: &'static str, text: &str, range: std::ops::RangeInclusive<i32>| match text
            .trim()
            .parse::<i32>()
        {
            Ok(n) if range.contains(&n) => n,
            _ => {
                errors.add(field, t.t_args("tiers-invalid-number", &[("max", &range.end().to_string())]));
                0
            }
        };
        let protection_days = number(&mut errors, "protection_days", &self.protection_days, 1..=3_650);
        let max_open_deals = number(&mut errors, "max_open_deals", &self.max_open_deals, 0..=100_000);
        let min_won_deals =
            if self.min_won_deals.trim().is_empty() { 0 } else { number(&mut errors, "min_won_deals", &self.min_won_deals, 0..=100_000) };
        // Amounts of the reporting currency, as typed ("25,000"); empty is 0.
        let digits = i18n::currency_digits(reporting).unwrap_or(2);
        let mut amount = |field: &'static str, text: &str| -> i64 {
            if text.trim().is_empty() {
                return 0;
            }
            match i18n::parse_money(text, reporting) {
                Some(v) if v <= 1_000_000_000_000 * 10i64.pow(digits) => v,
                _ => {
                    errors.add(field, t.t_args("tiers-invalid-amount", &[("currency", reporting)]));
                    0
                }
            }
        };
        let auto = amount("auto_approve", &self.auto_approve);
        let min_won_value = amount("min_won_value", &self.min_won_value);
        // The auto-approval limit is kept in hundredths of the reporting currency.
        let auto_approve_hundredths = auto.saturating_mul(100) / 10i64.pow(digits);
        errors.into_result(TierRules { name, protection_days, max_open_deals, auto_approve_hundredths, min_won_value, min_won_deals })
    }
}

async fn save_tier(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    form: web::Form<TierForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, who) = (user.scope, user.actor());
    let tier = match form.validate(ctx.translator(), &tenant.0.settings.reporting_currency) {
        Ok(tier) => tier,
        Err(errors) => return tiers_with_errors(ctx, scope, errors, &state).await,
    };
    let id = form.id.parse::<i64>().ok();
    let key = if id.is_none() { FormKey::new("tier", user.user.id, &form.form_key) } else { None };
    let saved = db::run(&state.pool, move |conn| {
        let save = |conn: &mut db::AnyConnection| save_tier_in(conn, &scope, &who, id, &tier);
        Ok(match form_keys::once(conn, &scope, key.as_ref(), save, |saved| (*saved == Some(true)).then(|| "saved".to_string()))? {
            Once::First(saved) => saved,
            Once::Repeat(_) => Some(true),
        })
    })
    .await?;
    match saved {
        Some(true) => Ok(see_other("/admin/tiers", Flash::success("form-saved"))),
        Some(false) => Err(AppError::NotFound),
        None => {
            let mut errors = FieldErrors::new();
            errors.add("name", ctx.t("tiers-name-taken"));
            tiers_with_errors(ctx, scope, errors, &state).await
        }
    }
}

/// Saves tier `id` (a new one when `None`): `Some(true)` saved,
/// `Some(false)` no such tier, `None` the name is taken.
fn save_tier_in(
    conn: &mut db::AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    id: Option<i64>,
    tier: &TierRules,
) -> Result<Option<bool>, AppError> {
    let scope = *scope;
    let tiers = tenancy::tiers(conn, &scope)?;
    let result = db::transaction(conn, |c| {
        let saved = save_tier_rows(c, &scope, &tiers, id, tier)?;
        if saved {
            let diff = serde_json::json!({
                "name": tier.name,
                "protection_days": tier.protection_days,
                "max_open_deals": tier.max_open_deals,
                "auto_approve_hundredths": tier.auto_approve_hundredths,
                "min_won_value": tier.min_won_value,
                "min_won_deals": tier.min_won_deals,
            });
            let action = if id.is_some() { "tier.updated" } else { "tier.created" };
            audit::record(
                c,
                &scope,
                who,
                &Entry::new(action, "tier", id.map_or_else(|| tier.name.clone(), |i| i.to_string())).changes(diff),
            )?;
        }
        Ok::<_, diesel::result::Error>(saved)
    });
    match result {
        Ok(found) => Ok(Some(found)),
        Err(e) if db::is_unique_violation(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn save_tier_rows(
    c: &mut db::AnyConnection,
    scope: &TenantScope,
    tiers: &[Tier],
    id: Option<i64>,
    tier: &TierRules,
) -> diesel::QueryResult<bool> {
    let scope = *scope;
    match id {
        Some(id) if tiers.iter().any(|t| t.id == id) => tenancy::update_tier(c, &scope, id, tier).map(|n| n > 0),
        Some(_) => Ok(false),
        None => {
            let rank = tiers.iter().map(|t| t.rank).max().unwrap_or(0) + 1;
            let created = tenancy::insert_tier(
                c,
                &scope,
                &NewTier {
                    name: &tier.name,
                    rank,
                    protection_days: tier.protection_days,
                    max_open_deals: tier.max_open_deals,
                    created_at: db::now(),
                },
            )?;
            let new = created.id;
            tenancy::update_tier(c, &scope, new, tier).map(|n| n > 0)
        }
    }
}

/// The tenant's tiers and its drafts bound, for the tiers page.
async fn tiers_and_drafts(state: &AppState, scope: TenantScope) -> Result<(Vec<Tier>, i32, i32, String), AppError> {
    db::run(&state.pool, move |conn| {
        let settings = tenancy::settings(conn, &scope)?;
        Ok((tenancy::tiers(conn, &scope)?, settings.max_drafts_per_user, settings.review_target_days, settings.reporting_currency))
    })
    .await
}

/// The tiers page again, 422, with the form's messages.
async fn tiers_with_errors(ctx: PageCtx, scope: TenantScope, errors: FieldErrors, state: &AppState) -> Result<HttpResponse, AppError> {
    let (tiers, max_drafts, review_days, currency) = tiers_and_drafts(state, scope).await?;
    let (max_drafts, review_days) = (max_drafts.to_string(), review_days.to_string());
    render(StatusCode::UNPROCESSABLE_ENTITY, &TiersPage { ctx, tiers, max_drafts, review_days, currency, errors })
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/products", products_page)
        .post("/admin/products", add_product)
        .post("/admin/products/{id}/toggle", toggle_product)
        .get("/admin/tiers", tiers_page)
        .post("/admin/tiers", save_tier)
        .post("/admin/tiers/drafts", save_drafts)
        .post("/admin/tiers/review", save_review);
}
