//! The tenant API (SPEC §10): tokens made by the vendor admin under
//! Administration → API — shown once, `ptk_…` with a checksum, read or
//! read-write, an optional expiry, revocable, last use shown; the page is
//! part of the plan's API feature.

use crate::platform_api::problem;
use crate::support::post_form;
use crate::support::world::world;

fn secret_on(page: &str) -> Option<String> {
    let at = page.find("<code class=\"token-secret\">")? + "<code class=\"token-secret\">".len();
    Some(page[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect())
}

#[tokio::test]
async fn a_vendor_admin_makes_lists_and_revokes_api_tokens() {
    let w = world().await;
    let app = &w.app;
    let (status, page) = w.page(&w.admin, "/admin/api").await;
    assert_eq!(status, 200);
    assert!(page.contains("No tokens yet.") && page.contains(&format!("http://acme.localhost:{}/api/v1", app.port)));

    // Refused input: a message per field, 422, nothing made.
    let res = ask_for_token(app, &w.admin, "acme", "", "admin", "2020-01-01").await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("Choose read only or read and write.") && body.contains("Choose a day after today"), "{body}");
    assert!(secret_on(&body).is_none());

    let res = ask_for_token(app, &w.admin, "acme", "CRM sync", "write", "").await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    let secret = secret_on(&body).expect("the secret is shown once");
    assert!(secret.starts_with("ptk_") && secret.len() == 40, "{secret}");
    assert!(portico::identity::api_tokens::well_formed(&secret));
    // Stored hashed: the page never shows it again, nor does the audit log.
    let (_, again) = w.page(&w.admin, "/admin/api").await;
    assert!(
        !again.contains(&secret) && again.contains(&secret[..10]) && again.contains("Read and write") && again.contains("Not used yet")
    );
    let (_, log) = w.page(&w.admin, "/admin/audit").await;
    assert!(log.contains("api_token.created") && !log.contains(&secret));
    let stored = crate::support::scalar(app, &format!("SELECT COUNT(*) AS n FROM api_tokens WHERE token_hash = '{}'", hex_sha256(&secret)));
    assert_eq!(stored, 1);

    // Another tenant's admin cannot revoke it; the owner can, once.
    let id = crate::support::scalar(app, "SELECT MAX(id) AS n FROM api_tokens");
    let res = post_form(&w.foreign, app, "globex", "/admin/api", &format!("/admin/api/tokens/{id}/revoke"), &[]).await;
    assert_eq!(res.status(), 404);
    let res = post_form(&w.admin, app, "acme", "/admin/api", &format!("/admin/api/tokens/{id}/revoke"), &[]).await;
    assert_eq!(res.status(), 303);
    let (_, after) = w.page(&w.admin, "/admin/api").await;
    assert!(after.contains("Revoked"));
    let res = post_form(&w.admin, app, "acme", "/admin/api", &format!("/admin/api/tokens/{id}/revoke"), &[]).await;
    assert_eq!(res.status(), 404, "a revoked token stays revoked");

    // The API is a plan feature: without it the page is refused and its link hidden.
    app.cli_ok(&["tenant", "plan", "acme", "starter"]);
    let (status, _) = w.page(&w.admin, "/admin/api").await;
    assert_eq!(status, 403);
    let (_, usage) = w.page(&w.admin, "/admin/usage").await;
    assert!(!usage.contains("href=\"/admin/api\""));
}

