//! Partner organisations for vendor staff: the list and adding a partner
//! (with its tier and the e-mail domains used to map SSO sign-ins).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::model::{self as tenancy, Tier};
use crate::tenancy::organisations::{self as model, NewOrganisation, OrgKind, OrgStatus, Organisation, PartnerChanges, PartnerRow};
use crate::tenancy::scope::TenantScope;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

/// The partner form: adding a partner, and (with a status) editing one.
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
    /// Only on the edit form.
    #[serde(default)]
    status: String,
    /// Only on the add form (`tenancy::form_keys`).
    #[serde(default)]
    form_key: String,
}

/// A partner organisation as the form describes it, validated.
struct ValidPartner {
    name: String,
    website: Option<String>,
    country: Option<String>,
    /// A tier id as sent; the handler keeps it only if it is one of the tenant's.
    tier_id: Option<i64>,
    domains: String,
    status: OrgStatus,
}

impl PartnerForm {
    /// `editing` forms carry a status (active or suspended); new partners are active.
    fn validate(&self, t: &Translator, editing: bool) -> Result<ValidPartner, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 120);
        let website = validate::website(t, &mut errors, "website", &self.website);
        let country = validate::country(t, &mut errors, "country", &self.country, false);
        let domains = validate::email_domains(t, &mut errors, "email_domains", &self.email_domains, false);
        let status = match (editing, self.status.as_str()) {
            (false, _) => OrgStatus::Active,
            (true, "active") => OrgStatus::Active,
            (true, "suspended") => OrgStatus::Suspended,
            (true, _) => {
                errors.add("status", t.t("form-invalid-choice"));
                OrgStatus::Active
            }
        };
        errors.into_result(ValidPartner {
            name,
            website: (!website.is_empty()).then_some(website),
            country: (!country.is_empty()).then_some(country),
            tier_id: self.tier_id.parse::<i64>().ok(),
            domains: domains.join(","),
            status,
        })
    }
}

#[derive(Template)]
#[template(path = "admin/partners.html")]
struct PartnersPage {
    ctx: PageCtx,
    rows: Vec<PartnerRow>,
    tiers: Vec<Tier>,
    form: PartnerForm,
    errors: FieldErrors,
    filter: PartnerFilter,
}

impl PartnersPage {
    fn status_label(&self, status: &str) -> String {
        self.ctx.t(&format!("org-status-{status}"))
    }
}

#[derive(Default, Deserialize, Clone)]
pub struct PartnerFilter {
    #[serde(default)]
    q: String,
    #[serde(default)]
    tier: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    country: String,
}

impl PartnerFilter {
    fn keep(&self, row: &PartnerRow) -> bool {
        let q = self.q.trim().to_lowercase();
        (q.is_empty() || row.org.name.to_lowercase().contains(&q) || row.org.email_domains.contains(&q))
            && (self.tier.is_empty() || row.org.tier_id.map(|t| t.to_string()) == Some(self.tier.clone()))
            && (self.status.is_empty() || row.org.status == self.status)
            && (self.country.is_empty() || row.org.country.as_deref().is_some_and(|c| c.eq_ignore_ascii_case(self.country.trim())))
    }
}

/// A tier id, if it is one of this tenant's (the composite foreign key insists too).
fn tenant_tier(conn: &mut db::AnyConnection, scope: &TenantScope, tier_id: Option<i64>) -> Result<Option<i64>, AppError> {
    let Some(id) = tier_id else { return Ok(None) };
    Ok(tenancy::tiers(conn, scope)?.iter().any(|t| t.id == id).then_some(id))
}

async fn page(
    ctx: PageCtx,
    user: &CurrentUser,
    form: PartnerForm,
    errors: FieldErrors,
    filter: PartnerFilter,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let (rows, tiers) = db::run(&state.pool, move |conn| Ok((model::list_partners(conn, &scope)?, tenancy::tiers(conn, &scope)?))).await?;
    let rows = rows.into_iter().filter(|r| filter.keep(r)).collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(status, &PartnersPage { ctx, rows, tiers, form, errors, filter })
}

