//! Sample data for the demo tenant: partners in every tier, products, and a
//! few hundred deals across every status — including a conflict waiting for
//! review. Deterministic (a fixed pseudo-random sequence), and only run
//! when the tenant has no deals yet.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{deals, organisations};
use crate::db::{self, AnyConnection};
use crate::deals::model::{self, DealFields, NewEvent, StatusChange, Viewer};
use crate::deals::normalize::{company_key, domain_key};
use crate::deals::state::DealStatus;
use crate::identity::model::UserStatus;
use crate::identity::model::{self as users, NewUser};
use crate::identity::rbac::Role;
use crate::tenancy::currency;
use crate::tenancy::model as tenancy;
use crate::tenancy::organisations::{self as orgs, NewOrganisation, OrgKind, OrgStatus};
use crate::tenancy::scope::{TenantScope, scoped};

const PARTNERS: [(&str, &str, &str, usize); 4] = [
    ("Fabrikam Integrators", "FR", "fabrikam.test", 1),
    ("Tailspin Networks", "JP", "tailspin.test", 0),
    ("Adventure Works IT", "ES", "adventureworks.test", 1),
    ("Litware Systems", "US", "litware.test", 2),
];

const PRODUCTS: [(&str, &str); 4] = [
    ("Northwind Edge Router", "NW-ER-100"),
    ("Northwind Cloud Firewall", "NW-CF-200"),
    ("Northwind SD-WAN License", "NW-SDW-1Y"),
    ("Support Plus, 3 years", "NW-SUP-3Y"),
];

const CUSTOMERS: [(&str, &str); 24] = [
    ("Globex Corporation", "globex.example"),
    ("Initech GmbH", "initech.example"),
    ("Umbrella Pharma S.A.", "umbrella.example"),
    ("Stark Logistics Ltd", "starklogistics.example"),
    ("Wayne Retail Inc.", "wayneretail.example"),
    ("Soylent Foods", "soylent.example"),
    ("Hooli Cloud", "hooli.example"),
    ("Vandelay Industries", "vandelay.example"),
    ("Cyberdyne Systems", "cyberdyne.example"),
    ("株式会社サクラ商事", "sakura-shoji.example"),
    ("Müller Maschinenbau GmbH", "mueller-maschinen.example"),
    ("Café de la Gare SARL", "cafedelagare.example"),
    ("Tyrell Biotech", "tyrell.example"),
    ("Acme Rockets Inc.", "acme-rockets.example"),
    ("Oceanic Airlines", "oceanic.example"),
    ("Gringotts Bank plc", "gringotts.example"),
    ("Pied Piper", "piedpiper.example"),
    ("Massive Dynamic", "massivedynamic.example"),
    ("Nakatomi Trading K.K.", "nakatomi.example"),
    ("Bluth Homes", "bluth.example"),
    ("Dunder Mifflin Paper", "dundermifflin.example"),
    ("Los Pollos Hermanos S.L.", "pollos.example"),
    ("Wonka Confections", "wonka.example"),
    ("Blue Sun Energy", "bluesun.example"),
];

/// A small deterministic generator (a linear congruential sequence).
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }
}

fn partner_user(conn: &mut AnyConnection, scope: &TenantScope, org: i64, email: &str, name: &str, now: NaiveDateTime) -> QueryResult<i64> {
    if let Some(u) = users::find_by_email(conn, scope, email)? {
        return Ok(u.id);
    }
    Ok(users::insert(conn, scope, &NewUser::new(org, email, name, Role::PartnerUser, UserStatus::Invited, now))?.id)
}

