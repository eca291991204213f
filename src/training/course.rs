//! Courses and their lessons as marketing editors keep them: texts per
//! locale (a locale without one is shown as missing), the tiers that see a
//! course (none: every tier), a cover image, the quiz's rules (pass mark,
//! attempts, shuffling, when answers are revealed), how long a certificate
//! is valid; lessons in order with a Markdown body per locale, a video link
//! and attached files.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{course_texts, course_tiers, courses, lesson_files, lesson_texts, lessons, questions, stored_files};
use crate::error::AppError;
use crate::i18n::{Locale, Localized, Picked, pick};
use crate::storage::files::Prepared;
use crate::storage::model::{self as stored, StoredFile};
use crate::tenancy::model as tenancy;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::markdown::{self, Embed};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourseStatus {
    Draft,
    Published,
    Archived,
}

impl CourseStatus {
    pub const ALL: [CourseStatus; 3] = [CourseStatus::Draft, CourseStatus::Published, CourseStatus::Archived];

    pub fn as_str(self) -> &'static str {
        match self {
            CourseStatus::Draft => "draft",
            CourseStatus::Published => "published",
            CourseStatus::Archived => "archived",
        }
    }

    pub fn parse(text: &str) -> Option<CourseStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = courses)]
pub struct Course {
    pub id: i64,
    pub tenant_id: i64,
    pub status: String,
    pub cover_file_id: Option<i64>,
    pub duration_minutes: Option<i32>,
    /// `None`: the certificate never expires.
    pub validity_months: Option<i32>,
    pub pass_mark: i32,
    /// `None`: unlimited.
    pub max_attempts: Option<i32>,
    pub shuffle: i32,
    pub reveal_answers: i32,
    pub published_at: Option<NaiveDateTime>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Course {
    pub fn status(&self) -> CourseStatus {
        CourseStatus::parse(&self.status).unwrap_or(CourseStatus::Draft)
    }

    pub fn shuffles(&self) -> bool {
        self.shuffle != 0
    }

    /// Whether correct answers are shown after every attempt (else only once
    /// the quiz is passed or no attempt remains).
    pub fn reveals_answers(&self) -> bool {
        self.reveal_answers != 0
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = course_texts)]
pub struct CourseText {
    pub tenant_id: i64,
    pub course_id: i64,
    pub locale: String,
    pub title: String,
    pub summary: String,
}

impl Localized for CourseText {
    fn locale_code(&self) -> &str {
        &self.locale
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = lessons)]
pub struct Lesson {
    pub id: i64,
    pub tenant_id: i64,
    pub course_id: i64,
    pub position: i32,
    pub video_url: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = lesson_texts)]
pub struct LessonText {
    pub tenant_id: i64,
    pub lesson_id: i64,
    pub locale: String,
    pub title: String,
    pub body: String,
}

impl Localized for LessonText {
    fn locale_code(&self) -> &str {
        &self.locale
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = lesson_files)]
pub struct LessonFile {
    pub id: i64,
    pub tenant_id: i64,
    pub lesson_id: i64,
    pub file_id: i64,
    pub created_at: NaiveDateTime,
}

/// A lesson with its texts and files.
#[derive(Debug, Clone)]
pub struct LessonView {
    pub lesson: Lesson,
    pub texts: Vec<LessonText>,
    pub files: Vec<(LessonFile, StoredFile)>,
}

impl LessonView {
    pub fn text_in(&self, locale: &str) -> Option<&LessonText> {
        self.texts.iter().find(|t| t.locale == locale)
    }

    pub fn shown(&self, locale: &str, default: &str) -> Picked<'_, LessonText> {
        pick(&self.texts, locale, default)
    }

    pub fn title(&self, locale: &str, default: &str) -> String {
        self.shown(locale, default).text.map(|t| t.title.clone()).unwrap_or_default()
    }
}

/// A lesson as a page shows it: its text for the reader (the body rendered
/// and cleaned), its video (embedded from an allowed host, else a link) and
/// its files. The published page, the editor's live preview and the preview
/// as a partner all show this.
#[derive(Debug, Clone)]
pub struct RenderedLesson {
    pub title: String,
    pub body_html: String,
    /// The language of the text shown, and whether it is the reader's.
    pub lang: String,
    pub in_locale: bool,
    pub video_url: String,
    pub embed: Option<Embed>,
    /// (lesson file id, the stored file)
    pub files: Vec<(i64, StoredFile)>,
}

