//! Outbox rows: enqueue, claim with a lease (fair across tenants), and the
//! state changes after a delivery attempt. Claiming is the one place with raw
//! SQL, in explicit `match conn` arms (window function, and `FOR UPDATE SKIP
//! LOCKED` on PostgreSQL).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{mail_outbox, tenants};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    Queued,
    Sent,
    Parked,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Queued => "queued",
            MailStatus::Sent => "sent",
            MailStatus::Parked => "parked",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [MailStatus::Queued, MailStatus::Sent, MailStatus::Parked].into_iter().find(|m| m.as_str() == s)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = mail_outbox)]
pub struct OutboxRow {
    pub id: i64,
    pub tenant_id: Option<i64>,
    pub recipient_user_id: Option<i64>,
    pub to_address: String,
    pub to_name: String,
    pub from_name: String,
    pub kind: String,
    pub locale: String,
    pub payload: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub unsubscribe_url: Option<String>,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub lease_owner: Option<String>,
    pub lease_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub message_id: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = mail_outbox)]
pub struct NewOutbox<'a> {
    pub tenant_id: Option<i64>,
    pub recipient_user_id: Option<i64>,
    pub to_address: &'a str,
    pub to_name: &'a str,
    pub from_name: &'a str,
    pub kind: &'a str,
    pub locale: &'a str,
    pub payload: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: &'a str,
    pub unsubscribe_url: Option<&'a str>,
    pub status: &'a str,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub message_id: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub fn insert(conn: &mut AnyConnection, new: &NewOutbox<'_>) -> QueryResult<i64> {
    diesel::insert_into(mail_outbox::table).values(new).returning(mail_outbox::id).get_result(conn)
}

// Due, unleased rows, ranked within their tenant so that each tenant's
// oldest message comes first: one tenant's backlog never starves another's.
const CLAIM_SQLITE: &str = "
UPDATE mail_outbox
SET lease_owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?
WHERE id IN (
    SELECT id FROM (
        SELECT id, next_attempt_at,
               ROW_NUMBER() OVER (PARTITION BY COALESCE(tenant_id, 0) ORDER BY next_attempt_at, id) AS rank_in_tenant
        FROM mail_outbox
        WHERE status = 'queued' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)
          AND (tenant_id IS NULL OR tenant_id IN (SELECT id FROM tenants WHERE status = 'active' AND deleted_at IS NULL))
    ) ranked
    ORDER BY rank_in_tenant, next_attempt_at, id
    LIMIT ?
)
RETURNING id";

// A suspended or deleted tenant's mail waits in the queue (resuming sends it).
// PostgreSQL: the same ranking, then the picked rows are locked with SKIP
// LOCKED and their lease re-checked, so two workers never claim one row.
const CLAIM_POSTGRES: &str = "
WITH picked AS (
    SELECT id FROM (
        SELECT id, next_attempt_at,
               ROW_NUMBER() OVER (PARTITION BY COALESCE(tenant_id, 0) ORDER BY next_attempt_at, id) AS rank_in_tenant
        FROM mail_outbox
        WHERE status = 'queued' AND next_attempt_at <= $4 AND (lease_until IS NULL OR lease_until < $4)
          AND (tenant_id IS NULL OR tenant_id IN (SELECT id FROM tenants WHERE status = 'active' AND deleted_at IS NULL))
    ) ranked
    ORDER BY rank_in_tenant, next_attempt_at, id
    LIMIT $5
), locked AS (
    SELECT id FROM mail_outbox
    WHERE id IN (SELECT id FROM picked)
      AND status = 'queued' AND (lease_until IS NULL OR lease_until < $4)
    FOR UPDATE SKIP LOCKED
)
UPDATE mail_outbox m
SET lease_owner = $1, lease_until = $2, attempts = m.attempts + 1, updated_at = $3
FROM locked WHERE m.id = locked.id
RETURNING m.id";

/// Leases up to `limit` due rows to `owner` until `lease_until`.
pub fn claim(conn: &mut AnyConnection, owner: &str, now: NaiveDateTime, lease_until: NaiveDateTime, limit: i64) -> QueryResult<Vec<i64>> {
    crate::db::lease(conn, &crate::db::LeaseQueries { sqlite: CLAIM_SQLITE, postgres: CLAIM_POSTGRES }, owner, now, lease_until, limit)
}

pub fn load(conn: &mut AnyConnection, ids: &[i64]) -> QueryResult<Vec<OutboxRow>> {
    mail_outbox::table.filter(mail_outbox::id.eq_any(ids)).order(mail_outbox::id.asc()).select(OutboxRow::as_select()).load(conn)
}

/// Marks a leased message sent; a no-op if the lease was lost meanwhile.
/// Messages whose bodies carry a live secret (a link that signs someone in).
pub const SECURITY_KINDS: [&str; 2] = ["invitation", "password_reset"];

/// What a delivered security message's body becomes: the link is in the
/// recipient's mailbox, and must not stay readable in the database.
pub const REDACTED_BODY: &str = "[removed after delivery: this message carried a single-use link]";