/// Seeds the demo tenant; returns how many deals it created (0 if it had some).
pub fn seed(conn: &mut AnyConnection, scope: &TenantScope, count: usize) -> QueryResult<usize> {
    let existing: i64 = scoped!(deals, scope).count().get_result(conn)?;
    if existing > 0 {
        return Ok(0);
    }
    let now = db::now();
    // Figures across deals in euros, at rates the vendor admin keeps.
    currency::set_reporting(conn, scope, "EUR", now)?;
    let day = now.date() - Duration::days(2);
    let rates: currency::RateChanges = [("USD", 920_000_000), ("GBP", 1_170_000_000), ("JPY", 6_100_000), ("CHF", 1_060_000_000)]
        .into_iter()
        .map(|(c, r)| (c.to_string(), Some((r, day))))
        .collect();
    let rates = currency::set_rates(conn, scope, &rates, now)?;
    let tiers = tenancy::tiers(conn, scope)?;
    // Partners in every tier, each with a sales user, plus the existing Contoso.
    let mut partners: Vec<(i64, i64)> = Vec::new();
    let contoso = scoped!(organisations, scope)
        .filter(organisations::name.eq("Contoso Solutions"))
        .select(organisations::id)
        .first::<i64>(conn)
        .optional()?;
    if let Some(org) = contoso
        && let Some(user) = users::find_by_email(conn, scope, "partner.user@contoso.test")?
    {
        partners.push((org, user.id));
    }
    for (name, country, domain, tier_index) in PARTNERS {
        let org = orgs::insert(
            conn,
            scope,
            &NewOrganisation {
                kind: OrgKind::Partner.as_str(),
                name,
                website: Some(&format!("https://{domain}")),
                country: Some(country),
                tier_id: tiers.get(tier_index).map(|t| t.id),
                status: OrgStatus::Active.as_str(),
                created_at: now,
                updated_at: now,
            },
        )?;
        orgs::set_email_domains(conn, scope, org.id, domain)?;
        let user = partner_user(conn, scope, org.id, &format!("sales@{domain}"), &format!("{name} Sales"), now)?;
        partners.push((org.id, user));
    }
    let mut product_ids = Vec::new();
    for (name, sku) in PRODUCTS {
        product_ids.push(model::insert_product(conn, scope, name, sku, now)?);
    }

    let viewer = Viewer::tenant(*scope);
    let mut rng = Sequence(0x5eed_2026);
    let statuses = [
        DealStatus::Draft,
        DealStatus::Submitted,
        DealStatus::Submitted,
        DealStatus::InfoRequested,
        DealStatus::Approved,
        DealStatus::Approved,
        DealStatus::Approved,
        DealStatus::Rejected,
        DealStatus::Won,
        DealStatus::Won,
        DealStatus::Lost,
        DealStatus::Expired,
    ];
    let currencies = ["USD", "EUR", "EUR", "GBP", "JPY"];
    let mut made = 0;
    for i in 0..count {
        let (org, user) = partners[rng.next(partners.len() as u64) as usize];
        let (company, domain) = CUSTOMERS[rng.next(CUSTOMERS.len() as u64) as usize];
        // Customers repeat across partners; a suffix keeps most registrations distinct.
        let (company, domain) = (format!("{company} — {}", 100 + i), format!("{}.{domain}", i));
        let currency = currencies[rng.next(currencies.len() as u64) as usize];
        let whole = 2_000 + rng.next(250_000) as i64;
        let value_minor = if currency == "JPY" { whole * 150 } else { whole * 100 };
        let target = statuses[rng.next(statuses.len() as u64) as usize];
        // Deals still open are recent, so approved ones are protected well
        // past today: the first expiry pass must not expire (and mail) them.
        let age_days = if target.is_open() { 40 } else { 360 };
        let created = now - Duration::days(rng.next(age_days) as i64) - Duration::minutes(rng.next(1_440) as i64);
        let fields = DealFields {
            customer_company: company.clone(),
            company_key: company_key(&company),
            customer_domain: domain.clone(),
            domain_key: domain_key(&domain),
            country: ["DE", "FR", "US", "JP", "ES", "GB"][rng.next(6) as usize].to_string(),
            contact_name: "Alex Buyer".into(),
            contact_email: format!("buyer@{domain}"),
            value_minor,
            currency: currency.into(),
            expected_close: (created + Duration::days(30 + rng.next(180) as i64)).date(),
            description: String::new(),
            value_reporting: rates.reported(value_minor, currency),
        };
        let deal = model::insert(conn, &viewer, org, user, &fields, created)?;
        model::set_deal_products(conn, scope, deal.id, &[product_ids[rng.next(product_ids.len() as u64) as usize]])?;
        model::record(conn, scope, deal.id, &NewEvent::created(Some(user)), created)?;
        advance(conn, scope, deal.id, user, target, created)?;
        made += 1;
    }

    // A conflict waiting for review: two partners register the same customer.
    let (first_org, first_user) = partners[0];
    let (second_org, second_user) = partners[partners.len() - 1];
    for (org, user, company, domain) in [
        (first_org, first_user, "Initech GmbH", "https://www.initech.example/"),
        (second_org, second_user, "INITECH", "shop.initech.example"),
    ] {
        let fields = DealFields {
            customer_company: company.into(),
            company_key: company_key(company),
            customer_domain: domain.into(),
            domain_key: domain_key(domain),
            country: "DE".into(),
            contact_name: "Ines Initech".into(),
            contact_email: "ines@initech.example".into(),
            value_minor: 4_800_000,
            currency: "EUR".into(),
            expected_close: (now + Duration::days(75)).date(),
            description: "Branch office roll-out".into(),
            value_reporting: 4_800_000,
        };
        let deal = model::insert(conn, &viewer, org, user, &fields, now)?;
        model::record(conn, scope, deal.id, &NewEvent::created(Some(user)), now)?;
        let conflicts = !model::matching_open(conn, scope, &fields.company_key, &fields.domain_key, deal.id)?.is_empty();
        model::set_status(conn, scope, deal.id, &StatusChange::new(DealStatus::Draft, DealStatus::Submitted).needs_review(conflicts), now)?;
        model::record(conn, scope, deal.id, &NewEvent::by(Some(user), "submit").moved(DealStatus::Draft, DealStatus::Submitted), now)?;
        made += 1;
    }
    Ok(made)
}

