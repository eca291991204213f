//! The tenant home page, the platform page, error pages, branding, static
//! assets and security headers.

use crate::support::{DEMO_ADMIN, post_encoded, spawn_app};

#[tokio::test]
async fn a_new_tenant_has_a_branded_home_page() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");

    let res = app.get("acme", "/").await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert!(body.contains("<html lang=\"en-US\">"), "{body}");
    assert!(body.contains("Welcome to Acme Corporation"));
    assert!(body.contains("This is the partner portal of Acme Corporation"));
    assert!(body.contains("/branding.css?v="));
    assert_eq!(body.matches("<h1").count(), 1, "exactly one h1");
    assert!(body.contains("<main id=\"main\""));
    assert!(body.contains("href=\"#main\""), "skip link");

    let css = app.get("acme", "/branding.css").await.text().await.unwrap();
    assert!(css.contains("--brand-primary: #1f4e8c;"), "{css}");
    assert!(css.contains("--brand-on-primary: #ffffff;"));
}

#[tokio::test]
async fn the_demo_tenant_shows_its_branding_logo_and_welcome() {
    let app = spawn_app().await;
    let out = app.cli_ok(&["demo"]);
    assert!(out.contains(&format!("http://demo.localhost:{}", app.port)), "{out}");
    assert!(out.contains(DEMO_ADMIN.0) && out.contains(DEMO_ADMIN.1));

    let (status, body) = app.get_text("demo", "/").await;
    assert_eq!(status, 200);
    assert!(body.contains("Northwind Partner Network"));
    assert!(body.contains("Register your deals early"));
    assert!(body.contains("partners@northwind.example"), "footer links");
    assert!(body.contains("/branding/logo?v="));

    let css = app.get("demo", "/branding.css").await.text().await.unwrap();
    assert!(css.contains("--brand-primary: #0b5cad;"));

    let logo = app.get("demo", "/branding/logo").await;
    assert_eq!(logo.status(), 200);
    assert_eq!(logo.headers()["content-type"], "image/svg+xml");
    assert!(logo.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));

    // Its approved deals are protected well past today: the first expiry
    // pass of `serve` neither expires nor warns about any of them.
    let run = portico::jobs::run_once(&app.pool(), &app.config()).unwrap();
    assert_eq!((run.expired, run.warned), (0, 0));

    // Running it again changes nothing and creates no second tenant.
    let again = app.cli_ok(&["demo"]);
    assert!(again.contains("Refreshed"));
    let list = app.cli_ok(&["tenant", "list"]);
    assert_eq!(list.lines().filter(|l| l.starts_with("demo ")).count(), 1, "{list}");
}

#[tokio::test]
async fn the_platform_host_shows_the_landing_page_and_no_tenant() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    let res = app.client.get(app.platform_url("/")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert!(body.contains("Partner portals for every vendor"));
    assert!(!body.contains("Acme"));
    assert!(!body.contains("/branding.css"));
}

#[tokio::test]
async fn unknown_pages_get_a_localized_branded_404() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");

    let res = app.client.get(app.url("acme", "/no/such/page")).header("accept-language", "de-DE").send().await.unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let body = res.text().await.unwrap();
    assert!(body.contains("Seite nicht gefunden"), "{body}");
    assert!(body.contains("Acme Corporation"), "branded with the portal name");
    assert!(body.contains("/branding.css"));

    // htmx asks for a fragment, not a page.
    let res = app.client.get(app.url("acme", "/no/such/page")).header("hx-request", "true").send().await.unwrap();
    assert_eq!(res.status(), 404);
    let fragment = res.text().await.unwrap();
    assert!(fragment.contains("role=\"alert\""));
    assert!(!fragment.contains("<html"));
}

#[tokio::test]
async fn an_oversized_body_gets_413_and_changes_nothing() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    let body = format!("lang=de-DE&next=/&pad={}", "x".repeat(2 * 1024 * 1024));
    let res = post_encoded(&app.client, &app.url("acme", "/language"), body).await;
    assert_eq!(res.status(), 413);
    assert!(res.headers().get("set-cookie").is_none());
    let page = res.text().await.unwrap();
    assert!(page.contains("Request too large"), "{page}");
}

