//! Faults: a database that goes away, stops writing or fails under the
//! session layer; sign-in floods; the probes' own listener. What a user sees
//! is the branded 503 page with its reference, at once; readiness says why.

use std::time::{Duration, Instant};

use crate::support::{PASSWORD, TestApp, bare_client, client, spawn_app, spawn_app_with};

/// Polls `/readyz` (on `url`) until it answers `status`, for at most 15 s;
/// returns its body.
async fn readyz_becomes(url: &str, status: u16) -> String {
    let c = bare_client();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let res = c.get(url).timeout(Duration::from_secs(2)).send().await;
        if let Ok(res) = res
            && res.status() == status
        {
            return res.text().await.unwrap();
        }
        assert!(Instant::now() < deadline, "/readyz never answered {status}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Asserts `res` is the branded 503 page with its reference.
async fn is_the_503_page(res: reqwest::Response, what: &str) {
    assert_eq!(res.status(), 503, "{what}");
    let id = res.headers().get("x-request-id").map(|v| v.to_str().unwrap().to_string()).unwrap_or_else(|| panic!("{what}: a request id"));
    assert_eq!(res.headers()["x-content-type-options"], "nosniff", "{what}: security headers");
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"), "{what}");
    let page = res.text().await.unwrap();
    assert!(page.contains(&id), "{what}: the page gives its reference");
}

/// Makes the test database unreachable (`true`) or reachable again: on
/// PostgreSQL it refuses connections and drops the open ones; on SQLite the
/// file is moved away and a folder takes its place, so nothing can open it.
fn set_unreachable(app: &TestApp, unreachable: bool) {
    if let Some(name) = app.db.name() {
        if unreachable {
            app.db.admin_execute(&format!(
                "ALTER DATABASE {name} ALLOW_CONNECTIONS false; \
                 SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
            ));
        } else {
            app.db.admin_execute(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"));
        }
        return;
    }
    let path = app.db.sqlite_path().unwrap();
    let aside = path.with_extension("aside");
    if unreachable {
        std::fs::rename(&path, &aside).unwrap();
        std::fs::create_dir(&path).unwrap();
    } else {
        std::fs::remove_dir(&path).unwrap();
        std::fs::rename(&aside, &path).unwrap();
    }
}

#[tokio::test]
async fn while_the_database_is_down_pages_fail_fast_with_the_503_page_and_recover_by_themselves() {
    // A long pool timeout: without the probe every request would wait it out.
    let app = spawn_app_with(&[("PORTICO_DB_TIMEOUT_MS", "10000")]).await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    assert_eq!(admin.get(app.url("acme", "/admin")).send().await.unwrap().status(), 200);
    set_unreachable(&app, true);
    let body = readyz_becomes(&app.platform_url("/readyz"), 503).await;
    assert_eq!(body, "database unreachable\n");

    for (who, c, path) in [("signed in", &admin, "/admin"), ("a visitor", &client(), "/sign-in")] {
        let started = Instant::now();
        let res = c.get(app.url("acme", path)).send().await.unwrap();
        let took = started.elapsed();
        is_the_503_page(res, who).await;
        assert!(took < Duration::from_secs(3), "{who}: answered after {took:?}, not at once");
    }
    let started = Instant::now();
    let res = bare_client().get(app.platform_url("/readyz")).send().await.unwrap();
    assert_eq!(res.status(), 503);
    assert!(started.elapsed() < Duration::from_secs(1), "/readyz answers from the probe, not the pool");

    set_unreachable(&app, false);
    assert_eq!(readyz_becomes(&app.platform_url("/readyz"), 200).await, "ready\n");
    let mut status = 0;
    for _ in 0..50 {
        status = admin.get(app.url("acme", "/admin")).send().await.unwrap().status().as_u16();
        if status == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, 200, "the session survived the outage");
}

#[tokio::test]
async fn a_postgresql_database_that_turned_read_only_is_not_ready_and_writes_get_the_503_page() {
    let app = spawn_app().await;
    let Some(name) = app.db.name().map(str::to_string) else {
        // SQLite's refused writes are `a_full_disk_…` below.
        return;
    };
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let terminate = format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
    app.db.admin_execute(&format!("ALTER DATABASE {name} SET default_transaction_read_only = on; {terminate}"));
    assert_eq!(readyz_becomes(&app.platform_url("/readyz"), 503).await, "database cannot write\n");
    let mut seen = Vec::new();
    for i in 0..5 {
        // The page itself may already fail: the session's own upkeep is a write.
        let page = admin.get(app.url("acme", "/admin/partners")).send().await.unwrap();
        let res = if page.status() == 503 {
            page
        } else {
            let csrf = crate::support::csrf_from(&page.text().await.unwrap());
            let name = format!("Ro {i}");
            let form = [("csrf_token", csrf.as_str()), ("name", name.as_str()), ("email_domains", "")];
            admin.post(app.url("acme", "/admin/partners")).form(&form).send().await.unwrap()
        };
        seen.push(res.status().as_u16());
        if res.status() == 503 {
            is_the_503_page(res, "a write on a read-only database").await;
            break;
        }
    }
    assert!(seen.contains(&503) && !seen.contains(&500), "{seen:?}");
    app.db.admin_execute(&format!("ALTER DATABASE {name} SET default_transaction_read_only = off; {terminate}"));
    assert_eq!(readyz_becomes(&app.platform_url("/readyz"), 200).await, "ready\n");
}

#[tokio::test]
async fn a_full_disk_under_sqlite_is_not_ready_and_writes_get_the_503_page() {
    let app = spawn_app().await;
    let Some(path) = app.db.sqlite_path() else {
        return;
    };
    app.tenant_with_admin("acme", PASSWORD).await;
    // The real binary, unable to grow any file past what the database holds
    // now plus a little: the disk is full for it. The in-process server goes
    // on beside it.
    let size = |p: std::path::PathBuf| std::fs::metadata(p).map_or(0, |m| m.len());
    let wal = path.with_extension("db-wal");
    let limit_blocks = (size(path.clone()).max(size(wal)) + 256 * 1024) / 512;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut server = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f \"$1\"; exec \"$0\" serve")
        .arg(env!("CARGO_BIN_EXE_portico"))
        .arg(limit_blocks.to_string())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(&app.env)
        .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
        .env("PORTICO_PUBLIC_URL", format!("http://localhost:{port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let c = client();
    let readyz = format!("http://localhost:{port}/readyz");
    let mut up = false;
    for _ in 0..200 {
        if c.get(format!("http://localhost:{port}/healthz")).send().await.is_ok_and(|r| r.status() == 200) {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(up, "portico serve did not come up");
    let url = |p: &str| format!("http://acme.localhost:{port}{p}");
    let page = c.get(url("/sign-in")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::support::csrf_from(&page);
    let res = c
        .post(url("/sign-in"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "ops@acme.test"), ("password", PASSWORD), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    assert!(res.status() == 303 || res.status() == 503, "{}", res.status());
    let mut seen = Vec::new();
    for i in 0..400 {
        let page = c.get(url("/admin/partners")).send().await.unwrap();
        if page.status() == 503 {
            seen.push(503);
            is_the_503_page(page, "a page on a full disk").await;
            break;
        }
        let csrf = crate::support::csrf_from(&page.text().await.unwrap());
        let name = format!("Partner number {i} with a name long enough to fill pages");
        let res = c
            .post(url("/admin/partners"))
            .form(&[("csrf_token", csrf.as_str()), ("name", name.as_str()), ("email_domains", "")])
            .send()
            .await
            .unwrap();
        seen.push(res.status().as_u16());
        if res.status() == 503 {
            is_the_503_page(res, "a write on a full disk").await;
            break;
        }
    }
    let ready = c.get(&readyz).send().await.unwrap();
    let ready_status = ready.status();
    let ready_text = ready.text().await.unwrap();
    server.kill().unwrap();
    let _ = server.wait();
    assert!(seen.contains(&503), "writes never failed: {seen:?}");
    assert!(!seen.contains(&500), "a full disk is no 500: {seen:?}");
    assert_eq!((ready_status.as_u16(), ready_text.as_str()), (503, "database cannot write\n"));
}

/// Makes every change to the `sessions` table fail, as if its storage failed.
fn break_session_writes(app: &TestApp) {
    use diesel::connection::SimpleConnection;
    let mut conn = app.pool().get().unwrap();
    let sql = if app.db.is_postgres() {
        "CREATE FUNCTION refuse_session_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'storage failed'; END $$; \
         CREATE TRIGGER sessions_refused BEFORE UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION refuse_session_change();"
    } else {
        "CREATE TRIGGER sessions_no_update BEFORE UPDATE ON sessions BEGIN SELECT RAISE(ABORT, 'storage failed'); END; \
         CREATE TRIGGER sessions_no_delete BEFORE DELETE ON sessions BEGIN SELECT RAISE(ABORT, 'storage failed'); END;"
    };
    conn.batch_execute(sql).unwrap();
}

#[tokio::test]
async fn a_session_that_cannot_be_ended_or_renewed_is_the_503_page_not_a_blank_500() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let visitor = client();
    let page = visitor.get(app.url("acme", "/sign-in")).send().await.unwrap().text().await.unwrap();
    let visitor_csrf = crate::support::csrf_from(&page);
    let admin_csrf = crate::support::page_csrf(&admin, &app.url("acme", "/")).await;
    break_session_writes(&app);

    // Signing out deletes the session row.
    let res = admin.post(app.url("acme", "/sign-out")).form(&[("csrf_token", admin_csrf.as_str())]).send().await.unwrap();
    is_the_503_page(res, "sign-out").await;
    // Signing in replaces the visitor's session with a new one.
    let res = visitor
        .post(app.url("acme", "/sign-in"))
        .form(&[("csrf_token", visitor_csrf.as_str()), ("email", "ops@acme.test"), ("password", PASSWORD), ("return_to", "/")])
        .send()
        .await
        .unwrap();
    is_the_503_page(res, "sign-in").await;
    // The admin is still signed in: the failed sign-out changed nothing.
    assert_eq!(admin.get(app.url("acme", "/admin")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn a_flood_of_sign_ins_leaves_connections_for_pages() {
    // Two connections, a short pool timeout and one hash at a time: a
    // password check that held a connection would starve the page below.
    let app = spawn_app_with(&[
        ("PORTICO_DB_POOL_SIZE", "2"),
        ("PORTICO_DB_TIMEOUT_MS", "300"),
        ("PORTICO_HASH_CONCURRENCY", "1"),
        ("PORTICO_TRUSTED_PROXIES", "127.0.0.1"),
    ])
    .await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let visitor = client();
    let csrf = crate::support::page_csrf(&visitor, &app.url("acme", "/sign-in")).await;
    let mut flood = Vec::new();
    for i in 0..12 {
        let (visitor, csrf, url) = (visitor.clone(), csrf.clone(), app.url("acme", "/sign-in"));
        flood.push(tokio::spawn(async move {
            let email = format!("nobody{i}@example.test");
            let res = visitor
                .post(url)
                .header("x-forwarded-for", format!("198.51.100.{i}"))
                .form(&[("csrf_token", csrf.as_str()), ("email", email.as_str()), ("password", "wrong password 1234"), ("return_to", "/")])
                .send()
                .await
                .unwrap();
            res.status().as_u16()
        }));
    }
    let mut pages = Vec::new();
    for _ in 0..5 {
        pages.push(admin.get(app.url("acme", "/admin")).send().await.unwrap().status().as_u16());
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    let mut answers = Vec::new();
    for task in flood {
        answers.push(task.await.unwrap());
    }
    assert!(pages.iter().all(|s| *s == 200), "pages during the flood: {pages:?}");
    assert!(answers.iter().all(|s| *s == 401), "every wrong password is a 401, none waits out the pool: {answers:?}");
}

#[tokio::test]
async fn the_probes_listener_answers_probes_and_metrics_and_nothing_else() {
    let token = "metrics-token-0123456789";
    let app = spawn_app_with(&[("PORTICO_OPS_BIND", "any"), ("PORTICO_METRICS_PUBLIC", "0"), ("PORTICO_METRICS_TOKEN", token)]).await;
    app.create_tenant("acme", "Acme");
    let ops = app.ops_port.unwrap();
    let c = bare_client();
    let at = |path: &str| format!("http://127.0.0.1:{ops}{path}");
    let res = c.get(at("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.text().await.unwrap(), "ok\n");
    assert_eq!(c.get(at("/readyz")).send().await.unwrap().text().await.unwrap(), "ready\n");
    assert_eq!(c.get(at("/metrics")).send().await.unwrap().status(), 403, "metrics keep their token here too");
    let metrics = c.get(at("/metrics")).bearer_auth(token).send().await.unwrap();
    assert_eq!(metrics.status(), 200);
    assert!(metrics.text().await.unwrap().contains("portico_http_requests_total"));
    // No pages, whatever the host.
    let page = c.get(format!("http://acme.localhost:{ops}/sign-in")).send().await.unwrap();
    assert_eq!(page.status(), 404);
    // The main listener still answers probes.
    assert_eq!(c.get(app.platform_url("/healthz")).send().await.unwrap().status(), 200);
}
