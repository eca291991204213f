//! Composing mail: a branded, localized message rendered from askama
//! templates (an HTML and a text part) and written to the outbox in the
//! caller's transaction. Links come from the configured public URL, never
//! from a request's `Host` (TEN-4).

use askama::Template;
use diesel::QueryResult;

use super::model::{self, MailStatus, NewOutbox};
use crate::config::Config;
use crate::db::AnyConnection;
use crate::i18n::{Locale, Translator};
use crate::tenancy::branding::{DEFAULT_ACCENT, DEFAULT_PRIMARY, is_hex_color, readable_text_on};
use crate::tenancy::model::{self as tenancy, TenantSettings};
use crate::tenancy::scope::TenantScope;
use crate::tenancy::usage::{self, Metric};

/// How a tenant's mail looks: name, colours, logo, where its portal is.
#[derive(Debug, Clone)]
pub struct MailBrand {
    pub portal_name: String,
    pub sender_name: String,
    pub primary: String,
    pub on_primary: String,
    pub accent: String,
    pub logo_url: Option<String>,
    pub portal_url: String,
}

impl MailBrand {
    pub fn for_tenant(settings: &TenantSettings, portal_url: &str) -> Self {
        let primary = if is_hex_color(&settings.primary_color) { settings.primary_color.clone() } else { DEFAULT_PRIMARY.into() };
        let accent = if is_hex_color(&settings.accent_color) { settings.accent_color.clone() } else { DEFAULT_ACCENT.into() };
        Self {
            portal_name: settings.portal_name.clone(),
            sender_name: settings.mail_sender_name.clone(),
            on_primary: readable_text_on(&primary).to_string(),
            primary,
            accent,
            logo_url: settings
                .logo_path
                .as_ref()
                .map(|_| format!("{portal_url}/branding/logo?v={}", settings.updated_at.and_utc().timestamp())),
            portal_url: portal_url.to_string(),
        }
    }
}

/// Who a message is for.
pub struct Recipient<'a> {
    pub user_id: Option<i64>,
    pub address: &'a str,
    pub name: &'a str,
    pub locale: Locale,
}

pub struct MailLink {
    pub label: String,
    pub url: String,
}

/// The content of a transactional message, already in the recipient's language.
pub struct ActionMail {
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    pub action: Option<MailLink>,
    pub notes: Vec<String>,
    pub footer: String,
    /// Set for non-essential mail: adds the link and `List-Unsubscribe`.
    pub unsubscribe: Option<MailLink>,
}

#[derive(Template)]
#[template(path = "mail/action.html")]
struct ActionHtml<'a> {
    m: &'a ActionMail,
    brand: &'a MailBrand,
    lang: &'a str,
}

#[derive(Template)]
#[template(path = "mail/action.txt")]
struct ActionText<'a> {
    m: &'a ActionMail,
    brand: &'a MailBrand,
}

/// One message to enqueue: what kind it is (for the log), its payload, who
/// it is for and what it says.
pub struct Outgoing<'a> {
    pub kind: &'a str,
    pub payload: serde_json::Value,
    pub recipient: Recipient<'a>,
    pub mail: ActionMail,
}

/// What every mail of a tenant needs, loaded once: its settings and
/// branding, and the public URL of its portal.
pub struct TenantMail {
    scope: TenantScope,
    pub settings: TenantSettings,
    pub brand: MailBrand,
    pub portal_url: String,
}

/// The tenant's mail set-up (settings, branding, portal URL from the
/// configuration, never from a request).
pub fn compose_for_tenant(conn: &mut AnyConnection, scope: &TenantScope, config: &Config, slug: &str) -> QueryResult<TenantMail> {
    let settings = tenancy::settings(conn, scope)?;
    let portal_url = config.tenant_url(slug);
    let brand = MailBrand::for_tenant(&settings, &portal_url);
    Ok(TenantMail { scope: *scope, settings, brand, portal_url })
}

