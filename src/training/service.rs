//! The training rules that span the models, one transaction each: a
//! course published for the first time is announced to the partner users
//! of its tiers; finishing the last lesson of a course without a quiz, or
//! passing its quiz, completes it and issues (or renews) the certificate;
//! a renewal starts a new cycle.

use chrono::NaiveDate;
use diesel::prelude::*;

use crate::config::Config;
use crate::db::AnyConnection;
use crate::db::schema::{organisations, users};
use crate::error::AppError;
use crate::identity::model::{User, UserStatus};
use crate::notifications::{self, Category, Notice};
use crate::tenancy::model as tenancy;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::certificates::{self, Certificate};
use crate::training::course::CourseView;
use crate::training::progress::{self, Enrolment, Journey};
use crate::training::quiz::{self, Answers, Attempt, Graded, SubmitRefused};

/// The partner users (and admins) of active organisations of the tiers a
/// course is for.
fn audience(conn: &mut AnyConnection, scope: &TenantScope, view: &CourseView) -> QueryResult<Vec<User>> {
    let orgs: Vec<(i64, Option<i64>)> = scoped!(organisations, scope)
        .filter(organisations::kind.eq("partner"))
        .filter(organisations::status.eq("active"))
        .select((organisations::id, organisations::tier_id))
        .load(conn)?;
    let targeted: Vec<i64> = orgs.into_iter().filter(|(_, tier)| view.offered_to(*tier)).map(|(id, _)| id).collect();
    scoped!(users, scope)
        .filter(users::organisation_id.eq_any(&targeted))
        .filter(users::status.eq(UserStatus::Active.as_str()))
        .select(User::as_select())
        .load(conn)
}

/// Tells the course's partners it is published (the caller calls it for
/// the first publication only), each with the course's title in their own
/// language where the course has it. Returns how many people were told.
pub fn announce(conn: &mut AnyConnection, scope: &TenantScope, config: &Config, slug: &str, view: &CourseView) -> Result<usize, AppError> {
    let default = tenancy::settings(conn, scope)?.default_locale();
    let people = audience(conn, scope, view)?;
    let mut by_language: std::collections::BTreeMap<&str, Vec<User>> = std::collections::BTreeMap::new();
    for person in &people {
        let locale = person.locale.as_deref().and_then(crate::i18n::Locale::from_code).unwrap_or(default);
        by_language.entry(locale.code()).or_default().push(person.clone());
    }
    for (locale, group) in by_language {
        let notice = Notice {
            key: "notify-course-published",
            args: vec![("title", view.title(locale, default.code()))],
            link: format!("/training/courses/{}", view.id()),
            mail: true,
            category: Some(Category::Courses),
        };
        notifications::notify(conn, scope, config, slug, &group, &notice)?;
    }
    Ok(people.len())
}

/// Who is taking the course, in which enrolment, on which day.
pub struct Learner<'a> {
    pub holder: &'a User,
    pub enrolment: &'a Enrolment,
    pub today: NaiveDate,
}

/// Completes the course for the holder: the enrolment is stamped and the
/// certificate issued (renewing the holder's previous one).
fn complete(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    view: &CourseView,
    enrolment: &Enrolment,
    holder: &User,
    today: NaiveDate,
) -> QueryResult<Option<Certificate>> {
    // Only the request that stamps the cycle completed issues the certificate.
    if !progress::mark_completed(conn, scope, enrolment)? {
        return Ok(None);
    }
    let cert = certificates::issue(conn, scope, view.id(), view.course.validity_months, holder, today)?;
    tracing::info!(tenant_id = scope.tenant_id(), course_id = view.id(), certificate_id = cert.id, "training.certified");
    Ok(Some(cert))
}

/// Marks a lesson done; the last lesson of a course without a quiz
/// completes it (once per cycle) and returns the certificate.
pub fn finish_lesson(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    view: &CourseView,
    learner: &Learner<'_>,
    lesson_id: i64,
) -> QueryResult<Option<Certificate>> {
    let Learner { holder, enrolment, today } = *learner;
    crate::db::transaction(conn, |c| {
        progress::complete_lesson(c, scope, enrolment, lesson_id)?;
        if view.has_quiz() || enrolment.completed_this_cycle() {
            return Ok(None);
        }
        let rows = progress::progress(c, scope, &[enrolment.id])?.remove(&enrolment.id).unwrap_or_default();
        if !Journey::of(view, &rows).lessons_done() {
            return Ok(None);
        }
        complete(c, scope, view, enrolment, holder, today)
    })
}

/// Submits an attempt; passing completes the course and issues the certificate.
pub fn submit_attempt(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    view: &CourseView,
    learner: &Learner<'_>,
    attempt: &Attempt,
    answers: &Answers,
) -> QueryResult<Result<(Graded, Option<Certificate>), SubmitRefused>> {
    let Learner { holder, enrolment, today } = *learner;
    crate::db::transaction(conn, |c| {
        let graded = match quiz::submit(c, scope, view, attempt, answers)? {
            Ok(graded) => graded,
            Err(refused) => return Ok(Err(refused)),
        };
        let cert =
            if graded.passed && attempt.cycle == enrolment.cycle { complete(c, scope, view, enrolment, holder, today)? } else { None };
        Ok(Ok((graded, cert)))
    })
}

/// Starts a renewal once the course was completed in the current cycle:
/// attempts count anew (and lessons, for a course without a quiz).
/// `false`: not completed this cycle (nothing to renew yet), nothing changes.
pub fn renew(conn: &mut AnyConnection, scope: &TenantScope, view: &CourseView, enrolment: &Enrolment) -> QueryResult<bool> {
    if !enrolment.completed_this_cycle() {
        return Ok(false);
    }
    crate::db::transaction(conn, |c| progress::start_cycle(c, scope, enrolment, view.has_quiz()))
}
