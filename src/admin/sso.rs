//! Sign-in providers for vendor admins: list, add, edit, remove. The
//! issuer's discovery document is fetched and validated on every save.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::audit::{self, Actor, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::auth::CurrentUser;
use crate::identity::invitations::role_message_id;
use crate::identity::rbac::{Permission, Role};
use crate::identity::sso::flow::DiscoveryProblem;
use crate::identity::sso::model::{self, IdentityProvider, ProviderValues};
use crate::identity::sso::{flow, secret};
use crate::identity::users;
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::organisations::Organisation;
use crate::tenancy::scope::TenantScope;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

#[derive(Default, Deserialize, Clone)]
pub struct ProviderForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    issuer: String,
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    client_secret: String,
    #[serde(default)]
    scopes: String,
    #[serde(default)]
    email_domains: String,
    #[serde(default)]
    organisation_id: String,
    #[serde(default)]
    jit: Option<String>,
    #[serde(default)]
    default_role: String,
    #[serde(default)]
    sso_required: Option<String>,
    /// Only on the form that adds a provider.
    #[serde(default)]
    form_key: String,
    /// A secret typed into a form that was refused, sealed with the server's
    /// key, so it need not be typed again and never shows in the page.
    #[serde(default)]
    client_secret_sealed: String,
}

/// A provider as the form describes it, validated.
struct ValidProvider {
    name: String,
    issuer: String,
    client_id: String,
    /// Empty when editing and the secret is kept.
    client_secret: String,
    scopes: String,
    domains: Vec<String>,
    organisation: Organisation,
    role: Role,
}

impl ProviderForm {
    /// A new provider needs its secret; the organisation must be one the
    /// admin may bind, and the default role must fit its kind.
    fn validate(&self, t: &Translator, is_new: bool, organisations: &[Organisation]) -> Result<ValidProvider, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 100);
        let issuer = self.issuer.trim().trim_end_matches('/').to_string();
        if url::Url::parse(&issuer).map(|u| u.scheme() != "https" && u.scheme() != "http").unwrap_or(true) {
            errors.add("issuer", t.t("sso-invalid-issuer"));
        }
        let client_id = validate::required_text(t, &mut errors, "client_id", &self.client_id, 200);
        let client_secret = self.client_secret.trim().to_string();
        if is_new && client_secret.is_empty() {
            errors.add("client_secret", t.t("form-required"));
        }
        let scopes = self.scopes.split([' ', ',']).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
        if scopes.len() > 200 || !scopes.bytes().all(|b| b.is_ascii_alphanumeric() || b" :_./-".contains(&b)) {
            errors.add("scopes", t.t("sso-invalid-scopes"));
        }
        let domains = validate::email_domains(t, &mut errors, "email_domains", &self.email_domains, true);
        let organisation = self.organisation_id.parse::<i64>().ok().and_then(|oid| organisations.iter().find(|o| o.id == oid).cloned());
        let role = Role::parse(&self.default_role);
        match (organisation, role) {
            (None, _) => errors.add("organisation_id", t.t("form-invalid-choice")),
            (_, None) => errors.add("default_role", t.t("form-invalid-choice")),
            (Some(org), Some(role)) if role.is_vendor_staff() != (org.kind == "vendor") => {
                errors.add("default_role", t.t("users-role-mismatch"))
            }
            (Some(organisation), Some(role)) if errors.is_empty() => {
                return Ok(ValidProvider { name, issuer, client_id, client_secret, scopes, domains, organisation, role });
            }
            _ => {}
        }
        Err(errors)
    }

    fn from_provider(p: &IdentityProvider) -> Self {
        Self {
            name: p.name.clone(),
            issuer: p.issuer.clone(),
            client_id: p.client_id.clone(),
            client_secret: String::new(),
            scopes: p.scopes.clone(),
            email_domains: p.domains().join(", "),
            organisation_id: p.organisation_id.to_string(),
            jit: p.jit().then(|| "on".into()),
            default_role: p.default_role.clone(),
            sso_required: p.required().then(|| "on".into()),
            form_key: String::new(),
            client_secret_sealed: String::new(),
        }
    }

    /// The form to show again after a refusal: a typed secret sealed.
    fn kept(mut self, server_secret: &[u8]) -> Self {
        let typed = self.client_secret.trim();
        if !typed.is_empty() {
            self.client_secret_sealed = secret::encrypt(server_secret, typed);
        }
        self.client_secret.clear();
        self
    }

    /// The form as sent, with a sealed secret opened when none was typed
    /// (a seal that does not open is dropped: the secret is asked again).
    fn opened(mut self, server_secret: &[u8]) -> Self {
        if self.client_secret.trim().is_empty() && !self.client_secret_sealed.is_empty() {
            self.client_secret = secret::decrypt(server_secret, &self.client_secret_sealed).unwrap_or_default();
        }
        self.client_secret_sealed.clear();
        self
    }
}

