//! The tenant's public pages: the home page and the branding it is drawn with
//! (colours as CSS, the logo). On the platform host `/` is the landing page.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, web};

use askama::Template;
use chrono::NaiveDateTime;

use crate::dashboard::{self, DealLine, EditorHome, ManagerHome, PartnerHome, SetupStep};
use crate::db;
use crate::deals::model::Viewer;
use crate::deals::state::DealStatus;
use crate::error::AppError;
use crate::i18n;
use crate::identity::auth::CurrentUser;
use crate::identity::rbac::{Permission, Role};
use crate::state::AppState;
use crate::storage::store::Key;
use crate::tenancy::branding::{DEFAULT_ACCENT, DEFAULT_PRIMARY, is_hex_color, readable_text_on};
use crate::tenancy::model::{self, Tier};
use crate::tenancy::plans::Feature;
use crate::tenancy::site::Site;
use crate::training::requirements::Standing;
use crate::web::chart::{Chart, bar_chart};
use crate::web::ctx::PageCtx;
use crate::web::extract::CurrentTenant;
use crate::web::files::{self, Caching, Disposition};
use crate::web::render::render;

#[derive(Template)]
#[template(path = "tenancy/home.html")]
struct HomePage {
    ctx: PageCtx,
    paragraphs: Vec<String>,
    updated: Option<String>,
}

/// What a signed-in person's home shows, by role.
enum Board {
    Partner {
        home: Box<PartnerHome>,
        /// Titles of the courses the home names (in progress, expiring).
        course_titles: Vec<(i64, String)>,
        /// Recent notices: (text, link, when).
        notices: Vec<(String, String, NaiveDateTime)>,
    },
    Staff {
        manager: Option<ManagerHome>,
        setup: Vec<(SetupStep, bool)>,
        editor: Option<EditorHome>,
    },
}

#[derive(Template)]
#[template(path = "tenancy/dashboard.html")]
struct DashboardPage {
    ctx: PageCtx,
    board: Board,
    name: String,
}

impl DashboardPage {
    /// A value converted into the reporting currency, saying so (and how
    /// many deals could not be, their currency having no rate).
    fn converted(&self, value: i64, unvalued: i64, currency: &str) -> String {
        let money = self.ctx.t_with("money-converted", "value", i18n::format_money(self.ctx.locale(), value, currency));
        if unvalued == 0 { money } else { format!("{money} · {}", self.ctx.t_count("analytics-unvalued", unvalued)) }
    }

    fn won(&self, home: &PartnerHome) -> String {
        self.converted(home.won_value, home.won_unvalued, &home.reporting)
    }

    /// What the next tier asks of won business, as "what we have of what it asks".
    fn won_value_of(&self, home: &PartnerHome, tier: &Tier) -> String {
        let money = |v| i18n::format_money(self.ctx.locale(), v, &home.reporting);
        self.ctx.t_with2("dash-of", "have", money(home.won_value), "need", money(tier.min_won_value))
    }

    /// A progress bar's value: what there is, up to what is asked.
    fn capped(&self, have: &i64, need: i64) -> i64 {
        (*have).clamp(0, need)
    }

    fn won_deals_of(&self, home: &PartnerHome, tier: &Tier) -> String {
        self.ctx.t_with2(
            "dash-of",
            "have",
            self.ctx.format_number(home.won_deals),
            "need",
            self.ctx.format_number(i64::from(tier.min_won_deals)),
        )
    }

    fn deal_value(&self, line: &DealLine) -> String {
        i18n::format_money(self.ctx.locale(), line.value_minor, &line.currency)
    }

    fn deal_status(&self, line: &DealLine) -> String {
        DealStatus::parse(&line.status).map(|s| self.ctx.t(&s.message_id())).unwrap_or_default()
    }

    fn compliance(&self, standing: &Standing) -> String {
        self.ctx.t(&format!("compliance-{}", standing.compliance.as_str()))
    }

