//! A course's quiz for editors: each question's text and explanation per
//! locale, one or several right options, the options' labels per locale
//! (with the default language's beside each, to translate from), adding,
//! moving and removing questions and options.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::admin::courses::{LocaleQuery, MoveForm, load, page_locale};
use crate::audit::{self, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::{Locale, Translator};
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::form_keys::{self, FormKey, Once};
use crate::training::course::{CourseView, Move};
use crate::training::quiz::{self as model, OptionInput, QuestionInput, QuestionView};
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

/// Blank option rows offered for new options.
const BLANK_ROWS: usize = 2;

#[derive(Default, Clone)]
pub struct OptionRow {
    /// The option's id ("" for a new one).
    id: String,
    label: String,
    correct: bool,
    remove: bool,
    /// The label in the default language (to translate from), if another.
    original: String,
}

#[derive(Default, Clone)]
pub struct QuestionForm {
    form_key: String,
    locale: String,
    prompt: String,
    explanation: String,
    multiple: bool,
    rows: Vec<OptionRow>,
}

impl QuestionForm {
    fn parse(body: &[u8]) -> Self {
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
        let one = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        let all = |name: &str| pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect::<Vec<_>>();
        let (ids, labels, correct, remove) = (all("option_id"), all("option_label"), all("option_correct"), all("option_remove"));
        let rows = ids
            .iter()
            .enumerate()
            .take(50)
            .map(|(i, id)| OptionRow {
                id: id.clone(),
                label: labels.get(i).cloned().unwrap_or_default(),
                correct: correct.contains(&i.to_string()),
                remove: remove.contains(&i.to_string()),
                original: String::new(),
            })
            .collect();
        Self {
            form_key: one("form_key"),
            locale: one("locale"),
            prompt: one("prompt"),
            explanation: one("explanation"),
            multiple: one("multiple") == "1",
            rows,
        }
    }

    fn of(question: Option<&QuestionView>, locale: Locale, default: &str) -> Self {
        let mut rows: Vec<OptionRow> = question
            .map(|q| {
                q.options
                    .iter()
                    .map(|o| OptionRow {
                        id: o.option.id.to_string(),
                        label: o.label_in(locale.code()).unwrap_or_default().to_string(),
                        correct: o.is_correct(),
                        remove: false,
                        original: if locale.code() == default {
                            String::new()
                        } else {
                            o.label_in(default).unwrap_or_default().to_string()
                        },
                    })
                    .collect()
            })
            .unwrap_or_default();
        let blanks = if question.is_some() { BLANK_ROWS } else { 4 };
        rows.extend(std::iter::repeat_with(OptionRow::default).take(blanks));
        let text = question.and_then(|q| q.text_in(locale.code()));
        Self {
            form_key: String::new(),
            locale: locale.code().into(),
            prompt: text.map(|t| t.prompt.clone()).unwrap_or_default(),
            explanation: text.map(|t| t.explanation.clone()).unwrap_or_default(),
            multiple: question.is_some_and(QuestionView::is_multiple),
            rows,
        }
    }

    /// The options of `question` named by id must be its own; ids of other
    /// questions' options are left out.
    fn validate(&self, t: &Translator, enabled: &[Locale], question: Option<&QuestionView>) -> Result<QuestionInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let locale = Locale::from_code(&self.locale).filter(|l| enabled.contains(l));
        if locale.is_none() {
            errors.add("locale", t.t("form-invalid-choice"));
        }
        let prompt = validate::required_text(t, &mut errors, "prompt", &self.prompt, 1_000);
        let explanation = validate::optional_text(t, &mut errors, "explanation", &self.explanation, 2_000);
        let own = |id: &str| id.parse::<i64>().ok().filter(|id| question.is_some_and(|q| q.options.iter().any(|o| o.option.id == *id)));
        let mut options = Vec::new();
        for row in &self.rows {
            let id = own(&row.id);
            let label = validate::optional_text(t, &mut errors, "options", &row.label, 300);
            if id.is_none() && label.is_empty() {
                continue;
            }
            options.push(OptionInput { id, label, correct: row.correct, remove: row.remove });
        }
        let kept: Vec<&OptionInput> = options.iter().filter(|o| !o.remove).collect();
        let right = kept.iter().filter(|o| o.correct).count();
        if kept.iter().any(|o| o.label.is_empty()) {
            errors.add("options", t.t("quiz-option-needs-text"));
        } else if kept.len() < 2 {
            errors.add("options", t.t("quiz-two-options"));
        } else if right == 0 {
            errors.add("options", t.t("quiz-tick-right"));
        } else if right > 1 && !self.multiple {
            errors.add("options", t.t("quiz-one-right"));
        }
        match locale {
            Some(locale) if errors.is_empty() => Ok(QuestionInput { locale, prompt, explanation, multiple: self.multiple, options }),
            _ => Err(errors),
        }
    }
}

#[derive(Template)]
#[template(path = "training/admin_question.html")]
struct QuestionPage {
    ctx: PageCtx,
    view: CourseView,
    question: Option<QuestionView>,
    number: usize,
    form: QuestionForm,
    errors: FieldErrors,
    locales: Vec<Locale>,
    default_locale: String,
}

impl QuestionPage {
    fn course_title(&self) -> String {
        self.view.title(self.ctx.locale().code(), &self.default_locale)
    }

    fn action(&self) -> String {
        match &self.question {
            Some(q) => format!("/admin/courses/{}/questions/{}", self.view.id(), q.id()),
            None => format!("/admin/courses/{}/questions", self.view.id()),
        }
    }

    fn missing(&self, locale: &Locale) -> bool {
        self.question.as_ref().is_some_and(|q| q.missing_in(locale.code()))
    }
}

