//! Throttling of failed sign-ins, in the database (so every instance sees
//! the same counts). Keys carry the tenant: one tenant's attacker never locks
//! another tenant's user. An account is locked per client (so nobody can lock
//! someone else out from their own address), with a much higher limit for the
//! account from any client; a client address (IPv6 by /64) has its own limit.
//! Each attempt is counted before the password is checked, so a parallel
//! burst gets no more guesses than the limits allow.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::sign_in_failures;

pub const WINDOW_MINUTES: i64 = 15;
/// Failures of one account from one client.
pub const ACCOUNT_LIMIT: i64 = 5;
/// Failures of one account from any client (a distributed guess).
pub const ACCOUNT_ANY_CLIENT_LIMIT: i64 = 100;
/// Failures from one client address, whatever the account.
pub const ADDRESS_LIMIT: i64 = 20;

pub fn account_key(tenant_id: Option<i64>, email: &str) -> String {
    format!("account:{}:{}", tenant_id.unwrap_or(0), email.to_lowercase())
}

/// One account from one client.
pub fn account_client_key(tenant_id: Option<i64>, email: &str, ip: &str) -> String {
    format!("{}:from:{}", account_key(tenant_id, email), client_network(ip))
}

pub fn address_key(tenant_id: Option<i64>, ip: &str) -> String {
    format!("address:{}:{}", tenant_id.unwrap_or(0), client_network(ip))
}

/// An IPv4 address as it is; an IPv6 address by its /64 (one subscriber's
/// network hands out a whole /64, one address per request if it likes).
pub fn client_network(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(std::net::IpAddr::V6(v6)) => v6.to_ipv4_mapped().map_or_else(|| ip.to_string(), |v4| v4.to_string()),
        _ => ip.to_string(),
    }
}

/// This attempt, counted against each `(key, limit)` before the password is
/// checked. `blocked` says for how many minutes when a limit is reached (the
/// attempt is then not counted, so a locked-out client cannot extend its
/// lock); otherwise the rows stay as failures unless `succeeded` removes them.
pub struct Attempt {
    rows: Vec<i64>,
    pub blocked: Option<i64>,
}

pub fn begin_attempt(conn: &mut AnyConnection, tenant_id: Option<i64>, keys: &[(&str, i64)], now: NaiveDateTime) -> QueryResult<Attempt> {
    let mut rows = Vec::new();
    // Each insert commits on its own, before any count: whoever counts sees
    // every attempt that started before it.
    for (key, _) in keys {
        let id: i64 = diesel::insert_into(sign_in_failures::table)
            .values((
                sign_in_failures::tenant_id.eq(tenant_id),
                sign_in_failures::throttle_key.eq(*key),
                sign_in_failures::failed_at.eq(now),
            ))
            .returning(sign_in_failures::id)
            .get_result(conn)?;
        rows.push(id);
    }
    let mut blocked = None;
    for (key, limit) in keys {
        // `limit` attempts are allowed, this one included.
        if let Some(minutes) = blocked_for(conn, key, limit + 1, now)? {
            blocked = Some(blocked.map_or(minutes, |m: i64| m.max(minutes)));
        }
    }
    // Old rows are of no use.
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::failed_at.lt(now - chrono::Duration::days(1)))).execute(conn)?;
    let attempt = Attempt { rows, blocked };
    if attempt.blocked.is_some() {
        forget(conn, &attempt)?;
    }
    Ok(attempt)
}

/// A right password: the attempt does not count, and the account's failures
/// from this client are forgiven.
pub fn succeeded(conn: &mut AnyConnection, attempt: &Attempt, account_client: &str) -> QueryResult<()> {
    forget(conn, attempt)?;
    clear(conn, account_client)?;
    Ok(())
}

/// An attempt that was no guess after all (the address signs in elsewhere,
/// or the right password could not sign in): it does not count.
pub fn forget(conn: &mut AnyConnection, attempt: &Attempt) -> QueryResult<usize> {
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::id.eq_any(&attempt.rows))).execute(conn)
}

/// `Some(minutes)` to wait when `key` has reached `limit` failures in the window.
pub fn blocked_for(conn: &mut AnyConnection, key: &str, limit: i64, now: NaiveDateTime) -> QueryResult<Option<i64>> {
    let since = now - chrono::Duration::minutes(WINDOW_MINUTES);
    let recent: Vec<NaiveDateTime> = sign_in_failures::table
        .filter(sign_in_failures::throttle_key.eq(key))
        .filter(sign_in_failures::failed_at.gt(since))
        .order(sign_in_failures::failed_at.asc())
        .select(sign_in_failures::failed_at)
        .load(conn)?;
    if (recent.len() as i64) < limit {
        return Ok(None);
    }
    // Free again when the oldest counted failure leaves the window.
    let oldest = recent[recent.len() - limit as usize];
    let free_at = oldest + chrono::Duration::minutes(WINDOW_MINUTES);
    Ok(Some(((free_at - now).num_seconds() + 59).max(60) / 60))
}

pub fn record(conn: &mut AnyConnection, tenant_id: Option<i64>, keys: &[&str], now: NaiveDateTime) -> QueryResult<()> {
    for key in keys {
        diesel::insert_into(sign_in_failures::table)
            .values((
                sign_in_failures::tenant_id.eq(tenant_id),
                sign_in_failures::throttle_key.eq(*key),
                sign_in_failures::failed_at.eq(now),
            ))
            .execute(conn)?;
    }
    // Old rows are of no use.
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::failed_at.lt(now - chrono::Duration::days(1)))).execute(conn)?;
    Ok(())
}

/// Forgives every failure of an account, from any client (its password was
/// just set through a link).
pub fn clear_account(conn: &mut AnyConnection, tenant_id: Option<i64>, email: &str) -> QueryResult<usize> {
    let account = account_key(tenant_id, email);
    let escaped: String = account.chars().flat_map(|c| if matches!(c, '%' | '_' | '\\') { vec!['\\', c] } else { vec![c] }).collect();
    diesel::delete(sign_in_failures::table.filter(
        sign_in_failures::throttle_key.eq(&account).or(sign_in_failures::throttle_key.like(format!("{escaped}:from:%")).escape('\\')),
    ))
    .execute(conn)
}

pub fn clear(conn: &mut AnyConnection, key: &str) -> QueryResult<usize> {
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::throttle_key.eq(key))).execute(conn)
}
