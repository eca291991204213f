//! Tenant import (SPEC §3): an export restored as a new tenant, on the same
//! backend and on the other one. Export → import → export gives the same
//! content, ids aside (every id is compared by its row's place, every
//! reference by the place of the row it points at); a forged or unsafe
//! archive is refused before anything is written.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::export::members as unzip;
use crate::support::world::world;
use crate::support::{DEMO_ADMIN, TestApp, scalar};
use portico::platform::import::{AUDIT_TARGETS, KEY_COLUMNS, LINKS, UNDECLARED};

/// A zip of `members`; with `reseal`, the manifest's checksums and counts
/// are made to match them (a forger who knows the format).
fn rezip(members: &BTreeMap<String, Vec<u8>>, reseal: bool) -> Vec<u8> {
    let mut members = members.clone();
    if reseal {
        let mut manifest: Value = serde_json::from_slice(&members["manifest.json"]).unwrap();
        let mut sums = Map::new();
        let mut counts = Map::new();
        for (name, body) in members.iter().filter(|(n, _)| *n != "manifest.json") {
            sums.insert(name.clone(), Value::from(hex::encode(Sha256::digest(body))));
            if let Some(entity) = name.strip_prefix("data/").and_then(|n| n.strip_suffix(".jsonl")) {
                counts.insert(entity.to_string(), Value::from(body.iter().filter(|b| **b == b'\n').count()));
            }
        }
        manifest["sha256"] = Value::Object(sums);
        manifest["counts"] = Value::Object(counts);
        members.insert("manifest.json".into(), serde_json::to_vec(&manifest).unwrap());
    }
    zip_of(|out, options| {
        for (name, body) in &members {
            out.start_file(name.as_str(), options).unwrap();
            out.write_all(body).unwrap();
        }
    })
}

