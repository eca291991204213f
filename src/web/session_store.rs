//! Server-side sessions in our own database (both backends), behind
//! actix-session's `SessionStore`. The cookie carries only a random key; the
//! table stores its SHA-256, the state, and who it belongs to — so signing
//! out, changing a password or disabling a user ends sessions at once.

use std::collections::HashMap;
use std::future::Future;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::cookie::time::Duration as CookieDuration;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::distr::{Alphanumeric, SampleString};
use sha2::{Digest, Sha256};

use crate::db::schema::sessions;
use crate::db::{AnyConnection, Pool};
use crate::web::session::{CSRF, OPERATOR, TENANT, UNAVAILABLE, USER};

type State = HashMap<String, String>;

#[derive(Clone)]
pub struct DbSessionStore {
    pool: Pool,
}

impl DbSessionStore {
    pub fn new(pool: Pool) -> Self {
        Self { pool }
    }
}

fn key_hash(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// How long a session that signs nobody in is kept (the CSRF token of a
/// sign-in form, a login at a provider in progress): every visitor makes one.
pub const ANONYMOUS_TTL_SECS: i64 = 2 * 3_600;

/// When a session's row expires: the cookie's lifetime for someone signed
/// in, at most two hours for anyone else.
fn expiry(ttl: &CookieDuration, state: &State) -> NaiveDateTime {
    let (_, user, operator) = owners(state);
    let secs = ttl.whole_seconds().max(1);
    let secs = if user.is_none() && operator.is_none() { secs.min(ANONYMOUS_TTL_SECS) } else { secs };
    crate::db::now() + chrono::Duration::seconds(secs)
}

/// The owner columns, read from the state (values are JSON-encoded).
fn owners(state: &State) -> (Option<i64>, Option<i64>, Option<i64>) {
    let id = |k: &str| state.get(k).and_then(|v| v.parse::<i64>().ok());
    (id(TENANT), id(USER), id(OPERATOR))
}

async fn blocking<T: Send + 'static>(
    pool: &Pool,
    f: impl FnOnce(&mut AnyConnection) -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let pool = pool.clone();
    actix_web::web::block(move || {
        let mut conn = pool.checkout()?;
        f(&mut conn)
    })
    .await
    .map_err(|e| anyhow::anyhow!("session store: {e}"))?
}

/// A live session's state. An expired row reads as no session; it is swept
/// later (a read never writes).
fn load_state(conn: &mut AnyConnection, id: &str) -> anyhow::Result<Option<State>> {
    let row: Option<(String, NaiveDateTime)> =
        sessions::table.filter(sessions::id.eq(id)).select((sessions::state, sessions::expires_at)).first(conn).optional()?;
    match row {
        Some((state, expires_at)) if expires_at > crate::db::now() => Ok(Some(serde_json::from_str(&state)?)),
        _ => Ok(None),
    }
}

/// A state without anyone signed in: only the CSRF token survives.
fn signed_out(mut state: State) -> State {
    state.retain(|key, _| key == CSRF);
    state
}

impl SessionStore for DbSessionStore {
    fn load(&self, session_key: &SessionKey) -> impl Future<Output = Result<Option<State>, LoadError>> {
        let id = key_hash(session_key.as_ref());
        let pool = self.pool.clone();
        async move {
            // Every signed-in request reads its session: a point read, done
            // inline on SQLite (see `db::inline_sqlite`).
            let loaded = match crate::db::inline_sqlite(&pool) {
                Some(mut conn) => load_state(&mut conn, &id),
                None => blocking(&pool, move |conn| load_state(conn, &id)).await,
            };
            // An error here would end the request as a bare 500 before any of
            // our layers could answer: the resolver answers with the 503 page.
            Ok(loaded.unwrap_or_else(|e| {
                tracing::error!(error = %format!("{e:#}"), "session.store_unavailable");
                Some(State::from([(UNAVAILABLE.to_string(), "true".to_string())]))
            }))
        }
    }

