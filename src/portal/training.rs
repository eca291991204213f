//! Training as partners take it: the catalogue of published courses their
//! tier may see (anything else is 404, by URL too), searchable and filtered
//! by where they stand; a course's page (enrol, lessons with progress,
//! resume, the quiz, the certificate, renewal); lesson pages with previous
//! and next, marked done one by one; the lessons' files.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::scope::TenantScope;
use crate::training::certificates::{self, CertStatus, Certificate};
use crate::training::course::{self as model, CourseView, RenderedLesson};
use crate::training::progress::{self, Enrolment, Journey, LearnerStatus};
use crate::training::quiz::{self, Standing};
use crate::training::{markdown, service};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::files as web_files;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::{render, render_with_csp};

/// A partner taking training: the tenant scope, organisation and tier.
pub(crate) struct Learner {
    pub scope: TenantScope,
    pub org_id: i64,
    pub tier: Option<i64>,
}

pub(crate) async fn learner(user: &CurrentUser, state: &AppState) -> Result<Learner, AppError> {
    let (scope, org_id) = learner_scope(user)?;
    db::run(&state.pool, move |conn| learner_in(conn, scope, org_id)).await
}

/// Who may take training: the tenant scope and the person's organisation
/// (staff have none: 404).
fn learner_scope(user: &CurrentUser) -> Result<(TenantScope, i64), AppError> {
    user.require(Permission::TakeTraining)?;
    Ok((user.scope.tenant_only(), user.scope.partner_org_id().ok_or(AppError::NotFound)?))
}

/// The organisation's tier, read inside the caller's database work (one
/// trip to the database thread for the whole page).
fn learner_in(conn: &mut crate::db::AnyConnection, scope: TenantScope, org_id: i64) -> Result<Learner, AppError> {
    let tier = crate::tenancy::organisations::find(conn, &scope, org_id)?.ok_or(AppError::NotFound)?.tier_id;
    Ok(Learner { scope, org_id, tier })
}

/// Everything a person's course page needs: the course (visible to their
/// tier, or 404), their enrolment, progress, quiz standing and certificates.
pub(crate) struct Place {
    pub learner: Learner,
    pub view: CourseView,
    pub enrolment: Option<Enrolment>,
    pub journey: Journey,
    /// The person's lesson progress rows.
    pub rows: Vec<progress::LessonProgress>,
    pub standing: Standing,
    /// Their certificates of this course, newest first, with their status.
    pub certificates: Vec<(Certificate, CertStatus)>,
}

impl Place {
    pub fn status(&self) -> LearnerStatus {
        let pairs: Vec<(Certificate, bool)> = self.certificates.iter().map(|(c, s)| (c.clone(), *s == CertStatus::Renewed)).collect();
        progress::learner_status(self.enrolment.as_ref(), &pairs, db::now().date())
    }

    pub fn percent(&self) -> i64 {
        progress::percent(
            &self.journey,
            self.view.has_quiz(),
            self.standing.passed || self.enrolment.as_ref().is_some_and(Enrolment::completed_this_cycle),
        )
    }

    /// The certificate that holds now, if any.
    pub fn current(&self) -> Option<&(Certificate, CertStatus)> {
        self.certificates.iter().find(|(_, s)| s.holds())
    }
}

