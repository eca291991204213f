//! The benchmark data generator (`portico bench seed`): many tenants, each
//! with partners, users and deals, written in large transactions. Every
//! tenant `bench-NNNNN` has a vendor admin `admin@bench-NNNNN.test`, a
//! channel manager `cm@bench-NNNNN.test` and, per
//! partner, a user `pu<P>@bench-NNNNN.test`, all with the password
//! [`PASSWORD`]. Not for production data: it skips invitations and mail.

use std::time::Instant;

use chrono::Duration;
use diesel::prelude::*;

use crate::db::schema::{deals as deals_table, users};
use crate::db::{self, AnyConnection};
use crate::deals::model::DealFields;
use crate::deals::normalize::{company_key, domain_key};
use crate::deals::state::DealStatus;
use crate::i18n::{self, Locale};
use crate::identity::model::UserStatus;
use crate::identity::model::{self as user_model, NewUser};
use crate::identity::rbac::Role;
use crate::tenancy::model::{self as tenancy, NewTenant, NewTier, SettingsValues, TenantStatus};
use crate::tenancy::organisations::{self as orgs, NewOrganisation, OrgKind, OrgStatus};

pub const PASSWORD: &str = "bench-password-2026";

pub struct Spec {
    pub tenants: usize,
    pub partners_per_tenant: usize,
    pub deals: usize,
}

pub struct Report {
    pub rows: usize,
    pub seconds: f64,
}

struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }
}

const COMPANIES: [&str; 12] =
    ["Globex", "Initech", "Umbrella", "Stark", "Wayne", "Soylent", "Hooli", "Vandelay", "Cyberdyne", "Tyrell", "Wonka", "Bluth"];
const STATUSES: [DealStatus; 8] = [
    DealStatus::Draft,
    DealStatus::Submitted,
    DealStatus::InfoRequested,
    DealStatus::Approved,
    DealStatus::Approved,
    DealStatus::Rejected,
    DealStatus::Won,
    DealStatus::Lost,
];

/// A deal row as the generator writes it: final status included, one
/// multi-row INSERT per batch.
#[derive(Insertable)]
#[diesel(table_name = deals_table)]
struct SeedDeal {
    tenant_id: i64,
    public_id: String,
    partner_org_id: i64,
    submitted_by: i64,
    #[diesel(embed)]
    fields: DealFields,
    status: &'static str,
    protected_until: Option<chrono::NaiveDateTime>,
    created_at: chrono::NaiveDateTime,
    updated_at: chrono::NaiveDateTime,
    submitted_at: Option<chrono::NaiveDateTime>,
}

fn insert_batch(conn: &mut AnyConnection, batch: &mut Vec<SeedDeal>) -> QueryResult<usize> {
    if batch.is_empty() {
        return Ok(0);
    }
    // Multi-row INSERT is backend-specific in diesel (MultiConnection leaves it
    // out), hence the explicit arms.
    let n = match conn {
        AnyConnection::Sqlite(c) => diesel::insert_into(deals_table::table).values(&*batch).execute(c)?,
        AnyConnection::Postgres(c) => diesel::insert_into(deals_table::table).values(&*batch).execute(c)?,
    };
    batch.clear();
    Ok(n)
}

