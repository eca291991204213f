//! Tenant lifecycle: provisioning (one transaction, all or nothing),
//! suspension, listing; and setting a tenant's interface texts from the CLI.

use chrono::NaiveDateTime;

use crate::audit::{self, Actor, Entry};
use crate::config::Config;
use crate::db::{self, AnyConnection};
use crate::i18n::{self, Locale};
use crate::identity::model::UserStatus;
use crate::identity::model::{self as users, NewUser, User};
use crate::identity::rbac::Role;
use crate::storage::store::{Key, Storage};
use crate::tenancy::branding::{DEFAULT_ACCENT, DEFAULT_PRIMARY};
use crate::tenancy::host::is_dns_label;
use crate::tenancy::model::{self, NewTenant, NewTier, SettingsValues, Tenant, TenantStatus, Tier};
use crate::tenancy::organisations::{self as orgs, NewOrganisation};
use crate::tenancy::plans;
use crate::tenancy::scope::TenantScope;
use crate::tenancy::usage::{self, Metric};

/// Names that would collide with platform or infrastructure hosts.
pub const RESERVED_SLUGS: &[&str] = &[
    "admin",
    "api",
    "app",
    "assets",
    "auth",
    "billing",
    "blog",
    "cdn",
    "console",
    "dashboard",
    "demo-admin",
    "dev",
    "docs",
    "ftp",
    "help",
    "imap",
    "localhost",
    "login",
    "mail",
    "metrics",
    "ns1",
    "ns2",
    "oauth",
    "platform",
    "pop",
    "portal",
    "portico",
    "root",
    "smtp",
    "sso",
    "staging",
    "static",
    "status",
    "support",
    "system",
    "webmail",
    "www",
];

#[derive(Debug, thiserror::Error)]
pub enum ProvisionError {
    #[error(
        "the slug `{0}` is not a valid DNS label: use 2–63 lower-case letters, digits and hyphens, not starting or ending with a hyphen"
    )]
    InvalidSlug(String),
    #[error("the slug `{0}` is reserved; choose another")]
    ReservedSlug(String),
    #[error("a tenant with the slug `{0}` already exists")]
    SlugTaken(String),
    #[error("the tenant name must be 1–100 characters")]
    InvalidName,
    #[error("`{0}` is not a valid e-mail address")]
    InvalidEmail(String),
    #[error("no tenant has the slug `{0}`")]
    NoSuchTenant(String),
    #[error("no plan has the key `{0}` (see `portico plan list`)")]
    NoSuchPlan(String),
    #[error("type the slug `{0}` exactly to confirm the deletion")]
    ConfirmationMismatch(String),
    #[error("the tenant `{0}` is not deleted")]
    NotDeleted(String),
    #[error("the tenant `{0}` is deleted; restore it first")]
    Deleted(String),
    #[error("storage: {0}")]
    Storage(String),
    #[error("`{0}` is not a message id of Portico (see locales/en-US.ftl)")]
    UnknownMessage(String),
    #[error("an override must be 1–2000 characters")]
    InvalidOverride,
    #[error("database error: {0}")]
    Db(#[from] diesel::result::Error),
}

pub struct ProvisionRequest<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub admin_email: &'a str,
    pub locale: Option<Locale>,
    /// A plan's key; `None`: the default plan.
    pub plan: Option<&'a str>,
}

/// The plan a tenant gets unless the operator names another.
pub const DEFAULT_PLAN: &str = "standard";

#[derive(Debug)]
pub struct Provisioned {
    pub tenant: Tenant,
    pub admin: User,
    pub tiers: Vec<Tier>,
}

/// Checks a slug: a DNS label of 2–63 characters, not reserved, not punycode.
pub fn validate_slug(slug: &str) -> Result<String, ProvisionError> {
    let slug = slug.trim();
    if slug.len() < 2 || !is_dns_label(slug) || slug.starts_with("xn--") {
        return Err(ProvisionError::InvalidSlug(slug.to_string()));
    }
    if RESERVED_SLUGS.contains(&slug) {
        return Err(ProvisionError::ReservedSlug(slug.to_string()));
    }
    Ok(slug.to_string())
}

/// Checks a tenant's name: 1–100 characters, no control characters.
pub fn validate_name(name: &str) -> Result<String, ProvisionError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(ProvisionError::InvalidName);
    }
    Ok(name.to_string())
}