pub(crate) async fn place(user: &CurrentUser, id: i64, state: &AppState) -> Result<Place, AppError> {
    let (scope, org_id) = learner_scope(user)?;
    let user_id = user.user.id;
    let today = db::now().date();
    let (learner, view, enrolment, rows, standing, certificates) = db::run(&state.pool, move |conn| {
        let learner = learner_in(conn, scope, org_id)?;
        let tier = learner.tier;
        let view = model::find(conn, &scope, id)?.filter(|v| v.visible_to(tier)).ok_or(AppError::NotFound)?;
        let enrolment = progress::enrolment(conn, &scope, id, user_id)?;
        let (rows, standing) = match &enrolment {
            Some(e) => {
                let rows = progress::progress(conn, &scope, &[e.id])?.remove(&e.id).unwrap_or_default();
                (rows, quiz::standing(view.course.max_attempts, &quiz::attempts(conn, &scope, e)?))
            }
            None => (Vec::new(), Standing::default()),
        };
        let mine: Vec<Certificate> =
            certificates::list(conn, &scope, Some(&[user_id]))?.into_iter().filter(|c| c.course_id == id).collect();
        let renewed = certificates::renewed_in(&mine);
        let certs = mine
            .into_iter()
            .map(|c| {
                let s = c.status(renewed.contains(&c.id), today);
                (c, s)
            })
            .collect();
        Ok((learner, view, enrolment, rows, standing, certs))
    })
    .await?;
    let journey = Journey::of(&view, &rows);
    Ok(Place { learner, view, enrolment, journey, rows, standing, certificates })
}

#[derive(Default, Deserialize)]
pub struct CatalogueQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    status: String,
}

/// One course on the catalogue.
pub struct Card {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub lang: String,
    pub in_locale: bool,
    pub status: LearnerStatus,
    pub percent: i64,
    pub lessons: i64,
    pub duration: Option<i64>,
    pub has_cover: bool,
}

#[derive(Template)]
#[template(path = "training/catalogue.html")]
struct CataloguePage {
    ctx: PageCtx,
    cards: Vec<Card>,
    filter: CatalogueQuery,
    statuses: Vec<LearnerStatus>,
    /// (certificate, course title, status)
    certificates: Vec<(Certificate, String, CertStatus)>,
}

impl CataloguePage {
    fn status_label(&self, status: &LearnerStatus) -> String {
        self.ctx.t(&format!("learner-status-{}", status.as_str()))
    }

    fn cert_label(&self, status: &CertStatus) -> String {
        self.ctx.t(&format!("cert-status-{}", status.as_str()))
    }

    /// "5 lessons · 45 minutes"
    fn meta(&self, card: &Card) -> String {
        let lessons = self.ctx.t_count("course-lesson-count", card.lessons);
        match card.duration {
            Some(minutes) => format!("{lessons} · {}", self.ctx.t_count("course-minutes", minutes)),
            None => lessons,
        }
    }

    fn filtered(&self) -> bool {
        !self.filter.q.trim().is_empty() || !self.filter.status.is_empty()
    }
}

