//! Single-use, expiring links sent by e-mail: invitations (7 days) and
//! password resets (1 hour). A random token goes into the link; only its
//! SHA-256 is stored. The e-mail is enqueued in the caller's transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::model::User;
use super::rbac::Role;
use crate::config::Config;
use crate::db::AnyConnection;
use crate::db::schema::{invitations, password_resets};
use crate::mail::compose::{ActionMail, MailLink, Outgoing, Recipient, TenantMail, compose_for_tenant};
use crate::tenancy::scope::{TenantScope, scoped};

pub const INVITATION_DAYS: i64 = 7;
pub const RESET_MINUTES: i64 = 60;

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The localized name of a role (`role-vendor_admin` …).
pub fn role_message_id(role: Role) -> String {
    format!("role-{}", role.as_str())
}

/// Enqueues a link mail to `user`, in the user's language.
fn send(
    conn: &mut AnyConnection,
    config: &Config,
    user: &User,
    m: &TenantMail,
    kind: &str,
    payload: serde_json::Value,
    mail: ActionMail,
) -> QueryResult<i64> {
    let recipient =
        Recipient { user_id: Some(user.id), address: &user.email, name: &user.display_name, locale: m.locale_for(user.locale.as_deref()) };
    m.enqueue(conn, config, &Outgoing { kind, payload, recipient, mail })
}

pub struct SentLink {
    pub id: i64,
    pub expires_at: NaiveDateTime,
    pub outbox_id: i64,
}

/// Creates an invitation for `user` and enqueues the e-mail that carries it.
pub fn invite(conn: &mut AnyConnection, scope: &TenantScope, config: &Config, user: &User, tenant_slug: &str) -> QueryResult<SentLink> {
    let token = new_token();
    let now = crate::db::now();
    let expires_at = now + chrono::Duration::days(INVITATION_DAYS);
    let id: i64 = diesel::insert_into(invitations::table)
        .values((
            invitations::tenant_id.eq(scope.tenant_id()),
            invitations::user_id.eq(user.id),
            invitations::token_hash.eq(hash_token(&token)),
            invitations::expires_at.eq(expires_at),
            invitations::created_at.eq(now),
        ))
        .returning(invitations::id)
        .get_result(conn)?;

    let m = compose_for_tenant(conn, scope, config, tenant_slug)?;
    let locale = m.locale_for(user.locale.as_deref());
    let t = &m.translator(conn, locale)?;
    let role = Role::parse(&user.role).map(|r| t.t(&role_message_id(r))).unwrap_or_default();
    let portal = m.brand.portal_name.clone();
    let mail = ActionMail {
        subject: t.t_args("mail-invitation-subject", &[("portal", &portal)]),
        greeting: t.t_args("mail-greeting", &[("name", &user.display_name)]),
        paragraphs: vec![t.t_args("mail-invitation-body", &[("portal", &portal), ("role", &role)])],
        action: Some(MailLink { label: t.t("mail-invitation-action"), url: format!("{}/invitations/{token}", m.portal_url) }),
        notes: vec![
            t.t_args("mail-invitation-expiry", &[("date", &crate::i18n::format_datetime(locale, expires_at))]),
            t.t("mail-invitation-ignore"),
        ],
        footer: m.footer(t),
        unsubscribe: None,
    };
    let payload = serde_json::json!({ "user_id": user.id, "invitation_id": id, "expires_at": expires_at });
    let outbox_id = send(conn, config, user, &m, "invitation", payload, mail)?;
    Ok(SentLink { id, expires_at, outbox_id })
}

/// Creates a password-reset link for `user` and enqueues the e-mail.
pub fn send_reset(conn: &mut AnyConnection, scope: &TenantScope, config: &Config, user: &User, tenant_slug: &str) -> QueryResult<SentLink> {
    let token = new_token();
    let now = crate::db::now();
    let expires_at = now + chrono::Duration::minutes(RESET_MINUTES);
    let id: i64 = diesel::insert_into(password_resets::table)
        .values((
            password_resets::tenant_id.eq(scope.tenant_id()),
            password_resets::user_id.eq(user.id),
            password_resets::token_hash.eq(hash_token(&token)),
            password_resets::expires_at.eq(expires_at),
            password_resets::created_at.eq(now),
        ))
        .returning(password_resets::id)
        .get_result(conn)?;
    let m = compose_for_tenant(conn, scope, config, tenant_slug)?;
    let locale = m.locale_for(user.locale.as_deref());
    let t = &m.translator(conn, locale)?;
    let portal = m.brand.portal_name.clone();
    let mail = ActionMail {
        subject: t.t_args("mail-reset-subject", &[("portal", &portal)]),
        greeting: t.t_args("mail-greeting", &[("name", &user.display_name)]),
        paragraphs: vec![t.t_args("mail-reset-body", &[("portal", &portal)])],
        action: Some(MailLink { label: t.t("mail-reset-action"), url: format!("{}/password/reset/{token}", m.portal_url) }),
        notes: vec![t.t_args("mail-reset-expiry", &[("minutes", &RESET_MINUTES.to_string())]), t.t("mail-reset-ignore")],
        footer: m.footer(t),
        unsubscribe: None,
    };
    let payload = serde_json::json!({ "user_id": user.id, "reset_id": id, "expires_at": expires_at });
    let outbox_id = send(conn, config, user, &m, "password_reset", payload, mail)?;
    Ok(SentLink { id, expires_at, outbox_id })
}

/// Which kind of link a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Invitation,
    PasswordReset,
}

/// The user a live (unused, unexpired) link of this tenant points at.
pub fn find_live(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    kind: LinkKind,
    token: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(i64, i64)>> {
    let hash = hash_token(token);
    match kind {
        LinkKind::Invitation => scoped!(invitations, scope)
            .filter(invitations::token_hash.eq(hash))
            .filter(invitations::used_at.is_null())
            .filter(invitations::expires_at.gt(now))
            .select((invitations::id, invitations::user_id))
            .first(conn)
            .optional(),
        LinkKind::PasswordReset => scoped!(password_resets, scope)
            .filter(password_resets::token_hash.eq(hash))
            .filter(password_resets::used_at.is_null())
            .filter(password_resets::expires_at.gt(now))
            .select((password_resets::id, password_resets::user_id))
            .first(conn)
            .optional(),
    }
}

/// Uses up every open link of this kind for the user (single use).
pub fn use_up(conn: &mut AnyConnection, scope: &TenantScope, kind: LinkKind, user_id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    match kind {
        LinkKind::Invitation => {
            diesel::update(scoped!(invitations, scope).filter(invitations::user_id.eq(user_id)).filter(invitations::used_at.is_null()))
                .set(invitations::used_at.eq(Some(now)))
                .execute(conn)
        }
        LinkKind::PasswordReset => diesel::update(
            scoped!(password_resets, scope).filter(password_resets::user_id.eq(user_id)).filter(password_resets::used_at.is_null()),
        )
        .set(password_resets::used_at.eq(Some(now)))
        .execute(conn),
    }
}
