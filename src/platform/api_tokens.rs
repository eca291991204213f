//! Operator tokens for the platform API, and the answers kept for an
//! `Idempotency-Key`. A token is shown once, when it is made; only its
//! SHA-256 is stored. It starts with `pop_` so a leaked one is recognised
//! (by secret scanners too), names its operator, can be revoked, and its
//! last use is kept.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;

use super::operators::CurrentOperator;
use crate::audit::{self, Actor, Entry};
use crate::db::schema::{idempotency_keys, operators, platform_api_tokens};
use crate::db::{self, AnyConnection};
use crate::identity::invitations::hash_token;

pub const PREFIX: &str = "pop_";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = platform_api_tokens)]
pub struct ApiToken {
    pub id: i64,
    pub operator_id: i64,
    pub name: String,
    pub token_hash: String,
    pub hint: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

/// A fresh secret: the prefix and 40 random base62 characters (238 bits).
fn fresh_secret() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut out = String::from(PREFIX);
    let mut byte = [0u8; 1];
    while out.len() < PREFIX.len() + 40 {
        rand::rng().fill_bytes(&mut byte);
        // 248 = 4 × 62: values above would favour the first letters.
        if byte[0] < 248 {
            out.push(char::from(ALPHABET[usize::from(byte[0] % 62)]));
        }
    }
    out
}

/// Makes a token for `operator`; returns it with its secret (shown once).
pub fn create(conn: &mut AnyConnection, operator: &CurrentOperator, actor: &Actor, name: &str) -> QueryResult<(ApiToken, String)> {
    let secret = fresh_secret();
    let hint = format!("{}…", &secret[..PREFIX.len() + 6]);
    let now = db::now();
    db::transaction(conn, |c| {
        let token: ApiToken = diesel::insert_into(platform_api_tokens::table)
            .values((
                platform_api_tokens::operator_id.eq(operator.id),
                platform_api_tokens::name.eq(name),
                platform_api_tokens::token_hash.eq(hash_token(&secret)),
                platform_api_tokens::hint.eq(&hint),
                platform_api_tokens::created_at.eq(now),
            ))
            .returning(platform_api_tokens::all_columns)
            .get_result(c)?;
        audit::record_platform(
            c,
            actor,
            &Entry::new("api_token.created", "api_token", token.id).changes(serde_json::json!({ "name": name, "hint": hint })),
        )?;
        Ok((token, secret))
    })
}

/// Every token, newest first, with its operator's address.
pub fn list(conn: &mut AnyConnection) -> QueryResult<Vec<(ApiToken, String)>> {
    platform_api_tokens::table
        .inner_join(operators::table)
        .order(platform_api_tokens::id.desc())
        .select((ApiToken::as_select(), operators::email))
        .load(conn)
}

pub fn revoke(conn: &mut AnyConnection, actor: &Actor, id: i64) -> QueryResult<usize> {
    db::transaction(conn, |c| {
        let n = diesel::update(
            platform_api_tokens::table.filter(platform_api_tokens::id.eq(id)).filter(platform_api_tokens::revoked_at.is_null()),
        )
        .set(platform_api_tokens::revoked_at.eq(Some(db::now())))
        .execute(c)?;
        if n > 0 {
            audit::record_platform(c, actor, &Entry::new("api_token.revoked", "api_token", id))?;
        }
        Ok(n)
    })
}

/// The operator a live (not revoked) token belongs to, and the token's id;
/// the last use is kept.
pub fn authenticate(conn: &mut AnyConnection, secret: &str) -> QueryResult<Option<(CurrentOperator, i64)>> {
    if !secret.starts_with(PREFIX) || secret.len() > 100 {
        return Ok(None);
    }
    let found: Option<(i64, i64, String)> = platform_api_tokens::table
        .inner_join(operators::table)
        .filter(platform_api_tokens::token_hash.eq(hash_token(secret)))
        .filter(platform_api_tokens::revoked_at.is_null())
        .select((platform_api_tokens::id, operators::id, operators::email))
        .first(conn)
        .optional()?;
    let Some((token_id, id, email)) = found else { return Ok(None) };
    diesel::update(platform_api_tokens::table.filter(platform_api_tokens::id.eq(token_id)))
        .set(platform_api_tokens::last_used_at.eq(Some(db::now())))
        .execute(conn)?;
    Ok(Some((CurrentOperator { id, email }, token_id)))
}

/// A kept answer for an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// The same request was answered before: this answer.
    Answer { status: u16, body: String },
    /// The key was used for another request.
    Mismatch,
}

pub fn kept(conn: &mut AnyConnection, owner: &str, key: &str, request_hash: &str) -> QueryResult<Option<Kept>> {
    let found: Option<(String, i32, String)> = idempotency_keys::table
        .filter(idempotency_keys::owner.eq(owner))
        .filter(idempotency_keys::key.eq(key))
        .select((idempotency_keys::request_hash, idempotency_keys::status, idempotency_keys::body))
        .first(conn)
        .optional()?;
    Ok(found.map(
        |(hash, status, body)| {
            if hash == request_hash { Kept::Answer { status: u16::try_from(status).unwrap_or(500), body } } else { Kept::Mismatch }
        },
    ))
}

/// Keeps an answer; `false` when another request kept one for the key first.
pub fn keep(conn: &mut AnyConnection, owner: &str, key: &str, request_hash: &str, status: u16, body: &str) -> QueryResult<bool> {
    let inserted = db::transaction(conn, |c| {
        diesel::insert_into(idempotency_keys::table)
            .values((
                idempotency_keys::owner.eq(owner),
                idempotency_keys::key.eq(key),
                idempotency_keys::request_hash.eq(request_hash),
                idempotency_keys::status.eq(i32::from(status)),
                idempotency_keys::body.eq(body),
                idempotency_keys::created_at.eq(db::now()),
            ))
            .execute(c)
    });
    match inserted {
        Ok(_) => Ok(true),
        Err(e) if db::is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_prefixed_long_and_fresh() {
        let a = fresh_secret();
        assert!(a.starts_with("pop_") && a.len() == 44, "{a}");
        assert!(a[4..].chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, fresh_secret());
    }
}