impl RenderedLesson {
    pub fn new(title: &str, body: &str, video_url: &str, files: Vec<(i64, StoredFile)>) -> Self {
        RenderedLesson {
            title: title.to_string(),
            body_html: markdown::render(body),
            lang: String::new(),
            in_locale: true,
            video_url: video_url.to_string(),
            embed: markdown::embed(video_url),
            files,
        }
    }
}

impl LessonView {
    /// The lesson for a reader in `locale`.
    pub fn rendered(&self, locale: &str, default: &str) -> RenderedLesson {
        let shown = self.shown(locale, default);
        let files = self.files.iter().map(|(f, s)| (f.id, s.clone())).collect();
        let mut out = RenderedLesson::new(
            &shown.text.map(|t| t.title.clone()).unwrap_or_default(),
            shown.text.map(|t| t.body.as_str()).unwrap_or_default(),
            &self.lesson.video_url,
            files,
        );
        out.lang = shown.text.map(|t| t.locale.clone()).unwrap_or_default();
        out.in_locale = shown.in_locale;
        out
    }
}

/// A course's title and summary as one reader sees them.
#[derive(Debug, Clone, Default)]
pub struct Heading {
    pub title: String,
    pub summary: String,
    /// The language of the text shown, and whether it is the reader's.
    pub lang: String,
    pub in_locale: bool,
}

/// A course with everything its pages show: texts, tiers, lessons in order,
/// the cover, and how many quiz questions it has.
#[derive(Debug, Clone)]
pub struct CourseView {
    pub course: Course,
    pub texts: Vec<CourseText>,
    pub tier_ids: Vec<i64>,
    pub lessons: Vec<LessonView>,
    pub cover: Option<StoredFile>,
    pub question_count: i64,
}

impl CourseView {
    pub fn id(&self) -> i64 {
        self.course.id
    }

    pub fn text_in(&self, locale: &str) -> Option<&CourseText> {
        self.texts.iter().find(|t| t.locale == locale)
    }

    pub fn shown(&self, locale: &str, default: &str) -> Picked<'_, CourseText> {
        pick(&self.texts, locale, default)
    }

    pub fn title(&self, locale: &str, default: &str) -> String {
        self.shown(locale, default).text.map(|t| t.title.clone()).unwrap_or_default()
    }

    /// The title and summary a reader in `locale` sees, with their language.
    pub fn heading(&self, locale: &str, default: &str) -> Heading {
        let shown = self.shown(locale, default);
        Heading {
            title: shown.text.map(|t| t.title.clone()).unwrap_or_default(),
            summary: shown.text.map(|t| t.summary.clone()).unwrap_or_default(),
            lang: shown.text.map(|t| t.locale.clone()).unwrap_or_default(),
            in_locale: shown.in_locale,
        }
    }

    pub fn has_quiz(&self) -> bool {
        self.question_count > 0
    }

    /// The locales of `enabled` that some text of the course (its own, a
    /// lesson's) is missing in.
    pub fn missing_locales(&self, enabled: &[Locale]) -> Vec<Locale> {
        enabled
            .iter()
            .copied()
            .filter(|l| self.text_in(l.code()).is_none() || self.lessons.iter().any(|lesson| lesson.text_in(l.code()).is_none()))
            .collect()
    }

    pub fn lesson(&self, lesson_id: i64) -> Option<&LessonView> {
        self.lessons.iter().find(|l| l.lesson.id == lesson_id)
    }

    /// The lesson before and after `lesson_id`, in order.
    pub fn neighbours(&self, lesson_id: i64) -> (Option<&LessonView>, Option<&LessonView>) {
        match self.lessons.iter().position(|l| l.lesson.id == lesson_id) {
            Some(at) => (at.checked_sub(1).and_then(|i| self.lessons.get(i)), self.lessons.get(at + 1)),
            None => (None, None),
        }
    }

    /// Whether a partner organisation of `tier` may see it: published, and
    /// for every tier or for this one.
    pub fn visible_to(&self, tier: Option<i64>) -> bool {
        self.course.status() == CourseStatus::Published && self.offered_to(tier)
    }

    /// Whether `tier` is among the course's tiers (none: every tier).
    pub fn offered_to(&self, tier: Option<i64>) -> bool {
        self.tier_ids.is_empty() || tier.is_some_and(|t| self.tier_ids.contains(&t))
    }
}

/// Values grouped by a key, each group in the order given.
pub(crate) fn group<K: std::hash::Hash + Eq, V>(pairs: impl IntoIterator<Item = (K, V)>) -> HashMap<K, Vec<V>> {
    let mut by: HashMap<K, Vec<V>> = HashMap::new();
    for (k, v) in pairs {
        by.entry(k).or_default().push(v);
    }
    by
}

