//! What a tier asks of its partner organisations: `people` holders of a
//! certificate of a course. An organisation meets a requirement when
//! enough of its people hold a certificate that stays valid past the tier's
//! grace period; it is at risk when enough hold one but some expire within
//! it; unmet otherwise. Tiers are not changed automatically: the risk is
//! shown, to the partner and to channel managers.

use std::collections::HashSet;

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{certificates, courses, organisations, tier_requirements};
use crate::tenancy::model::{self as tenancy, Tier};
use crate::tenancy::organisations::Organisation;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::certificates::Certificate;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tier_requirements)]
pub struct Requirement {
    pub id: i64,
    pub tenant_id: i64,
    pub tier_id: i64,
    pub course_id: i64,
    pub people: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Compliance {
    Met,
    AtRisk,
    Unmet,
}

impl Compliance {
    pub fn as_str(self) -> &'static str {
        match self {
            Compliance::Met => "met",
            Compliance::AtRisk => "at_risk",
            Compliance::Unmet => "unmet",
        }
    }
}

/// One requirement as it stands for one organisation.
#[derive(Debug, Clone)]
pub struct Standing {
    pub requirement: Requirement,
    /// People holding a valid certificate today.
    pub holders: i64,
    /// Of them, people whose certificate stays valid past the grace period.
    pub safe: i64,
    /// The soonest expiry among the certificates within the grace period.
    pub first_expiry: Option<NaiveDate>,
    pub compliance: Compliance,
}

/// Every requirement of the tenant's tiers.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<Requirement>> {
    scoped!(tier_requirements, scope).order(tier_requirements::id.asc()).select(Requirement::as_select()).load(conn)
}

/// Adds (or changes the number of people of) a tier's requirement of a
/// course; the tier and course must be the tenant's own.
pub fn set(conn: &mut AnyConnection, scope: &TenantScope, tier_id: i64, course_id: i64, people: i32) -> QueryResult<bool> {
    let tier_ok = tenancy::tiers(conn, scope)?.iter().any(|t| t.id == tier_id);
    let course_ok = scoped!(courses, scope).filter(courses::id.eq(course_id)).count().get_result::<i64>(conn)? == 1;
    if !tier_ok || !course_ok {
        return Ok(false);
    }
    let update = |c: &mut AnyConnection| {
        diesel::update(
            scoped!(tier_requirements, scope)
                .filter(tier_requirements::tier_id.eq(tier_id))
                .filter(tier_requirements::course_id.eq(course_id)),
        )
        .set(tier_requirements::people.eq(people))
        .execute(c)
    };
    if update(conn)? == 0 {
        let inserted = crate::db::transaction(conn, |c| {
            diesel::insert_into(tier_requirements::table)
                .values((
                    tier_requirements::tenant_id.eq(scope.tenant_id()),
                    tier_requirements::tier_id.eq(tier_id),
                    tier_requirements::course_id.eq(course_id),
                    tier_requirements::people.eq(people),
                ))
                .execute(c)
        });
        match inserted {
            // The same requirement saved twice at once: the later number wins.
            Err(e) if crate::db::is_unique_violation(&e) => {
                update(conn)?;
            }
            other => {
                other?;
            }
        }
    }
    Ok(true)
}