impl TenantMail {
    /// A person's own language if they chose one, else the portal's default.
    pub fn locale_for(&self, preference: Option<&str>) -> Locale {
        preference.and_then(Locale::from_code).unwrap_or_else(|| self.settings.default_locale())
    }

    /// Strings in `locale`, with the tenant's overrides.
    pub fn translator(&self, conn: &mut AnyConnection, locale: Locale) -> QueryResult<Translator> {
        Ok(Translator::new(locale, std::sync::Arc::new(tenancy::overrides(conn, &self.scope, locale)?)))
    }

    /// The footer every tenant mail ends with.
    pub fn footer(&self, t: &Translator) -> String {
        t.t_args("mail-footer", &[("portal", &self.settings.portal_name), ("url", &self.portal_url)])
    }

    /// Renders and enqueues one message of this tenant in the caller's transaction.
    pub fn enqueue(&self, conn: &mut AnyConnection, config: &Config, message: &Outgoing<'_>) -> QueryResult<i64> {
        enqueue(conn, Some(&self.scope), config, &self.brand, message)
    }

    /// Enqueues a message whose parts are already made (a co-branded
    /// template's test copy, sent as the partner would send it).
    pub fn enqueue_made(&self, conn: &mut AnyConnection, config: &Config, made: &MadeMessage<'_>) -> QueryResult<i64> {
        insert(conn, Some(self.scope.tenant_id()), config, &self.brand.sender_name, made, "{}", None)
    }
}

/// A message with its parts already made.
pub struct MadeMessage<'a> {
    pub kind: &'a str,
    pub recipient: Recipient<'a>,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
}

/// Renders and enqueues one message in the caller's transaction.
fn enqueue(
    conn: &mut AnyConnection,
    scope: Option<&TenantScope>,
    config: &Config,
    brand: &MailBrand,
    message: &Outgoing<'_>,
) -> QueryResult<i64> {
    let (recipient, mail, kind) = (&message.recipient, &message.mail, message.kind);
    let render_error = |e: askama::Error| diesel::result::Error::QueryBuilderError(Box::new(e));
    let html = ActionHtml { m: mail, brand, lang: recipient.locale.code() }.render().map_err(render_error)?;
    let text = ActionText { m: mail, brand }.render().map_err(render_error)?;
    let made = MadeMessage {
        kind,
        recipient: Recipient { user_id: recipient.user_id, address: recipient.address, name: recipient.name, locale: recipient.locale },
        subject: &mail.subject,
        text: &text,
        html: &html,
    };
    let payload = message.payload.to_string();
    let unsubscribe = mail.unsubscribe.as_ref().map(|u| u.url.as_str());
    insert(conn, scope.map(TenantScope::tenant_id), config, &brand.sender_name, &made, &payload, unsubscribe)
}

/// Writes one queued message to the outbox (the one place that fills a row).
fn insert(
    conn: &mut AnyConnection,
    tenant_id: Option<i64>,
    config: &Config,
    from_name: &str,
    made: &MadeMessage<'_>,
    payload: &str,
    unsubscribe_url: Option<&str>,
) -> QueryResult<i64> {
    let host = config.public_url.host_str().unwrap_or("localhost");
    let message_id = format!("<{}@{host}>", uuid::Uuid::new_v4().simple());
    let now = crate::db::now();
    let recipient = &made.recipient;
    if let Some(tenant) = tenant_id {
        usage::count_for_tenant(conn, tenant, Metric::Emails, 1)?;
    }
    model::insert(
        conn,
        &NewOutbox {
            tenant_id,
            recipient_user_id: recipient.user_id,
            to_address: recipient.address,
            to_name: recipient.name,
            from_name,
            kind: made.kind,
            locale: recipient.locale.code(),
            payload,
            subject: made.subject,
            body_text: made.text,
            body_html: made.html,
            unsubscribe_url,
            status: MailStatus::Queued.as_str(),
            attempts: 0,
            next_attempt_at: now,
            message_id: &message_id,
            created_at: now,
            updated_at: now,
        },
    )
}
