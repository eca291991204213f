//! The audit log: `record` writes one row in the caller's transaction for a
//! change someone made — who (a person, an operator, a token or the system),
//! on behalf of which tenant (none: the platform's own log), the action, its
//! target, the changed fields (never secrets), when, and from where (client
//! address, user agent, request id).
//!
//! Each chain (one per tenant, one for the platform) is linked by SHA-256:
//! a row carries the previous row's hash and the hash of its own content
//! with it, so `verify` finds the first row that was changed, removed or
//! inserted out of turn. The database refuses UPDATE and DELETE on the table
//! (triggers), except the purge of a deleted tenant's rows. Writers of one
//! chain take turns: PostgreSQL takes a transaction-scoped advisory lock on
//! the chain, SQLite serializes writers already.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::AnyConnection;
use crate::db::schema::audit_log;
use crate::tenancy::scope::TenantScope;

type Db = <AnyConnection as diesel::Connection>::Backend;

/// Where a request came from, as the web layer saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestMeta {
    pub client_address: String,
    pub user_agent: String,
    pub request_id: String,
}

/// Who made a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// `user`, `operator`, `token` or `system`.
    pub kind: &'static str,
    pub id: Option<i64>,
    /// The e-mail address (or the job's name) at the time.
    pub label: String,
    pub meta: RequestMeta,
}

impl Actor {
    pub fn user(id: i64, email: &str, meta: RequestMeta) -> Self {
        Actor { kind: "user", id: Some(id), label: email.to_string(), meta }
    }

    pub fn operator(id: i64, email: &str, meta: RequestMeta) -> Self {
        Actor { kind: "operator", id: Some(id), label: email.to_string(), meta }
    }

    /// A tenant API token, by its name.
    pub fn token(id: i64, name: &str, meta: RequestMeta) -> Self {
        Actor { kind: "token", id: Some(id), label: format!("API token “{name}”"), meta }
    }

    /// The command line (`portico …`) or a job: no person, no request.
    pub fn system(what: &str) -> Self {
        Actor { kind: "system", id: None, label: what.to_string(), meta: RequestMeta::default() }
    }
}

/// What changed.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// `tenant.plan_changed`, `user.invited`, …
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: String,
    /// The changed fields (a JSON object); never passwords, tokens or secrets.
    pub changes: serde_json::Value,
}

impl<'a> Entry<'a> {
    pub fn new(action: &'a str, target_type: &'a str, target_id: impl ToString) -> Self {
        Entry { action, target_type, target_id: target_id.to_string(), changes: serde_json::json!({}) }
    }

