//! The platform API (SPEC §3): operator tokens made in the console (shown
//! once, hashed, revocable, last use shown), bearer-only, platform host only;
//! the tenant lifecycle as JSON through the same services as the console;
//! problems as application/problem+json with a stable type; an idempotent
//! create.

use serde_json::{Value, json};

use crate::support::{PASSWORD, TestApp, client};

pub async fn token(app: &TestApp, op: &reqwest::Client, name: &str) -> String {
    let res = app.operator_post(op, "/operator/api-tokens", "/operator/api-tokens", &[("name", name)]).await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let at = page.find("<code class=\"token-secret\">").expect("the token is shown once") + "<code class=\"token-secret\">".len();
    page[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

pub async fn problem(res: reqwest::Response, status: u16, kind: &str) -> Value {
    assert_eq!(res.status(), status, "{kind}");
    assert_eq!(res.headers()["content-type"], "application/problem+json", "{kind}");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["type"], format!("https://portico.dev/problems/{kind}"), "{body}");
    assert_eq!(body["status"], status);
    body
}

#[tokio::test]
async fn operators_run_the_tenant_lifecycle_through_the_platform_api() {
    let app = crate::support::spawn_app().await;
    let op = app.operator("ops@platform.test").await;
    let secret = token(&app, &op, "provisioning script").await;
    assert!(secret.starts_with("pop_") && secret.len() == 44, "{secret}");
    let api = |path: &str| app.platform_url(&format!("/api/platform/v1{path}"));
    let c = client();
    let bearer = format!("Bearer {secret}");

    // Only a live bearer token, only on the platform host.
    let res = c.get(api("/tenants")).send().await.unwrap();
    assert!(res.headers().get("www-authenticate").is_some());
    problem(res, 401, "unauthorized").await;
    problem(c.get(api("/tenants")).header("Authorization", "Bearer pop_forged").send().await.unwrap(), 401, "unauthorized").await;
    let on_tenant = c.get(app.url("acme", "/api/platform/v1/tenants")).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(on_tenant.status(), 404);
    // The console's session cookie is not a token.
    problem(op.get(api("/tenants")).send().await.unwrap(), 401, "unauthorized").await;

    // Create, idempotently.
    let body = json!({ "slug": "initech", "name": "Initech", "admin_email": "boss@initech.test", "locale": "fr-FR", "plan": "starter" });
    let send =
        |body: &Value, key: &str| c.post(api("/tenants")).header("Authorization", &bearer).header("Idempotency-Key", key).json(body).send();
    let first = send(&body, "k-1").await.unwrap();
    assert_eq!(first.status(), 201);
    assert_eq!(first.headers()["location"], "/api/platform/v1/tenants/initech");
    let made: Value = first.json().await.unwrap();
    assert_eq!((made["slug"].as_str(), made["plan"].as_str(), made["status"].as_str()), (Some("initech"), Some("starter"), Some("active")));
    let again = send(&body, "k-1").await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.json::<Value>().await.unwrap(), made, "the same answer");
    let other = json!({ "slug": "initech2", "name": "Initech", "admin_email": "boss@initech.test" });
    problem(send(&other, "k-1").await.unwrap(), 422, "idempotency-key-reused").await;
    problem(send(&body, "k-2").await.unwrap(), 409, "slug-taken").await;
    let bad =
        problem(send(&json!({ "slug": "Bad Slug", "name": "X", "admin_email": "x@x.test" }), "k-3").await.unwrap(), 422, "invalid-slug")
            .await;
    assert_eq!(bad["errors"][0]["field"], "slug");
    problem(
        send(&json!({ "slug": "x1", "name": "X", "admin_email": "x@x.test", "plan": "platinum" }), "k-4").await.unwrap(),
        422,
        "unknown-plan",
    )
    .await;
    let raw = c.post(api("/tenants")).header("Authorization", &bearer).body("{not json").send().await.unwrap();
    problem(raw, 400, "invalid-json").await;
    let extra = c
        .post(api("/tenants"))
        .header("Authorization", &bearer)
        .json(&json!({ "slug": "y1", "name": "Y", "admin_email": "y@y.test", "tenant_id": 1 }))
        .send()
        .await
        .unwrap();
    problem(extra, 400, "invalid-json").await;
    assert!(app.last_mail("boss@initech.test").await.subject.contains("Initech"), "the admin is invited");

    // List and show.
    let list: Value = c.get(api("/tenants?q=init")).header("Authorization", &bearer).send().await.unwrap().json().await.unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["users"], 1);
    let shown: Value = c.get(api("/tenants/initech")).header("Authorization", &bearer).send().await.unwrap().json().await.unwrap();
    assert_eq!(shown["features"]["campaigns"], false);
    assert_eq!(shown["usage"]["users"]["used"], 1);
    assert_eq!(shown["usage"]["users"]["limit"], 100);
    assert!(shown["created_at"].as_str().unwrap().ends_with('Z'));
    problem(c.get(api("/tenants/nobody")).header("Authorization", &bearer).send().await.unwrap(), 404, "not-found").await;

    // Plan, suspend, resume.
    let plan =
        c.put(api("/tenants/initech/plan")).header("Authorization", &bearer).json(&json!({ "plan": "standard" })).send().await.unwrap();
    assert_eq!(plan.json::<Value>().await.unwrap()["plan"], "standard");
    let plan = c.put(api("/tenants/initech/plan")).header("Authorization", &bearer).json(&json!({ "plan": "gold" })).send().await.unwrap();
    problem(plan, 422, "unknown-plan").await;
    let suspended = c.post(api("/tenants/initech/suspend")).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(suspended.json::<Value>().await.unwrap()["status"], "suspended");
    assert_eq!(client().get(app.url("initech", "/")).send().await.unwrap().status(), 503);
    c.post(api("/tenants/initech/resume")).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(client().get(app.url("initech", "/")).send().await.unwrap().status(), 200);

    // Delete (the slug again) and restore.
    problem(c.delete(api("/tenants/initech")).header("Authorization", &bearer).send().await.unwrap(), 422, "confirmation-mismatch").await;
    let deleted = c.delete(api("/tenants/initech?confirm=initech")).header("Authorization", &bearer).send().await.unwrap();
    let deleted: Value = deleted.json().await.unwrap();
    assert_eq!(deleted["status"], "deleted");
    assert!(deleted["purge_after"].is_string());
    assert_eq!(client().get(app.url("initech", "/")).send().await.unwrap().status(), 410);
    problem(c.post(api("/tenants/initech/suspend")).header("Authorization", &bearer).send().await.unwrap(), 409, "tenant-deleted").await;
    let restored = c.post(api("/tenants/initech/restore")).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(restored.json::<Value>().await.unwrap()["status"], "active");

    // The token's actions are in the platform's log, under the token and its operator.
    let audit = op.get(app.platform_url("/operator/audit")).send().await.unwrap().text().await.unwrap();
    assert!(audit.contains("tenant.created") && audit.contains("tenant.restored") && audit.contains("ops@platform.test"));
    // The console shows its last use; revoked, it is refused at once.
    let tokens = op.get(app.platform_url("/operator/api-tokens")).send().await.unwrap().text().await.unwrap();
    assert!(tokens.contains("provisioning script") && !tokens.contains(&secret), "never shown again");
    assert!(!tokens.contains(">never<"), "last use shown");
    let id = tokens.split("/operator/api-tokens/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let res = app.operator_post(&op, "/operator/api-tokens", &format!("/operator/api-tokens/{id}/revoke"), &[]).await;
    assert_eq!(res.status(), 303);
    problem(c.get(api("/tenants")).header("Authorization", &bearer).send().await.unwrap(), 401, "unauthorized").await;
}