async fn list(
    ctx: PageCtx,
    user: CurrentUser,
    filter: web::Query<PartnerFilter>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    page(ctx, &user, PartnerForm::default(), FieldErrors::new(), filter.into_inner(), &state).await
}

async fn create(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<PartnerForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let form = form.into_inner();
    let partner = match form.validate(ctx.translator(), false) {
        Ok(partner) => partner,
        Err(errors) => return page(ctx, &user, form, errors, PartnerFilter::default(), &state).await,
    };
    let scope = user.scope;
    let key = FormKey::new("partner", user.user.id, &form.form_key);
    let created = db::run(&state.pool, move |conn| {
        form_keys::once(
            conn,
            &scope,
            key.as_ref(),
            |conn| create_partner(conn, &scope, &partner),
            |org| org.as_ref().map(|o| o.name.clone()),
        )
    })
    .await?;
    let name = match created {
        Once::First(Some(org)) => org.name,
        Once::Repeat(name) => name,
        Once::First(None) => {
            let mut errors = FieldErrors::new();
            errors.add("name", ctx.t("partners-name-taken"));
            return page(ctx, &user, form, errors, PartnerFilter::default(), &state).await;
        }
    };
    Ok(see_other("/admin/partners", Flash::success("partners-created").with_arg("name", &name)))
}

/// A new partner organisation, or `None` when its name is taken.
fn create_partner(conn: &mut db::AnyConnection, scope: &TenantScope, partner: &ValidPartner) -> Result<Option<Organisation>, AppError> {
    if model::partner_name_taken(conn, scope, &partner.name)? {
        return Ok(None);
    }
    let tier_id = tenant_tier(conn, scope, partner.tier_id)?;
    let now = db::now();
    let org = db::transaction(conn, |c| {
        let org = model::insert(
            c,
            scope,
            &NewOrganisation {
                kind: OrgKind::Partner.as_str(),
                name: &partner.name,
                website: partner.website.as_deref(),
                country: partner.country.as_deref(),
                tier_id,
                status: partner.status.as_str(),
                created_at: now,
                updated_at: now,
            },
        )?;
        model::set_email_domains(c, scope, org.id, &partner.domains)?;
        Ok::<_, AppError>(org)
    })?;
    Ok(Some(org))
}

#[derive(Template)]
#[template(path = "admin/partner.html")]
struct PartnerPage {
    ctx: PageCtx,
    org: Organisation,
    tiers: Vec<Tier>,
    users: Vec<crate::identity::users::UserRow>,
    deals: Vec<(String, i64)>,
    errors: FieldErrors,
}

impl PartnerPage {
    fn deal_status(&self, status: &str) -> String {
        self.ctx.t(&format!("deal-status-{status}"))
    }

    fn status_label(&self, status: &str) -> String {
        self.ctx.t(&format!("org-status-{status}"))
    }
}

