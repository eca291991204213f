//! Endpoints, messages and deliveries. Tenant-owned queries take the scope;
//! claiming due deliveries (across tenants, for the workers) is the one
//! place with raw SQL, in explicit `match conn` arms like the mail outbox.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{webhook_deliveries, webhook_endpoints, webhook_messages};
use crate::tenancy::scope::{TenantScope, scoped};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_endpoints)]
pub struct Endpoint {
    pub id: i64,
    pub tenant_id: i64,
    pub url: String,
    pub description: String,
    pub events: String,
    pub enabled: i32,
    pub secret: String,
    pub previous_secret: Option<String>,
    pub previous_until: Option<NaiveDateTime>,
    pub failing_since: Option<NaiveDateTime>,
    pub disabled_reason: Option<String>,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl Endpoint {
    pub fn is_enabled(&self) -> bool {
        self.enabled != 0
    }

    pub fn event_list(&self) -> Vec<&str> {
        self.events.split(',').map(str::trim).filter(|e| !e.is_empty()).collect()
    }

    pub fn takes(&self, event: &str) -> bool {
        self.event_list().contains(&event)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_messages)]
pub struct Message {
    pub id: i64,
    pub tenant_id: i64,
    pub msg_id: String,
    pub event_type: String,
    pub payload: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_deliveries)]
pub struct Delivery {
    pub id: i64,
    pub tenant_id: i64,
    pub endpoint_id: i64,
    pub message_id: i64,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub lease_owner: Option<String>,
    pub lease_until: Option<NaiveDateTime>,
    pub last_status: Option<i32>,
    pub last_latency_ms: Option<i32>,
    pub last_response: Option<String>,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub delivered_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryStatus {
    Pending,
    Succeeded,
    Failed,
}

impl DeliveryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Succeeded => "succeeded",
            DeliveryStatus::Failed => "failed",
        }
    }
}

/// Why the server turned an endpoint off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisabledReason {
    /// It answered 410 Gone.
    Gone,
    /// It failed every delivery for five days.
    Failing,
}

impl DisabledReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DisabledReason::Gone => "gone",
            DisabledReason::Failing => "failing",
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = webhook_endpoints)]
pub struct NewEndpoint<'a> {
    pub tenant_id: i64,
    pub url: &'a str,
    pub description: &'a str,
    pub events: &'a str,
    pub enabled: i32,
    pub secret: &'a str,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub fn insert_endpoint(conn: &mut AnyConnection, new: &NewEndpoint<'_>) -> QueryResult<Endpoint> {
    diesel::insert_into(webhook_endpoints::table).values(new).returning(webhook_endpoints::all_columns).get_result(conn)
}

