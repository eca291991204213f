//! Tokens for a tenant's API (`/api/v1`), made by its vendor admin. A token
//! is shown once; only its SHA-256 is stored. It reads `ptk_` + 30 random
//! base62 characters + a 6-character checksum (CRC-32 of the random part, in
//! base62), so a leaked one is recognised by secret scanners and a mistyped
//! one is refused before any lookup. A token is `read` or `write` (read-write),
//! may expire, can be revoked, and its last use is kept. It acts for its
//! tenant as vendor staff.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;

use crate::audit::{self, Actor, Entry};
use crate::db::schema::api_tokens;
use crate::db::{self, AnyConnection};
use crate::identity::invitations::hash_token;
use crate::tenancy::scope::{TenantScope, scoped};

pub const PREFIX: &str = "ptk_";
const RANDOM: usize = 30;
const CHECKSUM: usize = 6;
const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Read,
    Write,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        match s {
            "read" => Some(Scope::Read),
            "write" => Some(Scope::Write),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub scope: String,
    pub token_hash: String,
    pub hint: String,
    pub created_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub expires_at: Option<NaiveDateTime>,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

impl ApiToken {
    pub fn scope(&self) -> Scope {
        Scope::parse(&self.scope).unwrap_or(Scope::Read)
    }

    /// Neither revoked nor expired at `now`.
    pub fn is_live(&self, now: NaiveDateTime) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|at| at > now)
    }
}

fn base62(mut n: u64, width: usize) -> String {
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = ALPHABET[(n % 62) as usize];
        n /= 62;
    }
    String::from_utf8(out).unwrap_or_default()
}

fn checksum(random: &str) -> String {
    base62(u64::from(crc32fast::hash(random.as_bytes())), CHECKSUM)
}

/// A fresh secret: the prefix, 30 random base62 characters (178 bits), the checksum.
fn fresh_secret() -> String {
    let mut random = String::with_capacity(RANDOM);
    let mut byte = [0u8; 1];
    while random.len() < RANDOM {
        rand::rng().fill_bytes(&mut byte);
        // 248 = 4 × 62: values above would favour the first letters.
        if byte[0] < 248 {
            random.push(char::from(ALPHABET[usize::from(byte[0] % 62)]));
        }
    }
    let sum = checksum(&random);
    format!("{PREFIX}{random}{sum}")
}

/// Whether `secret` has a token's shape and a checksum that holds.
pub fn well_formed(secret: &str) -> bool {
    let Some(body) = secret.strip_prefix(PREFIX) else { return false };
    if body.len() != RANDOM + CHECKSUM || !body.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let (random, sum) = body.split_at(RANDOM);
    checksum(random) == sum
}

/// A new token's details, as the vendor admin gave them.
pub struct NewToken<'a> {
    pub name: &'a str,
    pub scope: Scope,
    pub expires_at: Option<NaiveDateTime>,
}

/// Makes a token for the scope's tenant; returns it with its secret (shown once).
pub fn create(conn: &mut AnyConnection, scope: &TenantScope, actor: &Actor, new: &NewToken<'_>) -> QueryResult<(ApiToken, String)> {
    let secret = fresh_secret();
    let hint = format!("{}…", &secret[..PREFIX.len() + 6]);
    db::transaction(conn, |c| {
        let token: ApiToken = diesel::insert_into(api_tokens::table)
            .values((
                api_tokens::tenant_id.eq(scope.tenant_id()),
                api_tokens::name.eq(new.name),
                api_tokens::scope.eq(new.scope.as_str()),
                api_tokens::token_hash.eq(hash_token(&secret)),
                api_tokens::hint.eq(&hint),
                api_tokens::created_by.eq(actor.id.filter(|_| actor.kind == "user")),
                api_tokens::created_at.eq(db::now()),
                api_tokens::expires_at.eq(new.expires_at),
            ))
            .returning(api_tokens::all_columns)
            .get_result(c)?;
        let changes = serde_json::json!({ "name": new.name, "scope": new.scope.as_str(), "hint": hint, "expires_at": new.expires_at });
        audit::record(c, scope, actor, &Entry::new("api_token.created", "api_token", token.id).changes(changes))?;
        Ok((token, secret))
    })
}

/// The tenant's tokens, newest first.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<Vec<ApiToken>> {
    scoped!(api_tokens, scope).order(api_tokens::id.desc()).select(ApiToken::as_select()).load(conn)
}

/// Revokes one of the tenant's tokens (at once: the next request with it is refused).
pub fn revoke(conn: &mut AnyConnection, scope: &TenantScope, actor: &Actor, id: i64) -> QueryResult<usize> {
    db::transaction(conn, |c| {
        let n = diesel::update(scoped!(api_tokens, scope).filter(api_tokens::id.eq(id)).filter(api_tokens::revoked_at.is_null()))
            .set(api_tokens::revoked_at.eq(Some(db::now())))
            .execute(c)?;
        if n > 0 {
            audit::record(c, scope, actor, &Entry::new("api_token.revoked", "api_token", id))?;
        }
        Ok(n)
    })
}

/// The live token of the scope's tenant that `secret` is; its last use is
/// kept. A token of another tenant is no token here.
/// The live token of `scope` with this secret (a read: see [`touch`]).
pub fn authenticate(conn: &mut AnyConnection, scope: &TenantScope, secret: &str) -> QueryResult<Option<ApiToken>> {
    if !well_formed(secret) {
        return Ok(None);
    }
    let now = db::now();
    let found: Option<ApiToken> = scoped!(api_tokens, scope)
        .filter(api_tokens::token_hash.eq(hash_token(secret)))
        .select(ApiToken::as_select())
        .first(conn)
        .optional()?;
    Ok(found.filter(|t| t.is_live(now)))
}

/// Whether the token's "last used" is stale: once a minute is precise
/// enough, and spares a write per call.
pub fn needs_touch(token: &ApiToken, now: chrono::NaiveDateTime) -> bool {
    token.last_used_at.is_none_or(|at| now - at > chrono::Duration::seconds(60))
}

/// Records that the token was used now.
pub fn touch(conn: &mut AnyConnection, scope: &TenantScope, id: i64, now: chrono::NaiveDateTime) -> QueryResult<usize> {
    diesel::update(scoped!(api_tokens, scope).filter(api_tokens::id.eq(id))).set(api_tokens::last_used_at.eq(Some(now))).execute(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_carry_a_checksum_that_catches_a_typo() {
        let a = fresh_secret();
        assert!(a.starts_with("ptk_") && a.len() == 4 + 30 + 6, "{a}");
        assert!(well_formed(&a));
        assert_ne!(a, fresh_secret());
        let mut typo = a.clone().into_bytes();
        typo[10] = if typo[10] == b'a' { b'b' } else { b'a' };
        assert!(!well_formed(&String::from_utf8(typo).unwrap()));
        assert!(!well_formed("pop_abc"));
        assert!(!well_formed(&format!("{a}x")));
        assert!(!well_formed(&a.replace("ptk_", "ptk-")));
    }
}
