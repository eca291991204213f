//! A real S3-compatible server on loopback (PyPI `moto[server]`, pinned in
//! `tests/peers/requirements.txt`, installed by the test command into
//! `tests/peers/venv`): one per test process, a bucket per test.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub struct S3Peer {
    port: u16,
    // The watcher shell; it ends with this process.
    _watcher: std::sync::Mutex<std::process::Child>,
}

static PEER: OnceLock<S3Peer> = OnceLock::new();

/// The server, started on first use. Fails loudly when it cannot start.
pub fn peer() -> &'static S3Peer {
    PEER.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers/venv/bin/moto_server");
        assert!(root.exists(), "{} is missing: run scripts/test (it installs tests/peers/requirements.txt)", root.display());
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        // A watcher stops the server when this test process ends.
        let script = format!(
            "\"$0\" -H 127.0.0.1 -p {port} >/dev/null 2>&1 & m=$!; while kill -0 {parent} 2>/dev/null; do sleep 1; done; kill $m",
            parent = std::process::id()
        );
        let mut watcher = Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(&root)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start moto_server");
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if request(port, "GET", "/").is_some_and(|status| status == 200) {
                return S3Peer { port, _watcher: std::sync::Mutex::new(watcher) };
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = watcher.kill();
        let _ = watcher.wait();
        panic!("moto_server did not answer on 127.0.0.1:{port} within 30 s");
    })
}

fn request(port: u16, method: &str, path: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    std::str::from_utf8(&head[9..12]).ok()?.parse().ok()
}

impl S3Peer {
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// A new, empty bucket.
    pub fn new_bucket(&self) -> String {
        let name = format!("portico-{}", uuid::Uuid::new_v4().simple());
        let status = request(self.port, "PUT", &format!("/{name}"));
        assert_eq!(status, Some(200), "create bucket {name}");
        name
    }

    /// The settings that point Portico at a new bucket of this server.
    pub fn settings(&self) -> Vec<(String, String)> {
        let bucket = self.new_bucket();
        vec![
            ("PORTICO_STORAGE_URL".into(), format!("s3://{bucket}?endpoint={}&region=us-east-1", self.endpoint())),
            ("AWS_ACCESS_KEY_ID".into(), "testing".into()),
            ("AWS_SECRET_ACCESS_KEY".into(), "testing".into()),
        ]
    }
}

/// Whether this run keeps files in S3 (`PORTICO_TEST_STORAGE=s3`) instead of local disk.
pub fn suite_uses_s3() -> bool {
    std::env::var("PORTICO_TEST_STORAGE").is_ok_and(|v| v == "s3")
}