pub fn validate_email(email: &str) -> Result<String, ProvisionError> {
    crate::validate::normalize_email(email).map_err(|_| ProvisionError::InvalidEmail(email.trim().to_lowercase()))
}

/// Creates a tenant with its settings, default tiers, vendor organisation and
/// first vendor admin, in one transaction.
/// The first vendor admin is invited by e-mail through the outbox, in the same
/// transaction: a rollback leaves neither tenant nor mail.
pub fn provision(
    conn: &mut AnyConnection,
    config: &Config,
    actor: &Actor,
    req: &ProvisionRequest<'_>,
) -> Result<Provisioned, ProvisionError> {
    let slug = validate_slug(req.slug)?;
    let name = validate_name(req.name)?;
    let name = name.as_str();
    let email = validate_email(req.admin_email)?;
    let locale = req.locale.unwrap_or(Locale::EnUs);

    let plan = req.plan.unwrap_or(DEFAULT_PLAN);
    db::transaction(conn, |conn| {
        if model::find_by_slug(conn, &slug)?.is_some() {
            return Err(ProvisionError::SlugTaken(slug.clone()));
        }
        if plans::find(conn, plan)?.is_none() {
            return Err(ProvisionError::NoSuchPlan(plan.to_string()));
        }
        let now = db::now();
        let tenant = model::insert_tenant(
            conn,
            &NewTenant { slug: &slug, name, status: TenantStatus::Active.as_str(), plan, created_at: now, updated_at: now },
        )
        .map_err(|e| if db::is_unique_violation(&e) { ProvisionError::SlugTaken(slug.clone()) } else { e.into() })?;
        let scope = tenant.scope().map_err(|_| diesel::result::Error::NotFound)?;

        model::insert_settings(
            conn,
            &scope,
            &SettingsValues {
                portal_name: name,
                primary_color: DEFAULT_PRIMARY,
                accent_color: DEFAULT_ACCENT,
                logo_path: None,
                logo_mime: None,
                mail_sender_name: name,
                default_locale: locale.code(),
                enabled_locales: &i18n::format_locale_list(&Locale::ALL),
                footer_links: "[]",
                updated_at: now,
            },
        )?;
        let tiers = default_tiers(conn, &scope, now)?;
        let vendor = orgs::insert(conn, &scope, &NewOrganisation::vendor(name, now))?;
        let display_name = email.split('@').next().unwrap_or(&email).to_string();
        let admin =
            users::insert(conn, &scope, &NewUser::new(vendor.id, &email, &display_name, Role::VendorAdmin, UserStatus::Invited, now))?;
        crate::identity::invitations::invite(conn, &scope, config, &admin, &tenant.slug)?;
        let changes = serde_json::json!({ "slug": tenant.slug, "name": tenant.name, "plan": tenant.plan, "admin_email": admin.email });
        audit::record_platform(conn, actor, &Entry::new("tenant.created", "tenant", tenant.id).changes(changes))?;
        Ok(Provisioned { tenant, admin, tiers })
    })
}

fn default_tiers(conn: &mut AnyConnection, scope: &TenantScope, now: NaiveDateTime) -> Result<Vec<Tier>, ProvisionError> {
    let defaults = [("Registered", 1, 60, 10), ("Silver", 2, 90, 25), ("Gold", 3, 120, 100)];
    let mut out = Vec::new();
    for (name, rank, protection_days, max_open_deals) in defaults {
        out.push(model::insert_tier(conn, scope, &NewTier { name, rank, protection_days, max_open_deals, created_at: now })?);
    }
    Ok(out)
}

pub fn set_status(conn: &mut AnyConnection, actor: &Actor, slug: &str, status: TenantStatus) -> Result<Tenant, ProvisionError> {
    db::transaction(conn, |conn| {
        let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
        if tenant.is_deleted() {
            return Err(ProvisionError::Deleted(slug.to_string()));
        }
        model::set_status(conn, tenant.id, status)?;
        let action = if status == TenantStatus::Suspended { "tenant.suspended" } else { "tenant.resumed" };
        audit::record_platform(conn, actor, &Entry::new(action, "tenant", tenant.id).changes(serde_json::json!({ "slug": slug })))?;
        Ok(model::find_by_slug(conn, slug)?.unwrap_or(tenant))
    })
}

