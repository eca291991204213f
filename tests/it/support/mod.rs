//! Test support: `spawn_app()` and the helpers every test uses.

#![expect(dead_code, reason = "each test file uses some of the helpers; unit tests of the crate use none")]

pub mod forms;
pub mod oidc;
pub mod openapi;
pub mod receiver;
pub mod s3;
pub mod smtp;
pub mod world;

pub use forms::{add_partner, invite, organisation_id, post_encoded, post_form, session_cookie};

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener};
use std::process::Output;
use std::sync::Arc;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The password every test user sets when accepting an invitation.
pub const PASSWORD: &str = "tulip-orbit-kettle-93";

/// The demo tenant's accounts as `portico demo` creates and prints them:
/// (e-mail, password), one per role.
pub const DEMO_ADMIN: (&str, &str) = ("admin@demo.test", "portico-demo-admin");
pub const DEMO_MANAGER: (&str, &str) = ("manager@demo.test", "portico-demo-manager");
pub const DEMO_ACCOUNTS: [(&str, &str); 5] = [
    DEMO_ADMIN,
    DEMO_MANAGER,
    ("editor@demo.test", "portico-demo-editor"),
    ("partner.admin@contoso.test", "portico-demo-partner-admin"),
    ("partner.user@contoso.test", "portico-demo-partner-user"),
];

pub const SECRET: &str = "7f3c1b2a9d8e4f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718";

/// Resolves every name to loopback, so `acme.localhost:{port}` reaches the app.
struct LoopbackResolver;

impl reqwest::dns::Resolve for LoopbackResolver {
    fn resolve(&self, _name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async {
            let addrs: reqwest::dns::Addrs = Box::new(std::iter::once(SocketAddr::from(([127, 0, 0, 1], 0))));
            Ok(addrs)
        })
    }
}

/// A database of our own for one test.
pub struct TestDb {
    pub url: String,
    admin_url: Option<String>,
    name: Option<String>,
}

impl TestDb {
    fn create(dir: &std::path::Path) -> TestDb {
        match std::env::var("PORTICO_TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) {
            None => Self::sqlite(dir),
            Some(admin_url) => Self::postgres(&admin_url),
        }
    }

    fn sqlite(dir: &std::path::Path) -> TestDb {
        TestDb { url: format!("sqlite://{}", dir.join("portico.db").display()), admin_url: None, name: None }
    }