    fn days_since(&self, at: &NaiveDateTime) -> String {
        self.ctx.t_count("dash-days-ago", (db::now() - *at).num_days().max(0))
    }

    fn step_label(&self, step: &SetupStep) -> String {
        self.ctx.t(&format!("setup-{}", step.key()))
    }

    fn step_hint(&self, step: &SetupStep) -> String {
        self.ctx.t(&format!("setup-{}-hint", step.key()))
    }

    fn setup_progress(&self, steps: &[(SetupStep, bool)]) -> String {
        self.ctx.t_with2("setup-progress", "done", steps.iter().filter(|(_, d)| *d).count(), "total", steps.len())
    }

    fn setup_done(&self, steps: &[(SetupStep, bool)]) -> bool {
        steps.iter().all(|(_, d)| *d)
    }

    fn pipeline(&self, manager: &ManagerHome) -> Chart {
        let rows = manager
            .pipeline
            .iter()
            .map(|(status, count, value, unvalued)| {
                let label = DealStatus::parse(status).map(|s| self.ctx.t(&s.message_id())).unwrap_or_default();
                (label, *count, self.converted(*value, *unvalued, &manager.reporting))
            })
            .collect();
        bar_chart(&self.ctx, "pipeline", self.ctx.t("dash-pipeline"), Some("analytics-summary"), rows)
    }

    fn quarter(&self, manager: &ManagerHome) -> String {
        self.ctx.t_with("dash-since", "date", self.ctx.format_day(&manager.quarter_start))
    }

    fn course_title(&self, id: &i64) -> String {
        match &self.board {
            Board::Partner { course_titles, .. } => course_titles.iter().find(|(c, _)| c == id).map(|(_, t)| t.clone()).unwrap_or_default(),
            Board::Staff { .. } => String::new(),
        }
    }

    fn count(&self, n: &i64) -> String {
        self.ctx.format_number(*n)
    }
}

/// A signed-in person's home: what their role works on.
async fn dashboard(
    ctx: PageCtx,
    user: &CurrentUser,
    tenant: &crate::tenancy::site::TenantContext,
    state: &AppState,
) -> Result<HttpResponse, AppError> {
    let now = db::now();
    let (locale, default) = (ctx.locale().code().to_string(), tenant.default_locale.code().to_string());
    let board = if let Some(org_id) = user.scope.partner_org_id() {
        let viewer = Viewer::of(user);
        let (user_id, admin) = (user.user.id, user.role == Role::PartnerAdmin);
        let scope = user.scope.tenant_only();
        let (home, course_titles, notices) = db::run(&state.pool, move |conn| {
            let home = dashboard::partner(conn, &viewer, user_id, org_id, admin, now)?;
            let mut ids: Vec<i64> = home.courses_in_progress.iter().copied().chain(home.expiring.iter().map(|c| c.course_id)).collect();
            ids.extend(home.requirements.iter().chain(&home.next_requirements).map(|s| s.requirement.course_id));
            let texts = crate::training::course::texts_of(conn, &scope, &ids)?;
            let titles = texts
                .into_iter()
                .map(|(id, texts)| (id, i18n::pick(&texts, &locale, &default).text.map(|t| t.title.clone()).unwrap_or_default()))
                .collect();
            let notices = crate::notifications::recent(conn, &scope, user_id, 5)?;
            Ok((home, titles, notices))
        })
        .await?;
        let notices = notices
            .iter()
            .map(|n| (crate::notifications::text(ctx.translator(), &n.message_key, &n.args), n.link.clone(), n.created_at))
            .collect();
        Board::Partner { home: Box::new(home), course_titles, notices }
    } else {
        let scope = user.scope;
        let sees_deals = user.can(Permission::ReviewDeals);
        let sets_up = user.can(Permission::ManageTenant);
        let authors = user.can(Permission::AuthorContent);
        let with_sso = tenant.plan.has(Feature::Sso);
        let enabled = tenant.enabled_locales.clone();
        let (manager, setup, editor) = db::run(&state.pool, move |conn| {
            let manager = if sees_deals { Some(dashboard::manager(conn, &scope, now)?) } else { None };
            let setup = if sets_up { dashboard::setup(conn, &scope, with_sso)? } else { Vec::new() };
            let editor = if authors && !sets_up { Some(dashboard::editor(conn, &scope, &enabled, now)?) } else { None };
            Ok((manager, setup, editor))
        })
        .await?;
        Board::Staff { manager, setup, editor }
    };
    let name = user.user.display_name.clone();
    render(StatusCode::OK, &DashboardPage { ctx, board, name })
}