/// How much of a course's lessons to load: their texts and files, or only
/// which lessons there are, in order (a catalogue's cards).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail {
    Full,
    Outline,
}

fn load_lessons(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    course_ids: &[i64],
    detail: Detail,
) -> QueryResult<HashMap<i64, Vec<LessonView>>> {
    let rows: Vec<Lesson> = scoped!(lessons, scope)
        .filter(lessons::course_id.eq_any(course_ids))
        .order((lessons::position.asc(), lessons::id.asc()))
        .select(Lesson::as_select())
        .load(conn)?;
    if detail == Detail::Outline {
        return Ok(group(rows.into_iter().map(|lesson| (lesson.course_id, LessonView { lesson, texts: Vec::new(), files: Vec::new() }))));
    }
    let ids: Vec<i64> = rows.iter().map(|l| l.id).collect();
    let texts: Vec<LessonText> =
        scoped!(lesson_texts, scope).filter(lesson_texts::lesson_id.eq_any(&ids)).select(LessonText::as_select()).load(conn)?;
    let files: Vec<(LessonFile, StoredFile)> = scoped!(lesson_files::table.inner_join(
        stored_files::table.on(stored_files::id.eq(lesson_files::file_id).and(stored_files::tenant_id.eq(lesson_files::tenant_id)))
    ) => lesson_files, scope)
    .filter(lesson_files::lesson_id.eq_any(&ids))
    .order(lesson_files::id.asc())
    .select((LessonFile::as_select(), stored_files::all_columns))
    .load(conn)?;
    let mut texts_by = group(texts.into_iter().map(|t| (t.lesson_id, t)));
    let mut files_by = group(files.into_iter().map(|f| (f.0.lesson_id, f)));
    Ok(group(rows.into_iter().map(|lesson| {
        let view = LessonView {
            texts: texts_by.remove(&lesson.id).unwrap_or_default(),
            files: files_by.remove(&lesson.id).unwrap_or_default(),
            lesson,
        };
        (view.lesson.course_id, view)
    })))
}

fn load_views(conn: &mut AnyConnection, scope: &TenantScope, rows: Vec<Course>, detail: Detail) -> QueryResult<Vec<CourseView>> {
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let texts: Vec<CourseText> =
        scoped!(course_texts, scope).filter(course_texts::course_id.eq_any(&ids)).select(CourseText::as_select()).load(conn)?;
    let tiers: Vec<(i64, i64)> = scoped!(course_tiers, scope)
        .filter(course_tiers::course_id.eq_any(&ids))
        .select((course_tiers::course_id, course_tiers::tier_id))
        .load(conn)?;
    let cover_ids: Vec<i64> = rows.iter().filter_map(|c| c.cover_file_id).collect();
    let covers: Vec<StoredFile> = if cover_ids.is_empty() {
        Vec::new()
    } else {
        scoped!(stored_files, scope).filter(stored_files::id.eq_any(&cover_ids)).select(stored_files::all_columns).load(conn)?
    };
    let counts: Vec<i64> = scoped!(questions, scope).filter(questions::course_id.eq_any(&ids)).select(questions::course_id).load(conn)?;
    let mut texts_by = group(texts.into_iter().map(|t| (t.course_id, t)));
    let mut tiers_by = group(tiers);
    let mut lessons_by = load_lessons(conn, scope, &ids, detail)?;
    Ok(rows
        .into_iter()
        .map(|course| CourseView {
            texts: texts_by.remove(&course.id).unwrap_or_default(),
            tier_ids: tiers_by.remove(&course.id).unwrap_or_default(),
            lessons: lessons_by.remove(&course.id).unwrap_or_default(),
            cover: course.cover_file_id.and_then(|id| covers.iter().find(|f| f.id == id).cloned()),
            question_count: counts.iter().filter(|c| **c == course.id).count() as i64,
            course,
        })
        .collect())
}

/// The titles and summaries of some courses, per locale.
pub fn texts_of(conn: &mut AnyConnection, scope: &TenantScope, ids: &[i64]) -> QueryResult<HashMap<i64, Vec<CourseText>>> {
    let texts: Vec<CourseText> =
        scoped!(course_texts, scope).filter(course_texts::course_id.eq_any(ids)).select(CourseText::as_select()).load(conn)?;
    Ok(group(texts.into_iter().map(|t| (t.course_id, t))))
}

