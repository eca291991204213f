//! A tenant export ([`super::export`]) restored into a new tenant, on either
//! backend (`portico tenant import FILE --slug NEW`).
//!
//! Nothing is written until the whole archive has been checked. First its
//! directory, before anything is unpacked: every member name is one an
//! export writes (`manifest.json`, `data/<table>.jsonl` of a tenant-owned
//! table, `files/<area>/<name>` in the shape of a storage key; no `..`, no
//! absolute path, no name twice, no directory or symbolic link), and no member
//! unpacks past [`MAX_MEMBER_BYTES`] or [`MAX_RATIO`] times its packed size
//! (a zip bomb). Then the manifest: of our format and of a schema this
//! installation knows, listing exactly the members there are. Then every
//! member, as a stream: its SHA-256 and its count of records must be the
//! manifest's.
//!
//! Then, in one transaction: a tenant row with the new slug; every record,
//! tables in the order their foreign keys need, each under a fresh id (rows
//! keep their order), every reference translated — the foreign keys the
//! catalogue declares plus [`UNDECLARED`] — storage keys moved from
//! `t/<old>/` to `t/<new>/`, links inside notifications translated; the audit
//! log appended to the new tenant's chain, linked anew; the stored files put
//! under the new prefix (removed again if anything fails). The platform's
//! audit log records the import.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Read, Seek};

use bytes::Bytes;
use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::audit::{self, Actor, AuditRow, Entry};
use crate::db::{self, AnyConnection};
use crate::platform::export::{FORMAT, FORMAT_VERSION, NOT_EXPORTED};
use crate::platform::tenants::{self, ProvisionError};
use crate::storage::store::{Key, Storage};
use crate::tenancy::model::{self, NewTenant, Tenant, TenantStatus};
use crate::tenancy::plans;

/// References the schema does not declare as foreign keys (the row may
/// outlive what it points at): table, column, the table it points into.
/// A reference that no longer resolves is imported as empty.
pub const UNDECLARED: &[(&str, &str, &str)] = &[
    ("stored_files", "uploaded_by", "users"),
    ("assets", "created_by", "users"),
    ("asset_versions", "created_by", "users"),
    ("campaigns", "created_by", "users"),
    ("deal_events", "actor_user_id", "users"),
    ("asset_downloads", "organisation_id", "organisations"),
    ("asset_downloads", "user_id", "users"),
    ("asset_downloads", "campaign_id", "campaigns"),
    ("campaign_partners", "user_id", "users"),
    ("landing_submissions", "organisation_id", "organisations"),
    ("webhook_endpoints", "created_by", "users"),
    ("courses", "created_by", "users"),
    ("certificates", "revoked_by", "users"),
];

/// Columns whose names look like references but are not: an identity
/// provider's client id, a fluent message id, a deal's public id (kept, unless this database
/// has it already), and the audit log's own columns (translated by
/// [`AUDIT_TARGETS`]).
pub const NOT_REFERENCES: &[(&str, &str)] = &[
    ("identity_providers", "client_id"),
    ("string_overrides", "message_id"),
    ("deals", "public_id"),
    ("certificates", "public_id"),
    ("audit_log", "actor_id"),
    ("audit_log", "target_id"),
    ("audit_log", "request_id"),
];

/// Columns that hold a storage key of the tenant.
pub const KEY_COLUMNS: &[(&str, &str)] =
    &[("stored_files", "storage_key"), ("stored_files", "thumb_key"), ("tenant_settings", "logo_path")];

/// Paths inside notifications' links that carry a record's id: the prefix
/// and the table.
pub const LINKS: &[(&str, &str)] =
    &[("/assets/", "assets"), ("/campaigns/", "campaigns"), ("/training/courses/", "courses"), ("/certificates/", "certificates")];