    fn save(&self, state: State, ttl: &CookieDuration) -> impl Future<Output = Result<SessionKey, SaveError>> {
        let pool = self.pool.clone();
        let expires_at = expiry(ttl, &state);
        async move {
            let key = Alphanumeric.sample_string(&mut rand::rng(), 64);
            let id = key_hash(&key);
            let json = serde_json::to_string(&state).map_err(|e| SaveError::Serialization(e.into()))?;
            let (tenant_id, user_id, operator_id) = owners(&state);
            let saved = blocking(&pool, move |conn| {
                let now = crate::db::now();
                diesel::insert_into(sessions::table)
                    .values((
                        sessions::id.eq(id),
                        sessions::tenant_id.eq(tenant_id),
                        sessions::user_id.eq(user_id),
                        sessions::operator_id.eq(operator_id),
                        sessions::state.eq(json),
                        sessions::expires_at.eq(expires_at),
                        sessions::created_at.eq(now),
                        sessions::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                // Now and then, sweep sessions that ran out (the jobs pass does too).
                if rand::random::<u8>() < 4 {
                    crate::identity::sessions::sweep_expired(conn)?;
                }
                Ok(())
            })
            .await;
            // The page is already made. A visitor's new session that could not
            // be stored is logged, and the next request simply finds none; a
            // sign-in that could not be stored fails (the 503 page), rather
            // than answer "signed in" with a session that does not exist.
            if let Err(e) = saved {
                if user_id.is_some() || operator_id.is_some() {
                    return Err(SaveError::Other(e));
                }
                tracing::error!(error = %format!("{e:#}"), "session.save_failed");
            }
            SessionKey::try_from(key).map_err(|e| SaveError::Other(e.into()))
        }
    }

    fn update(&self, session_key: SessionKey, state: State, ttl: &CookieDuration) -> impl Future<Output = Result<SessionKey, UpdateError>> {
        let pool = self.pool.clone();
        let expires_at = expiry(ttl, &state);
        let ttl = *ttl;
        let store = self.clone();
        async move {
            let id = key_hash(session_key.as_ref());
            let json = serde_json::to_string(&state).map_err(|e| UpdateError::Serialization(e.into()))?;
            let (tenant_id, user_id, operator_id) = owners(&state);
            let updated = blocking(&pool, move |conn| {
                Ok(diesel::update(sessions::table.filter(sessions::id.eq(id)))
                    .set((
                        sessions::tenant_id.eq(tenant_id),
                        sessions::user_id.eq(user_id),
                        sessions::operator_id.eq(operator_id),
                        sessions::state.eq(json),
                        sessions::expires_at.eq(expires_at),
                        sessions::updated_at.eq(crate::db::now()),
                    ))
                    .execute(conn)?)
            })
            .await
            .map_err(UpdateError::Other)?;
            if updated == 1 {
                Ok(session_key)
            } else {
                // Ended meanwhile (sign-out, password reset, deactivation):
                // it stays ended. The request goes on in a fresh session that
                // signs nobody in.
                store.save(signed_out(state), &ttl).await.map_err(|e| UpdateError::Other(anyhow::anyhow!("{e}")))
            }
        }
    }

    fn update_ttl(&self, session_key: &SessionKey, ttl: &CookieDuration) -> impl Future<Output = Result<(), anyhow::Error>> {
        let pool = self.pool.clone();
        let id = key_hash(session_key.as_ref());
        let expires_at = crate::db::now() + chrono::Duration::seconds(ttl.whole_seconds().max(1));
        async move {
            blocking(&pool, move |conn| {
                diesel::update(sessions::table.filter(sessions::id.eq(id))).set(sessions::expires_at.eq(expires_at)).execute(conn)?;
                Ok(())
            })
            .await
        }
    }

    fn delete(&self, session_key: &SessionKey) -> impl Future<Output = Result<(), anyhow::Error>> {
        let pool = self.pool.clone();
        let id = key_hash(session_key.as_ref());
        async move {
            blocking(&pool, move |conn| {
                diesel::delete(sessions::table.filter(sessions::id.eq(id))).execute(conn)?;
                Ok(())
            })
            .await
        }
    }
}
