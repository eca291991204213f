//! User administration pages: `/admin/users` for vendor admins (the whole
//! tenant) and `/organisation/users` for partner admins (their own
//! organisation). The same handlers serve both; the area decides the
//! permission, and the user's scope decides what can be seen.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::auth::CurrentUser;
use crate::identity::invitations::role_message_id;
use crate::identity::rbac::{Permission, Role};
use crate::identity::users::{self, Invite, UserError, UserRow};
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::organisations::Organisation;
use crate::validate::FieldErrors;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Tenant,
    Organisation,
}

impl Area {
    fn base(self) -> &'static str {
        match self {
            Area::Tenant => "/admin/users",
            Area::Organisation => "/organisation/users",
        }
    }

    fn permission(self) -> Permission {
        match self {
            Area::Tenant => Permission::ManageUsers,
            Area::Organisation => Permission::ManageOwnOrganisationUsers,
        }
    }
}

pub struct RoleOption {
    pub value: &'static str,
    pub label: String,
}

#[derive(Default, Deserialize, Clone)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation_id: String,
    #[serde(default)]
    form_key: String,
}

/// An invitation as the form describes it, validated.
struct ValidInvite {
    email: String,
    display_name: String,
    role: Role,
    /// As sent; the service checks it is an organisation the inviter may fill.
    organisation_id: i64,
}

impl InviteForm {
    /// `actor` may hand out only the roles it may assign; a partner admin
    /// invites into their own organisation.
    fn validate(&self, t: &Translator, actor: &CurrentUser, area: Area) -> Result<ValidInvite, FieldErrors> {
        let mut errors = FieldErrors::new();
        let fields = users::invite_fields(t, &mut errors, &self.email, &self.display_name, &self.role, actor.role);
        let organisation_id = match area {
            Area::Organisation => actor.user.organisation_id,
            Area::Tenant => self.organisation_id.parse::<i64>().unwrap_or(0),
        };
        match fields {
            Some((email, display_name, role)) => Ok(ValidInvite { email, display_name, role, organisation_id }),
            None => Err(errors),
        }
    }
}

#[derive(Template)]
#[template(path = "identity/users.html")]
struct UsersPage {
    ctx: PageCtx,
    base: &'static str,
    tenant_area: bool,
    rows: Vec<UserRow>,
    roles: Vec<RoleOption>,
    organisations: Vec<Organisation>,
    form: InviteForm,
    errors: FieldErrors,
    me: i64,
}

impl UsersPage {
    fn role_label(&self, role: &str) -> String {
        Role::parse(role).map(|r| self.ctx.t(&role_message_id(r))).unwrap_or_default()
    }

    fn status_label(&self, status: &str) -> String {
        self.ctx.t(&format!("user-status-{status}"))
    }

    fn can_assign(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r.value == role)
    }

    /// Whether `option` fits the organisation of someone who now has `current`
    /// (staff roles for the vendor's people, partner roles for partners').
    fn fits(&self, option: &str, current: &str) -> bool {
        matches!((Role::parse(option), Role::parse(current)), (Some(a), Some(b)) if a.is_vendor_staff() == b.is_vendor_staff())
    }

    /// The organisation an invitation starts with: the first partner's
    /// (where the least-privileged role fits), else the first there is.
    fn is_default_org(&self, id: &i64) -> bool {
        self.organisations.iter().find(|o| o.kind != "vendor").or(self.organisations.first()).is_some_and(|o| o.id == *id)
    }

    /// The role an invitation starts with: the least privileged that fits
    /// the organisation it starts with.
    fn default_role(&self) -> &'static str {
        let partner_first = !self.tenant_area || self.organisations.iter().any(|o| o.kind != "vendor");
        if partner_first { Role::PartnerUser.as_str() } else { Role::MarketingEditor.as_str() }
    }
}

/// The roles `actor` may hand out, least privileged first.
fn role_options(ctx: &PageCtx, actor: Role) -> Vec<RoleOption> {
    actor.assignable_roles().iter().rev().map(|r| RoleOption { value: r.as_str(), label: ctx.t(&role_message_id(*r)) }).collect()
}

async fn page(
    ctx: PageCtx,
    user: &CurrentUser,
    area: Area,
    form: InviteForm,
    errors: FieldErrors,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let (rows, organisations) =
        db::run(&state.pool, move |conn| Ok((users::list(conn, &scope)?, users::organisations(conn, &scope)?))).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let roles = role_options(&ctx, user.role);
    render(
        status,
        &UsersPage {
            ctx,
            base: area.base(),
            tenant_area: area == Area::Tenant,
            rows,
            roles,
            organisations,
            form,
            errors,
            me: user.user.id,
        },
    )
}

async fn list(ctx: PageCtx, user: CurrentUser, area: Area, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(area.permission())?;
    page(ctx, &user, area, InviteForm::default(), FieldErrors::new(), &state).await
}

fn user_error_flash(e: UserError) -> Flash {
    Flash::error(e.message().1)
}

