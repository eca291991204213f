//! The rows behind server-side sessions (stored by `web::session_store`),
//! as the rules of identity need them: ending a user's sessions at once, and
//! sweeping expired ones.

use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::{sessions, users};
use crate::tenancy::scope::{TenantScope, scoped};

/// Ends every session of a user (sign-out everywhere, password change,
/// deactivation). A caller keeping its own session renews it afterwards.
pub fn end_user_sessions(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64) -> QueryResult<usize> {
    diesel::delete(scoped!(sessions, scope).filter(sessions::user_id.eq(user_id))).execute(conn)
}

/// Ends every session of the users of an organisation (it was suspended).
pub fn end_organisation_sessions(conn: &mut AnyConnection, scope: &TenantScope, organisation_id: i64) -> QueryResult<usize> {
    let members = scoped!(users, scope).filter(users::organisation_id.eq(organisation_id)).select(users::id.nullable());
    diesel::delete(scoped!(sessions, scope).filter(sessions::user_id.eq_any(members))).execute(conn)
}

/// Deletes sessions past their expiry (loading one never does).
pub fn sweep_expired(conn: &mut AnyConnection) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::expires_at.lt(crate::db::now()))).execute(conn)
}
