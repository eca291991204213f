//! Partner organisations for vendor staff: the list and adding a partner
//! (with its tier and the e-mail domains used to map SSO sign-ins); a
//! partner's own organisation page; and the co-branding profile (contact and
//! logo) that partner admins keep for their organisation and vendor staff may
//! set for any.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::audit::{self, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::partners::directory::{self, PartnerForm};
use crate::state::AppState;
use crate::storage::files::{self, StoredKeys};
use crate::storage::inspect::FileKind;
use crate::storage::model as stored;
use crate::storage::store::{Area, Key};
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::model::{self as tenancy, Tier};
use crate::tenancy::organisations::{self as model, OrgKind, Organisation, PartnerRow, ProfileChanges};
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::files::{self as web_files, Caching, Disposition};
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;
use crate::web::upload;

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
    fn count(&self) -> i64 {
        self.rows.len() as i64
    }

    fn filtered(&self) -> bool {
        let f = &self.filter;
        [&f.q, &f.tier, &f.status, &f.country].iter().any(|v| !v.trim().is_empty())
    }

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
    /// `country`: the country filter as a code (a name typed is read in the page's language).
    fn keep(&self, row: &PartnerRow, country: Option<&str>) -> bool {
        let q = self.q.trim().to_lowercase();
        (q.is_empty() || row.org.name.to_lowercase().contains(&q) || row.org.email_domains.contains(&q))
            && (self.tier.is_empty() || row.org.tier_id.map(|t| t.to_string()) == Some(self.tier.clone()))
            && (self.status.is_empty() || row.org.status == self.status)
            && (self.country.trim().is_empty() || row.org.country.as_deref().is_some_and(|c| Some(c) == country))
    }
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
    let country = crate::i18n::countries::parse(ctx.locale(), &filter.country);
    let rows = rows.into_iter().filter(|r| filter.keep(r, country)).collect();
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
    let (scope, who) = (user.scope, user.actor());
    let key = FormKey::new("partner", user.user.id, &form.form_key);
    let created = db::run(&state.pool, move |conn| {
        form_keys::once(
            conn,
            &scope,
            key.as_ref(),
            |conn| directory::create(conn, &scope, &who, &partner),
            |made| made.as_ref().ok().map(|o| o.name.clone()),
        )
    })
    .await?;
    let name = match created {
        Once::First(Ok(org)) => org.name,
        Once::Repeat(name) => name,
        Once::First(Err(refusal)) => {
            let mut errors = FieldErrors::new();
            let (field, message) = refusal.field();
            errors.add(field, ctx.t(message));
            return page(ctx, &user, form, errors, PartnerFilter::default(), &state).await;
        }
    };
    Ok(see_other("/admin/partners", Flash::success("partners-created").with_arg("name", &name)))
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
    profile: ProfileCard,
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
    profile: ProfileInput,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let (org, tiers, users, deals) = db::run(&state.pool, move |conn| {
        let org = model::find(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        let users = crate::identity::users::list(conn, &scope.for_partner(id).map_err(|_| AppError::NotFound)?)?;
        let deals = crate::deals::model::facts(
            conn,
            &crate::deals::model::Viewer::tenant(scope.for_partner(id).map_err(|_| AppError::NotFound)?),
            Default::default(),
        )?;
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
    let status = profile.status().unwrap_or(if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY });
    let profile = ProfileCard::new(&org, profile, &format!("/admin/partners/{}", org.id), true);
    render(status, &PartnerPage { ctx, org, tiers, users, deals, errors, profile })
}

async fn show(ctx: PageCtx, user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    partner_page(ctx, &user, id.into_inner(), None, FieldErrors::new(), ProfileInput::default(), &state).await
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
        Err(errors) => return partner_page(ctx, &user, id, Some(form.into_inner()), errors, ProfileInput::default(), &state).await,
    };
    let (scope, who) = (user.scope, user.actor());
    let saved = db::run(&state.pool, move |conn| directory::update(conn, &scope, &who, id, &partner)).await?;
    if let Err(refusal) = saved {
        let mut errors = FieldErrors::new();
        let (field, message) = refusal.field();
        errors.add(field, ctx.t(message));
        return partner_page(ctx, &user, id, Some(form.into_inner()), errors, ProfileInput::default(), &state).await;
    }
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
    profile: ProfileCard,
    /// What the tier asks in certificates, as it stands: (course, standing).
    requirements: Vec<(String, crate::training::requirements::Standing)>,
}

