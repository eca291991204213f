//! The independent webhook receiver (`tests/peers/webhook_receiver.py`):
//! verifies every delivery with the Standard Webhooks reference library and
//! checks its body against the OpenAPI document; one per test, on a free
//! loopback port, stopped when dropped.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

pub struct Receiver {
    pub port: u16,
    child: Child,
}

impl Receiver {
    /// Starts it; fails loudly when it cannot.
    pub fn start() -> Receiver {
        let peers = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers");
        let python = peers.join("venv/bin/python");
        assert!(python.exists(), "{} is missing: run scripts/test (it installs tests/peers/requirements.txt)", python.display());
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let mut child = Command::new(python)
            .arg(peers.join("webhook_receiver.py"))
            .arg(port.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the webhook receiver");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("its stdout")).read_line(&mut line).expect("read from the receiver");
        assert_eq!(line.trim(), "ready", "the webhook receiver did not start");
        Receiver { port, child }
    }

    /// Where deliveries go.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hook", self.port)
    }

    async fn control(&self, path: &str, body: Value) {
        let res = reqwest::Client::new().post(format!("http://127.0.0.1:{}/control/{path}", self.port)).json(&body).send().await.unwrap();
        assert_eq!(res.status(), 204);
    }

    pub async fn secrets(&self, secrets: &[&str]) {
        self.control("secrets", json!({ "secrets": secrets })).await;
    }

    /// The next answers (then 204 again).
    pub async fn script(&self, answers: Value) {
        self.control("script", json!({ "answers": answers })).await;
    }

    /// The OpenAPI document every body must match.
    pub async fn document(&self, doc: Value) {
        self.control("document", doc).await;
    }

    /// `{attempts: [{id, signatures}], acknowledged: [{id, type, data, signatures}], rejected: [{id, reason}]}`
    pub async fn log(&self) -> Value {
        reqwest::get(format!("http://127.0.0.1:{}/control/log", self.port)).await.unwrap().json().await.unwrap()
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