fn hex_sha256(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// The admin page's form for a new token, sent.
async fn ask_for_token(
    app: &crate::support::TestApp,
    admin: &reqwest::Client,
    slug: &str,
    name: &str,
    scope: &str,
    expires: &str,
) -> reqwest::Response {
    post_form(admin, app, slug, "/admin/api", "/admin/api/tokens", &[("name", name), ("scope", scope), ("expires_on", expires)]).await
}

/// A token of `slug` made through the admin page by `admin`.
pub async fn make_token(app: &crate::support::TestApp, admin: &reqwest::Client, slug: &str, scope: &str) -> String {
    let res = ask_for_token(app, admin, slug, "integration", scope, "").await;
    assert_eq!(res.status(), 200);
    secret_on(&res.text().await.unwrap()).expect("a token")
}

#[tokio::test]
async fn a_token_reads_its_tenants_deals_with_the_pages_filters_and_nothing_else() {
    let w = world().await;
    let app = &w.app;
    let first = w.register(&w.pa, "Fabrikam", "fabrikam.example", "12500", "submit").await;
    w.register(&w.pa, "Northwind", "northwind.example", "900", "submit").await;
    w.register(&w.pb, "Tailspin", "tailspin.example", "40000", "draft").await;
    let read = make_token(app, &w.admin, "acme", "read").await;
    let bearer = format!("Bearer {read}");
    let c = crate::support::client();
    let api = |path: &str| app.url("acme", &format!("/api/v1{path}"));

    let res = c.get(api("/deals?sort=value_desc")).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/json");
    let list: serde_json::Value = res.json().await.unwrap();
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "every deal of the tenant, drafts too: {list}");
    assert_eq!(items[0]["customer"]["company"], "Tailspin");
    assert_eq!(items[0]["value"], serde_json::json!({ "amount_minor": 4_000_000, "currency": "EUR" }));
    assert_eq!(items[0]["partner"]["name"], "P1B");
    assert!(items[0]["created_at"].as_str().unwrap().ends_with('Z'));
    // The page's filters, and keyset pages.
    let res = c.get(api("/deals?status=submitted&limit=1")).header("Authorization", &bearer).send().await.unwrap();
    let page: serde_json::Value = res.json().await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    let after = page["next_after"].as_str().expect("a next page").to_string();
    let res = c.get(api(&format!("/deals?status=submitted&limit=1&after={after}"))).header("Authorization", &bearer).send().await.unwrap();
    let next: serde_json::Value = res.json().await.unwrap();
    assert_eq!(next["items"].as_array().unwrap().len(), 1);
    assert_ne!(next["items"][0]["id"], page["items"][0]["id"]);
    assert!(next["next_after"].is_null());
    let res = c.get(api("/deals?q=north")).header("Authorization", &bearer).send().await.unwrap();
    let found: serde_json::Value = res.json().await.unwrap();
    assert_eq!(found["items"].as_array().unwrap().len(), 1);
    // A query it cannot read: 422 naming each parameter.
    let res = c.get(api("/deals?status=pending&limit=0&created_from=yesterday")).header("Authorization", &bearer).send().await.unwrap();
    let refused = problem(res, 422, "invalid-query").await;
    let fields: Vec<&str> = refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["status", "limit", "created_from"]);
    // One deal and its timeline.
    let res = c.get(api(&format!("/deals/{first}"))).header("Authorization", &bearer).send().await.unwrap();
    let deal: serde_json::Value = res.json().await.unwrap();
    assert_eq!(deal["id"], first);
    assert_eq!(deal["status"], "submitted");
    let res = c.get(api(&format!("/deals/{first}/events"))).header("Authorization", &bearer).send().await.unwrap();
    let events: serde_json::Value = res.json().await.unwrap();
    assert!(events.as_array().unwrap().iter().any(|e| e["to_status"] == "submitted"), "{events}");
    // Every call is counted in the tenant's usage (written within a second or two).
    let counted = api_calls_settled(app, |n| n >= 6).await;
    assert!(counted >= 6, "{counted}");

    // Attacks: no token, a typo, a session cookie, another tenant's token or deal.
    let res = c.get(api("/deals")).send().await.unwrap();
    assert!(res.headers()["www-authenticate"].to_str().unwrap().starts_with("Bearer"));
    problem(res, 401, "unauthorized").await;
    let last = if read.ends_with('x') { 'y' } else { 'x' };
    let typo = format!("Bearer {}{last}", &read[..read.len() - 1]);
    problem(c.get(api("/deals")).header("Authorization", &typo).send().await.unwrap(), 401, "unauthorized").await;
    problem(w.admin.get(api("/deals")).send().await.unwrap(), 401, "unauthorized").await;
    problem(w.pa.get(api("/deals")).send().await.unwrap(), 401, "unauthorized").await;
    let theirs = make_token(app, &w.foreign, "globex", "write").await;
    problem(c.get(api("/deals")).header("Authorization", format!("Bearer {theirs}")).send().await.unwrap(), 401, "unauthorized").await;
    let res = c.get(app.url("globex", "/api/v1/deals")).header("Authorization", &bearer).send().await.unwrap();
    problem(res, 401, "unauthorized").await;
    let res = c
        .get(app.url("globex", &format!("/api/v1/deals/{first}")))
        .header("Authorization", format!("Bearer {theirs}"))
        .send()
        .await
        .unwrap();
    problem(res, 404, "not-found").await;
    // An expired token, a revoked token.
    crate::support::execute(app, &format!("UPDATE api_tokens SET expires_at = created_at WHERE token_hash = '{}'", hex_sha256(&read)));
    problem(c.get(api("/deals")).header("Authorization", &bearer).send().await.unwrap(), 401, "unauthorized").await;
    let other = make_token(app, &w.admin, "acme", "read").await;
    let id = crate::support::scalar(app, &format!("SELECT id AS n FROM api_tokens WHERE token_hash = '{}'", hex_sha256(&other)));
    assert_eq!(c.get(api("/deals")).header("Authorization", format!("Bearer {other}")).send().await.unwrap().status(), 200);
    post_form(&w.admin, app, "acme", "/admin/api", &format!("/admin/api/tokens/{id}/revoke"), &[]).await;
    problem(c.get(api("/deals")).header("Authorization", format!("Bearer {other}")).send().await.unwrap(), 401, "unauthorized").await;

    // A plan without the API, a suspended portal: problems, not pages.
    let live = make_token(app, &w.admin, "acme", "read").await;
    app.cli_ok(&["tenant", "suspend", "acme"]);
    problem(c.get(api("/deals")).header("Authorization", format!("Bearer {live}")).send().await.unwrap(), 503, "tenant-suspended").await;
    app.cli_ok(&["tenant", "resume", "acme"]);
    app.cli_ok(&["tenant", "plan", "acme", "starter"]);
    problem(c.get(api("/deals")).header("Authorization", format!("Bearer {live}")).send().await.unwrap(), 403, "feature-off").await;
}

