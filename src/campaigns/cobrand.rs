//! Co-branding: the one fixed vocabulary of placeholders a template may use,
//! checking a template when it is saved (unknown names are refused, each
//! named), filling it with a partner's values escaped for the target format
//! (a partner named `<script>` stays text in HTML and e-mail), and the
//! preflight that lists what a partner's profile lacks before a download.

use std::fmt::Write as _;

/// Everything a template may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholder {
    PartnerName,
    PartnerLogo,
    PartnerWebsite,
    ContactName,
    ContactEmail,
    ContactPhone,
    LandingPageUrl,
    TenantName,
}

impl Placeholder {
    pub const ALL: [Placeholder; 8] = [
        Placeholder::PartnerName,
        Placeholder::PartnerLogo,
        Placeholder::PartnerWebsite,
        Placeholder::ContactName,
        Placeholder::ContactEmail,
        Placeholder::ContactPhone,
        Placeholder::LandingPageUrl,
        Placeholder::TenantName,
    ];

    /// The name written between `{{` and `}}`.
    pub fn name(self) -> &'static str {
        match self {
            Placeholder::PartnerName => "partner_name",
            Placeholder::PartnerLogo => "partner_logo",
            Placeholder::PartnerWebsite => "partner_website",
            Placeholder::ContactName => "contact_name",
            Placeholder::ContactEmail => "contact_email",
            Placeholder::ContactPhone => "contact_phone",
            Placeholder::LandingPageUrl => "landing_page_url",
            Placeholder::TenantName => "tenant_name",
        }
    }

    pub fn from_name(name: &str) -> Option<Placeholder> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }

    /// Whether it can be missing for a partner (its profile, or a landing
    /// page it has not published); the names Portico always knows.
    pub fn from_profile(self) -> bool {
        !matches!(self, Placeholder::PartnerName | Placeholder::TenantName)
    }
}

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Slot(Placeholder),
}

/// Why a template was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// Names between `{{ }}` that are not in the vocabulary, in order, once each.
    Unknown(Vec<String>),
    /// A `{{` that is never closed.
    Unclosed,
}

fn parse(template: &str) -> Result<Vec<Piece<'_>>, TemplateError> {
    let mut pieces = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        if open > 0 {
            pieces.push(Piece::Text(&rest[..open]));
        }
        let after = &rest[open + 2..];
        let close = after.find("}}").ok_or(TemplateError::Unclosed)?;
        let name = after[..close].trim();
        match Placeholder::from_name(name) {
            Some(p) => pieces.push(Piece::Slot(p)),
            None => {
                let shown: String = name.chars().take(60).collect();
                if !unknown.contains(&shown) {
                    unknown.push(shown);
                }
            }
        }
        rest = &after[close + 2..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    if unknown.is_empty() { Ok(pieces) } else { Err(TemplateError::Unknown(unknown)) }
}

/// Checks a template: the placeholders it uses (once each, in order), or why not.
pub fn check(template: &str) -> Result<Vec<Placeholder>, TemplateError> {
    let mut used = Vec::new();
    for piece in parse(template)? {
        if let Piece::Slot(p) = piece
            && !used.contains(&p)
        {
            used.push(p);
        }
    }
    Ok(used)
}

/// What the placeholders stand for, for one partner.
#[derive(Debug, Clone, Default)]
pub struct PartnerValues {
    pub partner_name: String,
    /// An absolute URL of the partner's logo, when it has one.
    pub logo_url: Option<String>,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub landing_page_url: String,
    pub tenant_name: String,
}

impl PartnerValues {
    fn text(&self, p: Placeholder) -> &str {
        match p {
            Placeholder::PartnerName => &self.partner_name,
            Placeholder::PartnerLogo => self.logo_url.as_deref().unwrap_or(""),
            Placeholder::PartnerWebsite => &self.website,
            Placeholder::ContactName => &self.contact_name,
            Placeholder::ContactEmail => &self.contact_email,
            Placeholder::ContactPhone => &self.contact_phone,
            Placeholder::LandingPageUrl => &self.landing_page_url,
            Placeholder::TenantName => &self.tenant_name,
        }
    }

    /// What of `used` this partner cannot fill yet (the preflight).
    pub fn missing(&self, used: &[Placeholder]) -> Vec<Placeholder> {
        used.iter().copied().filter(|p| p.from_profile() && self.text(*p).trim().is_empty()).collect()
    }
}

/// The format a filled template is for: values are escaped for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Text,
}

