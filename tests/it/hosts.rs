//! Host → tenant resolution (TEN-3): spellings, proxies headers, unknown,
//! invalid and suspended hosts.

use crate::support::{spawn_app, spawn_app_with};

#[tokio::test]
async fn every_spelling_of_a_tenant_host_reaches_that_tenant() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    let port = app.port;
    for host in [
        format!("acme.localhost:{port}"),
        format!("ACME.LOCALHOST:{port}"),
        format!("acme.localhost.:{port}"),
        "acme.localhost".to_string(),
    ] {
        let (status, text) = app.raw_get(&host, "/", "").await;
        assert_eq!(status, 200, "{host}");
        assert!(text.contains("Acme Corporation"), "{host}");
    }
}

#[tokio::test]
async fn forwarded_headers_never_choose_the_tenant_without_a_trusted_proxy() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    app.create_tenant("globex", "Globex Industries");
    let host = format!("acme.localhost:{}", app.port);
    let globex = format!("globex.localhost:{}", app.port);
    for header in [
        format!("X-Forwarded-Host: {globex}\r\n"),
        format!("Forwarded: host={globex}\r\n"),
        format!("X-Forwarded-Host: {globex}\r\nForwarded: host={globex};proto=https\r\nX-Host: {globex}\r\n"),
    ] {
        let (status, text) = app.raw_get(&host, "/", &header).await;
        assert_eq!(status, 200);
        assert!(text.contains("Acme Corporation"));
        assert!(!text.contains("Globex"), "tenant switched by {header:?}");
    }
    // Without a Host that names a tenant, a forwarded header alone gets nothing.
    let (status, text) = app.raw_get("nowhere.localhost", "/", &format!("X-Forwarded-Host: {globex}\r\n")).await;
    assert_eq!(status, 404);
    assert!(!text.contains("Globex"));
}

#[tokio::test]
async fn a_trusted_proxy_may_name_the_host() {
    let app = spawn_app_with(&[("PORTICO_TRUSTED_PROXIES", "127.0.0.1")]).await;
    app.create_tenant("globex", "Globex Industries");
    let (status, text) = app.raw_get("10.0.0.5:8080", "/", &format!("X-Forwarded-Host: globex.localhost:{}\r\n", app.port)).await;
    assert_eq!(status, 200);
    assert!(text.contains("Globex Industries"));
}

#[tokio::test]
async fn unknown_and_invalid_hosts_get_no_tenant_data() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    let long = format!("{}.localhost", "a".repeat(300));
    let cases: Vec<(String, u16)> = vec![
        ("nobody.localhost".into(), 404),
        ("acme.evil.test".into(), 404),
        ("a.acme.localhost".into(), 404),
        ("127.0.0.1".into(), 404),
        (format!("127.0.0.1:{}", app.port), 404),
        ("[::1]:8080".into(), 404),
        ("xn--cme-7cd.localhost".into(), 404),
        ("bad host!!".into(), 400),
        ("acme.localhost:99999999".into(), 400),
        ("acme..localhost".into(), 400),
        (long, 400),
        ("<script>.localhost".into(), 400),
    ];
    for (host, expected) in cases {
        let (status, text) = app.raw_get(&host, "/", "").await;
        assert_eq!(status, expected, "{host}");
        assert!(!text.contains("Acme"), "{host} leaked tenant data");
        assert!(!text.contains("/branding.css"), "{host} leaked branding");
    }
    // No Host header at all.
    let (status, _) = app.raw("GET / HTTP/1.0\r\n\r\n").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_suspended_tenant_shows_the_suspended_page_until_resumed() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    app.create_tenant("globex", "Globex Industries");
    let out = app.cli_ok(&["tenant", "suspend", "acme"]);
    assert!(out.contains("Suspended acme"));

    for path in ["/", "/branding.css", "/no-such-page"] {
        let (status, body) = app.get_text("acme", path).await;
        assert_eq!(status, 503, "{path}");
        assert!(body.contains("This portal is suspended"), "{path}: {body}");
    }
    // Other tenants are untouched.
    assert_eq!(app.get("globex", "/").await.status(), 200);

    app.cli_ok(&["tenant", "resume", "acme"]);
    assert_eq!(app.get("acme", "/").await.status(), 200);
}