async fn question_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    (id, question_id): (i64, Option<i64>),
    locale: Locale,
    typed: Option<(QuestionForm, FieldErrors)>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let (view, questions) = load(state, user, id).await?;
    let (question, number) = match question_id {
        Some(q) => {
            let at = questions.iter().position(|x| x.id() == q).ok_or(AppError::NotFound)?;
            (Some(questions[at].clone()), at + 1)
        }
        None => (None, questions.len() + 1),
    };
    let default = tenant.0.default_locale.code();
    let (form, errors, status) = match typed {
        Some((form, errors)) => (form, errors, StatusCode::UNPROCESSABLE_ENTITY),
        None => (QuestionForm::of(question.as_ref(), locale, default), FieldErrors::new(), StatusCode::OK),
    };
    let page = QuestionPage {
        ctx,
        view,
        question,
        number,
        form,
        errors,
        locales: tenant.0.enabled_locales.clone(),
        default_locale: default.into(),
    };
    render(status, &page)
}

async fn new(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    q: web::Query<LocaleQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let locale = page_locale(&tenant, &q.locale);
    question_page(ctx, &user, &tenant, (id.into_inner(), None), locale, None, &state).await
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
    let (id, question_id) = path.into_inner();
    let locale = page_locale(&tenant, &q.locale);
    question_page(ctx, &user, &tenant, (id, Some(question_id)), locale, None, &state).await
}

async fn save_question(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    (id, question_id): (i64, Option<i64>),
    body: &[u8],
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (_, questions) = load(state, user, id).await?;
    let question = match question_id {
        Some(q) => Some(questions.iter().find(|x| x.id() == q).cloned().ok_or(AppError::NotFound)?),
        None => None,
    };
    let mut form = QuestionForm::parse(body);
    let locale = page_locale(tenant, &form.locale);
    let input = match form.validate(ctx.translator(), &tenant.0.enabled_locales, question.as_ref()) {
        Ok(input) => input,
        Err(errors) => {
            let originals = QuestionForm::of(question.as_ref(), locale, tenant.0.default_locale.code()).rows;
            for row in &mut form.rows {
                row.original =
                    originals.iter().find(|o| !o.id.is_empty() && o.id == row.id).map(|o| o.original.clone()).unwrap_or_default();
            }
            return question_page(ctx, user, tenant, (id, question_id), locale, Some((form, errors)), state).await;
        }
    };
    let (scope, who) = (user.scope, user.actor());
    // A new question's form sent twice adds one question.
    let key = question_id.is_none().then(|| FormKey::new("question", user.user.id, &form.form_key)).flatten();
    let saved = db::run(&state.pool, move |conn| {
        form_keys::once(
            conn,
            &scope,
            key.as_ref(),
            |c| {
                db::transaction(c, |c| {
                    let saved = model::save_question(c, &scope, id, question_id, &input)?.ok_or(AppError::NotFound)?;
                    let changes = serde_json::json!({ "question": saved, "locale": input.locale.code(), "options": input.options.len() });
                    audit::record(c, &scope, &who, &Entry::new("course.question_saved", "course", id).changes(changes))?;
                    Ok(saved)
                })
            },
            |q| Some(q.to_string()),
        )
    })
    .await?;
    let saved = match saved {
        Once::First(q) => q.to_string(),
        Once::Repeat(q) => q,
    };
    let flash = if question_id.is_some() { Flash::success("form-saved") } else { Flash::success("quiz-question-added") };
    Ok(see_other(&format!("/admin/courses/{id}/questions/{saved}?locale={}", locale.code()), flash))
}

async fn create(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    id: web::Path<i64>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    save_question(ctx, &user, &tenant, (id.into_inner(), None), &body, &state).await
}

async fn save(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (id, question_id) = path.into_inner();
    save_question(ctx, &user, &tenant, (id, Some(question_id)), &body, &state).await
}

async fn move_question(
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    form: web::Form<MoveForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, question_id) = path.into_inner();
    let (_, questions) = load(&state, &user, id).await?;
    questions.iter().find(|q| q.id() == question_id).ok_or(AppError::NotFound)?;
    let direction = Move::parse(&form.direction).ok_or(AppError::BadRequest)?;
    let scope = user.scope;
    db::run(&state.pool, move |conn| Ok(model::move_question(conn, &scope, id, question_id, direction)?)).await?;
    let locale = page_locale(&tenant, &form.locale);
    Ok(see_other(&format!("/admin/courses/{id}?locale={}#quiz", locale.code()), Flash::success("quiz-question-moved")))
}

async fn delete_question(
    user: CurrentUser,
    tenant: CurrentTenant,
    path: web::Path<(i64, i64)>,
    form: web::Form<MoveForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::AuthorContent)?;
    let (id, question_id) = path.into_inner();
    let (scope, who) = (user.scope, user.actor());
    load(&state, &user, id).await?;
    let removed = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let removed = model::delete_question(c, &scope, id, question_id)?;
            if removed {
                let changes = serde_json::json!({ "question": question_id });
                audit::record(c, &scope, &who, &Entry::new("course.question_removed", "course", id).changes(changes))?;
            }
            Ok::<_, AppError>(removed)
        })
    })
    .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    let locale = page_locale(&tenant, &form.locale);
    Ok(see_other(&format!("/admin/courses/{id}?locale={}#quiz", locale.code()), Flash::success("quiz-question-removed")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/admin/courses/{id}/questions/new", new)
        .post("/admin/courses/{id}/questions", create)
        .get("/admin/courses/{id}/questions/{question}", show)
        .post("/admin/courses/{id}/questions/{question}", save)
        .post("/admin/courses/{id}/questions/{question}/move", move_question)
        .post("/admin/courses/{id}/questions/{question}/delete", delete_question);
}
