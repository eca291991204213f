//! Vendor admins' settings for deal registration: the product list and the
//! tiers' rules (protection days, maximum open deals, auto-approval).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::deals::model::{self, Product};
use crate::error::AppError;
use crate::i18n;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::model::{self as tenancy, NewTier, Tier};
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
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
}

async fn add_product(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<ProductForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let mut errors = FieldErrors::new();
    let name = validate::required_text(ctx.translator(), &mut errors, "name", &form.name, 120);
    let sku: String = form.sku.trim().chars().take(60).collect();
    let scope = user.scope;
    if errors.is_empty() {
        let (n, s) = (name.clone(), sku.clone());
        let added =
            db::run(&state.pool, move |conn| match db::transaction(conn, |c| model::insert_product(c, &scope, &n, &s, db::now())) {
                Ok(_) => Ok(true),
                Err(e) if db::is_unique_violation(&e) => Ok(false),
                Err(e) => Err(e.into()),
            })
            .await?;
        if added {
            return Ok(see_other("/admin/products", Flash::success("form-saved")));
        }
        errors.add("name", ctx.t("products-name-taken"));
    }
    let products = db::run(&state.pool, move |conn| Ok(model::products(conn, &scope, false)?)).await?;
    render(StatusCode::UNPROCESSABLE_ENTITY, &ProductsPage { ctx, products, name, sku, errors })
}

async fn toggle_product(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let (scope, id) = (user.scope, id.into_inner());
    let changed = db::run(&state.pool, move |conn| {
        let product = model::products(conn, &scope, false)?.into_iter().find(|p| p.id == id).ok_or(AppError::NotFound)?;
        Ok(db::transaction(conn, |c| model::set_product_active(c, &scope, id, product.active == 0))?)
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
    errors: FieldErrors,
}

impl TiersPage {
    fn error_list(&self) -> Vec<String> {
        ["name", "protection_days", "max_open_deals", "auto_approve"]
            .iter()
            .filter_map(|f| self.errors.get(f).map(str::to_string))
            .collect()
    }

    /// The auto-approval limit as typed (whole units; 0 = never).
    fn auto(&self, t: &Tier) -> String {
        (t.auto_approve_hundredths / 100).to_string()
    }
}

async fn tiers_page(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let scope = user.scope;
    let tiers = db::run(&state.pool, move |conn| Ok(tenancy::tiers(conn, &scope)?)).await?;
    render(StatusCode::OK, &TiersPage { ctx, tiers, errors: FieldErrors::new() })
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
}

async fn save_tier(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<TierForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let t = ctx.translator();
    let mut errors = FieldErrors::new();
    let name = validate::required_text(t, &mut errors, "name", &form.name, 60);
    let number = |errors: &mut FieldErrors, field: &'static str, text: &str, max: i64| match text.trim().parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => n,
        _ => {
            errors.add(field, t.t_args("tiers-invalid-number", &[("max", &max.to_string())]));
            0
        }
    };
    let protection_days = number(&mut errors, "protection_days", &form.protection_days, 3_650);
    let max_open = number(&mut errors, "max_open_deals", &form.max_open_deals, 100_000);
    // Whole units of the deal's currency, compared after normalising to two decimals.
    let auto = i18n::parse_money(&form.auto_approve, "USD").map(|v| v / 100);
    let auto = match auto {
        Some(v) if v <= 1_000_000_000 => v,
        _ => {
            errors.add("auto_approve", t.t_args("tiers-invalid-number", &[("max", "1000000000")]));
            0
        }
    };
    if protection_days == 0 && errors.get("protection_days").is_none() {
        errors.add("protection_days", t.t_args("tiers-invalid-number", &[("max", "3650")]));
    }
    let scope = user.scope;
    if !errors.is_empty() {
        let tiers = db::run(&state.pool, move |conn| Ok(tenancy::tiers(conn, &scope)?)).await?;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &TiersPage { ctx, tiers, errors });
    }
    let id = form.id.parse::<i64>().ok();
    let saved = db::run(&state.pool, move |conn| {
        let tiers = tenancy::tiers(conn, &scope)?;
        let result = db::transaction(conn, |c| match id {
            Some(id) if tiers.iter().any(|t| t.id == id) => {
                tenancy::update_tier(c, &scope, id, &name, protection_days as i32, max_open as i32, auto * 100).map(|n| n > 0)
            }
            Some(_) => Ok(false),
            None => {
                let rank = tiers.iter().map(|t| t.rank).max().unwrap_or(0) + 1;
                let tier = tenancy::insert_tier(
                    c,
                    &scope,
                    &NewTier {
                        name: &name,
                        rank,
                        protection_days: protection_days as i32,
                        max_open_deals: max_open as i32,
                        created_at: db::now(),
                    },
                )?;
                tenancy::update_tier(c, &scope, tier.id, &name, protection_days as i32, max_open as i32, auto * 100).map(|n| n > 0)
            }
        });
        match result {
            Ok(found) => Ok(Some(found)),
            Err(e) if db::is_unique_violation(&e) => Ok(None),
            Err(e) => Err(e.into()),
        }
    })
    .await?;
    match saved {
        Some(true) => Ok(see_other("/admin/tiers", Flash::success("form-saved"))),
        Some(false) => Err(AppError::NotFound),
        None => Ok(see_other("/admin/tiers", Flash::error("tiers-name-taken"))),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/products", products_page)
        .post("/admin/products", add_product)
        .post("/admin/products/{id}/toggle", toggle_product)
        .get("/admin/tiers", tiers_page)
        .post("/admin/tiers", save_tier);
}
