//! Partner organisations, products and tiers through the API (read).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::ApiCaller;
use crate::db;
use crate::state::AppState;
use crate::tenancy::organisations::{self, OrgKind, PartnerRow};
use crate::tenancy::scope::TenantScope;
use crate::web::api::{Problem, ProblemOut, answer, json_response, rfc3339};

/// A partner organisation.
#[derive(Serialize, ToSchema)]
pub struct PartnerOut {
    id: i64,
    name: String,
    /// `active` or `suspended`.
    #[schema(example = "active")]
    status: String,
    website: Option<String>,
    /// ISO 3166-1 alpha-2.
    country: Option<String>,
    tier: Option<TierRef>,
    /// Its people sign in with addresses at these domains.
    email_domains: Vec<String>,
    contact_name: String,
    contact_email: String,
    contact_phone: String,
    #[schema(format = DateTime)]
    created_at: String,
    #[schema(format = DateTime)]
    updated_at: String,
}

/// A tier, named.
#[derive(Serialize, ToSchema)]
pub struct TierRef {
    id: i64,
    name: String,
}

impl PartnerOut {
    pub(super) fn of(row: &PartnerRow) -> PartnerOut {
        let o = &row.org;
        PartnerOut {
            id: o.id,
            name: o.name.clone(),
            status: o.status.clone(),
            website: o.website.clone(),
            country: o.country.clone(),
            tier: o.tier_id.zip(row.tier.clone()).map(|(id, name)| TierRef { id, name }),
            email_domains: crate::validate::parse_domains(&o.email_domains),
            contact_name: o.contact_name.clone(),
            contact_email: o.contact_email.clone(),
            contact_phone: o.contact_phone.clone(),
            created_at: rfc3339(o.created_at),
            updated_at: rfc3339(o.updated_at),
        }
    }
}

/// One page of partner organisations, oldest first.
#[derive(Serialize, ToSchema)]
pub struct PartnerList {
    items: Vec<PartnerOut>,
    /// The `after` of the next page; absent on the last page.
    next_after: Option<i64>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// The `next_after` of the page before.
    pub after: Option<i64>,
    /// 1–200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<i64>,
}

impl PageQuery {
    /// One page, by id, from rows loaded with `limit + 1` (the one more
    /// tells whether a next page exists): this page's rows and the
    /// `next_after` of the next.
    pub fn page<R>(rows_plus_one: Vec<R>, limit: i64, id: impl Fn(&R) -> i64) -> (Vec<R>, Option<i64>) {
        let mut rows = rows_plus_one;
        let more = rows.len() as i64 > limit;
        rows.truncate(limit as usize);
        let next_after = if more { rows.last().map(&id) } else { None };
        (rows, next_after)
    }

    /// The page size asked for, or 422.
    pub fn limit(&self) -> Result<i64, Problem> {
        let limit = self.limit.unwrap_or(50);
        if !(1..=200).contains(&limit) {
            return Err(super::deals::invalid_query().field("limit", "Use 1 to 200."));
        }
        Ok(limit)
    }
}

/// List partner organisations.
#[utoipa::path(get, path = "/api/v1/partners", operation_id = "listPartners", tag = "partners", params(PageQuery),
    responses(
        (status = 200, description = "One page of partner organisations", body = PartnerList),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A query parameter was refused", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn list(caller: ApiCaller, query: web::Query<PageQuery>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let limit = query.limit()?;
            let (scope, after) = (caller.scope, query.after);
            let rows = db::read(&state.pool, move |conn| Ok(organisations::partners_page(conn, &scope, after, limit + 1)?))
                .await
                .map_err(Problem::from)?;
            let (rows, next_after) = PageQuery::page(rows, limit, |r| r.org.id);
            Ok(json_response(StatusCode::OK, &PartnerList { items: rows.iter().map(PartnerOut::of).collect(), next_after }))
        }
        .await,
    )
}