async fn catalogue(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    q: web::Query<CatalogueQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (scope, org_id) = learner_scope(&user)?;
    let user_id = user.user.id;
    let today = db::now().date();
    let (views, enrolments, progress_rows, passed, certs, cert_titles) = db::run(&state.pool, move |conn| {
        let tier = learner_in(conn, scope, org_id)?.tier;
        let views = model::catalogue(conn, &scope, tier)?;
        let enrolments = progress::enrolments_of(conn, &scope, user_id)?;
        let ids: Vec<i64> = enrolments.iter().map(|e| e.id).collect();
        let rows = progress::progress(conn, &scope, &ids)?;
        let passed = quiz::passed_this_cycle(conn, &scope, &enrolments)?;
        let certs = certificates::list(conn, &scope, Some(&[user_id]))?;
        // Certificates of courses no longer offered keep their titles.
        let course_ids: Vec<i64> = certs.iter().map(|c| c.course_id).collect();
        Ok((views, enrolments, rows, passed, certs, model::texts_of(conn, &scope, &course_ids)?))
    })
    .await?;
    let renewed = certificates::renewed_in(&certs);
    let (locale, default) = (ctx.locale().code(), tenant.0.default_locale.code());
    let wanted = LearnerStatus::parse(&q.status);
    let search = q.q.trim().to_lowercase();
    let cards: Vec<Card> = views
        .iter()
        .filter_map(|v| {
            let enrolment = enrolments.iter().find(|e| e.course_id == v.id());
            let mine: Vec<(Certificate, bool)> =
                certs.iter().filter(|c| c.course_id == v.id()).map(|c| (c.clone(), renewed.contains(&c.id))).collect();
            let status = progress::learner_status(enrolment, &mine, today);
            let journey = Journey::of(v, enrolment.and_then(|e| progress_rows.get(&e.id)).map(Vec::as_slice).unwrap_or(&[]));
            let done = enrolment.is_some_and(|e| passed.contains(&e.id) || e.completed_this_cycle());
            let heading = v.heading(locale, default);
            let matches =
                search.is_empty() || heading.title.to_lowercase().contains(&search) || heading.summary.to_lowercase().contains(&search);
            (matches && wanted.is_none_or(|w| w == status)).then(|| Card {
                id: v.id(),
                lang: heading.lang,
                in_locale: heading.in_locale,
                title: heading.title,
                summary: heading.summary,
                status,
                percent: if enrolment.is_some() { progress::percent(&journey, v.has_quiz(), done) } else { 0 },
                lessons: v.lessons.len() as i64,
                duration: v.course.duration_minutes.map(i64::from),
                has_cover: v.cover.is_some(),
            })
        })
        .collect();
    let certificates = certs
        .into_iter()
        .map(|c| {
            let title = cert_titles
                .get(&c.course_id)
                .and_then(|texts| crate::i18n::pick(texts, locale, default).text)
                .map(|t| t.title.clone())
                .unwrap_or_default();
            let status = c.status(renewed.contains(&c.id), today);
            (c, title, status)
        })
        .filter(|(_, _, s)| *s != CertStatus::Renewed)
        .collect();
    let filter = q.into_inner();
    render(StatusCode::OK, &CataloguePage { ctx, cards, filter, statuses: LearnerStatus::ALL.to_vec(), certificates })
}

#[derive(Template)]
#[template(path = "training/course.html")]
pub(crate) struct CoursePage {
    pub ctx: PageCtx,
    pub place: Place,
    pub title: String,
    pub summary: String,
    pub lang: String,
    pub in_locale: bool,
    pub default_language: String,
    pub default_locale: String,
    /// A refusal to show at the top (starting an attempt that may not start).
    pub refusal: Option<String>,
}

impl CoursePage {
    fn lesson_title(&self, lesson: &model::LessonView) -> String {
        lesson.title(self.ctx.locale().code(), &self.default_locale)
    }

    fn status_label(&self) -> String {
        self.ctx.t(&format!("learner-status-{}", self.place.status().as_str()))
    }

    fn cert_label(&self, status: &CertStatus) -> String {
        self.ctx.t(&format!("cert-status-{}", status.as_str()))
    }

    fn id(&self) -> i64 {
        self.place.view.id()
    }

    fn resume(&self) -> Option<i64> {
        self.place.journey.resume
    }

    fn may_start_quiz(&self) -> bool {
        self.place.view.has_quiz()
            && self.place.journey.lessons_done()
            && !self.place.standing.passed
            && self.place.standing.left != Some(0)
    }

    fn question_count(&self) -> String {
        self.ctx.t_count("course-question-count", self.place.view.question_count)
    }

    fn lesson_count(&self) -> String {
        self.ctx.format_number(self.place.journey.total as i64)
    }

    fn minutes(&self) -> Option<String> {
        self.place.view.course.duration_minutes.map(|m| self.ctx.t_count("course-minutes", i64::from(m)))
    }

    fn validity(&self) -> String {
        match self.place.view.course.validity_months {
            Some(months) => self.ctx.t_count("course-months", i64::from(months)),
            None => self.ctx.t("course-validity-none"),
        }
    }

    /// Renewal starts once the course was completed in the current cycle.
    fn may_renew(&self) -> bool {
        self.place.enrolment.as_ref().is_some_and(Enrolment::completed_this_cycle)
    }