/// The audit log's target types and the tables their ids are of (`deal`
/// targets carry the deal's public id; `tenant` the tenant's).
pub const AUDIT_TARGETS: &[(&str, &str)] = &[
    ("user", "users"),
    ("product", "products"),
    ("tier", "tiers"),
    ("organisation", "organisations"),
    ("identity_provider", "identity_providers"),
    ("campaign", "campaigns"),
    ("asset", "assets"),
    ("application", "partner_applications"),
    ("webhook_endpoint", "webhook_endpoints"),
    ("course", "courses"),
    ("certificate", "certificates"),
];

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("not a zip archive: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("reading the archive: {0}")]
    Io(#[from] std::io::Error),
    #[error("the archive has a member `{0}` that no export writes (only manifest.json, data/<table>.jsonl and files/<area>/<name>)")]
    UnsafeMember(String),
    #[error("the archive is too large to import: {0}")]
    TooLarge(String),
    #[error("the archive holds `{0}` twice")]
    DuplicateMember(String),
    #[error("the archive has no manifest.json: it is not a Portico tenant export")]
    NoManifest,
    #[error("manifest.json: {0}")]
    Manifest(String),
    #[error(
        "this export is for data portability (passwords and sign-in secrets left out); import an operator's export (`portico tenant export`)"
    )]
    Portability,
    #[error("the export is of schema {0}, which this Portico does not know; upgrade Portico first")]
    UnknownSchema(String),
    #[error("`{0}` does not match its SHA-256 in the manifest")]
    Checksum(String),
    #[error("the manifest lists `{0}`, which the archive does not hold")]
    MissingMember(String),
    #[error("`{0}` is not listed in the manifest")]
    Unlisted(String),
    #[error("{entity}: the manifest counts {expected} records, the archive holds {found}")]
    Count { entity: String, expected: usize, found: usize },
    #[error("`{0}` is not a table of a tenant's data here")]
    UnknownTable(String),
    #[error("data/{entity}.jsonl line {line}: {reason}")]
    Record { entity: String, line: usize, reason: String },
    #[error("the records belong to more than one tenant")]
    MixedTenants,
    #[error(transparent)]
    Provision(#[from] ProvisionError),
    #[error("database: {0}")]
    Db(#[from] diesel::result::Error),
    #[error("storage: {0}")]
    Storage(String),
}

/// What an import made.
#[derive(Debug, Clone)]
pub struct Imported {
    pub tenant: Tenant,
    pub records: BTreeMap<String, usize>,
    pub files: usize,
}

#[derive(Debug, serde::Deserialize)]
struct Manifest {
    format: String,
    format_version: u32,
    schema_version: String,
    tenant: ManifestTenant,
    purpose: String,
    counts: BTreeMap<String, usize>,
    files: usize,
    sha256: BTreeMap<String, String>,
}

#[derive(Debug, serde::Deserialize)]
struct ManifestTenant {
    slug: String,
    name: String,
    plan: String,
    status: String,
}

enum MemberKind {
    Manifest,
    Data(String),
    File(String),
}

/// What a member's name says it is, or `None` for a name no export writes.
fn member_kind(name: &str) -> Option<MemberKind> {
    if name == "manifest.json" {
        return Some(MemberKind::Manifest);
    }
    if let Some(table) = name.strip_prefix("data/").and_then(|n| n.strip_suffix(".jsonl")) {
        let ok = !table.is_empty() && table.len() <= 63 && table.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        return ok.then(|| MemberKind::Data(table.to_string()));
    }
    let path = name.strip_prefix("files/")?;
    // The same shape as a stored key, checked by the same rule.
    Key::in_tenant(0, &format!("t/0/{path}")).filter(|k| k.area() != "exports").map(|_| MemberKind::File(path.to_string()))
}

/// An archive that passed every check, before anything is written.
pub struct Checked<R> {
    archive: zip::ZipArchive<R>,
    manifest: Manifest,
    /// `files/…` members: path → SHA-256.
    files: BTreeMap<String, String>,
    manifest_sha256: String,
}

impl<R: Read + Seek> Checked<R> {
    /// The source tenant's slug, as the manifest names it.
    pub fn source_slug(&self) -> &str {
        &self.manifest.tenant.slug
    }

    fn read(&mut self, name: &str) -> Result<Vec<u8>, ImportError> {
        let mut member = self.archive.by_name(name)?;
        let mut body = Vec::with_capacity(usize::try_from(member.size()).unwrap_or(0).min(64 << 20));
        member.read_to_end(&mut body)?;
        Ok(body)
    }
}

/// At most this many members (an export has one per entity and per stored file).
pub const MAX_MEMBERS: usize = 250_000;
/// The largest member, unpacked (a data member is read whole into memory).
pub const MAX_MEMBER_BYTES: u64 = 1 << 30;
/// The whole archive, unpacked.
pub const MAX_TOTAL_BYTES: u64 = 32 << 30;
/// A member larger than 1 MiB that unpacks to more than this many times its
/// packed size is refused: JSON Lines pack about 10:1, a zip bomb 1000:1.
pub const MAX_RATIO: u64 = 200;
const MAX_MANIFEST_BYTES: u64 = 16 << 20;

/// Checks an archive completely: first its directory alone (names, kinds,
/// sizes, packing ratios; nothing unpacked), then the manifest, then every
/// member against its SHA-256 and count.
pub fn check<R: Read + Seek>(conn: &mut AnyConnection, reader: R) -> Result<Checked<R>, ImportError> {
    let mut archive = zip::ZipArchive::new(reader)?;
    if archive.len() > MAX_MEMBERS {
        return Err(ImportError::TooLarge(format!("{} members (at most {MAX_MEMBERS})", archive.len())));
    }
    // 1. The directory: what each member says it is, before unpacking any.
    let mut seen: HashSet<String> = HashSet::new();
    let mut listed: Vec<(usize, String, MemberKind, u64)> = Vec::with_capacity(archive.len());
    let mut manifest_at = None;
    let mut total = 0u64;
    for index in 0..archive.len() {
        let member = archive.by_index_raw(index)?;
        let name = std::str::from_utf8(member.name_raw())
            .map_err(|_| ImportError::UnsafeMember(String::from_utf8_lossy(member.name_raw()).into()))?
            .to_string();
        let kind = member_kind(&name)
            .filter(|_| !member.is_dir() && !member.is_symlink())
            .ok_or_else(|| ImportError::UnsafeMember(name.clone()))?;
        if !seen.insert(name.clone()) {
            return Err(ImportError::DuplicateMember(name));
        }
        let (size, packed) = (member.size(), member.compressed_size());
        let cap = if matches!(kind, MemberKind::Manifest) { MAX_MANIFEST_BYTES } else { MAX_MEMBER_BYTES };
        if size > cap || (size > 1 << 20 && size / packed.max(1) > MAX_RATIO) {
            return Err(ImportError::TooLarge(format!("`{name}` unpacks to {size} bytes from {packed}")));
        }
        total += size;
        if total > MAX_TOTAL_BYTES {
            return Err(ImportError::TooLarge(format!("the members unpack to more than {MAX_TOTAL_BYTES} bytes")));
        }
        if matches!(kind, MemberKind::Manifest) {
            manifest_at = Some(index);
        }
        listed.push((index, name, kind, size));
    }
    // 2. The manifest: ours, of a schema known here, naming every member.
    let manifest_at = manifest_at.ok_or(ImportError::NoManifest)?;
    let (body, manifest_sha256, _) = unpack(&mut archive, manifest_at, MAX_MANIFEST_BYTES, true)?;
    let manifest: Manifest = serde_json::from_slice(&body).map_err(|e| ImportError::Manifest(e.to_string()))?;
    if manifest.format != FORMAT {
        return Err(ImportError::Manifest(format!("the format is `{}`, not `{FORMAT}`", manifest.format)));
    }
    if manifest.format_version != FORMAT_VERSION {
        return Err(ImportError::Manifest(format!("format version {} is not {FORMAT_VERSION}", manifest.format_version)));
    }
    if manifest.purpose != "operator" {
        return Err(ImportError::Portability);
    }
    let known = db::migrations::applied(conn).map_err(|e| ImportError::Manifest(e.to_string()))?;
    if !known.contains(&manifest.schema_version) {
        return Err(ImportError::UnknownSchema(manifest.schema_version.clone()));
    }
    if let Some(missing) = manifest.sha256.keys().find(|n| !seen.contains(*n)) {
        return Err(ImportError::MissingMember(missing.clone()));
    }
    if let Some((_, extra, _, _)) =
        listed.iter().find(|(_, n, k, _)| !matches!(k, MemberKind::Manifest) && !manifest.sha256.contains_key(n))
    {
        return Err(ImportError::Unlisted(extra.clone()));
    }
    let importable: HashSet<String> = importable_tables(conn)?.into_iter().collect();
    let mut lines: BTreeMap<String, usize> = BTreeMap::new();
    let mut files = BTreeMap::new();
    for (_, _, kind, _) in &listed {
        match kind {
            MemberKind::Data(table) if !importable.contains(table) => return Err(ImportError::UnknownTable(table.clone())),
            MemberKind::Data(table) if !manifest.counts.contains_key(table) => {
                return Err(ImportError::Unlisted(format!("data/{table}.jsonl")));
            }
            MemberKind::Data(table) => {
                lines.insert(table.clone(), 0);
            }
            _ => {}
        }
    }
    if let Some(entity) = manifest.counts.keys().find(|e| !lines.contains_key(*e)) {
        return Err(ImportError::MissingMember(format!("data/{entity}.jsonl")));
    }
    // 3. Every member, unpacked as a stream: its SHA-256 and its records.
    for (index, name, kind, size) in &listed {
        if matches!(kind, MemberKind::Manifest) {
            continue;
        }
        let (_, sum, newlines) = unpack(&mut archive, *index, *size, false)?;
        if manifest.sha256.get(name) != Some(&sum) {
            return Err(ImportError::Checksum(name.clone()));
        }
        match kind {
            MemberKind::Data(table) => {
                let expected = manifest.counts.get(table).copied().unwrap_or_default();
                if expected != newlines {
                    return Err(ImportError::Count { entity: table.clone(), expected, found: newlines });
                }
            }
            MemberKind::File(path) => {
                files.insert(path.clone(), sum);
            }
            MemberKind::Manifest => {}
        }
    }
    if manifest.files != files.len() {
        return Err(ImportError::Count { entity: "files".into(), expected: manifest.files, found: files.len() });
    }
    Ok(Checked { archive, manifest, files, manifest_sha256 })
}

/// Unpacks one member as a stream, never past `limit` bytes: its SHA-256,
/// its line count, and (with `keep`) its bytes.
fn unpack<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    index: usize,
    limit: u64,
    keep: bool,
) -> Result<(Vec<u8>, String, usize), ImportError> {
    let member = archive.by_index(index)?;
    let name = member.name().map(|n| n.to_string()).unwrap_or_default();
    let mut reader = member.take(limit + 1);
    let mut hasher = Sha256::new();
    let (mut read, mut newlines) = (0u64, 0usize);
    let mut kept = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        read += n as u64;
        if read > limit {
            return Err(ImportError::TooLarge(format!("`{name}` unpacks to more than it says")));
        }
        hasher.update(&buf[..n]);
        newlines += buf[..n].iter().filter(|b| **b == b'\n').count();
        if keep {
            kept.extend_from_slice(&buf[..n]);
        }
    }
    Ok((kept, hex::encode(hasher.finalize()), newlines))
}