#[tokio::test]
async fn a_vendor_admin_session_or_token_gets_nothing_from_the_platform_api() {
    let app = crate::support::spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let res = admin.get(app.platform_url("/api/platform/v1/tenants")).send().await.unwrap();
    assert_eq!(res.status(), 401);
    let res = admin
        .post(app.platform_url("/api/platform/v1/tenants"))
        .json(&json!({ "slug": "evil", "name": "Evil", "admin_email": "e@evil.test" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    assert_eq!(app.cli_ok(&["tenant", "list"]).matches("evil").count(), 0);
}

/// The platform API's OpenAPI document: generated from the handlers, it
/// names exactly the routes the server has, and an independent validator
/// (openapi-spec-validator, pinned in tests/peers/requirements.txt) accepts it.
#[tokio::test]
async fn the_platform_api_is_described_by_an_openapi_document_a_validator_accepts() {
    let app = crate::support::spawn_app().await;
    let c = client();
    let res = c.get(app.platform_url("/api/platform/v1/openapi.json")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/json"));
    let text = res.text().await.unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["components"]["securitySchemes"]["operator_token"]["scheme"] == "bearer");
    // Only on the platform host.
    assert_eq!(c.get(app.url("acme", "/api/platform/v1/openapi.json")).send().await.unwrap().status(), 404);

    crate::support::openapi::assert_valid(&text);
    // Every route of the API is documented, and nothing else is.
    let documented = crate::support::openapi::documented(&doc);
    assert_eq!(crate::support::openapi::served("/api/platform/v1/"), documented);
    for (method, path) in &documented {
        let op = &doc["paths"][path][method];
        assert!(op["responses"]["401"].is_object(), "{method} {path} documents the refusal of a missing token");
        assert!(op["responses"].as_object().unwrap().keys().any(|k| k.starts_with('2')), "{method} {path} documents its answer");
    }
}
