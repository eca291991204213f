//! Courses for marketing editors (and vendor admins): the list with each
//! course's status and missing languages, adding one, and its page — the
//! title and summary per locale (a locale without them is marked missing),
//! the rules (status, tiers, duration, certificate validity, pass mark,
//! attempts, shuffling, when answers are shown), the cover, the lessons in
//! order (up and down buttons, no script needed), the quiz, what stops it
//! from being published, and a preview as a partner of a given tier.
//! Publishing it the first time tells the partners of its tiers.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::audit::{self, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::storage::files;
use crate::storage::inspect::FileKind;
use crate::storage::store::Area;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::tenancy::model::{self as tenancy, Tier};
use crate::training::course::{self as model, CourseStatus, CourseView, RenderedLesson, Settings};
use crate::training::quiz::{self, QuestionView, QuizProblem};
use crate::training::{markdown, service};
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::files as web_files;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::{render, render_with_csp};
use crate::web::upload;

/// The course form as sent (tiers repeat, one per ticked box). The add form
/// has every field; the page of a course sends its text and its rules as
/// two forms.
#[derive(Default, Clone)]
pub struct CourseForm {
    locale: String,
    title: String,
    summary: String,
    status: String,
    duration: String,
    validity: String,
    pass_mark: String,
    attempts: String,
    shuffle: bool,
    reveal: bool,
    tiers: Vec<String>,
    form_key: String,
}

impl CourseForm {
    fn parse(body: &[u8]) -> Self {
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
        let one = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        Self {
            locale: one("locale"),
            title: one("title"),
            summary: one("summary"),
            status: one("status"),
            duration: one("duration"),
            validity: one("validity"),
            pass_mark: one("pass_mark"),
            attempts: one("attempts"),
            shuffle: one("shuffle") == "1",
            reveal: one("reveal") == "1",
            tiers: pairs.iter().filter(|(k, _)| k == "tier").map(|(_, v)| v.clone()).collect(),
            form_key: one("form_key"),
        }
    }

    fn of(view: &CourseView, locale: Locale) -> Self {
        let text = view.text_in(locale.code());
        let c = &view.course;
        let number = |n: Option<i32>| n.map(|n| n.to_string()).unwrap_or_default();
        Self {
            locale: locale.code().into(),
            title: text.map(|t| t.title.clone()).unwrap_or_default(),
            summary: text.map(|t| t.summary.clone()).unwrap_or_default(),
            status: c.status.clone(),
            duration: number(c.duration_minutes),
            validity: number(c.validity_months),
            pass_mark: c.pass_mark.to_string(),
            attempts: number(c.max_attempts),
            shuffle: c.shuffles(),
            reveal: c.reveals_answers(),
            tiers: view.tier_ids.iter().map(i64::to_string).collect(),
            form_key: String::new(),
        }
    }

    fn has_tier(&self, id: &i64) -> bool {
        self.tiers.contains(&id.to_string())
    }

    fn validate_text(&self, t: &Translator, enabled: &[Locale], errors: &mut FieldErrors) -> Option<(Locale, String, String)> {
        let locale = Locale::from_code(&self.locale).filter(|l| enabled.contains(l));
        if locale.is_none() {
            errors.add("locale", t.t("form-invalid-choice"));
        }
        let title = validate::required_text(t, errors, "title", &self.title, 160);
        let summary = validate::optional_text(t, errors, "summary", &self.summary, 2_000);
        locale.map(|l| (l, title, summary))
    }

    fn validate_settings(&self, t: &Translator, errors: &mut FieldErrors) -> Settings {
        let status = if self.status.is_empty() {
            CourseStatus::Draft
        } else {
            CourseStatus::parse(&self.status).unwrap_or_else(|| {
                errors.add("status", t.t("form-invalid-choice"));
                CourseStatus::Draft
            })
        };
        Settings {
            status,
            duration_minutes: validate::whole_number(t, errors, "duration", &self.duration, 1..=10_000, false),
            validity_months: validate::whole_number(t, errors, "validity", &self.validity, 1..=120, false),
            pass_mark: validate::whole_number(t, errors, "pass_mark", &self.pass_mark, 1..=100, true).unwrap_or(80),
            max_attempts: validate::whole_number(t, errors, "attempts", &self.attempts, 1..=100, false),
            shuffle: self.shuffle,
            reveal_answers: self.reveal,
            tier_ids: self.tiers.iter().filter_map(|v| v.parse().ok()).collect(),
        }
    }
}