    fn attempts_line(&self) -> String {
        let s = &self.place.standing;
        match s.left {
            Some(left) => self.ctx.t_with2("quiz-attempts-left", "used", s.used, "left", left),
            None => self.ctx.t_with("quiz-attempts-unlimited", "used", s.used),
        }
    }
}

/// The course page for a person (with an optional refusal, 409).
pub(crate) async fn course_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    id: i64,
    refusal: Option<String>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let place = place(user, id, state).await?;
    let default = tenant.0.default_locale;
    let heading = place.view.heading(ctx.locale().code(), default.code());
    let status = if refusal.is_some() { StatusCode::CONFLICT } else { StatusCode::OK };
    let page = CoursePage {
        default_language: ctx.t(default.name_message_id()),
        default_locale: default.code().into(),
        ctx,
        place,
        title: heading.title,
        summary: heading.summary,
        lang: heading.lang,
        in_locale: heading.in_locale,
        refusal,
    };
    render(status, &page)
}

async fn course(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    course_page(ctx, &user, &tenant, id.into_inner(), None, &state).await
}

async fn enrol(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let place = place(&user, id, &state).await?;
    let (scope, org, user_id) = (place.learner.scope, place.learner.org_id, user.user.id);
    db::run(&state.pool, move |conn| Ok(progress::enrol(conn, &scope, id, user_id, org)?)).await?;
    let to = match place.view.lessons.first() {
        Some(first) => format!("/training/courses/{id}/lessons/{}", first.lesson.id),
        None => format!("/training/courses/{id}"),
    };
    Ok(see_other(&to, Flash::success("training-enrolled")))
}

async fn cover(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let place = place(&user, id.into_inner(), &state).await?;
    let file = place.view.cover.ok_or(AppError::NotFound)?;
    web_files::serve_stored(&state.storage, &place.learner.scope, &file, false).await
}

#[derive(Template)]
#[template(path = "training/lesson.html")]
struct LessonPage {
    ctx: PageCtx,
    course_id: i64,
    course_title: String,
    lesson_id: i64,
    shown: RenderedLesson,
    default_language: String,
    number: usize,
    total: usize,
    done: bool,
    previous: Option<(i64, String)>,
    next: Option<(i64, String)>,
    percent: i64,
    /// After the last lesson: the quiz is next.
    quiz_next: bool,
}

async fn lesson(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (id, lesson_id) = path.into_inner();
    let place = place(&user, id, &state).await?;
    let lesson = place.view.lesson(lesson_id).ok_or(AppError::NotFound)?;
    let Some(enrolment) = place.enrolment.clone() else {
        return Ok(see_other(&format!("/training/courses/{id}"), Flash::error("training-enrol-first")));
    };
    // Where to resume: written only when the person opens another lesson
    // than the last one (reading a lesson again writes nothing).
    let last_opened = place.rows.iter().max_by_key(|r| r.visited_at).map(|r| r.lesson_id);
    if last_opened != Some(lesson_id) {
        let scope = place.learner.scope;
        db::run(&state.pool, move |conn| Ok(progress::visit(conn, &scope, &enrolment, lesson_id)?)).await?;
    }
    let (locale, default) = (ctx.locale().code(), tenant.0.default_locale);
    let shown = lesson.rendered(locale, default.code());
    let (previous, next) = place.view.neighbours(lesson_id);
    let title = |l: &model::LessonView| (l.lesson.id, l.title(locale, default.code()));
    let number = place.view.lessons.iter().position(|l| l.lesson.id == lesson_id).unwrap_or(0) + 1;
    let page = LessonPage {
        course_id: id,
        course_title: place.view.title(locale, default.code()),
        lesson_id,
        shown,
        default_language: ctx.t(default.name_message_id()),
        number,
        total: place.view.lessons.len(),
        done: place.journey.is_done(lesson_id),
        previous: previous.map(title),
        next: next.map(title),
        percent: place.percent(),
        quiz_next: next.is_none() && place.view.has_quiz(),
        ctx,
    };
    render_with_csp(StatusCode::OK, &page, markdown::page_csp())
}

