//! Taking a course's quiz: an attempt is started on the server (its
//! questions fixed, shuffled if the course says so), answered once with
//! radio buttons or checkboxes (no script needed, every control labelled),
//! and graded on the server. The right answers reach the page only with the
//! result, and only when the course reveals them: after every attempt, or
//! once the quiz is passed or no attempt remains. Forged answers, a second
//! submission and an attempt past the limit are refused with a message.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::portal::training::{Place, course_page, place};
use crate::state::AppState;
use crate::training::quiz::{self, Answers, Asked, Attempt, StartRefused, SubmitRefused};
use crate::training::service;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::{redirect, see_other};
use crate::web::render::render;

/// Starts an attempt (or goes back to the open one).
async fn start(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let place = place(&user, id, &state).await?;
    let Some(enrolment) = place.enrolment.clone() else {
        return Ok(see_other(&format!("/training/courses/{id}"), Flash::error("training-enrol-first")));
    };
    let (scope, view, lessons_done) = (place.learner.scope, place.view.clone(), place.journey.lessons_done());
    let started =
        db::run(&state.pool, move |conn| Ok(db::transaction(conn, |c| quiz::start(c, &scope, &view, &enrolment, lessons_done))?)).await?;
    match started {
        Ok(attempt) => Ok(redirect(&format!("/training/courses/{id}/attempts/{}", attempt.id))),
        Err(StartRefused::NoQuiz) => Err(AppError::NotFound),
        Err(refused) => {
            let key = match refused {
                StartRefused::LessonsFirst => "quiz-refused-lessons-first",
                StartRefused::AlreadyPassed => "quiz-refused-passed",
                _ => "quiz-refused-no-attempts",
            };
            let message = ctx.t(key);
            course_page(ctx, &user, &tenant, id, Some(message), &state).await
        }
    }
}

#[derive(Template)]
#[template(path = "training/attempt.html")]
struct AttemptPage {
    ctx: PageCtx,
    course_id: i64,
    course_title: String,
    attempt: Attempt,
    asked: Vec<Asked>,
    default_locale: String,
    /// The answers typed when the submission was refused.
    chosen: Answers,
    /// Questions refused with a message (unanswered, several for one).
    marked: Vec<(i64, String)>,
    refusal: Option<String>,
    /// Result: whether the right options and explanations are shown.
    reveal: bool,
    pass_mark: i32,
    may_retake: bool,
    certificate: Option<i64>,
}

impl AttemptPage {
    fn prompt(&self, a: &Asked) -> String {
        a.question.shown(self.ctx.locale().code(), &self.default_locale).text.map(|t| t.prompt.clone()).unwrap_or_default()
    }

    fn explanation(&self, a: &Asked) -> String {
        a.question.shown(self.ctx.locale().code(), &self.default_locale).text.map(|t| t.explanation.clone()).unwrap_or_default()
    }

    fn label(&self, option: &quiz::OptionView) -> String {
        option.label(self.ctx.locale().code(), &self.default_locale)
    }

    fn is_chosen(&self, a: &Asked, option_id: &i64) -> bool {
        a.chosen.contains(option_id) || self.chosen.get(&a.question.id()).is_some_and(|c| c.contains(option_id))
    }

    fn mark(&self, question_id: i64) -> Option<&str> {
        self.marked.iter().find(|(q, _)| *q == question_id).map(|(_, m)| m.as_str())
    }

    fn passed(&self) -> bool {
        self.attempt.has_passed()
    }

    fn score(&self) -> i32 {
        self.attempt.score.unwrap_or(0)
    }

    fn right_count(&self) -> usize {
        self.asked.iter().filter(|a| a.correct == Some(true)).count()
    }
}

struct Typed {
    chosen: Answers,
    marked: Vec<(i64, String)>,
    refusal: Option<String>,
    status: StatusCode,
}

async fn attempt_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    (id, attempt_id): (i64, i64),
    typed: Option<Typed>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let place = place(user, id, state).await?;
    let (attempt, asked) = load_attempt(&place, attempt_id, state).await?;
    let default = tenant.0.default_locale.code();
    let course = &place.view.course;
    let no_attempt_left = place.standing.left == Some(0);
    // The right answers are the quiz's as it is now: shown only for an
    // attempt of the current cycle (an older one might give away a renewal's).
    let current = attempt.cycle == place.enrolment.as_ref().map_or(0, |e| e.cycle);
    let reveal = !attempt.is_open() && current && (course.reveals_answers() || attempt.has_passed() || no_attempt_left);
    let may_retake = current && !attempt.is_open() && !place.standing.passed && !no_attempt_left && place.standing.open.is_none();
    let certificate = attempt.has_passed().then(|| place.current().map(|(c, _)| c.id)).flatten();
    let typed = typed.unwrap_or(Typed { chosen: HashMap::new(), marked: Vec::new(), refusal: None, status: StatusCode::OK });
    let page = AttemptPage {
        course_title: place.view.title(ctx.locale().code(), default),
        ctx,
        course_id: id,
        attempt,
        asked,
        default_locale: default.into(),
        chosen: typed.chosen,
        marked: typed.marked,
        refusal: typed.refusal,
        reveal,
        pass_mark: course.pass_mark,
        may_retake,
        certificate,
    };
    render(typed.status, &page)
}

