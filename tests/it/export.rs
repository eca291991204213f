//! Tenant export (SPEC §3): one zip with a manifest (format and schema
//! version, counts per entity, SHA-256 of every member), one JSON Lines file
//! per entity from the database's catalogue, and the stored files — the
//! same from the CLI, the console and the vendor admin's own download, and
//! never a record of another tenant.

use std::collections::BTreeMap;
use std::io::Read;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::support::TestApp;
use crate::support::world::world;

/// The members of a zip, by name.
pub fn members(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut body = Vec::new();
        file.read_to_end(&mut body).unwrap();
        out.insert(file.name().unwrap().to_string(), body);
    }
    out
}

fn tenant_id(app: &TestApp, slug: &str) -> i64 {
    crate::support::scalar(app, &format!("SELECT id AS n FROM tenants WHERE slug = '{slug}'"))
}

/// Checks the manifest against the members and returns it with the records by entity.
fn checked(zip: &BTreeMap<String, Vec<u8>>, tenant: i64) -> (Value, BTreeMap<String, Vec<Value>>) {
    let manifest: Value = serde_json::from_slice(&zip["manifest.json"]).unwrap();
    assert_eq!(manifest["format"], "portico-tenant-export");
    assert_eq!(manifest["format_version"], 1);
    assert!(!manifest["schema_version"].as_str().unwrap().is_empty());
    let sums = manifest["sha256"].as_object().unwrap();
    assert_eq!(sums.len() + 1, zip.len(), "every member but the manifest has its checksum");
    for (name, sum) in sums {
        assert_eq!(hex::encode(Sha256::digest(&zip[name])), sum.as_str().unwrap(), "{name}");
    }
    let mut records = BTreeMap::new();
    for (name, body) in zip.iter().filter(|(n, _)| n.starts_with("data/")) {
        let entity = name.trim_start_matches("data/").trim_end_matches(".jsonl").to_string();
        let rows: Vec<Value> = std::str::from_utf8(body).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(manifest["counts"][&entity], rows.len(), "{entity}");
        for row in &rows {
            assert_eq!(row["tenant_id"], tenant, "{entity}: a record of another tenant");
        }
        records.insert(entity, rows);
    }
    for secret in ["sessions", "invitations", "password_resets", "form_keys", "sign_in_failures", "mail_outbox"] {
        assert!(!records.contains_key(secret), "{secret} is never exported");
    }
    (manifest, records)
}

