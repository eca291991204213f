//! Delivery: SMTP through lettre (plain, STARTTLS or implicit TLS, with
//! credentials), or — when no SMTP server is configured — `.eml` files in a
//! mailbox folder of the data directory, shown by the dev mailbox page.
//!
//! Headers are built only through lettre's typed builders from values with
//! control characters removed: no raw header text from user input.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::{self, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Address, Message, Transport};

use super::model::OutboxRow;
use crate::config::{Config, SmtpSettings, TlsMode};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth retrying: 4xx replies, refused connections, timeouts.
    #[error("transient: {0}")]
    Transient(String),
    /// Will never succeed: 5xx replies, malformed addresses.
    #[error("permanent: {0}")]
    Permanent(String),
}

/// Where messages go.
pub trait MailTransport: Send + Sync {
    fn send(&self, mail: &OutboxRow) -> Result<(), SendError>;
}

/// Removes characters that could end a header line or hide text.
pub fn header_safe(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string()
}

#[derive(Clone)]
struct ListUnsubscribe(String);

impl header::Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

#[derive(Clone)]
struct ListUnsubscribePost;

impl header::Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_string())
    }
}

/// Builds the MIME message (multipart/alternative: text, then HTML).
pub fn build_message(mail: &OutboxRow, from_address: &Address) -> Result<Message, SendError> {
    let to_address: Address = mail.to_address.parse().map_err(|e| SendError::Permanent(format!("recipient address: {e}")))?;
    let to_name = header_safe(&mail.to_name);
    let to = Mailbox::new((!to_name.is_empty()).then_some(to_name), to_address);
    let from = Mailbox::new(Some(header_safe(&mail.from_name)), from_address.clone());
    let mut builder =
        Message::builder().from(from).to(to).subject(header_safe(&mail.subject)).message_id(Some(mail.message_id.clone())).date_now();
    if let Some(url) = mail.unsubscribe_url.as_deref().filter(|u| u.starts_with("http")) {
        builder = builder.header(ListUnsubscribe(header_safe(url))).header(ListUnsubscribePost);
    }
    builder
        .multipart(MultiPart::alternative_plain_html(mail.body_text.clone(), mail.body_html.clone()))
        .map_err(|e| SendError::Permanent(format!("message: {e}")))
}

pub struct SmtpTransport {
    inner: lettre::SmtpTransport,
    from: Address,
}

impl SmtpTransport {
    pub fn new(settings: &SmtpSettings, from: Address, timeout: Duration) -> Result<Self, String> {
        let params = || TlsParameters::new(settings.host.clone()).map_err(|e| format!("TLS: {e}"));
        let tls = match settings.tls {
            TlsMode::Implicit => Tls::Wrapper(params()?),
            TlsMode::Required => Tls::Required(params()?),
            TlsMode::Opportunistic => Tls::Opportunistic(params()?),
            TlsMode::None => Tls::None,
        };
        let mut builder =
            lettre::SmtpTransport::builder_dangerous(settings.host.clone()).port(settings.port).tls(tls).timeout(Some(timeout));
        if let Some((user, pass)) = &settings.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), pass.clone()));
        }
        Ok(Self { inner: builder.build(), from })
    }
}

impl MailTransport for SmtpTransport {
    fn send(&self, mail: &OutboxRow) -> Result<(), SendError> {
        let message = build_message(mail, &self.from)?;
        match self.inner.send(&message) {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            // 4xx, refused connections, timeouts, TLS hiccups: try again later.
            Err(e) => Err(SendError::Transient(e.to_string())),
        }
    }
}

/// The laptop default: each message becomes `<mailbox>/<tenant>/<id>.eml`
/// plus a `.json` summary that the dev mailbox page lists.
pub struct MailboxTransport {
    root: PathBuf,
    from: Address,
}

#[derive(serde::Serialize, serde::Deserialize)]
pub struct MailboxEntry {
    pub id: i64,
    pub tenant_id: Option<i64>,
    pub to: String,
    pub from: String,
    pub subject: String,
    pub message_id: String,
    pub date: chrono::NaiveDateTime,
    pub text: String,
    pub html: String,
}

impl MailboxTransport {
    pub fn new(root: PathBuf, from: Address) -> Self {
        Self { root, from }
    }

    pub fn root(&self) -> &PathBuf {
        &self.root
    }
}

/// The folder of one tenant's messages (I5: paths carry the tenant).
pub fn mailbox_dir(root: &std::path::Path, tenant_id: Option<i64>) -> PathBuf {
    match tenant_id {
        Some(id) => root.join(format!("tenant-{id}")),
        None => root.join("platform"),
    }
}

impl MailTransport for MailboxTransport {
    fn send(&self, mail: &OutboxRow) -> Result<(), SendError> {
        let message = build_message(mail, &self.from)?;
        let dir = mailbox_dir(&self.root, mail.tenant_id);
        let io = |e: std::io::Error| SendError::Transient(format!("mailbox folder: {e}"));
        std::fs::create_dir_all(&dir).map_err(io)?;
        std::fs::write(dir.join(format!("{:010}.eml", mail.id)), message.formatted()).map_err(io)?;
        let entry = MailboxEntry {
            id: mail.id,
            tenant_id: mail.tenant_id,
            to: format!("{} <{}>", header_safe(&mail.to_name), mail.to_address),
            from: format!("{} <{}>", header_safe(&mail.from_name), self.from),
            subject: header_safe(&mail.subject),
            message_id: mail.message_id.clone(),
            date: crate::db::now(),
            text: mail.body_text.clone(),
            html: mail.body_html.clone(),
        };
        let json = serde_json::to_vec_pretty(&entry).map_err(|e| SendError::Permanent(e.to_string()))?;
        std::fs::write(dir.join(format!("{:010}.json", mail.id)), json).map_err(io)?;
        Ok(())
    }
}

/// The transport the configuration names: SMTP, or the mailbox folder.
pub fn transport_from_config(config: &Config) -> anyhow::Result<Arc<dyn MailTransport>> {
    Ok(match &config.smtp {
        Some(settings) => {
            Arc::new(SmtpTransport::new(settings, config.mail_from.clone(), config.smtp_timeout).map_err(anyhow::Error::msg)?)
        }
        None => Arc::new(MailboxTransport::new(config.data_dir.join("mailbox"), config.mail_from.clone())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_lose_control_characters() {
        assert_eq!(header_safe("Acme\r\nBcc: victim@example.com"), "AcmeBcc: victim@example.com");
        assert_eq!(header_safe(" 株式会社 "), "株式会社");
    }
}
