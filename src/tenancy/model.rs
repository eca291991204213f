//! Tenant rows and the tenant-owned settings, welcome texts, string
//! overrides and tiers. The `tenants` table itself is platform-level; every
//! other query here takes a `&TenantScope`.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::plans::Plan;
use super::scope::{TenantScope, scoped};
use crate::db::AnyConnection;
use crate::db::schema::{plans, string_overrides, tenant_settings, tenant_welcome, tenants, tiers};
use crate::i18n::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenantStatus {
    Active,
    Suspended,
}

impl TenantStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TenantStatus::Active => "active",
            TenantStatus::Suspended => "suspended",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(TenantStatus::Active),
            "suspended" => Some(TenantStatus::Suspended),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tenants)]
pub struct Tenant {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub status: String,
    pub plan: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub suspended_at: Option<NaiveDateTime>,
    /// Set while a deleted tenant waits for its purge.
    pub deleted_at: Option<NaiveDateTime>,
}

impl Tenant {
    /// Active or suspended; a deleted tenant counts as suspended everywhere
    /// (no jobs, no mail, nobody signs in) until it is restored or purged.
    pub fn status(&self) -> TenantStatus {
        if self.deleted_at.is_some() {
            return TenantStatus::Suspended;
        }
        // Unknown values fail closed: treated as suspended.
        TenantStatus::parse(&self.status).unwrap_or(TenantStatus::Suspended)
    }

    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    /// The scope of this tenant. A `Tenant` is only ever a row read from the
    /// database, so its scope is one the server resolved itself (the host
    /// resolver, provisioning, the demo).
    pub(crate) fn scope(&self) -> Result<TenantScope, super::scope::MissingTenant> {
        TenantScope::new(self.id)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tenant_settings)]
pub struct TenantSettings {
    pub tenant_id: i64,
    pub portal_name: String,
    pub primary_color: String,
    pub accent_color: String,
    pub logo_path: Option<String>,
    pub logo_mime: Option<String>,
    pub mail_sender_name: String,
    pub default_locale: String,
    pub enabled_locales: String,
    pub footer_links: String,
    /// Drafts one partner user may keep at a time (a new one is refused).
    pub max_drafts_per_user: i32,
    pub updated_at: NaiveDateTime,
    /// Working days the vendor aims to decide a submitted deal in.
    pub review_target_days: i32,
    /// Whether certificate verification pages name the holder's organisation.
    pub verify_shows_organisation: i32,
    /// The currency figures across deals are reported in (`tenancy::currency`).
    pub reporting_currency: String,
}

/// A link in the portal footer.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct FooterLink {
    pub label: String,
    pub url: String,
}

impl TenantSettings {
    pub fn default_locale(&self) -> Locale {
        Locale::from_code(&self.default_locale).unwrap_or(Locale::EnUs)
    }

    /// Enabled locales; never empty (the default is always included).
    pub fn enabled_locales(&self) -> Vec<Locale> {
        let mut list = crate::i18n::parse_locale_list(&self.enabled_locales);
        if !list.contains(&self.default_locale()) {
            list.push(self.default_locale());
            list.sort();
        }
        list
    }

    /// Footer links that are well-formed http(s) or mailto links.
    pub fn footer_links(&self) -> Vec<FooterLink> {
        serde_json::from_str::<Vec<FooterLink>>(&self.footer_links)
            .unwrap_or_default()
            .into_iter()
            .filter(|l| crate::validate::is_safe_link(&l.url) && !l.label.trim().is_empty())
            .collect()
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tiers)]
pub struct Tier {
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub rank: i32,
    pub protection_days: i32,
    pub max_open_deals: i32,
    pub created_at: NaiveDateTime,
    /// Deals up to this value (hundredths of the reporting currency,
    /// converted) are approved on submission when nothing conflicts; 0 = never.
    pub auto_approve_hundredths: i64,
    /// Days before a required certificate expires in which the
    /// organisation is shown as at risk.
    pub grace_days: i32,
    /// What the tier asks of won business in a calendar year: value won
    /// (minor units of the reporting currency, converted) and deals won; 0 = nothing.
    pub min_won_value: i64,
    pub min_won_deals: i32,
}

// ---- the tenants table (platform level) ----

pub fn find_by_slug(conn: &mut AnyConnection, slug: &str) -> QueryResult<Option<Tenant>> {
    tenants::table.filter(tenants::slug.eq(slug)).select(Tenant::as_select()).first(conn).optional()
}

