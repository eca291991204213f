//! The demo's training: three courses in five languages (two with a quiz,
//! one for Silver and Gold without), Gold asking for two people certified in
//! the first, and the demo partners' progress — certificates active,
//! expiring, expired, renewed and revoked, a course in progress — made
//! through the same services partners use (quizzes taken and passed, then
//! dated back). Only run when the tenant has no courses yet.

use std::collections::{BTreeSet, HashMap};

use bytes::Bytes;
use chrono::{Duration, NaiveDate};
use diesel::prelude::*;
use serde::Deserialize;

use crate::db::schema::{certificates, courses, enrolments};
use crate::db::{self, AnyConnection};
use crate::i18n::Locale;
use crate::identity::model::{self as users, User};
use crate::storage::files;
use crate::storage::inspect::FileKind;
use crate::storage::store::{Area, Storage};
use crate::tenancy::model as tenancy;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::course::{self, CourseStatus, CourseView, LessonContent, Settings};
use crate::training::quiz::{self, OptionInput, QuestionInput};
use crate::training::{certificates as certs, progress, requirements, service};

#[derive(Deserialize)]
struct Catalogue {
    courses: Vec<DemoCourse>,
}

#[derive(Deserialize)]
struct DemoCourse {
    key: String,
    /// Indexes into the tenant's tiers (Registered, Silver, Gold); empty: every tier.
    tiers: Vec<usize>,
    duration: Option<i32>,
    validity: Option<i32>,
    pass_mark: i32,
    attempts: Option<i32>,
    shuffle: bool,
    reveal: bool,
    cover: [u8; 3],
    texts: HashMap<String, CourseTexts>,
    lessons: Vec<DemoLesson>,
    questions: Vec<DemoQuestion>,
}

#[derive(Deserialize)]
struct CourseTexts {
    title: String,
    summary: String,
}

#[derive(Deserialize)]
struct DemoLesson {
    video: String,
    texts: HashMap<String, LessonTexts>,
}

#[derive(Deserialize)]
struct LessonTexts {
    title: String,
    body: String,
}

#[derive(Deserialize)]
struct DemoQuestion {
    multiple: bool,
    texts: HashMap<String, QuestionTexts>,
    options: Vec<DemoOption>,
}

#[derive(Deserialize)]
struct QuestionTexts {
    prompt: String,
    explanation: String,
}

#[derive(Deserialize)]
struct DemoOption {
    correct: bool,
    labels: HashMap<String, String>,
}

const CONTENT: &str = include_str!("training.json");

