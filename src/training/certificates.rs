//! Certificates: issued when a course is passed (holder, course, issue and
//! expiry date — validity counted from completion), shown everywhere as
//! active, expiring (within 30 days), expired, renewed or revoked. Passing
//! the course again renews the newest one; the chain is kept both ways.
//! Each has an unguessable public id (its verification page) and a random
//! index in the tenant's revocation list. The jobs pass reminds holders 30
//! and 7 days before expiry, and on the day.

use std::collections::HashSet;

use chrono::{Months, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use rand::Rng;

use crate::config::Config;
use crate::db::AnyConnection;
use crate::db::schema::{certificates, credential_status_lists};
use crate::error::AppError;
use crate::identity::model::User;
use crate::notifications::{self, Category, Notice};
use crate::tenancy::model as tenancy;
use crate::tenancy::scope::{TenantScope, scoped};

/// How long before its expiry a certificate counts as expiring.
pub const EXPIRING_DAYS: i64 = 30;

/// The bits of a status list (the W3C minimum, so a list says little about
/// how many certificates a tenant has).
pub const STATUS_LIST_BITS: i32 = 131_072;

pub const REVOCATION: &str = "revocation";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = certificates)]
pub struct Certificate {
    pub id: i64,
    pub tenant_id: i64,
    pub public_id: String,
    pub course_id: i64,
    pub user_id: i64,
    pub organisation_id: i64,
    pub holder_name: String,
    pub issued_on: NaiveDate,
    /// Valid until this day begins (UTC); `None`: never expires.
    pub expires_on: Option<NaiveDate>,
    pub status_index: i32,
    pub renews_id: Option<i64>,
    pub revoked_at: Option<NaiveDateTime>,
    pub revoked_reason: String,
    pub revoked_by: Option<i64>,
    pub reminder_stage: i32,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CertStatus {
    Active,
    Expiring,
    Expired,
    Renewed,
    Revoked,
}

impl CertStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CertStatus::Active => "active",
            CertStatus::Expiring => "expiring",
            CertStatus::Expired => "expired",
            CertStatus::Renewed => "renewed",
            CertStatus::Revoked => "revoked",
        }
    }

    /// Whether it still proves what it says (active or expiring).
    pub fn holds(self) -> bool {
        matches!(self, CertStatus::Active | CertStatus::Expiring)
    }
}

impl Certificate {
    /// The status on `today`; `renewed`: a newer certificate renews it.
    pub fn status(&self, renewed: bool, today: NaiveDate) -> CertStatus {
        if self.revoked_at.is_some() {
            CertStatus::Revoked
        } else if renewed {
            CertStatus::Renewed
        } else {
            match self.expires_on {
                Some(end) if today >= end => CertStatus::Expired,
                Some(end) if (end - today).num_days() <= EXPIRING_DAYS => CertStatus::Expiring,
                _ => CertStatus::Active,
            }
        }
    }

    /// Whether it holds on `day` (not revoked, not expired by then);
    /// renewal aside, which only ever replaces it with a newer one.
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.revoked_at.is_none() && self.expires_on.is_none_or(|end| day < end)
    }
}

/// The expiry of a certificate issued on `issued_on` for a course valid
/// `months` (none: never).
pub fn expiry(issued_on: NaiveDate, months: Option<i32>) -> Option<NaiveDate> {
    let months = u32::try_from(months?).ok().filter(|m| *m > 0)?;
    issued_on.checked_add_months(Months::new(months))
}

