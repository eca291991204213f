//! One-time keys of the forms that create things. A form carries a random
//! key; the service that creates the record remembers the key with what it
//! made, in the same transaction. The same form sent again — a retry after a
//! connection reset, a double click, two sends at once — finds the key and
//! answers with the first result instead of making a second record.
//!
//! Keys are stored per tenant, and the callers name them per form and
//! person (`FormKey::new("partner", user_id, text)`), so one person's key
//! never answers another's form.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::scope::{TenantScope, scoped};
use crate::db::schema::form_keys;
use crate::db::{self, AnyConnection};
use crate::error::AppError;

/// Keys older than this are swept; a retry comes within minutes.
pub const KEEP_DAYS: i64 = 7;

/// A form's key, as sent: 16–64 letters and digits, else none (the form is
/// then simply not protected, never refused).
pub fn parse(text: &str) -> Option<String> {
    let key = text.trim();
    ((16..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric())).then(|| key.to_string())
}

/// A fresh key for a form about to be shown.
pub fn fresh() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// A key named for its form and the person (0: an anonymous visitor) who sent it.
#[derive(Debug, Clone)]
pub struct FormKey(String);

impl FormKey {
    pub fn new(form: &str, person: i64, text: &str) -> Option<Self> {
        parse(text).map(|key| Self(format!("{form}:{person}:{key}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the form with this key made before (the stored result).
pub fn earlier(conn: &mut AnyConnection, scope: &TenantScope, key: &str) -> QueryResult<Option<String>> {
    scoped!(form_keys, scope).filter(form_keys::form_key.eq(key)).select(form_keys::result).first(conn).optional()
}

/// Remembers what the form with this key made, inside the creating
/// transaction: a second send of the key fails on the primary key.
pub fn remember(conn: &mut AnyConnection, scope: &TenantScope, key: &str, result: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::insert_into(form_keys::table)
        .values((
            form_keys::tenant_id.eq(scope.tenant_id()),
            form_keys::form_key.eq(key),
            form_keys::result.eq(result),
            form_keys::created_at.eq(now),
        ))
        .execute(conn)
}

/// Keys past `KEEP_DAYS`, every tenant's (the jobs pass).
pub fn sweep(conn: &mut AnyConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(form_keys::table.filter(form_keys::created_at.lt(now - chrono::Duration::days(KEEP_DAYS)))).execute(conn)
}

/// How a keyed create ended.
#[derive(Debug)]
pub enum Once<T> {
    /// This send made it (or was refused by a rule: nothing was remembered).
    First(T),
    /// An earlier send of the same form made it; here is what it remembered.
    Repeat(String),
}

/// Runs `create` in one transaction guarded by `key`. `remembered` says what
/// to keep of a successful outcome (`None`: it made nothing, e.g. a name was
/// taken, and the key stays unused).
pub fn once<T>(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    key: Option<&FormKey>,
    create: impl FnOnce(&mut AnyConnection) -> Result<T, AppError>,
    remembered: impl Fn(&T) -> Option<String>,
) -> Result<Once<T>, AppError> {
    let Some(FormKey(key)) = key else {
        return Ok(Once::First(create(conn)?));
    };
    let outcome = db::transaction(conn, |c| -> Result<Once<T>, AppError> {
        if let Some(result) = earlier(c, scope, key)? {
            return Ok(Once::Repeat(result));
        }
        let made = create(c)?;
        if let Some(result) = remembered(&made) {
            remember(c, scope, key, &result, db::now())?;
        }
        Ok(Once::First(made))
    });
    match outcome {
        // Two sends at once: the other one won; answer with what it made.
        Err(AppError::Internal(e)) if e.downcast_ref::<diesel::result::Error>().is_some_and(db::is_unique_violation) => {
            match earlier(conn, scope, key)? {
                Some(result) => Ok(Once::Repeat(result)),
                None => Err(AppError::Internal(e)),
            }
        }
        other => other,
    }
}