/// The add-a-lesson form on a course's page.
#[derive(Default, Clone, Deserialize)]
pub struct LessonForm {
    #[serde(default)]
    pub locale: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub video_url: String,
    /// Only on the form that adds a lesson.
    #[serde(default)]
    pub form_key: String,
}

/// A lesson's text and video as typed, validated.
pub struct ValidLesson {
    pub locale: Locale,
    pub title: String,
    pub body: String,
    pub video_url: String,
}

impl ValidLesson {
    pub fn content(&self) -> model::LessonContent<'_> {
        model::LessonContent { locale: self.locale, title: &self.title, body: &self.body, video_url: &self.video_url }
    }
}

impl LessonForm {
    pub fn validate(&self, t: &Translator, enabled: &[Locale]) -> Result<ValidLesson, FieldErrors> {
        let mut errors = FieldErrors::new();
        let locale = Locale::from_code(&self.locale).filter(|l| enabled.contains(l));
        if locale.is_none() {
            errors.add("locale", t.t("form-invalid-choice"));
        }
        let title = validate::required_text(t, &mut errors, "title", &self.title, 160);
        let body = validate::optional_text(t, &mut errors, "body", &self.body, 50_000);
        let video_url = validate::https_url(t, &mut errors, "video_url", &self.video_url, 500);
        match locale {
            Some(locale) if errors.is_empty() => Ok(ValidLesson { locale, title, body, video_url }),
            _ => Err(errors),
        }
    }
}

/// Labels the course pages share.
pub struct Labels<'a> {
    pub ctx: &'a PageCtx,
    pub default_locale: &'a str,
}

impl Labels<'_> {
    pub fn title(&self, view: &CourseView) -> String {
        view.title(self.ctx.locale().code(), self.default_locale)
    }

    pub fn status(&self, view: &CourseView) -> String {
        self.ctx.t(&format!("course-status-{}", view.course.status))
    }

    pub fn lesson_title(&self, lesson: &model::LessonView) -> String {
        lesson.title(self.ctx.locale().code(), self.default_locale)
    }

    pub fn question_prompt(&self, q: &QuestionView) -> String {
        q.shown(self.ctx.locale().code(), self.default_locale).text.map(|t| t.prompt.clone()).unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "training/admin_courses.html")]
struct ListPage {
    ctx: PageCtx,
    rows: Vec<CourseView>,
    locales: Vec<Locale>,
    default_locale: String,
}

impl ListPage {
    fn labels(&self) -> Labels<'_> {
        Labels { ctx: &self.ctx, default_locale: &self.default_locale }
    }

    fn missing(&self, view: &CourseView) -> Vec<Locale> {
        view.missing_locales(&self.locales)
    }

    fn count(&self, n: usize) -> String {
        self.ctx.format_number(n as i64)
    }
}

async fn list(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let scope = user.scope;
    let rows = db::run(&state.pool, move |conn| Ok(model::list(conn, &scope)?)).await?;
    let t = &tenant.0;
    render(StatusCode::OK, &ListPage { ctx, rows, locales: t.enabled_locales.clone(), default_locale: t.default_locale.code().into() })
}

#[derive(Template)]
#[template(path = "training/admin_course_new.html")]
struct NewPage {
    ctx: PageCtx,
    form: CourseForm,
    errors: FieldErrors,
    tiers: Vec<Tier>,
    locales: Vec<Locale>,
}

async fn new_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    form: CourseForm,
    errors: FieldErrors,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let tiers = db::run(&state.pool, move |conn| Ok(tenancy::tiers(conn, &scope)?)).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(status, &NewPage { ctx, form, errors, tiers, locales: tenant.0.enabled_locales.clone() })
}

async fn new(ctx: PageCtx, user: CurrentUser, tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let form = CourseForm { locale: tenant.0.default_locale.code().into(), pass_mark: "80".into(), ..CourseForm::default() };
    new_page(ctx, &user, &tenant, form, FieldErrors::new(), &state).await
}