impl OwnPage {
    fn compliance(&self, standing: &crate::training::requirements::Standing) -> String {
        self.ctx.t(&format!("compliance-{}", standing.compliance.as_str()))
    }

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

/// A partner's own organisation: its tier, its rules, what the next tier
/// gives, and its co-branding profile.
async fn own(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    own_page(ctx, &user, ProfileInput::default(), &state).await
}

async fn own_page(ctx: PageCtx, user: &CurrentUser, profile: ProfileInput, state: &AppState) -> Result<HttpResponse, AppError> {
    let org_id = user.scope.partner_org_id().ok_or(AppError::NotFound)?;
    let scope = user.scope;
    let today = db::now().date();
    let (org, tiers, open_deals, standings, courses) = db::run(&state.pool, move |conn| {
        let org = model::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?;
        let open = crate::deals::model::count_open_for_partner(conn, &scope.tenant_only(), org_id)?;
        let tiers = tenancy::tiers(conn, &scope.tenant_only())?;
        let standings = match tiers.iter().find(|t| Some(t.id) == org.tier_id) {
            Some(tier) => crate::training::requirements::for_organisation(conn, &scope, &org, tier, today)?,
            None => Vec::new(),
        };
        let courses = if standings.is_empty() { Vec::new() } else { crate::training::course::list(conn, &scope.tenant_only())? };
        Ok((org, tiers, open, standings, courses))
    })
    .await?;
    let default = ctx.tenant().map(|t| t.default_locale.code()).unwrap_or("en-US").to_string();
    let requirements = standings
        .into_iter()
        .map(|s| {
            (
                courses
                    .iter()
                    .find(|c| c.id() == s.requirement.course_id)
                    .map(|c| c.title(ctx.locale().code(), &default))
                    .unwrap_or_default(),
                s,
            )
        })
        .collect();
    let tier = tiers.iter().find(|t| Some(t.id) == org.tier_id).cloned();
    let next = match &tier {
        Some(t) => tiers.iter().filter(|x| x.rank > t.rank).min_by_key(|x| x.rank).cloned(),
        None => tiers.iter().min_by_key(|x| x.rank).cloned(),
    };
    let status = profile.status().unwrap_or(StatusCode::OK);
    let can_edit = user.can(Permission::ManageOwnOrganisation);
    let profile = ProfileCard::new(&org, profile, "/organisation", can_edit);
    render(status, &OwnPage { ctx, org, tier, next, open_deals, profile, requirements })
}

// ---- the co-branding profile: contact and logo ----

/// The profile form (partner admins for their own organisation, vendor staff for any).
#[derive(Default, Deserialize, Clone)]
pub struct ProfileForm {
    #[serde(default)]
    website: String,
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    contact_email: String,
    #[serde(default)]
    contact_phone: String,
}

struct ValidProfile {
    website: Option<String>,
    contact_name: String,
    contact_email: String,
    contact_phone: String,
}

impl ProfileForm {
    fn validate(&self, t: &Translator) -> Result<ValidProfile, FieldErrors> {
        let mut errors = FieldErrors::new();
        let website = validate::website(t, &mut errors, "website", &self.website);
        let contact_name = validate::optional_text(t, &mut errors, "contact_name", &self.contact_name, 120);
        let contact_email = if self.contact_email.trim().is_empty() {
            String::new()
        } else {
            validate::email(t, &mut errors, "contact_email", &self.contact_email)
        };
        let contact_phone = validate::phone(t, &mut errors, "contact_phone", &self.contact_phone);
        errors.into_result(ValidProfile { website: (!website.is_empty()).then_some(website), contact_name, contact_email, contact_phone })
    }

