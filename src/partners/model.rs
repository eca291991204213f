//! Organisation rows. Every query takes a `&TenantScope`; a partner-scoped
//! scope sees only its own organisation.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::organisations;
use crate::tenancy::TenantScope;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    Vendor,
    Partner,
}

impl OrgKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Vendor => "vendor",
            OrgKind::Partner => "partner",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgStatus {
    Applicant,
    Active,
    Suspended,
}

impl OrgStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgStatus::Applicant => "applicant",
            OrgStatus::Active => "active",
            OrgStatus::Suspended => "suspended",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: i64,
    pub tenant_id: i64,
    pub kind: String,
    pub name: String,
    pub website: Option<String>,
    pub country: Option<String>,
    pub tier_id: Option<i64>,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub email_domains: String,
}

#[derive(Insertable)]
#[diesel(table_name = organisations)]
pub struct NewOrganisation<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub website: Option<&'a str>,
    pub country: Option<&'a str>,
    pub tier_id: Option<i64>,
    pub status: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub fn insert(conn: &mut AnyConnection, scope: &TenantScope, new: &NewOrganisation<'_>) -> QueryResult<Organisation> {
    diesel::insert_into(organisations::table)
        .values((organisations::tenant_id.eq(scope.tenant_id()), new))
        .returning(organisations::all_columns)
        .get_result(conn)
}

/// The tenant's own (vendor) organisation.
pub fn vendor_org(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Organisation> {
    organisations::table
        .filter(organisations::tenant_id.eq(scope.tenant_id()))
        .filter(organisations::kind.eq(OrgKind::Vendor.as_str()))
        .select(Organisation::as_select())
        .first(conn)
}

/// How many partner organisations the scope can see.
pub fn count_partners(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<i64> {
    let mut query = organisations::table
        .filter(organisations::tenant_id.eq(scope.tenant_id()))
        .filter(organisations::kind.eq(OrgKind::Partner.as_str()))
        .into_boxed();
    if let Some(org) = scope.partner_org_id() {
        query = query.filter(organisations::id.eq(org));
    }
    query.count().get_result(conn)
}
