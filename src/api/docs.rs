//! The tenant API's OpenAPI 3.1 document (`/api/v1/openapi.json`),
//! generated from the handlers' annotations, with this portal as its server.

use actix_web::HttpResponse;
use utoipa::OpenApi;

use super::{deal_writes, deals, partner_writes, partners, users};
use crate::state::AppState;
use crate::web::api::{FieldProblem, ProblemOut};
use crate::web::extract::CurrentTenant;

/// The tenant API's token, as a bearer token.
struct TenantToken;

impl utoipa::Modify for TenantToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        crate::web::api::add_bearer_scheme(openapi, "token", "A token made by the vendor admin under Administration → API (`ptk_…`).");
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Portico API", version = "1", description = "A partner portal's deals, partners, users and catalogue, for CRMs and automation. Money is integer minor units with an ISO 4217 currency; times are RFC 3339 in UTC; errors are application/problem+json with a stable `type`."),
    paths(deals::list, deals::show, deals::events, deal_writes::create, deal_writes::update, deal_writes::transition, partners::list, partners::show, partner_writes::create, partner_writes::update, partner_writes::set_tier, partner_writes::suspend, partner_writes::reactivate, users::list, users::show, users::invite, users::deactivate, users::reactivate, partners::products, partners::tiers),
    components(schemas(deals::DealOut, deals::DealList, deals::DealEventOut, deals::MoneyOut, deals::PartnerRef, deals::CustomerOut, partners::PartnerOut, partners::PartnerList, partners::TierRef, partners::ProductOut, partners::TierOut, deal_writes::NewDeal, deal_writes::CustomerIn, deal_writes::MoneyIn, deal_writes::DealChanges, deal_writes::CustomerChanges, deal_writes::Transition, partner_writes::NewPartner, partner_writes::PartnerChanges, partner_writes::TierChange, users::UserOut, users::UserList, users::OrganisationRef, users::NewUser, ProblemOut, FieldProblem)),
    modifiers(&TenantToken),
    security(("token" = [])),
    tags(
        (name = "deals", description = "Deal registrations: list, read, register, change, move through review, timeline"),
        (name = "partners", description = "Partner organisations: list, read, add, change, tier, suspend"),
        (name = "users", description = "The portal's people: list, invite, deactivate"),
        (name = "catalogue", description = "Products and partner tiers"),
    ),
)]
pub struct TenantApi;

/// The document, with this portal's address as its server.
async fn document(tenant: CurrentTenant, state: actix_web::web::Data<AppState>) -> HttpResponse {
    let mut doc = TenantApi::openapi();
    doc.servers = Some(vec![utoipa::openapi::server::Server::new(state.config.tenant_url(&tenant.0.tenant.slug))]);
    HttpResponse::Ok().content_type("application/json").body(doc.to_json().unwrap_or_default())
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/api/v1/openapi.json", document);
}
