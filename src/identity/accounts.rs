//! Local accounts: password sign-in (throttled), accepting an invitation,
//! and resetting a forgotten password. No actix types: handlers call the
//! async steps, which hash passwords outside any pooled connection.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::invitations::{self, LinkKind};
use super::model::{self, User};
use super::password::{self, Hasher};
use super::{sessions, throttle};
use crate::config::Config;
use crate::db::schema::users;
use crate::db::{self, AnyConnection, Pool};
use crate::error::AppError;
use crate::identity::model::UserStatus;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::tenancy::usage::{self, Metric};

pub enum SignIn {
    SignedIn(User),
    /// Same answer for an unknown address and a wrong password.
    WrongCredentials,
    Throttled {
        minutes: i64,
    },
    /// The right password, but the person's organisation is suspended.
    OrganisationSuspended,
    /// This address must sign in through its organisation's provider.
    SsoRequired {
        provider_id: i64,
    },
}

/// Password sign-in in three steps, so the argon2 check holds no pooled
/// connection: count the attempt and read the account (one connection),
/// verify the hash through `hasher` (none), then record the result (one).
pub async fn password_sign_in(
    pool: &Pool,
    hasher: &Hasher,
    scope: TenantScope,
    email: String,
    password: String,
    client_ip: String,
) -> Result<SignIn, AppError> {
    let now = db::now();
    let begun = db::run(pool, move |conn| begin_sign_in(conn, &scope, &email, &client_ip, now)).await?;
    let pending = match begun {
        Begun::Done(outcome) => return Ok(outcome),
        Begun::Verify(pending) => pending,
    };
    let stored = pending.user.as_ref().and_then(|u| u.password_hash.clone());
    let verified = hasher.verify(stored, password).await?;
    db::run(pool, move |conn| finish_sign_in(conn, &scope, *pending, verified, now)).await
}

enum Begun {
    Done(SignIn),
    Verify(Box<PendingSignIn>),
}

struct PendingSignIn {
    attempt: throttle::Attempt,
    account_client: String,
    /// The active account behind the address, if any.
    user: Option<User>,
}

fn begin_sign_in(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    email: &str,
    client_ip: &str,
    now: NaiveDateTime,
) -> Result<Begun, AppError> {
    let tenant = Some(scope.tenant_id());
    let account = throttle::account_key(tenant, email);
    let account_client = throttle::account_client_key(tenant, email, client_ip);
    let address = throttle::address_key(tenant, client_ip);
    let limits = [
        (account_client.as_str(), throttle::ACCOUNT_LIMIT),
        (account.as_str(), throttle::ACCOUNT_ANY_CLIENT_LIMIT),
        (address.as_str(), throttle::ADDRESS_LIMIT),
    ];
    let attempt = throttle::begin_attempt(conn, tenant, &limits, now)?;
    if let Some(minutes) = attempt.blocked {
        tracing::warn!(tenant_id = scope.tenant_id(), "auth.throttled");
        return Ok(Begun::Done(SignIn::Throttled { minutes }));
    }
    if let Some(provider_id) = super::sso::model::required_provider_for(conn, scope, email)? {
        throttle::forget(conn, &attempt)?;
        return Ok(Begun::Done(SignIn::SsoRequired { provider_id }));
    }
    let user = model::find_by_email(conn, scope, email)?.filter(|u| u.status() == UserStatus::Active);
    Ok(Begun::Verify(Box::new(PendingSignIn { attempt, account_client, user })))
}

fn finish_sign_in(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    pending: PendingSignIn,
    verified: bool,
    now: NaiveDateTime,
) -> Result<SignIn, AppError> {
    let PendingSignIn { attempt, account_client, user } = pending;
    match user {
        Some(user) if verified => {
            // Asked only after a right password, so the answer tells nothing
            // about who has an account: an organisation that requires its
            // provider signs in through it, whatever the address.
            if let Some(provider_id) = super::sso::model::required_provider_for_user(conn, scope, &user)? {
                throttle::forget(conn, &attempt)?;
                return Ok(SignIn::SsoRequired { provider_id });
            }
            if !crate::tenancy::organisations::is_active(conn, scope, user.organisation_id)? {
                throttle::forget(conn, &attempt)?;
                tracing::warn!(tenant_id = scope.tenant_id(), user_id = user.id, "auth.organisation_suspended");
                return Ok(SignIn::OrganisationSuspended);
            }
            db::transaction(conn, |c| {
                throttle::succeeded(c, &attempt, &account_client)?;
                usage::count(c, scope, Metric::SignIns, 1)?;
                diesel::update(scoped!(users, scope).filter(users::id.eq(user.id))).set(users::last_sign_in_at.eq(Some(now))).execute(c)
            })?;
            tracing::info!(tenant_id = scope.tenant_id(), user_id = user.id, "auth.sign_in");
            Ok(SignIn::SignedIn(user))
        }
        _ => {
            // The attempt was counted when it began.
            tracing::warn!(tenant_id = scope.tenant_id(), "auth.sign_in_failed");
            Ok(SignIn::WrongCredentials)
        }
    }
}