    pub fn changes(mut self, changes: serde_json::Value) -> Self {
        self.changes = changes;
        self
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditRow {
    pub id: i64,
    pub tenant_id: Option<i64>,
    pub actor_kind: String,
    pub actor_id: Option<i64>,
    pub actor_label: String,
    pub action: String,
    pub target_type: String,
    pub target_id: String,
    pub changes: String,
    pub client_address: String,
    pub user_agent: String,
    pub request_id: String,
    pub created_at: NaiveDateTime,
    pub prev_hash: String,
    pub row_hash: String,
}

/// The hash of a row: its content and the previous row's hash.
fn hash(row: &AuditRow) -> String {
    let mut h = Sha256::new();
    let tenant = row.tenant_id.map(|t| t.to_string()).unwrap_or_default();
    let actor_id = row.actor_id.map(|t| t.to_string()).unwrap_or_default();
    let at = row.created_at.format("%Y-%m-%dT%H:%M:%S%.6f").to_string();
    for part in [
        row.prev_hash.as_str(),
        &tenant,
        &row.actor_kind,
        &actor_id,
        &row.actor_label,
        &row.action,
        &row.target_type,
        &row.target_id,
        &row.changes,
        &row.client_address,
        &row.user_agent,
        &row.request_id,
        &at,
    ] {
        // Length-prefixed, so no two different rows hash the same text.
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// The first hash of every chain.
const GENESIS: &str = "";

fn chain_filter(tenant_id: Option<i64>) -> audit_log::BoxedQuery<'static, Db> {
    match tenant_id {
        Some(t) => audit_log::table.filter(audit_log::tenant_id.eq(t)).into_boxed(),
        None => audit_log::table.filter(audit_log::tenant_id.is_null()).into_boxed(),
    }
}

fn lock_chain(conn: &mut AnyConnection, tenant_id: Option<i64>) -> QueryResult<()> {
    match conn {
        AnyConnection::Postgres(c) => {
            // Key space of its own (high bit), one key per chain.
            let key: i64 = (1_i64 << 62) | tenant_id.unwrap_or(0);
            diesel::sql_query("SELECT pg_advisory_xact_lock($1)").bind::<diesel::sql_types::BigInt, _>(key).execute(c).map(|_| ())
        }
        AnyConnection::Sqlite(_) => Ok(()),
    }
}

fn write(conn: &mut AnyConnection, tenant_id: Option<i64>, actor: &Actor, entry: &Entry<'_>) -> QueryResult<()> {
    lock_chain(conn, tenant_id)?;
    let mut prev = chain_tail(conn, tenant_id)?;
    let row = AuditRow {
        id: 0,
        tenant_id,
        actor_kind: actor.kind.to_string(),
        actor_id: actor.id,
        actor_label: actor.label.clone(),
        action: entry.action.to_string(),
        target_type: entry.target_type.to_string(),
        target_id: entry.target_id.clone(),
        changes: entry.changes.to_string(),
        client_address: actor.meta.client_address.clone(),
        user_agent: actor.meta.user_agent.clone(),
        request_id: actor.meta.request_id.clone(),
        created_at: crate::db::now(),
        prev_hash: String::new(),
        row_hash: String::new(),
    };
    append(conn, row, &mut prev)
}

fn chain_tail(conn: &mut AnyConnection, tenant_id: Option<i64>) -> QueryResult<String> {
    let prev: Option<String> = chain_filter(tenant_id).order(audit_log::id.desc()).select(audit_log::row_hash).first(conn).optional()?;
    Ok(prev.unwrap_or_else(|| GENESIS.to_string()))
}

/// Links `row` after `prev` (which becomes its hash) and inserts it; the
/// texts are cut to the columns' lengths first, so the hash covers what is stored.
fn append(conn: &mut AnyConnection, mut row: AuditRow, prev: &mut String) -> QueryResult<()> {
    let cut = |s: &mut String, n: usize| {
        if s.chars().count() > n {
            *s = s.chars().take(n).collect();
        }
    };
    cut(&mut row.actor_label, 254);
    cut(&mut row.target_id, 200);
    cut(&mut row.client_address, 64);
    cut(&mut row.user_agent, 400);
    cut(&mut row.request_id, 64);
    row.prev_hash = std::mem::take(prev);
    row.row_hash = hash(&row);
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::tenant_id.eq(row.tenant_id),
            audit_log::actor_kind.eq(&row.actor_kind),
            audit_log::actor_id.eq(row.actor_id),
            audit_log::actor_label.eq(&row.actor_label),
            audit_log::action.eq(&row.action),
            audit_log::target_type.eq(&row.target_type),
            audit_log::target_id.eq(&row.target_id),
            audit_log::changes.eq(&row.changes),
            audit_log::client_address.eq(&row.client_address),
            audit_log::user_agent.eq(&row.user_agent),
            audit_log::request_id.eq(&row.request_id),
            audit_log::created_at.eq(row.created_at),
            audit_log::prev_hash.eq(&row.prev_hash),
            audit_log::row_hash.eq(&row.row_hash),
        ))
        .execute(conn)?;
    *prev = row.row_hash;
    Ok(())
}

/// Appends rows copied from another installation's log (a tenant import),
/// oldest first, to the scope's chain: their content as it was (ids already
/// translated by the caller), linked anew, so `verify` holds for the copy.
/// The source's hashes cannot hold here: they cover the source's ids.
pub fn append_copied(conn: &mut AnyConnection, scope: &TenantScope, rows: Vec<AuditRow>) -> QueryResult<usize> {
    let tenant_id = Some(scope.tenant_id());
    lock_chain(conn, tenant_id)?;
    let mut prev = chain_tail(conn, tenant_id)?;
    let count = rows.len();
    for row in rows {
        append(conn, AuditRow { tenant_id, ..row }, &mut prev)?;
    }
    Ok(count)
}

/// Records a change of a tenant's, in the caller's transaction.
pub fn record(conn: &mut AnyConnection, scope: &TenantScope, actor: &Actor, entry: &Entry<'_>) -> QueryResult<()> {
    tracing::info!(tenant_id = scope.tenant_id(), action = entry.action, target = entry.target_id.as_str(), "audit");
    write(conn, Some(scope.tenant_id()), actor, entry)
}

/// Records a platform action (the operator's, the purge's), in the caller's transaction.
pub fn record_platform(conn: &mut AnyConnection, actor: &Actor, entry: &Entry<'_>) -> QueryResult<()> {
    tracing::info!(action = entry.action, target = entry.target_id.as_str(), "audit.platform");
    write(conn, None, actor, entry)
}

/// What `verify` found in one chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verified {
    /// Every link holds; this many rows.
    Intact(usize),
    /// The first row whose link or content does not match.
    BrokenAt { id: i64, rows_before: usize },
}

