//! Training reports and certification requirements.
//!
//! `/training/reports`: completion per course, per partner organisation and
//! per person (enrolled, in progress, completed, certified, expiring,
//! expired), with filters, pages of 50 (keyset) and CSV — for vendor staff
//! over the whole tenant, for a partner admin over their own organisation
//! (their scope narrows every query).
//!
//! `/admin/certification`: what each tier asks (N people holding a
//! certificate of a course, a grace period) for vendor admins to set, and
//! the organisations at risk or failing it for channel managers.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::audit::{self, Entry};
use crate::db;
use crate::error::AppError;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::tenancy::model::{self as tenancy, Tier};
use crate::training::course::{self as course, CourseView};
use crate::training::reports::{self, Counts, Filter, GroupBy, ReportStatus, Row};
use crate::training::requirements::{self, AtRisk, Requirement};
use crate::validate::{self, FieldErrors};
use crate::web::csv;
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

const PAGE: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Courses,
    Organisations,
    People,
}

impl View {
    fn parse(text: &str) -> View {
        match text {
            "organisations" => View::Organisations,
            "people" => View::People,
            _ => View::Courses,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            View::Courses => "courses",
            View::Organisations => "organisations",
            View::People => "people",
        }
    }
}

#[derive(Default, Deserialize, Clone)]
pub struct ReportQuery {
    #[serde(default)]
    view: String,
    #[serde(default)]
    course: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    after: String,
}

impl ReportQuery {
    fn filter(&self) -> Filter {
        Filter {
            course: self.course.parse().ok(),
            organisation: self.organisation.parse().ok(),
            status: ReportStatus::parse(&self.status),
            q: validate::without_controls(self.q.trim()).chars().take(100).collect(),
        }
    }

    /// The query string of these filters (no cursor), for links.
    fn query(&self, view: View) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        out.append_pair("view", view.as_str());
        for (k, v) in [("course", &self.course), ("organisation", &self.organisation), ("status", &self.status), ("q", &self.q)] {
            if !v.is_empty() {
                out.append_pair(k, v);
            }
        }
        out.finish()
    }
}

/// A row of the grouped views: the group's name and its counts.
pub struct Group {
    pub id: i64,
    pub name: String,
    pub counts: Counts,
}

#[derive(Template)]
#[template(path = "training/reports.html")]
struct ReportPage {
    ctx: PageCtx,
    view: &'static str,
    query: ReportQuery,
    groups: Vec<Group>,
    rows: Vec<Row>,
    next: Option<String>,
    courses: Vec<(i64, String)>,
    organisations: Vec<(i64, String)>,
    /// Vendor staff see every organisation; a partner admin only theirs.
    staff: bool,
    statuses: Vec<ReportStatus>,
    links: String,
}

impl ReportPage {
    fn status_label(&self, status: &ReportStatus) -> String {
        self.ctx.t(&format!("report-status-{}", status.as_str()))
    }

    fn course_name(&self, id: &i64) -> String {
        self.courses.iter().find(|(c, _)| c == id).map(|(_, n)| n.clone()).unwrap_or_default()
    }

    fn count(&self, counts: &Counts, status: &ReportStatus) -> String {
        self.ctx.format_number(counts.get(*status))
    }

    fn view_link(&self, view: &str) -> String {
        format!("/training/reports?{}", self.query.query(View::parse(view)))
    }

    fn filtered(&self) -> bool {
        !self.query.course.is_empty() || !self.query.organisation.is_empty() || !self.query.status.is_empty() || !self.query.q.is_empty()
    }
}

struct Loaded {
    groups: Vec<Group>,
    rows: Vec<Row>,
    next: Option<i64>,
    courses: Vec<CourseView>,
    organisations: Vec<(i64, String)>,
}