pub enum LinkOutcome {
    Done(User),
    /// Expired, used, or never ours.
    Invalid,
    /// The new password breaks a rule (message id).
    Rejected(&'static str),
    /// The person signs in through this provider: no password is set.
    SsoRequired {
        provider_id: i64,
    },
}

/// The user behind a live link, to show on its page.
pub fn link_user(conn: &mut AnyConnection, scope: &TenantScope, kind: LinkKind, token: &str) -> Result<Option<User>, AppError> {
    let Some((_, user_id)) = invitations::find_live(conn, scope, kind, token, db::now())? else {
        return Ok(None);
    };
    Ok(model::find(conn, scope, user_id)?.filter(|u| u.status() != UserStatus::Disabled))
}

/// Sets the password through an invitation or reset link, activates the
/// account, uses the link up and ends every other session of the user. The
/// hash is computed between two connections, like a sign-in's check.
pub async fn complete_link(
    pool: &Pool,
    hasher: &Hasher,
    scope: TenantScope,
    kind: LinkKind,
    token: String,
    new_password: String,
) -> Result<LinkOutcome, AppError> {
    let lookup = token.clone();
    let checked = db::run(pool, move |conn| {
        let Some(user) = link_user(conn, &scope, kind, &lookup)? else {
            return Ok(Err(LinkOutcome::Invalid));
        };
        if let Some(provider_id) = super::sso::model::required_provider_for_user(conn, &scope, &user)? {
            return Ok(Err(LinkOutcome::SsoRequired { provider_id }));
        }
        Ok(Ok(user))
    })
    .await?;
    let user = match checked {
        Ok(user) => user,
        Err(outcome) => return Ok(outcome),
    };
    if let Some(rule) = password::policy_violation(&new_password, &user.email) {
        return Ok(LinkOutcome::Rejected(rule));
    }
    let hash = hasher.hash(new_password).await?;
    db::run(pool, move |conn| set_password_through_link(conn, &scope, kind, &token, user.id, &hash)).await
}

fn set_password_through_link(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    kind: LinkKind,
    token: &str,
    user_id: i64,
    hash: &str,
) -> Result<LinkOutcome, AppError> {
    let now = db::now();
    let done = db::transaction(conn, |c| -> Result<Option<User>, AppError> {
        // Checked again inside the write: the link may have been used (or the
        // account disabled) while the hash was computed.
        let Some(user) = link_user(c, scope, kind, token)?.filter(|u| u.id == user_id) else {
            return Ok(None);
        };
        diesel::update(scoped!(users, scope).filter(users::id.eq(user.id)))
            .set((
                users::password_hash.eq(Some(hash)),
                users::status.eq(UserStatus::Active.as_str()),
                users::last_sign_in_at.eq(Some(now)),
                users::updated_at.eq(now),
            ))
            .execute(c)?;
        invitations::use_up(c, scope, kind, user.id, now)?;
        usage::count(c, scope, Metric::SignIns, 1)?;
        sessions::end_user_sessions(c, scope, user.id)?;
        throttle::clear_account(c, Some(scope.tenant_id()), &user.email)?;
        Ok(Some(user))
    })?;
    let Some(user) = done else {
        return Ok(LinkOutcome::Invalid);
    };
    tracing::info!(tenant_id = scope.tenant_id(), user_id = user.id, ?kind, "auth.password_set");
    Ok(LinkOutcome::Done(model::find(conn, scope, user.id)?.unwrap_or(user)))
}

/// Sends a reset link if `email` is an active local account of the tenant.
/// The caller answers the same either way (no account enumeration).
pub fn request_reset(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    config: &Config,
    slug: &str,
    email: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    let now = db::now();
    // At most three links per address and per client in the window: no mail bombing.
    let key = format!("reset:{}", throttle::account_key(Some(scope.tenant_id()), email));
    let address = format!("reset:{}", throttle::address_key(Some(scope.tenant_id()), client_ip));
    if throttle::blocked_for(conn, &key, 3, now)?.is_some() || throttle::blocked_for(conn, &address, 10, now)?.is_some() {
        return Ok(());
    }
    if super::sso::model::required_provider_for(conn, scope, email)?.is_some() {
        return Ok(());
    }
    db::transaction(conn, |c| -> Result<(), AppError> {
        throttle::record(c, Some(scope.tenant_id()), &[&key, &address], now)?;
        if let Some(user) = model::find_by_email(c, scope, email)?.filter(|u| u.status() == UserStatus::Active) {
            invitations::send_reset(c, scope, config, &user, slug)?;
        }
        Ok(())
    })
}