/// `/`: the signed-in person's home, the tenant's home page for visitors,
/// or the platform's landing page.
async fn home(site: Site, ctx: PageCtx, user: Option<CurrentUser>, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let tenant = match site {
        Site::Platform => return super::landing::page(ctx, &state.config),
        Site::Tenant(t) => t,
    };
    if let Some(user) = user {
        return dashboard(ctx, &user, &tenant, &state).await;
    }
    let scope = tenant.scope;
    let (locale, fallback) = (ctx.locale(), tenant.default_locale);
    let welcome = crate::db::run(&state.pool, move |conn| Ok(model::welcome(conn, &scope, locale, fallback)?)).await?;
    let (paragraphs, updated) = match welcome {
        Some((body, at)) => (split_paragraphs(&body), Some(ctx.format_date(at))),
        // Only what the portal offers: campaigns are part of some plans only.
        None => {
            let key = if tenant.plan.has(Feature::Campaigns) { "home-fallback-welcome" } else { "home-fallback-welcome-no-campaigns" };
            (vec![ctx.t_with(key, "vendor", &tenant.tenant.name)], None)
        }
    };
    render(StatusCode::OK, &HomePage { ctx, paragraphs, updated })
}

/// Plain text with blank lines between paragraphs (escaped by the template).
fn split_paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// `/branding.css`: the tenant's colours as CSS custom properties.
async fn branding_css(tenant: CurrentTenant) -> HttpResponse {
    let s = &tenant.0.settings;
    let primary = if is_hex_color(&s.primary_color) { s.primary_color.as_str() } else { DEFAULT_PRIMARY };
    let accent = if is_hex_color(&s.accent_color) { s.accent_color.as_str() } else { DEFAULT_ACCENT };
    let css = format!(
        ":root {{\n  --brand-primary: {primary};\n  --brand-on-primary: {};\n  --brand-accent: {accent};\n  --brand-on-accent: {};\n}}\n",
        readable_text_on(primary),
        readable_text_on(accent),
    );
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(css)
}

const LOGO_TYPES: [&str; 4] = ["image/png", "image/jpeg", "image/webp", "image/svg+xml"];

/// `/branding/logo`: the tenant's logo from the storage.
async fn logo(tenant: CurrentTenant, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let s = &tenant.0.settings;
    let (Some(stored), Some(mime)) = (s.logo_path.as_deref(), s.logo_mime.as_deref()) else {
        return Err(AppError::NotFound);
    };
    // Stored keys are ours (t/<tenant>/branding/…); refuse anything else.
    let scope = tenant.0.tenant.scope().map_err(|_| AppError::NotFound)?;
    let key = Key::stored(&scope, stored).ok_or(AppError::NotFound)?;
    if !LOGO_TYPES.contains(&mime) {
        return Err(AppError::NotFound);
    }
    let mut response = files::serve(&state.storage, &key, mime, "logo", Disposition::Inline, Caching::Immutable).await?;
    // The portal's own logo may sit in any shared cache.
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("public, max-age=31536000, immutable"));
    Ok(response)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/", home).get("/branding.css", branding_css).get("/branding/logo", logo);
}