pub fn remove(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<usize> {
    diesel::delete(scoped!(tier_requirements, scope).filter(tier_requirements::id.eq(id))).execute(conn)
}

/// A tier's grace period: days before a required certificate expires in
/// which the organisation is shown at risk.
pub fn set_grace_days(conn: &mut AnyConnection, scope: &TenantScope, tier_id: i64, days: i32) -> QueryResult<usize> {
    use crate::db::schema::tiers;
    diesel::update(scoped!(tiers, scope).filter(tiers::id.eq(tier_id))).set(tiers::grace_days.eq(days)).execute(conn)
}

/// How a requirement stands given the organisation's certificates of its
/// course (renewed ones are left out by the caller: a renewal replaces them).
pub fn assess(requirement: &Requirement, certs: &[&Certificate], grace_days: i32, today: NaiveDate) -> Standing {
    let horizon = today + chrono::Duration::days(i64::from(grace_days.max(0)));
    let mut holders: HashSet<i64> = HashSet::new();
    let mut safe: HashSet<i64> = HashSet::new();
    let mut first_expiry: Option<NaiveDate> = None;
    for c in certs.iter().filter(|c| c.course_id == requirement.course_id && c.holds_on(today)) {
        holders.insert(c.user_id);
        if c.holds_on(horizon) {
            safe.insert(c.user_id);
        } else if let Some(end) = c.expires_on {
            first_expiry = Some(first_expiry.map_or(end, |f: NaiveDate| f.min(end)));
        }
    }
    let need = i64::from(requirement.people);
    let (holders, safe) = (holders.len() as i64, safe.len() as i64);
    let compliance = if safe >= need {
        Compliance::Met
    } else if holders >= need {
        Compliance::AtRisk
    } else {
        Compliance::Unmet
    };
    Standing {
        requirement: requirement.clone(),
        holders,
        safe,
        first_expiry: first_expiry.filter(|_| compliance != Compliance::Met),
        compliance,
    }
}

fn certificates_of(conn: &mut AnyConnection, scope: &TenantScope, org_ids: &[i64]) -> QueryResult<Vec<Certificate>> {
    let all: Vec<Certificate> =
        scoped!(certificates, scope).filter(certificates::organisation_id.eq_any(org_ids)).select(Certificate::as_select()).load(conn)?;
    let renewed = crate::training::certificates::renewed_in(&all);
    Ok(all.into_iter().filter(|c| c.revoked_at.is_none() && !renewed.contains(&c.id)).collect())
}

/// The requirements of `tier` as they stand for the organisation.
pub fn for_organisation(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    org: &Organisation,
    tier: &Tier,
    today: NaiveDate,
) -> QueryResult<Vec<Standing>> {
    let scope = scope.tenant_only();
    let reqs: Vec<Requirement> = list(conn, &scope)?.into_iter().filter(|r| r.tier_id == tier.id).collect();
    if reqs.is_empty() {
        return Ok(Vec::new());
    }
    let certs = certificates_of(conn, &scope, &[org.id])?;
    let refs: Vec<&Certificate> = certs.iter().collect();
    Ok(reqs.iter().map(|r| assess(r, &refs, tier.grace_days, today)).collect())
}

/// An organisation that does not meet every requirement of its tier.
#[derive(Debug, Clone)]
pub struct AtRisk {
    pub organisation_id: i64,
    pub name: String,
    pub tier: String,
    pub standings: Vec<Standing>,
}

impl AtRisk {
    /// The worst of its requirements.
    pub fn worst(&self) -> Compliance {
        self.standings.iter().map(|s| s.compliance).max().unwrap_or(Compliance::Met)
    }
}

/// Every active partner organisation at risk of (or failing) its tier's
/// requirements, worst first.
pub fn at_risk(conn: &mut AnyConnection, scope: &TenantScope, today: NaiveDate) -> QueryResult<Vec<AtRisk>> {
    let scope = scope.tenant_only();
    let reqs = list(conn, &scope)?;
    if reqs.is_empty() {
        return Ok(Vec::new());
    }
    let tiers = tenancy::tiers(conn, &scope)?;
    let tier_ids: Vec<i64> = reqs.iter().map(|r| r.tier_id).collect();
    let orgs: Vec<(i64, String, Option<i64>)> = scoped!(organisations, &scope)
        .filter(organisations::kind.eq("partner"))
        .filter(organisations::status.eq("active"))
        .filter(organisations::tier_id.eq_any(&tier_ids))
        .select((organisations::id, organisations::name, organisations::tier_id))
        .load(conn)?;
    let org_ids: Vec<i64> = orgs.iter().map(|o| o.0).collect();
    let certs = certificates_of(conn, &scope, &org_ids)?;
    let mut by_org = crate::training::course::group(certs.iter().map(|c| (c.organisation_id, c)));
    let mut out: Vec<AtRisk> = Vec::new();
    for (id, name, tier_id) in orgs {
        let Some(tier) = tiers.iter().find(|t| Some(t.id) == tier_id) else { continue };
        let theirs = by_org.remove(&id).unwrap_or_default();
        let standings: Vec<Standing> =
            reqs.iter().filter(|r| r.tier_id == tier.id).map(|r| assess(r, &theirs, tier.grace_days, today)).collect();
        if standings.iter().any(|s| s.compliance != Compliance::Met) {
            out.push(AtRisk { organisation_id: id, name, tier: tier.name.clone(), standings });
        }
    }
    out.sort_by(|a, b| b.worst().cmp(&a.worst()).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn cert(user_id: i64, expires_on: Option<NaiveDate>) -> Certificate {
        Certificate {
            id: user_id,
            tenant_id: 1,
            public_id: String::new(),
            course_id: 7,
            user_id,
            organisation_id: 1,
            holder_name: String::new(),
            issued_on: d(2026, 1, 1),
            expires_on,
            status_index: 0,
            renews_id: None,
            revoked_at: None,
            revoked_reason: String::new(),
            revoked_by: None,
            reminder_stage: 0,
            created_at: chrono::NaiveDateTime::default(),
        }
    }

    #[test]
    fn met_at_risk_or_unmet() {
        let today = d(2026, 12, 6);
        let req = Requirement { id: 1, tenant_id: 1, tier_id: 1, course_id: 7, people: 2 };
        let (a, b, soon, gone) =
            (cert(1, None), cert(2, Some(d(2027, 6, 1))), cert(2, Some(d(2026, 12, 20))), cert(3, Some(d(2026, 12, 1))));
        assert_eq!(assess(&req, &[&a, &b], 30, today).compliance, Compliance::Met);
        let risky = assess(&req, &[&a, &soon], 30, today);
        assert_eq!((risky.compliance, risky.holders, risky.safe), (Compliance::AtRisk, 2, 1));
        assert_eq!(risky.first_expiry, Some(d(2026, 12, 20)));
        assert_eq!(assess(&req, &[&a, &soon], 7, today).compliance, Compliance::Met, "outside a shorter grace period");
        assert_eq!(assess(&req, &[&a, &gone], 30, today).compliance, Compliance::Unmet, "an expired certificate counts for nothing");
        assert_eq!(assess(&req, &[&a, &a], 30, today).compliance, Compliance::Unmet, "two certificates of one person are one person");
    }
}