/// Every course of the tenant, most recently changed first.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<CourseView>> {
    let rows = scoped!(courses, scope).order((courses::updated_at.desc(), courses::id.desc())).select(Course::as_select()).load(conn)?;
    load_views(conn, scope, rows, Detail::Full)
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<CourseView>> {
    let rows: Vec<Course> = scoped!(courses, scope).filter(courses::id.eq(id)).select(Course::as_select()).load(conn)?;
    Ok(load_views(conn, scope, rows, Detail::Full)?.pop())
}

/// The published courses a partner organisation of `tier` may see, in the
/// order they were published; their lessons without texts or files.
pub fn catalogue(conn: &mut AnyConnection, scope: &TenantScope, tier: Option<i64>) -> QueryResult<Vec<CourseView>> {
    let rows = scoped!(courses, scope)
        .filter(courses::status.eq(CourseStatus::Published.as_str()))
        .order((courses::published_at.desc(), courses::id.desc()))
        .select(Course::as_select())
        .load(conn)?;
    Ok(load_views(conn, scope, rows, Detail::Outline)?.into_iter().filter(|v| v.visible_to(tier)).collect())
}

/// The course's rules, as the settings form sets them.
#[derive(Debug, Clone)]
pub struct Settings {
    pub status: CourseStatus,
    pub duration_minutes: Option<i32>,
    pub validity_months: Option<i32>,
    pub pass_mark: i32,
    pub max_attempts: Option<i32>,
    pub shuffle: bool,
    pub reveal_answers: bool,
    pub tier_ids: Vec<i64>,
}

fn set_tiers(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, ids: &[i64]) -> QueryResult<()> {
    let tiers = tenancy::tiers(conn, scope)?;
    diesel::delete(scoped!(course_tiers, scope).filter(course_tiers::course_id.eq(course_id))).execute(conn)?;
    let mut own: Vec<i64> = ids.iter().copied().filter(|id| tiers.iter().any(|t| t.id == *id)).collect();
    own.sort_unstable();
    own.dedup();
    for tier in own {
        diesel::insert_into(course_tiers::table)
            .values((course_tiers::tenant_id.eq(scope.tenant_id()), course_tiers::course_id.eq(course_id), course_tiers::tier_id.eq(tier)))
            .execute(conn)?;
    }
    Ok(())
}

/// Sets the title and summary in one locale.
pub fn set_text(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    course_id: i64,
    locale: Locale,
    title: &str,
    summary: &str,
) -> QueryResult<()> {
    diesel::delete(
        scoped!(course_texts, scope).filter(course_texts::course_id.eq(course_id)).filter(course_texts::locale.eq(locale.code())),
    )
    .execute(conn)?;
    diesel::insert_into(course_texts::table)
        .values((
            course_texts::tenant_id.eq(scope.tenant_id()),
            course_texts::course_id.eq(course_id),
            course_texts::locale.eq(locale.code()),
            course_texts::title.eq(title),
            course_texts::summary.eq(summary),
        ))
        .execute(conn)?;
    touch(conn, scope, course_id)
}

pub fn touch(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64) -> QueryResult<()> {
    diesel::update(scoped!(courses, scope).filter(courses::id.eq(course_id)))
        .set(courses::updated_at.eq(crate::db::now()))
        .execute(conn)?;
    Ok(())
}

/// A new course (a draft) with its first text.
pub fn create(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user: i64,
    locale: Locale,
    title: &str,
    summary: &str,
    settings: &Settings,
) -> Result<Course, AppError> {
    let now = crate::db::now();
    let course: Course = diesel::insert_into(courses::table)
        .values((
            courses::tenant_id.eq(scope.tenant_id()),
            courses::status.eq(CourseStatus::Draft.as_str()),
            courses::duration_minutes.eq(settings.duration_minutes),
            courses::validity_months.eq(settings.validity_months),
            courses::pass_mark.eq(settings.pass_mark),
            courses::max_attempts.eq(settings.max_attempts),
            courses::shuffle.eq(i32::from(settings.shuffle)),
            courses::reveal_answers.eq(i32::from(settings.reveal_answers)),
            courses::created_by.eq(user),
            courses::created_at.eq(now),
            courses::updated_at.eq(now),
        ))
        .returning(courses::all_columns)
        .get_result(conn)?;
    set_text(conn, scope, course.id, locale, title, summary)?;
    set_tiers(conn, scope, course.id, &settings.tier_ids)?;
    Ok(course)
}

