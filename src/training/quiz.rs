//! A course's quiz: questions with one or several right options, texts per
//! locale, an optional explanation; and the attempts partners make. An
//! attempt is started on the server (its questions fixed, shuffled if the
//! course says so), answered once, and graded only on the server: the right
//! options never leave it before the attempt is submitted. Each question's
//! result is kept as graded, whatever the quiz becomes later.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::seq::SliceRandom;

use crate::db::AnyConnection;
use crate::db::schema::{attempt_answers, attempt_questions, option_texts, question_options, question_texts, questions, quiz_attempts};
use crate::i18n::{Locale, Localized, Picked, pick};
use crate::tenancy::scope::{TenantScope, scoped};
use crate::training::course::{CourseView, Move, group, moved, touch};
use crate::training::progress::Enrolment;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questions)]
pub struct Question {
    pub id: i64,
    pub tenant_id: i64,
    pub course_id: i64,
    pub position: i32,
    pub multiple: i32,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = question_texts)]
pub struct QuestionText {
    pub tenant_id: i64,
    pub question_id: i64,
    pub locale: String,
    pub prompt: String,
    pub explanation: String,
}

impl Localized for QuestionText {
    fn locale_code(&self) -> &str {
        &self.locale
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = question_options)]
pub struct QuestionOption {
    pub id: i64,
    pub tenant_id: i64,
    pub question_id: i64,
    pub position: i32,
    pub correct: i32,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = option_texts)]
pub struct OptionText {
    pub tenant_id: i64,
    pub option_id: i64,
    pub locale: String,
    pub label: String,
}

impl Localized for OptionText {
    fn locale_code(&self) -> &str {
        &self.locale
    }
}

#[derive(Debug, Clone)]
pub struct OptionView {
    pub option: QuestionOption,
    pub texts: Vec<OptionText>,
}

impl OptionView {
    pub fn label(&self, locale: &str, default: &str) -> String {
        pick(&self.texts, locale, default).text.map(|t| t.label.clone()).unwrap_or_default()
    }

    pub fn label_in(&self, locale: &str) -> Option<&str> {
        self.texts.iter().find(|t| t.locale == locale).map(|t| t.label.as_str())
    }

    pub fn is_correct(&self) -> bool {
        self.option.correct != 0
    }
}

#[derive(Debug, Clone)]
pub struct QuestionView {
    pub question: Question,
    pub texts: Vec<QuestionText>,
    pub options: Vec<OptionView>,
}

impl QuestionView {
    pub fn id(&self) -> i64 {
        self.question.id
    }

    pub fn is_multiple(&self) -> bool {
        self.question.multiple != 0
    }

    pub fn text_in(&self, locale: &str) -> Option<&QuestionText> {
        self.texts.iter().find(|t| t.locale == locale)
    }

    pub fn shown(&self, locale: &str, default: &str) -> Picked<'_, QuestionText> {
        pick(&self.texts, locale, default)
    }

    /// Whether some text of the question (its prompt, an option) is missing in `locale`.
    pub fn missing_in(&self, locale: &str) -> bool {
        self.text_in(locale).is_none() || self.options.iter().any(|o| o.label_in(locale).is_none())
    }

    pub fn correct_ids(&self) -> BTreeSet<i64> {
        self.options.iter().filter(|o| o.is_correct()).map(|o| o.option.id).collect()
    }
}

/// A course's questions in order, with their options in order.
pub fn questions(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64) -> QueryResult<Vec<QuestionView>> {
    let rows: Vec<Question> = scoped!(questions, scope)
        .filter(questions::course_id.eq(course_id))
        .order((questions::position.asc(), questions::id.asc()))
        .select(Question::as_select())
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|q| q.id).collect();
    let texts: Vec<QuestionText> =
        scoped!(question_texts, scope).filter(question_texts::question_id.eq_any(&ids)).select(QuestionText::as_select()).load(conn)?;
    let options: Vec<QuestionOption> = scoped!(question_options, scope)
        .filter(question_options::question_id.eq_any(&ids))
        .order((question_options::position.asc(), question_options::id.asc()))
        .select(QuestionOption::as_select())
        .load(conn)?;
    let option_ids: Vec<i64> = options.iter().map(|o| o.id).collect();
    let labels: Vec<OptionText> =
        scoped!(option_texts, scope).filter(option_texts::option_id.eq_any(&option_ids)).select(OptionText::as_select()).load(conn)?;
    let mut labels_by = group(labels.into_iter().map(|l| (l.option_id, l)));
    let mut options_by = group(options.into_iter().map(|option| {
        let texts = labels_by.remove(&option.id).unwrap_or_default();
        (option.question_id, OptionView { option, texts })
    }));
    let mut texts_by = group(texts.into_iter().map(|t| (t.question_id, t)));
    Ok(rows
        .into_iter()
        .map(|question| QuestionView {
            texts: texts_by.remove(&question.id).unwrap_or_default(),
            options: options_by.remove(&question.id).unwrap_or_default(),
            question,
        })
        .collect())
}

