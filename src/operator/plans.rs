//! The operator edits plans: name, limits (empty for unlimited) and
//! features. A change applies to every tenant on the plan from its next
//! request on.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::console::platform_only;
use crate::audit::{self, Actor, Entry};
use crate::db;
use crate::error::AppError;
use crate::i18n::Translator;
use crate::platform::operators::CurrentOperator;
use crate::state::AppState;
use crate::tenancy::plans::{self, Plan, PlanValues};
use crate::tenancy::site::Site;
use crate::validate::{self, FieldErrors};
use crate::web::ctx::PageCtx;
use crate::web::flash::Flash;
use crate::web::redirect::see_other;
use crate::web::render::render;

const MIB: i64 = 1024 * 1024;

/// A plan as its form shows it: limits as typed (storage in MiB).
#[derive(Debug, Default, Clone, Deserialize)]
pub struct PlanForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    max_partners: String,
    #[serde(default)]
    max_users: String,
    #[serde(default)]
    max_storage_mib: String,
    #[serde(default)]
    max_emails_month: String,
    #[serde(default)]
    feature_sso: Option<String>,
    #[serde(default)]
    feature_campaigns: Option<String>,
    #[serde(default)]
    feature_api: Option<String>,
}

impl PlanForm {
    fn of(plan: &Plan) -> Self {
        let text = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        let on = |flag: i32| (flag != 0).then(|| "on".to_string());
        PlanForm {
            name: plan.name.clone(),
            max_partners: text(plan.max_partners),
            max_users: text(plan.max_users),
            max_storage_mib: text(plan.max_storage_bytes.map(|b| b / MIB)),
            max_emails_month: text(plan.max_emails_month),
            feature_sso: on(plan.feature_sso),
            feature_campaigns: on(plan.feature_campaigns),
            feature_api: on(plan.feature_api),
        }
    }

    fn validate(&self, t: &Translator) -> Result<PlanValues, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validate::required_text(t, &mut errors, "name", &self.name, 60);
        // Empty: unlimited. Otherwise a whole number from 0 to a billion.
        let limit = |errors: &mut FieldErrors, field: &'static str, text: &str| -> Option<i64> {
            let text = text.trim().replace(['_', ',', '.', ' '], "");
            if text.is_empty() {
                return None;
            }
            match text.parse::<i64>() {
                Ok(n) if (0..=1_000_000_000).contains(&n) => Some(n),
                _ => {
                    errors.add(field, t.t("operator-plan-limit-invalid"));
                    None
                }
            }
        };
        let max_partners = limit(&mut errors, "max_partners", &self.max_partners);
        let max_users = limit(&mut errors, "max_users", &self.max_users);
        let max_storage_bytes = limit(&mut errors, "max_storage_mib", &self.max_storage_mib).map(|m| m * MIB);
        let max_emails_month = limit(&mut errors, "max_emails_month", &self.max_emails_month);
        let flag = |v: &Option<String>| i32::from(v.is_some());
        errors.into_result(PlanValues {
            name,
            max_partners,
            max_users,
            max_storage_bytes,
            max_emails_month,
            feature_sso: flag(&self.feature_sso),
            feature_campaigns: flag(&self.feature_campaigns),
            feature_api: flag(&self.feature_api),
            updated_at: db::now(),
        })
    }
}

/// One plan's form on the page, with the messages of its last submission.
pub struct PlanEditor {
    pub key: String,
    pub form: PlanForm,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "platform/plans.html")]
struct PlansPage {
    ctx: PageCtx,
    editors: Vec<PlanEditor>,
}

async fn page_with(ctx: PageCtx, state: &AppState, failed: Option<PlanEditor>, status: StatusCode) -> Result<HttpResponse, AppError> {
    let all = db::run(&state.pool, |conn| Ok(plans::all(conn)?)).await?;
    let mut failed = failed;
    let editors = all
        .iter()
        .map(|p| match failed.take_if(|f| f.key == p.key) {
            Some(f) => f,
            None => PlanEditor { key: p.key.clone(), form: PlanForm::of(p), errors: FieldErrors::new() },
        })
        .collect();
    render(status, &PlansPage { ctx, editors })
}

async fn list(ctx: PageCtx, site: Site, _operator: CurrentOperator, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    page_with(ctx, &state, None, StatusCode::OK).await
}

async fn save(
    ctx: PageCtx,
    site: Site,
    operator: CurrentOperator,
    actor: Actor,
    key: web::Path<String>,
    form: web::Form<PlanForm>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    platform_only(&site)?;
    let (key, form) = (key.into_inner(), form.into_inner());
    let values = match form.validate(ctx.translator()) {
        Ok(values) => values,
        Err(errors) => return page_with(ctx, &state, Some(PlanEditor { key, form, errors }), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let target = key.clone();
    let updated = db::run(&state.pool, move |conn| {
        Ok(db::transaction(conn, |c| {
            let updated = plans::update(c, &target, &values)?;
            if updated > 0 {
                let changes = serde_json::json!({
                    "name": values.name,
                    "max_partners": values.max_partners,
                    "max_users": values.max_users,
                    "max_storage_bytes": values.max_storage_bytes,
                    "max_emails_month": values.max_emails_month,
                    "sso": values.feature_sso != 0,
                    "campaigns": values.feature_campaigns != 0,
                    "api": values.feature_api != 0,
                });
                audit::record_platform(c, &actor, &Entry::new("plan.updated", "plan", &target).changes(changes))?;
            }
            Ok::<_, diesel::result::Error>(updated)
        })?)
    })
    .await?;
    if updated == 0 {
        return Err(AppError::NotFound);
    }
    tracing::info!(operator_id = operator.id, plan = key.as_str(), "platform.plan_edited");
    Ok(see_other("/operator/plans", Flash::success("operator-plan-saved")))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/operator/plans", list).post("/operator/plans/{key}", save);
}
