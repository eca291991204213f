//! Tenant lifecycle: provisioning (one transaction, all or nothing),
//! suspension, listing, and the demo tenant.

use chrono::NaiveDateTime;

use super::host::is_dns_label;
use super::model::{self, FooterLink, NewTenant, NewTier, SettingsValues, Tenant, TenantStatus, Tier};
use super::scope::TenantScope;
use crate::config::Config;
use crate::db::{self, AnyConnection};
use crate::i18n::{self, Locale};
use crate::identity::model::{self as users, NewUser, User};
use crate::identity::rbac::Role;
use crate::partners::model::{self as orgs, NewOrganisation, OrgKind, OrgStatus};

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

pub const DEFAULT_PRIMARY: &str = "#1f4e8c";
pub const DEFAULT_ACCENT: &str = "#b45309";

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
}

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

pub fn validate_email(email: &str) -> Result<String, ProvisionError> {
    let email = email.trim().to_lowercase();
    let ok = email.len() <= 254
        && email_address::EmailAddress::parse_with_options(&email, email_address::Options::default().with_required_tld()).is_ok();
    if ok { Ok(email) } else { Err(ProvisionError::InvalidEmail(email)) }
}

/// Creates a tenant with its settings, default tiers, vendor organisation and
/// first vendor admin, in one transaction.
/// The first vendor admin is invited by e-mail through the outbox, in the same
/// transaction: a rollback leaves neither tenant nor mail.
pub fn provision(conn: &mut AnyConnection, config: &Config, req: &ProvisionRequest<'_>) -> Result<Provisioned, ProvisionError> {
    let slug = validate_slug(req.slug)?;
    let name = req.name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(ProvisionError::InvalidName);
    }
    let email = validate_email(req.admin_email)?;
    let locale = req.locale.unwrap_or(Locale::EnUs);

    db::transaction(conn, |conn| {
        if model::find_by_slug(conn, &slug)?.is_some() {
            return Err(ProvisionError::SlugTaken(slug.clone()));
        }
        let now = db::now();
        let tenant = model::insert_tenant(
            conn,
            &NewTenant { slug: &slug, name, status: TenantStatus::Active.as_str(), plan: "standard", created_at: now, updated_at: now },
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
        let vendor = orgs::insert(
            conn,
            &scope,
            &NewOrganisation {
                kind: OrgKind::Vendor.as_str(),
                name,
                website: None,
                country: None,
                tier_id: None,
                status: OrgStatus::Active.as_str(),
                created_at: now,
                updated_at: now,
            },
        )?;
        let display_name = email.split('@').next().unwrap_or(&email).to_string();
        let admin = users::insert(
            conn,
            &scope,
            &NewUser {
                organisation_id: vendor.id,
                email: &email,
                display_name: &display_name,
                role: Role::VendorAdmin.as_str(),
                status: "invited",
                // No saved preference yet: the tenant default applies.
                locale: None,
                created_at: now,
                updated_at: now,
            },
        )?;
        crate::identity::invitations::invite(conn, &scope, config, &admin, &tenant.slug)?;
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

pub fn set_status(conn: &mut AnyConnection, slug: &str, status: TenantStatus) -> Result<Tenant, ProvisionError> {
    db::transaction(conn, |conn| {
        let tenant = model::find_by_slug(conn, slug)?.ok_or_else(|| ProvisionError::NoSuchTenant(slug.to_string()))?;
        model::set_status(conn, tenant.id, status)?;
        Ok(model::find_by_slug(conn, slug)?.unwrap_or(tenant))
    })
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

/// One line of `tenant list`.
pub struct TenantSummary {
    pub tenant: Tenant,
    pub default_locale: String,
    pub users: i64,
    pub partners: i64,
}

pub fn list(conn: &mut AnyConnection) -> Result<Vec<TenantSummary>, ProvisionError> {
    let mut out = Vec::new();
    for tenant in model::list_all(conn)? {
        let scope = tenant.scope().map_err(|_| diesel::result::Error::NotFound)?;
        let settings = model::settings(conn, &scope)?;
        out.push(TenantSummary {
            users: users::count(conn, &scope)?,
            partners: orgs::count_partners(conn, &scope)?,
            default_locale: settings.default_locale,
            tenant,
        });
    }
    Ok(out)
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
    Ok(TenantDetails {
        tiers: model::tiers(conn, &scope)?,
        summary: TenantSummary {
            users: users::count(conn, &scope)?,
            partners: orgs::count_partners(conn, &scope)?,
            default_locale: settings.default_locale.clone(),
            tenant,
        },
        settings,
    })
}

// ---- the demo tenant ----

pub const DEMO_SLUG: &str = "demo";
pub const DEMO_ADMIN: &str = "admin@demo.test";
const DEMO_LOGO: &str = include_str!("demo_logo.svg");

const DEMO_WELCOME: [(Locale, &str); 5] = [
    (
        Locale::EnUs,
        "Welcome to the Northwind partner program. Register your deals early to secure protection, keep your certifications current, and use our co-branded campaigns to grow your pipeline.\n\nQuestions? Your channel manager is one e-mail away.",
    ),
    (
        Locale::DeDe,
        "Willkommen im Partnerprogramm von Northwind. Registrieren Sie Ihre Deals frühzeitig, um Schutz zu sichern, halten Sie Ihre Zertifizierungen aktuell und nutzen Sie unsere Co-Branding-Kampagnen für mehr Pipeline.\n\nFragen? Ihr Channel Manager ist nur eine E-Mail entfernt.",
    ),
    (
        Locale::FrFr,
        "Bienvenue dans le programme partenaires Northwind. Enregistrez vos opportunités tôt pour bénéficier de leur protection, maintenez vos certifications à jour et utilisez nos campagnes co-brandées pour développer votre pipeline.\n\nUne question ? Votre responsable de canal est à un e-mail de vous.",
    ),
    (
        Locale::EsEs,
        "Bienvenido al programa de partners de Northwind. Registre sus oportunidades pronto para asegurar su protección, mantenga al día sus certificaciones y utilice nuestras campañas de marca compartida para hacer crecer su cartera.\n\n¿Preguntas? Su responsable de canal está a un correo electrónico de distancia.",
    ),
    (
        Locale::JaJp,
        "Northwind パートナープログラムへようこそ。案件を早めに登録して保護を確保し、認定資格を最新の状態に保ち、共同ブランドのキャンペーンでパイプラインを拡大してください。\n\nご不明な点は、担当のチャネルマネージャーまでメールでお問い合わせください。",
    ),
];

pub struct DemoSummary {
    pub tenant: Tenant,
    pub created: bool,
    /// (role, e-mail, password) of every demo account.
    pub accounts: Vec<(Role, String, String)>,
    /// Sample deals created by this run (0 when they existed already).
    pub deals: usize,
}

/// One account per role: staff of the vendor, and a partner admin and user
/// of the demo partner. Passwords are printed by `portico demo`.
const DEMO_ACCOUNTS: [(Role, &str, &str, &str); 5] = [
    (Role::VendorAdmin, "admin@demo.test", "Avery Admin", "portico-demo-admin"),
    (Role::ChannelManager, "manager@demo.test", "Morgan Manager", "portico-demo-manager"),
    (Role::MarketingEditor, "editor@demo.test", "Emery Editor", "portico-demo-editor"),
    (Role::PartnerAdmin, "partner.admin@contoso.test", "Parker Admin", "portico-demo-partner-admin"),
    (Role::PartnerUser, "partner.user@contoso.test", "Quinn User", "portico-demo-partner-user"),
];
const DEMO_PARTNER: &str = "Contoso Solutions";

fn ensure_demo_accounts(conn: &mut AnyConnection, scope: &TenantScope) -> Result<Vec<(Role, String, String)>, anyhow::Error> {
    use crate::db::schema::{organisations, users as users_table};
    use diesel::prelude::*;
    let now = db::now();
    let vendor = orgs::vendor_org(conn, scope)?;
    let partner = match organisations::table
        .filter(organisations::tenant_id.eq(scope.tenant_id()))
        .filter(organisations::name.eq(DEMO_PARTNER))
        .select(crate::partners::model::Organisation::as_select())
        .first(conn)
        .optional()?
    {
        Some(org) => org,
        None => {
            let gold = model::tiers(conn, scope)?.into_iter().max_by_key(|t| t.rank).map(|t| t.id);
            let org = orgs::insert(
                conn,
                scope,
                &NewOrganisation {
                    kind: OrgKind::Partner.as_str(),
                    name: DEMO_PARTNER,
                    website: Some("https://contoso.example"),
                    country: Some("DE"),
                    tier_id: gold,
                    status: OrgStatus::Active.as_str(),
                    created_at: now,
                    updated_at: now,
                },
            )?;
            orgs::set_email_domains(conn, scope, org.id, "contoso.test")?;
            org
        }
    };
    let mut out = Vec::new();
    for (role, email, name, password) in DEMO_ACCOUNTS {
        let org = if role.is_vendor_staff() { vendor.id } else { partner.id };
        let hash = crate::identity::password::hash(password)?;
        match users::find_by_email(conn, scope, email)? {
            Some(user) => {
                diesel::update(users_table::table.filter(users_table::tenant_id.eq(scope.tenant_id())).filter(users_table::id.eq(user.id)))
                    .set((
                        users_table::password_hash.eq(Some(&hash)),
                        users_table::status.eq("active"),
                        users_table::role.eq(role.as_str()),
                    ))
                    .execute(conn)?;
            }
            None => {
                let user = users::insert(
                    conn,
                    scope,
                    &NewUser {
                        organisation_id: org,
                        email,
                        display_name: name,
                        role: role.as_str(),
                        status: "active",
                        locale: None,
                        created_at: now,
                        updated_at: now,
                    },
                )?;
                diesel::update(users_table::table.filter(users_table::tenant_id.eq(scope.tenant_id())).filter(users_table::id.eq(user.id)))
                    .set(users_table::password_hash.eq(Some(&hash)))
                    .execute(conn)?;
            }
        }
        out.push((role, email.to_string(), password.to_string()));
    }
    Ok(out)
}

/// Creates the demo tenant, or brings an existing one back to the demo
/// branding and texts. Safe to run any number of times.
pub fn ensure_demo(conn: &mut AnyConnection, config: &Config) -> Result<DemoSummary, anyhow::Error> {
    let data_dir = config.data_dir.as_path();
    let created = match model::find_by_slug(conn, DEMO_SLUG)? {
        Some(_) => false,
        None => {
            provision(
                conn,
                config,
                &ProvisionRequest { slug: DEMO_SLUG, name: "Northwind Networks", admin_email: DEMO_ADMIN, locale: None },
            )?;
            true
        }
    };
    let tenant = model::find_by_slug(conn, DEMO_SLUG)?.ok_or_else(|| anyhow::anyhow!("demo tenant vanished"))?;
    let scope = tenant.scope()?;

    // Files carry the tenant in their path (I5); the name is ours, never a user's.
    let logo_rel = format!("tenants/{}/branding/logo-demo.svg", tenant.id);
    let logo_abs = data_dir.join(&logo_rel);
    if let Some(dir) = logo_abs.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&logo_abs, DEMO_LOGO)?;

    let footer = serde_json::to_string(&[
        FooterLink { label: "Northwind".into(), url: "https://northwind.example".into() },
        FooterLink { label: "partners@northwind.example".into(), url: "mailto:partners@northwind.example".into() },
    ])?;
    db::transaction(conn, |conn| -> Result<(), anyhow::Error> {
        let now = db::now();
        model::update_settings(
            conn,
            &scope,
            &SettingsValues {
                portal_name: "Northwind Partner Network",
                primary_color: "#0b5cad",
                accent_color: "#c2410c",
                logo_path: Some(&logo_rel),
                logo_mime: Some("image/svg+xml"),
                mail_sender_name: "Northwind Partner Network",
                default_locale: Locale::EnUs.code(),
                enabled_locales: &i18n::format_locale_list(&Locale::ALL),
                footer_links: &footer,
                updated_at: now,
            },
        )?;
        for (locale, body) in DEMO_WELCOME {
            model::set_welcome(conn, &scope, locale, body)?;
        }
        if tenant.status() != TenantStatus::Active {
            model::set_status(conn, tenant.id, TenantStatus::Active)?;
        }
        Ok(())
    })?;
    let accounts = db::transaction(conn, |c| ensure_demo_accounts(c, &scope))?;
    let deals = db::transaction(conn, |c| crate::deals::demo::seed(c, &scope, 300))?;
    Ok(DemoSummary { tenant, created, accounts, deals })
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
