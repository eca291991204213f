//! `PageCtx`: what every page needs to render — strings in the request's
//! locale, the site's branding, asset URLs, the flash message, the request id.
//! Templates ask it for every visible string (`ctx.t("nav-home")`).

use std::future::{Ready, ready};
use std::sync::Arc;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};

use super::flash::{Flash, FlashShown};
use crate::assets::Assets;
use crate::error::AppError;
use crate::i18n::{self, Locale, Translator};
use crate::identity::auth::{AuthUser, CurrentUser};
use crate::identity::rbac::Permission;
use crate::state::AppState;
use crate::telemetry::RequestId;
use crate::tenancy::model::FooterLink;
use crate::tenancy::plans::Feature;
use crate::tenancy::site::{Site, TenantContext};
use crate::tenancy::usage::Metric;
use actix_session::SessionExt;

pub struct PageCtx {
    translator: Translator,
    session: actix_session::Session,
    user: Option<CurrentUser>,
    unread: i64,
    site: Option<Site>,
    assets: Arc<Assets>,
    pub request_id: String,
    pub flash: Option<FlashView>,
    /// Path and query of this page, for forms that come back to it.
    pub current_path: String,
    /// The session's CSRF token, read once per page (rows of a list each carry it).
    csrf: std::cell::OnceCell<String>,
}

pub struct FlashView {
    pub kind: &'static str,
    pub text: String,
}

/// One entry of the language switcher.
pub struct LocaleOption {
    pub code: &'static str,
    pub language: &'static str,
    pub name: String,
    pub current: bool,
}

/// One link of a group in the main navigation.
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

impl PageCtx {
    /// Builds the context from what the middleware put on the request.
    pub fn from_http(req: &HttpRequest) -> Result<Self, AppError> {
        let state =
            req.app_data::<web::Data<AppState>>().ok_or_else(|| AppError::Internal(anyhow::anyhow!("application state missing")))?;
        let extensions = req.extensions();
        let translator = extensions.get::<Translator>().cloned().unwrap_or_else(|| Translator::plain(Locale::EnUs));
        let site = extensions.get::<Site>().cloned();
        let user = extensions.get::<CurrentUser>().cloned();
        let unread = extensions.get::<crate::web::resolve::UnreadCount>().map_or(0, |u| u.0);
        let request_id = extensions.get::<RequestId>().map(|r| r.0.clone()).unwrap_or_default();
        drop(extensions);

        let flash = Flash::from_request(req, state.config.secret_key.as_bytes()).map(|flash| {
            req.extensions_mut().insert(FlashShown);
            let args: Vec<(&str, &str)> = flash.args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            FlashView { kind: flash.kind.as_str(), text: translator.t_args(&flash.message_id, &args) }
        });
        let current_path = match req.uri().path_and_query() {
            Some(pq) => pq.as_str().to_string(),
            None => "/".to_string(),
        };
        let session = req.get_session();
        Ok(Self {
            translator,
            session,
            user,
            unread,
            site,
            assets: state.assets.clone(),
            request_id,
            flash,
            current_path,
            csrf: std::cell::OnceCell::new(),
        })
    }

    /// The CSRF token for a form on this page (creates the session's token).
    pub fn csrf(&self) -> &str {
        self.csrf.get_or_init(|| crate::web::session::csrf_token(&self.session))
    }

    /// A new one-time key for a form that creates something.
    pub fn fresh_form_key(&self) -> String {
        crate::tenancy::form_keys::fresh()
    }

    /// `hx-headers` for `<body>`: the token if the session has one already.
    pub fn htmx_headers(&self) -> Option<String> {
        let token = self.session.get::<String>(crate::web::session::CSRF).ok().flatten()?;
        Some(serde_json::json!({ "X-CSRF-Token": token }).to_string())
    }

    pub fn user(&self) -> Option<&AuthUser> {
        self.user.as_deref()
    }

    /// The one role → permission map, asked by templates.
    pub fn can(&self, permission: Permission) -> bool {
        self.user().is_some_and(|u| u.can(permission))
    }

    /// Whether to show the tenant administration link.
    pub fn can_administer(&self) -> bool {
        [Permission::ManageTenant, Permission::ManageUsers, Permission::ManageIdentityProviders, Permission::ManagePartners]
            .into_iter()
            .any(|p| self.can(p))
    }