struct RoleChoice {
    value: &'static str,
    label: String,
}

#[derive(Template)]
#[template(path = "admin/sso_list.html")]
struct ListPage {
    ctx: PageCtx,
    providers: Vec<IdentityProvider>,
}

#[derive(Template)]
#[template(path = "admin/sso_form.html")]
struct FormPage {
    ctx: PageCtx,
    id: Option<i64>,
    callback: Option<String>,
    form: ProviderForm,
    errors: FieldErrors,
    organisations: Vec<Organisation>,
    roles: Vec<RoleChoice>,
}

impl FormPage {
    /// What the secret field says: kept from the refused form, kept from
    /// the stored provider, or stored encrypted once typed.
    fn secret_hint(&self) -> &'static str {
        if !self.form.client_secret_sealed.is_empty() {
            "sso-client-secret-kept"
        } else if self.id.is_some() {
            "sso-client-secret-keep"
        } else {
            "sso-client-secret-hint"
        }
    }
}

async fn list(ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageIdentityProviders)?;
    let scope = user.scope;
    let providers = db::run(&state.pool, move |conn| Ok(model::list(conn, &scope)?)).await?;
    render(StatusCode::OK, &ListPage { ctx, providers })
}

async fn form_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    state: &AppState,
    id: Option<i64>,
    form: ProviderForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let organisations = db::run(&state.pool, move |conn| Ok(users::organisations(conn, &scope)?)).await?;
    let roles = Role::ALL.iter().map(|r| RoleChoice { value: r.as_str(), label: ctx.t(&role_message_id(*r)) }).collect();
    let callback = id.map(|id| flow::callback_url(&state.config, &tenant.0.tenant.slug, id));
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(status, &FormPage { ctx, id, callback, form, errors, organisations, roles })
}

async fn new_page(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageIdentityProviders)?;
    // A valid start: a partner organisation (where providers usually sit)
    // with the least-privileged role that fits it; the vendor's staff when
    // there is no partner yet.
    let scope = user.scope;
    let organisations = db::run(&state.pool, move |conn| Ok(users::organisations(conn, &scope)?)).await?;
    let first = organisations.iter().find(|o| o.kind != "vendor").or(organisations.first());
    let role = if first.is_some_and(|o| o.kind == "vendor") { Role::MarketingEditor } else { Role::PartnerUser };
    let form = ProviderForm {
        scopes: "email profile".into(),
        organisation_id: first.map(|o| o.id.to_string()).unwrap_or_default(),
        default_role: role.as_str().into(),
        jit: Some("on".into()),
        ..Default::default()
    };
    form_page(ctx, &user, &tenant, &state, None, form, FieldErrors::new()).await
}

async fn edit_page(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageIdentityProviders)?;
    let (scope, id) = (user.scope, id.into_inner());
    let provider = db::run(&state.pool, move |conn| model::find(conn, &scope, id)?.ok_or(AppError::NotFound)).await?;
    form_page(ctx, &user, &tenant, &state, Some(id), ProviderForm::from_provider(&provider), FieldErrors::new()).await
}