fn records(members: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<Map<String, Value>>> {
    members
        .iter()
        .filter_map(|(name, body)| {
            let entity = name.strip_prefix("data/")?.strip_suffix(".jsonl")?;
            let rows = std::str::from_utf8(body)
                .unwrap()
                .lines()
                .map(|l| match serde_json::from_str(l).unwrap() {
                    Value::Object(m) => m,
                    other => panic!("{entity}: {other}"),
                })
                .collect();
            Some((entity.to_string(), rows))
        })
        .collect()
}

/// The declared foreign keys (from the catalogue) and the undeclared references.
fn references(app: &TestApp, tables: &[String]) -> HashMap<(String, String), String> {
    let mut conn = app.pool().checkout().unwrap();
    let mut out = HashMap::new();
    for table in tables {
        for (column, target) in portico::db::foreign_keys(&mut conn, table).unwrap() {
            out.insert((table.clone(), column), target);
        }
    }
    for (table, column, target) in UNDECLARED {
        out.insert((table.to_string(), column.to_string()), target.to_string());
    }
    out
}

/// An export with every id replaced by its row's place in its table and
/// every reference by the place of the row it points at; storage keys
/// without the tenant's prefix; links and audit targets likewise. Two
/// exports of the same content are equal in this form.
fn canonical(app: &TestApp, members: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<String>> {
    let data = records(members);
    let tables: Vec<String> = data.keys().cloned().collect();
    let refs = references(app, &tables);
    let tenant = data.values().flatten().find_map(|r| r.get("tenant_id").and_then(Value::as_i64)).expect("a record");
    let prefix = format!("t/{tenant}/");
    let mut place: HashMap<&str, HashMap<i64, usize>> = HashMap::new();
    for (table, rows) in &data {
        let mut ids: Vec<i64> = rows.iter().filter_map(|r| r.get("id").and_then(Value::as_i64)).collect();
        ids.sort_unstable();
        place.insert(table, ids.into_iter().enumerate().map(|(i, id)| (id, i)).collect());
    }
    let at = |table: &str, id: Option<i64>| -> Value {
        match id {
            None => Value::Null,
            Some(id) => {
                place.get(table).and_then(|p| p.get(&id)).map_or_else(|| Value::from("dangling"), |i| Value::from(format!("{table}#{i}")))
            }
        }
    };
    let deal_place: HashMap<String, Value> = data
        .get("deals")
        .map(|rows| rows.iter().map(|r| (r["public_id"].as_str().unwrap().to_string(), at("deals", r["id"].as_i64()))).collect())
        .unwrap_or_default();
    let mut out = BTreeMap::new();
    for (table, rows) in &data {
        let mut lines: Vec<String> = rows
            .iter()
            .map(|row| {
                let mut c = Map::new();
                for (column, value) in row {
                    let key = (table.clone(), column.clone());
                    let v = match column.as_str() {
                        "tenant_id" | "prev_hash" | "row_hash" => continue,
                        "id" => at(table, value.as_i64()),
                        _ if refs.contains_key(&key) => at(&refs[&key], value.as_i64()),
                        _ if KEY_COLUMNS.contains(&(table.as_str(), column.as_str())) => {
                            value.as_str().map_or(Value::Null, |k| Value::from(k.strip_prefix(&prefix).expect("a key of the tenant")))
                        }
                        "public_id" if table == "deals" => deal_place[value.as_str().unwrap()].clone(),
                        "link" if table == "notifications" => Value::from(canonical_link(value.as_str().unwrap(), &at, &deal_place)),
                        "actor_id" if table == "audit_log" && row["actor_kind"] == "user" => at("users", value.as_i64()),
                        "target_id" if table == "audit_log" => {
                            let target = value.as_str().unwrap();
                            match row["target_type"].as_str().unwrap() {
                                "tenant" => Value::from("the tenant"),
                                "deal" => deal_place.get(target).cloned().unwrap_or_else(|| value.clone()),
                                kind => AUDIT_TARGETS
                                    .iter()
                                    .find(|(t, _)| *t == kind)
                                    .and_then(|(_, table)| target.parse().ok().map(|id| at(table, Some(id))))
                                    .unwrap_or_else(|| value.clone()),
                            }
                        }
                        _ => value.clone(),
                    };
                    c.insert(column.clone(), v);
                }
                Value::Object(c).to_string()
            })
            .collect();
        lines.sort();
        out.insert(table.clone(), lines);
    }
    for (name, body) in members.iter().filter(|(n, _)| n.starts_with("files/")) {
        out.insert(name.clone(), vec![hex::encode(Sha256::digest(body))]);
    }
    out
}

fn canonical_link(link: &str, at: &dyn Fn(&str, Option<i64>) -> Value, deals: &HashMap<String, Value>) -> String {
    for (prefix, table) in LINKS {
        if let Some(rest) = link.strip_prefix(prefix) {
            return format!("{prefix}{}", at(table, rest.parse().ok()));
        }
    }
    if let Some(id) = link.strip_prefix("/deals/") {
        return format!("/deals/{}", deals.get(id).cloned().unwrap_or(Value::from("dangling")));
    }
    link.to_string()
}

fn manifest_tenant(members: &BTreeMap<String, Vec<u8>>) -> Value {
    let manifest: Value = serde_json::from_slice(&members["manifest.json"]).unwrap();
    serde_json::json!({ "name": manifest["tenant"]["name"], "plan": manifest["tenant"]["plan"], "counts": manifest["counts"], "files": manifest["files"] })
}

fn export(app: &TestApp, slug: &str, file: &std::path::Path, env: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
    let out = app.cli_env(&["tenant", "export", slug, &file.display().to_string()], env);
    assert!(out.status.success(), "export {slug}: {}", String::from_utf8_lossy(&out.stderr));
    unzip(&std::fs::read(file).unwrap())
}

fn import(app: &TestApp, file: &std::path::Path, slug: &str, env: &[(&str, &str)]) -> std::process::Output {
    app.cli_env(&["tenant", "import", &file.display().to_string(), "--slug", slug], env)
}

fn assert_same(app: &TestApp, a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) {
    assert_eq!(manifest_tenant(a), manifest_tenant(b));
    let (a, b) = (canonical(app, a), canonical(app, b));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (entity, rows) in &a {
        assert_eq!(rows, &b[entity], "{entity} differs after the round trip");
    }
}

#[tokio::test]
async fn an_imported_tenant_works_and_exports_as_it_was_exported() {
    let w = world().await;
    let app = &w.app;
    app.cli_ok(&["demo"]);
    let dir = tempfile::tempdir().unwrap();
    let first = export(app, "demo", &dir.path().join("demo.zip"), &[]);
    assert!(first.keys().any(|n| n.starts_with("files/")), "the demo has files");
    let before_acme: i64 = scalar(app, "SELECT COUNT(*) AS n FROM deals WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')");

    // Into the same database: every id is new, the deals' public ids too.
    let out = import(app, &dir.path().join("demo.zip"), "demo-copy", &[]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains("Imported demo") && said.contains("demo-copy"), "{said}");
    let second = export(app, "demo-copy", &dir.path().join("copy.zip"), &[]);
    assert_same(app, &first, &second);

    // The copy is a working portal: its admin signs in with the same
    // password, sees the deals, and its files are served from the new keys.
    let admin = app.sign_in("demo-copy", DEMO_ADMIN.0, DEMO_ADMIN.1).await;
    let deals = admin.get(app.url("demo-copy", "/deals")).send().await.unwrap();
    assert_eq!(deals.status(), 200);
    let logo_key: i64 = scalar(
        app,
        "SELECT COUNT(*) AS n FROM stored_files f JOIN tenants t ON t.id = f.tenant_id \
         WHERE t.slug = 'demo-copy' AND f.storage_key LIKE 't/' || CAST(t.id AS TEXT) || '/%'",
    );
    assert!(logo_key > 0, "every file record points into the new tenant's space");
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    let copy: i64 = scalar(app, "SELECT id AS n FROM tenants WHERE slug = 'demo-copy'");
    let demo: i64 = scalar(app, "SELECT id AS n FROM tenants WHERE slug = 'demo'");
    let keys = storage.list(&portico::storage::store::Key::tenant_prefix(copy)).await.unwrap();
    assert_eq!(keys.len(), storage.list(&portico::storage::store::Key::tenant_prefix(demo)).await.unwrap().len());
    // The audit log is linked anew, and says who imported what.
    let verified = app.cli_ok(&["audit", "verify", "--tenant", "demo-copy"]);
    assert!(verified.contains("intact"), "{verified}");
    let imported: i64 = scalar(app, "SELECT COUNT(*) AS n FROM audit_log WHERE tenant_id IS NULL AND action = 'tenant.imported'");
    assert_eq!(imported, 1);
    // Nothing else moved.
    assert_eq!(before_acme, scalar(app, "SELECT COUNT(*) AS n FROM deals WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')"));
    let again = import(app, &dir.path().join("demo.zip"), "demo-copy", &[]);
    assert!(!again.status.success() && String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[tokio::test]
async fn a_tenant_moves_to_the_other_backend_and_back_unchanged() {
    let w = world().await;
    let app = &w.app;
    app.cli_ok(&["demo"]);
    let dir = tempfile::tempdir().unwrap();
    let first = export(app, "demo", &dir.path().join("demo.zip"), &[]);

    // SQLite → PostgreSQL in the SQLite run, PostgreSQL → SQLite in the other.
    let other = app.db.other_backend(dir.path());
    let files = dir.path().join("other-files");
    let store = format!("file://{}", files.display());
    let env = [("DATABASE_URL", other.url.as_str()), ("PORTICO_STORAGE_URL", store.as_str())];
    let out = import(app, &dir.path().join("demo.zip"), "moved", &env);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let moved = export(app, "moved", &dir.path().join("moved.zip"), &env);
    assert_same(app, &first, &moved);
    // Deals keep their public ids in a database that did not have them.
    let ids = |m: &BTreeMap<String, Vec<u8>>| {
        let mut v: Vec<String> = records(m)["deals"].iter().map(|d| d["public_id"].as_str().unwrap().to_string()).collect();
        v.sort();
        v
    };
    assert_eq!(ids(&first), ids(&moved));
    let verified = app.cli_env(&["audit", "verify", "--tenant", "moved"], &env);
    assert!(String::from_utf8_lossy(&verified.stdout).contains("intact"), "{}", String::from_utf8_lossy(&verified.stdout));

    // And back, as a second tenant beside the original.
    let out = import(app, &dir.path().join("moved.zip"), "returned", &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let returned = export(app, "returned", &dir.path().join("returned.zip"), &[]);
    assert_same(app, &first, &returned);
}

#[tokio::test]
async fn every_reference_column_is_translated_on_import() {
    // A column named like a reference that the import would copy untranslated
    // fails here: declare its foreign key, or add it to UNDECLARED or NOT_REFERENCES.
    let app = crate::support::spawn_app().await;
    let mut conn = app.pool().checkout().unwrap();
    let unmapped = portico::platform::import::unmapped_columns(&mut conn).unwrap();
    assert!(unmapped.is_empty(), "columns the import does not translate: {unmapped:?}");
    for (table, column, _) in UNDECLARED {
        let columns = portico::db::columns(&mut conn, table).unwrap();
        assert!(columns.iter().any(|(c, _)| c == column), "{table}.{column} is gone: update UNDECLARED");
    }
    for (table, column) in KEY_COLUMNS {
        let columns = portico::db::columns(&mut conn, table).unwrap();
        assert!(columns.iter().any(|(c, _)| c == column), "{table}.{column} is gone: update KEY_COLUMNS");
    }
}

type Writer = zip::ZipWriter<std::io::Cursor<Vec<u8>>>;

/// A zip written by hand, deflated.
fn zip_of(fill: impl FnOnce(&mut Writer, zip::write::SimpleFileOptions)) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    fill(&mut out, zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated));
    out.finish().unwrap().into_inner()
}

/// 64 MiB of zeros as one data member: it packs to about 64 kB.
fn bomb() -> Vec<u8> {
    zip_of(|out, options| {
        out.start_file("data/deals.jsonl", options).unwrap();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..64 {
            out.write_all(&zeros).unwrap();
        }
    })
}

/// Every table's row count and every stored key: what "nothing written" compares.
async fn everything(app: &TestApp) -> (Vec<(String, i64)>, usize) {
    let mut conn = app.pool().checkout().unwrap();
    let mut tables = portico::db::tables_with_column(&mut conn, "tenant_id").unwrap();
    tables.push("tenants".into());
    drop(conn);
    let counts = tables.into_iter().map(|t| (t.clone(), scalar(app, &format!("SELECT COUNT(*) AS n FROM {t}")))).collect();
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    (counts, storage.list("t/").await.unwrap().len())
}

#[tokio::test]
async fn a_forged_or_unsafe_archive_is_refused_and_nothing_is_written() {
    let w = world().await;
    let app = &w.app;
    app.cli_ok(&["demo"]);
    let dir = tempfile::tempdir().unwrap();
    let good = export(app, "demo", &dir.path().join("demo.zip"), &[]);
    let acme_org: i64 =
        scalar(app, "SELECT MIN(id) AS n FROM organisations WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')");
    let acme: i64 = scalar(app, "SELECT id AS n FROM tenants WHERE slug = 'acme'");
    let before = everything(app).await;

    let with = |name: &str, body: &[u8]| {
        let mut m = good.clone();
        m.insert(name.to_string(), body.to_vec());
        m
    };
    let edit_first = |entity: &str, f: &dyn Fn(&mut Map<String, Value>)| {
        let mut m = good.clone();
        let name = format!("data/{entity}.jsonl");
        let text = String::from_utf8(m[&name].clone()).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let mut row: Map<String, Value> = serde_json::from_str(&lines[0]).unwrap();
        f(&mut row);
        lines[0] = Value::Object(row).to_string();
        m.insert(name, format!("{}\n", lines.join("\n")).into_bytes());
        m
    };
    let mut forged_manifest = good.clone();
    let mut manifest: Value = serde_json::from_slice(&good["manifest.json"]).unwrap();
    manifest["counts"]["deals"] = Value::from(1);
    forged_manifest.insert("manifest.json".into(), serde_json::to_vec(&manifest).unwrap());
    let mut portability = good.clone();
    manifest = serde_json::from_slice(&good["manifest.json"]).unwrap();
    manifest["purpose"] = Value::from("portability");
    portability.insert("manifest.json".into(), serde_json::to_vec(&manifest).unwrap());
    let mut no_manifest = good.clone();
    no_manifest.remove("manifest.json");

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("a ../ path", rezip(&with("../../escape.txt", b"x"), false), "no export writes"),
        ("a ../ path inside files/", rezip(&with("files/../../t/1/assets/x.pdf", b"x"), true), "no export writes"),
        ("an absolute path", rezip(&with("/etc/cron.d/portico", b"x"), true), "no export writes"),
        ("a member no export writes", rezip(&with("notes.txt", b"x"), true), "no export writes"),
        (
            "a changed record, the manifest kept",
            rezip(
                &edit_first("deals", &|r| {
                    r.insert("value_minor".into(), Value::from(1));
                }),
                false,
            ),
            "SHA-256",
        ),
        (
            "a changed file, the manifest kept",
            {
                let name = good.keys().find(|n| n.starts_with("files/")).unwrap().clone();
                rezip(&with(&name, b"not the file"), false)
            },
            "SHA-256",
        ),
        ("a forged count", rezip(&forged_manifest, false), "counts"),
        ("a member the manifest does not list", rezip(&with("data/extra.jsonl", b""), false), "not listed"),
        ("no manifest", rezip(&no_manifest, false), "no manifest"),
        ("a portability export", rezip(&portability, false), "portability"),
        // Forgeries with a consistent manifest: caught by the content checks.
        (
            "a table that is not a tenant's",
            rezip(&with("data/operators.jsonl", b"{\"id\":1,\"email\":\"x@y.test\"}\n"), true),
            "not a table",
        ),
        ("credentials smuggled in", rezip(&with("data/sessions.jsonl", b""), true), "not a table"),
        (
            "a reference to another tenant's record",
            rezip(
                &edit_first("deals", &|r| {
                    r.insert("partner_org_id".into(), Value::from(acme_org));
                }),
                true,
            ),
            "refers to no record",
        ),
        (
            "records of two tenants",
            rezip(
                &edit_first("products", &|r| {
                    r.insert("tenant_id".into(), Value::from(acme));
                }),
                true,
            ),
            "more than one tenant",
        ),
        (
            "a file record whose file differs",
            {
                let name = good.keys().find(|n| n.starts_with("files/")).unwrap().clone();
                rezip(&with(&name, b"another file"), true)
            },
            "SHA-256",
        ),
        (
            "a column this schema does not have",
            rezip(
                &edit_first("tiers", &|r| {
                    r.insert("owner_id".into(), Value::from(1));
                }),
                true,
            ),
            "no column",
        ),
        ("not a zip", b"PK\x03\x04 not really".to_vec(), "not a zip"),
        // FILE-3: refused from the archive's directory, before unpacking.
        ("a zip bomb", bomb(), "too large"),
        (
            "a symbolic link",
            {
                let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                out.add_symlink("files/assets/0a1b.pdf", "/etc/passwd", zip::write::SimpleFileOptions::default()).unwrap();
                out.finish().unwrap().into_inner()
            },
            "no export writes",
        ),
        (
            "ten thousand entries and no manifest",
            {
                let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                for i in 0..10_000 {
                    out.start_file(format!("files/assets/{i:05}.pdf"), zip::write::SimpleFileOptions::default()).unwrap();
                    out.write_all(b"%PDF-1.4").unwrap();
                }
                out.finish().unwrap().into_inner()
            },
            "no manifest",
        ),
    ];
    for (what, bytes, says) in cases {
        let file = dir.path().join("forged.zip");
        std::fs::write(&file, bytes).unwrap();
        let out = import(app, &file, "forged", &[]);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!out.status.success(), "{what}: imported");
        assert!(stderr.contains(says), "{what}: {stderr}");
        assert_eq!(everything(app).await, before, "{what}: something was written");
    }
    // The untouched archive imports (the cases failed for their reason alone).
    std::fs::write(dir.path().join("good.zip"), rezip(&good, false)).unwrap();
    let out = import(app, &dir.path().join("good.zip"), "forged", &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
