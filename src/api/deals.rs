//! Deals through the API: the list with the page's filters, sort and keyset
//! cursors; one deal; its timeline. Money is integer minor units with the
//! currency, times are RFC 3339 UTC.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::ApiCaller;
use crate::db;
use crate::deals::model::{self, Cursor, Deal, DealFilter, SortKey, Viewer};
use crate::deals::state::DealStatus;
use crate::web::api::{ApiResult, Problem, answer, json_response, rfc3339};

/// An amount of money: integer minor units of the currency (cents, yen).
#[derive(Serialize, ToSchema)]
pub struct MoneyOut {
    #[schema(example = 1250000)]
    amount_minor: i64,
    /// ISO 4217.
    #[schema(example = "EUR")]
    currency: String,
}

/// The partner organisation a deal is registered by.
#[derive(Serialize, ToSchema)]
pub struct PartnerRef {
    id: i64,
    name: String,
}

/// The customer a deal is for.
#[derive(Serialize, ToSchema)]
pub struct CustomerOut {
    company: String,
    domain: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    contact_name: String,
    contact_email: String,
}

/// A deal registration.
#[derive(Serialize, ToSchema)]
pub struct DealOut {
    /// The deal's stable id (as in its page's address).
    id: String,
    partner: PartnerRef,
    /// The user who registered it.
    submitted_by: i64,
    customer: CustomerOut,
    value: MoneyOut,
    #[schema(format = Date)]
    expected_close: String,
    description: String,
    /// `draft`, `submitted`, `info_requested`, `approved`, `rejected`, `won`, `lost` or `expired`.
    #[schema(example = "submitted")]
    status: String,
    /// A possible conflict with another registration waits for a person.
    needs_review: bool,
    #[schema(format = DateTime)]
    protected_until: Option<String>,
    #[schema(format = DateTime)]
    created_at: String,
}

impl DealOut {
    pub(super) fn of(d: &Deal, partner: String) -> DealOut {
        DealOut {
            id: d.public_id.clone(),
            partner: PartnerRef { id: d.partner_org_id, name: partner },
            submitted_by: d.submitted_by,
            customer: CustomerOut {
                company: d.customer_company.clone(),
                domain: d.customer_domain.clone(),
                country: d.country.clone(),
                contact_name: d.contact_name.clone(),
                contact_email: d.contact_email.clone(),
            },
            value: MoneyOut { amount_minor: d.value_minor, currency: d.currency.clone() },
            expected_close: d.expected_close.format("%Y-%m-%d").to_string(),
            description: d.description.clone(),
            status: d.status.clone(),
            needs_review: d.needs_review != 0,
            protected_until: d.protected_until.map(rfc3339),
            created_at: rfc3339(d.created_at),
        }
    }
}

/// One page of deals.
#[derive(Serialize, ToSchema)]
pub struct DealList {
    items: Vec<DealOut>,
    /// The `after` of the next page; absent on the last page.
    next_after: Option<String>,
}