    fn postgres(admin_url: &str) -> TestDb {
        let name = format!("portico_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn =
            diesel::PgConnection::establish(admin_url).unwrap_or_else(|e| panic!("PostgreSQL at {admin_url} is unreachable: {e}"));
        conn.batch_execute(&format!("CREATE DATABASE {name}")).expect("create test database");
        let mut url = url::Url::parse(admin_url).expect("the PostgreSQL admin URL is a URL");
        url.set_path(&format!("/{name}"));
        TestDb { url: url.to_string(), admin_url: Some(admin_url.to_string()), name: Some(name) }
    }

    /// A database on the other backend than the suite's (for moving data
    /// between them): a fresh PostgreSQL database when the suite runs on
    /// SQLite (the server the suite requires, at `PORTICO_TEST_POSTGRES_URL`
    /// or the loopback default), a SQLite file in `dir` when it runs on PostgreSQL.
    pub fn other_backend(&self, dir: &std::path::Path) -> TestDb {
        if self.is_postgres() {
            Self::sqlite(dir)
        } else {
            let admin = std::env::var("PORTICO_TEST_POSTGRES_URL")
                .ok()
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable".into());
            Self::postgres(&admin)
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.admin_url.is_some()
    }

    /// The PostgreSQL database's name (`None` on SQLite).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Runs `sql` on the PostgreSQL server's admin database, outside the
    /// test's own (which may be refusing connections). Panics on SQLite.
    pub fn admin_execute(&self, sql: &str) {
        let admin = self.admin_url.as_deref().expect("a PostgreSQL test database");
        let mut conn = diesel::PgConnection::establish(admin).expect("admin connection");
        conn.batch_execute(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// The SQLite file (`None` on PostgreSQL).
    pub fn sqlite_path(&self) -> Option<std::path::PathBuf> {
        self.url.strip_prefix("sqlite://").map(std::path::PathBuf::from)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let (Some(admin), Some(name)) = (&self.admin_url, &self.name)
            && let Ok(mut conn) = diesel::PgConnection::establish(admin)
        {
            let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

pub struct TestApp {
    pub port: u16,
    /// The probes' own listener, when the test asked for `PORTICO_OPS_BIND`.
    pub ops_port: Option<u16>,
    /// The SMTP peer's control port, when mail goes to a real SMTP server.
    pub smtp_control: Option<u16>,
    worker: Option<portico::mail::worker::WorkerHandle>,
    pub client: reqwest::Client,
    pub env: HashMap<String, String>,
    server: actix_web::dev::ServerHandle,
    // Dropped last: the server's files and database.
    pub db: TestDb,
    pub dir: tempfile::TempDir,
}

/// Every `.rs` file below `dir`, for the tests that read the code itself.
pub fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A client that sends no fetch metadata and keeps no cookies: what an old
/// browser or a script sends.
/// A client with reqwest's defaults (for the peers' control ports).
pub fn plain_client() -> reqwest::Client {
    portico::storage::store::install_tls_provider();
    reqwest::Client::new()
}

pub fn bare_client() -> reqwest::Client {
    portico::storage::store::install_tls_provider();
    reqwest::Client::builder()
        .dns_resolver(Arc::new(LoopbackResolver))
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        // The server drops keep-alive connections idle for 5 s; a test thread
        // starved that long (the browser crawls load both cores) must not
        // reuse one the server is closing (hyper's IncompleteMessage).
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .expect("http client")
}

/// A client that behaves like a browser on the portal's own pages: it says
/// its requests are same-origin (`Sec-Fetch-Site`), as browsers do. Tests of
/// cross-site requests set the header themselves.
pub fn client() -> reqwest::Client {
    portico::storage::store::install_tls_provider();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("sec-fetch-site", reqwest::header::HeaderValue::from_static("same-origin"));
    reqwest::Client::builder()
        .default_headers(headers)
        .dns_resolver(Arc::new(LoopbackResolver))
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        // The server drops keep-alive connections idle for 5 s; a test thread
        // starved that long (the browser crawls load both cores) must not
        // reuse one the server is closing (hyper's IncompleteMessage).
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .expect("http client")
}

/// Starts Portico on a free loopback port with a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Starts Portico with mail going to `peer` and a delivery worker running.
pub async fn spawn_app_with_mail(peer: &smtp::SmtpPeer) -> TestApp {
    let url = peer.url();
    let mut app = spawn_app_with(&[("PORTICO_SMTP_URL", &url), ("PORTICO_MAIL_POLL_MS", "50")]).await;
    app.smtp_control = Some(peer.control_port());
    app.start_worker();
    app
}

pub async fn spawn_app_with(extra: &[(&str, &str)]) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = TestDb::create(dir.path());
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let port = listener.local_addr().expect("local addr").port();

    let mut env: HashMap<String, String> = [
        ("DATABASE_URL", db.url.clone()),
        ("PORTICO_DATA_DIR", dir.path().display().to_string()),
        ("PORTICO_BASE_DOMAIN", "localhost".into()),
        ("PORTICO_PUBLIC_URL", format!("http://localhost:{port}")),
        ("PORTICO_BIND", format!("127.0.0.1:{port}")),
        ("PORTICO_SECRET_KEY", SECRET.into()),
        ("PORTICO_WORKERS", "1".into()),
        ("PORTICO_DB_POOL_SIZE", "4".into()),
        ("PORTICO_LOG", "warn".into()),
        // Development settings the suite reads; tests of the defaults turn them off.
        ("PORTICO_DEV_MAILBOX", "1".into()),
        ("PORTICO_METRICS_PUBLIC", "1".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    if s3::suite_uses_s3() {
        env.extend(s3::peer().settings());
    }
    for (k, v) in extra {
        env.insert(k.to_string(), v.to_string());
    }
    // `PORTICO_OPS_BIND` (any value): the probes' listener on a port of its own.
    let ops_listener = env.contains_key("PORTICO_OPS_BIND").then(|| TcpListener::bind("127.0.0.1:0").expect("bind the ops port"));
    let ops_port = ops_listener.as_ref().map(|l| l.local_addr().expect("ops addr").port());
    if let Some(port) = ops_port {
        env.insert("PORTICO_OPS_BIND".into(), format!("127.0.0.1:{port}"));
    }

    let config = portico::config::Config::from_source(&env).expect("test configuration");
    portico::telemetry::init(&config);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let state = portico::startup::prepare(config).expect("prepare app");
            if let Some(ops) = ops_listener {
                actix_web::rt::spawn(portico::startup::ops_server(state.clone(), ops).expect("start the ops server"));
            }
            let server = portico::startup::server(state, listener).expect("start server");
            tx.send(server.handle()).expect("send handle");
            server.await
        })
    });
    let server = tokio::task::spawn_blocking(move || rx.recv().expect("server started")).await.expect("join");
    let app = TestApp { port, ops_port, smtp_control: None, worker: None, client: client(), env, server, db, dir };
    // Ready when a probe answers (the workers have built their apps).
    for _ in 0..200 {
        if let Ok(res) = app.client.get(app.platform_url("/healthz")).send().await
            && res.status() == 200
        {
            return app;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("the server did not come up");
}

impl TestApp {
    pub fn config(&self) -> portico::config::Config {
        portico::config::Config::from_source(&self.env).expect("test configuration")
    }

    /// A pool on this app's database, for tests of background machinery.
    pub fn pool(&self) -> portico::db::Pool {
        portico::db::connect(&self.db.url, 4, std::time::Duration::from_secs(10)).expect("pool")
    }

    /// The delivery worker `serve` would run, with this app's configuration.
    pub fn start_worker(&mut self) {
        let worker = portico::mail::worker::worker_from_config(&self.config(), self.pool()).expect("worker");
        self.worker = Some(portico::mail::worker::WorkerHandle::spawn(worker));
    }

    /// `http://{slug}.localhost:{port}{path}`
    pub fn url(&self, slug: &str, path: &str) -> String {
        format!("http://{slug}.localhost:{}{path}", self.port)
    }

    /// `http://localhost:{port}{path}` (the platform host)
    pub fn platform_url(&self, path: &str) -> String {
        format!("http://localhost:{}{path}", self.port)
    }

    pub async fn get(&self, slug: &str, path: &str) -> reqwest::Response {
        self.client.get(self.url(slug, path)).send().await.expect("request")
    }

    pub async fn get_text(&self, slug: &str, path: &str) -> (u16, String) {
        let res = self.get(slug, path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }

    /// A hand-written HTTP/1.1 request, for hosts and paths a client would clean up.
    pub async fn raw(&self, request_head: &str) -> (u16, String) {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", self.port)).await.expect("connect");
        stream.write_all(request_head.as_bytes()).await.expect("write");
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).await.expect("read");
        let text = String::from_utf8_lossy(&bytes).to_string();
        let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no status line in {text:?}"));
        (status, text)
    }

    pub async fn raw_get(&self, host: &str, path: &str, extra_headers: &str) -> (u16, String) {
        self.raw(&format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra_headers}Connection: close\r\n\r\n")).await
    }

    /// Runs the real `portico` binary against this app's database and data.
    pub fn cli(&self, args: &[&str]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(&self.env)
            .output()
            .expect("run portico")
    }

    /// The CLI as a command to run elsewhere (another thread, alongside requests).
    pub fn cli_command(&self, args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_portico"));
        command.args(args).env_clear().env("PATH", std::env::var("PATH").unwrap_or_default()).envs(&self.env);
        command
    }

    /// Runs the CLI with extra settings (for this one run).
    pub fn cli_env(&self, args: &[&str], extra: &[(&str, &str)]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(&self.env)
            .envs(extra.iter().copied())
            .output()
            .expect("run portico")
    }

    /// Runs the CLI and insists it succeeded; returns stdout.
    pub fn cli_ok(&self, args: &[&str]) -> String {
        let out = self.cli(args);
        assert!(
            out.status.success(),
            "portico {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    pub fn create_tenant(&self, slug: &str, name: &str) {
        let email = format!("ops@{slug}.test");
        self.cli_ok(&["tenant", "create", "--slug", slug, "--name", name, "--admin-email", &email]);
    }

    /// A platform operator signed in to the console (created with the CLI,
    /// signed in by its one-time link).
    pub async fn operator(&self, email: &str) -> reqwest::Client {
        let out = self.cli_ok(&["operator", "create", "--email", email]);
        let link = link_from(&out, &format!("http://localhost:{}/operator/sign-in/", self.port));
        let c = client();
        let csrf = csrf_from(&c.get(&link).send().await.unwrap().text().await.unwrap());
        let res = c.post(&link).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap();
        assert_eq!(res.status(), 303, "operator sign-in");
        c
    }

    /// Posts a console form on the platform host, with the token of `page`.
    pub async fn operator_post(&self, c: &reqwest::Client, page: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let csrf = page_csrf(c, &self.platform_url(page)).await;
        let mut form: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
        form.extend_from_slice(fields);
        c.post(self.platform_url(action)).form(&form).send().await.unwrap()
    }
}

/// Another Portico process's worth of server on the same database and
/// storage (a second instance behind a load balancer).
pub struct SecondInstance {
    pub port: u16,
    server: actix_web::dev::ServerHandle,
}

impl Drop for SecondInstance {
    fn drop(&mut self) {
        drop(self.server.stop(false));
    }
}

impl TestApp {
    pub async fn second_instance(&self) -> SecondInstance {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let port = listener.local_addr().expect("local addr").port();
        let mut env = self.env.clone();
        env.insert("PORTICO_BIND".into(), format!("127.0.0.1:{port}"));
        env.remove("PORTICO_OPS_BIND");
        let config = portico::config::Config::from_source(&env).expect("test configuration");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let state = portico::startup::prepare(config).expect("prepare the second instance");
                let server = portico::startup::server(state, listener).expect("start the second instance");
                tx.send(server.handle()).expect("send handle");
                server.await
            })
        });
        let server = tokio::task::spawn_blocking(move || rx.recv().expect("second instance started")).await.expect("join");
        SecondInstance { port, server }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.stop();
        }
        // Stop accepting; the database is dropped after this.
        let handle = self.server.clone();
        drop(handle.stop(false));
    }
}

/// A registered route `pattern` made concrete: every id (and provider) is
/// `id`, every token 64 zeros, a mailbox folder `folder`, an asset the stylesheet.
pub fn route_path(pattern: &str, id: &str, folder: &str) -> String {
    pattern
        .replace("{hash}/{name:.*}", "x/css/app.css")
        .replace("{token}", &"0".repeat(64))
        .replace("{folder}", folder)
        .replace("{provider}", id)
        .replace("{id}", id)
        .replace("{file}", id)
        .replace("{version}", id)
        .replace("{asset}", id)
        .replace("{zone}", id)
        .replace("{delivery}", id)
        .replace("{lesson}", id)
        .replace("{question}", id)
        .replace("{attempt}", id)
        .replace("{public_id}", id)
        .replace("{kid}", id)
        .replace("{purpose}", id)
        .replace("{slug}", "nobody-xxxxxx")
        .replace("{key}", "nobody")
}

/// One number from the database: `sql` selects a BIGINT named `n`.
pub fn scalar(app: &TestApp, sql: &str) -> i64 {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Value {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut pooled = app.pool().get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    diesel::sql_query(sql).get_result::<Value>(conn).unwrap_or_else(|e| panic!("{sql}: {e}")).n
}

/// Runs one statement on the app's database (a test moving time along).
pub fn execute(app: &TestApp, sql: &str) {
    use diesel::RunQueryDsl;
    let mut pooled = app.pool().get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    diesel::sql_query(sql).execute(conn).unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// The value of the first `name="csrf_token"` field in a page.
pub fn csrf_from(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker).unwrap_or_else(|| panic!("no csrf_token in page: {html}")) + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

/// The first link in `text` that starts with `prefix`.
pub fn link_from(text: &str, prefix: &str) -> String {
    let start = text.find(prefix).unwrap_or_else(|| panic!("no link {prefix} in: {text}"));
    text[start..].split(|c: char| c.is_whitespace() || c == '"' || c == '<').next().unwrap().to_string()
}

impl TestApp {
    /// Mail written to the mailbox folder for `to` (mailbox mode), newest last.
    pub fn mailbox(&self, to: &str) -> Vec<portico::mail::transport::MailboxEntry> {
        let mut found = Vec::new();
        let root = self.dir.path().join("mailbox");
        for dir in std::fs::read_dir(&root).into_iter().flatten().flatten() {
            for file in std::fs::read_dir(dir.path()).into_iter().flatten().flatten() {
                if file.path().extension().is_some_and(|e| e == "json") {
                    let entry: portico::mail::transport::MailboxEntry =
                        serde_json::from_slice(&std::fs::read(file.path()).unwrap()).unwrap();
                    if entry.to.contains(&format!("<{to}>")) {
                        found.push(entry);
                    }
                }
            }
        }
        found.sort_by_key(|e| e.id);
        found
    }

    /// Delivers due mail now (one worker round) and returns the newest for `to`.
    pub async fn last_mail(&self, to: &str) -> portico::mail::transport::MailboxEntry {
        if let Some(control) = self.smtp_control {
            // Mail goes to the SMTP peer; its background worker delivers it.
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
            loop {
                let got: Vec<smtp::Received> =
                    reqwest::get(format!("http://127.0.0.1:{control}/messages")).await.unwrap().json().await.unwrap();
                if let Some(m) = got.into_iter().rev().find(|m| m.envelope_to.iter().any(|t| t == to)) {
                    return portico::mail::transport::MailboxEntry {
                        id: 0,
                        tenant_id: None,
                        to: m.to,
                        from: m.from,
                        subject: m.subject,
                        message_id: m.message_id,
                        date: portico::db::now(),
                        text: m.text,
                        html: m.html,
                    };
                }
                assert!(std::time::Instant::now() < deadline, "no mail for {to}");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
        }
        let config = self.config();
        let pool = self.pool();
        tokio::task::spawn_blocking(move || {
            portico::mail::worker::worker_from_config(&config, pool).unwrap().run_once().unwrap();
        })
        .await
        .unwrap();
        self.mailbox(to).pop().unwrap_or_else(|| panic!("no mail for {to}"))
    }

    /// Follows the invitation mailed to `email` and sets `password`;
    /// returns a client signed in as that user.
    pub async fn accept_invitation(&self, slug: &str, email: &str, password: &str) -> reqwest::Client {
        let mail = self.last_mail(email).await;
        let link = link_from(&mail.text, &format!("http://{slug}.localhost:{}/invitations/", self.port));
        let client = client();
        let page = client.get(&link).send().await.unwrap();
        assert_eq!(page.status(), 200, "invitation page");
        let csrf = csrf_from(&page.text().await.unwrap());
        let res = client
            .post(&link)
            .form(&[("csrf_token", csrf.as_str()), ("password", password), ("password_confirm", password)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "set password: {}", res.text().await.unwrap());
        client
    }

    /// Signs in with e-mail and password on a fresh client.
    pub async fn sign_in(&self, slug: &str, email: &str, password: &str) -> reqwest::Client {
        let client = client();
        let res = self.sign_in_with(&client, slug, email, password).await;
        assert_eq!(res.status(), 303, "sign-in of {email}: {}", res.text().await.unwrap());
        client
    }

    pub async fn sign_in_with(&self, client: &reqwest::Client, slug: &str, email: &str, password: &str) -> reqwest::Response {
        let page = client.get(self.url(slug, "/sign-in")).send().await.unwrap().text().await.unwrap();
        let csrf = csrf_from(&page);
        client
            .post(self.url(slug, "/sign-in"))
            .form(&[("csrf_token", csrf.as_str()), ("email", email), ("password", password), ("return_to", "/")])
            .send()
            .await
            .unwrap()
    }

    /// A signed-in vendor admin of a new tenant `slug`.
    pub async fn tenant_with_admin(&self, slug: &str, password: &str) -> reqwest::Client {
        self.create_tenant(slug, &slug.to_uppercase());
        self.accept_invitation(slug, &format!("ops@{slug}.test"), password).await
    }
}

/// A page's CSRF token, read with `client`.
pub async fn page_csrf(client: &reqwest::Client, url: &str) -> String {
    let page = client.get(url).send().await.unwrap();
    csrf_from(&page.text().await.unwrap())
}