/// A tenant by its id (background work that recorded the id: its scope
/// then comes from this row).
pub fn find_by_id(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Tenant>> {
    tenants::table.filter(tenants::id.eq(id)).select(Tenant::as_select()).first(conn).optional()
}

/// A tenant with its settings and its plan: what a request on its host needs.
pub fn find_with_settings(conn: &mut AnyConnection, slug: &str) -> QueryResult<Option<(Tenant, TenantSettings, Plan)>> {
    tenants::table
        .inner_join(tenant_settings::table)
        .inner_join(plans::table.on(plans::key.eq(tenants::plan)))
        .filter(tenants::slug.eq(slug))
        .select((Tenant::as_select(), TenantSettings::as_select(), Plan::as_select()))
        .first(conn)
        .optional()
}

pub fn list_all(conn: &mut AnyConnection) -> QueryResult<Vec<Tenant>> {
    tenants::table.order(tenants::slug.asc()).select(Tenant::as_select()).load(conn)
}

#[derive(Insertable)]
#[diesel(table_name = tenants)]
pub struct NewTenant<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub status: &'a str,
    pub plan: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub fn insert_tenant(conn: &mut AnyConnection, new: &NewTenant<'_>) -> QueryResult<Tenant> {
    diesel::insert_into(tenants::table).values(new).returning(tenants::all_columns).get_result(conn)
}

pub fn set_status(conn: &mut AnyConnection, tenant_id: i64, status: TenantStatus) -> QueryResult<usize> {
    let now = crate::db::now();
    let suspended_at = (status == TenantStatus::Suspended).then_some(now);
    diesel::update(tenants::table.filter(tenants::id.eq(tenant_id)))
        .set((tenants::status.eq(status.as_str()), tenants::suspended_at.eq(suspended_at), tenants::updated_at.eq(now)))
        .execute(conn)
}

/// Marks a tenant deleted (`Some`) or restores it (`None`).
pub fn set_deleted(conn: &mut AnyConnection, tenant_id: i64, at: Option<NaiveDateTime>) -> QueryResult<usize> {
    diesel::update(tenants::table.filter(tenants::id.eq(tenant_id)))
        .set((tenants::deleted_at.eq(at), tenants::updated_at.eq(crate::db::now())))
        .execute(conn)
}

// ---- tenant-owned ----

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = tenant_settings)]
pub struct SettingsValues<'a> {
    pub portal_name: &'a str,
    pub primary_color: &'a str,
    pub accent_color: &'a str,
    pub logo_path: Option<&'a str>,
    pub logo_mime: Option<&'a str>,
    pub mail_sender_name: &'a str,
    pub default_locale: &'a str,
    pub enabled_locales: &'a str,
    pub footer_links: &'a str,
    pub updated_at: NaiveDateTime,
}

impl TenantSettings {
    /// These settings as values to write back, stamped `now`; a change sets
    /// the fields it changes on top (`SettingsValues { portal_name, ..settings.values(now) }`).
    pub fn values(&self, now: NaiveDateTime) -> SettingsValues<'_> {
        SettingsValues {
            portal_name: &self.portal_name,
            primary_color: &self.primary_color,
            accent_color: &self.accent_color,
            logo_path: self.logo_path.as_deref(),
            logo_mime: self.logo_mime.as_deref(),
            mail_sender_name: &self.mail_sender_name,
            default_locale: &self.default_locale,
            enabled_locales: &self.enabled_locales,
            footer_links: &self.footer_links,
            updated_at: now,
        }
    }
}

pub fn insert_settings(conn: &mut AnyConnection, scope: &TenantScope, values: &SettingsValues<'_>) -> QueryResult<usize> {
    diesel::insert_into(tenant_settings::table).values((tenant_settings::tenant_id.eq(scope.tenant_id()), values)).execute(conn)
}

pub fn update_settings(conn: &mut AnyConnection, scope: &TenantScope, values: &SettingsValues<'_>) -> QueryResult<usize> {
    diesel::update(scoped!(tenant_settings, scope)).set(values).execute(conn)
}