/// One option of the question form: an existing one (`id`) or a new one.
#[derive(Debug, Clone)]
pub struct OptionInput {
    pub id: Option<i64>,
    pub label: String,
    pub correct: bool,
    pub remove: bool,
}

/// The question form in one locale.
#[derive(Debug, Clone)]
pub struct QuestionInput {
    pub locale: Locale,
    pub prompt: String,
    pub explanation: String,
    pub multiple: bool,
    pub options: Vec<OptionInput>,
}

fn set_question_text(conn: &mut AnyConnection, scope: &TenantScope, question_id: i64, input: &QuestionInput) -> QueryResult<()> {
    diesel::delete(
        scoped!(question_texts, scope)
            .filter(question_texts::question_id.eq(question_id))
            .filter(question_texts::locale.eq(input.locale.code())),
    )
    .execute(conn)?;
    diesel::insert_into(question_texts::table)
        .values((
            question_texts::tenant_id.eq(scope.tenant_id()),
            question_texts::question_id.eq(question_id),
            question_texts::locale.eq(input.locale.code()),
            question_texts::prompt.eq(&input.prompt),
            question_texts::explanation.eq(&input.explanation),
        ))
        .execute(conn)?;
    Ok(())
}

fn set_label(conn: &mut AnyConnection, scope: &TenantScope, option_id: i64, locale: Locale, label: &str) -> QueryResult<()> {
    diesel::delete(
        scoped!(option_texts, scope).filter(option_texts::option_id.eq(option_id)).filter(option_texts::locale.eq(locale.code())),
    )
    .execute(conn)?;
    diesel::insert_into(option_texts::table)
        .values((
            option_texts::tenant_id.eq(scope.tenant_id()),
            option_texts::option_id.eq(option_id),
            option_texts::locale.eq(locale.code()),
            option_texts::label.eq(label),
        ))
        .execute(conn)?;
    Ok(())
}

/// Adds (`question_id` None) or changes a question of the course from the
/// form: its text in the form's locale, single or multiple answers, its
/// options (labels in the locale, which are right, removed ones). Options
/// named by id must be the question's own. Returns the question's id, or
/// `None` when `question_id` is not a question of the course.
pub fn save_question(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    course_id: i64,
    question_id: Option<i64>,
    input: &QuestionInput,
) -> QueryResult<Option<i64>> {
    let id = match question_id {
        Some(id) => {
            let n = diesel::update(scoped!(questions, scope).filter(questions::id.eq(id)).filter(questions::course_id.eq(course_id)))
                .set(questions::multiple.eq(i32::from(input.multiple)))
                .execute(conn)?;
            if n == 0 {
                return Ok(None);
            }
            id
        }
        None => {
            let positions: Vec<i32> =
                scoped!(questions, scope).filter(questions::course_id.eq(course_id)).select(questions::position).load(conn)?;
            diesel::insert_into(questions::table)
                .values((
                    questions::tenant_id.eq(scope.tenant_id()),
                    questions::course_id.eq(course_id),
                    questions::position.eq(positions.into_iter().max().unwrap_or(0) + 1),
                    questions::multiple.eq(i32::from(input.multiple)),
                    questions::created_at.eq(crate::db::now()),
                ))
                .returning(questions::id)
                .get_result(conn)?
        }
    };
    set_question_text(conn, scope, id, input)?;
    let own: Vec<i64> =
        scoped!(question_options, scope).filter(question_options::question_id.eq(id)).select(question_options::id).load(conn)?;
    let mut position = 0;
    for option in &input.options {
        match option.id.filter(|o| own.contains(o)) {
            Some(option_id) if option.remove => {
                diesel::delete(scoped!(question_options, scope).filter(question_options::id.eq(option_id))).execute(conn)?;
            }
            Some(option_id) => {
                position += 1;
                diesel::update(scoped!(question_options, scope).filter(question_options::id.eq(option_id)))
                    .set((question_options::correct.eq(i32::from(option.correct)), question_options::position.eq(position)))
                    .execute(conn)?;
                set_label(conn, scope, option_id, input.locale, &option.label)?;
            }
            None if option.remove || option.label.is_empty() || option.id.is_some() => {}
            None => {
                position += 1;
                let option_id: i64 = diesel::insert_into(question_options::table)
                    .values((
                        question_options::tenant_id.eq(scope.tenant_id()),
                        question_options::question_id.eq(id),
                        question_options::position.eq(position),
                        question_options::correct.eq(i32::from(option.correct)),
                    ))
                    .returning(question_options::id)
                    .get_result(conn)?;
                set_label(conn, scope, option_id, input.locale, &option.label)?;
            }
        }
    }
    touch(conn, scope, course_id)?;
    Ok(Some(id))
}

