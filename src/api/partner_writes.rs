//! Partner organisations written through the API: add one, change its
//! details, change its tier, suspend and reactivate it — through the partner
//! directory the admin pages use (the same rules, plan limit and audit log),
//! as the token's maker.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::auth::ApiCaller;
use super::partners::{PartnerOut, partner_row};
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::identity::rbac::Permission;
use crate::partners::directory::{self, PartnerForm, PartnerRefusal};
use crate::state::AppState;
use crate::tenancy::organisations::{self, OrgKind};
use crate::web::api::{ApiResult, Problem, ProblemOut, answer, json_response, parse_json};

/// A partner organisation to add (active).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPartner {
    #[schema(max_length = 120, example = "Northwind Traders")]
    name: String,
    /// https://…
    #[serde(default)]
    website: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    #[schema(pattern = "^([A-Za-z]{2})?$")]
    country: Option<String>,
    /// One of the portal's tiers (see `/tiers`).
    #[serde(default)]
    tier_id: Option<i64>,
    /// Its people sign in with addresses at these domains.
    #[serde(default)]
    email_domains: Vec<String>,
}

/// The details to change; what is left out stays. An empty `website` or
/// `country` clears it.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerChanges {
    #[schema(max_length = 120)]
    name: Option<String>,
    website: Option<String>,
    #[schema(pattern = "^([A-Za-z]{2})?$")]
    country: Option<String>,
    email_domains: Option<Vec<String>>,
}

/// The tier to put a partner organisation in, or none.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TierChange {
    tier_id: Option<i64>,
}

const FIELDS: &[(&str, &str)] = &[("tier_id", "tier_id")];

type Edit = Box<dyn FnOnce(&mut PartnerForm) + Send>;

/// The token's maker, if they may manage partners.
fn manager(conn: &mut AnyConnection, caller: &ApiCaller) -> Result<Result<crate::identity::auth::AuthUser, Problem>, AppError> {
    Ok(match caller.staff(conn)? {
        Ok(user) if user.can(Permission::ManagePartners) => Ok(user),
        Ok(_) => Err(Problem::from(AppError::Forbidden)),
        Err(p) => Err(p),
    })
}

fn refused(caller: &ApiCaller, refusal: PartnerRefusal) -> Problem {
    let (field, message) = refusal.field();
    let message = caller.translator.t(message);
    match refusal {
        PartnerRefusal::NameTaken => Problem::conflict("name-taken", "Name taken", message.clone()).field(field, &message),
        PartnerRefusal::UnknownTier => Problem::invalid_field(field, &message),
    }
}

/// Changes a partner organisation with `edit` applied to its form as it stands.
async fn change(caller: ApiCaller, id: i64, state: web::Data<AppState>, edit: Edit) -> ApiResult {
    caller.require_write()?;
    db::run(&state.pool, move |conn| {
        let user = match manager(conn, &caller)? {
            Ok(user) => user,
            Err(p) => return Ok(Err(p)),
        };
        let Some(org) = organisations::find(conn, &caller.scope, id)?.filter(|o| o.kind == OrgKind::Partner.as_str()) else {
            return Ok(Err(Problem::not_found()));
        };
        let mut form = PartnerForm::of(&org);
        edit(&mut form);
        let input = match super::country_code_only(form.validate(&caller.translator, true), &form.country, &caller.translator) {
            Ok(input) => input,
            Err(e) => return Ok(Err(Problem::invalid_body(&e, FIELDS))),
        };
        match directory::update(conn, &caller.scope, &user.actor(), id, &input)? {
            Ok(_) => {}
            Err(refusal) => return Ok(Err(refused(&caller, refusal))),
        }
        let row = partner_row(conn, &caller.scope, id)?.ok_or(AppError::NotFound)?;
        Ok(Ok(PartnerOut::of(&row)))
    })
    .await
    .map_err(Problem::from)?
    .map(|out| json_response(StatusCode::OK, &out))
}

/// Add a partner organisation.
#[utoipa::path(post, path = "/api/v1/partners", operation_id = "createPartner", tag = "partners", request_body = NewPartner,
    responses(
        (status = 201, description = "The partner organisation, added", body = PartnerOut),
        (status = 400, description = "Not JSON of this shape", body = ProblemOut, content_type = "application/problem+json"),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, its maker no longer active staff, or the plan's limit of partners", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "Another partner organisation has the name", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A field was refused (see `errors`)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn create(caller: ApiCaller, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    answer(
        async move {
            caller.require_write()?;
            let new: NewPartner = parse_json(&body)?;
            let form = PartnerForm {
                name: new.name,
                website: new.website.unwrap_or_default(),
                country: new.country.unwrap_or_default(),
                tier_id: new.tier_id.map(|t| t.to_string()).unwrap_or_default(),
                email_domains: new.email_domains.join(","),
                ..PartnerForm::default()
            };
            let input = super::country_code_only(form.validate(&caller.translator, false), &form.country, &caller.translator)
                .map_err(|e| Problem::invalid_body(&e, FIELDS))?;
            db::run(&state.pool, move |conn| {
                let user = match manager(conn, &caller)? {
                    Ok(user) => user,
                    Err(p) => return Ok(Err(p)),
                };
                let org = match directory::create(conn, &caller.scope, &user.actor(), &input)? {
                    Ok(org) => org,
                    Err(refusal) => return Ok(Err(refused(&caller, refusal))),
                };
                let row = partner_row(conn, &caller.scope, org.id)?.ok_or(AppError::NotFound)?;
                Ok(Ok(PartnerOut::of(&row)))
            })
            .await
            .map_err(Problem::from)?
            .map(|out| json_response(StatusCode::CREATED, &out))
        }
        .await,
    )
}

