//! Managing users: invite, change role, deactivate and reactivate — for
//! vendor admins across the tenant, for partner admins within their own
//! organisation (the scope says which).

use diesel::prelude::*;

use super::model::{self, NewUser, User};
use super::rbac::Role;
use super::{invitations, sessions};
use crate::audit::{self, Actor, Entry};
use crate::config::Config;
use crate::db::schema::{organisations, users};
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::i18n::Translator;
use crate::identity::model::UserStatus;
use crate::tenancy::organisations::Organisation;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::tenancy::usage::{self, Metric};
use crate::validate::{self, FieldErrors};

/// A user with the name of their organisation, for lists.
pub struct UserRow {
    pub user: User,
    pub organisation: String,
}

pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<UserRow>> {
    let source = users::table.inner_join(
        organisations::table.on(organisations::id.eq(users::organisation_id).and(organisations::tenant_id.eq(users::tenant_id))),
    );
    let query = scoped!(source => users, scope, narrowed by organisation_id).order((
        organisations::kind.desc(),
        organisations::name.asc(),
        users::email.asc(),
    ));
    let rows: Vec<(User, String)> = query.select((User::as_select(), organisations::name)).limit(1_000).load(conn)?;
    Ok(rows.into_iter().map(|(user, organisation)| UserRow { user, organisation }).collect())
}

