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
fn members(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
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

    // The vendor admin's own copy (data portability), and the operator's.
    let res = w.admin.get(app.url("acme", "/admin/export")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/zip");
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("acme-export-"));
    let acme = tenant_id(app, "acme");
    let (_, own) = checked(&members(&res.bytes().await.unwrap()), acme);
    assert!(own["organisations"].iter().any(|o| o["name"] == "P1A"));
    assert!(own["users"].iter().all(|u| u["password_hash"].is_null()), "the admin's copy carries no password hashes");
    assert!(records["users"].iter().any(|u| u["password_hash"].is_string()), "the operator's copy moves them");
    let page = w.admin.get(app.url("acme", "/admin/usage")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("href=\"/admin/export\""));
    assert_eq!(w.cm.get(app.url("acme", "/admin/export")).send().await.unwrap().status(), 403);
    assert_eq!(w.pa.get(app.url("acme", "/admin/export")).send().await.unwrap().status(), 403);
    let foreign = w.foreign.get(app.url("globex", "/admin/export")).send().await.unwrap().bytes().await.unwrap();
    let (_, theirs) = checked(&members(&foreign), tenant_id(app, "globex"));
    assert!(!theirs["organisations"].iter().any(|o| o["name"] == "P1A"), "globex's export has globex only");
    let op = app.operator("ops@platform.test").await;
    let res = op.get(app.platform_url("/operator/tenants/acme/export")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    checked(&members(&res.bytes().await.unwrap()), acme);
    let audit = op.get(app.platform_url("/operator/audit")).send().await.unwrap().text().await.unwrap();
    assert!(audit.contains("tenant.exported"));
    let (_, log) = w.page(&w.admin, "/admin/audit").await;
    assert!(log.contains("tenant.exported"), "the admin's own export is in the tenant's log");
}
