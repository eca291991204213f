//! Health, readiness and metrics.

use crate::support::{client, link_from, spawn_app, spawn_app_with};

#[tokio::test]
async fn probes_answer_on_any_host() {
    let app = spawn_app().await;
    for host in [format!("localhost:{}", app.port), "10.1.2.3".to_string(), "anything.example".to_string()] {
        let (status, text) = app.raw_get(&host, "/healthz", "").await;
        assert_eq!(status, 200, "{host}");
        assert!(text.ends_with("ok\n"));
        let (status, text) = app.raw_get(&host, "/readyz", "").await;
        assert_eq!(status, 200, "{host}");
        assert!(text.ends_with("ready\n"));
    }
}

#[tokio::test]
async fn metrics_count_requests_by_route_pattern_only() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    app.get("acme", "/").await;
    app.get("acme", "/unique-marker-path-4711").await;
    let res = app.client.get(app.platform_url("/metrics")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
    let text = res.text().await.unwrap();
    assert!(text.contains(r#"portico_http_requests_total{method="GET",route="/",status="200"}"#), "{text}");
    assert!(text.contains(r#"route="<unmatched>",status="404""#));
    assert!(text.contains("portico_http_request_duration_seconds_bucket"));
    assert!(!text.contains("unique-marker-path-4711"), "no unbounded labels");
}

#[tokio::test]
async fn connections_the_database_dropped_are_replaced() {
    // The pool hands a recently returned PostgreSQL connection out again
    // without a `SELECT 1`; one the server has dropped must fail at most the
    // request that finds it, and then be replaced. On SQLite (a file, nothing
    // to drop) the same requests simply succeed.
    use diesel::RunQueryDsl;
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    for _ in 0..20 {
        assert_eq!(app.get_text("acme", "/").await.0, 200);
    }
    if app.db.is_postgres() {
        let mut pooled = app.pool().get().unwrap();
        let conn: &mut portico::db::AnyConnection = &mut pooled;
        diesel::sql_query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .execute(conn)
        .unwrap();
    }
    let mut failures = 0;
    for _ in 0..40 {
        if app.get_text("acme", "/").await.0 != 200 {
            failures += 1;
        }
    }
    assert!(failures <= 8, "{failures} requests failed: dropped connections were not replaced");
    for _ in 0..10 {
        assert_eq!(app.get_text("acme", "/").await.0, 200, "every connection works again");
    }
}

#[tokio::test]
async fn logs_name_route_patterns_never_the_secrets_in_paths() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let invitation = link_from(&app.last_mail("ops@acme.test").await.text, "http://acme.localhost");
    let token = invitation.rsplit('/').next().unwrap().to_string();
    assert!(token.len() >= 32, "{invitation}");

    // The real binary, logging every request, beside the test server.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
        .arg("serve")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(&app.env)
        .env("PORTICO_BIND", format!("127.0.0.1:{port}"))
        .env("PORTICO_PUBLIC_URL", format!("http://localhost:{port}"))
        .env("PORTICO_LOG", "info")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let c = client();
    let mut up = false;
    for _ in 0..200 {
        if c.get(format!("http://localhost:{port}/healthz")).send().await.is_ok_and(|r| r.status() == 200) {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert!(up, "portico serve did not come up");
    let reset = "5ecret5ecret5ecret5ecret5ecret5ecret";
    let operator = "0perat0r0perat0r0perat0r0perat0r";
    for url in [
        format!("http://acme.localhost:{port}/invitations/{token}"),
        format!("http://acme.localhost:{port}/password/reset/{reset}"),
        format!("http://localhost:{port}/operator/sign-in/{operator}"),
    ] {
        assert!(c.get(&url).send().await.unwrap().status().as_u16() < 500, "{url}");
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    server.kill().unwrap();
    let out = server.wait_with_output().unwrap();
    let log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(log.contains("/invitations/{token}") && log.contains("/password/reset/{token}"), "the requests were logged: {log}");
    for secret in [token.as_str(), reset, operator] {
        assert!(!log.contains(secret), "a secret path segment reached the log:\n{log}");
    }
}

#[tokio::test]
async fn head_is_answered_wherever_get_is_without_a_body() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let c = client();
    for url in [app.platform_url("/healthz"), app.platform_url("/readyz"), app.url("acme", "/"), app.url("acme", "/sign-in")] {
        let get = c.get(&url).send().await.unwrap();
        let head = c.head(&url).send().await.unwrap();
        assert_eq!(head.status(), get.status(), "{url}");
        assert_eq!(head.headers().get("content-type"), get.headers().get("content-type"), "{url}");
        assert!(head.bytes().await.unwrap().is_empty(), "{url}: HEAD has no body");
    }
    assert_eq!(c.head(app.url("acme", "/no-such-page")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn behind_a_proxy_on_loopback_metrics_need_their_token_and_the_mailbox_is_off() {
    // Defaults, and every request from 127.0.0.1 as if a reverse proxy on this host sent it.
    let token = "metrics-token-0123456789";
    let app = spawn_app_with(&[("PORTICO_DEV_MAILBOX", "0"), ("PORTICO_METRICS_PUBLIC", "0"), ("PORTICO_METRICS_TOKEN", token)]).await;
    app.create_tenant("acme", "Acme");
    let c = client();
    let forwarded = |url: String| c.get(url).header("x-forwarded-for", "203.0.113.9");
    assert_eq!(forwarded(app.platform_url("/metrics")).send().await.unwrap().status(), 403);
    let res = forwarded(app.platform_url("/metrics")).bearer_auth(token).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("portico_http_requests_total"));
    assert_eq!(forwarded(app.platform_url("/metrics")).bearer_auth("metrics-token-wrong-guess").send().await.unwrap().status(), 403);
    // The invitation links of every tenant are not for the internet to read.
    assert_eq!(forwarded(app.platform_url("/dev/mailbox")).send().await.unwrap().status(), 404);
    assert!(app.last_mail("ops@acme.test").await.text.contains("/invitations/"), "the mail is still written to the folder");
}

#[tokio::test]
async fn a_database_failure_under_the_session_store_is_the_503_page_with_its_reference() {
    use diesel::connection::SimpleConnection;
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", crate::support::PASSWORD).await;
    // The sessions table goes, as if the database failed under the session store.
    app.pool().get().unwrap().batch_execute("DROP TABLE sessions").unwrap();
    for (who, c, path) in [("a page", &admin, "/admin"), ("an htmx request", &admin, "/deals")] {
        let mut request = c.get(app.url("acme", path));
        if who == "an htmx request" {
            request = request.header("hx-request", "true");
        }
        let res = request.send().await.unwrap();
        assert_eq!(res.status(), 503, "{who}");
        let id = res.headers().get("x-request-id").map(|v| v.to_str().unwrap().to_string()).expect("a request id");
        assert_eq!(res.headers()["x-content-type-options"], "nosniff", "{who}: security headers");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"), "{who}");
        let page = res.text().await.unwrap();
        assert!(page.contains(&id), "{who}: the answer gives its reference");
    }
    // A new visitor's page is made before its session is stored: it is served,
    // and the failed save is logged (the next request finds no session).
    let res = client().get(app.url("acme", "/sign-in")).send().await.unwrap();
    assert_eq!(res.status(), 200);
}