/// Moves a seeded deal along the legal path to `target`, with its timeline.
fn advance(conn: &mut AnyConnection, scope: &TenantScope, id: i64, user: i64, target: DealStatus, at: NaiveDateTime) -> QueryResult<()> {
    use DealStatus::*;
    let path: &[(DealStatus, DealStatus, &str)] = match target {
        Draft => &[],
        Submitted => &[(Draft, Submitted, "submit")],
        InfoRequested => &[(Draft, Submitted, "submit"), (Submitted, InfoRequested, "request_info")],
        Approved => &[(Draft, Submitted, "submit"), (Submitted, Approved, "approve")],
        Rejected => &[(Draft, Submitted, "submit"), (Submitted, Rejected, "reject")],
        Won => &[(Draft, Submitted, "submit"), (Submitted, Approved, "approve"), (Approved, Won, "win")],
        Lost => &[(Draft, Submitted, "submit"), (Submitted, Approved, "approve"), (Approved, Lost, "lose")],
        Expired => &[(Draft, Submitted, "submit"), (Submitted, Approved, "approve"), (Approved, Expired, "expire")],
    };
    let mut when = at;
    for (from, to, action) in path {
        when += Duration::hours(20);
        let mut change = StatusChange::new(*from, *to).needs_review(false);
        if *to == Approved {
            change = change.protected_until(Some(when + Duration::days(if target == Approved { 60 } else { 90 })));
        }
        model::set_status(conn, scope, id, &change, when)?;
        let actor = if matches!(*action, "approve" | "reject" | "request_info" | "expire") { None } else { Some(user) };
        let comment = match *action {
            "reject" => "Already registered by the vendor's direct team.",
            "request_info" => "Please add the expected quantities.",
            _ => "",
        };
        model::record(conn, scope, id, &NewEvent::by(actor, action).moved(*from, *to).comment(comment), when)?;
    }
    Ok(())
}