pub fn endpoints(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<Endpoint>> {
    scoped!(webhook_endpoints, scope).order(webhook_endpoints::id.asc()).select(Endpoint::as_select()).load(conn)
}

pub fn endpoint(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<Endpoint>> {
    scoped!(webhook_endpoints, scope).filter(webhook_endpoints::id.eq(id)).select(Endpoint::as_select()).first(conn).optional()
}

/// What a person changes of an endpoint.
pub struct EndpointChanges<'a> {
    pub url: &'a str,
    pub description: &'a str,
    pub events: &'a str,
    pub enabled: bool,
}

/// The endpoint's address, description, events and switch.
pub fn update_endpoint(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    id: i64,
    changes: &EndpointChanges<'_>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let target = scoped!(webhook_endpoints, scope).filter(webhook_endpoints::id.eq(id));
    let fields = (
        webhook_endpoints::url.eq(changes.url),
        webhook_endpoints::description.eq(changes.description),
        webhook_endpoints::events.eq(changes.events),
        webhook_endpoints::enabled.eq(i32::from(changes.enabled)),
        webhook_endpoints::updated_at.eq(now),
    );
    if changes.enabled {
        // Turned on again by a person: the server's reason and the failing streak are over.
        diesel::update(target)
            .set((
                fields,
                webhook_endpoints::disabled_reason.eq(None::<String>),
                webhook_endpoints::failing_since.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)
    } else {
        diesel::update(target).set(fields).execute(conn)
    }
}

/// A new secret; the old one stays valid (both signatures sent) until `overlap_until`.
pub fn rotate_secret(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    id: i64,
    sealed_new: &str,
    sealed_old: &str,
    overlap_until: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(scoped!(webhook_endpoints, scope).filter(webhook_endpoints::id.eq(id)))
        .set((
            webhook_endpoints::secret.eq(sealed_new),
            webhook_endpoints::previous_secret.eq(Some(sealed_old)),
            webhook_endpoints::previous_until.eq(Some(overlap_until)),
            webhook_endpoints::updated_at.eq(now),
        ))
        .execute(conn)
}

pub fn delete_endpoint(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<usize> {
    diesel::delete(scoped!(webhook_deliveries, scope).filter(webhook_deliveries::endpoint_id.eq(id))).execute(conn)?;
    diesel::delete(scoped!(webhook_endpoints, scope).filter(webhook_endpoints::id.eq(id))).execute(conn)
}

/// The server turns an endpoint off (410, or five days of failures).
pub fn disable(conn: &mut AnyConnection, tenant_id: i64, id: i64, reason: DisabledReason, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        webhook_endpoints::table
            .filter(webhook_endpoints::tenant_id.eq(tenant_id))
            .filter(webhook_endpoints::id.eq(id))
            .filter(webhook_endpoints::enabled.eq(1)),
    )
    .set((
        webhook_endpoints::enabled.eq(0),
        webhook_endpoints::disabled_reason.eq(Some(reason.as_str())),
        webhook_endpoints::updated_at.eq(now),
    ))
    .execute(conn)
}

/// A failure: the streak starts now unless one is running.
pub fn failing(conn: &mut AnyConnection, tenant_id: i64, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        webhook_endpoints::table
            .filter(webhook_endpoints::tenant_id.eq(tenant_id))
            .filter(webhook_endpoints::id.eq(id))
            .filter(webhook_endpoints::failing_since.is_null()),
    )
    .set(webhook_endpoints::failing_since.eq(Some(now)))
    .execute(conn)
}

/// A success ends the streak.
pub fn succeeding(conn: &mut AnyConnection, tenant_id: i64, id: i64) -> QueryResult<usize> {
    diesel::update(
        webhook_endpoints::table
            .filter(webhook_endpoints::tenant_id.eq(tenant_id))
            .filter(webhook_endpoints::id.eq(id))
            .filter(webhook_endpoints::failing_since.is_not_null()),
    )
    .set(webhook_endpoints::failing_since.eq(None::<NaiveDateTime>))
    .execute(conn)
}

pub fn endpoint_by_id(conn: &mut AnyConnection, tenant_id: i64, id: i64) -> QueryResult<Option<Endpoint>> {
    webhook_endpoints::table
        .filter(webhook_endpoints::tenant_id.eq(tenant_id))
        .filter(webhook_endpoints::id.eq(id))
        .select(Endpoint::as_select())
        .first(conn)
        .optional()
}

pub fn insert_message(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    msg_id: &str,
    event_type: &str,
    payload: &str,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    diesel::insert_into(webhook_messages::table)
        .values((
            webhook_messages::tenant_id.eq(scope.tenant_id()),
            webhook_messages::msg_id.eq(msg_id),
            webhook_messages::event_type.eq(event_type),
            webhook_messages::payload.eq(payload),
            webhook_messages::created_at.eq(now),
        ))
        .returning(webhook_messages::id)
        .get_result(conn)
}

pub fn insert_delivery(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    endpoint_id: i64,
    message_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(webhook_deliveries::table)
        .values((
            webhook_deliveries::tenant_id.eq(scope.tenant_id()),
            webhook_deliveries::endpoint_id.eq(endpoint_id),
            webhook_deliveries::message_id.eq(message_id),
            webhook_deliveries::status.eq(DeliveryStatus::Pending.as_str()),
            webhook_deliveries::attempts.eq(0),
            webhook_deliveries::next_attempt_at.eq(now),
            webhook_deliveries::created_at.eq(now),
            webhook_deliveries::updated_at.eq(now),
        ))
        .execute(conn)
}

/// One line of an endpoint's delivery log.
pub struct LogRow {
    pub delivery: Delivery,
    pub msg_id: String,
    pub event_type: String,
}

/// An endpoint's deliveries, newest first: before `before` (a delivery id), at most `limit`.
pub fn log(conn: &mut AnyConnection, scope: &TenantScope, endpoint_id: i64, before: Option<i64>, limit: i64) -> QueryResult<Vec<LogRow>> {
    let source = webhook_deliveries::table
        .inner_join(webhook_messages::table.on(
            webhook_messages::id.eq(webhook_deliveries::message_id).and(webhook_messages::tenant_id.eq(webhook_deliveries::tenant_id)),
        ));
    let rows: Vec<(Delivery, String, String)> = scoped!(source => webhook_deliveries, scope)
        .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
        .filter(webhook_deliveries::id.lt(before.unwrap_or(i64::MAX)))
        .order(webhook_deliveries::id.desc())
        .limit(limit)
        .select((Delivery::as_select(), webhook_messages::msg_id, webhook_messages::event_type))
        .load(conn)?;
    Ok(rows.into_iter().map(|(delivery, msg_id, event_type)| LogRow { delivery, msg_id, event_type }).collect())
}

/// Counts of an endpoint's deliveries per status.
pub fn counts(conn: &mut AnyConnection, scope: &TenantScope, endpoint_id: i64) -> QueryResult<Vec<(String, i64)>> {
    scoped!(webhook_deliveries, scope)
        .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
        .group_by(webhook_deliveries::status)
        .select((webhook_deliveries::status, diesel::dsl::count_star()))
        .load(conn)
}

/// Sends one delivery again, due now, with a fresh schedule.
pub fn replay(conn: &mut AnyConnection, scope: &TenantScope, endpoint_id: i64, delivery_id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        scoped!(webhook_deliveries, scope)
            .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
            .filter(webhook_deliveries::id.eq(delivery_id))
            .filter(webhook_deliveries::status.ne(DeliveryStatus::Pending.as_str())),
    )
    .set(requeued(now))
    .execute(conn)
}