/// A cover: a diagonal gradient from the course's colour.
fn cover_png([r, g, b]: [u8; 3]) -> Vec<u8> {
    let image = image::RgbImage::from_fn(960, 540, |x, y| {
        let t = (x + y) as f32 / 1500.0;
        let mix = |c: u8| (f32::from(c) * (1.0 - t) + 255.0 * t * 0.35) as u8;
        image::Rgb([mix(r), mix(g), mix(b)])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    let _ = image::DynamicImage::ImageRgb8(image).write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

/// Makes one course with every text in every locale; published.
fn make(conn: &mut AnyConnection, storage: &Storage, scope: &TenantScope, editor: i64, demo: &DemoCourse) -> anyhow::Result<CourseView> {
    let tiers = tenancy::tiers(conn, scope)?;
    let settings = Settings {
        status: CourseStatus::Draft,
        duration_minutes: demo.duration,
        validity_months: demo.validity,
        pass_mark: demo.pass_mark,
        max_attempts: demo.attempts,
        shuffle: demo.shuffle,
        reveal_answers: demo.reveal,
        tier_ids: demo.tiers.iter().filter_map(|i| tiers.get(*i).map(|t| t.id)).collect(),
    };
    let english = demo.texts.get("en-US").ok_or_else(|| anyhow::anyhow!("{}: no English text", demo.key))?;
    let prepared =
        files::prepare_blocking(storage, scope, Area::Training, Bytes::from(cover_png(demo.cover)), &FileKind::IMAGES, "cover.png")?
            .map_err(|refusal| anyhow::anyhow!("the demo cover was refused: {refusal:?}"))?;
    db::transaction(conn, |c| -> anyhow::Result<CourseView> {
        let made = course::create(c, scope, editor, Locale::EnUs, &english.title, &english.summary, &settings)?;
        course::set_cover(c, scope, editor, made.id, &prepared)?;
        for locale in Locale::ALL {
            if let Some(t) = demo.texts.get(locale.code()) {
                course::set_text(c, scope, made.id, locale, &t.title, &t.summary)?;
            }
        }
        for lesson in &demo.lessons {
            let first = lesson.texts.get("en-US").ok_or_else(|| anyhow::anyhow!("a lesson without English"))?;
            let content = LessonContent { locale: Locale::EnUs, title: &first.title, body: &first.body, video_url: &lesson.video };
            let row = course::add_lesson(c, scope, made.id, &content)?;
            for locale in Locale::ALL {
                if let Some(t) = lesson.texts.get(locale.code()) {
                    course::set_lesson_text(c, scope, row.id, locale, &t.title, &t.body)?;
                }
            }
        }
        for question in &demo.questions {
            let mut id = None;
            for locale in Locale::ALL {
                let Some(text) = question.texts.get(locale.code()) else { continue };
                let existing = match id {
                    Some(q) => quiz::questions(c, scope, made.id)?.into_iter().find(|v| v.id() == q),
                    None => None,
                };
                let options = question
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| OptionInput {
                        id: existing.as_ref().and_then(|q| q.options.get(i)).map(|v| v.option.id),
                        label: o.labels.get(locale.code()).cloned().unwrap_or_default(),
                        correct: o.correct,
                        remove: false,
                    })
                    .collect();
                let input = QuestionInput {
                    locale,
                    prompt: text.prompt.clone(),
                    explanation: text.explanation.clone(),
                    multiple: question.multiple,
                    options,
                };
                id = quiz::save_question(c, scope, made.id, id, &input)?;
            }
        }
        course::update_settings(c, scope, made.id, &Settings { status: CourseStatus::Published, ..settings.clone() })?;
        // Not announced: the demo's people are not told of their own sample data.
        course::find(c, scope, made.id)?.ok_or_else(|| anyhow::anyhow!("the course vanished"))
    })
}

/// Takes a course as `who` the way a partner does (lessons done, the quiz
/// passed with its right answers), so its certificate is issued; then dates
/// it `days_ago`.
fn complete_as(conn: &mut AnyConnection, scope: &TenantScope, view: &CourseView, who: &User, days_ago: i64) -> anyhow::Result<i64> {
    let today = db::now().date();
    let enrolment = progress::enrol(conn, scope, view.id(), who.id, who.organisation_id)?;
    let learner = service::Learner { holder: who, enrolment: &enrolment, today };
    let mut issued = None;
    for lesson in &view.lessons {
        issued = service::finish_lesson(conn, scope, view, &learner, lesson.lesson.id)?.or(issued);
    }
    if view.has_quiz() {
        let attempt =
            quiz::start(conn, scope, view, &enrolment, true)?.map_err(|r| anyhow::anyhow!("the demo quiz could not start: {r:?}"))?;
        let answers: quiz::Answers = quiz::questions(conn, scope, view.id())?
            .into_iter()
            .map(|q| (q.id(), q.correct_ids().into_iter().collect::<BTreeSet<i64>>()))
            .collect();
        let (_, cert) = service::submit_attempt(conn, scope, view, &learner, &attempt, &answers)?
            .map_err(|r| anyhow::anyhow!("the demo answers were refused: {r:?}"))?;
        issued = cert;
    }
    let cert = issued.ok_or_else(|| anyhow::anyhow!("no certificate was issued"))?;
    backdate(conn, scope, &cert, view.course.validity_months, today - Duration::days(days_ago))?;
    Ok(cert.id)
}

/// Moves a certificate's issue (and expiry) to `issued_on`.
fn backdate(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    cert: &certs::Certificate,
    months: Option<i32>,
    issued_on: NaiveDate,
) -> QueryResult<()> {
    diesel::update(scoped!(certificates, scope).filter(certificates::id.eq(cert.id)))
        .set((certificates::issued_on.eq(issued_on), certificates::expires_on.eq(certs::expiry(issued_on, months))))
        .execute(conn)?;
    Ok(())
}

/// The demo's three courses, published (none if the tenant has courses).
pub fn seed_courses(conn: &mut AnyConnection, storage: &Storage, scope: &TenantScope, editor: i64) -> anyhow::Result<Vec<CourseView>> {
    let existing: i64 = scoped!(courses, scope).count().get_result(conn)?;
    if existing > 0 {
        return Ok(Vec::new());
    }
    let catalogue: Catalogue = serde_json::from_str(CONTENT)?;
    catalogue.courses.iter().map(|demo| make(conn, storage, scope, editor, demo)).collect()
}

/// Seeds the training; returns how many courses it made (0 if there were some).
pub fn seed(conn: &mut AnyConnection, storage: &Storage, scope: &TenantScope, editor: i64) -> anyhow::Result<usize> {
    let made = seed_courses(conn, storage, scope, editor)?;
    if made.is_empty() {
        return Ok(0);
    }
    let [edge, sdwan, firewall] = made.as_slice() else { anyhow::bail!("the demo has three courses") };
    let person = |conn: &mut AnyConnection, email: &str| -> anyhow::Result<User> {
        users::find_by_email(conn, scope, email)?.ok_or_else(|| anyhow::anyhow!("the demo account {email} is missing"))
    };
    let user = person(conn, "partner.user@contoso.test")?;
    let admin = person(conn, "partner.admin@contoso.test")?;
    // Quinn (partner user): Edge Router active; SD-WAN expiring in two weeks;
    // the firewall course begun.
    complete_as(conn, scope, edge, &user, 150)?;
    complete_as(conn, scope, sdwan, &user, 351)?;
    let enrolment = progress::enrol(conn, scope, firewall.id(), user.id, user.organisation_id)?;
    if let Some(first) = firewall.lessons.first() {
        progress::complete_lesson(conn, scope, &enrolment, first.lesson.id)?;
    }
    // Parker (partner admin): an Edge Router certificate renewed once, the
    // renewal expiring within Gold's grace period (Contoso at risk); SD-WAN expired.
    complete_as(conn, scope, edge, &admin, 780)?;
    let renewing = progress::enrolment(conn, scope, edge.id(), admin.id)?.ok_or_else(|| anyhow::anyhow!("no enrolment"))?;
    service::renew(conn, scope, edge, &renewing)?;
    complete_as(conn, scope, edge, &admin, 710)?;
    complete_as(conn, scope, sdwan, &admin, 400)?;
    // Litware's sales: a certificate revoked; Fabrikam's: a course in progress.
    if let Some(litware) = users::find_by_email(conn, scope, "sales@litware.test")? {
        let cert = complete_as(conn, scope, edge, &litware, 40)?;
        certs::revoke(conn, scope, cert, editor, "Issued in error: the quiz was taken for a colleague.")?;
    }
    if let Some(fabrikam) = users::find_by_email(conn, scope, "sales@fabrikam.test")? {
        let enrolment = progress::enrol(conn, scope, edge.id(), fabrikam.id, fabrikam.organisation_id)?;
        if let Some(first) = edge.lessons.first() {
            progress::complete_lesson(conn, scope, &enrolment, first.lesson.id)?;
        }
    }
    // Gold asks for two people certified in the Edge Router course.
    if let Some(gold) = tenancy::tiers(conn, scope)?.into_iter().max_by_key(|t| t.rank) {
        requirements::set(conn, scope, gold.id, edge.id(), 2)?;
    }
    // Sample enrolments look as if partners started them over the months.
    diesel::update(scoped!(enrolments, scope)).set(enrolments::enrolled_at.eq(db::now() - Duration::days(30))).execute(conn)?;
    Ok(made.len())
}
