//! The demo tenant: Northwind Networks with its branding, welcome texts in
//! every locale, one account per role, sample deals, assets, campaigns and
//! courses. `portico demo` runs
//! it; it is safe to run any number of times.

use bytes::Bytes;

use crate::config::Config;
use crate::db::{self, AnyConnection};
use crate::i18n::{self, Locale};
use crate::identity::model::UserStatus;
use crate::identity::model::{self as users, NewUser};
use crate::identity::rbac::Role;
use crate::platform::tenants::{ProvisionRequest, provision};
use crate::storage::store::{Area, Key, Storage};
use crate::tenancy::model::{self, FooterLink, SettingsValues, Tenant, TenantStatus};
use crate::tenancy::organisations::{self as orgs, NewOrganisation, OrgKind, OrgStatus};
use crate::tenancy::scope::{TenantScope, scoped};

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
    /// Assets added to the library by this run (0 when it had some already).
    pub assets: usize,
    /// Campaigns added by this run (0 when there were some already).
    pub campaigns: usize,
    /// Courses added by this run (0 when there were some already).
    pub courses: usize,
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
pub(super) const DEMO_PARTNER: &str = "Contoso Solutions";

fn ensure_demo_accounts(conn: &mut AnyConnection, scope: &TenantScope) -> Result<Vec<(Role, String, String)>, anyhow::Error> {
    use crate::db::schema::{organisations, users as users_table};
    use diesel::prelude::*;
    let now = db::now();
    let vendor = orgs::vendor_org(conn, scope)?;
    let partner = match scoped!(organisations, scope)
        .filter(organisations::name.eq(DEMO_PARTNER))
        .select(crate::tenancy::organisations::Organisation::as_select())
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
                diesel::update(scoped!(users_table, scope).filter(users_table::id.eq(user.id)))
                    .set((
                        users_table::password_hash.eq(Some(&hash)),
                        users_table::status.eq(UserStatus::Active.as_str()),
                        users_table::role.eq(role.as_str()),
                    ))
                    .execute(conn)?;
            }
            None => {
                let user = users::insert(conn, scope, &NewUser::new(org, email, name, role, UserStatus::Active, now))?;
                diesel::update(scoped!(users_table, scope).filter(users_table::id.eq(user.id)))
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
pub fn ensure_demo(conn: &mut AnyConnection, config: &Config, storage: &Storage) -> Result<DemoSummary, anyhow::Error> {
    let created = match model::find_by_slug(conn, DEMO_SLUG)? {
        // Only a tenant the demo made (its first admin is the demo's) is
        // brought back: the demo resets passwords and roles.
        Some(existing) => {
            if users::find_by_email(conn, &existing.scope()?, DEMO_ADMIN)?.is_none() {
                anyhow::bail!(
                    "a tenant `{DEMO_SLUG}` exists that `portico demo` did not create; it is left untouched (use another database, or another PORTICO_DATA_DIR)"
                );
            }
            false
        }
        None => {
            provision(
                conn,
                config,
                &crate::audit::Actor::system("demo"),
                &ProvisionRequest { slug: DEMO_SLUG, name: "Northwind Networks", admin_email: DEMO_ADMIN, locale: None, plan: None },
            )?;
            true
        }
    };
    let tenant = model::find_by_slug(conn, DEMO_SLUG)?.ok_or_else(|| anyhow::anyhow!("demo tenant vanished"))?;
    let scope = tenant.scope()?;

    // Keys carry the tenant (I5); the name is ours, never a user's. The demo's
    // own SVG (uploads refuse SVG) is served with a sandbox policy.
    let previous_logo = model::settings(conn, &scope)?.logo_path;
    let logo_key = Key::fresh(&scope, Area::Branding, "svg");
    storage.put_blocking(&logo_key, Bytes::from_static(DEMO_LOGO.as_bytes()))?;

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
                logo_path: Some(logo_key.as_str()),
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
        // The demo command is who set these: its log says so.
        let changes =
            serde_json::json!({ "portal_name": "Northwind Partner Network", "primary_color": "#0b5cad", "accent_color": "#c2410c" });
        let entry = crate::audit::Entry::new("tenant.branding_updated", "tenant", tenant.id).changes(changes);
        crate::audit::record(conn, &scope, &crate::audit::Actor::system("portico demo"), &entry)?;
        Ok(())
    })?;
    if let Some(old) = previous_logo.as_deref().and_then(|p| Key::stored(&scope, p)) {
        storage.delete_blocking(&old)?;
    }
    let accounts = db::transaction(conn, |c| ensure_demo_accounts(c, &scope))?;
    let deals = db::transaction(conn, |c| {
        let made = super::deals::seed(c, &scope, 300)?;
        if made > 0 {
            let entry =
                crate::audit::Entry::new("demo.sample_deals_created", "tenant", tenant.id).changes(serde_json::json!({ "deals": made }));
            crate::audit::record(c, &scope, &crate::audit::Actor::system("portico demo"), &entry)?;
        }
        Ok::<_, anyhow::Error>(made)
    })?;
    let editor = users::find_by_email(conn, &scope, "editor@demo.test")?.ok_or_else(|| anyhow::anyhow!("the demo editor vanished"))?;
    let assets = super::assets::seed(conn, storage, &scope, editor.id)?;
    let campaigns = super::assets::seed_campaigns(conn, &scope, editor.id)?;
    let courses = super::training::seed(conn, storage, &scope, editor.id)?;
    Ok(DemoSummary { tenant, created, accounts, deals, assets, campaigns, courses })
}