pub fn move_question(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    course_id: i64,
    question_id: i64,
    direction: Move,
) -> QueryResult<bool> {
    let ids: Vec<i64> = scoped!(questions, scope)
        .filter(questions::course_id.eq(course_id))
        .order((questions::position.asc(), questions::id.asc()))
        .select(questions::id)
        .load(conn)?;
    let Some(order) = moved(&ids, question_id, direction) else { return Ok(false) };
    for (i, id) in order.iter().enumerate() {
        diesel::update(scoped!(questions, scope).filter(questions::id.eq(id))).set(questions::position.eq(i as i32 + 1)).execute(conn)?;
    }
    touch(conn, scope, course_id)?;
    Ok(true)
}

pub fn delete_question(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, question_id: i64) -> QueryResult<bool> {
    let n = diesel::delete(scoped!(questions, scope).filter(questions::id.eq(question_id)).filter(questions::course_id.eq(course_id)))
        .execute(conn)?;
    if n > 0 {
        touch(conn, scope, course_id)?;
    }
    Ok(n > 0)
}

/// What keeps a quiz from being taken: a question with fewer than two
/// options, none right, or several right where one is asked for.
pub fn problems(questions: &[QuestionView]) -> Vec<(i64, QuizProblem)> {
    let mut out = Vec::new();
    for q in questions {
        let right = q.correct_ids().len();
        if q.options.len() < 2 {
            out.push((q.id(), QuizProblem::TooFewOptions));
        } else if right == 0 {
            out.push((q.id(), QuizProblem::NoRightOption));
        } else if right > 1 && !q.is_multiple() {
            out.push((q.id(), QuizProblem::SeveralRightOptions));
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizProblem {
    TooFewOptions,
    NoRightOption,
    SeveralRightOptions,
}

// ---- attempts ----

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = quiz_attempts)]
pub struct Attempt {
    pub id: i64,
    pub tenant_id: i64,
    pub enrolment_id: i64,
    pub cycle: i32,
    pub started_at: NaiveDateTime,
    pub submitted_at: Option<NaiveDateTime>,
    pub score: Option<i32>,
    pub passed: i32,
}

impl Attempt {
    pub fn is_open(&self) -> bool {
        self.submitted_at.is_none()
    }

    pub fn has_passed(&self) -> bool {
        self.passed != 0
    }
}

/// The attempts of an enrolment's current cycle, oldest first.
pub fn attempts(conn: &mut AnyConnection, scope: &TenantScope, enrolment: &Enrolment) -> QueryResult<Vec<Attempt>> {
    scoped!(quiz_attempts, scope)
        .filter(quiz_attempts::enrolment_id.eq(enrolment.id))
        .filter(quiz_attempts::cycle.eq(enrolment.cycle))
        .order(quiz_attempts::id.asc())
        .select(Attempt::as_select())
        .load(conn)
}

/// The enrolments among `ids` whose current cycle has a passed attempt.
pub fn passed_this_cycle(conn: &mut AnyConnection, scope: &TenantScope, enrolments: &[Enrolment]) -> QueryResult<Vec<i64>> {
    let ids: Vec<i64> = enrolments.iter().map(|e| e.id).collect();
    let passed: Vec<(i64, i32)> = scoped!(quiz_attempts, scope)
        .filter(quiz_attempts::enrolment_id.eq_any(&ids))
        .filter(quiz_attempts::passed.eq(1))
        .select((quiz_attempts::enrolment_id, quiz_attempts::cycle))
        .load(conn)?;
    Ok(enrolments.iter().filter(|e| passed.contains(&(e.id, e.cycle))).map(|e| e.id).collect())
}

/// One attempt of the enrolment (any cycle).
pub fn attempt(conn: &mut AnyConnection, scope: &TenantScope, enrolment: &Enrolment, attempt_id: i64) -> QueryResult<Option<Attempt>> {
    scoped!(quiz_attempts, scope)
        .filter(quiz_attempts::id.eq(attempt_id))
        .filter(quiz_attempts::enrolment_id.eq(enrolment.id))
        .select(Attempt::as_select())
        .first(conn)
        .optional()
}

/// Where a person stands with the quiz in the current cycle.
#[derive(Debug, Clone, Default)]
pub struct Standing {
    pub used: i32,
    /// `None`: unlimited.
    pub left: Option<i32>,
    pub passed: bool,
    pub open: Option<i64>,
}

pub fn standing(max_attempts: Option<i32>, attempts: &[Attempt]) -> Standing {
    let used = attempts.iter().filter(|a| !a.is_open()).count() as i32;
    Standing {
        used,
        left: max_attempts.map(|m| (m - used).max(0)),
        passed: attempts.iter().any(Attempt::has_passed),
        open: attempts.iter().find(|a| a.is_open()).map(|a| a.id),
    }
}

/// Why an attempt may not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartRefused {
    NoQuiz,
    LessonsFirst,
    AlreadyPassed,
    NoAttemptsLeft,
}

