//! Training reports: for each person and course they enrolled in, where
//! they stand (in progress, completed, certified, expiring, expired) and
//! how far along they are; and the same counted per course and per partner
//! organisation. Vendor staff see the whole tenant; a partner admin's scope
//! narrows every query to their own organisation.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{certificates, enrolments, organisations, quiz_attempts, users};
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::certificates::{CertStatus, Certificate};
use crate::training::course::CourseView;
use crate::training::progress::{self, Enrolment, Journey};

/// Where an enrolment stands, as reports count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReportStatus {
    InProgress,
    /// Passed, but its certificate was revoked.
    Completed,
    Certified,
    Expiring,
    Expired,
}

impl ReportStatus {
    pub const ALL: [ReportStatus; 5] =
        [ReportStatus::InProgress, ReportStatus::Completed, ReportStatus::Certified, ReportStatus::Expiring, ReportStatus::Expired];

    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::InProgress => "in_progress",
            ReportStatus::Completed => "completed",
            ReportStatus::Certified => "certified",
            ReportStatus::Expiring => "expiring",
            ReportStatus::Expired => "expired",
        }
    }

    pub fn parse(text: &str) -> Option<ReportStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// From the status of the person's newest certificate of the course.
    fn of(enrolment: &Enrolment, newest: Option<CertStatus>) -> ReportStatus {
        match newest {
            Some(CertStatus::Active) => ReportStatus::Certified,
            Some(CertStatus::Expiring) => ReportStatus::Expiring,
            Some(CertStatus::Expired) => ReportStatus::Expired,
            Some(CertStatus::Revoked) => ReportStatus::Completed,
            Some(CertStatus::Renewed) | None if enrolment.completed_at.is_some() => ReportStatus::Completed,
            _ => ReportStatus::InProgress,
        }
    }
}

/// Counts of one group (a course, an organisation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub enrolled: i64,
    pub by_status: HashMap<ReportStatus, i64>,
}

impl Counts {
    pub fn get(&self, status: ReportStatus) -> i64 {
        self.by_status.get(&status).copied().unwrap_or(0)
    }

    fn add(&mut self, status: ReportStatus) {
        self.enrolled += 1;
        *self.by_status.entry(status).or_default() += 1;
    }
}

/// What the report is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub course: Option<i64>,
    pub organisation: Option<i64>,
    pub status: Option<ReportStatus>,
    /// Part of a person's name or e-mail address.
    pub q: String,
}

/// One person in one course.
#[derive(Debug, Clone)]
pub struct Row {
    pub enrolment: Enrolment,
    pub user_name: String,
    pub email: String,
    pub organisation: String,
    pub status: ReportStatus,
    pub percent: i64,
    /// The newest certificate (its id and expiry).
    pub certificate: Option<(i64, Option<NaiveDate>)>,
}

struct Context {
    courses: HashMap<i64, CourseView>,
    today: NaiveDate,
}

/// The newest certificate of each (person, course), with its status.
fn newest(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user_ids: &[i64],
    today: NaiveDate,
) -> QueryResult<HashMap<(i64, i64), (Certificate, CertStatus)>> {
    let certs: Vec<Certificate> = scoped!(certificates, scope, narrowed by organisation_id)
        .filter(certificates::user_id.eq_any(user_ids.to_vec()))
        .order(certificates::id.asc())
        .select(Certificate::as_select())
        .load(conn)?;
    let renewed = crate::training::certificates::renewed_in(&certs);
    let mut out = HashMap::new();
    for c in certs {
        let status = c.status(renewed.contains(&c.id), today);
        out.insert((c.user_id, c.course_id), (c, status));
    }
    Ok(out)
}

fn rows_for(conn: &mut AnyConnection, scope: &TenantScope, ctx: &Context, batch: Vec<Enrolment>) -> QueryResult<Vec<Row>> {
    let user_ids: Vec<i64> = batch.iter().map(|e| e.user_id).collect();
    let people: HashMap<i64, (String, String, i64)> = scoped!(users, scope)
        .filter(users::id.eq_any(&user_ids))
        .select((users::id, users::display_name, users::email, users::organisation_id))
        .load::<(i64, String, String, i64)>(conn)?
        .into_iter()
        .map(|(id, name, email, org)| (id, (name, email, org)))
        .collect();
    let org_ids: Vec<i64> = batch.iter().map(|e| e.organisation_id).collect();
    let orgs: HashMap<i64, String> = scoped!(organisations, scope)
        .filter(organisations::id.eq_any(&org_ids))
        .select((organisations::id, organisations::name))
        .load(conn)?
        .into_iter()
        .collect();
    let certs = newest(conn, scope, &user_ids, ctx.today)?;
    let ids: Vec<i64> = batch.iter().map(|e| e.id).collect();
    let progress = progress::progress(conn, scope, &ids)?;
    let passed: Vec<(i64, i32)> = scoped!(quiz_attempts, scope)
        .filter(quiz_attempts::enrolment_id.eq_any(&ids))
        .filter(quiz_attempts::passed.eq(1))
        .select((quiz_attempts::enrolment_id, quiz_attempts::cycle))
        .load(conn)?;
    Ok(batch
        .into_iter()
        .filter_map(|enrolment| {
            let course = ctx.courses.get(&enrolment.course_id)?;
            let (name, email, _) = people.get(&enrolment.user_id).cloned().unwrap_or_default();
            let cert = certs.get(&(enrolment.user_id, enrolment.course_id));
            let status = ReportStatus::of(&enrolment, cert.map(|(_, s)| *s));
            let journey = Journey::of(course, progress.get(&enrolment.id).map(Vec::as_slice).unwrap_or(&[]));
            let passed_now = passed.iter().any(|(e, cycle)| *e == enrolment.id && *cycle == enrolment.cycle);
            let percent = if status == ReportStatus::InProgress { progress::percent(&journey, course.has_quiz(), passed_now) } else { 100 };
            Some(Row {
                user_name: name,
                email,
                organisation: orgs.get(&enrolment.organisation_id).cloned().unwrap_or_default(),
                status,
                percent,
                certificate: cert.map(|(c, _)| (c.id, c.expires_on)),
                enrolment,
            })
        })
        .collect())
}

