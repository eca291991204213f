//! Recruitment: the public "Become a partner" form (a honeypot and a
//! per-address limit against spam) and the review of applications by
//! channel managers — approval creates the organisation and invites its
//! admin; rejection tells the applicant why.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Deserialize;

use super::model::{self as orgs, NewOrganisation, OrgKind, OrgStatus};
use crate::db::schema::partner_applications;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::model as users;
use crate::identity::rbac::{Permission, Role};
use crate::mail::compose::{self, ActionMail, MailBrand, Recipient};
use crate::notifications::{self, Notice};
use crate::startup::AppState;
use crate::tenancy::model as tenancy;
use crate::tenancy::{CurrentTenant, TenantScope};
use crate::web::client::client_ip;
use crate::web::flash::Flash;
use crate::web::forms::{self, FieldErrors};
use crate::web::{PageCtx, render};

/// Applications one client address may send per hour.
const PER_ADDRESS_PER_HOUR: i64 = 3;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = partner_applications)]
pub struct Application {
    pub id: i64,
    pub tenant_id: i64,
    pub company: String,
    pub website: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub message: String,
    pub status: String,
    pub reason: String,
    pub client_address: String,
    pub created_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
}

#[derive(Default, Deserialize, Clone)]
pub struct ApplicationForm {
    #[serde(default)]
    company: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    message: String,
    /// The honeypot: invisible to people, filled in by bots.
    #[serde(default)]
    fax: String,
}

#[derive(Template)]
#[template(path = "partners/apply.html")]
struct ApplyPage {
    ctx: PageCtx,
    form: ApplicationForm,
    errors: FieldErrors,
    alert: Option<String>,
}

#[derive(Template)]
#[template(path = "identity/message.html")]
struct ThanksPage {
    ctx: PageCtx,
    heading: String,
    body: String,
    link: Option<(String, String)>,
}

async fn apply_page(ctx: PageCtx, _tenant: CurrentTenant) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &ApplyPage { ctx, form: ApplicationForm::default(), errors: FieldErrors::new(), alert: None })
}

fn thanks(ctx: PageCtx) -> Result<HttpResponse, AppError> {
    let heading = ctx.t("apply-thanks-heading");
    let body = ctx.t("apply-thanks-body");
    let link = Some(("/".to_string(), ctx.t("error-back-home")));
    render(StatusCode::OK, &ThanksPage { ctx, heading, body, link })
}

async fn apply(
    req: HttpRequest,
    ctx: PageCtx,
    tenant: CurrentTenant,
    form: web::Form<ApplicationForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    if !form.fax.is_empty() {
        // A bot: thank it and store nothing.
        tracing::info!(tenant_id = tenant.0.tenant.id, "recruitment.honeypot");
        return thanks(ctx);
    }
    let t = ctx.translator();
    let mut errors = FieldErrors::new();
    let company = forms::required_text(t, &mut errors, "company", &form.company, 120);
    let website = forms::website(t, &mut errors, "website", &form.website);
    let country = forms::country(t, &mut errors, "country", &form.country, true);
    let contact_name = forms::required_text(t, &mut errors, "contact_name", &form.contact_name, 120);
    let contact_email = forms::email(t, &mut errors, "contact_email", &form.contact_email);
    let message = form.message.trim().to_string();
    if message.chars().count() > 2_000 {
        errors.add("message", t.t_args("form-too-long", &[("max", "2000")]));
    }
    if !errors.is_empty() {
        return render(StatusCode::UNPROCESSABLE_ENTITY, &ApplyPage { ctx, form, errors, alert: None });
    }
    let scope = tenant.0.scope;
    let address = client_ip(&req, &state.config);
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    let stored = db::run(&state.pool, move |conn| {
        let now = db::now();
        let recent: i64 = partner_applications::table
            .filter(partner_applications::tenant_id.eq(scope.tenant_id()))
            .filter(partner_applications::client_address.eq(&address))
            .filter(partner_applications::created_at.gt(now - chrono::Duration::hours(1)))
            .count()
            .get_result(conn)?;
        if recent >= PER_ADDRESS_PER_HOUR {
            return Ok(false);
        }
        db::transaction(conn, |c| -> Result<(), AppError> {
            diesel::insert_into(partner_applications::table)
                .values((
                    partner_applications::tenant_id.eq(scope.tenant_id()),
                    partner_applications::company.eq(&company),
                    partner_applications::website.eq(&website),
                    partner_applications::country.eq(&country),
                    partner_applications::contact_name.eq(&contact_name),
                    partner_applications::contact_email.eq(&contact_email),
                    partner_applications::message.eq(&message),
                    partner_applications::status.eq("pending"),
                    partner_applications::client_address.eq(&address),
                    partner_applications::created_at.eq(now),
                ))
                .execute(c)?;
            let staff = users::with_permission(c, &scope, Permission::ManagePartners, None)?;
            notifications::notify(
                c,
                &scope,
                &config,
                &slug,
                &staff,
                &Notice {
                    key: "notify-application",
                    args: vec![("company", company.clone())],
                    link: "/admin/applications".into(),
                    mail: true,
                },
            )?;
            Ok(())
        })?;
        Ok(true)
    })
    .await?;
    if !stored {
        let alert = Some(ctx.t("apply-too-many"));
        return render(StatusCode::TOO_MANY_REQUESTS, &ApplyPage { ctx, form, errors: FieldErrors::new(), alert });
    }
    thanks(ctx)
}

#[derive(Template)]
#[template(path = "partners/applications.html")]
struct ApplicationsPage {
    ctx: PageCtx,
    pending: Vec<Application>,
    decided: Vec<Application>,
}

impl ApplicationsPage {
    fn when(&self, at: &NaiveDateTime) -> String {
        self.ctx.format_datetime(*at)
    }
}