pub fn settings(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<TenantSettings> {
    scoped!(tenant_settings, scope).select(TenantSettings::as_select()).first(conn)
}

/// The welcome text in `locale`, else in the tenant's default locale.
pub fn welcome(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    locale: Locale,
    fallback: Locale,
) -> QueryResult<Option<(String, NaiveDateTime)>> {
    let rows: Vec<(String, String, NaiveDateTime)> = scoped!(tenant_welcome, scope)
        .filter(tenant_welcome::locale.eq_any([locale.code(), fallback.code()]))
        .select((tenant_welcome::locale, tenant_welcome::body, tenant_welcome::updated_at))
        .load(conn)?;
    let pick = |l: Locale| rows.iter().find(|r| r.0 == l.code()).map(|r| (r.1.clone(), r.2));
    Ok(pick(locale).or_else(|| pick(fallback)))
}

/// Replaces the welcome text of one locale (delete + insert: portable on both backends).
pub fn set_welcome(conn: &mut AnyConnection, scope: &TenantScope, locale: Locale, body: &str) -> QueryResult<()> {
    diesel::delete(scoped!(tenant_welcome, scope).filter(tenant_welcome::locale.eq(locale.code()))).execute(conn)?;
    diesel::insert_into(tenant_welcome::table)
        .values((
            tenant_welcome::tenant_id.eq(scope.tenant_id()),
            tenant_welcome::locale.eq(locale.code()),
            tenant_welcome::body.eq(body),
            tenant_welcome::updated_at.eq(crate::db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The tenant's string overrides for one locale, by message id.
pub fn overrides(conn: &mut AnyConnection, scope: &TenantScope, locale: Locale) -> QueryResult<HashMap<String, String>> {
    let rows: Vec<(String, String)> = scoped!(string_overrides, scope)
        .filter(string_overrides::locale.eq(locale.code()))
        .select((string_overrides::message_id, string_overrides::value))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

pub fn set_override(conn: &mut AnyConnection, scope: &TenantScope, locale: Locale, message_id: &str, value: &str) -> QueryResult<()> {
    let row = scoped!(string_overrides, scope)
        .filter(string_overrides::locale.eq(locale.code()))
        .filter(string_overrides::message_id.eq(message_id));
    diesel::delete(row).execute(conn)?;
    diesel::insert_into(string_overrides::table)
        .values((
            string_overrides::tenant_id.eq(scope.tenant_id()),
            string_overrides::locale.eq(locale.code()),
            string_overrides::message_id.eq(message_id),
            string_overrides::value.eq(value),
            string_overrides::updated_at.eq(crate::db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn remove_override(conn: &mut AnyConnection, scope: &TenantScope, locale: Locale, message_id: &str) -> QueryResult<usize> {
    diesel::delete(
        scoped!(string_overrides, scope)
            .filter(string_overrides::locale.eq(locale.code()))
            .filter(string_overrides::message_id.eq(message_id)),
    )
    .execute(conn)
}

#[derive(Insertable)]
#[diesel(table_name = tiers)]
pub struct NewTier<'a> {
    pub name: &'a str,
    pub rank: i32,
    pub protection_days: i32,
    pub max_open_deals: i32,
    pub created_at: NaiveDateTime,
}

pub fn insert_tier(conn: &mut AnyConnection, scope: &TenantScope, tier: &NewTier<'_>) -> QueryResult<Tier> {
    diesel::insert_into(tiers::table).values((tiers::tenant_id.eq(scope.tenant_id()), tier)).returning(tiers::all_columns).get_result(conn)
}

pub fn tiers(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<Tier>> {
    scoped!(tiers, scope).order(tiers::rank.asc()).select(Tier::as_select()).load(conn)
}

/// Whether certificate verification pages name the holder's organisation.
pub fn set_verify_shows_organisation(conn: &mut AnyConnection, scope: &TenantScope, on: bool) -> QueryResult<usize> {
    diesel::update(scoped!(tenant_settings, scope))
        .set((tenant_settings::verify_shows_organisation.eq(i32::from(on)), tenant_settings::updated_at.eq(crate::db::now())))
        .execute(conn)
}

/// The default of `TenantSettings::max_drafts_per_user`, and the most a vendor may allow.
pub const DEFAULT_MAX_DRAFTS_PER_USER: i32 = 200;
pub const MOST_DRAFTS_PER_USER: i32 = 10_000;

/// The most working days a review target may be.
pub const MOST_REVIEW_DAYS: i32 = 30;

pub fn set_review_target_days(conn: &mut AnyConnection, scope: &TenantScope, days: i32) -> QueryResult<usize> {
    diesel::update(scoped!(tenant_settings, scope))
        .set((tenant_settings::review_target_days.eq(days), tenant_settings::updated_at.eq(crate::db::now())))
        .execute(conn)
}

pub fn set_max_drafts_per_user(conn: &mut AnyConnection, scope: &TenantScope, max: i32) -> QueryResult<usize> {
    diesel::update(scoped!(tenant_settings, scope))
        .set((tenant_settings::max_drafts_per_user.eq(max), tenant_settings::updated_at.eq(crate::db::now())))
        .execute(conn)
}

/// The rules of one tier, as a vendor admin edits them.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = tiers)]
pub struct TierRules {
    pub name: String,
    pub protection_days: i32,
    pub max_open_deals: i32,
    /// Hundredths of the reporting currency (0 = never automatic).
    pub auto_approve_hundredths: i64,
    /// Minor units of the reporting currency won in a year (0 = nothing asked).
    pub min_won_value: i64,
    pub min_won_deals: i32,
}

pub fn update_tier(conn: &mut AnyConnection, scope: &TenantScope, id: i64, rules: &TierRules) -> QueryResult<usize> {
    diesel::update(scoped!(tiers, scope).filter(tiers::id.eq(id))).set(rules).execute(conn)
}