/// Sends every failed delivery of the endpoint made since `since` again.
pub fn replay_failed_since(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    endpoint_id: i64,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        scoped!(webhook_deliveries, scope)
            .filter(webhook_deliveries::endpoint_id.eq(endpoint_id))
            .filter(webhook_deliveries::status.eq(DeliveryStatus::Failed.as_str()))
            .filter(webhook_deliveries::created_at.ge(since)),
    )
    .set(requeued(now))
    .execute(conn)
}

#[allow(clippy::type_complexity)]
fn requeued(
    now: NaiveDateTime,
) -> (
    diesel::dsl::Eq<webhook_deliveries::status, &'static str>,
    diesel::dsl::Eq<webhook_deliveries::attempts, i32>,
    diesel::dsl::Eq<webhook_deliveries::next_attempt_at, NaiveDateTime>,
    diesel::dsl::Eq<webhook_deliveries::updated_at, NaiveDateTime>,
) {
    (
        webhook_deliveries::status.eq(DeliveryStatus::Pending.as_str()),
        webhook_deliveries::attempts.eq(0),
        webhook_deliveries::next_attempt_at.eq(now),
        webhook_deliveries::updated_at.eq(now),
    )
}

// Due, unleased deliveries of enabled endpoints of active tenants, ranked
// within their tenant so one tenant's backlog never starves another's.
const CLAIM_SQLITE: &str = "
UPDATE webhook_deliveries
SET lease_owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?
WHERE id IN (
    SELECT id FROM (
        SELECT d.id, d.next_attempt_at,
               ROW_NUMBER() OVER (PARTITION BY d.tenant_id ORDER BY d.next_attempt_at, d.id) AS rank_in_tenant
        FROM webhook_deliveries d
        JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.tenant_id = d.tenant_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until < ?)
          AND e.enabled = 1
          AND d.tenant_id IN (SELECT id FROM tenants WHERE status = 'active' AND deleted_at IS NULL)
    ) ranked
    ORDER BY rank_in_tenant, next_attempt_at, id
    LIMIT ?
)
RETURNING id";

const CLAIM_POSTGRES: &str = "
WITH picked AS (
    SELECT id FROM (
        SELECT d.id, d.next_attempt_at,
               ROW_NUMBER() OVER (PARTITION BY d.tenant_id ORDER BY d.next_attempt_at, d.id) AS rank_in_tenant
        FROM webhook_deliveries d
        JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.tenant_id = d.tenant_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= $4 AND (d.lease_until IS NULL OR d.lease_until < $4)
          AND e.enabled = 1
          AND d.tenant_id IN (SELECT id FROM tenants WHERE status = 'active' AND deleted_at IS NULL)
    ) ranked
    ORDER BY rank_in_tenant, next_attempt_at, id
    LIMIT $5
), locked AS (
    SELECT id FROM webhook_deliveries
    WHERE id IN (SELECT id FROM picked)
      AND status = 'pending' AND (lease_until IS NULL OR lease_until < $4)
    FOR UPDATE SKIP LOCKED
)
UPDATE webhook_deliveries w
SET lease_owner = $1, lease_until = $2, attempts = w.attempts + 1, updated_at = $3
FROM locked WHERE w.id = locked.id
RETURNING w.id";

