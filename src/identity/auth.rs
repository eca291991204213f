//! The signed-in user of a request, as resolved by the tenant middleware from
//! the server-side session (same tenant as the host, active, within the idle
//! and absolute timeouts). `CurrentUser` is what handlers take (its extractor is in `web::extract`).

use std::sync::Arc;

use super::model::User;
use super::rbac::{Permission, Role};
use crate::audit::{Actor, RequestMeta};
use crate::error::AppError;
use crate::tenancy::scope::TenantScope;

#[derive(Debug)]
pub struct AuthUser {
    pub user: User,
    pub role: Role,
    /// The tenant, narrowed to the user's organisation for partner roles.
    pub scope: TenantScope,
    pub authenticated_at: i64,
    /// Where this request came from, for the audit log.
    pub meta: RequestMeta,
    /// The API token the request acts through (the user is then its maker,
    /// or the partner user a deal is registered for).
    pub via_token: Option<ViaToken>,
}

/// An API token a user acts through: the audit log and the deal timeline name it.
#[derive(Debug, Clone)]
pub struct ViaToken {
    pub id: i64,
    pub name: String,
}

impl AuthUser {
    pub fn new(user: User, tenant_scope: TenantScope, authenticated_at: i64) -> Option<Self> {
        let role = Role::parse(&user.role)?;
        let scope = if role.is_vendor_staff() { tenant_scope } else { tenant_scope.for_partner(user.organisation_id).ok()? };
        Some(Self { user, role, scope, authenticated_at, meta: RequestMeta::default(), via_token: None })
    }

    /// This person, acting in this request, as the audit log names them.
    pub fn actor(&self) -> Actor {
        match &self.via_token {
            Some(token) => Actor::token(token.id, &token.name, self.meta.clone()),
            None => Actor::user(self.user.id, &self.user.email, self.meta.clone()),
        }
    }

    /// The same user acting through an API token, from `meta`.
    pub fn through(mut self, token: ViaToken, meta: RequestMeta) -> Self {
        self.via_token = Some(token);
        self.meta = meta;
        self
    }

    /// The name of the API token this request acts through.
    pub fn token_name(&self) -> Option<&str> {
        self.via_token.as_ref().map(|t| t.name.as_str())
    }

    pub fn can(&self, permission: Permission) -> bool {
        self.role.can(permission)
    }

    /// 403 unless the user's role grants `permission`.
    pub fn require(&self, permission: Permission) -> Result<(), AppError> {
        if self.can(permission) {
            Ok(())
        } else {
            tracing::warn!(user_id = self.user.id, role = self.role.as_str(), ?permission, "authz.denied");
            Err(AppError::Forbidden)
        }
    }
}

/// The request's signed-in user; without one, the answer is a redirect to
/// sign-in that comes back here.
#[derive(Clone)]
pub struct CurrentUser(pub Arc<AuthUser>);

impl std::ops::Deref for CurrentUser {
    type Target = AuthUser;
    fn deref(&self) -> &AuthUser {
        &self.0
    }
}
