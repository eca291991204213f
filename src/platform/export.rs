//! A tenant's data, exported: one zip with
//! - `manifest.json`: the format and its version, the schema version (the
//!   newest migration), the tenant, the number of records per entity, and
//!   the SHA-256 of every other member;
//! - `data/<entity>.jsonl`: one JSON object per line for each record of every
//!   table that has a `tenant_id` column (the list comes from the database's
//!   catalogue, so a new table is exported without anyone remembering it),
//!   except live credentials and transient state ([`NOT_EXPORTED`]);
//! - `files/<path>`: every stored file of the tenant, under its key without
//!   the `t/<tenant>/` prefix (earlier exports left out).
//!
//! The same function serves `portico tenant export` and the export worker
//! ([`super::export_jobs`]) behind the operator's console, the platform API
//! and the vendor admin's own download (data portability).

use std::collections::BTreeMap;
use std::io::{Seek, Write};

use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;

use crate::db::{self, AnyConnection};
use crate::storage::store::{Key, Storage};
use crate::tenancy::model::Tenant;

pub const FORMAT: &str = "portico-tenant-export";
pub const FORMAT_VERSION: u32 = 1;

/// Tables never exported: sign-in sessions, one-time links, API tokens and
/// form keys (live credentials a copy must not carry), throttling counters, the
/// mail outbox and the webhook outbox (messages already sent, or due to be
/// sent by this portal), and the exports themselves.
pub const NOT_EXPORTED: &[&str] = &[
    "sessions",
    "form_keys",
    "sign_in_failures",
    "invitations",
    "password_resets",
    "mail_outbox",
    "export_jobs",
    "api_tokens",
    "webhook_deliveries",
    "webhook_messages",
];

/// Who an export is for. The operator's (CLI, console) moves a tenant whole,
/// to be imported elsewhere; the vendor admin's own copy leaves out what
/// would let its holder act as someone else ([`SECRETS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Operator,
    Portability,
}

/// Columns emptied in the vendor admin's copy: password hashes (cracked
/// offline they are people's passwords), the sign-in provider's secret and
/// the webhook endpoints' signing secrets, and the keys credentials are
/// signed with.
pub const SECRETS: &[(&str, &str)] = &[
    ("users", "password_hash"),
    ("identity_providers", "client_secret_enc"),
    ("webhook_endpoints", "secret"),
    ("webhook_endpoints", "previous_secret"),
    ("credential_keys", "private_key"),
];

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("database: {0}")]
    Db(#[from] diesel::result::Error),
    #[error("zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("write: {0}")]
    Io(#[from] std::io::Error),
    #[error("schema version: {0}")]
    Schema(String),
    #[error("storage: {0}")]
    Storage(String),
}

/// What an export held.
#[derive(Debug, Clone)]
pub struct Exported {
    pub records: BTreeMap<String, usize>,
    pub files: usize,
    pub bytes: u64,
}

/// Writes the export of `tenant` to `out`: the records as one consistent
/// view, then the stored files (read after it, so every file a record
/// names is there). Blocking: the command line and the export worker.
pub fn write<W: Write + Seek>(
    conn: &mut AnyConnection,
    storage: &Storage,
    tenant: &Tenant,
    purpose: Purpose,
    out: W,
) -> Result<Exported, ExportError> {
    let schema_version = db::migrations::applied(conn).map_err(|e| ExportError::Schema(e.to_string()))?.last().cloned().unwrap_or_default();
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(out);
    let mut members: BTreeMap<String, String> = BTreeMap::new();
    let mut records = BTreeMap::new();
    let mut bytes = 0u64;
    let mut add = |zip: &mut zip::ZipWriter<W>, name: String, body: &[u8]| -> Result<(), ExportError> {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(body)?;
        bytes += body.len() as u64;
        members.insert(name, hex::encode(Sha256::digest(body)));
        Ok(())
    };
    // One consistent view of every table: a record never points at one
    // written after its table was read.
    let tables = db::snapshot(conn, |conn| -> Result<Vec<(String, Vec<String>)>, ExportError> {
        let mut out = Vec::new();
        for table in db::tables_with_column(conn, "tenant_id")? {
            if !NOT_EXPORTED.contains(&table.as_str()) {
                let rows = db::rows_as_json(conn, &table, tenant.id)?;
                out.push((table, rows));
            }
        }
        Ok(out)
    })?;
    for (table, mut rows) in tables {
        let hidden: Vec<&str> = SECRETS.iter().filter(|(t, _)| purpose == Purpose::Portability && *t == table).map(|(_, c)| *c).collect();
        if !hidden.is_empty() {
            for row in &mut rows {
                if let Ok(serde_json::Value::Object(mut fields)) = serde_json::from_str::<serde_json::Value>(row) {
                    for column in &hidden {
                        if fields.contains_key(*column) {
                            fields.insert((*column).to_string(), serde_json::Value::Null);
                        }
                    }
                    *row = serde_json::Value::Object(fields).to_string();
                }
            }
        }
        let mut body = String::with_capacity(rows.iter().map(|r| r.len() + 1).sum());
        for row in &rows {
            body.push_str(row);
            body.push('\n');
        }
        records.insert(table.clone(), rows.len());
        add(&mut zip, format!("data/{table}.jsonl"), body.as_bytes())?;
    }
    let prefix = Key::tenant_prefix(tenant.id);
    let mut files = 0usize;
    for (text, _) in storage.list_blocking(&prefix).map_err(|e| ExportError::Storage(e.to_string()))? {
        let Some(key) = Key::in_tenant(tenant.id, &text).filter(|k| k.area() != "exports") else { continue };
        let Some(body) = storage.read_blocking(&key).map_err(|e| ExportError::Storage(e.to_string()))? else { continue };
        let path = text.strip_prefix(&prefix).unwrap_or(&text);
        add(&mut zip, format!("files/{path}"), &body)?;
        files += 1;
    }
    let manifest = serde_json::json!({
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": schema_version,
        "exported_at": db::now().and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "tenant": { "slug": tenant.slug, "name": tenant.name, "plan": tenant.plan, "status": tenant.status },
        "purpose": if purpose == Purpose::Operator { "operator" } else { "portability" },
        "counts": records,
        "files": files,
        "sha256": members,
    });
    let manifest = serde_json::to_vec_pretty(&manifest).map_err(std::io::Error::other)?;
    zip.start_file("manifest.json", options)?;
    zip.write_all(&manifest)?;
    zip.finish()?;
    Ok(Exported { records, files, bytes })
}