/// Leases up to `limit` due rows to `owner` until `lease_until`.
pub fn claim(conn: &mut AnyConnection, owner: &str, now: NaiveDateTime, lease_until: NaiveDateTime, limit: i64) -> QueryResult<Vec<i64>> {
    crate::db::lease(conn, &crate::db::LeaseQueries { sqlite: CLAIM_SQLITE, postgres: CLAIM_POSTGRES }, owner, now, lease_until, limit)
}

/// A leased delivery with its message and endpoint.
pub struct Leased {
    pub delivery: Delivery,
    pub message: Message,
    pub endpoint: Endpoint,
}

pub fn load_leased(conn: &mut AnyConnection, ids: &[i64]) -> QueryResult<Vec<Leased>> {
    let deliveries: Vec<Delivery> = webhook_deliveries::table
        .filter(webhook_deliveries::id.eq_any(ids))
        .order(webhook_deliveries::id.asc())
        .select(Delivery::as_select())
        .load(conn)?;
    let mut out = Vec::new();
    for delivery in deliveries {
        let message = webhook_messages::table
            .filter(webhook_messages::tenant_id.eq(delivery.tenant_id))
            .filter(webhook_messages::id.eq(delivery.message_id))
            .select(Message::as_select())
            .first(conn)?;
        let Some(endpoint) = endpoint_by_id(conn, delivery.tenant_id, delivery.endpoint_id)? else { continue };
        out.push(Leased { delivery, message, endpoint });
    }
    Ok(out)
}

/// What one attempt found.
pub struct Attempt<'a> {
    pub status: Option<i32>,
    pub latency_ms: i32,
    pub response: Option<&'a str>,
    pub error: Option<&'a str>,
}

/// Records an attempt and where the delivery goes next: `next` due again
/// (`None`: done — succeeded or failed for good). A no-op if the lease was
/// lost meanwhile.
pub fn settle(
    conn: &mut AnyConnection,
    id: i64,
    owner: &str,
    attempt: &Attempt<'_>,
    outcome: DeliveryStatus,
    next: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let leased = webhook_deliveries::table.filter(webhook_deliveries::id.eq(id)).filter(webhook_deliveries::lease_owner.eq(owner));
    diesel::update(leased)
        .set((
            webhook_deliveries::status.eq(outcome.as_str()),
            webhook_deliveries::next_attempt_at.eq(next.unwrap_or(now)),
            webhook_deliveries::lease_owner.eq(None::<String>),
            webhook_deliveries::lease_until.eq(None::<NaiveDateTime>),
            webhook_deliveries::last_status.eq(attempt.status),
            webhook_deliveries::last_latency_ms.eq(Some(attempt.latency_ms)),
            webhook_deliveries::last_response.eq(attempt.response),
            webhook_deliveries::last_error.eq(attempt.error),
            webhook_deliveries::updated_at.eq(now),
            webhook_deliveries::delivered_at.eq((outcome == DeliveryStatus::Succeeded).then_some(now)),
        ))
        .execute(conn)
}

/// Gives back leases claimed but not attempted (graceful shutdown).
pub fn release(conn: &mut AnyConnection, ids: &[i64], owner: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        webhook_deliveries::table
            .filter(webhook_deliveries::id.eq_any(ids))
            .filter(webhook_deliveries::lease_owner.eq(owner))
            .filter(webhook_deliveries::status.eq(DeliveryStatus::Pending.as_str())),
    )
    .set((
        webhook_deliveries::lease_owner.eq(None::<String>),
        webhook_deliveries::lease_until.eq(None::<NaiveDateTime>),
        webhook_deliveries::attempts.eq(webhook_deliveries::attempts - 1),
        webhook_deliveries::updated_at.eq(now),
    ))
    .execute(conn)
}