/// Puts a tenant on another plan; its limits and features apply from the
/// next request on.
pub fn change_plan(conn: &mut AnyConnection, actor: &Actor, slug: &str, key: &str) -> Result<Tenant, ProvisionError> {
    db::transaction(conn, |conn| {
        let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
        if plans::find(conn, key)?.is_none() {
            return Err(ProvisionError::NoSuchPlan(key.to_string()));
        }
        plans::assign(conn, tenant.id, key, db::now())?;
        let changes = serde_json::json!({ "slug": slug, "plan": { "from": tenant.plan, "to": key } });
        audit::record_platform(conn, actor, &Entry::new("tenant.plan_changed", "tenant", tenant.id).changes(changes))?;
        tracing::info!(tenant_id = tenant.id, from = tenant.plan.as_str(), to = key, "platform.plan_changed");
        Ok(model::find_by_slug(conn, slug)?.unwrap_or(tenant))
    })
}

/// Deletes a tenant: its portal answers "removed", nothing is sent, nobody
/// signs in; the operator can restore it until the grace period ends and the
/// purge removes it. The slug must be typed again to confirm.
pub fn delete(conn: &mut AnyConnection, actor: &Actor, slug: &str, confirmation: &str, grace_days: i64) -> Result<Tenant, ProvisionError> {
    if confirmation.trim() != slug {
        return Err(ProvisionError::ConfirmationMismatch(slug.to_string()));
    }
    db::transaction(conn, |conn| {
        let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
        if tenant.is_deleted() {
            return Ok(tenant);
        }
        let now = db::now();
        model::set_deleted(conn, tenant.id, Some(now))?;
        let purge_after = now + chrono::Duration::days(grace_days);
        let changes = serde_json::json!({ "slug": slug, "purge_after": purge_after.format("%Y-%m-%dT%H:%M:%SZ").to_string() });
        audit::record_platform(conn, actor, &Entry::new("tenant.deleted", "tenant", tenant.id).changes(changes))?;
        Ok(model::find_by_slug(conn, slug)?.unwrap_or(tenant))
    })
}

/// Brings a deleted tenant back as it was, before its purge.
pub fn restore(conn: &mut AnyConnection, actor: &Actor, slug: &str) -> Result<Tenant, ProvisionError> {
    db::transaction(conn, |conn| {
        let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
        if !tenant.is_deleted() {
            return Err(ProvisionError::NotDeleted(slug.to_string()));
        }
        model::set_deleted(conn, tenant.id, None)?;
        audit::record_platform(
            conn,
            actor,
            &Entry::new("tenant.restored", "tenant", tenant.id).changes(serde_json::json!({ "slug": slug })),
        )?;
        Ok(model::find_by_slug(conn, slug)?.unwrap_or(tenant))
    })
}

/// The purge of one tenant: how many rows of which table, and how many files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgeReport {
    pub slug: String,
    pub rows: Vec<(String, usize)>,
    pub files: usize,
}

/// Deleted tenants whose grace period is over.
pub fn due_for_purge(conn: &mut AnyConnection, now: NaiveDateTime, grace_days: i64) -> Result<Vec<Tenant>, ProvisionError> {
    let cutoff = now - chrono::Duration::days(grace_days);
    Ok(model::list_all(conn)?.into_iter().filter(|t| t.deleted_at.is_some_and(|at| at <= cutoff)).collect())
}

