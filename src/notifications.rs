//! In-app notifications (the bell) and their e-mail twins: one call writes
//! both, in the caller's transaction, localized per recipient. Non-essential
//! mail belongs to a category each person can turn off (in the account, or
//! with the signed one-click link every such mail carries, with
//! `List-Unsubscribe` and `List-Unsubscribe-Post`).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::config::Config;
use crate::db::AnyConnection;
use crate::db::schema::{notification_prefs, notifications};
use crate::i18n::Translator;
use crate::identity::model::User;
use crate::identity::model::UserStatus;
use crate::mail::compose::{ActionMail, MailLink, Outgoing, Recipient, compose_for_tenant};
use crate::tenancy::scope::{TenantScope, scoped};
use crate::tenancy::usage::{self, Metric};

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
    /// Non-essential mail: sent only to those who still want this category,
    /// with an unsubscribe link. `None`: essential (deal decisions, security).
    pub category: Option<Category>,
}

/// Kinds of non-essential mail a person can turn off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// New campaigns for one's tier.
    Campaigns,
    /// New versions of assets one downloaded.
    AssetUpdates,
    /// New courses and certificate reminders.
    Courses,
}

impl Category {
    pub const ALL: [Category; 3] = [Category::Campaigns, Category::AssetUpdates, Category::Courses];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Campaigns => "campaigns",
            Category::AssetUpdates => "asset_updates",
            Category::Courses => "courses",
        }
    }

    pub fn parse(text: &str) -> Option<Category> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// The message naming this category for people.
    pub fn label_id(self) -> &'static str {
        match self {
            Category::Campaigns => "prefs-category-campaigns",
            Category::AssetUpdates => "prefs-category-asset-updates",
            Category::Courses => "prefs-category-courses",
        }
    }
}

/// Whether the person still wants mail of this category (no row: yes).
pub fn wants_mail(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64, category: Category) -> QueryResult<bool> {
    let email: Option<i32> = scoped!(notification_prefs, scope)
        .filter(notification_prefs::user_id.eq(user_id))
        .filter(notification_prefs::category.eq(category.as_str()))
        .select(notification_prefs::email)
        .first(conn)
        .optional()?;
    Ok(email.is_none_or(|e| e != 0))
}

/// Every category with whether the person wants its mail.
pub fn preferences(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64) -> QueryResult<Vec<(Category, bool)>> {
    Category::ALL.into_iter().map(|c| Ok((c, wants_mail(conn, scope, user_id, c)?))).collect()
}

pub fn set_wants_mail(conn: &mut AnyConnection, scope: &TenantScope, user_id: i64, category: Category, wanted: bool) -> QueryResult<()> {
    diesel::delete(
        scoped!(notification_prefs, scope)
            .filter(notification_prefs::user_id.eq(user_id))
            .filter(notification_prefs::category.eq(category.as_str())),
    )
    .execute(conn)?;
    diesel::insert_into(notification_prefs::table)
        .values((
            notification_prefs::tenant_id.eq(scope.tenant_id()),
            notification_prefs::user_id.eq(user_id),
            notification_prefs::category.eq(category.as_str()),
            notification_prefs::email.eq(i32::from(wanted)),
            notification_prefs::updated_at.eq(crate::db::now()),
        ))
        .execute(conn)?;
    Ok(())
}

const UNSUBSCRIBE: &str = "unsubscribe";

/// The token of a one-click unsubscribe link: who, which category, signed
/// for this tenant (it never works on another).
pub fn unsubscribe_token(secret: &[u8], tenant_id: i64, user_id: i64, category: Category) -> String {
    let data = format!("{tenant_id}.{user_id}.{}", category.as_str());
    format!("{user_id}.{}.{}", category.as_str(), crate::signing::sign(secret, UNSUBSCRIBE, data.as_bytes()))
}

/// The person and category a token names, if it was signed for this tenant.
pub fn read_unsubscribe_token(secret: &[u8], tenant_id: i64, token: &str) -> Option<(i64, Category)> {
    let mut parts = token.splitn(3, '.');
    let user_id: i64 = parts.next()?.parse().ok()?;
    let category = Category::parse(parts.next()?)?;
    let signature = parts.next()?;
    let data = format!("{tenant_id}.{user_id}.{}", category.as_str());
    crate::signing::verify(secret, UNSUBSCRIBE, data.as_bytes(), signature).then_some((user_id, category))
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
    // Past the plan's e-mails for the month, non-essential mail is held back
    // (the notice still shows in the portal); essential mail always goes.
    let mail_allowance = match notice.category {
        Some(_) if notice.mail => match usage::exceeded(conn, scope, Metric::Emails, recipients.len() as i64)? {
            Some(_) => {
                tracing::info!(tenant_id = scope.tenant_id(), key = notice.key, "notifications.mail_held_by_plan_limit");
                false
            }
            None => true,
        },
        _ => true,
    };
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
        let wanted = match notice.category {
            Some(category) => mail_allowance && wants_mail(conn, scope, user.id, category)?,
            None => true,
        };
        if notice.mail && wanted {
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
                unsubscribe: notice.category.map(|category| MailLink {
                    label: t.t_args("mail-unsubscribe", &[("category", &t.t(category.label_id()))]),
                    url: format!(
                        "{}/unsubscribe/{}",
                        m.portal_url,
                        unsubscribe_token(config.secret_key.as_bytes(), scope.tenant_id(), user.id, category)
                    ),
                }),
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