fn context(conn: &mut AnyConnection, scope: &TenantScope, today: NaiveDate) -> QueryResult<Context> {
    let courses = crate::training::course::list(conn, &scope.tenant_only())?.into_iter().map(|v| (v.id(), v)).collect();
    Ok(Context { courses, today })
}

/// People whose name or address contains the search (ids), when searching.
fn matching_people(conn: &mut AnyConnection, scope: &TenantScope, q: &str) -> QueryResult<Option<Vec<i64>>> {
    if q.trim().is_empty() {
        return Ok(None);
    }
    let pattern = crate::db::contains_pattern(q);
    scoped!(users, scope, narrowed by organisation_id)
        .filter(crate::db::lower(users::display_name).like(pattern.clone()).escape('\\').or(users::email.like(pattern).escape('\\')))
        .select(users::id)
        .load(conn)
        .map(Some)
}

fn enrolment_batch(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    filter: &Filter,
    people: Option<&[i64]>,
    after: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<Enrolment>> {
    let mut query = scoped!(enrolments, scope, narrowed by organisation_id);
    if let Some(course) = filter.course {
        query = query.filter(enrolments::course_id.eq(course));
    }
    if let Some(org) = filter.organisation {
        query = query.filter(enrolments::organisation_id.eq(org));
    }
    if let Some(people) = people {
        query = query.filter(enrolments::user_id.eq_any(people.to_vec()));
    }
    if let Some(after) = after {
        query = query.filter(enrolments::id.gt(after));
    }
    query.order(enrolments::id.asc()).limit(limit).select(Enrolment::as_select()).load(conn)
}

/// A page of people × courses after the cursor (an enrolment id), and the
/// next page's cursor. A status filter is applied to what was read, so a
/// page is filled from as many reads as it takes.
pub fn rows(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    filter: &Filter,
    after: Option<i64>,
    limit: usize,
    today: NaiveDate,
) -> QueryResult<(Vec<Row>, Option<i64>)> {
    let ctx = context(conn, scope, today)?;
    let people = matching_people(conn, scope, &filter.q)?;
    let mut out: Vec<Row> = Vec::new();
    let mut cursor = after;
    loop {
        let batch = enrolment_batch(conn, scope, filter, people.as_deref(), cursor, 200)?;
        let exhausted = batch.len() < 200;
        cursor = batch.last().map(|e| e.id).or(cursor);
        for row in rows_for(conn, scope, &ctx, batch)? {
            if filter.status.is_none_or(|s| s == row.status) {
                if out.len() == limit {
                    let next = out.last().map(|r| r.enrolment.id);
                    return Ok((out, next));
                }
                out.push(row);
            }
        }
        if exhausted {
            return Ok((out, None));
        }
    }
}

/// The courses the scope's people enrolled in.
pub fn course_ids(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<i64>> {
    scoped!(enrolments, scope, narrowed by organisation_id).select(enrolments::course_id).distinct().load(conn)
}

/// The names of some organisations (of the scope's tenant).
pub fn organisation_names(conn: &mut AnyConnection, scope: &TenantScope, ids: &[i64]) -> QueryResult<Vec<(i64, String)>> {
    scoped!(organisations, scope).filter(organisations::id.eq_any(ids)).select((organisations::id, organisations::name)).load(conn)
}

/// How a report is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Course,
    Organisation,
}

/// Counts per course or per organisation (group id → counts), over
/// everything the filter keeps.
pub fn totals(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    filter: &Filter,
    by: GroupBy,
    today: NaiveDate,
) -> QueryResult<HashMap<i64, Counts>> {
    let ctx = context(conn, scope, today)?;
    let people = matching_people(conn, scope, &filter.q)?;
    let mut out: HashMap<i64, Counts> = HashMap::new();
    let mut cursor = None;
    loop {
        let batch = enrolment_batch(conn, scope, filter, people.as_deref(), cursor, 1_000)?;
        let exhausted = batch.len() < 1_000;
        cursor = batch.last().map(|e| e.id).or(cursor);
        for row in rows_for(conn, scope, &ctx, batch)? {
            if filter.status.is_none_or(|s| s == row.status) {
                let key = match by {
                    GroupBy::Course => row.enrolment.course_id,
                    GroupBy::Organisation => row.enrolment.organisation_id,
                };
                out.entry(key).or_default().add(row.status);
            }
        }
        if exhausted {
            return Ok(out);
        }
    }
}
