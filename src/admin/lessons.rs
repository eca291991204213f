//! A lesson's page for editors: its title and Markdown body per locale,
//! its video link, its files (PDFs and images, each with the line that shows
//! it in the text), and a live preview while typing — htmx sends the form to
//! the same renderer the published page uses; without JavaScript the
//! Preview button does the same with a full page.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::admin::courses::{LessonForm, LocaleQuery, load, page_locale};
use crate::audit::{self, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::storage::files;
use crate::storage::inspect::FileKind;
use crate::storage::store::Area;
use crate::training::course::{self as model, CourseView, LessonView, RenderedLesson};
use crate::training::markdown;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render_with_csp;
use crate::web::upload;

/// What a lesson may carry: PDFs and images.
const LESSON_FILES: [FileKind; 4] = [FileKind::Pdf, FileKind::Png, FileKind::Jpeg, FileKind::Webp];

/// The typed lesson as partners would see it (a video link that would not
/// be saved is not shown either).
fn preview(ctx: &PageCtx, form: &LessonForm, files: Vec<(i64, crate::storage::model::StoredFile)>) -> RenderedLesson {
    let mut refused = FieldErrors::new();
    let video = validate::https_url(ctx.translator(), &mut refused, "video_url", &form.video_url, 500);
    RenderedLesson::new(&form.title, &form.body, if refused.is_empty() { &video } else { "" }, files)
}

#[derive(Template)]
#[template(path = "training/admin_lesson.html")]
struct LessonPage {
    ctx: PageCtx,
    view: CourseView,
    lesson: LessonView,
    form: LessonForm,
    errors: FieldErrors,
    file_error: Option<String>,
    locales: Vec<Locale>,
    default_locale: String,
    /// The preview: what partners will see.
    shown: RenderedLesson,
    max_upload: String,
}

impl LessonPage {
    fn course_title(&self) -> String {
        self.view.title(self.ctx.locale().code(), &self.default_locale)
    }

    fn missing(&self, locale: &Locale) -> bool {
        self.lesson.text_in(locale.code()).is_none()
    }

    /// What to type in the body to show a file (an image) or link to it.
    fn markdown_line(&self, id: &i64, file: &crate::storage::model::StoredFile) -> String {
        let name = file.file_name.replace(['[', ']'], "");
        if file.kind().is_some_and(|k| k.is_image()) {
            format!("![{name}]({}{id})", markdown::FILES_PATH)
        } else {
            format!("[{name}]({}{id})", markdown::FILES_PATH)
        }
    }
}

struct PageInput {
    form: Option<LessonForm>,
    errors: FieldErrors,
    file_error: Option<String>,
    status: StatusCode,
}

impl PageInput {
    fn ok() -> Self {
        PageInput { form: None, errors: FieldErrors::new(), file_error: None, status: StatusCode::OK }
    }
}

async fn lesson_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    (id, lesson_id): (i64, i64),
    locale: Locale,
    input: PageInput,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let (view, _) = load(state, user, id).await?;
    let lesson = view.lesson(lesson_id).cloned().ok_or(AppError::NotFound)?;
    let form = input.form.unwrap_or_else(|| {
        let text = lesson.text_in(locale.code());
        LessonForm {
            locale: locale.code().into(),
            title: text.map(|t| t.title.clone()).unwrap_or_default(),
            body: text.map(|t| t.body.clone()).unwrap_or_default(),
            video_url: lesson.lesson.video_url.clone(),
            form_key: String::new(),
        }
    });
    let files = lesson.files.iter().map(|(f, s)| (f.id, s.clone())).collect();
    let shown = preview(&ctx, &form, files);
    let t = &tenant.0;
    let page = LessonPage {
        max_upload: crate::i18n::file_size(ctx.locale(), state.config.max_upload_bytes as u64),
        ctx,
        view,
        lesson,
        form,
        errors: input.errors,
        file_error: input.file_error,
        locales: t.enabled_locales.clone(),
        default_locale: t.default_locale.code().into(),
        shown,
    };
    render_with_csp(input.status, &page, markdown::page_csp())
}

async fn show(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    q: web::Query<LocaleQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let locale = page_locale(&tenant, &q.locale);
    lesson_page(ctx, &user, &tenant, path.into_inner(), locale, PageInput::ok(), &state).await
}

