//! OpenID providers on loopback for the SSO tests: the real `oidc-provider`
//! and a scripted misbehaving one (`evil-op.mjs`).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use super::forms::as_form;
use super::{PASSWORD, TestApp, add_partner, organisation_id, post_form, spawn_app_with};

pub struct NodePeer {
    pub issuer: String,
    child: Child,
}

fn spawn(script: &str, args: &[String]) -> NodePeer {
    let dir = format!("{}/tests/peers", env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new("node")
        .arg(format!("{dir}/{script}"))
        .args(args)
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {script}: {e}"));
    let mut line = String::new();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    reader.read_line(&mut line).unwrap();
    // Keep reading, so the peer never writes into a closed pipe.
    std::thread::spawn(move || for _ in reader.lines() {});
    let issuer = line
        .trim()
        .strip_prefix("READY issuer=")
        .unwrap_or_else(|| panic!("{script} did not start: {line:?} (run `npm ci` in tests/peers)"))
        .to_string();
    NodePeer { issuer, child }
}

/// The real provider with these clients: `(client_id, secret, redirect_uris)`.
pub fn real_op(clients: &[(&str, &str, Vec<String>)]) -> NodePeer {
    let config = serde_json::json!({
        "clients": clients.iter().map(|(id, secret, uris)| serde_json::json!({
            "client_id": id, "client_secret": secret, "redirect_uris": uris,
        })).collect::<Vec<_>>()
    });
    spawn("oidc.mjs", &[config.to_string()])
}

pub fn evil_op(client_id: &str, secret: &str) -> NodePeer {
    spawn("evil-op.mjs", &[client_id.to_string(), secret.to_string()])
}

impl NodePeer {
    pub async fn set_mode(&self, mode: &str) {
        super::plain_client()
            .post(format!("{}/mode", self.issuer))
            .body(serde_json::json!({ "mode": mode }).to_string())
            .send()
            .await
            .unwrap();
    }

    pub async fn set_identity(&self, subject: &str, email: &str) {
        super::plain_client()
            .post(format!("{}/mode", self.issuer))
            .body(serde_json::json!({ "mode": "ok", "subject": subject, "email": email }).to_string())
            .send()
            .await
            .unwrap();
    }

    /// How many times the JWKS was fetched.
    pub async fn jwks_fetches(&self) -> u64 {
        let v: serde_json::Value = reqwest::get(format!("{}/stats", self.issuer)).await.unwrap().json().await.unwrap();
        v["jwks_fetches"].as_u64().unwrap()
    }
}

impl Drop for NodePeer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Tenant acme, with partners P1A and P1B, on an app that may reach
/// providers on loopback; its admin adds providers through the admin pages.
pub struct SsoTenant {
    pub app: TestApp,
    pub admin: reqwest::Client,
}

pub async fn sso_tenant() -> SsoTenant {
    let app = spawn_app_with(&[("PORTICO_OIDC_ALLOW_HOSTS", "127.0.0.1")]).await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    add_partner(&app, &admin, "acme", "P1A", "p1a.test").await;
    add_partner(&app, &admin, "acme", "P1B", "p1b.test").await;
    SsoTenant { app, admin }
}

impl SsoTenant {
    /// Adds a provider for partner `org` through the admin page; returns its id.
    /// Its client secret is `{client_id}-secret`.
    pub async fn provider(&self, issuer: &str, client_id: &str, org: &str, domains: &str, jit: bool, required: bool) -> i64 {
        let res = self.provider_form(issuer, client_id, org, domains, jit, required).await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
        res.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().parse().unwrap()
    }

    /// Sends the new-provider form; returns the answer as it is.
    pub async fn provider_form(
        &self,
        issuer: &str,
        client_id: &str,
        org: &str,
        domains: &str,
        jit: bool,
        required: bool,
    ) -> reqwest::Response {
        let mut fields = vec![
            ("name", format!("{org} login")),
            ("issuer", issuer.to_string()),
            ("client_id", client_id.to_string()),
            ("client_secret", format!("{client_id}-secret")),
            ("scopes", "email profile".into()),
            ("email_domains", domains.to_string()),
            ("organisation_id", organisation_id(&self.app, &self.admin, "acme", org).await),
            ("default_role", "partner_user".into()),
        ];
        if jit {
            fields.push(("jit", "on".into()));
        }
        if required {
            fields.push(("sso_required", "on".into()));
        }
        post_form(&self.admin, &self.app, "acme", "/admin/sso/new", "/admin/sso", &as_form(&fields)).await
    }

    /// Our callback URLs for the first four providers.
    pub fn redirect_uris(&self) -> Vec<String> {
        (1..=4).map(|id| self.app.url("acme", &format!("/auth/callback/{id}"))).collect()
    }
}