/// One event of a deal's timeline.
#[derive(Serialize, ToSchema)]
pub struct DealEventOut {
    /// `submit`, `approve`, `reject`, `request_info`, … (the state machine's actions), or `created`.
    action: String,
    from_status: Option<String>,
    to_status: Option<String>,
    /// The message to the partner (a reason, where one was needed).
    comment: String,
    /// The note vendor staff wrote for each other (never shown to the partner).
    internal_note: String,
    /// Who did it (empty for the system: expiry, auto-approval).
    actor: Option<String>,
    #[schema(format = DateTime)]
    at: String,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DealQuery {
    /// Only deals in this status.
    #[param(pattern = "^(draft|submitted|info_requested|approved|rejected|won|lost|expired)$")]
    status: Option<String>,
    /// Only deals of this partner organisation (its id).
    partner: Option<i64>,
    /// Only deals with this product (its id).
    product: Option<i64>,
    /// Registered on or after this day (YYYY-MM-DD).
    #[param(format = Date)]
    created_from: Option<String>,
    /// Registered on or before this day (YYYY-MM-DD).
    #[param(format = Date)]
    created_to: Option<String>,
    /// At least this value, in minor units.
    value_min: Option<i64>,
    /// At most this value, in minor units.
    value_max: Option<i64>,
    /// Part of the customer's company or domain.
    #[param(max_length = 100)]
    q: Option<String>,
    /// Only deals waiting for a person's review.
    needs_review: Option<bool>,
    /// `newest` (default), `oldest`, `value_desc`, `value_asc` or `close_asc`.
    #[param(pattern = "^(newest|oldest|value_desc|value_asc|close_asc)$")]
    sort: Option<String>,
    /// The `next_after` of the page before.
    #[param(pattern = "^(i[0-9]{1,18}|v-?[0-9]{1,18}\\.[0-9]{1,18}|d[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])\\.[0-9]{1,18})$")]
    after: Option<String>,
    /// 1–200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<i64>,
}

fn day(text: Option<&str>, field: &str, problem: &mut Option<Problem>) -> Option<NaiveDateTime> {
    let text = text?.trim();
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) => d.and_hms_opt(0, 0, 0),
        Err(_) => {
            let p = problem.take().unwrap_or_else(invalid_query);
            *problem = Some(p.field(field, "Use a day as YYYY-MM-DD."));
            None
        }
    }
}

/// A query parameter was refused: the problem the fields are added to.
pub(super) fn invalid_query() -> Problem {
    Problem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-query", "Invalid query", "A query parameter was refused; see errors.")
}

impl DealQuery {
    /// The filter, sort, cursor and page size, or a problem naming every refused parameter.
    fn parse(&self) -> Result<(DealFilter, SortKey, Option<Cursor>, i64), Problem> {
        let mut problem: Option<Problem> = None;
        let mut refuse = |field: &str, message: &str| {
            let p = problem.take().unwrap_or_else(invalid_query);
            problem = Some(p.field(field, message));
        };
        let status = match self.status.as_deref() {
            None => None,
            Some(s) => {
                let parsed = DealStatus::parse(s);
                if parsed.is_none() {
                    refuse("status", "Use draft, submitted, info_requested, approved, rejected, won, lost or expired.");
                }
                parsed
            }
        };
        let sort = match self.sort.as_deref() {
            None => SortKey::Newest,
            Some(s) if SortKey::ALL.iter().any(|k| k.as_str() == s) => SortKey::parse(s),
            Some(_) => {
                refuse("sort", "Use newest, oldest, value_desc, value_asc or close_asc.");
                SortKey::Newest
            }
        };
        let after = match self.after.as_deref() {
            None => None,
            Some(text) => {
                let cursor = Cursor::decode(text);
                if cursor.is_none() {
                    refuse("after", "Use the next_after of the page before.");
                }
                cursor
            }
        };
        let limit = self.limit.unwrap_or(50);
        if !(1..=200).contains(&limit) {
            refuse("limit", "Use 1 to 200.");
        }
        let search = self.q.as_deref().map(crate::validate::without_controls).filter(|s| !s.trim().is_empty());
        if search.as_ref().is_some_and(|s| s.chars().count() > 100) {
            refuse("q", "Use at most 100 characters.");
        }
        let created_from = day(self.created_from.as_deref(), "created_from", &mut problem);
        let created_to = day(self.created_to.as_deref(), "created_to", &mut problem).map(|d| d + chrono::Duration::days(1));
        if let Some(p) = problem {
            return Err(p);
        }
        let filter = DealFilter {
            status,
            partner_org_id: self.partner,
            product_id: self.product,
            created_from,
            created_to,
            value_min: self.value_min,
            value_max: self.value_max,
            search,
            needs_review: self.needs_review.unwrap_or(false),
        };
        Ok((filter, sort, after, limit))
    }
}

