//! What a session holds, in one place: the tenant and user it signed in,
//! when, when it was last seen (idle timeout), its CSRF token, and the
//! pre-login state of an SSO round trip.

use actix_session::Session;
use rand::RngCore;

pub const TENANT: &str = "tenant";
pub const USER: &str = "user";
pub const OPERATOR: &str = "operator";
pub const AUTH_AT: &str = "auth_at";
pub const SEEN_AT: &str = "seen_at";
pub const CSRF: &str = "csrf";
pub const OIDC: &str = "oidc";
/// Set by the store (never by a client: cookies carry only a key) when the
/// session could not be read because the database failed.
pub const UNAVAILABLE: &str = "store_unavailable";

/// Whether the session store failed for this request.
pub fn store_unavailable(session: &Session) -> bool {
    session.contains_key(UNAVAILABLE)
}

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The session's CSRF token, created on first use.
pub fn csrf_token(session: &Session) -> String {
    if let Ok(Some(token)) = session.get::<String>(CSRF) {
        return token;
    }
    let token = random_token();
    let _ = session.insert(CSRF, &token);
    token
}

/// Who is signed in, as the session says (not yet checked against the host).
#[derive(Debug, Clone, Copy)]
pub struct SessionIdentity {
    pub tenant_id: i64,
    pub user_id: i64,
    pub authenticated_at: i64,
    pub seen_at: i64,
}

pub fn identity(session: &Session) -> Option<SessionIdentity> {
    let get = |k: &str| session.get::<i64>(k).ok().flatten();
    Some(SessionIdentity {
        tenant_id: get(TENANT)?,
        user_id: get(USER)?,
        authenticated_at: get(AUTH_AT)?,
        seen_at: get(SEEN_AT).unwrap_or(0),
    })
}

/// The signed-in operator, as the session says: (operator, signed in at, last seen at).
pub fn operator(session: &Session) -> Option<(i64, i64, i64)> {
    let get = |k: &str| session.get::<i64>(k).ok().flatten();
    Some((get(OPERATOR)?, get(AUTH_AT)?, get(SEEN_AT).unwrap_or(0)))
}

/// Signs a user in: a new session id (no fixation), fresh CSRF token.
pub fn sign_in(session: &Session, tenant_id: i64, user_id: i64) {
    session.renew();
    session.clear();
    let now = chrono::Utc::now().timestamp();
    let _ = session.insert(TENANT, tenant_id);
    let _ = session.insert(USER, user_id);
    let _ = session.insert(AUTH_AT, now);
    let _ = session.insert(SEEN_AT, now);
    let _ = session.insert(CSRF, random_token());
}

pub fn sign_in_operator(session: &Session, operator_id: i64) {
    session.renew();
    session.clear();
    let now = chrono::Utc::now().timestamp();
    let _ = session.insert(OPERATOR, operator_id);
    let _ = session.insert(AUTH_AT, now);
    let _ = session.insert(SEEN_AT, now);
    let _ = session.insert(CSRF, random_token());
}

/// Records activity at most once a minute (each record is a write).
pub fn touch(session: &Session, seen_at: i64) {
    let now = chrono::Utc::now().timestamp();
    if now - seen_at >= 60 {
        let _ = session.insert(SEEN_AT, now);
    }
}