/// Removes every stored file under the tenant's prefix, then every row of the
/// tenant in every table that has a `tenant_id` column (the list comes from
/// the database's catalogue), and the tenant itself, in one transaction;
/// the counts go to the platform's audit log. Only a deleted tenant is
/// purged. Files go first: a purge stopped half-way is simply run again.
pub fn purge(conn: &mut AnyConnection, storage: &Storage, actor: &Actor, slug: &str) -> Result<PurgeReport, ProvisionError> {
    use diesel::prelude::*;
    let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
    if !tenant.is_deleted() {
        return Err(ProvisionError::NotDeleted(slug.to_string()));
    }
    let keys = storage.list_blocking(&Key::tenant_prefix(tenant.id)).map_err(|e| ProvisionError::Storage(e.to_string()))?;
    for (text, _) in &keys {
        if let Some(key) = Key::in_tenant(tenant.id, text) {
            storage.delete_blocking(&key).map_err(|e| ProvisionError::Storage(e.to_string()))?;
        }
    }
    let tables = db::tables_with_column(conn, "tenant_id")?;
    let rows = db::transaction(conn, |conn| -> Result<Vec<(String, usize)>, ProvisionError> {
        // Children before parents: newest tables first, and a table that a
        // foreign key still holds is tried again after the others.
        let mut pending: Vec<String> = tables.iter().rev().cloned().collect();
        let mut counts = Vec::new();
        while !pending.is_empty() {
            let mut left = Vec::new();
            for table in pending.iter() {
                let sql = format!("DELETE FROM {table} WHERE tenant_id = {}", tenant.id);
                match conn.transaction::<usize, diesel::result::Error, _>(|c| diesel::sql_query(&sql).execute(c)) {
                    Ok(n) => counts.push((table.clone(), n)),
                    Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::ForeignKeyViolation, _)) => {
                        left.push(table.clone())
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            if left.len() == pending.len() {
                return Err(ProvisionError::Db(diesel::result::Error::QueryBuilderError(
                    format!("foreign keys keep rows of {} in {left:?}", tenant.slug).into(),
                )));
            }
            pending = left;
        }
        diesel::delete(crate::db::schema::tenants::table.filter(crate::db::schema::tenants::id.eq(tenant.id))).execute(conn)?;
        counts.sort();
        let changes = serde_json::json!({
            "slug": tenant.slug,
            "files": keys.len(),
            "rows": counts.iter().filter(|(_, n)| *n > 0).map(|(t, n)| (t.clone(), serde_json::json!(n))).collect::<serde_json::Map<_, _>>(),
        });
        audit::record_platform(conn, actor, &Entry::new("tenant.purged", "tenant", tenant.id).changes(changes))?;
        Ok(counts)
    })?;
    tracing::info!(tenant_id = tenant.id, slug = tenant.slug.as_str(), files = keys.len(), "platform.tenant_purged");
    Ok(PurgeReport { slug: tenant.slug, rows, files: keys.len() })
}

/// The jobs pass: purges every deleted tenant whose grace period is over.
pub fn purge_due(conn: &mut AnyConnection, config: &Config, now: NaiveDateTime) -> Result<Vec<PurgeReport>, ProvisionError> {
    let due = due_for_purge(conn, now, config.deletion_grace_days)?;
    if due.is_empty() {
        return Ok(Vec::new());
    }
    let storage = Storage::open(&config.storage).map_err(|e| ProvisionError::Storage(e.to_string()))?;
    let actor = Actor::system("purge");
    due.iter().map(|t| purge(conn, &storage, &actor, &t.slug)).collect()
}

/// Sets (or, with `None`, removes) a tenant's override of one UI string.
pub fn set_string_override(
    conn: &mut AnyConnection,
    slug: &str,
    locale: Locale,
    message_id: &str,
    value: Option<&str>,
) -> Result<(), ProvisionError> {
    if !i18n::Catalog::global().has_message(Locale::EnUs, message_id) {
        return Err(ProvisionError::UnknownMessage(message_id.to_string()));
    }
    if let Some(v) = value
        && (v.trim().is_empty() || v.chars().count() > 2_000)
    {
        return Err(ProvisionError::InvalidOverride);
    }
    db::transaction(conn, |conn| {
        let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
        let scope = tenant.scope().map_err(|_| diesel::result::Error::NotFound)?;
        match value {
            Some(v) => model::set_override(conn, &scope, locale, message_id, v)?,
            None => {
                model::remove_override(conn, &scope, locale, message_id)?;
            }
        }
        Ok(())
    })
}

/// The scope of a tenant named by an operator (CLI, jobs, benches): never
/// from a request.
pub fn operator_scope(conn: &mut AnyConnection, slug: &str) -> Result<TenantScope, ProvisionError> {
    let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
    tenant.scope().map_err(|_| ProvisionError::NoSuchTenant(slug.to_string()))
}

/// One line of `tenant list` and of the console's tenants.
pub struct TenantSummary {
    pub tenant: Tenant,
    pub default_locale: String,
    pub users: i64,
    pub partners: i64,
    pub storage_bytes: i64,
}

fn summarize(conn: &mut AnyConnection, tenant: Tenant) -> Result<TenantSummary, ProvisionError> {
    let scope = tenant.scope().map_err(|_| diesel::result::Error::NotFound)?;
    let settings = model::settings(conn, &scope)?;
    Ok(TenantSummary {
        users: users::count(conn, &scope)?,
        partners: orgs::count_partners(conn, &scope)?,
        storage_bytes: usage::current(conn, &scope, Metric::StorageBytes)?,
        default_locale: settings.default_locale,
        tenant,
    })
}

pub fn list(conn: &mut AnyConnection) -> Result<Vec<TenantSummary>, ProvisionError> {
    model::list_all(conn)?.into_iter().map(|tenant| summarize(conn, tenant)).collect()
}

/// How the console orders tenants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenantSort {
    Name,
    Newest,
}