/// Marks a delivered message sent; a security message keeps its headers and
/// status but loses its body — in the same statement, so no reader ever sees
/// it sent with its link.
pub fn mark_sent(conn: &mut AnyConnection, id: i64, owner: &str, now: NaiveDateTime) -> QueryResult<usize> {
    let leased = || mail_outbox::table.filter(mail_outbox::id.eq(id)).filter(mail_outbox::lease_owner.eq(owner));
    let sent = || {
        (
            mail_outbox::status.eq(MailStatus::Sent.as_str()),
            mail_outbox::sent_at.eq(Some(now)),
            mail_outbox::lease_owner.eq(None::<String>),
            mail_outbox::lease_until.eq(None::<NaiveDateTime>),
            mail_outbox::last_error.eq(None::<String>),
            mail_outbox::updated_at.eq(now),
        )
    };
    let redacted = diesel::update(leased().filter(mail_outbox::kind.eq_any(SECURITY_KINDS)))
        .set((sent(), mail_outbox::body_text.eq(REDACTED_BODY), mail_outbox::body_html.eq(REDACTED_BODY)))
        .execute(conn)?;
    if redacted > 0 {
        return Ok(redacted);
    }
    diesel::update(leased()).set(sent()).execute(conn)
}

pub fn reschedule(
    conn: &mut AnyConnection,
    id: i64,
    owner: &str,
    next: NaiveDateTime,
    error: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(mail_outbox::table.filter(mail_outbox::id.eq(id)).filter(mail_outbox::lease_owner.eq(owner)))
        .set((
            mail_outbox::next_attempt_at.eq(next),
            mail_outbox::lease_owner.eq(None::<String>),
            mail_outbox::lease_until.eq(None::<NaiveDateTime>),
            mail_outbox::last_error.eq(Some(error)),
            mail_outbox::updated_at.eq(now),
        ))
        .execute(conn)
}

pub fn park(conn: &mut AnyConnection, id: i64, owner: &str, error: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(mail_outbox::table.filter(mail_outbox::id.eq(id)).filter(mail_outbox::lease_owner.eq(owner)))
        .set((
            mail_outbox::status.eq(MailStatus::Parked.as_str()),
            mail_outbox::lease_owner.eq(None::<String>),
            mail_outbox::lease_until.eq(None::<NaiveDateTime>),
            mail_outbox::last_error.eq(Some(error)),
            mail_outbox::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Gives back leases that were claimed but not attempted (graceful shutdown).
pub fn release(conn: &mut AnyConnection, ids: &[i64], owner: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        mail_outbox::table
            .filter(mail_outbox::id.eq_any(ids))
            .filter(mail_outbox::lease_owner.eq(owner))
            .filter(mail_outbox::status.eq(MailStatus::Queued.as_str())),
    )
    .set((
        mail_outbox::lease_owner.eq(None::<String>),
        mail_outbox::lease_until.eq(None::<NaiveDateTime>),
        mail_outbox::attempts.eq(mail_outbox::attempts - 1),
        mail_outbox::updated_at.eq(now),
    ))
    .execute(conn)
}

/// Puts a parked message back in the queue, due now.
pub fn retry(conn: &mut AnyConnection, id: i64, tenant_id: Option<i64>, now: NaiveDateTime) -> QueryResult<usize> {
    let mut query = diesel::update(mail_outbox::table)
        .filter(mail_outbox::id.eq(id))
        .filter(mail_outbox::status.eq(MailStatus::Parked.as_str()))
        .into_boxed();
    if let Some(tenant) = tenant_id {
        query = query.filter(mail_outbox::tenant_id.eq(tenant));
    }
    query
        .set((
            mail_outbox::status.eq(MailStatus::Queued.as_str()),
            mail_outbox::attempts.eq(0),
            mail_outbox::next_attempt_at.eq(now),
            mail_outbox::updated_at.eq(now),
        ))
        .execute(conn)
}

/// One line of the mail log, with the tenant's slug.
pub struct LogEntry {
    pub row: OutboxRow,
    pub tenant_slug: Option<String>,
}

pub struct LogFilter {
    pub tenant_id: Option<i64>,
    pub status: Option<MailStatus>,
    pub limit: i64,
}

pub fn log(conn: &mut AnyConnection, filter: &LogFilter) -> QueryResult<Vec<LogEntry>> {
    let mut query = mail_outbox::table
        .left_join(tenants::table.on(mail_outbox::tenant_id.eq(tenants::id.nullable())))
        .select((OutboxRow::as_select(), tenants::slug.nullable()))
        .order(mail_outbox::id.desc())
        .limit(filter.limit)
        .into_boxed();
    if let Some(tenant) = filter.tenant_id {
        query = query.filter(mail_outbox::tenant_id.eq(tenant));
    }
    if let Some(status) = filter.status {
        query = query.filter(mail_outbox::status.eq(status.as_str()));
    }
    let rows: Vec<(OutboxRow, Option<String>)> = query.load(conn)?;
    Ok(rows.into_iter().map(|(row, tenant_slug)| LogEntry { row, tenant_slug }).collect())
}

/// Messages per status (for tests, benches and the operator).
pub fn count_by_status(conn: &mut AnyConnection, status: MailStatus) -> QueryResult<i64> {
    mail_outbox::table.filter(mail_outbox::status.eq(status.as_str())).count().get_result(conn)
}