/// The tables an export carries and an import writes: those with a
/// `tenant_id` column, but the credentials and transient state.
fn importable_tables(conn: &mut AnyConnection) -> Result<Vec<String>, ImportError> {
    Ok(db::tables_with_column(conn, "tenant_id")?.into_iter().filter(|t| !NOT_EXPORTED.contains(&t.as_str())).collect())
}

/// (table, column) → (the table it points into, declared as a foreign key).
type References = HashMap<(String, String), (String, bool)>;

/// Every reference column of the importable tables and the table it points
/// into: the declared foreign keys and [`UNDECLARED`]. `true`: declared.
fn references(conn: &mut AnyConnection, tables: &[String]) -> Result<References, ImportError> {
    let mut out = HashMap::new();
    for table in tables {
        for (column, target) in db::foreign_keys(conn, table)? {
            if column != "tenant_id" {
                out.insert((table.clone(), column), (target, true));
            }
        }
    }
    for (table, column, target) in UNDECLARED {
        out.insert((table.to_string(), column.to_string()), (target.to_string(), false));
    }
    Ok(out)
}

/// Columns of the importable tables that are named like a reference
/// (`…_id`, `…_by`) but neither a known reference nor listed in
/// [`NOT_REFERENCES`]: a new column the import would copy untranslated.
/// The test suite insists this is empty.
pub fn unmapped_columns(conn: &mut AnyConnection) -> Result<Vec<(String, String)>, ImportError> {
    let tables = importable_tables(conn)?;
    let refs = references(conn, &tables)?;
    let mut out = Vec::new();
    for table in &tables {
        for (column, _) in db::columns(conn, table)? {
            let looks_like = column.ends_with("_id") || column.ends_with("_by");
            let known = column == "tenant_id"
                || refs.contains_key(&(table.clone(), column.clone()))
                || NOT_REFERENCES.contains(&(table.as_str(), column.as_str()));
            if looks_like && !known {
                out.push((table.clone(), column));
            }
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Big,
    Text,
    Timestamp,
    Date,
}

fn kind_of(declared: &str) -> Option<Kind> {
    match declared {
        "integer" => Some(Kind::Int),
        "bigint" => Some(Kind::Big),
        "text" => Some(Kind::Text),
        "date" => Some(Kind::Date),
        k if k.starts_with("timestamp") => Some(Kind::Timestamp),
        _ => None,
    }
}

#[derive(Debug, Clone)]
enum Cell {
    Null(Kind),
    Int(i64),
    Text(String),
    Timestamp(NaiveDateTime),
    Date(NaiveDate),
}

/// A JSON value of the export as a value of a column of `kind`.
fn cell(kind: Kind, value: &Value) -> Result<Cell, String> {
    Ok(match (kind, value) {
        (k, Value::Null) => Cell::Null(k),
        (Kind::Int | Kind::Big, Value::Number(n)) => Cell::Int(n.as_i64().ok_or("not an integer")?),
        (Kind::Int | Kind::Big, Value::Bool(b)) => Cell::Int(i64::from(*b)),
        (Kind::Text, Value::String(s)) => Cell::Text(s.clone()),
        (Kind::Text, Value::Number(n)) => Cell::Text(n.to_string()),
        (Kind::Timestamp, Value::String(s)) => Cell::Timestamp(parse_timestamp(s).ok_or_else(|| format!("`{s}` is not a timestamp"))?),
        (Kind::Date, Value::String(s)) => Cell::Date(NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date"))?),
        (_, other) => return Err(format!("{other} is not a value of this column")),
    })
}

fn parse_timestamp(s: &str) -> Option<NaiveDateTime> {
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

macro_rules! bind_cells {
    ($query:expr, $cells:expr) => {{
        use diesel::sql_types::{BigInt, Date, Nullable, Text, Timestamp};
        let mut query = $query;
        for cell in $cells {
            query = match cell {
                Cell::Null(Kind::Int | Kind::Big) => query.bind::<Nullable<BigInt>, _>(None::<i64>),
                Cell::Null(Kind::Text) => query.bind::<Nullable<Text>, _>(None::<String>),
                Cell::Null(Kind::Timestamp) => query.bind::<Nullable<Timestamp>, _>(None::<NaiveDateTime>),
                Cell::Null(Kind::Date) => query.bind::<Nullable<Date>, _>(None::<NaiveDate>),
                Cell::Int(v) => query.bind::<BigInt, _>(v),
                Cell::Text(v) => query.bind::<Text, _>(v),
                Cell::Timestamp(v) => query.bind::<Timestamp, _>(v),
                Cell::Date(v) => query.bind::<Date, _>(v),
            };
        }
        query
    }};
}

/// Runs one statement with `cells` bound in order (`kinds`: the columns'
/// kinds, repeated row after row): `?` placeholders on SQLite, `$n` on
/// PostgreSQL (written by [`placeholders`]).
fn execute(conn: &mut AnyConnection, sql: &str, cells: Vec<Cell>, kinds: &[Kind]) -> Result<usize, diesel::result::Error> {
    use diesel::RunQueryDsl;
    match conn {
        AnyConnection::Sqlite(c) => bind_cells!(diesel::sql_query(sql).into_boxed::<diesel::sqlite::Sqlite>(), cells).execute(c),
        AnyConnection::Postgres(c) => {
            use diesel::sql_types::{Integer, Nullable};
            let mut q = diesel::sql_query(sql).into_boxed::<diesel::pg::Pg>();
            // PostgreSQL's INTEGER is 32 bits: such columns take an i32.
            for (cell, kind) in cells.into_iter().zip(kinds.iter().cycle()) {
                q = match (cell, kind) {
                    (Cell::Int(v), Kind::Int) => q.bind::<Integer, _>(i32::try_from(v).map_err(|_| out_of_range())?),
                    (Cell::Null(_), Kind::Int) => q.bind::<Nullable<Integer>, _>(None::<i32>),
                    (other, _) => bind_cells!(q, [other]),
                };
            }
            q.execute(c)
        }
    }
}

fn out_of_range() -> diesel::result::Error {
    diesel::result::Error::SerializationError("an integer out of range for its column".into())
}

/// `(p1, p2, …), (…)` for `rows` rows of `width` values.
fn placeholders(conn: &AnyConnection, rows: usize, width: usize) -> String {
    let pg = matches!(conn, AnyConnection::Postgres(_));
    let mut out = String::with_capacity(rows * width * 4);
    let mut n = 0;
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        out.push('(');
        for c in 0..width {
            if c > 0 {
                out.push_str(", ");
            }
            n += 1;
            if pg {
                out.push('$');
                out.push_str(&n.to_string());
            } else {
                out.push('?');
            }
        }
        out.push(')');
    }
    out
}

fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `count` fresh ids of `table`, ascending: taken from the sequence on
/// PostgreSQL (safe beside other writers), after the largest id on SQLite
/// (whose write lock this transaction holds).
fn fresh_ids(conn: &mut AnyConnection, table: &str, count: usize) -> Result<Vec<i64>, diesel::result::Error> {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Id {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    if count == 0 {
        return Ok(Vec::new());
    }
    let mut ids: Vec<i64> = match conn {
        AnyConnection::Sqlite(c) => {
            let max: Vec<Id> = diesel::sql_query(format!("SELECT COALESCE(MAX(id), 0) AS n FROM {}", ident(table))).load(c)?;
            let base = max.first().map_or(0, |m| m.n);
            (1..=count as i64).map(|i| base + i).collect()
        }
        AnyConnection::Postgres(c) => {
            let rows: Vec<Id> = diesel::sql_query("SELECT nextval(pg_get_serial_sequence($1, 'id')) AS n FROM generate_series(1, $2)")
                .bind::<diesel::sql_types::Text, _>(table)
                .bind::<diesel::sql_types::BigInt, _>(count as i64)
                .load(c)?;
            rows.into_iter().map(|r| r.n).collect()
        }
    };
    ids.sort_unstable();
    Ok(ids)
}

/// The order to load tables in: each after the tables its declared foreign
/// keys point into, where the graph allows (a cycle is broken at the oldest
/// table; its forward references are filled in afterwards).
fn load_order(tables: &[String], refs: &References) -> Vec<String> {
    let present: HashSet<&str> = tables.iter().map(String::as_str).collect();
    let needs = |t: &str| -> HashSet<String> {
        refs.iter()
            .filter(|((table, _), (target, declared))| *declared && table == t && target != t && present.contains(target.as_str()))
            .map(|(_, (target, _))| target.clone())
            .collect()
    };
    let mut done: Vec<String> = Vec::new();
    let mut left: Vec<String> = tables.to_vec();
    while !left.is_empty() {
        let next = left.iter().position(|t| needs(t).iter().all(|n| done.contains(n))).unwrap_or(0);
        done.push(left.remove(next));
    }
    done
}

/// Translated ids: table → old id → new id.
#[derive(Default)]
struct Ids(HashMap<String, HashMap<i64, i64>>);

impl Ids {
    fn get(&self, table: &str, old: i64) -> Option<i64> {
        self.0.get(table).and_then(|m| m.get(&old)).copied()
    }
}

/// A reference to fill in once its table is loaded.
struct Later {
    table: String,
    column: String,
    row_id: i64,
    target: String,
    old: i64,
    declared: bool,
    line: usize,
}

/// Imports a checked archive as the tenant `slug` (named `name`, or as the
/// export says), with its files in `storage`.
pub fn import<R: Read + Seek>(
    conn: &mut AnyConnection,
    storage: &Storage,
    actor: &Actor,
    mut checked: Checked<R>,
    slug: &str,
    name: Option<&str>,
) -> Result<Imported, ImportError> {
    let slug = tenants::validate_slug(slug)?;
    let name = tenants::validate_name(name.unwrap_or(&checked.manifest.tenant.name))?;
    let tables = importable_tables(conn)?;
    let refs = references(conn, &tables)?;
    let present: Vec<String> = tables.iter().filter(|t| checked.manifest.counts.contains_key(*t) && *t != "audit_log").cloned().collect();
    let order = load_order(&present, &refs);
    let mut put: Vec<Key> = Vec::new();
    let result = db::transaction(conn, |conn| -> Result<Imported, ImportError> {
        if model::find_by_slug(conn, &slug)?.is_some() {
            return Err(ProvisionError::SlugTaken(slug.clone()).into());
        }
        let plan = checked.manifest.tenant.plan.clone();
        if plans::find(conn, &plan)?.is_none() {
            return Err(ProvisionError::NoSuchPlan(plan).into());
        }
        let status =
            if checked.manifest.tenant.status == TenantStatus::Suspended.as_str() { TenantStatus::Suspended } else { TenantStatus::Active };
        let now = db::now();
        let tenant = model::insert_tenant(
            conn,
            &NewTenant { slug: &slug, name: &name, status: status.as_str(), plan: &plan, created_at: now, updated_at: now },
        )
        .map_err(|e| if db::is_unique_violation(&e) { ImportError::from(ProvisionError::SlugTaken(slug.clone())) } else { e.into() })?;
        let mut loader =
            Loader { new_tenant: tenant.id, old_tenant: None, ids: Ids::default(), public_ids: HashMap::new(), later: Vec::new() };
        let mut records = BTreeMap::new();
        for table in &order {
            let body = checked.read(&format!("data/{table}.jsonl"))?;
            let n = loader.load(conn, table, &body, &refs, &checked.files)?;
            records.insert(table.clone(), n);
        }
        loader.fill_in(conn)?;
        if checked.manifest.counts.contains_key("audit_log") {
            let body = checked.read("data/audit_log.jsonl")?;
            records.insert("audit_log".to_string(), loader.audit(conn, &tenant, &body)?);
        }
        for (path, _) in checked.files.clone() {
            let body = checked.read(&format!("files/{path}"))?;
            let key = Key::in_tenant(tenant.id, &format!("{}{path}", Key::tenant_prefix(tenant.id)))
                .ok_or_else(|| ImportError::UnsafeMember(format!("files/{path}")))?;
            storage.put_blocking(&key, Bytes::from(body)).map_err(|e| ImportError::Storage(e.to_string()))?;
            put.push(key);
        }
        let changes = serde_json::json!({
            "slug": tenant.slug,
            "source_slug": checked.manifest.tenant.slug,
            "records": records.values().sum::<usize>(),
            "files": checked.files.len(),
            "manifest_sha256": checked.manifest_sha256,
        });
        audit::record_platform(conn, actor, &Entry::new("tenant.imported", "tenant", tenant.id).changes(changes))?;
        Ok(Imported { tenant, records, files: checked.files.len() })
    });
    if result.is_err() {
        for key in &put {
            if let Err(e) = storage.delete_blocking(key) {
                tracing::warn!(key = key.as_str(), error = %e, "import: a file put before the failure stays");
            }
        }
    }
    result
}

struct Loader {
    new_tenant: i64,
    old_tenant: Option<i64>,
    ids: Ids,
    /// Deals' public ids this database had already: old → new.
    public_ids: HashMap<String, String>,
    later: Vec<Later>,
}

impl Loader {
    fn record_error(entity: &str, line: usize, reason: impl Into<String>) -> ImportError {
        ImportError::Record { entity: entity.to_string(), line, reason: reason.into() }
    }

    /// Loads one table's records; returns how many.
    fn load(
        &mut self,
        conn: &mut AnyConnection,
        table: &str,
        body: &[u8],
        refs: &References,
        files: &BTreeMap<String, String>,
    ) -> Result<usize, ImportError> {
        let columns: Vec<(String, Kind)> = db::columns(conn, table)?
            .into_iter()
            .map(|(name, decl)| {
                kind_of(&decl)
                    .map(|k| (name.clone(), k))
                    .ok_or_else(|| Self::record_error(table, 0, format!("column {name} has the type {decl}, which an import cannot write")))
            })
            .collect::<Result<_, _>>()?;
        let known: HashMap<&str, Kind> = columns.iter().map(|(n, k)| (n.as_str(), *k)).collect();
        let text = std::str::from_utf8(body).map_err(|_| Self::record_error(table, 0, "not UTF-8"))?;
        let mut rows: Vec<(usize, Map<String, Value>)> = Vec::new();
        for (index, line) in text.lines().enumerate() {
            match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(map)) => rows.push((index + 1, map)),
                _ => return Err(Self::record_error(table, index + 1, "not a JSON object")),
            }
        }
        let Some((_, first)) = rows.first() else { return Ok(0) };
        let used: Vec<(String, Kind)> = columns.iter().filter(|(n, _)| first.contains_key(n)).cloned().collect();
        let has_id = known.get("id").is_some_and(|k| matches!(k, Kind::Int | Kind::Big)) && first.contains_key("id");
        for (line, row) in &rows {
            if let Some(unknown) = row.keys().find(|k| !known.contains_key(k.as_str())) {
                return Err(Self::record_error(table, *line, format!("there is no column {unknown} here")));
            }
            if row.len() != used.len() {
                return Err(Self::record_error(table, *line, "the record's columns differ from the first record's"));
            }
            let tenant = row.get("tenant_id").and_then(Value::as_i64).ok_or_else(|| Self::record_error(table, *line, "no tenant_id"))?;
            if *self.old_tenant.get_or_insert(tenant) != tenant {
                return Err(ImportError::MixedTenants);
            }
        }
        let old_tenant = self.old_tenant.unwrap_or_default();
        if has_id {
            rows.sort_by_key(|(_, r)| r.get("id").and_then(Value::as_i64).unwrap_or(i64::MIN));
            let fresh = fresh_ids(conn, table, rows.len())?;
            let map = self.ids.0.entry(table.to_string()).or_default();
            for ((line, row), new) in rows.iter().zip(fresh) {
                let old =
                    row.get("id").and_then(Value::as_i64).ok_or_else(|| Self::record_error(table, *line, "the id is not an integer"))?;
                if map.insert(old, new).is_some() {
                    return Err(Self::record_error(table, *line, format!("the id {old} appears twice")));
                }
            }
        }
        if table == "deals" {
            self.fresh_public_ids(conn, &rows)?;
        }
        if table == "stored_files" {
            // A file record's checksum must be its file's.
            for (line, row) in &rows {
                let path = row.get("storage_key").and_then(Value::as_str).and_then(|k| k.strip_prefix(&Key::tenant_prefix(old_tenant)));
                let sum = path.and_then(|p| files.get(p));
                if sum.is_none() || row.get("sha256").and_then(Value::as_str) != sum.map(String::as_str) {
                    return Err(Self::record_error(table, *line, "the file's SHA-256 is not the record's"));
                }
            }
        }
        let kinds: Vec<Kind> = used.iter().map(|(_, k)| *k).collect();
        let sql_head =
            format!("INSERT INTO {} ({}) VALUES ", ident(table), used.iter().map(|(n, _)| ident(n)).collect::<Vec<_>>().join(", "));
        let per_batch = (30_000 / used.len().max(1)).clamp(1, 500);
        for batch in rows.chunks(per_batch) {
            let mut cells = Vec::with_capacity(batch.len() * used.len());
            for (line, row) in batch {
                let line = *line;
                let row_id = if has_id { row.get("id").and_then(Value::as_i64).and_then(|old| self.ids.get(table, old)) } else { None };
                for (column, kind) in &used {
                    let value = &row[column.as_str()];
                    let translated = self.translate(table, column, *kind, value, row_id, line, old_tenant, refs, files)?;
                    cells.push(translated);
                }
            }
            let sql = format!("{sql_head}{}", placeholders(conn, batch.len(), used.len()));
            execute(conn, &sql, cells, &kinds).map_err(|e| match e {
                diesel::result::Error::DatabaseError(..) => Self::record_error(table, batch.first().map_or(0, |b| b.0), e.to_string()),
                other => other.into(),
            })?;
        }
        Ok(rows.len())
    }

    /// A cell of a record, with its references translated.
    #[allow(clippy::too_many_arguments)]
    fn translate(
        &mut self,
        table: &str,
        column: &str,
        kind: Kind,
        value: &Value,
        row_id: Option<i64>,
        line: usize,
        old_tenant: i64,
        refs: &References,
        files: &BTreeMap<String, String>,
    ) -> Result<Cell, ImportError> {
        let err = |reason: String| Self::record_error(table, line, format!("{column}: {reason}"));
        if column == "tenant_id" {
            return Ok(Cell::Int(self.new_tenant));
        }
        if column == "id" && row_id.is_some() {
            return Ok(Cell::Int(row_id.unwrap_or_default()));
        }
        if let Some((target, declared)) = refs.get(&(table.to_string(), column.to_string())) {
            let Some(old) = value.as_i64() else {
                return if value.is_null() { Ok(Cell::Null(kind)) } else { Err(err(format!("{value} is not an id"))) };
            };
            if let Some(new) = self.ids.get(target, old) {
                return Ok(Cell::Int(new));
            }
            if !self.ids.0.contains_key(target) || target == table {
                // Its table comes later (or is this one): filled in afterwards.
                let row_id = row_id.ok_or_else(|| err(format!("refers to {target}, which is loaded later")))?;
                self.later.push(Later {
                    table: table.into(),
                    column: column.into(),
                    row_id,
                    target: target.clone(),
                    old,
                    declared: *declared,
                    line,
                });
                return Ok(Cell::Null(kind));
            }
            return if *declared { Err(err(format!("{old} refers to no record of {target}"))) } else { Ok(Cell::Null(kind)) };
        }
        if KEY_COLUMNS.contains(&(table, column)) {
            let Some(text) = value.as_str() else {
                return if value.is_null() { Ok(Cell::Null(kind)) } else { Err(err(format!("{value} is not a storage key"))) };
            };
            let path = Key::in_tenant(old_tenant, text)
                .and_then(|k| k.as_str().strip_prefix(&Key::tenant_prefix(old_tenant)).map(str::to_string))
                .ok_or_else(|| err(format!("`{text}` is not a storage key of this tenant")))?;
            if !files.contains_key(&path) {
                return Err(err(format!("the file `{path}` is not in the archive")));
            }
            return Ok(Cell::Text(format!("{}{path}", Key::tenant_prefix(self.new_tenant))));
        }
        if table == "deals"
            && column == "public_id"
            && let Some(old) = value.as_str()
            && let Some(new) = self.public_ids.get(old)
        {
            return Ok(Cell::Text(new.clone()));
        }
        if table == "notifications"
            && column == "link"
            && let Some(link) = value.as_str()
        {
            return Ok(Cell::Text(self.link(link)));
        }
        cell(kind, value).map_err(err)
    }

    /// A notification's link with the id inside it translated.
    fn link(&self, link: &str) -> String {
        for (prefix, table) in LINKS {
            if let Some(rest) = link.strip_prefix(prefix) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if let Ok(old) = digits.parse::<i64>()
                    && let Some(new) = self.ids.get(table, old)
                {
                    return format!("{prefix}{new}{}", &rest[digits.len()..]);
                }
            }
        }
        if let Some(rest) = link.strip_prefix("/deals/") {
            let id: String = rest.chars().take_while(char::is_ascii_alphanumeric).collect();
            if let Some(new) = self.public_ids.get(&id) {
                return format!("/deals/{new}{}", &rest[id.len()..]);
            }
        }
        link.to_string()
    }

    /// Deals keep their public ids (people's bookmarks), unless this
    /// database has them already (a tenant copied within one installation).
    fn fresh_public_ids(&mut self, conn: &mut AnyConnection, rows: &[(usize, Map<String, Value>)]) -> Result<(), ImportError> {
        use crate::db::schema::deals;
        use diesel::prelude::*;
        let all: Vec<String> = rows.iter().filter_map(|(_, r)| r.get("public_id").and_then(Value::as_str).map(str::to_string)).collect();
        for chunk in all.chunks(500) {
            let taken: Vec<String> = deals::table.filter(deals::public_id.eq_any(chunk)).select(deals::public_id).load(conn)?;
            for old in taken {
                self.public_ids.insert(old, uuid::Uuid::new_v4().simple().to_string());
            }
        }
        Ok(())
    }

    /// Fills in the references to tables loaded after the row's own.
    fn fill_in(&mut self, conn: &mut AnyConnection) -> Result<(), ImportError> {
        for later in std::mem::take(&mut self.later) {
            let new = match self.ids.get(&later.target, later.old) {
                Some(new) => new,
                None if !later.declared => continue,
                None => {
                    return Err(Self::record_error(
                        &later.table,
                        later.line,
                        format!("{}: {} refers to no record of {}", later.column, later.old, later.target),
                    ));
                }
            };
            let p = placeholders(conn, 1, 2);
            let (a, b) = p.trim_matches(|c| c == '(' || c == ')').split_once(", ").unwrap_or(("?", "?"));
            let sql = format!("UPDATE {} SET {} = {a} WHERE id = {b}", ident(&later.table), ident(&later.column));
            execute(conn, &sql, vec![Cell::Int(new), Cell::Int(later.row_id)], &[Kind::Big, Kind::Big])?;
        }
        Ok(())
    }

    /// Appends the exported audit log to the new tenant's chain.
    fn audit(&self, conn: &mut AnyConnection, tenant: &Tenant, body: &[u8]) -> Result<usize, ImportError> {
        let text = std::str::from_utf8(body).map_err(|_| Self::record_error("audit_log", 0, "not UTF-8"))?;
        let mut rows: Vec<(i64, AuditRow)> = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let err = |reason: &str| Self::record_error("audit_log", index + 1, reason);
            let row: Value = serde_json::from_str(line).map_err(|_| err("not a JSON object"))?;
            let field = |name: &str| row.get(name).and_then(Value::as_str).map(str::to_string).ok_or_else(|| err(&format!("no {name}")));
            if row.get("tenant_id").and_then(Value::as_i64) != self.old_tenant.or_else(|| row.get("tenant_id").and_then(Value::as_i64)) {
                return Err(ImportError::MixedTenants);
            }
            let actor_kind = field("actor_kind")?;
            let actor_id = row.get("actor_id").and_then(Value::as_i64);
            let actor_id = if actor_kind == "user" { actor_id.and_then(|old| self.ids.get("users", old)) } else { actor_id };
            let target_type = field("target_type")?;
            let target_id = self.audit_target(&target_type, &field("target_id")?, tenant.id);
            let created_at = parse_timestamp(&field("created_at")?).ok_or_else(|| err("created_at is not a timestamp"))?;
            let old_id = row.get("id").and_then(Value::as_i64).unwrap_or(index as i64);
            rows.push((
                old_id,
                AuditRow {
                    id: 0,
                    tenant_id: Some(tenant.id),
                    actor_kind,
                    actor_id,
                    actor_label: field("actor_label")?,
                    action: field("action")?,
                    target_type,
                    target_id,
                    changes: field("changes")?,
                    client_address: field("client_address")?,
                    user_agent: field("user_agent")?,
                    request_id: field("request_id")?,
                    created_at,
                    prev_hash: String::new(),
                    row_hash: String::new(),
                },
            ));
        }
        rows.sort_by_key(|(id, _)| *id);
        let scope = tenant.scope().map_err(|_| diesel::result::Error::NotFound)?;
        Ok(audit::append_copied(conn, &scope, rows.into_iter().map(|(_, r)| r).collect())?)
    }

    fn audit_target(&self, target_type: &str, target_id: &str, new_tenant: i64) -> String {
        if target_type == "tenant" {
            return new_tenant.to_string();
        }
        if target_type == "deal" {
            return self.public_ids.get(target_id).cloned().unwrap_or_else(|| target_id.to_string());
        }
        AUDIT_TARGETS
            .iter()
            .find(|(t, _)| *t == target_type)
            .and_then(|(_, table)| target_id.parse::<i64>().ok().and_then(|old| self.ids.get(table, old)))
            .map_or_else(|| target_id.to_string(), |new| new.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_names_an_export_writes_are_members() {
        assert!(matches!(member_kind("manifest.json"), Some(MemberKind::Manifest)));
        assert!(matches!(member_kind("data/deals.jsonl"), Some(MemberKind::Data(t)) if t == "deals"));
        assert!(matches!(member_kind("files/assets/0a1b.pdf"), Some(MemberKind::File(p)) if p == "assets/0a1b.pdf"));
        for bad in [
            "../manifest.json",
            "data/../../etc/passwd.jsonl",
            "data/Deals.jsonl",
            "data/.jsonl",
            "files/../t/2/assets/x.pdf",
            "files/assets/../../x.pdf",
            "files//etc/passwd",
            "/etc/passwd",
            "files/assets/a/b.pdf",
            "files/other/x.pdf",
            "files\\assets\\x.pdf",
            "notes.txt",
        ] {
            assert!(member_kind(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn tables_load_after_what_they_point_into() {
        let tables: Vec<String> = ["users", "organisations", "tiers", "deals"].iter().map(|s| s.to_string()).collect();
        let mut refs = HashMap::new();
        refs.insert(("users".to_string(), "organisation_id".to_string()), ("organisations".to_string(), true));
        refs.insert(("organisations".to_string(), "tier_id".to_string()), ("tiers".to_string(), true));
        refs.insert(("deals".to_string(), "submitted_by".to_string()), ("users".to_string(), true));
        refs.insert(("tiers".to_string(), "created_by".to_string()), ("users".to_string(), false));
        assert_eq!(load_order(&tables, &refs), ["tiers", "organisations", "users", "deals"]);
    }

    #[test]
    fn exported_values_read_back_on_either_backend() {
        assert!(matches!(cell(Kind::Timestamp, &Value::from("2026-12-03T10:00:00.123456")), Ok(Cell::Timestamp(_))));
        assert!(matches!(cell(Kind::Timestamp, &Value::from("2026-12-03 10:00:00")), Ok(Cell::Timestamp(_))));
        assert!(matches!(cell(Kind::Date, &Value::from("2026-12-03")), Ok(Cell::Date(_))));
        assert!(matches!(cell(Kind::Int, &Value::from(true)), Ok(Cell::Int(1))));
        assert!(cell(Kind::Int, &Value::from("7")).is_err());
        assert!(cell(Kind::Timestamp, &Value::from("yesterday")).is_err());
    }
}
