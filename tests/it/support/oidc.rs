//! OpenID providers on loopback for the SSO tests: the real `oidc-provider`
//! and a scripted misbehaving one (`evil-op.mjs`).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

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
        reqwest::Client::new()
            .post(format!("{}/mode", self.issuer))
            .body(serde_json::json!({ "mode": mode }).to_string())
            .send()
            .await
            .unwrap();
    }

    pub async fn set_identity(&self, subject: &str, email: &str) {
        reqwest::Client::new()
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
