//! What each role's home page shows, read in one go: a partner's deals that
//! wait for them, their open deals and protections ending soon, recent
//! decisions, where their organisation stands (tier, what the next tier
//! asks, won business, certified people) and their training; a channel
//! manager's review queue (size, oldest), conflicts, applications,
//! protections ending and this quarter's pipeline; a vendor admin's setup
//! checklist (what is done is read from the data, never ticked by hand);
//! a marketing editor's courses, campaigns and assets. Every query goes
//! through the reader's scope (a partner's narrowed to their organisation,
//! a partner user's deals to their own).

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{
    assets, campaigns, certificates as certificate_rows, deals, enrolments, identity_providers, organisations, partner_applications,
    products, users,
};
use crate::deals::model::Viewer;
use crate::identity::model::UserStatus;
use crate::tenancy::currency::{self, Rates};
use crate::tenancy::model::{self as tenancy, Tier};
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::certificates::{self, CertStatus, Certificate};
use crate::training::requirements::{self, Standing};

/// Days ahead that count as "ending soon".
pub const SOON_DAYS: i64 = 30;

/// One deal in a list on a home page.
#[derive(Debug, Clone)]
pub struct DealLine {
    pub public_id: String,
    pub company: String,
    pub status: String,
    pub value_minor: i64,
    pub currency: String,
    /// The date that matters for the list (updated, protection end, decision).
    pub at: NaiveDateTime,
}

type DealColumns = (String, String, String, i64, String, NaiveDateTime, Option<NaiveDateTime>, Option<NaiveDateTime>);

type Db = <AnyConnection as diesel::Connection>::Backend;

fn deal_query<'a>(viewer: &'a Viewer) -> deals::BoxedQuery<'a, Db> {
    let mut query = scoped!(deals, &viewer.scope, narrowed by partner_org_id);
    if let Some(user) = viewer.only_user {
        query = query.filter(deals::submitted_by.eq(user));
    }
    query
}

fn lines(rows: Vec<DealColumns>, at: impl Fn(&DealColumns) -> NaiveDateTime) -> Vec<DealLine> {
    rows.into_iter()
        .map(|row| {
            let when = at(&row);
            let (public_id, company, status, value_minor, currency, ..) = row;
            DealLine { public_id, company, status, value_minor, currency, at: when }
        })
        .collect()
}

const DEAL_COLUMNS: (
    deals::public_id,
    deals::customer_company,
    deals::status,
    deals::value_minor,
    deals::currency,
    deals::updated_at,
    deals::protected_until,
    deals::decided_at,
) = (
    deals::public_id,
    deals::customer_company,
    deals::status,
    deals::value_minor,
    deals::currency,
    deals::updated_at,
    deals::protected_until,
    deals::decided_at,
);

/// The sum of `(value_reporting, currency)` rows that convert, and how
/// many do not (their currency has no rate).
fn valued(rates: &Rates, rows: &[(i64, String)]) -> (i64, i64) {
    rows.iter().fold((0i64, 0i64), |(sum, unvalued), (value, currency)| {
        if *currency == rates.reporting || rates.rate(currency).is_some() {
            (sum.saturating_add(*value), unvalued)
        } else {
            (sum, unvalued + 1)
        }
    })
}

/// A partner's home.
#[derive(Debug, Clone, Default)]
pub struct PartnerHome {
    /// Deals the vendor asked about, and drafts not sent yet.
    pub needs_action: Vec<DealLine>,
    pub open_deals: i64,
    pub protections_ending: Vec<DealLine>,
    pub recent_decisions: Vec<DealLine>,
    /// Won deals this year: how many, their value in the reporting
    /// currency (converted), and how many are in a currency without a rate.
    pub won_deals: i64,
    pub won_value: i64,
    pub won_unvalued: i64,
    pub reporting: String,
    pub tier: Option<Tier>,
    pub next_tier: Option<Tier>,
    /// What the next tier asks in certificates, as it stands for the organisation.
    pub next_requirements: Vec<Standing>,
    /// What the current tier asks, as it stands.
    pub requirements: Vec<Standing>,
    /// People of the organisation holding a valid certificate.
    pub certified_people: i64,
    /// The reader's courses in progress (course ids) and certificates expiring soon.
    pub courses_in_progress: Vec<i64>,
    pub expiring: Vec<Certificate>,
    /// Partner admins: the organisation's active people, and who was invited and has not joined.
    pub people: i64,
    pub invited: Vec<(i64, String, NaiveDateTime)>,
}

