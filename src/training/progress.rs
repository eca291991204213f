//! What partners do with a course: enrol (once per person and course),
//! open lessons (the last one opened is where they resume), mark them done,
//! and where that leaves them — the progress percentage and the status the
//! catalogue filters by (not started, in progress, completed, certified,
//! expiring). A renewal starts a new cycle: attempts count anew, and for a
//! course without a quiz the lessons are worked through again.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{enrolments, lesson_progress};
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::certificates::{CertStatus, Certificate};
use crate::training::course::CourseView;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = enrolments)]
pub struct Enrolment {
    pub id: i64,
    pub tenant_id: i64,
    pub course_id: i64,
    pub user_id: i64,
    pub organisation_id: i64,
    pub cycle: i32,
    pub enrolled_at: NaiveDateTime,
    pub completed_at: Option<NaiveDateTime>,
    /// The cycle the course was last completed in.
    pub completed_cycle: i32,
}

impl Enrolment {
    /// Whether the course was completed in the current cycle.
    pub fn completed_this_cycle(&self) -> bool {
        self.completed_at.is_some() && self.completed_cycle == self.cycle
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = lesson_progress)]
pub struct LessonProgress {
    pub tenant_id: i64,
    pub enrolment_id: i64,
    pub lesson_id: i64,
    pub visited_at: NaiveDateTime,
    pub completed_at: Option<NaiveDateTime>,
}

/// The person's enrolment in a course, if any. The scope of a partner user
/// narrows it to their organisation.
pub fn enrolment(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, user_id: i64) -> QueryResult<Option<Enrolment>> {
    scoped!(enrolments, scope, narrowed by organisation_id)
        .filter(enrolments::course_id.eq(course_id))
        .filter(enrolments::user_id.eq(user_id))
        .select(Enrolment::as_select())
        .first(conn)
        .optional()
}

/// Every enrolment of one person.
pub fn enrolments_of(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64) -> QueryResult<Vec<Enrolment>> {
    scoped!(enrolments, scope, narrowed by organisation_id)
        .filter(enrolments::user_id.eq(user_id))
        .select(Enrolment::as_select())
        .load(conn)
}

/// Enrols a person (again: the existing enrolment).
pub fn enrol(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, user_id: i64, organisation_id: i64) -> QueryResult<Enrolment> {
    if let Some(existing) = enrolment(conn, scope, course_id, user_id)? {
        return Ok(existing);
    }
    let inserted = crate::db::transaction(conn, |c| {
        diesel::insert_into(enrolments::table)
            .values((
                enrolments::tenant_id.eq(scope.tenant_id()),
                enrolments::course_id.eq(course_id),
                enrolments::user_id.eq(user_id),
                enrolments::organisation_id.eq(organisation_id),
                enrolments::enrolled_at.eq(crate::db::now()),
            ))
            .returning(enrolments::all_columns)
            .get_result(c)
    });
    match inserted {
        Ok(e) => Ok(e),
        // Two clicks racing: the other one made it.
        Err(e) if crate::db::is_unique_violation(&e) => enrolment(conn, scope, course_id, user_id)?.ok_or(e),
        Err(e) => Err(e),
    }
}

/// The progress rows of enrolments.
pub fn progress(conn: &mut AnyConnection, scope: &TenantScope, enrolment_ids: &[i64]) -> QueryResult<HashMap<i64, Vec<LessonProgress>>> {
    let rows: Vec<LessonProgress> = scoped!(lesson_progress, scope)
        .filter(lesson_progress::enrolment_id.eq_any(enrolment_ids))
        .select(LessonProgress::as_select())
        .load(conn)?;
    Ok(crate::training::course::group(rows.into_iter().map(|r| (r.enrolment_id, r))))
}