/// Saves the lesson's text in the form's locale and its video link — or,
/// with the Preview button, shows what it will look like without saving.
async fn save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, lesson_id) = path.into_inner();
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let one = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let form =
        LessonForm { locale: one("locale"), title: one("title"), body: one("body"), video_url: one("video_url"), form_key: String::new() };
    let locale = page_locale(&tenant, &form.locale);
    if one("action") == "preview" {
        let input = PageInput { form: Some(form), ..PageInput::ok() };
        return lesson_page(ctx, &user, &tenant, (id, lesson_id), locale, input, &state).await;
    }
    let valid = match form.validate(ctx.translator(), &tenant.0.enabled_locales) {
        Ok(valid) => valid,
        Err(errors) => {
            let input = PageInput { form: Some(form), errors, file_error: None, status: StatusCode::UNPROCESSABLE_ENTITY };
            return lesson_page(ctx, &user, &tenant, (id, lesson_id), locale, input, &state).await;
        }
    };
    let (view, _) = load(&state, &user, id).await?;
    view.lesson(lesson_id).ok_or(AppError::NotFound)?;
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            model::update_lesson(c, &scope, &view, lesson_id, &valid.content())?;
            let changes = serde_json::json!({ "lesson": lesson_id, "locale": valid.locale.code(), "title": valid.title, "video_url": valid.video_url });
            audit::record(c, &scope, &who, &Entry::new("course.lesson_saved", "course", id).changes(changes))?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    Ok(see_other(&format!("/admin/courses/{id}/lessons/{lesson_id}?locale={}", locale.code()), Flash::success("form-saved")))
}

#[derive(Template)]
#[template(path = "training/lesson_preview.html")]
struct PreviewFragment {
    ctx: PageCtx,
    shown: RenderedLesson,
}

/// The live preview (htmx): the typed lesson through the published page's renderer.
async fn live_preview(ctx: PageCtx, user: CurrentUser, form: web::Form<LessonForm>) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let shown = preview(&ctx, &form, Vec::new());
    render_with_csp(StatusCode::OK, &PreviewFragment { ctx, shown }, markdown::page_csp())
}

async fn add_file(
    req: HttpRequest,
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    payload: Multipart,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, lesson_id) = path.into_inner();
    let (view, _) = load(&state, &user, id).await?;
    view.lesson(lesson_id).ok_or(AppError::NotFound)?;
    let form = upload::read(&req, payload, "file", state.config.max_upload_bytes, state.config.max_body_bytes).await?;
    let locale = page_locale(&tenant, &form.field("locale"));
    let refused = |message: String| PageInput { file_error: Some(message), status: StatusCode::UNPROCESSABLE_ENTITY, ..PageInput::ok() };
    if form.file_too_large {
        let message = upload::too_large_message(&ctx, state.config.max_upload_bytes);
        return lesson_page(ctx, &user, &tenant, (id, lesson_id), locale, refused(message), &state).await;
    }
    let Some((name, bytes)) = form.file else {
        let message = ctx.t("upload-choose-file");
        return lesson_page(ctx, &user, &tenant, (id, lesson_id), locale, refused(message), &state).await;
    };
    let scope = user.scope;
    let prepared = match files::prepare(&state.storage, &scope, Area::Training, bytes, &LESSON_FILES, &name).await? {
        Ok(p) => p,
        Err(refusal) => {
            let message = upload::refusal_message(&ctx, refusal);
            return lesson_page(ctx, &user, &tenant, (id, lesson_id), locale, refused(message), &state).await;
        }
    };
    let keys = prepared.keys();
    let (who, uploader) = (user.actor(), user.user.id);
    let added = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let file = model::add_file(c, &scope, uploader, lesson_id, &prepared)?;
            let changes = serde_json::json!({ "lesson": lesson_id, "file": file.id, "name": prepared.file_name });
            audit::record(c, &scope, &who, &Entry::new("course.file_added", "course", id).changes(changes))?;
            Ok::<_, AppError>(())
        })
    })
    .await;
    if let Err(e) = added {
        keys.remove(&state.storage).await;
        return Err(e);
    }
    Ok(see_other(&format!("/admin/courses/{id}/lessons/{lesson_id}?locale={}#files", locale.code()), Flash::success("lesson-file-added")))
}

async fn remove_file(
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64, i64)>,
    form: web::Form<LocaleQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, lesson_id, file_id) = path.into_inner();
    let (view, _) = load(&state, &user, id).await?;
    let lesson = view.lesson(lesson_id).ok_or(AppError::NotFound)?;
    lesson.files.iter().find(|(f, _)| f.id == file_id).ok_or(AppError::NotFound)?;
    let (scope, who) = (user.scope, user.actor());
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            model::remove_file(c, &scope, lesson_id, file_id)?;
            let changes = serde_json::json!({ "lesson": lesson_id, "file": file_id });
            audit::record(c, &scope, &who, &Entry::new("course.file_removed", "course", id).changes(changes))?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    let locale = page_locale(&tenant, &form.locale);
    Ok(see_other(&format!("/admin/courses/{id}/lessons/{lesson_id}?locale={}#files", locale.code()), Flash::success("lesson-file-removed")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .post("/admin/courses/preview", live_preview)
        .get("/admin/courses/{id}/lessons/{lesson}", show)
        .post("/admin/courses/{id}/lessons/{lesson}", save)
        .post("/admin/courses/{id}/lessons/{lesson}/files", add_file)
        .post("/admin/courses/{id}/lessons/{lesson}/files/{file}/delete", remove_file);
}