pub fn partner(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    user_id: i64,
    org_id: i64,
    admin: bool,
    now: NaiveDateTime,
) -> QueryResult<PartnerHome> {
    let scope = viewer.scope.tenant_only();
    let soon = now + Duration::days(SOON_DAYS);
    let needs_action = lines(
        deal_query(viewer)
            .filter(deals::status.eq_any(["info_requested", "draft"]))
            .order(deals::updated_at.desc())
            .limit(10)
            .select(DEAL_COLUMNS)
            .load(conn)?,
        |r| r.5,
    );
    let open_deals =
        deal_query(viewer).filter(deals::status.eq_any(["submitted", "info_requested", "approved"])).count().get_result(conn)?;
    let protections_ending = lines(
        deal_query(viewer)
            .filter(deals::status.eq("approved"))
            .filter(deals::protected_until.le(soon))
            .order(deals::protected_until.asc())
            .limit(10)
            .select(DEAL_COLUMNS)
            .load(conn)?,
        |r| r.6.unwrap_or(r.5),
    );
    let recent_decisions = lines(
        deal_query(viewer)
            .filter(deals::decided_at.is_not_null())
            .filter(deals::status.eq_any(["approved", "rejected", "info_requested"]))
            .order(deals::decided_at.desc())
            .limit(5)
            .select(DEAL_COLUMNS)
            .load(conn)?,
        |r| r.7.unwrap_or(r.5),
    );
    let year_start = NaiveDate::from_ymd_opt(now.year(), 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or(now);
    let won: Vec<(i64, String)> = scoped!(deals, &scope)
        .filter(deals::partner_org_id.eq(org_id))
        .filter(deals::status.eq("won"))
        .filter(deals::updated_at.ge(year_start))
        .select((deals::value_reporting, deals::currency))
        .load(conn)?;
    let rates = currency::load(conn, &scope)?;
    let (won_value, won_unvalued) = valued(&rates, &won);
    let tiers = tenancy::tiers(conn, &scope)?;
    let org = crate::tenancy::organisations::find(conn, &scope, org_id)?;
    let tier = org.as_ref().and_then(|o| tiers.iter().find(|t| Some(t.id) == o.tier_id)).cloned();
    let next_tier = match &tier {
        Some(t) => tiers.iter().filter(|x| x.rank > t.rank).min_by_key(|x| x.rank).cloned(),
        None => tiers.iter().min_by_key(|x| x.rank).cloned(),
    };
    let today = now.date();
    let (requirements, next_requirements) = match &org {
        Some(org) => (
            match &tier {
                Some(t) => requirements::for_organisation(conn, &scope, org, t, today)?,
                None => Vec::new(),
            },
            match &next_tier {
                Some(t) => requirements::for_organisation(conn, &scope, org, t, today)?,
                None => Vec::new(),
            },
        ),
        None => (Vec::new(), Vec::new()),
    };
    let org_scope = scope.for_partner(org_id).unwrap_or(scope);
    let org_certs = certificates::list(conn, &org_scope, None)?;
    let renewed = certificates::renewed_in(&org_certs);
    let mut certified: Vec<i64> =
        org_certs.iter().filter(|c| c.status(renewed.contains(&c.id), today).holds()).map(|c| c.user_id).collect();
    certified.sort_unstable();
    certified.dedup();
    let expiring = org_certs
        .iter()
        .filter(|c| c.user_id == user_id && c.status(renewed.contains(&c.id), today) == CertStatus::Expiring)
        .cloned()
        .collect();
    let courses_in_progress = scoped!(enrolments, &scope)
        .filter(enrolments::user_id.eq(user_id))
        .filter(enrolments::completed_at.is_null())
        .select(enrolments::course_id)
        .load(conn)?;
    let (people, invited) = if admin {
        let people = scoped!(users, &scope)
            .filter(users::organisation_id.eq(org_id))
            .filter(users::status.eq(UserStatus::Active.as_str()))
            .count()
            .get_result(conn)?;
        let invited = scoped!(users, &scope)
            .filter(users::organisation_id.eq(org_id))
            .filter(users::status.eq(UserStatus::Invited.as_str()))
            .order(users::created_at.desc())
            .select((users::id, users::email, users::created_at))
            .load(conn)?;
        (people, invited)
    } else {
        (0, Vec::new())
    };
    Ok(PartnerHome {
        needs_action,
        open_deals,
        protections_ending,
        recent_decisions,
        won_deals: won.len() as i64,
        won_value,
        won_unvalued,
        reporting: rates.reporting,
        tier,
        next_tier,
        next_requirements,
        requirements,
        certified_people: certified.len() as i64,
        courses_in_progress,
        expiring,
        people,
        invited,
    })
}

/// A channel manager's (and vendor admin's) figures.
#[derive(Debug, Clone, Default)]
pub struct ManagerHome {
    pub queue: i64,
    /// When the oldest deal in the queue was submitted.
    pub oldest_submitted: Option<NaiveDateTime>,
    pub conflicts: i64,
    pub applications: i64,
    pub protections_ending: i64,
    /// This quarter's new deals by status: (status, count, value in the
    /// reporting currency, deals without a rate).
    pub pipeline: Vec<(String, i64, i64, i64)>,
    pub quarter_start: NaiveDate,
    pub reporting: String,
}

/// The first day of `day`'s quarter.
pub fn quarter_start(day: NaiveDate) -> NaiveDate {
    let month = (day.month0() / 3) * 3 + 1;
    NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
}

pub fn manager(conn: &mut AnyConnection, scope: &TenantScope, now: NaiveDateTime) -> QueryResult<ManagerHome> {
    let scope = scope.tenant_only();
    let queued: Vec<(Option<NaiveDateTime>, i32)> =
        scoped!(deals, &scope).filter(deals::status.eq("submitted")).select((deals::submitted_at, deals::needs_review)).load(conn)?;
    let applications = scoped!(partner_applications, &scope).filter(partner_applications::status.eq("pending")).count().get_result(conn)?;
    let protections_ending = scoped!(deals, &scope)
        .filter(deals::status.eq("approved"))
        .filter(deals::protected_until.le(now + Duration::days(SOON_DAYS)))
        .count()
        .get_result(conn)?;
    let start = quarter_start(now.date());
    let begun = start.and_hms_opt(0, 0, 0).unwrap_or(now);
    let quarter: Vec<(String, i64, String)> = scoped!(deals, &scope)
        .filter(deals::created_at.ge(begun))
        .select((deals::status, deals::value_reporting, deals::currency))
        .load(conn)?;
    let rates = currency::load(conn, &scope)?;
    let mut by: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
    for (status, value, currency) in quarter {
        by.entry(status).or_default().push((value, currency));
    }
    let pipeline = crate::deals::state::DealStatus::ALL
        .iter()
        .filter_map(|s| {
            by.remove(s.as_str()).map(|rows| {
                let (value, unvalued) = valued(&rates, &rows);
                (s.as_str().to_string(), rows.len() as i64, value, unvalued)
            })
        })
        .collect();
    Ok(ManagerHome {
        queue: queued.len() as i64,
        oldest_submitted: queued.iter().filter_map(|(at, _)| *at).min(),
        conflicts: queued.iter().filter(|(_, review)| *review != 0).count() as i64,
        applications,
        protections_ending,
        pipeline,
        quarter_start: start,
        reporting: rates.reporting,
    })
}

/// One step of a new portal's setup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupStep {
    Branding,
    Languages,
    Products,
    Tiers,
    SignIn,
    Team,
    FirstPartner,
}

