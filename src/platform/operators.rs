//! Platform operators: created from the command line, which prints a
//! one-time sign-in link (15 minutes); they sign in on the platform host
//! only and see every tenant there. Their pages are `operator::console`.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;

use super::tenants;
use crate::db::schema::{operator_tokens, operators};
use crate::db::{self, AnyConnection};
use crate::identity::invitations::hash_token;

pub const LINK_MINUTES: i64 = 15;

/// Creates the operator if needed and a fresh one-time sign-in token.
pub fn create_with_link(conn: &mut AnyConnection, email: &str) -> Result<(i64, String, NaiveDateTime), anyhow::Error> {
    let email = tenants::validate_email(email)?;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let now = db::now();
    let expires_at = now + chrono::Duration::minutes(LINK_MINUTES);
    let id = db::transaction(conn, |c| -> Result<i64, diesel::result::Error> {
        let existing: Option<i64> = operators::table.filter(operators::email.eq(&email)).select(operators::id).first(c).optional()?;
        let id = match existing {
            Some(id) => id,
            None => diesel::insert_into(operators::table)
                .values((operators::email.eq(&email), operators::created_at.eq(now)))
                .returning(operators::id)
                .get_result(c)?,
        };
        diesel::insert_into(operator_tokens::table)
            .values((
                operator_tokens::operator_id.eq(id),
                operator_tokens::token_hash.eq(hash_token(&token)),
                operator_tokens::expires_at.eq(expires_at),
                operator_tokens::created_at.eq(now),
            ))
            .execute(c)?;
        Ok(id)
    })?;
    Ok((id, token, expires_at))
}

/// The (token, operator) of a live sign-in link.
pub fn live_token(conn: &mut AnyConnection, token: &str, now: NaiveDateTime) -> QueryResult<Option<(i64, i64)>> {
    operator_tokens::table
        .filter(operator_tokens::token_hash.eq(hash_token(token)))
        .filter(operator_tokens::used_at.is_null())
        .filter(operator_tokens::expires_at.gt(now))
        .select((operator_tokens::id, operator_tokens::operator_id))
        .first(conn)
        .optional()
}

/// Uses a sign-in link up; returns the operator it belongs to.
pub fn consume(conn: &mut AnyConnection, token: &str) -> QueryResult<Option<i64>> {
    let now = db::now();
    db::transaction(conn, |c| {
        let Some((token_id, operator_id)) = live_token(c, token, now)? else {
            return Ok(None);
        };
        diesel::update(operator_tokens::table.filter(operator_tokens::id.eq(token_id)))
            .set(operator_tokens::used_at.eq(Some(now)))
            .execute(c)?;
        diesel::update(operators::table.filter(operators::id.eq(operator_id))).set(operators::last_sign_in_at.eq(Some(now))).execute(c)?;
        Ok(Some(operator_id))
    })
}

/// The signed-in operator of a platform-host request.
#[derive(Clone, Debug)]
pub struct CurrentOperator {
    pub id: i64,
    pub email: String,
}

/// Looks the operator up (called by the resolver on the platform host).
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<CurrentOperator>> {
    let email: Option<String> = operators::table.filter(operators::id.eq(id)).select(operators::email).first(conn).optional()?;
    Ok(email.map(|email| CurrentOperator { id, email }))
}
