//! Endpoints as the vendor admin keeps them: the form and its rules (a
//! public https address — the outbound guard's check, here on save and
//! again at every delivery — and at least one event), adding, changing,
//! rotating the secret with an overlap, and removing, each with its audit
//! entry. Secrets are sealed at rest with the server secret.

use chrono::{Duration, NaiveDateTime};

use super::events::EventType;
use super::model::{self, Endpoint, NewEndpoint};
use super::signing;
use crate::audit::{self, Actor, Entry};
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::i18n::Translator;
use crate::tenancy::scope::TenantScope;
use crate::validate::{self, FieldErrors};

const PURPOSE: &str = "webhook endpoint secret";

/// How long the previous secret still signs after a rotation.
pub const OVERLAP_HOURS: i64 = 24;

/// The endpoint form, as sent (events repeat, so the body is read as pairs).
#[derive(Debug, Default, Clone)]
pub struct EndpointForm {
    pub url: String,
    pub description: String,
    pub events: Vec<String>,
    pub enabled: bool,
}

/// An endpoint as the form describes it, validated.
#[derive(Debug, Clone)]
pub struct EndpointInput {
    pub url: String,
    pub description: String,
    /// Comma-separated, in the order of [`EventType::SUBSCRIBABLE`].
    pub events: String,
    pub enabled: bool,
}

impl EndpointForm {
    pub fn parse(body: &[u8]) -> Self {
        let mut form = EndpointForm::default();
        for (key, value) in url::form_urlencoded::parse(body) {
            match key.as_ref() {
                "url" => form.url = value.into_owned(),
                "description" => form.description = value.into_owned(),
                "events" => form.events.push(value.into_owned()),
                "enabled" => form.enabled = value == "on" || value == "true",
                _ => {}
            }
        }
        form
    }

    /// The form as an endpoint stands.
    pub fn of(endpoint: &Endpoint) -> Self {
        EndpointForm {
            url: endpoint.url.clone(),
            description: endpoint.description.clone(),
            events: endpoint.event_list().into_iter().map(String::from).collect(),
            enabled: endpoint.is_enabled(),
        }
    }

    pub fn validate(&self, t: &Translator, allow_hosts: &[String]) -> Result<EndpointInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let url = validate::required_text(t, &mut errors, "url", &self.url, 2_000);
        if errors.get("url").is_none() {
            match url::Url::parse(&url) {
                Ok(parsed) if matches!(parsed.scheme(), "https" | "http") && parsed.host_str().is_some() => {
                    if !parsed.username().is_empty() || parsed.password().is_some() {
                        errors.add("url", t.t("webhook-url-invalid"));
                    } else if crate::outbound::check(allow_hosts, &parsed).is_err() {
                        errors.add("url", t.t("webhook-url-refused"));
                    }
                }
                _ => errors.add("url", t.t("webhook-url-invalid")),
            }
        }
        let description = validate::optional_text(t, &mut errors, "description", &self.description, 200);
        let chosen: Vec<&str> = EventType::SUBSCRIBABLE.iter().map(|e| e.as_str()).filter(|e| self.events.iter().any(|x| x == e)).collect();
        if chosen.is_empty() {
            errors.add("events", t.t("webhook-events-required"));
        }
        errors.into_result(EndpointInput { url, description, events: chosen.join(","), enabled: self.enabled })
    }
}

/// The endpoint's current secret, opened.
pub fn secret(server_secret: &[u8], endpoint: &Endpoint) -> Option<String> {
    crate::signing::open(server_secret, PURPOSE, &endpoint.secret)
}

/// The secrets that sign a delivery now: the current one, and the previous
/// one while its overlap lasts.
pub fn signing_secrets(server_secret: &[u8], endpoint: &Endpoint, now: NaiveDateTime) -> Vec<String> {
    let mut secrets: Vec<String> = secret(server_secret, endpoint).into_iter().collect();
    if let (Some(previous), Some(until)) = (&endpoint.previous_secret, endpoint.previous_until)
        && now < until
        && let Some(open) = crate::signing::open(server_secret, PURPOSE, previous)
    {
        secrets.push(open);
    }
    secrets
}

fn changes(input: &EndpointInput) -> serde_json::Value {
    serde_json::json!({ "url": input.url, "events": input.events, "enabled": input.enabled })
}

/// A new endpoint with a fresh secret.
pub fn create(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    server_secret: &[u8],
    input: &EndpointInput,
) -> Result<Endpoint, AppError> {
    let sealed = crate::signing::seal(server_secret, PURPOSE, &signing::new_secret());
    db::transaction(conn, |c| {
        let now = db::now();
        let endpoint = model::insert_endpoint(
            c,
            &NewEndpoint {
                tenant_id: scope.tenant_id(),
                url: &input.url,
                description: &input.description,
                events: &input.events,
                enabled: i32::from(input.enabled),
                secret: &sealed,
                created_by: who.id.filter(|_| who.kind == "user"),
                created_at: now,
                updated_at: now,
            },
        )?;
        audit::record(c, scope, who, &Entry::new("webhook.created", "webhook_endpoint", endpoint.id).changes(changes(input)))?;
        Ok(endpoint)
    })
}

pub fn update(conn: &mut AnyConnection, scope: &TenantScope, who: &Actor, id: i64, input: &EndpointInput) -> Result<(), AppError> {
    db::transaction(conn, |c| {
        let now = db::now();
        let changed =
            model::EndpointChanges { url: &input.url, description: &input.description, events: &input.events, enabled: input.enabled };
        if model::update_endpoint(c, scope, id, &changed, now)? == 0 {
            return Err(AppError::NotFound);
        }
        audit::record(c, scope, who, &Entry::new("webhook.updated", "webhook_endpoint", id).changes(changes(input)))?;
        Ok(())
    })
}

/// A new secret; the old one keeps signing (both signatures are sent) for
/// [`OVERLAP_HOURS`].
pub fn rotate(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    who: &Actor,
    server_secret: &[u8],
    id: i64,
) -> Result<NaiveDateTime, AppError> {
    db::transaction(conn, |c| {
        let endpoint = model::endpoint(c, scope, id)?.ok_or(AppError::NotFound)?;
        let now = db::now();
        let until = now + Duration::hours(OVERLAP_HOURS);
        let sealed = crate::signing::seal(server_secret, PURPOSE, &signing::new_secret());
        model::rotate_secret(c, scope, id, &sealed, &endpoint.secret, until, now)?;
        audit::record(c, scope, who, &Entry::new("webhook.secret_rotated", "webhook_endpoint", id))?;
        Ok(until)
    })
}

pub fn delete(conn: &mut AnyConnection, scope: &TenantScope, who: &Actor, id: i64) -> Result<(), AppError> {
    db::transaction(conn, |c| {
        let endpoint = model::endpoint(c, scope, id)?.ok_or(AppError::NotFound)?;
        model::delete_endpoint(c, scope, id)?;
        let gone = serde_json::json!({ "url": endpoint.url });
        audit::record(c, scope, who, &Entry::new("webhook.deleted", "webhook_endpoint", id).changes(gone))?;
        Ok(())
    })
}