/// Read one partner organisation.
#[utoipa::path(get, path = "/api/v1/partners/{id}", operation_id = "getPartner", tag = "partners", params(("id" = i64, Path, description = "The partner organisation's id")),
    responses(
        (status = 200, description = "The partner organisation", body = PartnerOut),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such partner organisation in this portal", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn show(caller: ApiCaller, id: web::Path<i64>, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let (scope, id) = (caller.scope, id.into_inner());
            let row = db::read(&state.pool, move |conn| Ok(partner_row(conn, &scope, id)?))
                .await
                .map_err(Problem::from)?
                .ok_or_else(Problem::not_found)?;
            Ok(json_response(StatusCode::OK, &PartnerOut::of(&row)))
        }
        .await,
    )
}

/// A partner organisation of the scope with its tier's name.
pub(super) fn partner_row(conn: &mut db::AnyConnection, scope: &TenantScope, id: i64) -> diesel::QueryResult<Option<PartnerRow>> {
    let Some(org) = organisations::find(conn, scope, id)?.filter(|o| o.kind == OrgKind::Partner.as_str()) else {
        return Ok(None);
    };
    let tier = match org.tier_id {
        Some(t) => crate::tenancy::model::tiers(conn, scope)?.into_iter().find(|x| x.id == t).map(|x| x.name),
        None => None,
    };
    Ok(Some(PartnerRow { org, tier }))
}

/// A product deals can name.
#[derive(Serialize, ToSchema)]
pub struct ProductOut {
    id: i64,
    name: String,
    sku: String,
    /// Inactive products are kept on old deals but offered no more.
    active: bool,
}

/// List products.
#[utoipa::path(get, path = "/api/v1/products", operation_id = "listProducts", tag = "catalogue",
    responses(
        (status = 200, description = "Every product, active or not", body = Vec<ProductOut>),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn products(caller: ApiCaller, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let scope = caller.scope;
            let rows =
                db::read(&state.pool, move |conn| Ok(crate::deals::model::products(conn, &scope, false)?)).await.map_err(Problem::from)?;
            let out: Vec<ProductOut> =
                rows.into_iter().map(|p| ProductOut { id: p.id, name: p.name, sku: p.sku, active: p.active != 0 }).collect();
            Ok(json_response(StatusCode::OK, &out))
        }
        .await,
    )
}

/// A partner tier, lowest rank first.
#[derive(Serialize, ToSchema)]
pub struct TierOut {
    id: i64,
    name: String,
    rank: i32,
    /// Days an approved deal is protected.
    protection_days: i32,
    /// Open deals a partner of this tier may have at once.
    max_open_deals: i32,
    /// Deals up to this value (minor units) are approved on submission when nothing conflicts; 0: never.
    auto_approve_minor: i64,
}

/// List partner tiers.
#[utoipa::path(get, path = "/api/v1/tiers", operation_id = "listTiers", tag = "catalogue",
    responses(
        (status = 200, description = "The partner tiers", body = Vec<TierOut>),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 400, description = "A parameter of the wrong type", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn tiers(caller: ApiCaller, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            let scope = caller.scope;
            let rows = db::read(&state.pool, move |conn| Ok(crate::tenancy::model::tiers(conn, &scope)?)).await.map_err(Problem::from)?;
            let out: Vec<TierOut> = rows
                .into_iter()
                .map(|t| TierOut {
                    id: t.id,
                    name: t.name,
                    rank: t.rank,
                    protection_days: t.protection_days,
                    max_open_deals: t.max_open_deals,
                    auto_approve_minor: t.auto_approve_hundredths,
                })
                .collect();
            Ok(json_response(StatusCode::OK, &out))
        }
        .await,
    )
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/api/v1/partners", list)
        .get("/api/v1/partners/{id}", show)
        .get("/api/v1/products", products)
        .get("/api/v1/tiers", tiers);
}
