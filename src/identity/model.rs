//! User rows. E-mail addresses are stored lower-cased and are unique per
//! tenant only: the same address in two tenants is two unrelated users.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{organisations, users};
use crate::tenancy::organisations::OrgStatus;
use crate::tenancy::scope::{TenantScope, scoped};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i64,
    pub tenant_id: i64,
    pub organisation_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub status: String,
    pub locale: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub password_hash: Option<String>,
    pub last_sign_in_at: Option<NaiveDateTime>,
}

/// Where an account stands: invited (no password or identity yet), active,
/// or deactivated by an admin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserStatus {
    Invited,
    Active,
    Disabled,
}

impl UserStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            UserStatus::Invited => "invited",
            UserStatus::Active => "active",
            UserStatus::Disabled => "disabled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "invited" => Some(UserStatus::Invited),
            "active" => Some(UserStatus::Active),
            "disabled" => Some(UserStatus::Disabled),
            _ => None,
        }
    }
}

impl User {
    /// The account's status; an unknown stored value counts as deactivated.
    pub fn status(&self) -> UserStatus {
        UserStatus::parse(&self.status).unwrap_or(UserStatus::Disabled)
    }
}

#[derive(Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub organisation_id: i64,
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: &'a str,
    pub status: &'a str,
    pub locale: Option<&'a str>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl<'a> NewUser<'a> {
    /// A new account of `organisation_id` in the portal's default language.
    pub fn new(
        organisation_id: i64,
        email: &'a str,
        display_name: &'a str,
        role: super::rbac::Role,
        status: UserStatus,
        now: NaiveDateTime,
    ) -> Self {
        Self {
            organisation_id,
            email,
            display_name,
            role: role.as_str(),
            status: status.as_str(),
            locale: None,
            created_at: now,
            updated_at: now,
        }
    }
}

pub fn insert(conn: &mut AnyConnection, scope: &TenantScope, new: &NewUser<'_>) -> QueryResult<User> {
    diesel::insert_into(users::table).values((users::tenant_id.eq(scope.tenant_id()), new)).returning(users::all_columns).get_result(conn)
}

pub fn find_by_email(conn: &mut AnyConnection, scope: &TenantScope, email: &str) -> QueryResult<Option<User>> {
    let query = scoped!(users, scope, narrowed by organisation_id).filter(users::email.eq(email.to_lowercase()));
    query.select(User::as_select()).first(conn).optional()
}

pub fn count(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<i64> {
    let query = scoped!(users, scope, narrowed by organisation_id);
    query.count().get_result(conn)
}

/// An active user of an active organisation of the scope, by id (the
/// per-request lookup: a suspended organisation signs nobody in).
pub fn find_active(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64) -> QueryResult<Option<User>> {
    let active_organisations =
        scoped!(organisations, scope).filter(organisations::status.eq(OrgStatus::Active.as_str())).select(organisations::id);
    let query = scoped!(users, scope, narrowed by organisation_id)
        .filter(users::id.eq(user_id))
        .filter(users::status.eq(UserStatus::Active.as_str()))
        .filter(users::organisation_id.eq_any(active_organisations));
    query.select(User::as_select()).first(conn).optional()
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64) -> QueryResult<Option<User>> {
    let query = scoped!(users, scope, narrowed by organisation_id).filter(users::id.eq(user_id));
    query.select(User::as_select()).first(conn).optional()
}

pub fn set_locale(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64, locale: crate::i18n::Locale) -> QueryResult<usize> {
    diesel::update(scoped!(users, scope).filter(users::id.eq(user_id)))
        .set((users::locale.eq(Some(locale.code())), users::updated_at.eq(crate::db::now())))
        .execute(conn)
}

/// An invited user who proved who they are (through SSO) becomes active.
pub fn activate(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(scoped!(users, scope).filter(users::id.eq(user_id)).filter(users::status.eq(UserStatus::Invited.as_str())))
        .set((users::status.eq(UserStatus::Active.as_str()), users::updated_at.eq(now)))
        .execute(conn)
}

/// Active users of the tenant whose role grants `permission` (optionally
/// within one organisation): who gets told about what.
pub fn with_permission(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    permission: super::rbac::Permission,
    organisation: Option<i64>,
) -> QueryResult<Vec<User>> {
    let roles: Vec<&str> = super::rbac::Role::ALL.into_iter().filter(|r| r.can(permission)).map(|r| r.as_str()).collect();
    let mut query =
        scoped!(users, scope).filter(users::status.eq(UserStatus::Active.as_str())).filter(users::role.eq_any(roles)).into_boxed();
    if let Some(org) = organisation {
        query = query.filter(users::organisation_id.eq(org));
    }
    query.select(User::as_select()).order(users::id.asc()).load(conn)
}