    /// Whether this page is in the section under `prefix` (navigation).
    pub fn in_section(&self, prefix: &str) -> bool {
        self.current_path.starts_with(prefix)
    }

    /// Where the asset library is for this person: the editors' pages for
    /// those who author content, the library for partners.
    pub fn assets_link(&self) -> Option<&'static str> {
        let user = self.user().filter(|_| self.has_feature(Feature::Campaigns))?;
        if user.can(Permission::AuthorContent) {
            Some("/admin/assets")
        } else if !user.role.is_vendor_staff() {
            Some("/assets")
        } else {
            None
        }
    }

    /// Where campaigns are for this person (as [`PageCtx::assets_link`]).
    pub fn campaigns_link(&self) -> Option<&'static str> {
        self.assets_link().map(|link| if link.starts_with("/admin") { "/admin/campaigns" } else { "/campaigns" })
    }

    /// Where training is for this person: the courses editors author, the
    /// catalogue partners take, or the reports other staff read.
    pub fn training_link(&self) -> Option<&'static str> {
        let user = self.user()?;
        if user.can(Permission::AuthorContent) {
            Some("/admin/courses")
        } else if user.can(Permission::TakeTraining) {
            Some("/training")
        } else if user.can(Permission::ViewTrainingReports) {
            Some("/training/reports")
        } else {
            None
        }
    }

    /// Partners' landing pages and the contact requests they brought.
    pub fn landing_pages_link(&self) -> Option<&'static str> {
        self.user().filter(|u| !u.role.is_vendor_staff() && self.has_feature(Feature::Campaigns)).map(|_| "/landing-pages")
    }

    /// The marketing links this person has (campaigns, assets, landing
    /// pages), grouped under one menu in the header when there are several.
    pub fn marketing_links(&self) -> Vec<NavLink> {
        [(self.campaigns_link(), "nav-campaigns"), (self.assets_link(), "nav-assets"), (self.landing_pages_link(), "nav-landing-pages")]
            .into_iter()
            .filter_map(|(link, label)| link.map(|href| NavLink { href, label: self.t(label), current: self.in_section(href) }))
            .collect()
    }

    /// Whether the page is one of the marketing links'.
    pub fn in_marketing(&self) -> bool {
        self.marketing_links().iter().any(|l| l.current)
    }

    /// Whether the tenant's plan includes `feature` (the platform host has
    /// no plan and no such features).
    pub fn has_feature(&self, feature: Feature) -> bool {
        self.tenant().is_some_and(|t| t.plan.has(feature))
    }

    /// For templates: whether SSO is part of the plan.
    pub fn has_sso(&self) -> bool {
        self.has_feature(Feature::Sso)
    }

    /// The bell's count.
    pub fn unread(&self) -> i64 {
        self.unread
    }

    pub fn can_use_deals(&self) -> bool {
        self.can(Permission::RegisterDeals) || self.can(Permission::ReviewDeals)
    }

    pub fn translator(&self) -> &Translator {
        &self.translator
    }

    pub fn t(&self, id: &str) -> String {
        self.translator.t(id)
    }

    /// The string `id` with one argument (`{ $name }`).
    /// A message that depends on a number (`$count` selects the plural form, `$n` shows it).
    pub fn t_count(&self, id: &str, count: i64) -> String {
        self.translator.t_count(id, count)
    }

    pub fn t_with(&self, id: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.translator.t_args(id, &[(name, &value.to_string())])
    }

    /// The string `id` with two arguments.
    pub fn t_with2(&self, id: &str, n1: &str, v1: impl std::fmt::Display, n2: &str, v2: impl std::fmt::Display) -> String {
        self.translator.t_args(id, &[(n1, &v1.to_string()), (n2, &v2.to_string())])
    }

    pub fn locale(&self) -> Locale {
        self.translator.locale()
    }

    /// For `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.translator.locale().code()
    }

    pub fn tenant(&self) -> Option<&TenantContext> {
        self.site.as_ref().and_then(Site::tenant)
    }

    /// False when no site answers this host (unknown-host pages).
    pub fn has_site(&self) -> bool {
        self.site.is_some()
    }

    pub fn has_tenant(&self) -> bool {
        self.tenant().is_some()
    }

    /// The portal's name, or the product's on the platform host.
    pub fn portal_name(&self) -> String {
        match self.tenant() {
            Some(t) => t.settings.portal_name.clone(),
            None => self.t("platform-title"),
        }
    }

    pub fn asset(&self, path: &str) -> String {
        self.assets.url(path)
    }

    /// The tenant's colours as a stylesheet, versioned by the settings' change time.
    pub fn branding_css_url(&self) -> Option<String> {
        self.tenant().map(|t| format!("/branding.css?v={}", t.settings.updated_at.and_utc().timestamp()))
    }

    pub fn logo_url(&self) -> Option<String> {
        self.tenant()
            .filter(|t| t.settings.logo_path.is_some())
            .map(|t| format!("/branding/logo?v={}", t.settings.updated_at.and_utc().timestamp()))
    }

    /// The switcher's entries: the site's enabled locales, each in its own language.
    pub fn locale_options(&self) -> Vec<LocaleOption> {
        let enabled = match &self.site {
            Some(site) => site.enabled_locales(),
            None => Vec::new(),
        };
        let current = self.locale();
        enabled
            .into_iter()
            .map(|l| LocaleOption {
                code: l.code(),
                language: l.language(),
                name: Translator::plain(l).t(l.name_message_id()),
                current: l == current,
            })
            .collect()
    }

    pub fn show_language_switcher(&self) -> bool {
        self.site.as_ref().is_some_and(|site| site.enabled_locales().len() > 1)
    }

    pub fn footer_links(&self) -> Vec<FooterLink> {
        self.tenant().map(|t| t.settings.footer_links()).unwrap_or_default()
    }

    /// Every country as (code, name) in the page's language, sorted by name.
    pub fn countries(&self) -> &'static [(&'static str, String)] {
        i18n::countries::list(self.locale())
    }

    /// A country code's name in the page's language (other text as it is).
    pub fn country_name(&self, code: &str) -> String {
        i18n::countries::name(self.locale(), code)
    }

    pub fn format_date(&self, at: chrono::NaiveDateTime) -> String {
        i18n::format_date(self.locale(), at)
    }

    /// A calendar day (a certificate's issue or expiry) for the locale.
    pub fn format_day(&self, day: &chrono::NaiveDate) -> String {
        self.format_date(day.and_hms_opt(0, 0, 0).unwrap_or_default())
    }

    /// A period of whole days (a campaign's), "start – end" for the locale.
    pub fn format_period(&self, start: chrono::NaiveDate, end: chrono::NaiveDate) -> String {
        self.t_with2("campaign-period-value", "start", self.format_day(&start), "end", self.format_day(&end))
    }

    pub fn format_datetime(&self, at: chrono::NaiveDateTime) -> String {
        i18n::format_datetime(self.locale(), at)
    }

    /// A file size for people (`820 KB`, `1.5 MB`).
    pub fn file_size(&self, bytes: i64) -> String {
        crate::i18n::file_size(self.locale(), bytes.max(0) as u64)
    }

    pub fn format_number(&self, n: i64) -> String {
        i18n::format_number(self.locale(), n)
    }

    /// A usage figure as people read it: bytes as a size, the rest as a number.
    pub fn usage_amount(&self, metric: Metric, value: i64) -> String {
        if metric == Metric::StorageBytes { self.file_size(value) } else { self.format_number(value) }
    }

    /// A plan's limit, or "unlimited".
    pub fn usage_limit(&self, metric: Metric, limit: Option<i64>) -> String {
        limit.map_or_else(|| self.t("usage-unlimited"), |l| self.usage_amount(metric, l))
    }
}

impl FromRequest for PageCtx {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(PageCtx::from_http(req))
    }
}

/// Who made an audit entry, as the log shows it: the address, or what kind
/// of actor it was (the command line, a job, a visitor).
pub fn audit_actor(ctx: &PageCtx, row: &crate::audit::AuditRow) -> String {
    if row.actor_label.is_empty() { ctx.t(&format!("audit-actor-{}", row.actor_kind)) } else { row.actor_label.clone() }
}