/// Records that the person opened a lesson (where they resume).
pub fn visit(conn: &mut AnyConnection, scope: &TenantScope, enrolment: &Enrolment, lesson_id: i64) -> QueryResult<()> {
    let now = crate::db::now();
    let n = diesel::update(
        scoped!(lesson_progress, scope)
            .filter(lesson_progress::enrolment_id.eq(enrolment.id))
            .filter(lesson_progress::lesson_id.eq(lesson_id)),
    )
    .set(lesson_progress::visited_at.eq(now))
    .execute(conn)?;
    if n == 0 {
        let inserted = crate::db::transaction(conn, |c| {
            diesel::insert_into(lesson_progress::table)
                .values((
                    lesson_progress::tenant_id.eq(scope.tenant_id()),
                    lesson_progress::enrolment_id.eq(enrolment.id),
                    lesson_progress::lesson_id.eq(lesson_id),
                    lesson_progress::visited_at.eq(now),
                ))
                .execute(c)
        });
        match inserted {
            Ok(_) => {}
            Err(e) if crate::db::is_unique_violation(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Marks a lesson done (opening it first if need be).
pub fn complete_lesson(conn: &mut AnyConnection, scope: &TenantScope, enrolment: &Enrolment, lesson_id: i64) -> QueryResult<()> {
    visit(conn, scope, enrolment, lesson_id)?;
    diesel::update(
        scoped!(lesson_progress, scope)
            .filter(lesson_progress::enrolment_id.eq(enrolment.id))
            .filter(lesson_progress::lesson_id.eq(lesson_id))
            .filter(lesson_progress::completed_at.is_null()),
    )
    .set(lesson_progress::completed_at.eq(Some(crate::db::now())))
    .execute(conn)?;
    Ok(())
}

/// Starts a renewal: a new cycle (only from the cycle it completed, so two
/// clicks make one); a course without a quiz is worked through again.
pub fn start_cycle(conn: &mut AnyConnection, scope: &TenantScope, enrolment: &Enrolment, has_quiz: bool) -> QueryResult<bool> {
    let moved = diesel::update(
        scoped!(enrolments, scope)
            .filter(enrolments::id.eq(enrolment.id))
            .filter(enrolments::cycle.eq(enrolment.cycle))
            .filter(enrolments::completed_cycle.eq(enrolment.cycle)),
    )
    .set(enrolments::cycle.eq(enrolment.cycle + 1))
    .execute(conn)?;
    if moved == 1 && !has_quiz {
        diesel::update(scoped!(lesson_progress, scope).filter(lesson_progress::enrolment_id.eq(enrolment.id)))
            .set(lesson_progress::completed_at.eq(None::<NaiveDateTime>))
            .execute(conn)?;
    }
    Ok(moved == 1)
}

/// Stamps the enrolment completed in its current cycle; `false` when it
/// already was (only the first of two racing completions issues anything).
pub fn mark_completed(conn: &mut AnyConnection, scope: &TenantScope, enrolment: &Enrolment) -> QueryResult<bool> {
    let n = diesel::update(
        scoped!(enrolments, scope)
            .filter(enrolments::id.eq(enrolment.id))
            .filter(enrolments::cycle.eq(enrolment.cycle))
            .filter(enrolments::completed_cycle.ne(enrolment.cycle)),
    )
    .set((enrolments::completed_at.eq(Some(crate::db::now())), enrolments::completed_cycle.eq(enrolment.cycle)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Where a person is in a course's lessons.
#[derive(Debug, Clone, Default)]
pub struct Journey {
    pub done: Vec<i64>,
    /// Whether any lesson was opened.
    pub opened: bool,
    /// The lesson to open next: the last one opened and not done, else the
    /// first not done, else the first.
    pub resume: Option<i64>,
    pub total: usize,
}

impl Journey {
    pub fn of(view: &CourseView, rows: &[LessonProgress]) -> Self {
        let order: Vec<i64> = view.lessons.iter().map(|l| l.lesson.id).collect();
        let done: Vec<i64> =
            order.iter().copied().filter(|id| rows.iter().any(|r| r.lesson_id == *id && r.completed_at.is_some())).collect();
        let last_open = rows
            .iter()
            .filter(|r| r.completed_at.is_none() && order.contains(&r.lesson_id))
            .max_by_key(|r| r.visited_at)
            .map(|r| r.lesson_id);
        let first_open = order.iter().copied().find(|id| !done.contains(id));
        Journey { resume: last_open.or(first_open).or(order.first().copied()), total: order.len(), opened: !rows.is_empty(), done }
    }

    pub fn lessons_done(&self) -> bool {
        self.done.len() >= self.total
    }

    pub fn is_done(&self, lesson_id: i64) -> bool {
        self.done.contains(&lesson_id)
    }

    pub fn started(&self) -> bool {
        self.opened || !self.done.is_empty()
    }
}

/// How far along a course someone is, in percent: lessons done, and the
/// quiz as one more step.
pub fn percent(journey: &Journey, has_quiz: bool, passed: bool) -> i64 {
    let steps = journey.total + usize::from(has_quiz);
    if steps == 0 {
        return 0;
    }
    let done = journey.done.len().min(journey.total) + usize::from(has_quiz && passed);
    (done * 100 / steps) as i64
}

/// Where a person stands with a course, as the catalogue and reports say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LearnerStatus {
    NotStarted,
    InProgress,
    /// Passed once; no certificate holds now (expired or revoked).
    Completed,
    Certified,
    /// Certified, expiring within 30 days.
    Expiring,
}

impl LearnerStatus {
    pub const ALL: [LearnerStatus; 5] =
        [LearnerStatus::NotStarted, LearnerStatus::InProgress, LearnerStatus::Completed, LearnerStatus::Certified, LearnerStatus::Expiring];

    pub fn as_str(self) -> &'static str {
        match self {
            LearnerStatus::NotStarted => "not_started",
            LearnerStatus::InProgress => "in_progress",
            LearnerStatus::Completed => "completed",
            LearnerStatus::Certified => "certified",
            LearnerStatus::Expiring => "expiring",
        }
    }

    pub fn parse(text: &str) -> Option<LearnerStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// The status from an enrolment and the person's certificates of the course
/// (with whether each was renewed).
pub fn learner_status(enrolment: Option<&Enrolment>, certificates: &[(Certificate, bool)], today: NaiveDate) -> LearnerStatus {
    let statuses: Vec<CertStatus> = certificates.iter().map(|(c, renewed)| c.status(*renewed, today)).collect();
    if statuses.contains(&CertStatus::Active) {
        LearnerStatus::Certified
    } else if statuses.contains(&CertStatus::Expiring) {
        LearnerStatus::Expiring
    } else if enrolment.is_some_and(|e| e.completed_at.is_some()) || !certificates.is_empty() {
        LearnerStatus::Completed
    } else if enrolment.is_some() {
        LearnerStatus::InProgress
    } else {
        LearnerStatus::NotStarted
    }
}
