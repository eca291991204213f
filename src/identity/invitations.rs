//! Invitations: a random token (only its SHA-256 is stored), valid for seven
//! days and once, sent by e-mail through the outbox in the caller's transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::model::User;
use super::rbac::Role;
use crate::config::Config;
use crate::db::AnyConnection;
use crate::db::schema::invitations;
use crate::i18n::{Locale, Translator};
use crate::mail::compose::{self, ActionMail, MailBrand, MailLink, Recipient};
use crate::tenancy::TenantScope;
use crate::tenancy::model as tenancy;

pub const VALID_DAYS: i64 = 7;

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The localized name of a role (`role-vendor_admin` …).
pub fn role_message_id(role: Role) -> String {
    format!("role-{}", role.as_str())
}

pub struct SentInvitation {
    pub invitation_id: i64,
    pub expires_at: NaiveDateTime,
    pub outbox_id: i64,
}

/// Creates an invitation for `user` and enqueues the e-mail that carries it.
pub fn invite(conn: &mut AnyConnection, scope: &TenantScope, config: &Config, user: &User, tenant_slug: &str) -> QueryResult<SentInvitation> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let now = crate::db::now();
    let expires_at = now + chrono::Duration::days(VALID_DAYS);
    let invitation_id: i64 = diesel::insert_into(invitations::table)
        .values((
            invitations::tenant_id.eq(scope.tenant_id()),
            invitations::user_id.eq(user.id),
            invitations::token_hash.eq(hash_token(&token)),
            invitations::expires_at.eq(expires_at),
            invitations::created_at.eq(now),
        ))
        .returning(invitations::id)
        .get_result(conn)?;

    let settings = tenancy::settings(conn, scope)?;
    let locale = user.locale.as_deref().and_then(Locale::from_code).unwrap_or_else(|| settings.default_locale());
    let t = Translator::new(locale, std::sync::Arc::new(tenancy::overrides(conn, scope, locale)?));
    let portal_url = config.tenant_url(tenant_slug);
    let brand = MailBrand::for_tenant(&settings, &portal_url);
    let role = Role::parse(&user.role).map(|r| t.t(&role_message_id(r))).unwrap_or_default();
    let portal = settings.portal_name.as_str();
    let mail = ActionMail {
        subject: t.t_args("mail-invitation-subject", &[("portal", portal)]),
        greeting: t.t_args("mail-greeting", &[("name", &user.display_name)]),
        paragraphs: vec![t.t_args("mail-invitation-body", &[("portal", portal), ("role", &role)])],
        action: Some(MailLink { label: t.t("mail-invitation-action"), url: format!("{portal_url}/invitations/{token}") }),
        notes: vec![
            t.t_args("mail-invitation-expiry", &[("date", &crate::i18n::format_datetime(locale, expires_at))]),
            t.t("mail-invitation-ignore"),
        ],
        footer: t.t_args("mail-footer", &[("portal", portal), ("url", &portal_url)]),
        unsubscribe: None,
    };
    let payload = serde_json::json!({ "user_id": user.id, "invitation_id": invitation_id, "expires_at": expires_at });
    let outbox_id = compose::enqueue(
        conn,
        Some(scope),
        config,
        "invitation",
        &payload,
        &Recipient { user_id: Some(user.id), address: &user.email, name: &user.display_name, locale },
        &brand,
        &mail,
    )?;
    Ok(SentInvitation { invitation_id, expires_at, outbox_id })
}