/// The partner's page; after a failed edit, the form shows what was typed.
async fn partner_page(
    ctx: PageCtx,
    user: &CurrentUser,
    id: i64,
    typed: Option<PartnerForm>,
    errors: FieldErrors,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let (org, tiers, users, deals) = db::run(&state.pool, move |conn| {
        let org = model::find(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        let users = crate::identity::users::list(conn, &scope.for_partner(id).map_err(|_| AppError::NotFound)?)?;
        let deals =
            crate::deals::model::facts(conn, &crate::deals::model::Viewer::tenant(scope.for_partner(id).map_err(|_| AppError::NotFound)?))?;
        let mut counts: Vec<(String, i64)> = Vec::new();
        for f in deals {
            match counts.iter_mut().find(|c| c.0 == f.status) {
                Some(c) => c.1 += 1,
                None => counts.push((f.status, 1)),
            }
        }
        Ok((org, tenancy::tiers(conn, &scope)?, users, counts))
    })
    .await?;
    let mut org = org;
    if let Some(form) = typed {
        org.name = form.name;
        org.website = Some(form.website);
        org.country = Some(form.country);
        org.tier_id = form.tier_id.parse().ok();
        org.status = form.status;
        org.email_domains = form.email_domains;
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(status, &PartnerPage { ctx, org, tiers, users, deals, errors })
}

async fn show(ctx: PageCtx, user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    partner_page(ctx, &user, id.into_inner(), None, FieldErrors::new(), &state).await
}

async fn edit(
    ctx: PageCtx,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<PartnerForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let id = id.into_inner();
    let partner = match form.validate(ctx.translator(), true) {
        Ok(partner) => partner,
        Err(errors) => return partner_page(ctx, &user, id, Some(form.into_inner()), errors, &state).await,
    };
    let scope = user.scope;
    db::run(&state.pool, move |conn| {
        model::find(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        let tier_id = tenant_tier(conn, &scope, partner.tier_id)?;
        let changes = PartnerChanges {
            name: &partner.name,
            website: partner.website.as_deref(),
            country: partner.country.as_deref(),
            tier_id,
            status: partner.status.as_str(),
            email_domains: &partner.domains,
            updated_at: db::now(),
        };
        db::transaction(conn, |c| {
            model::update(c, &scope, id, &changes)?;
            if partner.status == OrgStatus::Suspended {
                // A suspended organisation signs nobody in, from now on.
                crate::identity::sessions::end_organisation_sessions(c, &scope, id)?;
            }
            Ok::<_, AppError>(())
        })?;
        Ok(())
    })
    .await?;
    tracing::info!(tenant_id = user.scope.tenant_id(), org_id = id, "admin.partner_saved");
    Ok(see_other(&format!("/admin/partners/{id}"), Flash::success("form-saved")))
}

#[derive(Template)]
#[template(path = "partners/own.html")]
struct OwnPage {
    ctx: PageCtx,
    org: Organisation,
    tier: Option<Tier>,
    next: Option<Tier>,
    open_deals: i64,
}

impl OwnPage {
    fn limit(&self, t: &Tier) -> String {
        if t.max_open_deals == 0 { self.ctx.t("org-unlimited") } else { self.ctx.format_number(i64::from(t.max_open_deals)) }
    }

    fn auto(&self, t: &Tier) -> String {
        if t.auto_approve_hundredths == 0 {
            self.ctx.t("org-auto-never")
        } else {
            self.ctx.t_with("org-auto-up-to", "amount", self.ctx.format_number(t.auto_approve_hundredths / 100))
        }
    }
}

/// A partner's own organisation: its tier, its rules, and what the next tier gives.
async fn own(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let org_id = user.scope.partner_org_id().ok_or(AppError::NotFound)?;
    let scope = user.scope;
    let (org, tiers, open_deals) = db::run(&state.pool, move |conn| {
        let org = model::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?;
        let open = crate::deals::model::count_open_for_partner(conn, &scope.tenant_only(), org_id)?;
        Ok((org, tenancy::tiers(conn, &scope.tenant_only())?, open))
    })
    .await?;
    let tier = tiers.iter().find(|t| Some(t.id) == org.tier_id).cloned();
    let next = match &tier {
        Some(t) => tiers.iter().filter(|x| x.rank > t.rank).min_by_key(|x| x.rank).cloned(),
        None => tiers.iter().min_by_key(|x| x.rank).cloned(),
    };
    render(StatusCode::OK, &OwnPage { ctx, org, tier, next, open_deals })
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/partners", list)
        .post("/admin/partners", create)
        .get("/admin/partners/{id}", show)
        .post("/admin/partners/{id}", edit)
        .get("/organisation", own);
}
