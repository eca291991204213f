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
}

impl AuthUser {
    pub fn new(user: User, tenant_scope: TenantScope, authenticated_at: i64) -> Option<Self> {
        let role = Role::parse(&user.role)?;
        let scope = if role.is_vendor_staff() { tenant_scope } else { tenant_scope.for_partner(user.organisation_id).ok()? };
        Some(Self { user, role, scope, authenticated_at, meta: RequestMeta::default() })
    }

    /// This person, acting in this request, as the audit log names them.
    pub fn actor(&self) -> Actor {
        Actor::user(self.user.id, &self.user.email, self.meta.clone())
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