#[tokio::test]
async fn the_tenant_api_is_described_by_an_openapi_document_a_validator_accepts() {
    let app = crate::support::spawn_app().await;
    app.create_tenant("acme", "Acme");
    let res = crate::support::client().get(app.url("acme", "/api/v1/openapi.json")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["servers"][0]["url"], app.url("acme", ""));
    assert_eq!(doc["components"]["securitySchemes"]["token"]["scheme"], "bearer");
    crate::support::openapi::assert_valid(&text);
    let documented = crate::support::openapi::documented(&doc);
    assert_eq!(crate::support::openapi::served("/api/v1/"), documented);
    for (method, path) in &documented {
        assert!(doc["paths"][path][method]["responses"]["401"].is_object(), "{method} {path} documents the refusal of a missing token");
    }
}

#[tokio::test]
async fn each_token_has_its_rate_limit_and_is_told_where_it_stands() {
    let app = crate::support::spawn_app_with(&[("PORTICO_API_RATE_PER_MINUTE", "3")]).await;
    let w = crate::support::world::world_on(app).await;
    let app = &w.app;
    let (one, two) = (make_token(app, &w.admin, "acme", "read").await, make_token(app, &w.admin, "acme", "read").await);
    let c = crate::support::client();
    let call = |secret: &str| c.get(app.url("acme", "/api/v1/deals")).header("Authorization", format!("Bearer {secret}")).send();
    for left in [2, 1, 0] {
        let res = call(&one).await.unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["ratelimit-policy"], "\"token\";q=3;w=60");
        let now = res.headers()["ratelimit"].to_str().unwrap().to_string();
        assert!(now.starts_with(&format!("\"token\";r={left};t=")), "{now}");
    }
    let res = call(&one).await.unwrap();
    let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=20).contains(&retry), "{retry}");
    assert!(res.headers()["ratelimit"].to_str().unwrap().starts_with("\"token\";r=0;"));
    problem(res, 429, "rate-limited").await;
    // Another token of the same tenant has its own.
    assert_eq!(call(&two).await.unwrap().status(), 200);
    // A refused call is not counted as a call.
    let counted = api_calls_settled(app, |n| n >= 4).await;
    tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
    assert_eq!(counted, 4);
    assert_eq!(api_calls_settled(app, |_| true).await, 4, "and nothing more arrives later");
}