    fn of(org: &Organisation) -> Self {
        Self {
            website: org.website.clone().unwrap_or_default(),
            contact_name: org.contact_name.clone(),
            contact_email: org.contact_email.clone(),
            contact_phone: org.contact_phone.clone(),
        }
    }
}

/// What a failed profile or logo form brings back to the page.
#[derive(Default)]
struct ProfileInput {
    typed: Option<ProfileForm>,
    errors: FieldErrors,
    logo_error: Option<(StatusCode, String)>,
}

impl ProfileInput {
    fn status(&self) -> Option<StatusCode> {
        match (&self.logo_error, self.errors.is_empty()) {
            (Some((status, _)), _) => Some(*status),
            (None, false) => Some(StatusCode::UNPROCESSABLE_ENTITY),
            (None, true) => None,
        }
    }
}

/// The profile card as both pages draw it (`partners/profile.html`).
pub struct ProfileCard {
    form: ProfileForm,
    errors: FieldErrors,
    logo_error: Option<String>,
    /// `/organisation` or `/admin/partners/{id}`: the card posts to `{base}/profile` and `{base}/logo`.
    base: String,
    has_logo: bool,
    logo_version: i64,
    can_edit: bool,
}

impl ProfileCard {
    fn new(org: &Organisation, input: ProfileInput, base: &str, can_edit: bool) -> Self {
        Self {
            form: input.typed.unwrap_or_else(|| ProfileForm::of(org)),
            errors: input.errors,
            logo_error: input.logo_error.map(|(_, m)| m),
            base: base.to_string(),
            has_logo: org.logo_file_id.is_some(),
            logo_version: org.logo_file_id.unwrap_or(0),
            can_edit,
        }
    }
}

/// Which organisation a profile route is about, after its permission check.
fn profile_target(user: &CurrentUser, id: Option<i64>) -> Result<i64, AppError> {
    match id {
        Some(id) => {
            user.require(Permission::ManagePartners)?;
            Ok(id)
        }
        None => {
            user.require(Permission::ManageOwnOrganisation)?;
            user.scope.partner_org_id().ok_or(AppError::NotFound)
        }
    }
}

async fn profile_page(
    ctx: PageCtx,
    user: &CurrentUser,
    id: Option<i64>,
    input: ProfileInput,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    match id {
        Some(id) => partner_page(ctx, user, id, None, FieldErrors::new(), input, state).await,
        None => own_page(ctx, user, input, state).await,
    }
}

async fn save_profile(
    ctx: PageCtx,
    user: CurrentUser,
    id: Option<i64>,
    form: ProfileForm,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let org_id = profile_target(&user, id)?;
    let profile = match form.validate(ctx.translator()) {
        Ok(profile) => profile,
        Err(errors) => return profile_page(ctx, &user, id, ProfileInput { typed: Some(form), errors, logo_error: None }, &state).await,
    };
    let (scope, who) = (user.scope.tenant_only(), user.actor());
    db::run(&state.pool, move |conn| {
        model::find(conn, &scope, org_id)?.filter(|o| o.kind == OrgKind::Partner.as_str()).ok_or(AppError::NotFound)?;
        let changes = ProfileChanges {
            website: profile.website.as_deref(),
            contact_name: &profile.contact_name,
            contact_email: &profile.contact_email,
            contact_phone: &profile.contact_phone,
            updated_at: db::now(),
        };
        db::transaction(conn, |c| {
            model::update_profile(c, &scope, org_id, &changes)?;
            let diff = serde_json::json!({
                "website": profile.website,
                "contact_name": profile.contact_name,
                "contact_email": profile.contact_email,
                "contact_phone": profile.contact_phone,
            });
            audit::record(c, &scope, &who, &Entry::new("partner.profile_updated", "organisation", org_id).changes(diff))
        })?;
        Ok(())
    })
    .await?;
    tracing::info!(tenant_id = scope.tenant_id(), org_id, "partner.profile_saved");
    let back = id.map_or("/organisation".to_string(), |id| format!("/admin/partners/{id}"));
    Ok(see_other(&back, Flash::success("profile-saved")))
}

async fn own_profile(
    ctx: PageCtx,
    user: CurrentUser,
    form: web::Form<ProfileForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    save_profile(ctx, user, None, form.into_inner(), state).await
}

async fn partner_profile(
    ctx: PageCtx,
    user: CurrentUser,
    id: web::Path<i64>,
    form: web::Form<ProfileForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    save_profile(ctx, user, Some(id.into_inner()), form.into_inner(), state).await
}

/// The largest partner logo.
const MAX_PARTNER_LOGO_BYTES: usize = 2 * 1024 * 1024;

async fn save_logo(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    id: Option<i64>,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let org_id = profile_target(&user, id)?;
    let scope = user.scope.tenant_only();
    // The organisation first: nothing is stored for one that is not there.
    let exists =
        db::run(&state.pool, move |conn| Ok(model::find(conn, &scope, org_id)?.is_some_and(|o| o.kind == OrgKind::Partner.as_str())))
            .await?;
    if !exists {
        return Err(AppError::NotFound);
    }
    let form = upload::read(&req, payload, "logo", MAX_PARTNER_LOGO_BYTES, state.config.max_body_bytes).await?;
    let refused = |status, message| ProfileInput { typed: None, errors: FieldErrors::new(), logo_error: Some((status, message)) };
    if form.file_too_large {
        let message = upload::too_large_message(&ctx, MAX_PARTNER_LOGO_BYTES);
        return profile_page(ctx, &user, id, refused(StatusCode::PAYLOAD_TOO_LARGE, message), &state).await;
    }
    let Some((name, bytes)) = form.file.filter(|(_, b)| !b.is_empty()) else {
        let message = ctx.t("branding-logo-missing");
        return profile_page(ctx, &user, id, refused(StatusCode::UNPROCESSABLE_ENTITY, message), &state).await;
    };
    let prepared = match files::prepare(&state.storage, &scope, Area::Partners, bytes, &FileKind::IMAGES, &name).await? {
        Ok(prepared) => prepared,
        Err(refusal) => {
            let message = upload::refusal_message(&ctx, refusal);
            return profile_page(ctx, &user, id, refused(StatusCode::UNPROCESSABLE_ENTITY, message), &state).await;
        }
    };
    let keys = prepared.keys();
    let (uploader, who) = (user.user.id, user.actor());
    let saved = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let now = db::now();
            let org = model::find(c, &scope, org_id)?.ok_or(AppError::NotFound)?;
            let file = stored::record(c, &scope, &prepared.record(Some(uploader)), now)?;
            model::set_logo(c, &scope, org_id, Some(file.id), now)?;
            let diff = serde_json::json!({ "logo_file_id": file.id, "size_bytes": file.size_bytes });
            audit::record(c, &scope, &who, &Entry::new("partner.logo_changed", "organisation", org_id).changes(diff))?;
            // The old logo's record goes; its bytes after the commit.
            let old = match org.logo_file_id {
                Some(old_id) => stored::find(c, &scope, old_id)?,
                None => None,
            };
            if let Some(old) = &old {
                stored::forget(c, &scope, old.id)?;
            }
            Ok::<_, AppError>(old.map(|f| StoredKeys::of(&scope, &f)).unwrap_or_default())
        })
    })
    .await;
    match saved {
        Ok(stale) => stale.remove(&state.storage).await,
        Err(e) => {
            keys.remove(&state.storage).await;
            return Err(e);
        }
    }
    tracing::info!(tenant_id = scope.tenant_id(), org_id, "partner.logo_saved");
    let back = id.map_or("/organisation".to_string(), |id| format!("/admin/partners/{id}"));
    Ok(see_other(&back, Flash::success("profile-logo-saved")))
}

