//! `World`: tenant acme with partners P1A and P1B and a user in each role
//! that deals need, plus the admin of another tenant (globex). Everything is
//! set up through the portal's own pages, like its users would.

use super::forms::as_form;
use super::{PASSWORD, TestApp, add_partner, invite, organisation_id, post_form, spawn_app};

pub struct World {
    pub app: TestApp,
    /// acme's vendor admin.
    pub admin: reqwest::Client,
    /// acme's channel manager.
    pub cm: reqwest::Client,
    /// P1A's partner admin.
    pub pa: reqwest::Client,
    /// A partner user of P1A.
    pub pu: reqwest::Client,
    /// P1B's partner admin.
    pub pb: reqwest::Client,
    /// globex's vendor admin.
    pub foreign: reqwest::Client,
}

pub async fn world() -> World {
    world_on(spawn_app().await).await
}

pub async fn world_on(app: TestApp) -> World {
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    add_partner(&app, &admin, "acme", "P1A", "p1a.test").await;
    add_partner(&app, &admin, "acme", "P1B", "p1b.test").await;
    let vendor = organisation_id(&app, &admin, "acme", "ACME").await;
    let p1a = organisation_id(&app, &admin, "acme", "P1A").await;
    let p1b = organisation_id(&app, &admin, "acme", "P1B").await;
    let mut clients = Vec::new();
    for (email, role, org) in [
        ("cm@acme.test", "channel_manager", &vendor),
        ("pa@p1a.test", "partner_admin", &p1a),
        ("pu@p1a.test", "partner_user", &p1a),
        ("pb@p1b.test", "partner_admin", &p1b),
    ] {
        invite(&app, &admin, "acme", email, role, org).await;
        clients.push(app.accept_invitation("acme", email, PASSWORD).await);
    }
    let foreign = app.tenant_with_admin("globex", PASSWORD).await;
    let mut it = clients.into_iter();
    World { cm: it.next().unwrap(), pa: it.next().unwrap(), pu: it.next().unwrap(), pb: it.next().unwrap(), admin, foreign, app }
}

/// A complete, valid deal registration (closing in 60 days) with `action`
/// `draft` or `submit`.
pub fn deal_fields(company: &str, domain: &str, value: &str, action: &str) -> Vec<(&'static str, String)> {
    let close = (chrono::Utc::now().date_naive() + chrono::Duration::days(60)).to_string();
    [
        ("customer_company", company),
        ("customer_domain", domain),
        ("country", "DE"),
        ("contact_name", "Jo Buyer"),
        ("contact_email", "jo@customer.test"),
        ("value", value),
        ("currency", "EUR"),
        ("expected_close", &close),
        ("description", "Fleet renewal"),
        ("action", action),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}

/// The public id of the deal a `303` to its page names.
pub fn deal_id(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().trim_start_matches("/deals/").to_string()
}

/// Registers a deal on `slug` as `c` through the form; returns its public id.
pub async fn register_deal(
    app: &TestApp,
    c: &reqwest::Client,
    slug: &str,
    company: &str,
    domain: &str,
    value: &str,
    action: &str,
) -> String {
    let fields = deal_fields(company, domain, value, action);
    let res = post_form(c, app, slug, "/deals/new", "/deals", &as_form(&fields)).await;
    assert_eq!(res.status(), 303, "register: {}", res.text().await.unwrap());
    deal_id(&res)
}

impl World {
    /// Registers a deal on acme as `c`; returns its public id.
    pub async fn register(&self, c: &reqwest::Client, company: &str, domain: &str, value: &str, action: &str) -> String {
        register_deal(&self.app, c, "acme", company, domain, value, action).await
    }

    /// Asks for the deal transition `action` as `c`.
    pub async fn act(&self, c: &reqwest::Client, id: &str, action: &str, comment: &str) -> reqwest::Response {
        post_form(c, &self.app, "acme", "/", &format!("/deals/{id}/transition"), &[("action", action), ("comment", comment)]).await
    }

    /// Opens `path` on acme as `c`: (status, body).
    pub async fn page(&self, c: &reqwest::Client, path: &str) -> (u16, String) {
        let res = c.get(self.app.url("acme", path)).send().await.unwrap();
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }
}
