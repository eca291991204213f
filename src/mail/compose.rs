//! Composing mail: a branded, localized message rendered from askama
//! templates (an HTML and a text part) and written to the outbox in the
//! caller's transaction. Links come from the configured public URL, never
//! from a request's `Host` (TEN-4).

use askama::Template;
use diesel::QueryResult;

use super::model::{self, MailStatus, NewOutbox};
use crate::config::Config;
use crate::db::AnyConnection;
use crate::i18n::Locale;
use crate::tenancy::TenantScope;
use crate::tenancy::model::TenantSettings;
use crate::tenancy::routes::{is_hex_color, readable_text_on};

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
        let primary = if is_hex_color(&settings.primary_color) { settings.primary_color.clone() } else { "#1f4e8c".into() };
        let accent = if is_hex_color(&settings.accent_color) { settings.accent_color.clone() } else { "#b45309".into() };
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

/// Renders and enqueues one message in the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub fn enqueue(
    conn: &mut AnyConnection,
    scope: Option<&TenantScope>,
    config: &Config,
    kind: &str,
    payload: &serde_json::Value,
    recipient: &Recipient<'_>,
    brand: &MailBrand,
    mail: &ActionMail,
) -> QueryResult<i64> {
    let render_error = |e: askama::Error| diesel::result::Error::QueryBuilderError(Box::new(e));
    let html = ActionHtml { m: mail, brand, lang: recipient.locale.code() }.render().map_err(render_error)?;
    let text = ActionText { m: mail, brand }.render().map_err(render_error)?;
    let host = config.public_url.host_str().unwrap_or("localhost");
    let message_id = format!("<{}@{host}>", uuid::Uuid::new_v4().simple());
    let now = crate::db::now();
    let payload = payload.to_string();
    model::insert(
        conn,
        &NewOutbox {
            tenant_id: scope.map(TenantScope::tenant_id),
            recipient_user_id: recipient.user_id,
            to_address: recipient.address,
            to_name: recipient.name,
            from_name: &brand.sender_name,
            kind,
            locale: recipient.locale.code(),
            payload: &payload,
            subject: &mail.subject,
            body_text: &text,
            body_html: &html,
            unsubscribe_url: mail.unsubscribe.as_ref().map(|u| u.url.as_str()),
            status: MailStatus::Queued.as_str(),
            attempts: 0,
            next_attempt_at: now,
            message_id: &message_id,
            created_at: now,
            updated_at: now,
        },
    )
}