fn escape_html(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Fills a checked template. In HTML every value is escaped and the logo is
/// an `<img>` (only for an http(s) URL); in text the logo is its URL.
pub fn fill(template: &str, values: &PartnerValues, format: Format) -> Result<String, TemplateError> {
    let mut out = String::with_capacity(template.len() + 256);
    for piece in parse(template)? {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Slot(p) => {
                let value = values.text(p);
                match (format, p) {
                    (Format::Html, Placeholder::PartnerLogo) => {
                        if value.starts_with("https://") || value.starts_with("http://") {
                            out.push_str("<img src=\"");
                            escape_html(&mut out, value);
                            out.push_str("\" alt=\"");
                            escape_html(&mut out, &values.partner_name);
                            let _ = write!(out, "\" style=\"max-height:64px;max-width:240px\">");
                        }
                    }
                    (Format::Html, _) => escape_html(&mut out, value),
                    (Format::Text, _) => out.extend(value.chars().filter(|c| !c.is_control() || *c == '\n')),
                }
            }
        }
    }
    Ok(out)
}

/// A filled template as an `.eml` file (RFC 5322, text and HTML
/// alternatives) a partner opens in its own mail program to send on.
pub fn eml(from: (&str, &str), to: (&str, &str), subject: &str, text: &str, html: &str) -> Option<Vec<u8>> {
    use lettre::message::{Mailbox, MultiPart};
    let mailbox = |(name, address): (&str, &str)| -> Option<Mailbox> {
        let name: String = name.chars().filter(|c| !c.is_control()).collect();
        Some(Mailbox::new((!name.trim().is_empty()).then_some(name), address.parse().ok()?))
    };
    let subject: String = subject.chars().filter(|c| !c.is_control()).collect();
    let message = lettre::Message::builder()
        .from(mailbox(from)?)
        .to(mailbox(to)?)
        .subject(subject)
        .date_now()
        .multipart(MultiPart::alternative_plain_html(text.to_string(), html.to_string()))
        .ok()?;
    Some(message.formatted())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> PartnerValues {
        PartnerValues {
            partner_name: "<script>alert(1)</script> & Co".into(),
            logo_url: Some("https://acme.test/organisation/logo/7\" onerror=\"x".into()),
            website: "https://p1a.test".into(),
            contact_name: "Ann".into(),
            contact_email: "ann@p1a.test".into(),
            contact_phone: String::new(),
            landing_page_url: "https://acme.test/p/p1a".into(),
            tenant_name: "Acme".into(),
        }
    }

    #[test]
    fn unknown_placeholders_are_refused_each_named_once() {
        assert_eq!(
            check("Hi {{ partner_name }} {{first_name}} {{ first_name }} {{<img src=x>}}"),
            Err(TemplateError::Unknown(vec!["first_name".into(), "<img src=x>".into()]))
        );
        assert_eq!(check("Hi {{ partner_name"), Err(TemplateError::Unclosed));
        assert_eq!(
            check("{{partner_name}} and {{ tenant_name }} and {{partner_name}}"),
            Ok(vec![Placeholder::PartnerName, Placeholder::TenantName])
        );
        assert_eq!(check("no placeholders { at } all }}"), Ok(vec![]));
    }

    #[test]
    fn values_are_escaped_for_html_and_stay_text() {
        let html = fill("<p>{{partner_name}}</p>{{partner_logo}}", &values(), Format::Html).unwrap();
        assert_eq!(
            html,
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p><img src=\"https://acme.test/organisation/logo/7&quot; onerror=&quot;x\" alt=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co\" style=\"max-height:64px;max-width:240px\">"
        );
        let text = fill("{{partner_name}} – {{partner_logo}}", &values(), Format::Text).unwrap();
        assert!(text.starts_with("<script>alert(1)</script> & Co – https://"), "{text}");
        let no_logo = PartnerValues { logo_url: Some("javascript:alert(1)".into()), ..values() };
        assert_eq!(fill("{{partner_logo}}", &no_logo, Format::Html).unwrap(), "", "only http(s) logos become images");
    }

    #[test]
    fn an_eml_is_a_message_a_mail_program_opens() {
        let bytes =
            eml(("Ann\r\nBcc: x@evil.test", "ann@p1a.test"), ("", "me@p1a.test"), "News\r\nBcc: y@evil.test", "Hi", "<p>Hi</p>").unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("From: ") && text.contains("To: me@p1a.test") && text.contains("multipart/alternative"), "{text}");
        assert!(!text.contains("\r\nBcc:"), "no header injection: {text}");
        assert!(eml(("", "not an address"), ("", "me@p1a.test"), "s", "t", "h").is_none());
    }

    #[test]
    fn the_preflight_lists_what_the_profile_lacks() {
        let used = check("{{partner_name}} {{contact_phone}} {{partner_logo}} {{landing_page_url}} {{tenant_name}}").unwrap();
        assert_eq!(values().missing(&used), vec![Placeholder::ContactPhone]);
        let bare = PartnerValues { partner_name: "P".into(), ..PartnerValues::default() };
        assert_eq!(bare.missing(&used), vec![Placeholder::ContactPhone, Placeholder::PartnerLogo, Placeholder::LandingPageUrl]);
    }
}
