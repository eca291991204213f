//! `TenantScope`: the tenant (and, for partner users, the partner
//! organisation) that bounds every tenant-owned query.
//!
//! Only this module builds one, and only from something the server resolved
//! itself: the request's host (see `web::resolve`), or a tenant the provisioning
//! service just created or looked up for an operator. Model functions take a
//! `&TenantScope` and apply it; there is no query by id alone.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantScope {
    tenant_id: i64,
    partner_org_id: Option<i64>,
}

/// Refused: a scope without a real tenant must never widen a query (I4).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a tenant scope needs a tenant")]
pub struct MissingTenant;

impl TenantScope {
    pub(in crate::tenancy) fn new(tenant_id: i64) -> Result<Self, MissingTenant> {
        if tenant_id <= 0 {
            return Err(MissingTenant);
        }
        Ok(Self { tenant_id, partner_org_id: None })
    }

    /// Narrows the scope to one partner organisation (partner users).
    pub fn for_partner(self, partner_org_id: i64) -> Result<Self, MissingTenant> {
        if partner_org_id <= 0 {
            return Err(MissingTenant);
        }
        Ok(Self { partner_org_id: Some(partner_org_id), ..self })
    }

    /// The same tenant without the partner narrowing (for per-tenant
    /// uniqueness checks that must not be blind to other organisations).
    pub fn tenant_only(&self) -> Self {
        Self { partner_org_id: None, ..*self }
    }

    pub fn tenant_id(&self) -> i64 {
        self.tenant_id
    }

    pub fn partner_org_id(&self) -> Option<i64> {
        self.partner_org_id
    }
}

/// The one way a model query starts on a tenant-owned table: the rows of
/// the scope's tenant, and — with `narrowed by <column>` — only those of the
/// scope's partner organisation when it is narrowed to one (vendor staff
/// keep the whole tenant). The narrowed form is a boxed query. A query that
/// joins first names its source before `=>`.
///
/// ```ignore
/// scoped!(deals, scope).filter(deals::id.eq(id))
/// scoped!(users, scope, narrowed by organisation_id).filter(users::id.eq(id))
/// scoped!(users::table.inner_join(organisations::table) => users, scope, narrowed by organisation_id)
/// ```
macro_rules! scoped {
    ($source:expr => $table:ident, $scope:expr) => {
        $source.filter($table::tenant_id.eq($scope.tenant_id()))
    };
    ($source:expr => $table:ident, $scope:expr, narrowed by $org_column:ident) => {{
        let scope: &$crate::tenancy::scope::TenantScope = $scope;
        let query = $source.filter($table::tenant_id.eq(scope.tenant_id())).into_boxed();
        match scope.partner_org_id() {
            Some(org) => query.filter($table::$org_column.eq(org)),
            None => query,
        }
    }};
    ($table:ident, $scope:expr) => {
        scoped!($table::table => $table, $scope)
    };
    ($table:ident, $scope:expr, narrowed by $org_column:ident) => {
        scoped!($table::table => $table, $scope, narrowed by $org_column)
    };
}
pub(crate) use scoped;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_without_a_tenant_cannot_be_built() {
        assert_eq!(TenantScope::new(0), Err(MissingTenant));
        assert_eq!(TenantScope::new(-7), Err(MissingTenant));
        let scope = TenantScope::new(3).unwrap();
        assert_eq!(scope.tenant_id(), 3);
        assert_eq!(scope.partner_org_id(), None);
        assert_eq!(scope.for_partner(0), Err(MissingTenant));
        assert_eq!(scope.for_partner(9).unwrap().partner_org_id(), Some(9));
    }
}