async fn load(user: &CurrentUser, query: &ReportQuery, view: View, page: usize, state: &AppState) -> Result<Loaded, AppError> {
    let scope = user.scope;
    let (filter, after, today) = (query.filter(), query.after.parse::<i64>().ok(), db::now().date());
    db::run(&state.pool, move |conn| {
        // A partner admin's filter offers the courses their people took,
        // never the vendor's drafts or other tiers' courses.
        let taken = reports::course_ids(conn, &scope)?;
        let courses: Vec<CourseView> = course::list(conn, &scope.tenant_only())?
            .into_iter()
            .filter(|c| scope.partner_org_id().is_none() || taken.contains(&c.id()))
            .collect();
        let mut organisations: Vec<(i64, String)> = match scope.partner_org_id() {
            Some(org) => {
                crate::tenancy::organisations::find(conn, &scope.tenant_only(), org)?.map(|o| (o.id, o.name)).into_iter().collect()
            }
            None => crate::tenancy::organisations::list_partners(conn, &scope)?.into_iter().map(|p| (p.org.id, p.org.name)).collect(),
        };
        let (mut groups, mut rows, mut next) = (Vec::new(), Vec::new(), None);
        match view {
            View::People => (rows, next) = reports::rows(conn, &scope, &filter, after, page, today)?,
            View::Courses | View::Organisations => {
                let by = if view == View::Courses { GroupBy::Course } else { GroupBy::Organisation };
                let totals = reports::totals(conn, &scope, &filter, by, today)?;
                groups = totals.into_iter().map(|(id, counts)| Group { id, name: String::new(), counts }).collect();
            }
        }
        groups.sort_by_key(|g| g.id);
        // Every group's organisation is named, however many partners there are.
        if view == View::Organisations {
            let unnamed: Vec<i64> = groups.iter().map(|g| g.id).filter(|id| !organisations.iter().any(|(o, _)| o == id)).collect();
            organisations.extend(reports::organisation_names(conn, &scope, &unnamed)?);
        }
        Ok(Loaded { groups, rows, next, courses, organisations })
    })
    .await
}

fn names(loaded: &Loaded, ctx: &PageCtx, default: &str) -> Vec<(i64, String)> {
    loaded.courses.iter().map(|v| (v.id(), v.title(ctx.locale().code(), default))).collect()
}

async fn report(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    q: web::Query<ReportQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ViewTrainingReports)?;
    let query = q.into_inner();
    let view = View::parse(&query.view);
    let mut loaded = load(&user, &query, view, PAGE, &state).await?;
    let courses = names(&loaded, &ctx, tenant.0.default_locale.code());
    for g in &mut loaded.groups {
        g.name = match view {
            View::Courses => courses.iter().find(|(c, _)| *c == g.id).map(|(_, n)| n.clone()).unwrap_or_default(),
            _ => loaded.organisations.iter().find(|(o, _)| *o == g.id).map(|(_, n)| n.clone()).unwrap_or_default(),
        };
    }
    loaded.groups.sort_by_key(|g| g.name.to_lowercase());
    let base = query.query(view);
    let next = loaded.next.map(|after| format!("/training/reports?{base}&after={after}"));
    let page = ReportPage {
        links: format!("/training/reports.csv?{base}"),
        view: view.as_str(),
        groups: loaded.groups,
        rows: loaded.rows,
        next,
        courses,
        organisations: loaded.organisations,
        staff: user.scope.partner_org_id().is_none(),
        statuses: ReportStatus::ALL.to_vec(),
        query,
        ctx,
    };
    render(StatusCode::OK, &page)
}

/// The same report as CSV — every row the filters keep, up to 100,000 (not
/// one page) — cells neutralised.
async fn report_csv(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    q: web::Query<ReportQuery>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ViewTrainingReports)?;
    let query = ReportQuery { after: String::new(), ..q.into_inner() };
    let view = View::parse(&query.view);
    let loaded = load(&user, &query, view, 100_000, &state).await?;
    let courses = names(&loaded, &ctx, tenant.0.default_locale.code());
    let status_heads: Vec<String> = ReportStatus::ALL.iter().map(|s| ctx.t(&format!("report-status-{}", s.as_str()))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    match view {
        View::People => {
            out.push(vec![
                ctx.t("report-person"),
                ctx.t("report-email"),
                ctx.t("report-organisation"),
                ctx.t("report-course"),
                ctx.t("report-status"),
                ctx.t("report-progress"),
                ctx.t("cert-expires"),
            ]);
            for r in &loaded.rows {
                out.push(vec![
                    r.user_name.clone(),
                    r.email.clone(),
                    r.organisation.clone(),
                    courses.iter().find(|(c, _)| *c == r.enrolment.course_id).map(|(_, n)| n.clone()).unwrap_or_default(),
                    ctx.t(&format!("report-status-{}", r.status.as_str())),
                    r.percent.to_string(),
                    r.certificate.and_then(|(_, e)| e).map(|d| d.to_string()).unwrap_or_default(),
                ]);
            }
        }
        View::Courses | View::Organisations => {
            let head = if view == View::Courses { ctx.t("report-course") } else { ctx.t("report-organisation") };
            out.push([vec![head, ctx.t("report-enrolled")], status_heads].concat());
            let mut groups: Vec<(String, &Counts)> = loaded
                .groups
                .iter()
                .map(|g| {
                    let name = match view {
                        View::Courses => courses.iter().find(|(c, _)| *c == g.id).map(|(_, n)| n.clone()).unwrap_or_default(),
                        _ => loaded.organisations.iter().find(|(o, _)| *o == g.id).map(|(_, n)| n.clone()).unwrap_or_default(),
                    };
                    (name, &g.counts)
                })
                .collect();
            groups.sort_by_key(|(n, _)| n.to_lowercase());
            for (name, counts) in groups {
                let mut row = vec![name, counts.enrolled.to_string()];
                row.extend(ReportStatus::ALL.iter().map(|s| counts.get(*s).to_string()));
                out.push(row);
            }
        }
    }
    Ok(csv::attachment(csv::write_for_spreadsheets(&out)?, &format!("training-{}.csv", view.as_str())))
}