async fn create(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let form = CourseForm::parse(&body);
    let mut errors = FieldErrors::new();
    let text = form.validate_text(ctx.translator(), &tenant.0.enabled_locales, &mut errors);
    let settings = form.validate_settings(ctx.translator(), &mut errors);
    let Some((locale, title, summary)) = text.filter(|_| errors.is_empty()) else {
        return new_page(ctx, &user, &tenant, form, errors, &state).await;
    };
    let (scope, who, author) = (user.scope, user.actor(), user.user.id);
    let key = FormKey::new("course", author, &form.form_key);
    let created = db::run(&state.pool, move |conn| {
        form_keys::once(
            conn,
            &scope,
            key.as_ref(),
            |c| {
                db::transaction(c, |c| {
                    let made = model::create(c, &scope, author, locale, &title, &summary, &settings)?;
                    let changes = serde_json::json!({ "locale": locale.code(), "title": title, "tiers": settings.tier_ids });
                    audit::record(c, &scope, &who, &Entry::new("course.created", "course", made.id).changes(changes))?;
                    Ok(made)
                })
            },
            |c| Some(c.id.to_string()),
        )
    })
    .await?;
    let id = match created {
        Once::First(course) => course.id.to_string(),
        Once::Repeat(id) => id,
    };
    Ok(see_other(&format!("/admin/courses/{id}"), Flash::success("course-created")))
}

/// What the course page shows besides the course.
#[derive(Default)]
struct EditorInput {
    form: Option<CourseForm>,
    errors: FieldErrors,
    lesson: LessonForm,
    lesson_errors: FieldErrors,
    cover_error: Option<String>,
    /// A step the course refused (409), said at the top.
    refusal: Option<String>,
    status: Option<StatusCode>,
}

#[derive(Template)]
#[template(path = "training/admin_course.html")]
struct EditorPage {
    ctx: PageCtx,
    view: CourseView,
    form: CourseForm,
    errors: FieldErrors,
    lesson: LessonForm,
    lesson_errors: FieldErrors,
    cover_error: Option<String>,
    refusal: Option<String>,
    tiers: Vec<Tier>,
    locales: Vec<Locale>,
    default_locale: String,
    questions: Vec<QuestionView>,
    problems: Vec<String>,
    max_upload: String,
}

impl EditorPage {
    fn labels(&self) -> Labels<'_> {
        Labels { ctx: &self.ctx, default_locale: &self.default_locale }
    }

    fn locale_missing(&self, locale: &Locale) -> bool {
        self.view.text_in(locale.code()).is_none()
            || self.view.lessons.iter().any(|l| l.text_in(locale.code()).is_none())
            || self.questions.iter().any(|q| q.missing_in(locale.code()))
    }

    fn lesson_missing(&self, lesson: &model::LessonView) -> bool {
        lesson.text_in(&self.form.locale).is_none()
    }

    fn question_missing(&self, q: &QuestionView) -> bool {
        q.missing_in(&self.form.locale)
    }

    fn is_first(&self, index: &usize) -> bool {
        *index == 0
    }

    fn form_language(&self) -> String {
        Locale::from_code(&self.form.locale).map(|l| self.ctx.t(l.name_message_id())).unwrap_or_default()
    }

    fn status_name(&self, status: &CourseStatus) -> String {
        self.ctx.t(&format!("course-status-{}", status.as_str()))
    }
}

/// Why the course cannot be published (empty: it can), in words.
fn problems(t: &Translator, view: &CourseView, questions: &[QuestionView], default: Locale) -> Vec<String> {
    let mut out = Vec::new();
    if view.text_in(default.code()).is_none() {
        out.push(t.t_args("course-problem-default-text", &[("language", &t.t(default.name_message_id()))]));
    }
    if view.lessons.is_empty() {
        out.push(t.t("course-problem-no-lessons"));
    }
    for (id, problem) in quiz::problems(questions) {
        let number = questions.iter().position(|q| q.id() == id).map_or(0, |i| i + 1).to_string();
        let key = match problem {
            QuizProblem::TooFewOptions => "course-problem-few-options",
            QuizProblem::NoRightOption => "course-problem-no-right-option",
            QuizProblem::SeveralRightOptions => "course-problem-several-right",
        };
        out.push(t.t_args(key, &[("number", &number)]));
    }
    out
}

pub(crate) async fn load(state: &AppState, user: &CurrentUser, id: i64) -> Result<(CourseView, Vec<QuestionView>), AppError> {
    let scope = user.scope;
    db::run(&state.pool, move |conn| {
        let view = model::find(conn, &scope, id)?.ok_or(AppError::NotFound)?;
        let questions = quiz::questions(conn, &scope, id)?;
        Ok((view, questions))
    })
    .await
}

/// The locale a page is for: the query's if the tenant offers it, else the default.
pub(crate) fn page_locale(tenant: &CurrentTenant, code: &str) -> Locale {
    Locale::from_code(code).filter(|l| tenant.0.enabled_locales.contains(l)).unwrap_or(tenant.0.default_locale)
}