/// Starts an attempt (or returns the open one): the course's questions,
/// shuffled if it says so, are fixed for it.
pub fn start(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    view: &CourseView,
    enrolment: &Enrolment,
    lessons_done: bool,
) -> QueryResult<Result<Attempt, StartRefused>> {
    let asked = questions(conn, scope, view.id())?;
    if asked.is_empty() || !problems(&asked).is_empty() {
        return Ok(Err(StartRefused::NoQuiz));
    }
    if !lessons_done {
        return Ok(Err(StartRefused::LessonsFirst));
    }
    let so_far = attempts(conn, scope, enrolment)?;
    let standing = standing(view.course.max_attempts, &so_far);
    if let Some(open) = so_far.into_iter().find(Attempt::is_open) {
        return Ok(Ok(open));
    }
    if standing.passed {
        return Ok(Err(StartRefused::AlreadyPassed));
    }
    if standing.left == Some(0) {
        return Ok(Err(StartRefused::NoAttemptsLeft));
    }
    let mut ids: Vec<i64> = asked.iter().map(QuestionView::id).collect();
    if view.course.shuffles() {
        ids.shuffle(&mut rand::rng());
    }
    let inserted = crate::db::transaction(conn, |c| {
        diesel::insert_into(quiz_attempts::table)
            .values((
                quiz_attempts::tenant_id.eq(scope.tenant_id()),
                quiz_attempts::enrolment_id.eq(enrolment.id),
                quiz_attempts::cycle.eq(enrolment.cycle),
                quiz_attempts::started_at.eq(crate::db::now()),
            ))
            .returning(quiz_attempts::all_columns)
            .get_result::<Attempt>(c)
    });
    let attempt = match inserted {
        Ok(attempt) => attempt,
        // Two starts racing: one open attempt (a unique index), the other's.
        Err(e) if crate::db::is_unique_violation(&e) => {
            return Ok(attempts(conn, scope, enrolment)?.into_iter().find(Attempt::is_open).ok_or(StartRefused::NoAttemptsLeft));
        }
        Err(e) => return Err(e),
    };
    for (i, question_id) in ids.iter().enumerate() {
        diesel::insert_into(attempt_questions::table)
            .values((
                attempt_questions::tenant_id.eq(scope.tenant_id()),
                attempt_questions::attempt_id.eq(attempt.id),
                attempt_questions::question_id.eq(question_id),
                attempt_questions::position.eq(i as i32 + 1),
            ))
            .execute(conn)?;
    }
    Ok(Ok(attempt))
}

/// The questions an attempt asked, in its order, with whether each was
/// right (once graded) and the options chosen.
#[derive(Debug, Clone)]
pub struct Asked {
    pub question: QuestionView,
    pub correct: Option<bool>,
    pub chosen: BTreeSet<i64>,
}