// ---- certification requirements ----

#[derive(Template)]
#[template(path = "training/certification.html")]
struct CertificationPage {
    ctx: PageCtx,
    tiers: Vec<Tier>,
    courses: Vec<(i64, String)>,
    requirements: Vec<Requirement>,
    at_risk: Vec<AtRisk>,
    show_organisation: bool,
    errors: FieldErrors,
    typed: RequirementForm,
    /// The settings form: each tier's grace period as typed, with its message.
    graces: Vec<Grace>,
    can_edit: bool,
    can_see_partners: bool,
}

/// One tier's grace period on the settings form.
pub struct Grace {
    tier_id: i64,
    tier: String,
    typed: String,
    error: Option<String>,
}

/// What a failed form brings back to the certification page.
enum Typed {
    Requirement(RequirementForm, FieldErrors),
    Settings(Vec<Grace>, bool),
}

impl CertificationPage {
    fn course_name(&self, id: &i64) -> String {
        self.courses.iter().find(|(c, _)| c == id).map(|(_, n)| n.clone()).unwrap_or_default()
    }

    fn of_tier(&self, tier: &Tier) -> Vec<&Requirement> {
        self.requirements.iter().filter(|r| r.tier_id == tier.id).collect()
    }

    fn compliance(&self, c: &requirements::Compliance) -> String {
        self.ctx.t(&format!("compliance-{}", c.as_str()))
    }
}

#[derive(Default, Deserialize, Clone)]
pub struct RequirementForm {
    #[serde(default)]
    tier: String,
    #[serde(default)]
    course: String,
    #[serde(default)]
    people: String,
}

async fn certification_page(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &CurrentTenant,
    typed: Option<Typed>,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let scope = user.scope;
    let can_see_partners = user.can(Permission::ManagePartners);
    let today = db::now().date();
    let (tiers, views, requirements, at_risk) = db::run(&state.pool, move |conn| {
        let at_risk = if can_see_partners { requirements::at_risk(conn, &scope, today)? } else { Vec::new() };
        Ok((tenancy::tiers(conn, &scope)?, course::list(conn, &scope)?, requirements::list(conn, &scope)?, at_risk))
    })
    .await?;
    let default = tenant.0.default_locale.code();
    let courses = views.iter().map(|v| (v.id(), v.title(ctx.locale().code(), default))).collect();
    let fresh = || RequirementForm { people: "1".into(), ..RequirementForm::default() };
    let stored =
        tiers.iter().map(|t| Grace { tier_id: t.id, tier: t.name.clone(), typed: t.grace_days.to_string(), error: None }).collect();
    let mut show_organisation = tenant.0.settings.verify_shows_organisation != 0;
    let (typed, errors, graces, status) = match typed {
        Some(Typed::Requirement(form, errors)) => (form, errors, stored, StatusCode::UNPROCESSABLE_ENTITY),
        Some(Typed::Settings(graces, shown)) => {
            show_organisation = shown;
            (fresh(), FieldErrors::new(), graces, StatusCode::UNPROCESSABLE_ENTITY)
        }
        None => (fresh(), FieldErrors::new(), stored, StatusCode::OK),
    };
    let page = CertificationPage {
        show_organisation,
        graces,
        can_edit: user.can(Permission::ManageTenant),
        can_see_partners,
        ctx,
        tiers,
        courses,
        requirements,
        at_risk,
        errors,
        typed,
    };
    render(status, &page)
}

async fn certification(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if !user.can(Permission::ManageTenant) {
        user.require(Permission::ManagePartners)?;
    }
    certification_page(ctx, &user, &tenant, None, &state).await
}