async fn editor(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    id: i64,
    locale: Locale,
    input: EditorInput,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let (view, questions) = load(state, user, id).await?;
    let scope = user.scope;
    let tiers = db::run(&state.pool, move |conn| Ok(tenancy::tiers(conn, &scope)?)).await?;
    let t = &tenant.0;
    let problems = problems(ctx.translator(), &view, &questions, t.default_locale);
    let form = input.form.unwrap_or_else(|| CourseForm::of(&view, locale));
    let lesson = LessonForm { locale: locale.code().into(), ..input.lesson };
    let max_upload = crate::i18n::file_size(ctx.locale(), state.config.max_upload_bytes as u64);
    let page = EditorPage {
        ctx,
        view,
        form,
        errors: input.errors,
        lesson,
        lesson_errors: input.lesson_errors,
        cover_error: input.cover_error,
        refusal: input.refusal,
        tiers,
        locales: t.enabled_locales.clone(),
        default_locale: t.default_locale.code().into(),
        questions,
        problems,
        max_upload,
    };
    render(input.status.unwrap_or(StatusCode::OK), &page)
}

/// The language a course page (or the form that comes back to it) is in.
#[derive(Deserialize)]
pub struct LocaleQuery {
    #[serde(default)]
    pub locale: String,
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    q: web::Query<LocaleQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let locale = page_locale(&tenant, &q.locale);
    editor(ctx, &user, &tenant, id.into_inner(), locale, EditorInput::default(), &state).await
}

/// The title and summary in one locale.
async fn save_text(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    let (view, _) = load(&state, &user, id).await?;
    let sent = CourseForm::parse(&body);
    let mut errors = FieldErrors::new();
    let Some((locale, title, summary)) =
        sent.validate_text(ctx.translator(), &tenant.0.enabled_locales, &mut errors).filter(|_| errors.is_empty())
    else {
        let locale = page_locale(&tenant, &sent.locale);
        let form = CourseForm { title: sent.title, summary: sent.summary, ..CourseForm::of(&view, locale) };
        let input = EditorInput { form: Some(form), errors, status: Some(StatusCode::UNPROCESSABLE_ENTITY), ..EditorInput::default() };
        return editor(ctx, &user, &tenant, id, locale, input, &state).await;
    };
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            model::set_text(c, &scope, id, locale, &title, &summary)?;
            let changes = serde_json::json!({ "locale": locale.code(), "title": title });
            audit::record(c, &scope, &who, &Entry::new("course.text_saved", "course", id).changes(changes))?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    Ok(see_other(&format!("/admin/courses/{id}?locale={}", locale.code()), Flash::success("form-saved")))
}

/// The rules, status and tiers. Publishing needs a course that can be
/// taken; the first publication is announced.
async fn save_settings(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    let (view, questions) = load(&state, &user, id).await?;
    let sent = CourseForm::parse(&body);
    let locale = page_locale(&tenant, &sent.locale);
    let mut errors = FieldErrors::new();
    let settings = sent.validate_settings(ctx.translator(), &mut errors);
    if settings.status == CourseStatus::Published && !problems(ctx.translator(), &view, &questions, tenant.0.default_locale).is_empty() {
        errors.add("status", ctx.t("course-cannot-publish"));
    }
    if !errors.is_empty() {
        let current = CourseForm::of(&view, locale);
        let form = CourseForm { locale: current.locale, title: current.title, summary: current.summary, ..sent };
        let input = EditorInput { form: Some(form), errors, status: Some(StatusCode::UNPROCESSABLE_ENTITY), ..EditorInput::default() };
        return editor(ctx, &user, &tenant, id, locale, input, &state).await;
    }
    let (scope, who) = (user.scope, user.actor());
    let (config, slug) = (state.config.clone(), tenant.0.tenant.slug.clone());
    let told = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let first_publication = model::update_settings(c, &scope, id, &settings)?;
            let changes = serde_json::json!({
                "status": settings.status.as_str(), "tiers": settings.tier_ids, "validity_months": settings.validity_months,
                "pass_mark": settings.pass_mark, "max_attempts": settings.max_attempts,
            });
            audit::record(c, &scope, &who, &Entry::new("course.updated", "course", id).changes(changes))?;
            if !first_publication {
                return Ok(0);
            }
            audit::record(c, &scope, &who, &Entry::new("course.published", "course", id))?;
            let view = model::find(c, &scope, id)?.ok_or(AppError::NotFound)?;
            service::announce(c, &scope, &config, &slug, &view)
        })
    })
    .await?;
    let flash =
        if told > 0 { Flash::success("course-published-told").with_arg("count", &told.to_string()) } else { Flash::success("form-saved") };
    Ok(see_other(&format!("/admin/courses/{id}?locale={}", locale.code()), flash))
}