/// The rules, status and tiers; `true` when this publishes the course for
/// the first time (it stamps `published_at`; only one caller ever gets
/// `true`, so only one announces it).
pub fn update_settings(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, settings: &Settings) -> QueryResult<bool> {
    let now = crate::db::now();
    let n = diesel::update(scoped!(courses, scope).filter(courses::id.eq(course_id)))
        .set((
            courses::status.eq(settings.status.as_str()),
            courses::duration_minutes.eq(settings.duration_minutes),
            courses::validity_months.eq(settings.validity_months),
            courses::pass_mark.eq(settings.pass_mark),
            courses::max_attempts.eq(settings.max_attempts),
            courses::shuffle.eq(i32::from(settings.shuffle)),
            courses::reveal_answers.eq(i32::from(settings.reveal_answers)),
            courses::updated_at.eq(now),
        ))
        .execute(conn)?;
    if n == 0 {
        return Ok(false);
    }
    set_tiers(conn, scope, course_id, &settings.tier_ids)?;
    if settings.status != CourseStatus::Published {
        return Ok(false);
    }
    let first = diesel::update(scoped!(courses, scope).filter(courses::id.eq(course_id)).filter(courses::published_at.is_null()))
        .set(courses::published_at.eq(now))
        .execute(conn)?;
    Ok(first == 1)
}

/// Replaces the cover image (the file is already in storage); returns the
/// file it replaced, whose record stays (the export keeps history).
pub fn set_cover(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    user: i64,
    course_id: i64,
    file: &Prepared,
) -> Result<StoredFile, AppError> {
    let now = crate::db::now();
    let stored = stored::record(conn, scope, &file.record(Some(user)), now)?;
    diesel::update(scoped!(courses, scope).filter(courses::id.eq(course_id)))
        .set((courses::cover_file_id.eq(Some(stored.id)), courses::updated_at.eq(now)))
        .execute(conn)?;
    Ok(stored)
}

// ---- lessons ----

/// A lesson's text in one locale and its video link, as the editor saves them.
pub struct LessonContent<'a> {
    pub locale: Locale,
    pub title: &'a str,
    pub body: &'a str,
    pub video_url: &'a str,
}

/// A new lesson at the end, with its first text.
pub fn add_lesson(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, content: &LessonContent<'_>) -> QueryResult<Lesson> {
    let positions: Vec<i32> = scoped!(lessons, scope).filter(lessons::course_id.eq(course_id)).select(lessons::position).load(conn)?;
    let now = crate::db::now();
    let lesson: Lesson = diesel::insert_into(lessons::table)
        .values((
            lessons::tenant_id.eq(scope.tenant_id()),
            lessons::course_id.eq(course_id),
            lessons::position.eq(positions.into_iter().max().unwrap_or(0) + 1),
            lessons::video_url.eq(content.video_url),
            lessons::created_at.eq(now),
            lessons::updated_at.eq(now),
        ))
        .returning(lessons::all_columns)
        .get_result(conn)?;
    set_lesson_text(conn, scope, lesson.id, content.locale, content.title, content.body)?;
    touch(conn, scope, course_id)?;
    Ok(lesson)
}

pub fn set_lesson_text(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    lesson_id: i64,
    locale: Locale,
    title: &str,
    body: &str,
) -> QueryResult<()> {
    diesel::delete(
        scoped!(lesson_texts, scope).filter(lesson_texts::lesson_id.eq(lesson_id)).filter(lesson_texts::locale.eq(locale.code())),
    )
    .execute(conn)?;
    diesel::insert_into(lesson_texts::table)
        .values((
            lesson_texts::tenant_id.eq(scope.tenant_id()),
            lesson_texts::lesson_id.eq(lesson_id),
            lesson_texts::locale.eq(locale.code()),
            lesson_texts::title.eq(title),
            lesson_texts::body.eq(body),
        ))
        .execute(conn)?;
    Ok(())
}

/// The lesson's text in one locale and its video link.
pub fn update_lesson(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    view: &CourseView,
    lesson_id: i64,
    content: &LessonContent<'_>,
) -> QueryResult<bool> {
    if view.lesson(lesson_id).is_none() {
        return Ok(false);
    }
    diesel::update(scoped!(lessons, scope).filter(lessons::id.eq(lesson_id)))
        .set((lessons::video_url.eq(content.video_url), lessons::updated_at.eq(crate::db::now())))
        .execute(conn)?;
    set_lesson_text(conn, scope, lesson_id, content.locale, content.title, content.body)?;
    touch(conn, scope, view.id())?;
    Ok(true)
}