/// acme's API calls this month once `done` holds (the count is written
/// every second), or after five seconds.
async fn api_calls_settled(app: &crate::support::TestApp, done: impl Fn(i64) -> bool) -> i64 {
    let sql = "SELECT CAST(COALESCE(SUM(value), 0) AS BIGINT) AS n FROM usage_months WHERE metric = 'api_calls' AND tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let n = crate::support::scalar(app, sql);
        if done(n) || std::time::Instant::now() > deadline {
            return n;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn partners_products_and_tiers_are_read_through_the_api() {
    let w = world().await;
    let app = &w.app;
    let token = make_token(app, &w.admin, "acme", "read").await;
    let c = crate::support::client();
    let get = |path: &str| c.get(app.url("acme", &format!("/api/v1{path}"))).header("Authorization", format!("Bearer {token}")).send();
    let all: serde_json::Value = get("/partners").await.unwrap().json().await.unwrap();
    let names: Vec<&str> = all["items"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["P1A", "P1B"], "partners only, not the vendor: {all}");
    assert_eq!(all["items"][0]["email_domains"], serde_json::json!(["p1a.test"]));
    let first: serde_json::Value = get("/partners?limit=1").await.unwrap().json().await.unwrap();
    let after = first["next_after"].as_i64().expect("a next page");
    let rest: serde_json::Value = get(&format!("/partners?limit=1&after={after}")).await.unwrap().json().await.unwrap();
    assert_eq!(rest["items"][0]["name"], "P1B");
    assert!(rest["next_after"].is_null());
    let id = all["items"][0]["id"].as_i64().unwrap();
    let one: serde_json::Value = get(&format!("/partners/{id}")).await.unwrap().json().await.unwrap();
    assert_eq!(one["name"], "P1A");
    problem(get("/partners?limit=500").await.unwrap(), 422, "invalid-query").await;
    // The vendor's own organisation and another tenant's partner are not partners here.
    let vendor = crate::support::scalar(
        app,
        "SELECT id AS n FROM organisations WHERE kind = 'vendor' AND tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')",
    );
    problem(get(&format!("/partners/{vendor}")).await.unwrap(), 404, "not-found").await;
    crate::support::add_partner(app, &w.foreign, "globex", "Initrode", "initrode.test").await;
    let theirs = crate::support::scalar(app, "SELECT id AS n FROM organisations WHERE name = 'Initrode'");
    problem(get(&format!("/partners/{theirs}")).await.unwrap(), 404, "not-found").await;

    let tiers: serde_json::Value = get("/tiers").await.unwrap().json().await.unwrap();
    let tier_names: Vec<&str> = tiers.as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(tier_names, ["Registered", "Silver", "Gold"]);
    let products: serde_json::Value = get("/products").await.unwrap().json().await.unwrap();
    assert!(products.is_array());
    // A method an address does not take: 405 naming those it does.
    let res = c.delete(app.url("acme", "/api/v1/tiers")).header("Authorization", format!("Bearer {token}")).send().await.unwrap();
    assert_eq!(res.headers()["allow"], "GET, HEAD");
    problem(res, 405, "method-not-allowed").await;
}

/// A real client, not written here: schemathesis (pinned in
/// tests/peers/requirements.txt) generates calls from the OpenAPI document
/// and runs all its checks against a live server with a read-write token —
/// no 500, every answer as documented (status, content type, schema).
#[tokio::test]
async fn schemathesis_finds_nothing_wrong_with_the_tenant_api() {
    let app = crate::support::spawn_app_with(&[("PORTICO_API_RATE_PER_MINUTE", "1000000")]).await;
    let w = crate::support::world::world_on(app).await;
    let app = &w.app;
    w.register(&w.pa, "Fabrikam", "fabrikam.example", "12500", "submit").await;
    w.register(&w.pb, "Tailspin", "tailspin.example", "900", "draft").await;
    let token = make_token(app, &w.admin, "acme", "write").await;
    let doc = crate::support::client().get(app.url("acme", "/api/v1/openapi.json")).send().await.unwrap().text().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, &doc).unwrap();
    let peers = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers");
    let (st, config) = (peers.join("venv/bin/st"), peers.join("schemathesis.toml").display().to_string());
    let (port, file) = (app.port, file.display().to_string());
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(&st)
            .args([
                "--config-file",
                &config,
                "run",
                &file,
                "--url",
                &format!("http://127.0.0.1:{port}"),
                "--checks",
                "all",
                "--max-examples",
                "40",
                "--workers",
                "1",
            ])
            .args(["-H", &format!("Authorization: Bearer {token}"), "-H", &format!("Host: acme.localhost:{port}")])
            .arg("--generation-deterministic")
            .env("SCHEMATHESIS_HOOKS", "")
            .current_dir(dir.path())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {} (the test command installs it): {e}", st.display()))
    })
    .await
    .unwrap();
    let said = format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "schemathesis found problems:\n{said}");
    assert!(said.contains("passed") || said.contains("No issues found"), "{said}");
}