#[tokio::test]
async fn a_tenant_is_exported_whole_with_checksums_and_nothing_of_another_tenant() {
    let w = world().await;
    let app = &w.app;
    app.cli_ok(&["demo"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo.zip");
    let out = app.cli_ok(&["tenant", "export", "demo", &file.display().to_string()]);
    assert!(out.contains("Exported demo"), "{out}");
    let zip = members(&std::fs::read(&file).unwrap());
    let demo = tenant_id(app, "demo");
    let (manifest, records) = checked(&zip, demo);
    assert_eq!(manifest["tenant"]["slug"], "demo");
    assert_eq!(records["deals"].len(), 302, "every deal");
    assert!(
        records["deal_events"].len() > 302
            && !records["users"].is_empty()
            && !records["assets"].is_empty()
            && !records["audit_log"].is_empty()
    );
    assert!(records["users"].iter().all(|u| u.get("password_hash").is_some()), "every column is there");
    let stamp = records["deals"][0]["created_at"].as_str().unwrap();
    assert!(stamp.len() >= 19 && stamp.as_bytes()[10] == b'T', "timestamps in ISO 8601: {stamp}");
    let files: Vec<&String> = zip.keys().filter(|k| k.starts_with("files/")).collect();
    assert!(files.len() >= records["stored_files"].len() && !files.is_empty(), "the stored files: {files:?}");
    let everything: String = zip.values().filter_map(|b| std::str::from_utf8(b).ok()).collect();
    assert!(!everything.contains("p1a.test") && !everything.contains("ops@acme.test"), "nothing of acme");
    // A file is never overwritten.
    assert!(!app.cli(&["tenant", "export", "demo", &file.display().to_string()]).status.success());

    // The vendor admin's own copy (data portability), prepared in the
    // background and offered on the usage page.
    let acme = tenant_id(app, "acme");
    let (_, own) = checked(&members(&admin_export(&w).await), acme);
    assert!(own["organisations"].iter().any(|o| o["name"] == "P1A"));
    assert!(own["users"].iter().all(|u| u["password_hash"].is_null()), "the admin's copy carries no password hashes");
    assert!(records["users"].iter().any(|u| u["password_hash"].is_string()), "the operator's copy moves them");
    let (_, notices) = w.page(&w.admin, "/notifications").await;
    assert!(notices.contains("Your data export is ready"), "the admin is told");
    // Channel managers and partners may not ask for one; another tenant's
    // admin gets their own tenant's, and never sees acme's.
    for c in [&w.cm, &w.pa] {
        let res = crate::support::post_form(c, app, "acme", "/deals", "/admin/exports", &[]).await;
        assert_eq!(res.status(), 403);
    }
    let acme_job: i64 = crate::support::scalar(app, &format!("SELECT MAX(id) AS n FROM export_jobs WHERE tenant_id = {acme}"));
    let res = w.foreign.get(app.url("globex", &format!("/admin/exports/{acme_job}/download"))).send().await.unwrap();
    assert_eq!(res.status(), 404, "acme's export from globex's host");
    let res = w.foreign.get(app.url("acme", &format!("/admin/exports/{acme_job}/download"))).send().await.unwrap();
    assert!(matches!(res.status().as_u16(), 303 | 403 | 404), "globex's admin on acme's host: {}", res.status());

    // The operator's, from the console.
    let op = app.operator("ops@platform.test").await;
    let res = app.operator_post(&op, "/operator/tenants/acme", "/operator/tenants/acme/export", &[]).await;
    assert_eq!(res.status(), 303, "back to the tenant's page");
    let link = wait_for_link(&op, &app.platform_url("/operator/tenants/acme"), "/operator/tenants/acme/exports/").await;
    let res = op.get(app.platform_url(&link)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let (_, moved) = checked(&members(&res.bytes().await.unwrap()), acme);
    assert!(moved["users"].iter().any(|u| u["password_hash"].is_string()));
    let audit = op.get(app.platform_url("/operator/audit")).send().await.unwrap().text().await.unwrap();
    assert!(audit.contains("tenant.export_requested"));
    let (_, log) = w.page(&w.admin, "/admin/audit").await;
    assert!(log.contains("tenant.export_requested"), "the admin's own export is in the tenant's log");
}

/// The first download link on `page` that starts with `prefix`, once the
/// background export is ready (the page refreshes itself until then).
async fn wait_for_link(c: &reqwest::Client, page: &str, prefix: &str) -> String {
    for _ in 0..200 {
        let body = c.get(page).send().await.unwrap().text().await.unwrap();
        if let Some(at) = body.find(&format!("href=\"{prefix}")) {
            let rest = &body[at + 6..];
            return rest[..rest.find('"').unwrap()].to_string();
        }
        assert!(!body.contains("is-failed"), "the export failed");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no export became ready on {page}");
}

/// The vendor admin asks for their own export and downloads it when ready.
async fn admin_export(w: &crate::support::world::World) -> Vec<u8> {
    let app = &w.app;
    let res = crate::support::post_form(&w.admin, app, "acme", "/admin/usage", "/admin/exports", &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/admin/usage#export");
    let link = wait_for_link(&w.admin, &app.url("acme", "/admin/usage"), "/admin/exports/").await;
    let res = w.admin.get(app.url("acme", &link)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/zip");
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("acme-export-"));
    res.bytes().await.unwrap().to_vec()
}

#[tokio::test]
async fn an_export_through_the_api_is_prepared_downloaded_and_its_link_expires() {
    let w = world().await;
    let app = &w.app;
    let op = app.operator("ops@platform.test").await;
    let secret = crate::platform_api::token(app, &op, "exports").await;
    let bearer = format!("Bearer {secret}");
    let api = |path: &str| app.platform_url(&format!("/api/platform/v1{path}"));
    let c = crate::support::client();
    let res = c.post(api("/tenants/acme/exports")).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(res.status(), 202);
    let location = res.headers()["location"].to_str().unwrap().to_string();
    let job: Value = res.json().await.unwrap();
    assert!(matches!(job["status"].as_str(), Some("queued" | "running" | "ready")), "{job}");
    assert!(location.ends_with(&format!("/exports/{}", job["id"])));
    let mut ready = Value::Null;
    for _ in 0..200 {
        let now: Value = c.get(app.platform_url(&location)).header("Authorization", &bearer).send().await.unwrap().json().await.unwrap();
        if now["status"] == "ready" {
            ready = now;
            break;
        }
        assert_ne!(now["status"], "failed", "{now}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(ready["records"].as_i64().unwrap() > 0 && ready["expires_at"].is_string(), "{ready}");
    let download = ready["download_url"].as_str().unwrap().to_string();
    let res = c.get(&download).header("Authorization", &bearer).send().await.unwrap();
    assert_eq!(res.status(), 200);
    checked(&members(&res.bytes().await.unwrap()), tenant_id(app, "acme"));
    // Only with the token, only of that tenant.
    assert_eq!(c.get(&download).send().await.unwrap().status(), 401);
    let other = download.replace("/tenants/acme/", "/tenants/globex/");
    crate::platform_api::problem(c.get(&other).header("Authorization", &bearer).send().await.unwrap(), 404, "not-found").await;
    let res = c.post(api("/tenants/nobody/exports")).header("Authorization", &bearer).send().await.unwrap();
    crate::platform_api::problem(res, 404, "not-found").await;

    // The link is over: 410, and the jobs pass removes the file.
    crate::support::execute(app, "UPDATE export_jobs SET expires_at = created_at");
    let res = c.get(&download).header("Authorization", &bearer).send().await.unwrap();
    crate::platform_api::problem(res, 410, "export-expired").await;
    app.cli_ok(&["jobs", "run"]);
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    let acme = tenant_id(app, "acme");
    let left = storage.list(&format!("t/{acme}/exports/")).await.unwrap();
    assert!(left.is_empty(), "the expired export's file is removed: {left:?}");
    let status: Value = c.get(app.platform_url(&location)).header("Authorization", &bearer).send().await.unwrap().json().await.unwrap();
    assert_eq!(status["status"], "expired");
    assert!(status["download_url"].is_null());
    // The vendor admin's expired link: a page that says so.
    admin_export(&w).await;
    crate::support::execute(app, "UPDATE export_jobs SET expires_at = created_at");
    let job: i64 = crate::support::scalar(app, &format!("SELECT MAX(id) AS n FROM export_jobs WHERE tenant_id = {acme}"));
    let res = w.admin.get(app.url("acme", &format!("/admin/exports/{job}/download"))).send().await.unwrap();
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("This link has expired"));
}
