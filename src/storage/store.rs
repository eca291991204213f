//! The one storage interface: put, get (streamed), delete, list by prefix,
//! size. Backed by the `object_store` crate — local disk by default, any
//! S3-compatible service at scale — so every instance of Portico that shares
//! a bucket sees the same files.
//!
//! Keys are made here, never from a user's file name: `t/{tenant_id}/{area}/{id}.{ext}`.

use std::sync::Arc;

use bytes::Bytes;
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};

use crate::config::StorageSetting;
use crate::error::AppError;
use crate::tenancy::scope::TenantScope;

/// What a stored file is for; the second segment of its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Branding,
    Assets,
    Thumbnails,
    Partners,
    /// Course covers and lesson files.
    Training,
    /// Tenant exports, built in the background; never part of an export.
    Exports,
}

impl Area {
    pub const ALL: [Area; 6] = [Area::Branding, Area::Assets, Area::Thumbnails, Area::Partners, Area::Training, Area::Exports];

    fn segment(self) -> &'static str {
        match self {
            Area::Branding => "branding",
            Area::Assets => "assets",
            Area::Thumbnails => "thumbs",
            Area::Partners => "partners",
            Area::Training => "training",
            Area::Exports => "exports",
        }
    }
}

/// A storage key that belongs to one tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key(String);

impl Key {
    /// A fresh key in the tenant's space: nothing of it comes from the upload.
    pub fn fresh(scope: &TenantScope, area: Area, ext: &str) -> Key {
        let ext: String = ext.chars().filter(char::is_ascii_alphanumeric).take(8).collect();
        Key(format!("t/{}/{}/{}.{ext}", scope.tenant_id(), area.segment(), uuid::Uuid::new_v4().simple()))
    }

    /// A key read back from the database, accepted only inside the scope's
    /// tenant and only in the shape `fresh` makes.
    pub fn stored(scope: &TenantScope, text: &str) -> Option<Key> {
        Self::in_tenant(scope.tenant_id(), text)
    }

    /// As [`Key::stored`], for maintenance code that holds a tenant id.
    pub fn in_tenant(tenant_id: i64, text: &str) -> Option<Key> {
        let rest = text.strip_prefix(&format!("t/{tenant_id}/"))?;
        let mut parts = rest.split('/');
        let (area, name) = (parts.next()?, parts.next()?);
        let well_formed = parts.next().is_none()
            && Area::ALL.iter().any(|a| a.segment() == area)
            && !name.is_empty()
            && name.len() <= 64
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
            && !name.starts_with('.');
        well_formed.then(|| Key(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The area of the tenant's space the key is in (`assets`, `exports`, …).
    pub fn area(&self) -> &str {
        self.0.split('/').nth(2).unwrap_or_default()
    }

    /// The prefix every key of a tenant starts with.
    pub fn tenant_prefix(tenant_id: i64) -> String {
        format!("t/{tenant_id}/")
    }
}

/// A file being read: its size and its bytes as a stream.
pub struct Object {
    pub size: u64,
    pub stream: BoxStream<'static, Result<Bytes, AppError>>,
}

/// The S3 client's TLS uses ring (one crypto library in the binary); set it
/// as the process default once. Idempotent.
pub fn install_tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

fn blocking<T>(work: impl std::future::Future<Output = Result<T, AppError>>) -> Result<T, AppError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("runtime: {e}")))?;
    runtime.block_on(work)
}

#[derive(Clone)]
pub struct Storage {
    inner: Arc<dyn ObjectStore>,
    describe: String,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe)
    }
}

fn failed(e: object_store::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("storage: {e}"))
}

fn location(key: &Key) -> Result<ObjectPath, AppError> {
    ObjectPath::parse(key.as_str()).map_err(|e| AppError::Internal(anyhow::anyhow!("storage key: {e}")))
}

