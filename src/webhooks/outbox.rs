//! Writing events: a message (the body as it will be signed and sent) and
//! one delivery per enabled endpoint that takes the event, in the caller's
//! transaction — the change and its announcement commit together or not at
//! all, so no event is lost and none is announced that did not happen.

use diesel::QueryResult;
use serde::Serialize;

use super::events::{EventType, TestData};
use super::model;
use crate::db::{self, AnyConnection};
use crate::tenancy::scope::TenantScope;

/// The most a message body may be; larger data is cut to fit (it never is
/// in practice: the longest text in any event is a 1,000-character comment).
pub const MAX_BODY: usize = 20_000;

/// A fresh `webhook-id`.
fn msg_id() -> String {
    format!("msg_{}", uuid::Uuid::new_v4().simple())
}

/// The body: `{"type", "timestamp", "data"}`.
fn body(event: EventType, data: &impl Serialize, at: chrono::NaiveDateTime) -> String {
    let body = serde_json::json!({
        "type": event.as_str(),
        "timestamp": at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "data": data,
    });
    let text = body.to_string();
    if text.len() <= MAX_BODY {
        return text;
    }
    tracing::warn!(event = event.as_str(), bytes = text.len(), "webhook.body_cut");
    serde_json::json!({ "type": event.as_str(), "timestamp": body["timestamp"], "data": { "truncated": true } }).to_string()
}

/// Announces `event` to the tenant's endpoints that take it, in the
/// caller's transaction. Nothing is written when no endpoint takes it. An
/// endpoint the server turned off (410, five days of failures) keeps
/// collecting, so turning it on again loses nothing; one a person turned
/// off takes nothing meanwhile.
pub fn emit(conn: &mut AnyConnection, scope: &TenantScope, event: EventType, data: &impl Serialize) -> QueryResult<()> {
    let scope = scope.tenant_only();
    let endpoints: Vec<i64> = model::endpoints(conn, &scope)?
        .into_iter()
        .filter(|e| (e.is_enabled() || e.disabled_reason.is_some()) && e.takes(event.as_str()))
        .map(|e| e.id)
        .collect();
    if endpoints.is_empty() {
        return Ok(());
    }
    let now = db::now();
    let message = model::insert_message(conn, &scope, &msg_id(), event.as_str(), &body(event, data, now), now)?;
    for endpoint in endpoints {
        model::insert_delivery(conn, &scope, endpoint, message, now)?;
    }
    tracing::info!(tenant_id = scope.tenant_id(), event = event.as_str(), "webhook.emitted");
    Ok(())
}

/// A `webhook.test` message to one endpoint (delivered while it is on).
pub fn test_send(conn: &mut AnyConnection, scope: &TenantScope, endpoint_id: i64, message: &str) -> QueryResult<bool> {
    let scope = scope.tenant_only();
    if model::endpoint(conn, &scope, endpoint_id)?.is_none() {
        return Ok(false);
    }
    let now = db::now();
    let data = TestData { endpoint_id, message: message.to_string() };
    let id = model::insert_message(conn, &scope, &msg_id(), EventType::Test.as_str(), &body(EventType::Test, &data, now), now)?;
    model::insert_delivery(conn, &scope, endpoint_id, id, now)?;
    Ok(true)
}

/// A comment as events carry it: at most 1,000 characters.
pub fn comment(text: &str) -> String {
    text.chars().take(1_000).collect()
}