async fn add_requirement(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    form: web::Form<RequirementForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let form = form.into_inner();
    let mut errors = FieldErrors::new();
    let people = validate::whole_number(ctx.translator(), &mut errors, "people", &form.people, 1..=1_000, true);
    let (tier, course_id) = (form.tier.parse::<i64>().ok(), form.course.parse::<i64>().ok());
    if tier.is_none() {
        errors.add("tier", ctx.t("form-invalid-choice"));
    }
    if course_id.is_none() {
        errors.add("course", ctx.t("form-invalid-choice"));
    }
    let (Some(people), Some(tier), Some(course_id)) = (people, tier, course_id) else {
        return certification_page(ctx, &user, &tenant, Some(Typed::Requirement(form, errors)), &state).await;
    };
    let (scope, who) = (user.scope, user.actor());
    let saved = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let saved = requirements::set(c, &scope, tier, course_id, people)?;
            if saved {
                let changes = serde_json::json!({ "course": course_id, "people": people });
                audit::record(c, &scope, &who, &Entry::new("tier.requirement_set", "tier", tier).changes(changes))?;
            }
            Ok::<_, AppError>(saved)
        })
    })
    .await?;
    if !saved {
        let mut errors = FieldErrors::new();
        errors.add("course", ctx.t("form-invalid-choice"));
        return certification_page(ctx, &user, &tenant, Some(Typed::Requirement(form, errors)), &state).await;
    }
    Ok(see_other("/admin/certification", Flash::success("requirement-saved")))
}

async fn remove_requirement(user: CurrentUser, id: web::Path<i64>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let id = id.into_inner();
    let (scope, who) = (user.scope, user.actor());
    let removed = db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            let existing = requirements::list(c, &scope)?.into_iter().find(|r| r.id == id);
            let Some(existing) = existing else { return Ok::<_, AppError>(false) };
            requirements::remove(c, &scope, id)?;
            let changes = serde_json::json!({ "course": existing.course_id, "removed": true });
            audit::record(c, &scope, &who, &Entry::new("tier.requirement_removed", "tier", existing.tier_id).changes(changes))?;
            Ok(true)
        })
    })
    .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    Ok(see_other("/admin/certification", Flash::success("requirement-removed")))
}

/// Grace periods per tier (`grace_{tier}`) and whether verification pages
/// name the holder's organisation.
async fn save_settings(
    ctx: PageCtx,
    user: CurrentUser,
    tenant: CurrentTenant,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    user.require(Permission::ManageTenant)?;
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let show_organisation = pairs.iter().any(|(k, v)| k == "show_organisation" && v == "1");
    let scope = user.scope;
    let tiers = db::run(&state.pool, move |conn| Ok(tenancy::tiers(conn, &scope)?)).await?;
    let mut graces = Vec::new();
    let mut typed_graces = Vec::new();
    for tier in &tiers {
        let typed = pairs.iter().find(|(k, _)| *k == format!("grace_{}", tier.id)).map(|(_, v)| v.clone()).unwrap_or_default();
        let mut errors = FieldErrors::new();
        if let Some(days) = validate::whole_number(ctx.translator(), &mut errors, "grace", &typed, 0..=365, true) {
            graces.push((tier.id, days));
        }
        let error = errors.get("grace").map(str::to_string);
        typed_graces.push(Grace { tier_id: tier.id, tier: tier.name.clone(), typed, error });
    }
    if graces.len() < tiers.len() {
        return certification_page(ctx, &user, &tenant, Some(Typed::Settings(typed_graces, show_organisation)), &state).await;
    }
    let who = user.actor();
    db::run(&state.pool, move |conn| {
        db::transaction(conn, |c| {
            for (tier, days) in &graces {
                requirements::set_grace_days(c, &scope, *tier, *days)?;
            }
            tenancy::set_verify_shows_organisation(c, &scope, show_organisation)?;
            let changes = serde_json::json!({ "grace_days": graces, "verify_shows_organisation": show_organisation });
            audit::record(c, &scope, &who, &Entry::new("certification.settings", "tenant", scope.tenant_id()).changes(changes))?;
            Ok::<_, AppError>(())
        })
    })
    .await?;
    Ok(see_other("/admin/certification", Flash::success("form-saved")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/training/reports", report)
        .get("/training/reports.csv", report_csv)
        .get("/admin/certification", certification)
        .post("/admin/certification/requirements", add_requirement)
        .post("/admin/certification/requirements/{id}/delete", remove_requirement)
        .post("/admin/certification/settings", save_settings);
}