impl SetupStep {
    pub fn key(self) -> &'static str {
        match self {
            SetupStep::Branding => "branding",
            SetupStep::Languages => "languages",
            SetupStep::Products => "products",
            SetupStep::Tiers => "tiers",
            SetupStep::SignIn => "sign-in",
            SetupStep::Team => "team",
            SetupStep::FirstPartner => "first-partner",
        }
    }

    /// Where the step is done.
    pub fn link(self) -> &'static str {
        match self {
            SetupStep::Branding => "/admin/branding",
            SetupStep::Languages => "/admin/languages",
            SetupStep::Products => "/admin/products",
            SetupStep::Tiers => "/admin/tiers",
            SetupStep::SignIn => "/admin/sso",
            SetupStep::Team => "/admin/users",
            SetupStep::FirstPartner => "/admin/partners",
        }
    }
}

/// The setup checklist: each step and whether the data says it is done.
/// `with_sso`: the plan includes single sign-on (else the step is left out).
pub fn setup(conn: &mut AnyConnection, scope: &TenantScope, with_sso: bool) -> QueryResult<Vec<(SetupStep, bool)>> {
    let scope = scope.tenant_only();
    let settings = tenancy::settings(conn, &scope)?;
    let branded = settings.logo_path.is_some() || settings.primary_color != crate::tenancy::branding::DEFAULT_PRIMARY;
    let languages = settings.enabled_locales().len() > 1;
    let products: i64 = scoped!(products, &scope).count().get_result(conn)?;
    let tiers_touched = !crate::audit::list(
        conn,
        &scope,
        &crate::audit::Filter { action_prefix: Some("tier.".into()), ..crate::audit::Filter::default() },
        1,
    )?
    .is_empty();
    let providers: i64 = scoped!(identity_providers, &scope).count().get_result(conn)?;
    let vendor = crate::tenancy::organisations::vendor_org(conn, &scope)?;
    let staff: i64 = scoped!(users, &scope).filter(users::organisation_id.eq(vendor.id)).count().get_result(conn)?;
    let partners: i64 = scoped!(organisations, &scope).filter(organisations::kind.eq("partner")).count().get_result(conn)?;
    let mut steps = vec![
        (SetupStep::Branding, branded),
        (SetupStep::Languages, languages),
        (SetupStep::Products, products > 0),
        (SetupStep::Tiers, tiers_touched),
    ];
    if with_sso {
        steps.push((SetupStep::SignIn, providers > 0));
    }
    steps.push((SetupStep::Team, staff > 1));
    steps.push((SetupStep::FirstPartner, partners > 0));
    Ok(steps)
}

