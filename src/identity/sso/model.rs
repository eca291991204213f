//! Identity provider rows (per tenant) and the identities they vouch for,
//! keyed by (provider, issuer, subject) — never by e-mail.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{identity_providers, user_identities};
use crate::tenancy::scope::{TenantScope, scoped};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = identity_providers)]
pub struct IdentityProvider {
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret_enc: String,
    pub scopes: String,
    pub email_domains: String,
    pub organisation_id: i64,
    pub jit_enabled: i32,
    pub default_role: String,
    pub sso_required: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl IdentityProvider {
    pub fn domains(&self) -> Vec<String> {
        crate::validate::parse_domains(&self.email_domains)
    }

    pub fn serves(&self, email: &str) -> bool {
        let domain = email.rsplit_once('@').map(|(_, d)| d.to_lowercase()).unwrap_or_default();
        !domain.is_empty() && self.domains().contains(&domain)
    }

    pub fn jit(&self) -> bool {
        self.jit_enabled != 0
    }

    pub fn required(&self) -> bool {
        self.sso_required != 0
    }

    pub fn scope_list(&self) -> Vec<String> {
        self.scopes.split([' ', ',']).map(str::trim).filter(|s| !s.is_empty() && *s != "openid").map(str::to_string).collect()
    }
}

pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<IdentityProvider>> {
    let query = scoped!(identity_providers, scope, narrowed by organisation_id).order(identity_providers::name.asc());
    query.select(IdentityProvider::as_select()).load(conn)
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<IdentityProvider>> {
    let query = scoped!(identity_providers, scope, narrowed by organisation_id).filter(identity_providers::id.eq(id));
    query.select(IdentityProvider::as_select()).first(conn).optional()
}

/// The provider that serves the domain of `email` in this tenant.
pub fn for_email(conn: &mut AnyConnection, scope: &TenantScope, email: &str) -> QueryResult<Option<IdentityProvider>> {
    if !offered(conn, scope)? {
        return Ok(None);
    }
    Ok(list(conn, scope)?.into_iter().find(|p| p.serves(email)))
}

/// Whether the tenant's plan includes SSO: without it, no provider is
/// offered or required, and everyone signs in with a password.
fn offered(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<bool> {
    Ok(crate::tenancy::plans::of_tenant(conn, scope.tenant_id())?.has(crate::tenancy::plans::Feature::Sso))
}

/// The provider a password sign-in for `email` must go through, if any.
pub fn required_provider_for(conn: &mut AnyConnection, scope: &TenantScope, email: &str) -> QueryResult<Option<i64>> {
    Ok(for_email(conn, scope, email)?.filter(IdentityProvider::required).map(|p| p.id))
}

/// The provider `user` must sign in through, if any: a required provider
/// that serves the address's domain, or that is bound to the user's own
/// organisation (whatever the address, so an invited outsider cannot
/// bypass it with a password).
pub fn required_provider_for_user(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user: &crate::identity::model::User,
) -> QueryResult<Option<i64>> {
    if !offered(conn, scope)? {
        return Ok(None);
    }
    let providers = list(conn, &scope.tenant_only())?;
    Ok(providers.into_iter().find(|p| p.required() && (p.serves(&user.email) || p.organisation_id == user.organisation_id)).map(|p| p.id))
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = identity_providers)]
pub struct ProviderValues<'a> {
    pub name: &'a str,
    pub issuer: &'a str,
    pub client_id: &'a str,
    pub client_secret_enc: &'a str,
    pub scopes: &'a str,
    pub email_domains: &'a str,
    pub organisation_id: i64,
    pub jit_enabled: i32,
    pub default_role: &'a str,
    pub sso_required: i32,
    pub updated_at: NaiveDateTime,
}

pub fn insert(conn: &mut AnyConnection, scope: &TenantScope, values: &ProviderValues<'_>) -> QueryResult<i64> {
    diesel::insert_into(identity_providers::table)
        .values((identity_providers::tenant_id.eq(scope.tenant_id()), identity_providers::created_at.eq(values.updated_at), values))
        .returning(identity_providers::id)
        .get_result(conn)
}

pub fn update(conn: &mut AnyConnection, scope: &TenantScope, id: i64, values: &ProviderValues<'_>) -> QueryResult<usize> {
    diesel::update(scoped!(identity_providers, scope).filter(identity_providers::id.eq(id))).set(values).execute(conn)
}

pub fn delete(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<usize> {
    diesel::delete(scoped!(identity_providers, scope).filter(identity_providers::id.eq(id))).execute(conn)
}

/// The local user an external identity is linked to.
pub fn linked_user(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    provider_id: i64,
    issuer: &str,
    subject: &str,
) -> QueryResult<Option<i64>> {
    scoped!(user_identities, scope)
        .filter(user_identities::provider_id.eq(provider_id))
        .filter(user_identities::issuer.eq(issuer))
        .filter(user_identities::subject.eq(subject))
        .select(user_identities::user_id)
        .first(conn)
        .optional()
}

pub fn link(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user_id: i64,
    provider_id: i64,
    issuer: &str,
    subject: &str,
) -> QueryResult<usize> {
    diesel::insert_into(user_identities::table)
        .values((
            user_identities::tenant_id.eq(scope.tenant_id()),
            user_identities::user_id.eq(user_id),
            user_identities::provider_id.eq(provider_id),
            user_identities::issuer.eq(issuer),
            user_identities::subject.eq(subject),
            user_identities::created_at.eq(crate::db::now()),
        ))
        .execute(conn)
}
