//! Throttling of failed sign-ins, per account and per client address, in
//! the database (so every instance sees the same counts). Keys carry the
//! tenant: one tenant's attacker never locks another tenant's user.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::sign_in_failures;

pub const WINDOW_MINUTES: i64 = 15;
pub const ACCOUNT_LIMIT: i64 = 5;
pub const ADDRESS_LIMIT: i64 = 20;

pub fn account_key(tenant_id: Option<i64>, email: &str) -> String {
    format!("account:{}:{}", tenant_id.unwrap_or(0), email.to_lowercase())
}

pub fn address_key(tenant_id: Option<i64>, ip: &str) -> String {
    format!("address:{}:{ip}", tenant_id.unwrap_or(0))
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

pub fn clear(conn: &mut AnyConnection, key: &str) -> QueryResult<usize> {
    diesel::delete(sign_in_failures::table.filter(sign_in_failures::throttle_key.eq(key))).execute(conn)
}