fn applications(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<Application>> {
    partner_applications::table
        .filter(partner_applications::tenant_id.eq(scope.tenant_id()))
        .order(partner_applications::id.desc())
        .limit(200)
        .select(Application::as_select())
        .load(conn)
}

async fn list(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let scope = user.scope;
    let all = db::run(&state.pool, move |conn| Ok(applications(conn, &scope)?)).await?;
    let (pending, decided) = all.into_iter().partition(|a| a.status == "pending");
    render(StatusCode::OK, &ApplicationsPage { ctx, pending, decided })
}

fn back(state: &AppState, flash: Flash) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/admin/applications"))
        .cookie(flash.to_cookie(state.config.secret_key.as_bytes(), state.config.is_https()))
        .finish()
}

fn pending(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> Result<Application, AppError> {
    partner_applications::table
        .filter(partner_applications::tenant_id.eq(scope.tenant_id()))
        .filter(partner_applications::id.eq(id))
        .filter(partner_applications::status.eq("pending"))
        .select(Application::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

fn decide(conn: &mut AnyConnection, scope: &TenantScope, id: i64, status: &str, reason: &str) -> QueryResult<usize> {
    diesel::update(
        partner_applications::table.filter(partner_applications::tenant_id.eq(scope.tenant_id())).filter(partner_applications::id.eq(id)),
    )
    .set((
        partner_applications::status.eq(status),
        partner_applications::reason.eq(reason),
        partner_applications::decided_at.eq(Some(db::now())),
    ))
    .execute(conn)
}

/// Approval: the organisation (lowest tier, the contact's domain), its admin
/// invited by e-mail — one transaction.
async fn approve(
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let (scope, id) = (user.scope.tenant_only(), id.into_inner());
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    let outcome = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| -> Result<Result<String, &'static str>, AppError> {
            let app = pending(c, &scope, id)?;
            if users::find_by_email(c, &scope, &app.contact_email)?.is_some() {
                return Ok(Err("users-email-taken"));
            }
            let now = db::now();
            let tier = tenancy::tiers(c, &scope)?.into_iter().min_by_key(|t| t.rank).map(|t| t.id);
            let org = orgs::insert(
                c,
                &scope,
                &NewOrganisation {
                    kind: OrgKind::Partner.as_str(),
                    name: &app.company,
                    website: (!app.website.is_empty()).then_some(app.website.as_str()),
                    country: Some(&app.country),
                    tier_id: tier,
                    status: OrgStatus::Active.as_str(),
                    created_at: now,
                    updated_at: now,
                },
            )?;
            let domain = app.contact_email.rsplit_once('@').map(|(_, d)| d.to_string()).unwrap_or_default();
            orgs::set_email_domains(c, &scope, org.id, &domain)?;
            let admin = users::insert(
                c,
                &scope,
                &users::NewUser {
                    organisation_id: org.id,
                    email: &app.contact_email,
                    display_name: &app.contact_name,
                    role: Role::PartnerAdmin.as_str(),
                    status: "invited",
                    locale: None,
                    created_at: now,
                    updated_at: now,
                },
            )?;
            crate::identity::invitations::invite(c, &scope, &config, &admin, &slug)?;
            decide(c, &scope, id, "approved", "")?;
            tracing::info!(tenant_id = scope.tenant_id(), application = id, org_id = org.id, "recruitment.approved");
            Ok(Ok(app.company))
        })
    })
    .await?;
    Ok(match outcome {
        Ok(company) => back(&state, Flash::success("applications-approved").with_arg("company", &company)),
        Err(message) => back(&state, Flash::error(message)),
    })
}

#[derive(Deserialize)]
pub struct RejectForm {
    #[serde(default)]
    reason: String,
}

/// Rejection with a reason, mailed to the applicant in the portal's default language.
async fn reject(
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<RejectForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let reason: String = form.reason.trim().chars().take(2_000).collect();
    if reason.is_empty() {
        return Ok(back(&state, Flash::error("applications-reason-required")));
    }
    let (scope, id) = (user.scope.tenant_only(), id.into_inner());
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| -> Result<(), AppError> {
            let app = pending(c, &scope, id)?;
            decide(c, &scope, id, "rejected", &reason)?;
            let settings = tenancy::settings(c, &scope)?;
            let locale: Locale = settings.default_locale();
            let t = Translator::new(locale, std::sync::Arc::new(tenancy::overrides(c, &scope, locale)?));
            let portal_url = config.tenant_url(&slug);
            let brand = MailBrand::for_tenant(&settings, &portal_url);
            let mail = ActionMail {
                subject: t.t_args("mail-application-rejected-subject", &[("portal", &settings.portal_name)]),
                greeting: t.t_args("mail-greeting", &[("name", &app.contact_name)]),
                paragraphs: vec![
                    t.t_args("mail-application-rejected-body", &[("company", &app.company), ("portal", &settings.portal_name)]),
                    reason.clone(),
                ],
                action: None,
                notes: Vec::new(),
                footer: t.t_args("mail-footer", &[("portal", &settings.portal_name), ("url", &portal_url)]),
                unsubscribe: None,
            };
            compose::enqueue(
                c,
                Some(&scope),
                &config,
                "application_rejected",
                &serde_json::json!({ "application_id": id }),
                &Recipient { user_id: None, address: &app.contact_email, name: &app.contact_name, locale },
                &brand,
                &mail,
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(back(&state, Flash::success("applications-rejected")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/become-a-partner", apply_page)
        .post("/become-a-partner", apply)
        .get("/admin/applications", list)
        .post("/admin/applications/{id}/approve", approve)
        .post("/admin/applications/{id}/reject", reject);
}