const CHANGED: &str = "The partner organisation, changed";

/// Change a partner organisation's name, website, country or e-mail domains.
#[utoipa::path(patch, path = "/api/v1/partners/{id}", operation_id = "updatePartner", tag = "partners", request_body = PartnerChanges,
    params(("id" = i64, Path, description = "The partner organisation's id")),
    responses(
        (status = 200, description = CHANGED, body = PartnerOut),
        (status = 400, description = "Not JSON of this shape", body = ProblemOut, content_type = "application/problem+json"),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker no longer active staff", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such partner organisation in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "Another partner organisation has the name", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "A field was refused (see `errors`)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn update(caller: ApiCaller, id: web::Path<i64>, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    let changes: PartnerChanges = match parse_json(&body) {
        Ok(changes) => changes,
        Err(p) => return p.response(),
    };
    let edit: Edit = Box::new(move |form| {
        if let Some(name) = changes.name {
            form.name = name;
        }
        if let Some(website) = changes.website {
            form.website = website;
        }
        if let Some(country) = changes.country {
            form.country = country;
        }
        if let Some(domains) = changes.email_domains {
            form.email_domains = domains.join(",");
        }
    });
    answer(change(caller, id.into_inner(), state, edit).await)
}

/// Put a partner organisation in a tier (or none).
#[utoipa::path(put, path = "/api/v1/partners/{id}/tier", operation_id = "setPartnerTier", tag = "partners", request_body = TierChange,
    params(("id" = i64, Path, description = "The partner organisation's id")),
    responses(
        (status = 200, description = CHANGED, body = PartnerOut),
        (status = 400, description = "Not JSON of this shape", body = ProblemOut, content_type = "application/problem+json"),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker no longer active staff", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such partner organisation in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "The partner's name is now another's (rename it first)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 422, description = "Not one of the portal's tiers", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn set_tier(caller: ApiCaller, id: web::Path<i64>, body: web::Bytes, state: web::Data<AppState>) -> HttpResponse {
    let tier: TierChange = match parse_json(&body) {
        Ok(tier) => tier,
        Err(p) => return p.response(),
    };
    let edit: Edit = Box::new(move |form| form.tier_id = tier.tier_id.map(|t| t.to_string()).unwrap_or_default());
    answer(change(caller, id.into_inner(), state, edit).await)
}

/// Suspend a partner organisation.
#[utoipa::path(post, path = "/api/v1/partners/{id}/suspend", operation_id = "suspendPartner", tag = "partners",
    params(("id" = i64, Path, description = "The partner organisation's id")),
    responses(
        (status = 200, description = "The partner organisation, suspended: its people are signed out and sign in no more", body = PartnerOut),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker no longer active staff", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such partner organisation in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "The partner's name is now another's (rename it first)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn suspend(caller: ApiCaller, id: web::Path<i64>, state: web::Data<AppState>) -> HttpResponse {
    answer(change(caller, id.into_inner(), state, Box::new(|form| form.status = "suspended".into())).await)
}

/// Reactivate a suspended partner organisation.
#[utoipa::path(post, path = "/api/v1/partners/{id}/reactivate", operation_id = "reactivatePartner", tag = "partners",
    params(("id" = i64, Path, description = "The partner organisation's id")),
    responses(
        (status = 200, description = "The partner organisation, active again", body = PartnerOut),
        (status = 401, description = "No live token of this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or its maker no longer active staff", body = ProblemOut, content_type = "application/problem+json"),
        (status = 404, description = "No such partner organisation in this portal", body = ProblemOut, content_type = "application/problem+json"),
        (status = 409, description = "The partner's name is now another's (rename it first)", body = ProblemOut, content_type = "application/problem+json"),
        (status = 429, description = "Past the token's rate limit: see Retry-After", body = ProblemOut, content_type = "application/problem+json")))]
pub async fn reactivate(caller: ApiCaller, id: web::Path<i64>, state: web::Data<AppState>) -> HttpResponse {
    answer(change(caller, id.into_inner(), state, Box::new(|form| form.status = "active".into())).await)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .post("/api/v1/partners", create)
        .patch("/api/v1/partners/{id}", update)
        .put("/api/v1/partners/{id}/tier", set_tier)
        .post("/api/v1/partners/{id}/suspend", suspend)
        .post("/api/v1/partners/{id}/reactivate", reactivate);
}