/// Walks a chain (a tenant's, or the platform's with `None`) from its first row.
pub fn verify(conn: &mut AnyConnection, tenant_id: Option<i64>) -> QueryResult<Verified> {
    let rows: Vec<AuditRow> = chain_filter(tenant_id).order(audit_log::id.asc()).select(AuditRow::as_select()).load(conn)?;
    let mut prev = GENESIS.to_string();
    for (index, row) in rows.iter().enumerate() {
        if row.prev_hash != prev || hash(row) != row.row_hash {
            return Ok(Verified::BrokenAt { id: row.id, rows_before: index });
        }
        prev = row.row_hash.clone();
    }
    Ok(Verified::Intact(rows.len()))
}

/// A filter over a tenant's log: the page's and the CSV's.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub actor: Option<String>,
    pub action_prefix: Option<String>,
    pub from: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    /// Only these kinds of action (`deal.`, `partner.`): what a channel manager sees.
    pub only_prefixes: Option<Vec<&'static str>>,
    /// Keyset: rows older than this id.
    pub before: Option<i64>,
}

/// Newest first, at most `limit` rows.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope, filter: &Filter, limit: i64) -> QueryResult<Vec<AuditRow>> {
    let mut query = chain_filter(Some(scope.tenant_id()));
    let like = |s: &str| format!("{}%", s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    if let Some(actor) = filter.actor.as_deref().filter(|s| !s.is_empty()) {
        query = query.filter(audit_log::actor_label.like(format!("%{}", like(&actor.to_lowercase()))).escape('\\'));
    }
    if let Some(prefix) = filter.action_prefix.as_deref().filter(|s| !s.is_empty()) {
        query = query.filter(audit_log::action.like(like(prefix)).escape('\\'));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_log::created_at.ge(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(audit_log::created_at.lt(until));
    }
    if let Some(prefixes) = &filter.only_prefixes {
        let mut allowed: Box<dyn BoxableExpression<audit_log::table, Db, SqlType = diesel::sql_types::Bool>> =
            Box::new(audit_log::action.like(like(prefixes.first().copied().unwrap_or("-"))).escape('\\'));
        for p in prefixes.iter().skip(1) {
            allowed = Box::new(allowed.or(audit_log::action.like(like(p)).escape('\\')));
        }
        query = query.filter(allowed);
    }
    if let Some(before) = filter.before {
        query = query.filter(audit_log::id.lt(before));
    }
    query.order(audit_log::id.desc()).limit(limit).select(AuditRow::as_select()).load(conn)
}

/// The platform's own log, newest first.
pub fn list_platform(conn: &mut AnyConnection, before: Option<i64>, limit: i64) -> QueryResult<Vec<AuditRow>> {
    let mut query = chain_filter(None);
    if let Some(before) = before {
        query = query.filter(audit_log::id.lt(before));
    }
    query.order(audit_log::id.desc()).limit(limit).select(AuditRow::as_select()).load(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> AuditRow {
        AuditRow {
            id: 1,
            tenant_id: Some(7),
            actor_kind: "user".into(),
            actor_id: Some(3),
            actor_label: "ops@acme.test".into(),
            action: "user.invited".into(),
            target_type: "user".into(),
            target_id: "9".into(),
            changes: "{\"role\":\"partner_user\"}".into(),
            client_address: "127.0.0.1".into(),
            user_agent: "test".into(),
            request_id: "r1".into(),
            created_at: chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap().and_hms_micro_opt(6, 1, 2, 345_678).unwrap(),
            prev_hash: String::new(),
            row_hash: String::new(),
        }
    }

    #[test]
    fn every_field_and_the_previous_hash_are_in_a_rows_hash() {
        let base = hash(&row());
        assert_eq!(base.len(), 64);
        let changed: [fn(&mut AuditRow); 5] = [
            |r| r.actor_label.push('x'),
            |r| r.changes = "{}".into(),
            |r| r.prev_hash = "00".into(),
            |r| r.tenant_id = Some(8),
            |r| r.created_at += chrono::Duration::microseconds(1),
        ];
        for change in changed {
            let mut r = row();
            change(&mut r);
            assert_ne!(hash(&r), base);
        }
        // Moving text between fields changes the hash too (length prefixes).
        let mut r = row();
        r.action = "user.invitedu".into();
        r.target_type = "ser".into();
        assert_ne!(hash(&r), base);
    }
}
