//! A real SMTP server (npm `smtp-server`) on loopback, started per test.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Received {
    pub raw: String,
    pub envelope_from: String,
    pub envelope_to: Vec<String>,
    pub subject: String,
    pub message_id: String,
    pub from: String,
    pub from_name: String,
    pub to: String,
    pub text: String,
    pub html: String,
    pub content_type: String,
    pub headers: std::collections::HashMap<String, String>,
}

pub struct SmtpPeer {
    pub port: u16,
    control: u16,
    child: Child,
}

/// A loopback port nobody listens on (yet).
pub fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

impl SmtpPeer {
    /// Starts the server on `port` (0: any free port). Panics — never skips —
    /// when Node or the npm packages are missing.
    pub fn start(port: u16) -> SmtpPeer {
        let dir = format!("{}/tests/peers", env!("CARGO_MANIFEST_DIR"));
        let mut child = Command::new("node")
            .arg(format!("{dir}/smtp.mjs"))
            .arg(port.to_string())
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the SMTP peer (node tests/peers/smtp.mjs): {e}"));
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        let mut reader = BufReader::new(stdout);
        reader.read_line(&mut line).unwrap();
        // Keep reading, so the peer never writes into a closed pipe.
        std::thread::spawn(move || for _ in reader.lines() {});
        let ports: Vec<u16> = line
            .trim()
            .strip_prefix("READY ")
            .unwrap_or_else(|| panic!("SMTP peer did not start: {line:?} (run `npm ci` in tests/peers)"))
            .split(' ')
            .map(|kv| kv.split('=').nth(1).unwrap().parse().unwrap())
            .collect();
        SmtpPeer { port: ports[0], control: ports[1], child }
    }

    pub fn control_port(&self) -> u16 {
        self.control
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}?tls=none", self.port)
    }

    fn control_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.control)
    }

    pub async fn messages(&self) -> Vec<Received> {
        reqwest::get(self.control_url("/messages")).await.unwrap().json().await.unwrap()
    }

    /// Answer the next `n` messages with 451.
    pub async fn tempfail(&self, n: u32) {
        self.set_mode(serde_json::json!({ "tempfail": n })).await;
    }

    /// Answer every message with 550.
    pub async fn reject(&self) {
        self.set_mode(serde_json::json!({ "reject": true })).await;
    }

    pub async fn accept(&self) {
        self.set_mode(serde_json::json!({})).await;
    }

    async fn set_mode(&self, mode: serde_json::Value) {
        super::plain_client().post(self.control_url("/mode")).body(mode.to_string()).send().await.unwrap();
    }

    /// Waits (bounded) until at least `n` messages have arrived.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let got = self.messages().await;
            if got.len() >= n {
                return got;
            }
            assert!(Instant::now() < deadline, "expected {n} messages, got {}", got.len());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpPeer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
