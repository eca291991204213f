//! Campaigns through the API (read): each with its period, status, texts
//! per language, target tiers and assets; one with what its partners did.
//! Part of the plan's campaigns feature as well as the API.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::auth::ApiCaller;
use crate::campaigns::campaign::{self as model, CampaignView, PartnerStep};
use crate::db;
use crate::state::AppState;
use crate::tenancy::plans::{self, Feature};
use crate::web::api::{Problem, ProblemOut, answer, json_response, rfc3339};

/// A campaign's name and description in one language.
#[derive(Serialize, ToSchema)]
pub struct CampaignTextOut {
    /// BCP 47: `en-US`, `de-DE`, `fr-FR`, `es-ES` or `ja-JP`.
    locale: String,
    name: String,
    description: String,
}

/// A co-marketing campaign.
#[derive(Serialize, ToSchema)]
pub struct CampaignOut {
    id: i64,
    /// `draft`, `scheduled`, `active` or `ended` (from the period, unless a draft).
    #[schema(example = "active")]
    status: String,
    #[schema(format = Date)]
    starts_on: String,
    #[schema(format = Date)]
    ends_on: String,
    /// One entry per language it is written in.
    texts: Vec<CampaignTextOut>,
    /// The tiers it is for; empty: every tier.
    tier_ids: Vec<i64>,
    /// Assets of the library it offers, in order.
    asset_ids: Vec<i64>,
    #[schema(format = DateTime)]
    created_at: String,
}

/// What the partners of a campaign did.
#[derive(Serialize, ToSchema)]
pub struct CampaignResults {
    /// Partner organisations told it started.
    notified: usize,
    /// Partner organisations that opened it.
    viewed: usize,
    /// Partner organisations that activated it.
    activated: usize,
    /// Downloads of its assets made from it.
    downloads: i64,
}

/// A campaign with what its partners did.
#[derive(Serialize, ToSchema)]
pub struct CampaignDetail {
    #[serde(flatten)]
    campaign: CampaignOut,
    results: CampaignResults,
}

impl CampaignOut {
    fn of(view: &CampaignView, today: chrono::NaiveDate) -> CampaignOut {
        let c = &view.campaign;
        CampaignOut {
            id: c.id,
            status: c.status(today).as_str().to_string(),
            starts_on: c.starts_on.format("%Y-%m-%d").to_string(),
            ends_on: c.ends_on.format("%Y-%m-%d").to_string(),
            texts: view
                .texts
                .iter()
                .map(|t| CampaignTextOut { locale: t.locale.clone(), name: t.name.clone(), description: t.description.clone() })
                .collect(),
            tier_ids: view.tier_ids.clone(),
            asset_ids: view.asset_ids.clone(),
            created_at: rfc3339(c.created_at),
        }
    }
}

/// 403 `feature-off` when the plan has no campaigns.
fn require_campaigns(conn: &mut db::AnyConnection, caller: &ApiCaller) -> Result<Result<(), Problem>, crate::error::AppError> {
    if plans::of_tenant(conn, caller.scope.tenant_id())?.has(Feature::Campaigns) {
        return Ok(Ok(()));
    }
    Ok(Err(Problem::new(StatusCode::FORBIDDEN, "feature-off", "Feature off", "The portal's plan does not include campaigns.")))
}

/// List campaigns, newest period first.
#[utoipa::path(get, path = "/api/v1/campaigns", operation_id = "listCampaigns", tag = "campaigns",
    responses(
        (status = 200, description = "Every campaign, newest period first", body = Vec<CampaignOut>),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "The plan has no campaigns", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn list(caller: ApiCaller, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let today = db::now().date();
            db::read(&state.pool, move |conn| {
                if let Err(p) = require_campaigns(conn, &caller)? {
                    return Ok(Err(p));
                }
                let rows = model::list(conn, &caller.scope)?;
                Ok(Ok(rows.iter().map(|v| CampaignOut::of(v, today)).collect::<Vec<_>>()))
            })
            .await
            .map_err(Problem::from)?
            .map(|out| json_response(StatusCode::OK, &out))
        }
        .await,
    )
}

/// Read one campaign, with what its partners did.
#[utoipa::path(get, path = "/api/v1/campaigns/{id}", operation_id = "getCampaign", tag = "campaigns", params(("id" = i64, Path, description = "The campaign's id")),
    responses(
        (status = 200, description = "The campaign and its results", body = CampaignDetail),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "The plan has no campaigns", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such campaign in this portal", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn show(caller: ApiCaller, id: web::Path<i64>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (today, id) = (db::now().date(), id.into_inner());
            db::read(&state.pool, move |conn| {
                if let Err(p) = require_campaigns(conn, &caller)? {
                    return Ok(Err(p));
                }
                let Some(view) = model::find(conn, &caller.scope, id)? else { return Ok(Err(Problem::not_found())) };
                let stats = model::stats(conn, &caller.scope, id)?;
                let results = CampaignResults {
                    notified: stats.count(PartnerStep::Notified),
                    viewed: stats.count(PartnerStep::Viewed),
                    activated: stats.count(PartnerStep::Activated),
                    downloads: stats.downloads.values().sum(),
                };
                Ok(Ok(CampaignDetail { campaign: CampaignOut::of(&view, today), results }))
            })
            .await
            .map_err(Problem::from)?
            .map(|out| json_response(StatusCode::OK, &out))
        }
        .await,
    )
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/api/v1/campaigns", list).get("/api/v1/campaigns/{id}", show);
}
