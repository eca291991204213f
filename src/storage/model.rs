//! The records of stored files and each tenant's storage use. The bytes are
//! in the storage; these rows say what they are and whose they are.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::AnyConnection;
use crate::db::schema::stored_files;
use crate::error::AppError;
use crate::tenancy::scope::{TenantScope, scoped};
use crate::tenancy::usage::{self, Metric};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = stored_files)]
pub struct StoredFile {
    pub id: i64,
    pub tenant_id: i64,
    pub storage_key: String,
    pub kind: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub file_name: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub pages: Option<i32>,
    pub thumb_key: Option<String>,
    pub thumb_bytes: i64,
    pub uploaded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

impl StoredFile {
    pub fn kind(&self) -> Option<super::inspect::FileKind> {
        super::inspect::FileKind::from_code(&self.kind)
    }
}

/// What [`record`] writes.
pub struct NewStoredFile<'a> {
    pub storage_key: &'a str,
    pub kind: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub file_name: &'a str,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub pages: Option<i32>,
    pub thumb_key: Option<&'a str>,
    pub thumb_bytes: i64,
    pub uploaded_by: Option<i64>,
}

/// Records a stored file in the caller's transaction, refused when it would
/// take the tenant past its plan's storage limit (nothing is written then;
/// the caller removes the bytes).
pub fn record(conn: &mut AnyConnection, scope: &TenantScope, file: &NewStoredFile, now: NaiveDateTime) -> Result<StoredFile, AppError> {
    usage::ensure(conn, scope, Metric::StorageBytes, file.size_bytes.saturating_add(file.thumb_bytes))?;
    Ok(diesel::insert_into(stored_files::table)
        .values((
            stored_files::tenant_id.eq(scope.tenant_id()),
            stored_files::storage_key.eq(file.storage_key),
            stored_files::kind.eq(file.kind),
            stored_files::size_bytes.eq(file.size_bytes),
            stored_files::sha256.eq(file.sha256),
            stored_files::file_name.eq(file.file_name),
            stored_files::width.eq(file.width),
            stored_files::height.eq(file.height),
            stored_files::pages.eq(file.pages),
            stored_files::thumb_key.eq(file.thumb_key),
            stored_files::thumb_bytes.eq(file.thumb_bytes),
            stored_files::uploaded_by.eq(file.uploaded_by),
            stored_files::created_at.eq(now),
        ))
        .returning(stored_files::all_columns)
        .get_result(conn)?)
}

pub fn find(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<Option<StoredFile>> {
    scoped!(stored_files, scope).filter(stored_files::id.eq(id)).select(stored_files::all_columns).first(conn).optional()
}

pub fn find_by_key(conn: &mut AnyConnection, scope: &TenantScope, key: &str) -> QueryResult<Option<StoredFile>> {
    scoped!(stored_files, scope).filter(stored_files::storage_key.eq(key)).select(stored_files::all_columns).first(conn).optional()
}

/// Forgets a file's record (the caller deletes the bytes after the commit).
pub fn forget(conn: &mut AnyConnection, scope: &TenantScope, id: i64) -> QueryResult<usize> {
    diesel::delete(scoped!(stored_files, scope).filter(stored_files::id.eq(id))).execute(conn)
}

/// Bytes the tenant keeps in storage, thumbnails included.
pub fn bytes_used(conn: &mut AnyConnection, scope: &TenantScope) -> QueryResult<i64> {
    usage::current(conn, scope, Metric::StorageBytes)
}
