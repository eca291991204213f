//! The tenant API (SPEC §10): tokens made by the vendor admin under
//! Administration → API — shown once, `ptk_…` with a checksum, read or
//! read-write, an optional expiry, revocable, last use shown; the page is
//! part of the plan's API feature.

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
    let res = post_form(
        &w.admin,
        app,
        "acme",
        "/admin/api",
        "/admin/api/tokens",
        &[("name", ""), ("scope", "admin"), ("expires_on", "2020-01-01")],
    )
    .await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("Choose read only or read and write.") && body.contains("Choose a day after today"), "{body}");
    assert!(secret_on(&body).is_none());

    let res = post_form(
        &w.admin,
        app,
        "acme",
        "/admin/api",
        "/admin/api/tokens",
        &[("name", "CRM sync"), ("scope", "write"), ("expires_on", "")],
    )
    .await;
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