impl TenantSort {
    pub fn parse(s: &str) -> Self {
        if s == "newest" { TenantSort::Newest } else { TenantSort::Name }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TenantSort::Name => "name",
            TenantSort::Newest => "newest",
        }
    }
}

/// A page of the console's tenant list: a search over slug and name, a
/// sort, and a keyset cursor (the id of the last tenant shown).
pub struct ListQuery<'a> {
    pub search: &'a str,
    pub sort: TenantSort,
    pub after: Option<i64>,
    pub limit: i64,
}

pub struct TenantPage {
    pub rows: Vec<TenantSummary>,
    /// The cursor of the next page, if there is one.
    pub next: Option<i64>,
}

pub fn page(conn: &mut AnyConnection, q: &ListQuery<'_>) -> Result<TenantPage, ProvisionError> {
    use crate::db::schema::tenants;
    use diesel::prelude::*;
    let mut query = tenants::table.select(Tenant::as_select()).into_boxed();
    let term = q.search.trim().to_lowercase();
    if !term.is_empty() {
        let pattern = crate::db::contains_pattern(&term);
        query =
            query.filter(tenants::slug.like(pattern.clone()).escape('\\').or(crate::db::lower(tenants::name).like(pattern).escape('\\')));
    }
    // The cursor names a tenant; the page continues after its place in the order.
    let after = match q.after {
        Some(id) => tenants::table.filter(tenants::id.eq(id)).select(Tenant::as_select()).first(conn).optional()?,
        None => None,
    };
    query = match (q.sort, after) {
        (TenantSort::Name, Some(a)) => {
            query.filter(tenants::name.gt(a.name.clone()).or(tenants::name.eq(a.name).and(tenants::id.gt(a.id))))
        }
        (TenantSort::Newest, Some(a)) => {
            query.filter(tenants::created_at.lt(a.created_at).or(tenants::created_at.eq(a.created_at).and(tenants::id.lt(a.id))))
        }
        (_, None) => query,
    };
    query = match q.sort {
        TenantSort::Name => query.order((tenants::name.asc(), tenants::id.asc())),
        TenantSort::Newest => query.order((tenants::created_at.desc(), tenants::id.desc())),
    };
    let mut found: Vec<Tenant> = query.limit(q.limit + 1).load(conn)?;
    let next = if found.len() as i64 > q.limit {
        found.truncate(q.limit as usize);
        found.last().map(|t| t.id)
    } else {
        None
    };
    let rows = found.into_iter().map(|tenant| summarize(conn, tenant)).collect::<Result<_, _>>()?;
    Ok(TenantPage { rows, next })
}

/// Everything `tenant show` prints.
pub struct TenantDetails {
    pub summary: TenantSummary,
    pub settings: model::TenantSettings,
    pub tiers: Vec<Tier>,
}

pub fn show(conn: &mut AnyConnection, slug: &str) -> Result<TenantDetails, ProvisionError> {
    let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
    let scope = tenant.scope().map_err(|_| diesel::result::Error::NotFound)?;
    let settings = model::settings(conn, &scope)?;
    Ok(TenantDetails { tiers: model::tiers(conn, &scope)?, summary: summarize(conn, tenant)?, settings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_dns_rules_and_avoid_reserved_words() {
        assert_eq!(validate_slug("acme").unwrap(), "acme");
        assert_eq!(validate_slug("acme-42").unwrap(), "acme-42");
        for bad in ["", "a", "-acme", "acme-", "Acme", "ac_me", "acme.com", "xn--acme", "ä", &"a".repeat(64)] {
            assert!(matches!(validate_slug(bad), Err(ProvisionError::InvalidSlug(_))), "{bad}");
        }
        for reserved in ["www", "admin", "api", "static", "mail"] {
            assert!(matches!(validate_slug(reserved), Err(ProvisionError::ReservedSlug(_))), "{reserved}");
        }
    }

    #[test]
    fn emails_are_checked_and_lower_cased() {
        assert_eq!(validate_email(" Ops@Acme.Test ").unwrap(), "ops@acme.test");
        for bad in ["", "ops", "ops@", "@acme.test", "ops@acme", "a b@acme.test", "ops@acme.test\r\nBcc: x@y.z"] {
            assert!(validate_email(bad).is_err(), "{bad:?}");
        }
    }
}
