//! Organisation rows. Every query takes a `&TenantScope`; a partner-scoped
//! scope sees only its own organisation.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::organisations;
use crate::tenancy::scope::{TenantScope, scoped};

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
    /// The co-branding profile: who to contact, and the logo (a stored file).
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub logo_file_id: Option<i64>,
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

impl<'a> NewOrganisation<'a> {
    /// The tenant's own (vendor) organisation.
    pub fn vendor(name: &'a str, now: NaiveDateTime) -> Self {
        Self {
            kind: OrgKind::Vendor.as_str(),
            name,
            website: None,
            country: None,
            tier_id: None,
            status: OrgStatus::Active.as_str(),
            created_at: now,
            updated_at: now,
        }
    }
}

pub fn insert(conn: &mut AnyConnection, scope: &TenantScope, new: &NewOrganisation<'_>) -> QueryResult<Organisation> {
    diesel::insert_into(organisations::table)
        .values((organisations::tenant_id.eq(scope.tenant_id()), new))
        .returning(organisations::all_columns)
        .get_result(conn)
}

/// The tenant's own (vendor) organisation.
pub fn vendor_org(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Organisation> {
    scoped!(organisations, scope).filter(organisations::kind.eq(OrgKind::Vendor.as_str())).select(Organisation::as_select()).first(conn)
}

/// How many partner organisations the scope can see.
pub fn count_partners(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<i64> {
    scoped!(organisations, scope, narrowed by id).filter(organisations::kind.eq(OrgKind::Partner.as_str())).count().get_result(conn)
}

/// A partner organisation with its tier's name, for lists.
pub struct PartnerRow {
    pub org: Organisation,
    pub tier: Option<String>,
}

pub fn list_partners(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<PartnerRow>> {
    use crate::db::schema::tiers;
    let source = organisations::table
        .left_join(tiers::table.on(tiers::id.nullable().eq(organisations::tier_id).and(tiers::tenant_id.eq(organisations::tenant_id))));
    let query = scoped!(source => organisations, scope, narrowed by id)
        .filter(organisations::kind.eq(OrgKind::Partner.as_str()))
        .order(organisations::name.asc());
    let rows: Vec<(Organisation, Option<String>)> =
        query.select((Organisation::as_select(), tiers::name.nullable())).limit(1_000).load(conn)?;
    Ok(rows.into_iter().map(|(org, tier)| PartnerRow { org, tier }).collect())
}

/// Partner organisations by id, from after `after`, at most `limit` (the API's pages).
pub fn partners_page(conn: &mut AnyConnection, scope: &TenantScope, after: Option<i64>, limit: i64) -> QueryResult<Vec<PartnerRow>> {
    use crate::db::schema::tiers;
    let source = organisations::table
        .left_join(tiers::table.on(tiers::id.nullable().eq(organisations::tier_id).and(tiers::tenant_id.eq(organisations::tenant_id))));
    let rows: Vec<(Organisation, Option<String>)> = scoped!(source => organisations, scope)
        .filter(organisations::kind.eq(OrgKind::Partner.as_str()))
        .filter(organisations::id.gt(after.unwrap_or(0)))
        .order(organisations::id.asc())
        .limit(limit)
        .select((Organisation::as_select(), tiers::name.nullable()))
        .load(conn)?;
    Ok(rows.into_iter().map(|(org, tier)| PartnerRow { org, tier }).collect())
}

/// Whether another partner (not `except`) has this name (names are unique per tenant in practice).
pub fn partner_name_taken(conn: &mut AnyConnection, scope: &TenantScope, name: &str, except: Option<i64>) -> QueryResult<bool> {
    let n: i64 = scoped!(organisations, scope)
        .filter(organisations::kind.eq(OrgKind::Partner.as_str()))
        .filter(organisations::name.eq(name))
        .filter(organisations::id.ne(except.unwrap_or(0)))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Whether the organisation may sign anyone in (a suspended one may not).
pub fn is_active(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64) -> QueryResult<bool> {
    let status: Option<String> =
        scoped!(organisations, scope).filter(organisations::id.eq(org_id)).select(organisations::status).first(conn).optional()?;
    Ok(status.as_deref() == Some(OrgStatus::Active.as_str()))
}

pub fn set_email_domains(conn: &mut AnyConnection, scope: &TenantScope, org_id: i64, domains: &str) -> QueryResult<usize> {
    diesel::update(scoped!(organisations, scope).filter(organisations::id.eq(org_id)))
        .set(organisations::email_domains.eq(domains))
        .execute(conn)
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<Organisation>> {
    scoped!(organisations, scope, narrowed by id)
        .filter(organisations::kind.eq(OrgKind::Partner.as_str()))
        .filter(organisations::id.eq(id))
        .select(Organisation::as_select())
        .first(conn)
        .optional()
}

/// A vendor's edit of a partner organisation (empty website or country
/// clear them).
#[derive(AsChangeset)]
#[diesel(table_name = organisations, treat_none_as_null = true)]
pub struct PartnerChanges<'a> {
    pub name: &'a str,
    pub website: Option<&'a str>,
    pub country: Option<&'a str>,
    pub tier_id: Option<i64>,
    pub status: &'a str,
    pub email_domains: &'a str,
    pub updated_at: NaiveDateTime,
}

/// What co-branded material prints of a partner (partner admins edit their own).
#[derive(AsChangeset)]
#[diesel(table_name = organisations, treat_none_as_null = true)]
pub struct ProfileChanges<'a> {
    pub website: Option<&'a str>,
    pub contact_name: &'a str,
    pub contact_email: &'a str,
    pub contact_phone: &'a str,
    pub updated_at: NaiveDateTime,
}

pub fn update_profile(conn: &mut AnyConnection, scope: &TenantScope, id: i64, changes: &ProfileChanges<'_>) -> QueryResult<usize> {
    diesel::update(scoped!(organisations, scope).filter(organisations::kind.eq(OrgKind::Partner.as_str())).filter(organisations::id.eq(id)))
        .set(changes)
        .execute(conn)
}

/// Points the partner's logo at a stored file (or at none).
pub fn set_logo(conn: &mut AnyConnection, scope: &TenantScope, id: i64, file_id: Option<i64>, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(scoped!(organisations, scope).filter(organisations::kind.eq(OrgKind::Partner.as_str())).filter(organisations::id.eq(id)))
        .set((organisations::logo_file_id.eq(file_id), organisations::updated_at.eq(now)))
        .execute(conn)
}

pub fn update(conn: &mut AnyConnection, scope: &TenantScope, id: i64, changes: &PartnerChanges<'_>) -> QueryResult<usize> {
    diesel::update(scoped!(organisations, scope).filter(organisations::kind.eq(OrgKind::Partner.as_str())).filter(organisations::id.eq(id)))
        .set(changes)
        .execute(conn)
}