/// Organisations the scope may put users into (active ones).
pub fn organisations(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<Organisation>> {
    let query = scoped!(organisations, scope, narrowed by id)
        .filter(organisations::status.eq(crate::tenancy::organisations::OrgStatus::Active.as_str()))
        .order((organisations::kind.desc(), organisations::name.asc()));
    query.select(Organisation::as_select()).load(conn)
}

/// One page of the scope's users, by id (for the API): after `after`, at most `limit`.
pub fn page(conn: &mut AnyConnection, scope: &TenantScope, after: Option<i64>, limit: i64) -> QueryResult<Vec<UserRow>> {
    let source = users::table.inner_join(
        organisations::table.on(organisations::id.eq(users::organisation_id).and(organisations::tenant_id.eq(users::tenant_id))),
    );
    let query = scoped!(source => users, scope, narrowed by organisation_id)
        .filter(users::id.gt(after.unwrap_or(0)))
        .order(users::id.asc())
        .limit(limit);
    let rows: Vec<(User, String)> = query.select((User::as_select(), organisations::name)).load(conn)?;
    Ok(rows.into_iter().map(|(user, organisation)| UserRow { user, organisation }).collect())
}

/// An invitation's address, name and role, checked the one way for every
/// door (the pages, the API): the role must be one `actor` may hand out.
pub fn invite_fields(
    t: &Translator,
    errors: &mut FieldErrors,
    email: &str,
    display_name: &str,
    role: &str,
    actor: Role,
) -> Option<(String, String, Role)> {
    let email = validate::email(t, errors, "email", email);
    let display_name = validate::required_text(t, errors, "display_name", display_name, 100);
    let role = Role::parse(role).filter(|r| actor.assignable_roles().contains(r));
    if role.is_none() {
        errors.add("role", t.t("form-invalid-choice"));
    }
    role.filter(|_| errors.is_empty()).map(|role| (email, display_name, role))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserError {
    /// Someone in this tenant already has the address.
    EmailTaken,
    /// The role does not fit the organisation (staff roles are for the vendor).
    RoleMismatch,
    /// Not a role this user may hand out.
    RoleNotAllowed,
    /// One cannot lock oneself out.
    OwnAccount,
    /// Not an active organisation the inviter may fill (unknown, another
    /// partner's, or suspended).
    NoSuchOrganisation,
}

impl UserError {
    /// The message that says it, and the invitation field it belongs to.
    pub fn message(self) -> (&'static str, &'static str) {
        match self {
            UserError::EmailTaken => ("email", "users-email-taken"),
            UserError::RoleMismatch => ("role", "users-role-mismatch"),
            UserError::RoleNotAllowed => ("role", "users-role-not-allowed"),
            UserError::OwnAccount => ("id", "users-own-account"),
            UserError::NoSuchOrganisation => ("organisation_id", "form-invalid-choice"),
        }
    }
}

pub struct Invite<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub organisation_id: i64,
}

/// Creates the user (invited) and mails the invitation, in one transaction.
pub fn invite(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    actor: Role,
    who: &Actor,
    config: &Config,
    slug: &str,
    invite: &Invite<'_>,
) -> Result<Result<User, UserError>, AppError> {
    if !actor.assignable_roles().contains(&invite.role) {
        return Ok(Err(UserError::RoleNotAllowed));
    }
    let Some(org) = organisations(conn, scope)?.into_iter().find(|o| o.id == invite.organisation_id) else {
        return Ok(Err(UserError::NoSuchOrganisation));
    };
    if invite.role.is_vendor_staff() != (org.kind == "vendor") {
        return Ok(Err(UserError::RoleMismatch));
    }
    db::transaction(conn, |c| {
        // Addresses are unique per tenant: a partner admin must not create a
        // second account for someone of another organisation.
        if model::find_by_email(c, &scope.tenant_only(), invite.email)?.is_some() {
            return Ok(Err(UserError::EmailTaken));
        }
        // The plan's limit on users, checked in this write (a race for the
        // last seat is decided here).
        usage::ensure(c, scope, Metric::Users, 1)?;
        let now = db::now();
        let user = match model::insert(
            c,
            scope,
            &NewUser::new(org.id, invite.email, invite.display_name, invite.role, UserStatus::Invited, now),
        ) {
            Ok(u) => u,
            Err(e) if db::is_unique_violation(&e) => return Ok(Err(UserError::EmailTaken)),
            Err(e) => return Err(e.into()),
        };
        invitations::invite(c, scope, config, &user, slug)?;
        let changes = serde_json::json!({ "email": user.email, "role": user.role, "organisation_id": user.organisation_id });
        audit::record(c, scope, who, &Entry::new("user.invited", "user", user.id).changes(changes))?;
        let data = crate::webhooks::events::UserData {
            id: user.id,
            email: user.email.clone(),
            display_name: user.display_name.clone(),
            role: user.role.clone(),
            organisation_id: user.organisation_id,
        };
        crate::webhooks::emit(c, scope, crate::webhooks::EventType::UserInvited, &data)?;
        Ok(Ok(user))
    })
}

fn target(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64) -> Result<User, AppError> {
    model::find(conn, scope, user_id)?.ok_or(AppError::NotFound)
}

pub fn change_role(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    actor: &User,
    actor_role: Role,
    who: &Actor,
    user_id: i64,
    role: Role,
) -> Result<Result<(), UserError>, AppError> {
    let user = target(conn, scope, user_id)?;
    if user.id == actor.id {
        return Ok(Err(UserError::OwnAccount));
    }
    let current = Role::parse(&user.role).ok_or(AppError::NotFound)?;
    if !actor_role.assignable_roles().contains(&role) || !actor_role.assignable_roles().contains(&current) {
        return Ok(Err(UserError::RoleNotAllowed));
    }
    if role.is_vendor_staff() != current.is_vendor_staff() {
        return Ok(Err(UserError::RoleMismatch));
    }
    db::transaction(conn, |c| {
        diesel::update(scoped!(users, scope).filter(users::id.eq(user.id)))
            .set((users::role.eq(role.as_str()), users::updated_at.eq(db::now())))
            .execute(c)?;
        let changes = serde_json::json!({ "email": user.email, "role": { "from": current.as_str(), "to": role.as_str() } });
        audit::record(c, scope, who, &Entry::new("user.role_changed", "user", user.id).changes(changes))
    })?;
    Ok(Ok(()))
}

/// Deactivates (`active = false`) or reactivates a user; deactivation ends
/// their sessions at once.
pub fn set_active(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    actor: &User,
    actor_role: Role,
    who: &Actor,
    user_id: i64,
    active: bool,
) -> Result<Result<(), UserError>, AppError> {
    let user = target(conn, scope, user_id)?;
    if user.id == actor.id {
        return Ok(Err(UserError::OwnAccount));
    }
    let current = Role::parse(&user.role).ok_or(AppError::NotFound)?;
    if !actor_role.assignable_roles().contains(&current) {
        return Ok(Err(UserError::RoleNotAllowed));
    }
    let status = match (active, user.password_hash.is_some()) {
        (false, _) => UserStatus::Disabled,
        (true, true) => UserStatus::Active,
        (true, false) => UserStatus::Invited,
    };
    db::transaction(conn, |c| {
        diesel::update(scoped!(users, scope).filter(users::id.eq(user.id)))
            .set((users::status.eq(status.as_str()), users::updated_at.eq(db::now())))
            .execute(c)?;
        if !active {
            sessions::end_user_sessions(c, scope, user.id)?;
        }
        let action = if active { "user.reactivated" } else { "user.deactivated" };
        audit::record(c, scope, who, &Entry::new(action, "user", user.id).changes(serde_json::json!({ "email": user.email })))?;
        Ok::<_, AppError>(())
    })?;
    tracing::info!(tenant_id = scope.tenant_id(), actor = actor.id, user_id = user.id, active, "admin.user_status");
    Ok(Ok(()))
}

/// Sends a fresh invitation to a user who has not accepted yet.
pub fn resend_invitation(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    config: &Config,
    slug: &str,
    user_id: i64,
) -> Result<(), AppError> {
    let user = target(conn, scope, user_id)?;
    if user.status() != UserStatus::Invited {
        return Err(AppError::Conflict);
    }
    db::transaction(conn, |c| {
        invitations::invite(c, scope, config, &user, slug)?;
        audit::record(
            c,
            scope,
            who,
            &Entry::new("user.invitation_resent", "user", user.id).changes(serde_json::json!({ "email": user.email })),
        )
    })?;
    Ok(())
}