pub fn asked(conn: &mut AnyConnection, scope: &TenantScope, course_id: i64, attempt_id: i64) -> QueryResult<Vec<Asked>> {
    let rows: Vec<(i64, Option<i32>)> = scoped!(attempt_questions, scope)
        .filter(attempt_questions::attempt_id.eq(attempt_id))
        .order(attempt_questions::position.asc())
        .select((attempt_questions::question_id, attempt_questions::correct))
        .load(conn)?;
    let chosen: Vec<(i64, i64)> = scoped!(attempt_answers, scope)
        .filter(attempt_answers::attempt_id.eq(attempt_id))
        .select((attempt_answers::question_id, attempt_answers::option_id))
        .load(conn)?;
    let mut all: HashMap<i64, QuestionView> = questions(conn, scope, course_id)?.into_iter().map(|q| (q.id(), q)).collect();
    Ok(rows
        .into_iter()
        .filter_map(|(question_id, correct)| {
            let question = all.remove(&question_id)?;
            let chosen = chosen.iter().filter(|(q, _)| *q == question_id).map(|(_, o)| *o).collect();
            Some(Asked { question, correct: correct.map(|c| c != 0), chosen })
        })
        .collect())
}

/// What an attempt was answered with: question → chosen options.
pub type Answers = HashMap<i64, BTreeSet<i64>>;

/// Why a submission was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitRefused {
    /// It was submitted already (a second submission, or a replay).
    AlreadySubmitted,
    /// An answer names a question this attempt did not ask, or an option
    /// that is not one of its question's.
    Forged,
    /// These questions have no answer.
    Unanswered(Vec<i64>),
    /// Several options for a question that takes one.
    SeveralForOne(Vec<i64>),
}

/// The result of a graded attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Graded {
    pub score: i32,
    pub passed: bool,
    pub right: usize,
    pub total: usize,
}

/// Checks the answers against the questions asked, without writing.
pub fn check(asked: &[Asked], answers: &Answers) -> Result<(), SubmitRefused> {
    for (question_id, options) in answers {
        let Some(a) = asked.iter().find(|a| a.question.id() == *question_id) else { return Err(SubmitRefused::Forged) };
        if options.iter().any(|o| !a.question.options.iter().any(|x| x.option.id == *o)) {
            return Err(SubmitRefused::Forged);
        }
    }
    let unanswered: Vec<i64> = asked.iter().map(|a| a.question.id()).filter(|q| answers.get(q).is_none_or(BTreeSet::is_empty)).collect();
    if !unanswered.is_empty() {
        return Err(SubmitRefused::Unanswered(unanswered));
    }
    let several: Vec<i64> = asked
        .iter()
        .filter(|a| !a.question.is_multiple() && answers.get(&a.question.id()).is_some_and(|o| o.len() > 1))
        .map(|a| a.question.id())
        .collect();
    if !several.is_empty() {
        return Err(SubmitRefused::SeveralForOne(several));
    }
    Ok(())
}

/// Grades answers: a question is right when exactly its right options were
/// chosen; the score is the percentage of right questions, rounded down.
pub fn grade(asked: &[Asked], answers: &Answers, pass_mark: i32) -> (Graded, Vec<(i64, bool)>) {
    let per: Vec<(i64, bool)> = asked
        .iter()
        .map(|a| (a.question.id(), answers.get(&a.question.id()).is_some_and(|chosen| *chosen == a.question.correct_ids())))
        .collect();
    let right = per.iter().filter(|(_, ok)| *ok).count();
    let total = per.len();
    let score = (right * 100).checked_div(total).unwrap_or(0) as i32;
    (Graded { score, passed: score >= pass_mark, right, total }, per)
}