async fn save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: Option<i64>,
    form: ProviderForm,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageIdentityProviders)?;
    let t = ctx.translator();
    let scope = user.scope;
    let server_secret = state.config.secret_key.as_bytes().to_vec();
    let form = form.opened(&server_secret);
    let organisations = db::run(&state.pool, move |conn| Ok(users::organisations(conn, &scope)?)).await?;
    let valid = match form.validate(t, id.is_none(), &organisations) {
        Ok(valid) => valid,
        Err(errors) => return form_page(ctx, &user, &tenant, &state, id, form.kept(&server_secret), errors).await,
    };
    // Fetch and validate the discovery document now, not at the first sign-in.
    let cache = state.sso.clone();
    let check = valid.issuer.clone();
    let discovered = web::block(move || cache.discover(&check)).await.map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    if let Err(problem) = discovered {
        tracing::warn!(tenant_id = user.scope.tenant_id(), reason = %problem.detail(), "sso.discovery_failed");
        let issuer = valid.issuer.as_str();
        let message = match &problem {
            DiscoveryProblem::Unreachable(_) => t.t_args("sso-discovery-unreachable", &[("issuer", issuer)]),
            DiscoveryProblem::Status(status, _) => t.t_args("sso-discovery-status", &[("issuer", issuer), ("status", &status.to_string())]),
            DiscoveryProblem::NotDiscovery(_) => t.t_args("sso-discovery-invalid", &[("issuer", issuer)]),
            DiscoveryProblem::IssuerMismatch(_) => t.t_args("sso-discovery-mismatch", &[("issuer", issuer)]),
        };
        let mut errors = FieldErrors::new();
        errors.add("issuer", message);
        return form_page(ctx, &user, &tenant, &state, id, form.kept(&server_secret), errors).await;
    }
    let (secret_key, who) = (state.config.secret_key.as_bytes().to_vec(), user.actor());
    let key = if id.is_none() { FormKey::new("provider", user.user.id, &form.form_key) } else { None };
    let saved_id = db::run(&state.pool, move |conn| {
        let save = |conn: &mut db::AnyConnection| save_provider(conn, &scope, &who, id, &secret_key, &form, valid);
        match form_keys::once(conn, &scope, key.as_ref(), save, |id| Some(id.to_string()))? {
            Once::First(id) => Ok(id),
            Once::Repeat(id) => id.parse::<i64>().map_err(|_| AppError::Conflict),
        }
    })
    .await?;
    state.sso.forget(saved_id);
    tracing::info!(tenant_id = user.scope.tenant_id(), provider_id = saved_id, "admin.sso_saved");
    Ok(see_other(&format!("/admin/sso/{saved_id}"), Flash::success("form-saved")))
}

/// Inserts (`id` none) or updates a provider; its id.
fn save_provider(
    conn: &mut db::AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    id: Option<i64>,
    secret_key: &[u8],
    form: &ProviderForm,
    valid: ValidProvider,
) -> Result<i64, AppError> {
    let ValidProvider { name, issuer, client_id, client_secret, scopes, domains, organisation, role } = valid;
    let existing = match id {
        Some(id) => Some(model::find(conn, scope, id)?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let secret_enc = if client_secret.is_empty() {
        existing.as_ref().map(|p| p.client_secret_enc.clone()).unwrap_or_default()
    } else {
        secret::encrypt(secret_key, &client_secret)
    };
    let values = ProviderValues {
        name: &name,
        issuer: &issuer,
        client_id: &client_id,
        client_secret_enc: &secret_enc,
        scopes: &scopes,
        email_domains: &domains.join(","),
        organisation_id: organisation.id,
        jit_enabled: i32::from(form.jit.is_some()),
        default_role: role.as_str(),
        sso_required: i32::from(form.sso_required.is_some()),
        updated_at: db::now(),
    };
    db::transaction(conn, |c| {
        let saved = match id {
            Some(id) => model::update(c, scope, id, &values).map(|_| id)?,
            None => model::insert(c, scope, &values)?,
        };
        // The secret itself never goes to the log: only whether it changed.
        let diff = serde_json::json!({
            "name": name,
            "issuer": issuer,
            "client_id": client_id,
            "client_secret_changed": !client_secret.is_empty(),
            "scopes": scopes,
            "email_domains": domains,
            "organisation_id": organisation.id,
            "jit": form.jit.is_some(),
            "default_role": role.as_str(),
            "required": form.sso_required.is_some(),
        });
        let action = if id.is_some() { "sso.provider_updated" } else { "sso.provider_created" };
        audit::record(c, scope, who, &Entry::new(action, "identity_provider", saved).changes(diff))?;
        Ok::<_, diesel::result::Error>(saved)
    })
    .map_err(AppError::from)
}

async fn create(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    form: web::Form<ProviderForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    save(ctx, user, tenant, None, form.into_inner(), state).await
}

async fn update(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<ProviderForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    save(ctx, user, tenant, Some(id.into_inner()), form.into_inner(), state).await
}

async fn delete(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageIdentityProviders)?;
    let (scope, id, who) = (user.scope, id.into_inner(), user.actor());
    let removed = db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            let removed = model::delete(c, &scope, id)?;
            if removed > 0 {
                audit::record(c, &scope, &who, &Entry::new("sso.provider_deleted", "identity_provider", id))?;
            }
            Ok::<_, diesel::result::Error>(removed)
        })?)
    })
    .await?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    state.sso.forget(id);
    Ok(see_other("/admin/sso", Flash::success("sso-removed")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/sso", list)
        .get("/admin/sso/new", new_page)
        .post("/admin/sso", create)
        .get("/admin/sso/{id}", edit_page)
        .post("/admin/sso/{id}", update)
        .post("/admin/sso/{id}/delete", delete);
}