/// A fresh unguessable public id: 128 random bits, base64url.
fn fresh_public_id() -> String {
    use base64::Engine;
    let bytes: [u8; 16] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether a public id has the shape we make (before any lookup).
pub fn is_public_id(text: &str) -> bool {
    text.len() == 22 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The tenant's revocation list (made on first use): its id and size.
pub fn status_list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<(i64, i32)> {
    let found: Option<(i64, i32)> = scoped!(credential_status_lists, scope)
        .filter(credential_status_lists::purpose.eq(REVOCATION))
        .select((credential_status_lists::id, credential_status_lists::size))
        .first(conn)
        .optional()?;
    if let Some(found) = found {
        return Ok(found);
    }
    let inserted = crate::db::transaction(conn, |c| {
        diesel::insert_into(credential_status_lists::table)
            .values((
                credential_status_lists::tenant_id.eq(scope.tenant_id()),
                credential_status_lists::purpose.eq(REVOCATION),
                credential_status_lists::size.eq(STATUS_LIST_BITS),
            ))
            .returning((credential_status_lists::id, credential_status_lists::size))
            .get_result(c)
    });
    match inserted {
        Ok(made) => Ok(made),
        Err(e) if crate::db::is_unique_violation(&e) => status_list(conn, scope),
        Err(e) => Err(e),
    }
}

/// A random free index in the revocation list (the list doubles once three
/// quarters of it are taken, so a free index is always near).
fn free_index(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<i32> {
    let (list_id, mut size) = status_list(conn, scope)?;
    let taken: HashSet<i32> = scoped!(certificates, scope).select(certificates::status_index).load::<i32>(conn)?.into_iter().collect();
    if taken.len() as i64 * 4 >= i64::from(size) * 3 {
        size = size.saturating_mul(2);
        diesel::update(scoped!(credential_status_lists, scope).filter(credential_status_lists::id.eq(list_id)))
            .set(credential_status_lists::size.eq(size))
            .execute(conn)?;
    }
    let mut rng = rand::rng();
    loop {
        let index = rng.random_range(0..size);
        if !taken.contains(&index) {
            return Ok(index);
        }
    }
}

/// Every certificate of the tenant's revocation list that is revoked: the
/// set bits.
pub fn revoked_indexes(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<i32>> {
    scoped!(certificates, scope).filter(certificates::revoked_at.is_not_null()).select(certificates::status_index).load(conn)
}

/// The holder's newest certificate of the course that no other renews.
fn latest_of(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, user_id: i64) -> QueryResult<Option<Certificate>> {
    let mine: Vec<Certificate> = scoped!(certificates, scope)
        .filter(certificates::course_id.eq(course_id))
        .filter(certificates::user_id.eq(user_id))
        .order(certificates::id.desc())
        .select(Certificate::as_select())
        .load(conn)?;
    let renewed = renewed_in(&mine);
    Ok(mine.into_iter().find(|c| !renewed.contains(&c.id)))
}

/// Issues the certificate of a passed course, renewing the holder's newest
/// one of the same course if there is one. The caller's transaction.
pub fn issue(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    course_id: i64,
    validity_months: Option<i32>,
    holder: &User,
    issued_on: NaiveDate,
) -> QueryResult<Certificate> {
    let organisation_id = holder.organisation_id;
    let renews = latest_of(conn, scope, course_id, holder.id)?.map(|c| c.id);
    loop {
        let index = free_index(conn, scope)?;
        let inserted = crate::db::transaction(conn, |c| {
            diesel::insert_into(certificates::table)
                .values((
                    certificates::tenant_id.eq(scope.tenant_id()),
                    certificates::public_id.eq(fresh_public_id()),
                    certificates::course_id.eq(course_id),
                    certificates::user_id.eq(holder.id),
                    certificates::organisation_id.eq(organisation_id),
                    certificates::holder_name.eq(&holder.display_name),
                    certificates::issued_on.eq(issued_on),
                    certificates::expires_on.eq(expiry(issued_on, validity_months)),
                    certificates::status_index.eq(index),
                    certificates::renews_id.eq(renews),
                    certificates::created_at.eq(crate::db::now()),
                ))
                .returning(certificates::all_columns)
                .get_result(c)
        });
        match inserted {
            // Another issue took the same index at the same moment: draw again.
            Err(e) if crate::db::is_unique_violation(&e) => continue,
            other => return other,
        }
    }
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<Certificate>> {
    scoped!(certificates, scope, narrowed by organisation_id)
        .filter(certificates::id.eq(id))
        .select(Certificate::as_select())
        .first(conn)
        .optional()
}

/// The certificate a verification address names (the tenant's only).
pub fn find_public(conn: &mut AnyConnection, scope: &TenantScope, public_id: &str) -> QueryResult<Option<Certificate>> {
    if !is_public_id(public_id) {
        return Ok(None);
    }
    scoped!(certificates, scope).filter(certificates::public_id.eq(public_id)).select(Certificate::as_select()).first(conn).optional()
}

/// The certificates of some people (all of the scope's when `user_ids` is
/// `None`), newest first.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope, user_ids: Option<&[i64]>) -> QueryResult<Vec<Certificate>> {
    let mut query = scoped!(certificates, scope, narrowed by organisation_id);
    if let Some(ids) = user_ids {
        query = query.filter(certificates::user_id.eq_any(ids.to_vec()));
    }
    query.order(certificates::id.desc()).select(Certificate::as_select()).load(conn)
}

/// The ids of the certificates among `certs` that a newer one renews (a
/// revoked renewal renews nothing). A renewal is of the same holder and
/// course, so `certs` needs only hold all of theirs.
pub fn renewed_in(certs: &[Certificate]) -> HashSet<i64> {
    certs.iter().filter(|c| c.revoked_at.is_none()).filter_map(|c| c.renews_id).collect()
}

/// The certificate this one renews, and the one that renews it.
pub fn chain(conn: &mut AnyConnection, scope: &TenantScope, cert: &Certificate) -> QueryResult<(Option<Certificate>, Option<Certificate>)> {
    let previous = match cert.renews_id {
        Some(id) => scoped!(certificates, scope).filter(certificates::id.eq(id)).select(Certificate::as_select()).first(conn).optional()?,
        None => None,
    };
    let next = scoped!(certificates, scope)
        .filter(certificates::renews_id.eq(cert.id))
        .filter(certificates::revoked_at.is_null())
        .select(Certificate::as_select())
        .first(conn)
        .optional()?;
    Ok((previous, next))
}

/// Revokes a certificate with a reason (once: a revoked one stays as it was).
pub fn revoke(conn: &mut AnyConnection, scope: &TenantScope, id: i64, by: i64, reason: &str) -> QueryResult<bool> {
    let n = diesel::update(scoped!(certificates, scope).filter(certificates::id.eq(id)).filter(certificates::revoked_at.is_null()))
        .set((
            certificates::revoked_at.eq(Some(crate::db::now())),
            certificates::revoked_reason.eq(reason),
            certificates::revoked_by.eq(Some(by)),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// The reminder an expiry date calls for on `today`: 1 (30 days before),
/// 2 (7 days before), 3 (expired), or 0.
pub fn reminder_due(expires_on: NaiveDate, today: NaiveDate) -> i32 {
    match (expires_on - today).num_days() {
        d if d <= 0 => 3,
        d if d <= 7 => 2,
        d if d <= EXPIRING_DAYS => 1,
        _ => 0,
    }
}

/// The jobs pass: holders of certificates nearing expiry (or expired) are
/// told once per stage, in the app and by e-mail (which they can turn off
/// with course mail). Renewed and revoked certificates are not reminded.
/// Several instances may run it: a reminder is claimed before it is sent.
pub fn remind_expiring(conn: &mut AnyConnection, config: &Config, today: NaiveDate) -> Result<usize, AppError> {
    let horizon = today + chrono::Duration::days(EXPIRING_DAYS);
    let due: Vec<Certificate> = certificates::table
        .filter(certificates::expires_on.le(horizon))
        .filter(certificates::reminder_stage.lt(3))
        .filter(certificates::revoked_at.is_null())
        .select(Certificate::as_select())
        .load(conn)?;
    if due.is_empty() {
        return Ok(0);
    }
    let tenants = tenancy::list_all(conn)?;
    let mut sent = 0;
    for cert in due {
        let Some(expires_on) = cert.expires_on else { continue };
        let stage = reminder_due(expires_on, today);
        if stage <= cert.reminder_stage {
            continue;
        }
        let Some(tenant) = tenants.iter().find(|t| t.id == cert.tenant_id) else { continue };
        if tenant.status() != tenancy::TenantStatus::Active {
            continue;
        }
        let Ok(scope) = tenant.scope() else { continue };
        let slug = tenant.slug.clone();
        let done = crate::db::transaction(conn, |c| -> Result<bool, AppError> {
            let renewed = scoped!(certificates, &scope)
                .filter(certificates::renews_id.eq(cert.id))
                .filter(certificates::revoked_at.is_null())
                .count()
                .get_result::<i64>(c)?
                > 0;
            let claimed = diesel::update(
                scoped!(certificates, &scope)
                    .filter(certificates::id.eq(cert.id))
                    .filter(certificates::reminder_stage.eq(cert.reminder_stage)),
            )
            .set(certificates::reminder_stage.eq(stage))
            .execute(c)?;
            if claimed == 0 || renewed {
                return Ok(false);
            }
            let Some(holder) = crate::identity::model::find(c, &scope, cert.user_id)? else { return Ok(false) };
            let settings = tenancy::settings(c, &scope)?;
            let default = settings.default_locale();
            let course = crate::training::course::find(c, &scope, cert.course_id)?;
            let title = course.map(|v| v.title(holder.locale.as_deref().unwrap_or(default.code()), default.code())).unwrap_or_default();
            let notice = Notice {
                key: if stage == 3 { "notify-certificate-expired" } else { "notify-certificate-expiring" },
                args: vec![
                    ("course", title),
                    ("date", expires_on.and_hms_opt(0, 0, 0).unwrap_or_default().format("%Y-%m-%dT%H:%M:%S").to_string()),
                ],
                link: format!("/certificates/{}", cert.id),
                mail: true,
                category: Some(Category::Courses),
            };
            notifications::notify(c, &scope, config, &slug, std::slice::from_ref(&holder), &notice)?;
            Ok(true)
        })?;
        if done {
            tracing::info!(tenant_id = cert.tenant_id, certificate_id = cert.id, stage, "certificate.reminded");
            sent += 1;
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn cert(expires_on: Option<NaiveDate>, revoked: bool) -> Certificate {
        Certificate {
            id: 1,
            tenant_id: 1,
            public_id: String::new(),
            course_id: 1,
            user_id: 1,
            organisation_id: 1,
            holder_name: String::new(),
            issued_on: d(2026, 1, 1),
            expires_on,
            status_index: 0,
            renews_id: None,
            revoked_at: revoked.then(NaiveDateTime::default),
            revoked_reason: String::new(),
            revoked_by: None,
            reminder_stage: 0,
            created_at: NaiveDateTime::default(),
        }
    }

    #[test]
    fn the_status_follows_expiry_renewal_and_revocation() {
        let today = d(2026, 12, 6);
        assert_eq!(cert(None, false).status(false, today), CertStatus::Active);
        assert_eq!(cert(Some(d(2027, 6, 1)), false).status(false, today), CertStatus::Active);
        assert_eq!(cert(Some(d(2027, 1, 5)), false).status(false, today), CertStatus::Expiring, "30 days ahead");
        assert_eq!(cert(Some(d(2027, 1, 6)), false).status(false, today), CertStatus::Active, "31 days ahead");
        assert_eq!(cert(Some(d(2026, 12, 6)), false).status(false, today), CertStatus::Expired, "not valid on its expiry day");
        assert_eq!(cert(Some(d(2026, 12, 6)), false).status(true, today), CertStatus::Renewed);
        assert_eq!(cert(None, true).status(true, today), CertStatus::Revoked, "revocation wins");
    }

    #[test]
    fn validity_counts_months_from_completion() {
        assert_eq!(expiry(d(2026, 1, 31), Some(1)), Some(d(2026, 2, 28)));
        assert_eq!(expiry(d(2026, 12, 6), Some(24)), Some(d(2028, 12, 6)));
        assert_eq!(expiry(d(2026, 12, 6), None), None);
        assert_eq!(expiry(d(2026, 12, 6), Some(0)), None);
    }

    #[test]
    fn reminders_come_at_30_and_7_days_and_on_expiry() {
        let end = d(2027, 1, 31);
        assert_eq!(reminder_due(end, d(2026, 12, 31)), 0);
        assert_eq!(reminder_due(end, d(2027, 1, 1)), 1);
        assert_eq!(reminder_due(end, d(2027, 1, 24)), 2);
        assert_eq!(reminder_due(end, d(2027, 1, 31)), 3);
        assert_eq!(reminder_due(end, d(2027, 3, 1)), 3);
    }

    #[test]
    fn public_ids_are_long_and_url_safe() {
        let id = fresh_public_id();
        assert!(is_public_id(&id), "{id}");
        assert_ne!(id, fresh_public_id());
        assert!(!is_public_id("../../etc/passwd"));
        assert!(!is_public_id("short"));
    }
}
