//! In-app notifications (the bell) and their e-mail twins: one call writes
//! both, in the caller's transaction, localized per recipient.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::config::Config;
use crate::db::AnyConnection;
use crate::db::schema::notifications;
use crate::i18n::Translator;
use crate::identity::model::User;
use crate::identity::model::UserStatus;
use crate::mail::compose::{ActionMail, MailLink, Outgoing, Recipient, compose_for_tenant};
use crate::tenancy::scope::{TenantScope, scoped};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = notifications)]
pub struct Notification {
    pub id: i64,
    pub tenant_id: i64,
    pub user_id: i64,
    pub message_key: String,
    pub args: String,
    pub link: String,
    pub read_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// Renders a notification's text for a reader: arguments named `date` are
/// stored as UTC timestamps and written in the reader's locale.
pub fn text(t: &Translator, key: &str, args_json: &str) -> String {
    let args: HashMap<String, String> = serde_json::from_str(args_json).unwrap_or_default();
    let rendered: Vec<(String, String)> = args
        .into_iter()
        .map(|(k, v)| {
            let value = if k == "date" {
                chrono::NaiveDateTime::parse_from_str(&v, "%Y-%m-%dT%H:%M:%S%.f")
                    .map(|at| crate::i18n::format_date(t.locale(), at))
                    .unwrap_or(v)
            } else {
                v
            };
            (k, value)
        })
        .collect();
    let refs: Vec<(&str, &str)> = rendered.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    t.t_args(key, &refs)
}

pub struct Notice<'a> {
    pub key: &'a str,
    pub args: Vec<(&'a str, String)>,
    /// Path on the tenant's portal (`/deals/…`).
    pub link: String,
    /// Also send it by e-mail (through the outbox).
    pub mail: bool,
}

/// Notifies each recipient in the app and, if asked, by e-mail.
pub fn notify(
    conn: &mut AnyConnection,
    scope: &TenantScope,
    config: &Config,
    slug: &str,
    recipients: &[User],
    notice: &Notice<'_>,
) -> QueryResult<()> {
    if recipients.is_empty() {
        return Ok(());
    }
    let args_json = serde_json::to_string(&notice.args.iter().cloned().collect::<HashMap<&str, String>>()).unwrap_or_else(|_| "{}".into());
    let now = crate::db::now();
    let m = compose_for_tenant(conn, scope, config, slug)?;
    let mut seen = Vec::new();
    for user in recipients {
        if seen.contains(&user.id) || user.status() == UserStatus::Disabled {
            continue;
        }
        seen.push(user.id);
        diesel::insert_into(notifications::table)
            .values((
                notifications::tenant_id.eq(scope.tenant_id()),
                notifications::user_id.eq(user.id),
                notifications::message_key.eq(notice.key),
                notifications::args.eq(&args_json),
                notifications::link.eq(&notice.link),
                notifications::created_at.eq(now),
            ))
            .execute(conn)?;
        if notice.mail {
            let locale = m.locale_for(user.locale.as_deref());
            let t = m.translator(conn, locale)?;
            let line = text(&t, notice.key, &args_json);
            let mail = ActionMail {
                subject: line.chars().take(150).collect(),
                greeting: t.t_args("mail-greeting", &[("name", &user.display_name)]),
                paragraphs: vec![line],
                action: Some(MailLink { label: t.t("notification-open"), url: format!("{}{}", m.portal_url, notice.link) }),
                notes: Vec::new(),
                footer: m.footer(&t),
                unsubscribe: None,
            };
            let recipient = Recipient { user_id: Some(user.id), address: &user.email, name: &user.display_name, locale };
            m.enqueue(conn, config, &Outgoing { kind: notice.key, payload: serde_json::json!({ "link": notice.link }), recipient, mail })?;
        }
    }
    Ok(())
}

pub fn unread_count(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64) -> QueryResult<i64> {
    scoped!(notifications, scope)
        .filter(notifications::user_id.eq(user_id))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)
}

pub fn recent(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64, limit: i64) -> QueryResult<Vec<Notification>> {
    scoped!(notifications, scope)
        .filter(notifications::user_id.eq(user_id))
        .order(notifications::id.desc())
        .limit(limit)
        .select(Notification::as_select())
        .load(conn)
}

/// Marks one (or, with `None`, every) notification of the user read.
pub fn mark_read(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64, id: Option<i64>) -> QueryResult<usize> {
    let mut query =
        diesel::update(scoped!(notifications, scope).filter(notifications::user_id.eq(user_id)).filter(notifications::read_at.is_null()))
            .into_boxed();
    if let Some(id) = id {
        query = query.filter(notifications::id.eq(id));
    }
    query.set(notifications::read_at.eq(Some(crate::db::now()))).execute(conn)
}