/// Which way a lesson (or question) moves in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

impl Move {
    pub fn parse(text: &str) -> Option<Move> {
        match text {
            "up" => Some(Move::Up),
            "down" => Some(Move::Down),
            _ => None,
        }
    }
}

/// The new order of `ids` after moving `id` one place (`None`: it cannot move).
pub fn moved(ids: &[i64], id: i64, direction: Move) -> Option<Vec<i64>> {
    let at = ids.iter().position(|x| *x == id)?;
    let to = match direction {
        Move::Up => at.checked_sub(1)?,
        Move::Down => Some(at + 1).filter(|t| *t < ids.len())?,
    };
    let mut out = ids.to_vec();
    out.swap(at, to);
    Some(out)
}

/// Moves a lesson one place up or down (renumbering the course's lessons).
pub fn move_lesson(conn: &mut AnyConnection, scope: &TenantScope, view: &CourseView, lesson_id: i64, direction: Move) -> QueryResult<bool> {
    let ids: Vec<i64> = view.lessons.iter().map(|l| l.lesson.id).collect();
    let Some(order) = moved(&ids, lesson_id, direction) else { return Ok(false) };
    for (i, id) in order.iter().enumerate() {
        diesel::update(scoped!(lessons, scope).filter(lessons::id.eq(id))).set(lessons::position.eq(i as i32 + 1)).execute(conn)?;
    }
    touch(conn, scope, view.id())?;
    Ok(true)
}

/// Removes a lesson (its texts, files' links and everyone's progress on it).
pub fn delete_lesson(conn: &mut AnyConnection, scope: &TenantScope, view: &CourseView, lesson_id: i64) -> QueryResult<bool> {
    if view.lesson(lesson_id).is_none() {
        return Ok(false);
    }
    diesel::delete(scoped!(lessons, scope).filter(lessons::id.eq(lesson_id))).execute(conn)?;
    touch(conn, scope, view.id())?;
    Ok(true)
}

/// Attaches a file to a lesson (the file is already in storage).
pub fn add_file(conn: &mut AnyConnection, scope: &TenantScope, user: i64, lesson_id: i64, file: &Prepared) -> Result<LessonFile, AppError> {
    let now = crate::db::now();
    let stored = stored::record(conn, scope, &file.record(Some(user)), now)?;
    Ok(diesel::insert_into(lesson_files::table)
        .values((
            lesson_files::tenant_id.eq(scope.tenant_id()),
            lesson_files::lesson_id.eq(lesson_id),
            lesson_files::file_id.eq(stored.id),
            lesson_files::created_at.eq(now),
        ))
        .returning(lesson_files::all_columns)
        .get_result(conn)?)
}

/// The course a lesson file belongs to, and the stored file.
pub fn lesson_file(conn: &mut AnyConnection, scope: &TenantScope, lesson_file_id: i64) -> QueryResult<Option<(i64, StoredFile)>> {
    scoped!(lesson_files::table
        .inner_join(lessons::table.on(lessons::id.eq(lesson_files::lesson_id).and(lessons::tenant_id.eq(lesson_files::tenant_id))))
        .inner_join(stored_files::table.on(stored_files::id.eq(lesson_files::file_id).and(stored_files::tenant_id.eq(lesson_files::tenant_id))))
        => lesson_files, scope)
    .filter(lesson_files::id.eq(lesson_file_id))
    .select((lessons::course_id, stored_files::all_columns))
    .first(conn)
    .optional()
}

/// Detaches a file from a lesson (the stored file's record stays).
pub fn remove_file(conn: &mut AnyConnection, scope: &TenantScope, lesson_id: i64, lesson_file_id: i64) -> QueryResult<usize> {
    diesel::delete(scoped!(lesson_files, scope).filter(lesson_files::id.eq(lesson_file_id)).filter(lesson_files::lesson_id.eq(lesson_id)))
        .execute(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_swaps_with_the_neighbour_and_stops_at_the_ends() {
        assert_eq!(moved(&[1, 2, 3], 2, Move::Up), Some(vec![2, 1, 3]));
        assert_eq!(moved(&[1, 2, 3], 2, Move::Down), Some(vec![1, 3, 2]));
        assert_eq!(moved(&[1, 2, 3], 1, Move::Up), None);
        assert_eq!(moved(&[1, 2, 3], 3, Move::Down), None);
        assert_eq!(moved(&[1, 2, 3], 9, Move::Down), None);
    }
}