/// Submits an open attempt once: checks the answers, records them, grades.
/// Two submissions racing: only the one that closes the attempt counts.
pub fn submit(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    view: &CourseView,
    attempt: &Attempt,
    answers: &Answers,
) -> QueryResult<Result<Graded, SubmitRefused>> {
    if !attempt.is_open() {
        return Ok(Err(SubmitRefused::AlreadySubmitted));
    }
    let asked = asked(conn, scope, view.id(), attempt.id)?;
    if let Err(refused) = check(&asked, answers) {
        return Ok(Err(refused));
    }
    let now = crate::db::now();
    let closed = diesel::update(
        scoped!(quiz_attempts, scope).filter(quiz_attempts::id.eq(attempt.id)).filter(quiz_attempts::submitted_at.is_null()),
    )
    .set(quiz_attempts::submitted_at.eq(now))
    .execute(conn)?;
    if closed == 0 {
        return Ok(Err(SubmitRefused::AlreadySubmitted));
    }
    for (question_id, options) in answers {
        for option_id in options {
            diesel::insert_into(attempt_answers::table)
                .values((
                    attempt_answers::tenant_id.eq(scope.tenant_id()),
                    attempt_answers::attempt_id.eq(attempt.id),
                    attempt_answers::question_id.eq(question_id),
                    attempt_answers::option_id.eq(option_id),
                ))
                .execute(conn)?;
        }
    }
    let (graded, per) = grade(&asked, answers, view.course.pass_mark);
    for (question_id, ok) in per {
        diesel::update(
            scoped!(attempt_questions, scope)
                .filter(attempt_questions::attempt_id.eq(attempt.id))
                .filter(attempt_questions::question_id.eq(question_id)),
        )
        .set(attempt_questions::correct.eq(Some(i32::from(ok))))
        .execute(conn)?;
    }
    diesel::update(scoped!(quiz_attempts, scope).filter(quiz_attempts::id.eq(attempt.id)))
        .set((quiz_attempts::score.eq(Some(graded.score)), quiz_attempts::passed.eq(i32::from(graded.passed))))
        .execute(conn)?;
    Ok(Ok(graded))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(id: i64, multiple: bool, options: &[(i64, bool)]) -> Asked {
        let at = NaiveDateTime::default();
        Asked {
            question: QuestionView {
                question: Question { id, tenant_id: 1, course_id: 1, position: 1, multiple: i32::from(multiple), created_at: at },
                texts: Vec::new(),
                options: options
                    .iter()
                    .map(|(o, right)| OptionView {
                        option: QuestionOption { id: *o, tenant_id: 1, question_id: id, position: 1, correct: i32::from(*right) },
                        texts: Vec::new(),
                    })
                    .collect(),
            },
            correct: None,
            chosen: BTreeSet::new(),
        }
    }

    fn answers(pairs: &[(i64, &[i64])]) -> Answers {
        pairs.iter().map(|(q, os)| (*q, os.iter().copied().collect())).collect()
    }

    #[test]
    fn a_question_is_right_only_with_exactly_its_right_options() {
        let asked = [question(1, false, &[(10, true), (11, false)]), question(2, true, &[(20, true), (21, true), (22, false)])];
        let (g, per) = grade(&asked, &answers(&[(1, &[10]), (2, &[20, 21])]), 80);
        assert_eq!((g.score, g.passed, g.right), (100, true, 2));
        assert_eq!(per, vec![(1, true), (2, true)]);
        let (g, _) = grade(&asked, &answers(&[(1, &[10]), (2, &[20])]), 80);
        assert_eq!((g.score, g.passed), (50, false), "half of a multiple-answer question is wrong");
        let (g, _) = grade(&asked, &answers(&[(1, &[10]), (2, &[20, 21, 22])]), 50);
        assert_eq!((g.score, g.passed), (50, true), "ticking everything is wrong too; the pass mark counts");
    }

    #[test]
    fn forged_and_incomplete_answers_are_refused() {
        let asked = [question(1, false, &[(10, true), (11, false)]), question(2, false, &[(20, true), (21, false)])];
        assert_eq!(check(&asked, &answers(&[(1, &[10]), (2, &[20])])), Ok(()));
        assert_eq!(check(&asked, &answers(&[(1, &[10]), (2, &[20]), (3, &[30])])), Err(SubmitRefused::Forged), "a question not asked");
        assert_eq!(check(&asked, &answers(&[(1, &[20]), (2, &[20])])), Err(SubmitRefused::Forged), "another question's option");
        assert_eq!(check(&asked, &answers(&[(1, &[10])])), Err(SubmitRefused::Unanswered(vec![2])));
        assert_eq!(check(&asked, &answers(&[(1, &[10, 11]), (2, &[20])])), Err(SubmitRefused::SeveralForOne(vec![1])));
    }

    #[test]
    fn standing_counts_submitted_attempts_of_the_cycle() {
        let at = NaiveDateTime::default();
        let a = |id, open: bool, passed| Attempt {
            id,
            tenant_id: 1,
            enrolment_id: 1,
            cycle: 1,
            started_at: at,
            submitted_at: (!open).then_some(at),
            score: None,
            passed,
        };
        let s = standing(Some(3), &[a(1, false, 0), a(2, true, 0)]);
        assert_eq!((s.used, s.left, s.passed, s.open), (1, Some(2), false, Some(2)));
        let s = standing(None, &[a(1, false, 1)]);
        assert_eq!((s.left, s.passed), (None, true));
        assert_eq!(standing(Some(1), &[a(1, false, 0), a(2, false, 0)]).left, Some(0));
    }
}