/// The person's attempt (of this course's enrolment) and what it asked, or 404.
async fn load_attempt(place: &Place, attempt_id: i64, state: &AppState) -> Result<(Attempt, Vec<Asked>), AppError> {
    let enrolment = place.enrolment.clone().ok_or(AppError::NotFound)?;
    let (scope, course_id) = (place.learner.scope, place.view.id());
    db::run(&state.pool, move |conn| {
        let attempt = quiz::attempt(conn, &scope, &enrolment, attempt_id)?.ok_or(AppError::NotFound)?;
        let asked = quiz::asked(conn, &scope, course_id, attempt.id)?;
        Ok((attempt, asked))
    })
    .await
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    attempt_page(ctx, &user, &tenant, path.into_inner(), None, &state).await
}

/// The answers as sent: `answer-{question}` = option, repeated for several.
/// `None`: a field that is no answer to anything (forged).
fn parse_answers(body: &[u8]) -> Option<Answers> {
    let mut answers: Answers = HashMap::new();
    for (key, value) in url::form_urlencoded::parse(body) {
        if key == crate::web::csrf::FORM_FIELD {
            continue;
        }
        let question = key.strip_prefix("answer-")?.parse::<i64>().ok()?;
        let option = value.parse::<i64>().ok()?;
        answers.entry(question).or_default().insert(option);
    }
    Some(answers)
}

async fn submit(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (id, attempt_id) = path.into_inner();
    let place = place(&user, id, &state).await?;
    let (attempt, _) = load_attempt(&place, attempt_id, &state).await?;
    let refuse = |status, refusal: String, chosen: Answers, marked| Typed { chosen, marked, refusal: Some(refusal), status };
    let Some(answers) = parse_answers(&body) else {
        let typed = refuse(StatusCode::UNPROCESSABLE_ENTITY, ctx.t("quiz-refused-forged"), HashMap::new(), Vec::new());
        return attempt_page(ctx, &user, &tenant, (id, attempt_id), Some(typed), &state).await;
    };
    let enrolment = place.enrolment.clone().ok_or(AppError::NotFound)?;
    let (scope, view, holder, today) = (place.learner.scope, place.view.clone(), user.user.clone(), db::now().date());
    let sent = answers.clone();
    let outcome = db::run(&state.pool, move |conn| {
        let learner = service::Learner { holder: &holder, enrolment: &enrolment, today };
        Ok(service::submit_attempt(conn, &scope, &view, &learner, &attempt, &sent)?)
    })
    .await?;
    match outcome {
        Ok((graded, _)) => {
            tracing::info!(
                tenant_id = place.learner.scope.tenant_id(),
                course_id = id,
                attempt_id,
                score = graded.score,
                passed = graded.passed,
                "quiz.graded"
            );
            let flash = if graded.passed { Flash::success("quiz-passed-flash") } else { Flash::error("quiz-failed-flash") };
            Ok(see_other(&format!("/training/courses/{id}/attempts/{attempt_id}"), flash))
        }
        Err(refused) => {
            let (status, message, marked) = match refused {
                SubmitRefused::AlreadySubmitted => (StatusCode::CONFLICT, ctx.t("quiz-refused-already-submitted"), Vec::new()),
                SubmitRefused::Forged => (StatusCode::UNPROCESSABLE_ENTITY, ctx.t("quiz-refused-forged"), Vec::new()),
                SubmitRefused::Unanswered(ids) => {
                    let each = ctx.t("quiz-answer-this");
                    (
                        StatusCode::UNPROCESSABLE_ENTITY,
                        ctx.t_count("quiz-refused-unanswered", ids.len() as i64),
                        ids.into_iter().map(|q| (q, each.clone())).collect(),
                    )
                }
                SubmitRefused::SeveralForOne(ids) => {
                    let each = ctx.t("quiz-one-answer-only");
                    (StatusCode::UNPROCESSABLE_ENTITY, ctx.t("quiz-refused-several"), ids.into_iter().map(|q| (q, each.clone())).collect())
                }
            };
            let keep = if status == StatusCode::CONFLICT { HashMap::new() } else { answers };
            attempt_page(ctx, &user, &tenant, (id, attempt_id), Some(refuse(status, message, keep, marked)), &state).await
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .post("/training/courses/{id}/attempts", start)
        .get("/training/courses/{id}/attempts/{attempt}", show)
        .post("/training/courses/{id}/attempts/{attempt}", submit);
}
