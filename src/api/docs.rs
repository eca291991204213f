//! The tenant API's OpenAPI 3.1 document (`/api/v1/openapi.json`),
//! generated from the handlers' annotations, with this portal as its server.

use actix_web::HttpResponse;
use utoipa::OpenApi;

use super::{campaigns, deal_writes, deals, partner_writes, partners, users};
use crate::state::AppState;
use crate::web::api::{FieldProblem, ProblemOut};
use crate::web::extract::CurrentTenant;
use crate::webhooks::events::{self, DataKind, EventType};

/// The tenant API's token, as a bearer token.
struct TenantToken;

impl utoipa::Modify for TenantToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        crate::web::api::add_bearer_scheme(openapi, "token", "A token made by the vendor admin under Administration → API (`ptk_…`).");
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Portico API", version = "1", description = "A partner portal's deals, partners, users and catalogue, for CRMs and automation, and the events it posts to webhook endpoints. Money is integer minor units with an ISO 4217 currency; times are RFC 3339 in UTC; errors are application/problem+json with a stable `type`."),
    paths(deals::list, deals::show, deals::events, deal_writes::create, deal_writes::update, deal_writes::transition, partners::list, partners::show, partner_writes::create, partner_writes::update, partner_writes::set_tier, partner_writes::suspend, partner_writes::reactivate, users::list, users::show, users::invite, users::deactivate, users::reactivate, partners::products, partners::tiers, campaigns::list, campaigns::show),
    components(schemas(deals::DealOut, deals::DealList, deals::DealEventOut, deals::MoneyOut, deals::PartnerRef, deals::CustomerOut, partners::PartnerOut, partners::PartnerList, partners::TierRef, partners::ProductOut, partners::TierOut, deal_writes::NewDeal, deal_writes::CustomerIn, deal_writes::MoneyIn, deal_writes::DealChanges, deal_writes::CustomerChanges, deal_writes::Transition, partner_writes::NewPartner, partner_writes::PartnerChanges, partner_writes::TierChange, users::UserOut, users::UserList, users::OrganisationRef, users::NewUser, ProblemOut, FieldProblem, events::DealData, events::PartnerData, events::ApplicationData, events::UserData, events::CampaignData, events::ActivationData, events::TestData, events::MoneyData, events::OrganisationData, campaigns::CampaignOut, campaigns::CampaignTextOut, campaigns::CampaignDetail, campaigns::CampaignResults)),
    modifiers(&TenantToken),
    security(("token" = [])),
    tags(
        (name = "deals", description = "Deal registrations: list, read, register, change, move through review, timeline"),
        (name = "partners", description = "Partner organisations: list, read, add, change, tier, suspend"),
        (name = "users", description = "The portal's people: list, invite, deactivate"),
        (name = "catalogue", description = "Products and partner tiers"),
        (name = "campaigns", description = "Co-marketing campaigns and what partners did with them"),
    ),
)]
pub struct TenantApi;

/// The schema component each kind of event data is described by.
fn data_schema(kind: DataKind) -> &'static str {
    match kind {
        DataKind::Deal => "DealData",
        DataKind::Partner => "PartnerData",
        DataKind::Application => "ApplicationData",
        DataKind::User => "UserData",
        DataKind::Campaign => "CampaignData",
        DataKind::Activation => "ActivationData",
        DataKind::Test => "TestData",
    }
}

/// The document as JSON, with this portal's address as its server and the
/// webhook messages under `webhooks` (OpenAPI 3.1): one entry per event,
/// its body `{type, timestamp, data}` with `data` the event's schema, and
/// the Standard Webhooks headers.
pub fn document(server: &str) -> serde_json::Value {
    let mut doc = TenantApi::openapi();
    doc.servers = Some(vec![utoipa::openapi::server::Server::new(server)]);
    let mut value = serde_json::to_value(&doc).unwrap_or_default();
    let header = |name: &str, description: &str| serde_json::json!({ "name": name, "in": "header", "required": true, "description": description, "schema": { "type": "string" } });
    let mut hooks = serde_json::Map::new();
    for event in EventType::SUBSCRIBABLE.into_iter().chain([EventType::Test]) {
        let name = event.as_str();
        hooks.insert(
            name.to_string(),
            serde_json::json!({ "post": {
                "operationId": format!("webhook_{}", name.replace('.', "_")),
                "summary": event.summary(),
                "tags": ["webhooks"],
                "parameters": [
                    header("webhook-id", "The message's id (`msg_…`): the same on every attempt, so a receiver can drop repeats."),
                    header("webhook-timestamp", "When this attempt was sent, in seconds since the Unix epoch."),
                    header("webhook-signature", "`v1,` and base64 of HMAC-SHA256 (keyed by the endpoint's `whsec_` secret) over `id.timestamp.body`; during a secret's rotation two, space-separated."),
                ],
                "requestBody": { "required": true, "content": { "application/json": { "schema": {
                    "type": "object",
                    "required": ["type", "timestamp", "data"],
                    "properties": {
                        "type": { "type": "string", "enum": [name] },
                        "timestamp": { "type": "string", "format": "date-time" },
                        "data": { "$ref": format!("#/components/schemas/{}", data_schema(event.data())) },
                    },
                } } } },
                "responses": {
                    "2XX": { "description": "Received: no retry." },
                    "410": { "description": "Gone: the endpoint is turned off." },
                    "default": { "description": "Anything else (or no answer within 15 s) is retried on the Standard Webhooks schedule, no sooner than a Retry-After asks." },
                },
            } }),
        );
    }
    value["webhooks"] = serde_json::Value::Object(hooks);
    if let Some(tags) = value["tags"].as_array_mut() {
        tags.push(
            serde_json::json!({ "name": "webhooks", "description": "Events posted to the endpoints under Administration → Webhooks" }),
        );
    }
    value
}

async fn document_json(tenant: CurrentTenant, state: actix_web::web::Data<AppState>) -> HttpResponse {
    let doc = document(&state.config.tenant_url(&tenant.0.tenant.slug));
    HttpResponse::Ok().content_type("application/json").body(doc.to_string())
}

pub fn configure(cfg: &mut actix_web::web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg).get("/api/v1/openapi.json", document_json);
}