/// A new cover image.
async fn upload_cover(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    load(&state, &user, id).await?;
    let form = upload::read(&req, payload, "file", state.config.max_upload_bytes, state.config.max_body_bytes).await?;
    let locale = page_locale(&tenant, &form.field("locale"));
    let refused = |message: String| EditorInput {
        cover_error: Some(message),
        status: Some(StatusCode::UNPROCESSABLE_ENTITY),
        ..EditorInput::default()
    };
    if form.file_too_large {
        let message = upload::too_large_message(&ctx, state.config.max_upload_bytes);
        return editor(ctx, &user, &tenant, id, locale, refused(message), &state).await;
    }
    let Some((name, bytes)) = form.file else {
        let message = ctx.t("upload-choose-file");
        return editor(ctx, &user, &tenant, id, locale, refused(message), &state).await;
    };
    let scope = user.scope;
    let prepared = match files::prepare(&state.storage, &scope, Area::Training, bytes, &FileKind::IMAGES, &name).await? {
        Ok(p) => p,
        Err(refusal) => {
            let message = upload::refusal_message(&ctx, refusal);
            return editor(ctx, &user, &tenant, id, locale, refused(message), &state).await;
        }
    };
    let keys = prepared.keys();
    let (who, uploader) = (user.actor(), user.user.id);
    let saved = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let file = model::set_cover(c, &scope, uploader, id, &prepared)?;
            audit::record(
                c,
                &scope,
                &who,
                &Entry::new("course.cover_changed", "course", id).changes(serde_json::json!({ "file": file.id })),
            )?;
            Ok::<_, AppError>(())
        })
    })
    .await;
    if let Err(e) = saved {
        keys.remove(&state.storage).await;
        return Err(e);
    }
    Ok(see_other(&format!("/admin/courses/{id}?locale={}", locale.code()), Flash::success("course-cover-saved")))
}

/// The cover image as stored (for the editor's page).
async fn cover(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (view, _) = load(&state, &user, id.into_inner()).await?;
    let file = view.cover.ok_or(AppError::NotFound)?;
    web_files::serve_stored(&state.storage, &user.scope, &file, false).await
}

/// Adds a lesson at the end.
async fn add_lesson(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    form: web::Form<LessonForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let id = id.into_inner();
    load(&state, &user, id).await?;
    let form = form.into_inner();
    let valid = match form.validate(ctx.translator(), &tenant.0.enabled_locales) {
        Ok(valid) => valid,
        Err(errors) => {
            let locale = page_locale(&tenant, &form.locale);
            let input = EditorInput {
                lesson: form,
                lesson_errors: errors,
                status: Some(StatusCode::UNPROCESSABLE_ENTITY),
                ..EditorInput::default()
            };
            return editor(ctx, &user, &tenant, id, locale, input, &state).await;
        }
    };
    let (scope, who) = (user.scope, user.actor());
    let locale = valid.locale;
    // The add form sent twice (a double click, a reload) adds one lesson.
    let key = FormKey::new("lesson", user.user.id, &form.form_key);
    let added = db::run(&state.pool, move |conn| {
        form_keys::once(
            conn,
            &scope,
            key.as_ref(),
            |c| {
                db::transaction(c, |c| {
                    let lesson = model::add_lesson(c, &scope, id, &valid.content())?;
                    let changes = serde_json::json!({ "lesson": lesson.id, "locale": valid.locale.code(), "title": valid.title });
                    audit::record(c, &scope, &who, &Entry::new("course.lesson_added", "course", id).changes(changes))?;
                    Ok(lesson)
                })
            },
            |l| Some(l.id.to_string()),
        )
    })
    .await?;
    let lesson = match added {
        Once::First(lesson) => lesson.id.to_string(),
        Once::Repeat(id) => id,
    };
    Ok(see_other(&format!("/admin/courses/{id}/lessons/{lesson}?locale={}", locale.code()), Flash::success("lesson-added")))
}

/// An Up or Down button of a list (lessons, questions).
#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    pub direction: String,
    #[serde(default)]
    pub locale: String,
}