impl Storage {
    /// Opens the storage the configuration names (the local folder is created).
    pub fn open(setting: &StorageSetting) -> anyhow::Result<Storage> {
        install_tls_provider();
        match setting {
            StorageSetting::Local(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
                let local = LocalFileSystem::new_with_prefix(dir)?.with_automatic_cleanup(true);
                Ok(Storage { inner: Arc::new(local), describe: format!("{setting:?}") })
            }
            StorageSetting::S3(s3) => {
                let mut builder = AmazonS3Builder::new().with_bucket_name(&s3.bucket).with_region(&s3.region);
                if let Some(endpoint) = &s3.endpoint {
                    builder = builder.with_endpoint(endpoint).with_allow_http(endpoint.starts_with("http://"));
                }
                if let (Some(id), Some(secret)) = (&s3.access_key_id, &s3.secret_access_key) {
                    builder = builder.with_access_key_id(id).with_secret_access_key(secret);
                }
                if let Some(token) = &s3.session_token {
                    builder = builder.with_token(token);
                }
                Ok(Storage { inner: Arc::new(builder.build()?), describe: format!("{setting:?}") })
            }
        }
    }

    pub async fn put(&self, key: &Key, bytes: Bytes) -> Result<(), AppError> {
        self.inner.put(&location(key)?, PutPayload::from(bytes)).await.map_err(failed)?;
        Ok(())
    }

    /// For the command line, which has no async runtime: stores one file and
    /// waits for it. Never call it from inside a request.
    pub fn put_blocking(&self, key: &Key, bytes: Bytes) -> Result<(), AppError> {
        blocking(self.put(key, bytes))
    }

    /// As [`Storage::put_blocking`], for reading a whole file.
    pub fn read_blocking(&self, key: &Key) -> Result<Option<Bytes>, AppError> {
        blocking(self.read(key))
    }

    /// As [`Storage::put_blocking`], for a listing.
    pub fn list_blocking(&self, prefix: &str) -> Result<Vec<(String, u64)>, AppError> {
        blocking(self.list(prefix))
    }

    /// As [`Storage::put_blocking`], for a delete.
    pub fn delete_blocking(&self, key: &Key) -> Result<(), AppError> {
        blocking(self.delete(key))
    }

    /// The file as a stream, or `None` when there is no such file.
    pub async fn get(&self, key: &Key) -> Result<Option<Object>, AppError> {
        match self.inner.get(&location(key)?).await {
            Ok(result) => {
                let size = result.meta.size;
                let stream = result.into_stream().map_err(failed).boxed();
                Ok(Some(Object { size, stream }))
            }
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(failed(e)),
        }
    }

    /// The whole file in memory (for work on its content, like stamping a PDF).
    pub async fn read(&self, key: &Key) -> Result<Option<Bytes>, AppError> {
        match self.inner.get(&location(key)?).await {
            Ok(result) => Ok(Some(result.bytes().await.map_err(failed)?)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(failed(e)),
        }
    }

    /// Size in bytes, or `None` when there is no such file.
    pub async fn size(&self, key: &Key) -> Result<Option<u64>, AppError> {
        match self.inner.head(&location(key)?).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(failed(e)),
        }
    }

    /// Removes a file; a file that is already gone is not an error.
    pub async fn delete(&self, key: &Key) -> Result<(), AppError> {
        match self.inner.delete(&location(key)?).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(failed(e)),
        }
    }

    /// Every key under a prefix (like `t/42/`), with its size.
    pub async fn list(&self, prefix: &str) -> Result<Vec<(String, u64)>, AppError> {
        let prefix = ObjectPath::parse(prefix.trim_end_matches('/')).map_err(|e| AppError::Internal(e.into()))?;
        let mut out = Vec::new();
        let mut stream = self.inner.list(Some(&prefix));
        while let Some(meta) = stream.next().await {
            let meta = meta.map_err(failed)?;
            out.push((meta.location.to_string(), meta.size));
        }
        out.sort();
        Ok(out)
    }
}