/// Marks a lesson done and goes on: to the next lesson, else to the course
/// (where the quiz or the certificate waits).
async fn complete(user: CurrentUser, path: web::Path<(i64, i64)>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let (id, lesson_id) = path.into_inner();
    let place = place(&user, id, &state).await?;
    place.view.lesson(lesson_id).ok_or(AppError::NotFound)?;
    let enrolment = place.enrolment.clone().ok_or(AppError::NotFound)?;
    let (scope, holder, today) = (place.learner.scope, user.user.clone(), db::now().date());
    let view = place.view.clone();
    let certified = db::run(&state.pool, move |conn| {
        let learner = service::Learner { holder: &holder, enrolment: &enrolment, today };
        Ok(service::finish_lesson(conn, &scope, &view, &learner, lesson_id)?)
    })
    .await?;
    if let Some(cert) = certified {
        return Ok(see_other(&format!("/certificates/{}", cert.id), Flash::success("training-certified")));
    }
    let (_, next) = place.view.neighbours(lesson_id);
    Ok(match next {
        Some(next) => see_other(&format!("/training/courses/{id}/lessons/{}", next.lesson.id), Flash::success("training-lesson-done")),
        None => see_other(&format!("/training/courses/{id}"), Flash::success("training-lessons-done")),
    })
}

/// Starts a renewal of a completed course.
async fn renew(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let place = place(&user, id, &state).await?;
    let enrolment = place.enrolment.clone().ok_or(AppError::NotFound)?;
    let refusal = if place.certificates.is_empty() {
        Some("training-renew-nothing")
    } else if !enrolment.completed_this_cycle() {
        Some("training-renewal-open")
    } else {
        None
    };
    if let Some(key) = refusal {
        let message = ctx.t(key);
        return course_page(ctx, &user, &tenant, id, Some(message), &state).await;
    }
    let (scope, view) = (place.learner.scope, place.view.clone());
    let started = db::run(&state.pool, move |conn| Ok(service::renew(conn, &scope, &view, &enrolment)?)).await?;
    if !started {
        let message = ctx.t("training-renewal-open");
        return course_page(ctx, &user, &tenant, id, Some(message), &state).await;
    }
    Ok(see_other(&format!("/training/courses/{id}"), Flash::success("training-renewal-started")))
}

/// A lesson file (an image in a lesson's text, or an attached PDF): for
/// partners of a tier that sees its course, and for editors.
async fn file(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let file_id = id.into_inner();
    let (scope, tier) = if user.can(Permission::AuthorContent) {
        (user.scope, None)
    } else {
        let learner = learner(&user, &state).await?;
        (learner.scope, Some(learner.tier))
    };
    let stored = db::run(&state.pool, move |conn| {
        let Some((course_id, stored)) = model::lesson_file(conn, &scope, file_id)? else { return Ok(None) };
        let allowed = match tier {
            None => true,
            Some(tier) => model::find(conn, &scope, course_id)?.is_some_and(|v| v.visible_to(tier)),
        };
        Ok(allowed.then_some(stored))
    })
    .await?
    .ok_or(AppError::NotFound)?;
    web_files::serve_stored(&state.storage, &scope, &stored, false).await
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/training", catalogue)
        .get("/training/files/{id}", file)
        .get("/training/courses/{id}", course)
        .post("/training/courses/{id}/enrol", enrol)
        .post("/training/courses/{id}/renew", renew)
        .get("/training/courses/{id}/cover", cover)
        .get("/training/courses/{id}/lessons/{lesson}", lesson)
        .post("/training/courses/{id}/lessons/{lesson}/complete", complete);
}