#[tokio::test]
async fn malformed_form_input_gets_400_not_500() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    for body in ["lang=%FF%FE", "lang=xx-XX&next=/", "next=/", "lang=de-DE&next=%00"] {
        let res = post_encoded(&app.client, &app.url("acme", "/language"), body).await;
        let status = res.status().as_u16();
        assert!(status == 400 || status == 303, "{body}: {status}");
    }
}

#[tokio::test]
async fn html_responses_carry_security_headers_and_no_inline_script() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    let res = app.get("acme", "/").await;
    let h = res.headers().clone();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'"));
    assert!(csp.contains("frame-ancestors 'none'"));
    assert!(csp.contains("object-src 'none'"));
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "same-origin");
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["cache-control"], "no-store");
    assert!(h["vary"].to_str().unwrap().contains("HX-Request"));
    assert_eq!(h["x-request-id"].to_str().unwrap().len(), 32);
    let body = res.text().await.unwrap();
    for script in body.split("<script").skip(1) {
        assert!(script.trim_start().starts_with("src="), "inline script: {script}");
    }
}

#[tokio::test]
async fn static_assets_are_content_hashed_and_immutable() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    let body = app.get("acme", "/").await.text().await.unwrap();
    let css_url = body.split('"').find(|s| s.starts_with("/static/") && s.ends_with("/css/app.css")).expect("hashed stylesheet URL");
    let htmx_url = body.split('"').find(|s| s.starts_with("/static/") && s.ends_with("htmx-2.0.11.min.js")).expect("hashed htmx URL");

    let res = app.get("acme", css_url).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
    assert_eq!(res.headers()["cache-control"], "public, max-age=31536000, immutable");
    let res = app.get("acme", htmx_url).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("htmx"));

    // Assets answer on every host, the platform one too.
    let res = app.client.get(app.platform_url(css_url)).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn path_traversal_never_leaves_the_embedded_assets() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme Corporation");
    let host = format!("acme.localhost:{}", app.port);
    for path in [
        "/static/../Cargo.toml",
        "/static/abc/../../Cargo.toml",
        "/static/abc/%2e%2e/%2e%2e/Cargo.toml",
        "/static/abc/..%2f..%2fCargo.toml",
        "/static/abc/%2e%2e%2f%2e%2e%2fsrc%2fmain.rs",
        "/static/abc/....//Cargo.toml",
        "/static/abc//etc/passwd",
        "/static/abc/%00",
    ] {
        let (status, text) = app.raw_get(&host, path, "").await;
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert!(!text.contains("[package]"), "{path} leaked Cargo.toml");
        assert!(!text.contains("fn main"), "{path} leaked source");
    }
}

#[tokio::test]
async fn markup_in_a_tenant_name_is_shown_as_text() {
    let app = spawn_app().await;
    app.create_tenant("xss", "<script>alert(1)</script> & Co");
    let body = app.get("xss", "/").await.text().await.unwrap();
    assert!(!body.contains("<script>alert(1)</script>"));
    assert!(body.contains("&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co"), "{body}");
}

/// XSS-3: `|safe` (no escaping) only where a template prints HTML the
/// server made and cleaned itself; every template that reaches a browser
/// or an HTML e-mail is an `.html` file (escaped by askama).
#[test]
fn only_reviewed_templates_print_unescaped_html() {
    const REVIEWED: &[(&str, &str)] = &[
        ("admin/branding.html", "preview|safe"),
        ("training/lesson_body.html", "shown.body_html|safe"),
        ("training/certificate.html", "qr|safe"),
    ];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut stack = vec![root.clone()];
    let mut found = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(name.ends_with(".html") || name.ends_with(".txt"), "{name}: templates are .html (escaped) or mail text parts");
            for (at, _) in text.match_indices("|safe") {
                let start = text[..at].rfind("{{").unwrap_or(0);
                let expr: String = text[start + 2..at + 5].split_whitespace().collect();
                found.push((name.clone(), expr));
            }
        }
    }
    for (name, expr) in &found {
        assert!(REVIEWED.iter().any(|(n, e)| n == name && e == expr), "unreviewed |safe in {name}: {expr}");
    }
    assert_eq!(found.len(), REVIEWED.len(), "{found:?}");
}