/// List deals, with the deal list's filters, sort and keyset pages.
#[utoipa::path(get, path = "/api/v1/deals", operation_id = "listDeals", tag = "deals", params(DealQuery),
    responses(
        (status = 200, description = "One page of deals, with the page's filters and sort", body = DealList),
        (status = 401, description = "No live token of this portal", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A query parameter was refused (see `errors`)", body = crate::web::api::ProblemOut, content_type = "application/problem+json")))]
pub async fn list(caller: ApiCaller, query: web::Query<DealQuery>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (filter, sort, after, limit) = query.parse()?;
            let scope = caller.scope;
            let (rows, next) = db::read(&state.pool, move |conn| {
                let (rows, next) = model::list_full(conn, &Viewer::tenant(scope), &filter, sort, after.as_ref(), limit)?;
                Ok((model::with_partner_names(conn, &scope, rows, |d| d.partner_org_id)?, next))
            })
            .await
            .map_err(Problem::from)?;
            let items = rows.iter().map(|(d, name)| DealOut::of(d, name.clone())).collect();
            Ok(json_response(StatusCode::OK, &DealList { items, next_after: next.map(|c| c.encode()) }))
        }
        .await,
    )
}

async fn find(state: &AppState, caller: &ApiCaller, id: String) -> Result<(Deal, String), Problem> {
    let scope = caller.scope;
    db::read(&state.pool, move |conn| {
        let Some(deal) = model::find(conn, &Viewer::tenant(scope), &id)? else { return Ok(None) };
        let name = model::partner_name(conn, &scope, deal.partner_org_id)?;
        Ok(Some((deal, name)))
    })
    .await
    .map_err(Problem::from)?
    .ok_or_else(Problem::not_found)
}

/// Read one deal.
#[utoipa::path(get, path = "/api/v1/deals/{id}", operation_id = "getDeal", tag = "deals", params(("id" = String, Path, description = "The deal's id")),
    responses(
        (status = 200, description = "The deal", body = DealOut),
        (status = 401, description = "No live token of this portal", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such deal in this portal", body = crate::web::api::ProblemOut, content_type = "application/problem+json")))]
pub async fn show(caller: ApiCaller, id: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (deal, name) = find(&state, &caller, id.into_inner()).await?;
            Ok(json_response(StatusCode::OK, &DealOut::of(&deal, name)))
        }
        .await,
    )
}

/// Read a deal's timeline.
#[utoipa::path(get, path = "/api/v1/deals/{id}/events", operation_id = "listDealEvents", tag = "deals", params(("id" = String, Path, description = "The deal's id")),
    responses(
        (status = 200, description = "The deal's timeline, oldest first", body = Vec<DealEventOut>),
        (status = 401, description = "No live token of this portal", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = crate::web::api::ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such deal in this portal", body = crate::web::api::ProblemOut, content_type = "application/problem+json")))]
pub async fn events(caller: ApiCaller, id: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    answer(timeline(&state, &caller, id.into_inner()).await)
}

async fn timeline(state: &AppState, caller: &ApiCaller, id: String) -> ApiResult {
    let (deal, _) = find(state, caller, id).await?;
    let scope = caller.scope;
    let rows = db::read(&state.pool, move |conn| Ok(model::timeline(conn, &scope, deal.id)?)).await.map_err(Problem::from)?;
    let events: Vec<DealEventOut> = rows
        .into_iter()
        .map(|(e, who)| DealEventOut {
            action: e.action,
            from_status: e.from_status,
            to_status: e.to_status,
            comment: e.comment,
            internal_note: e.internal_note,
            actor: who,
            at: rfc3339(e.created_at),
        })
        .collect();
    Ok(json_response(StatusCode::OK, &events))
}

use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/api/v1/deals", list)
        .get("/api/v1/deals/{id}", show)
        .get("/api/v1/deals/{id}/events", events);
}