/// A marketing editor's content.
#[derive(Debug, Clone, Default)]
pub struct EditorHome {
    /// Courses: (draft, published, archived), and how many lack a text in some language.
    pub courses: (i64, i64, i64),
    pub courses_missing_texts: i64,
    /// Campaigns: (draft, scheduled, running).
    pub campaigns: (i64, i64, i64),
    /// Assets: (draft, published).
    pub assets: (i64, i64),
    /// This month: people who enrolled, certificates issued.
    pub enrolled_this_month: i64,
    pub certified_this_month: i64,
}

pub fn editor(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    enabled: &[crate::i18n::Locale],
    now: NaiveDateTime,
) -> QueryResult<EditorHome> {
    let scope = scope.tenant_only();
    let courses = crate::training::course::list(conn, &scope)?;
    let count = |status: &str| courses.iter().filter(|c| c.course.status == status).count() as i64;
    let today = now.date();
    let campaign_rows: Vec<(i32, NaiveDate, NaiveDate)> =
        scoped!(campaigns, &scope).select((campaigns::draft, campaigns::starts_on, campaigns::ends_on)).load(conn)?;
    let asset_rows: Vec<String> = scoped!(assets, &scope).select(assets::status).load(conn)?;
    let month_start = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or(now);
    let enrolled_this_month = scoped!(enrolments, &scope).filter(enrolments::enrolled_at.ge(month_start)).count().get_result(conn)?;
    let certified_this_month =
        scoped!(certificate_rows, &scope).filter(certificate_rows::created_at.ge(month_start)).count().get_result(conn)?;
    Ok(EditorHome {
        courses: (count("draft"), count("published"), count("archived")),
        courses_missing_texts: courses.iter().filter(|c| !c.missing_locales(enabled).is_empty()).count() as i64,
        campaigns: (
            campaign_rows.iter().filter(|(d, ..)| *d != 0).count() as i64,
            campaign_rows.iter().filter(|(d, s, _)| *d == 0 && today < *s).count() as i64,
            campaign_rows.iter().filter(|(d, s, e)| *d == 0 && *s <= today && today <= *e).count() as i64,
        ),
        assets: (
            asset_rows.iter().filter(|s| s.as_str() == "draft").count() as i64,
            asset_rows.iter().filter(|s| s.as_str() == "published").count() as i64,
        ),
        enrolled_this_month,
        certified_this_month,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_start_in_january_april_july_and_october() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(quarter_start(d(2026, 12, 6)), d(2026, 10, 1));
        assert_eq!(quarter_start(d(2026, 1, 1)), d(2026, 1, 1));
        assert_eq!(quarter_start(d(2026, 6, 30)), d(2026, 4, 1));
        assert_eq!(quarter_start(d(2026, 7, 1)), d(2026, 7, 1));
    }
}