async fn invite(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    area: Area,
    form: InviteForm,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(area.permission())?;
    let invite = match form.validate(ctx.translator(), &user, area) {
        Ok(invite) => invite,
        Err(errors) => return page(ctx, &user, area, form, errors, &state).await,
    };
    let scope = user.scope;
    let config = state.config.clone();
    let slug = tenant.0.tenant.slug.clone();
    let (actor, who) = (user.role, user.actor());
    let key = FormKey::new("invite", user.user.id, &form.form_key);
    let outcome = db::run(&state.pool, move |conn| {
        let ValidInvite { email, display_name, role, organisation_id } = &invite;
        let invite = Invite { email, display_name, role: *role, organisation_id: *organisation_id };
        let send = |conn: &mut db::AnyConnection| users::invite(conn, &scope, actor, &who, &config, &slug, &invite);
        Ok(match form_keys::once(conn, &scope, key.as_ref(), send, |sent| sent.as_ref().ok().map(|i| i.email.clone()))? {
            Once::First(outcome) => outcome.map(|invited| invited.email),
            // Sent before: no second invitation, the same answer.
            Once::Repeat(email) => Ok(email),
        })
    })
    .await?;
    match outcome {
        Ok(email) => Ok(see_other(area.base(), Flash::success("users-invited").with_arg("email", &email))),
        Err(e @ (UserError::EmailTaken | UserError::NoSuchOrganisation | UserError::RoleMismatch)) => {
            let mut errors = FieldErrors::new();
            let (field, message) = e.message();
            errors.add(field, ctx.t(message));
            page(ctx, &user, area, form, errors, &state).await
        }
        Err(e) => Ok(see_other(area.base(), user_error_flash(e))),
    }
}

#[derive(Deserialize)]
struct RoleForm {
    #[serde(default)]
    role: String,
}

async fn change_role(user: CurrentUser, area: Area, id: i64, form: RoleForm, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(area.permission())?;
    let role = Role::parse(&form.role).ok_or(AppError::BadRequest)?;
    let (scope, actor, actor_role, who) = (user.scope, user.user.clone(), user.role, user.actor());
    let outcome = db::run(&state.pool, move |conn| users::change_role(conn, &scope, &actor, actor_role, &who, id, role)).await?;
    Ok(match outcome {
        Ok(()) => see_other(area.base(), Flash::success("form-saved")),
        Err(e) => see_other(area.base(), user_error_flash(e)),
    })
}

async fn set_active(user: CurrentUser, area: Area, id: i64, active: bool, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(area.permission())?;
    let (scope, actor, actor_role, who) = (user.scope, user.user.clone(), user.role, user.actor());
    let outcome = db::run(&state.pool, move |conn| users::set_active(conn, &scope, &actor, actor_role, &who, id, active)).await?;
    Ok(match outcome {
        Ok(()) => see_other(area.base(), Flash::success(if active { "users-reactivated" } else { "users-deactivated" })),
        Err(e) => see_other(area.base(), user_error_flash(e)),
    })
}

async fn resend(
    user: CurrentUser,
    tenant: CurrentTenant,
    area: Area,
    id: i64,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(area.permission())?;
    let scope = user.scope;
    let config = state.config.clone();
    let (slug, who) = (tenant.0.tenant.slug.clone(), user.actor());
    db::run(&state.pool, move |conn| users::resend_invitation(conn, &scope, &who, &config, &slug, id)).await?;
    Ok(see_other(area.base(), Flash::success("users-invitation-resent")))
}

macro_rules! area_routes {
    ($routes:expr, $area:expr, $base:literal) => {{
        const AREA: Area = $area;
        $routes
            .get($base, |ctx: PageCtx, user: CurrentUser, state: web::Data<AppState>| list(ctx, user, AREA, state))
            .post(
                concat!($base, "/invite"),
                |ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, form: web::Form<InviteForm>, state: web::Data<AppState>| {
                    invite(ctx, user, tenant, AREA, form.into_inner(), state)
                },
            )
            .post(
                concat!($base, "/{id}/role"),
                |user: CurrentUser, id: web::Path<i64>, form: web::Form<RoleForm>, state: web::Data<AppState>| {
                    change_role(user, AREA, id.into_inner(), form.into_inner(), state)
                },
            )
            .post(concat!($base, "/{id}/deactivate"), |user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>| {
                set_active(user, AREA, id.into_inner(), false, state)
            })
            .post(concat!($base, "/{id}/reactivate"), |user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>| {
                set_active(user, AREA, id.into_inner(), true, state)
            })
            .post(
                concat!($base, "/{id}/invitation"),
                |user: CurrentUser, tenant: CurrentTenant, id: web::Path<i64>, state: web::Data<AppState>| {
                    resend(user, tenant, AREA, id.into_inner(), state)
                },
            );
    }};
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    let mut routes = crate::web::routes::Routes::new(cfg);
    area_routes!(routes, Area::Tenant, "/admin/users");
    area_routes!(routes, Area::Organisation, "/organisation/users");
}