pub fn seed(conn: &mut AnyConnection, spec: &Spec) -> anyhow::Result<Report> {
    let started = Instant::now();
    let hash = crate::identity::password::hash(PASSWORD)?;
    let mut rows = 0usize;
    let mut rng = Rng(0xbe9c_4000);
    let per_tenant = spec.deals / spec.tenants.max(1);
    let extra = spec.deals % spec.tenants.max(1);
    let now = db::now();
    // Several tenants per transaction: big enough to be fast, small enough not to hog.
    let chunk = 50usize;
    let mut t = 0;
    while t < spec.tenants {
        let upto = (t + chunk).min(spec.tenants);
        rows += db::transaction(conn, |c| -> anyhow::Result<usize> {
            let mut rows = 0;
            for index in t..upto {
                let slug = format!("bench-{:05}", index + 1);
                if tenancy::find_by_slug(c, &slug)?.is_some() {
                    continue;
                }
                let tenant = tenancy::insert_tenant(
                    c,
                    &NewTenant {
                        slug: &slug,
                        name: &slug,
                        status: TenantStatus::Active.as_str(),
                        plan: "enterprise", // large by design: no plan limit applies
                        created_at: now,
                        updated_at: now,
                    },
                )?;
                let scope = crate::platform::tenants::operator_scope(c, &slug)?;
                tenancy::insert_settings(
                    c,
                    &scope,
                    &SettingsValues {
                        portal_name: &format!("Bench {}", index + 1),
                        primary_color: "#1f4e8c",
                        accent_color: "#b45309",
                        logo_path: None,
                        logo_mime: None,
                        mail_sender_name: "Bench",
                        default_locale: Locale::EnUs.code(),
                        enabled_locales: &i18n::format_locale_list(&Locale::ALL),
                        footer_links: "[]",
                        updated_at: now,
                    },
                )?;
                // The write benchmarks save drafts without end: no per-person bound.
                tenancy::set_max_drafts_per_user(c, &scope, i32::MAX)?;
                // Deals are in euros, and so are the tenant's figures.
                crate::tenancy::currency::set_reporting(c, &scope, "EUR", now)?;
                let mut tiers = Vec::new();
                for (name, rank, days, open) in [("Registered", 1, 60, 0), ("Silver", 2, 90, 0), ("Gold", 3, 120, 0)] {
                    tiers.push(
                        tenancy::insert_tier(
                            c,
                            &scope,
                            &NewTier { name, rank, protection_days: days, max_open_deals: open, created_at: now },
                        )?
                        .id,
                    );
                }
                let vendor = orgs::insert(c, &scope, &NewOrganisation::vendor(&slug, now))?;
                let cm = user_model::insert(
                    c,
                    &scope,
                    &NewUser::new(vendor.id, &format!("cm@{slug}.test"), "Channel Manager", Role::ChannelManager, UserStatus::Active, now),
                )?;
                diesel::update(users::table.filter(users::id.eq(cm.id))).set(users::password_hash.eq(Some(&hash))).execute(c)?;
                // A vendor admin (who makes the API token the API bench reads with).
                let admin = user_model::insert(
                    c,
                    &scope,
                    &NewUser::new(vendor.id, &format!("admin@{slug}.test"), "Vendor Admin", Role::VendorAdmin, UserStatus::Active, now),
                )?;
                diesel::update(users::table.filter(users::id.eq(admin.id))).set(users::password_hash.eq(Some(&hash))).execute(c)?;
                rows += 9;
                let mut partners = Vec::new();
                for p in 0..spec.partners_per_tenant.max(1) {
                    let org = orgs::insert(
                        c,
                        &scope,
                        &NewOrganisation {
                            kind: OrgKind::Partner.as_str(),
                            name: &format!("Partner {}", p + 1),
                            website: None,
                            country: Some("DE"),
                            tier_id: Some(tiers[p % tiers.len()]),
                            status: OrgStatus::Active.as_str(),
                            created_at: now,
                            updated_at: now,
                        },
                    )?;
                    let user = user_model::insert(
                        c,
                        &scope,
                        &NewUser::new(
                            org.id,
                            &format!("pu{}@{slug}.test", p + 1),
                            "Partner User",
                            Role::PartnerUser,
                            UserStatus::Active,
                            now,
                        ),
                    )?;
                    diesel::update(users::table.filter(users::id.eq(user.id))).set(users::password_hash.eq(Some(&hash))).execute(c)?;
                    partners.push((org.id, user.id));
                    rows += 2;
                }
                let count = per_tenant + usize::from(index < extra);
                let mut batch: Vec<SeedDeal> = Vec::with_capacity(500);
                for d in 0..count {
                    let (org, user) = partners[d % partners.len()];
                    let name = format!("{} {}", COMPANIES[rng.next(COMPANIES.len() as u64) as usize], d);
                    let domain = format!("c{d}.t{}.bench", index + 1);
                    let created = now - Duration::minutes(rng.next(525_600) as i64);
                    let status = STATUSES[rng.next(STATUSES.len() as u64) as usize];
                    let value_minor = 100_000 + rng.next(50_000_000) as i64;
                    let fields = DealFields {
                        company_key: company_key(&name),
                        customer_company: name,
                        domain_key: domain_key(&domain),
                        customer_domain: domain,
                        country: "DE".into(),
                        contact_name: "Buyer".into(),
                        contact_email: "buyer@example.test".into(),
                        value_minor,
                        currency: "EUR".into(),
                        expected_close: (created + Duration::days(90)).date(),
                        description: String::new(),
                        value_reporting: value_minor,
                    };
                    batch.push(SeedDeal {
                        tenant_id: scope.tenant_id(),
                        public_id: uuid::Uuid::new_v4().simple().to_string(),
                        partner_org_id: org,
                        submitted_by: user,
                        fields,
                        status: status.as_str(),
                        protected_until: (status == DealStatus::Approved).then(|| now + Duration::days(60)),
                        created_at: created,
                        updated_at: created,
                        submitted_at: (status != DealStatus::Draft).then_some(created),
                    });
                    if batch.len() == 500 {
                        rows += insert_batch(c, &mut batch)?;
                    }
                }
                rows += insert_batch(c, &mut batch)?;
                drop(tenant);
            }
            Ok(rows)
        })?;
        t = upto;
    }
    Ok(Report { rows, seconds: started.elapsed().as_secs_f64() })
}

/// Gives the first bench tenant the demo's asset library, campaigns and
/// courses (a datasheet with co-branding zones among them), so the
/// benchmarks measure the campaign pages, a stamped PDF, the course
/// catalogue and a lesson; its partner organisations get a logo and contact
/// details to stamp.
pub fn seed_library(conn: &mut AnyConnection, storage: &crate::storage::store::Storage) -> anyhow::Result<usize> {
    use crate::db::schema::{organisations, users};
    use crate::tenancy::scope::scoped;
    let scope = crate::platform::tenants::operator_scope(conn, "bench-00001")?;
    let editor: i64 = scoped!(users, &scope).filter(users::email.eq("cm@bench-00001.test")).select(users::id).first(conn)?;
    let added = crate::demo::assets::seed(conn, storage, &scope, editor)?;
    crate::demo::assets::seed_campaigns(conn, &scope, editor)?;
    crate::demo::training::seed_courses(conn, storage, &scope, editor)?;
    diesel::update(scoped!(organisations, &scope).filter(organisations::kind.eq("partner")))
        .set((
            organisations::contact_name.eq("Bea Bench"),
            organisations::contact_email.eq("bea@bench-partner.test"),
            organisations::contact_phone.eq("+49 30 1234567"),
            organisations::website.eq(Some("https://bench-partner.test")),
        ))
        .execute(conn)?;
    Ok(added)
}
