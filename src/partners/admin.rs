//! Partner organisations for vendor staff: the list and adding a partner
//! (with its tier and the e-mail domains used to map SSO sign-ins).

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::model::{self, NewOrganisation, OrgKind, OrgStatus, PartnerRow};
use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::identity::sso::model::parse_domains;
use crate::startup::AppState;
use crate::tenancy::model::{self as tenancy, Tier};
use crate::web::flash::Flash;
use crate::web::forms::{self, FieldErrors};
use crate::web::{PageCtx, render};

#[derive(Default, Deserialize, Clone)]
pub struct PartnerForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    tier_id: String,
    #[serde(default)]
    email_domains: String,
}

#[derive(Template)]
#[template(path = "admin/partners.html")]
struct PartnersPage {
    ctx: PageCtx,
    rows: Vec<PartnerRow>,
    tiers: Vec<Tier>,
    form: PartnerForm,
    errors: FieldErrors,
}

async fn page(ctx: PageCtx, user: &CurrentUser, form: PartnerForm, errors: FieldErrors, state: &AppState) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let (rows, tiers) = db::run(&state.pool, move |conn| Ok((model::list_partners(conn, &scope)?, tenancy::tiers(conn, &scope)?))).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(status, &PartnersPage { ctx, rows, tiers, form, errors })
}

async fn list(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    page(ctx, &user, PartnerForm::default(), FieldErrors::new(), &state).await
}

async fn create(ctx: PageCtx, user: CurrentUser, form: web::Form<PartnerForm>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let form = form.into_inner();
    let t = ctx.translator();
    let mut errors = FieldErrors::new();
    let name = forms::required_text(t, &mut errors, "name", &form.name, 120);
    let website = form.website.trim().to_string();
    let website_ok = website.is_empty() || (tenancy::is_safe_link(&website) && website.starts_with("http"));
    if !website_ok {
        errors.add("website", t.t("partners-invalid-website"));
    }
    let country = form.country.trim().to_ascii_uppercase();
    let country_ok = country.is_empty() || (country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()));
    if !country_ok {
        errors.add("country", t.t("partners-invalid-country"));
    }
    let domains = parse_domains(&form.email_domains);
    if domains.iter().any(|d| !d.contains('.') || !d.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')) {
        errors.add("email_domains", t.t("partners-invalid-domains"));
    }
    let tier_id = form.tier_id.parse::<i64>().ok();
    if !errors.is_empty() {
        return page(ctx, &user, form, errors, &state).await;
    }
    let scope = user.scope;
    let created = db::run(&state.pool, move |conn| {
        if model::partner_name_taken(conn, &scope, &name)? {
            return Ok(None);
        }
        // Only a tier of this tenant (the composite foreign key insists too).
        let tier_id = tier_id.filter(|id| tenancy::tiers(conn, &scope).map(|ts| ts.iter().any(|t| t.id == *id)).unwrap_or(false));
        let now = db::now();
        let org = db::transaction(conn, |c| {
            let org = model::insert(
                c,
                &scope,
                &NewOrganisation {
                    kind: OrgKind::Partner.as_str(),
                    name: &name,
                    website: (!website.is_empty()).then_some(website.as_str()),
                    country: (!country.is_empty()).then_some(country.as_str()),
                    tier_id,
                    status: OrgStatus::Active.as_str(),
                    created_at: now,
                    updated_at: now,
                },
            )?;
            model::set_email_domains(c, &scope, org.id, &domains.join(","))?;
            Ok::<_, AppError>(org)
        })?;
        Ok(Some(org))
    })
    .await?;
    let Some(org) = created else {
        let mut errors = FieldErrors::new();
        errors.add("name", ctx.t("partners-name-taken"));
        return page(ctx, &user, form, errors, &state).await;
    };
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/admin/partners"))
        .cookie(Flash::success("partners-created").with_arg("name", &org.name).to_cookie(state.config.secret_key.as_bytes(), state.config.is_https()))
        .finish())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/admin/partners", list).post("/admin/partners", create);
}