async fn move_lesson(
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    form: web::Form<MoveForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, lesson_id) = path.into_inner();
    let (view, _) = load(&state, &user, id).await?;
    view.lesson(lesson_id).ok_or(AppError::NotFound)?;
    let direction = model::Move::parse(&form.direction).ok_or(AppError::BadRequest)?;
    let scope = user.scope;
    db::run(&state.pool, move |conn| Ok(model::move_lesson(conn, &scope, &view, lesson_id, direction)?)).await?;
    let locale = page_locale(&tenant, &form.locale);
    Ok(see_other(&format!("/admin/courses/{id}?locale={}#lessons", locale.code()), Flash::success("lesson-moved")))
}

async fn delete_lesson(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    form: web::Form<MoveForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, lesson_id) = path.into_inner();
    let (view, _) = load(&state, &user, id).await?;
    view.lesson(lesson_id).ok_or(AppError::NotFound)?;
    // A published course keeps a lesson: partners could never complete it.
    if view.course.status() == CourseStatus::Published && view.lessons.len() == 1 {
        let locale = page_locale(&tenant, &form.locale);
        let refusal = Some(ctx.t("lesson-last-of-published"));
        let input = EditorInput { refusal, status: Some(StatusCode::CONFLICT), ..EditorInput::default() };
        return editor(ctx, &user, &tenant, id, locale, input, &state).await;
    }
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            model::delete_lesson(c, &scope, &view, lesson_id)?;
            audit::record(
                c,
                &scope,
                &who,
                &Entry::new("course.lesson_removed", "course", id).changes(serde_json::json!({ "lesson": lesson_id })),
            )?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    let locale = page_locale(&tenant, &form.locale);
    Ok(see_other(&format!("/admin/courses/{id}?locale={}#lessons", locale.code()), Flash::success("lesson-removed")))
}

#[derive(Deserialize)]
pub struct PreviewQuery {
    #[serde(default)]
    tier: String,
    #[serde(default)]
    locale: String,
}

#[derive(Template)]
#[template(path = "training/admin_preview.html")]
struct PreviewPage {
    ctx: PageCtx,
    view: CourseView,
    tiers: Vec<Tier>,
    tier: Option<Tier>,
    locale: Locale,
    locales: Vec<Locale>,
    visible: bool,
    title: String,
    summary: String,
    lessons: Vec<RenderedLesson>,
    questions: usize,
}

impl PreviewPage {
    fn counts(&self) -> String {
        let lessons = self.ctx.t_count("course-lesson-count", self.lessons.len() as i64);
        if self.questions == 0 {
            lessons
        } else {
            format!("{lessons} · {}", self.ctx.t_count("course-question-count", self.questions as i64))
        }
    }
}

/// The course as a partner of a tier sees it, in a language: whether they
/// see it at all, and every lesson as its page shows it.
async fn preview(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    q: web::Query<PreviewQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (view, questions) = load(&state, &user, id.into_inner()).await?;
    let scope = user.scope;
    let tiers = db::run(&state.pool, move |conn| Ok(tenancy::tiers(conn, &scope)?)).await?;
    let tier = q.tier.parse::<i64>().ok().and_then(|t| tiers.iter().find(|x| x.id == t).cloned()).or_else(|| tiers.first().cloned());
    let locale = page_locale(&tenant, &q.locale);
    let default = tenant.0.default_locale.code();
    let heading = view.heading(locale.code(), default);
    let (title, summary) = (heading.title, heading.summary);
    let lessons = view.lessons.iter().map(|l| l.rendered(locale.code(), default)).collect();
    let visible = view.visible_to(tier.as_ref().map(|t| t.id));
    let page = PreviewPage {
        ctx,
        visible,
        title,
        summary,
        lessons,
        questions: questions.len(),
        tiers,
        tier,
        locale,
        locales: tenant.0.enabled_locales.clone(),
        view,
    };
    render_with_csp(StatusCode::OK, &page, markdown::page_csp())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/courses", list)
        .get("/admin/courses/new", new)
        .post("/admin/courses", create)
        .get("/admin/courses/{id}", show)
        .post("/admin/courses/{id}", save_settings)
        .post("/admin/courses/{id}/texts", save_text)
        .post("/admin/courses/{id}/cover", upload_cover)
        .get("/admin/courses/{id}/cover", cover)
        .get("/admin/courses/{id}/preview", preview)
        .post("/admin/courses/{id}/lessons", add_lesson)
        .post("/admin/courses/{id}/lessons/{lesson}/move", move_lesson)
        .post("/admin/courses/{id}/lessons/{lesson}/delete", delete_lesson);
}
