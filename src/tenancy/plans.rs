//! Plans: the limits (partner organisations, users, storage, e-mails per
//! month) and features (SSO, campaigns, the API) a tenant's subscription
//! grants. The defaults ship as data (migration 000018); the operator edits
//! them. `tenants.plan` names a plan by its key.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{plans, tenants};

/// Something a plan switches on or off; when off, it is hidden and refused
/// on the server (`web::features`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    Sso,
    Campaigns,
    Api,
}

impl Feature {
    pub const ALL: [Feature; 3] = [Feature::Sso, Feature::Campaigns, Feature::Api];

    pub fn as_str(self) -> &'static str {
        match self {
            Feature::Sso => "sso",
            Feature::Campaigns => "campaigns",
            Feature::Api => "api",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = plans)]
pub struct Plan {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub max_partners: Option<i64>,
    pub max_users: Option<i64>,
    pub max_storage_bytes: Option<i64>,
    pub max_emails_month: Option<i64>,
    pub feature_sso: i32,
    pub feature_campaigns: i32,
    pub feature_api: i32,
    pub updated_at: NaiveDateTime,
}

impl Plan {
    pub fn has(&self, feature: Feature) -> bool {
        let flag = match feature {
            Feature::Sso => self.feature_sso,
            Feature::Campaigns => self.feature_campaigns,
            Feature::Api => self.feature_api,
        };
        flag != 0
    }
}

/// What the operator sets on a plan.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = plans, treat_none_as_null = true)]
pub struct PlanValues {
    pub name: String,
    pub max_partners: Option<i64>,
    pub max_users: Option<i64>,
    pub max_storage_bytes: Option<i64>,
    pub max_emails_month: Option<i64>,
    pub feature_sso: i32,
    pub feature_campaigns: i32,
    pub feature_api: i32,
    pub updated_at: NaiveDateTime,
}

pub fn all(conn: &mut AnyConnection) -> QueryResult<Vec<Plan>> {
    plans::table.order((plans::max_users.is_null(), plans::max_users, plans::key)).select(Plan::as_select()).load(conn)
}

pub fn find(conn: &mut AnyConnection, key: &str) -> QueryResult<Option<Plan>> {
    plans::table.filter(plans::key.eq(key)).select(Plan::as_select()).first(conn).optional()
}

/// The plan of a tenant (by id: the tenant row is platform-level).
pub fn of_tenant(conn: &mut AnyConnection, tenant_id: i64) -> QueryResult<Plan> {
    tenants::table
        .inner_join(plans::table.on(plans::key.eq(tenants::plan)))
        .filter(tenants::id.eq(tenant_id))
        .select(Plan::as_select())
        .first(conn)
}

pub fn update(conn: &mut AnyConnection, key: &str, values: &PlanValues) -> QueryResult<usize> {
    diesel::update(plans::table.filter(plans::key.eq(key))).set(values).execute(conn)
}

/// Puts a tenant on another plan (the caller checked the key exists).
pub fn assign(conn: &mut AnyConnection, tenant_id: i64, key: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(tenants::table.filter(tenants::id.eq(tenant_id))).set((tenants::plan.eq(key), tenants::updated_at.eq(now))).execute(conn)
}