async fn own_logo_upload(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    save_logo(req, ctx, user, None, payload, state).await
}

async fn partner_logo_upload(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    id: web::Path<i64>,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    save_logo(req, ctx, user, Some(id.into_inner()), payload, state).await
}

/// A partner's logo: to its own members, and to vendor staff who manage partners.
/// The path names the file, so a new logo is a new URL (cached for good).
async fn serve_logo(user: &CurrentUser, org_id: i64, file_id: i64, state: &AppState) -> Result<HttpResponse, AppError> {
    let scope = user.scope.tenant_only();
    let file = db::run(&state.pool, move |conn| {
        let org = model::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?;
        match org.logo_file_id {
            Some(id) if id == file_id => Ok(stored::find(conn, &scope, id)?),
            _ => Ok(None),
        }
    })
    .await?
    .ok_or(AppError::NotFound)?;
    let kind = file.kind().filter(|k| k.is_image()).ok_or(AppError::NotFound)?;
    let key = Key::stored(&scope, &file.storage_key).ok_or(AppError::NotFound)?;
    web_files::serve(&state.storage, &key, kind.mime(), &file.file_name, Disposition::Inline, Caching::Immutable).await
}

async fn own_logo(user: CurrentUser, file: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let org_id = user.scope.partner_org_id().ok_or(AppError::NotFound)?;
    serve_logo(&user, org_id, file.into_inner(), &state).await
}

async fn partner_logo(user: CurrentUser, path: web::Path<(i64, i64)>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManagePartners)?;
    let (id, file) = path.into_inner();
    serve_logo(&user, id, file, &state).await
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/partners", list)
        .post("/admin/partners", create)
        .get("/admin/partners/{id}", show)
        .post("/admin/partners/{id}", edit)
        .post("/admin/partners/{id}/profile", partner_profile)
        .post("/admin/partners/{id}/logo", partner_logo_upload)
        .get("/admin/partners/{id}/logo/{file}", partner_logo)
        .get("/organisation", own)
        .post("/organisation/profile", own_profile)
        .post("/organisation/logo", own_logo_upload)
        .get("/organisation/logo/{file}", own_logo);
}
