//! Taking an upload into storage: inspect it off the async threads, store the
//! file and its thumbnail under fresh keys, and hand back what the caller's
//! transaction records. If that transaction fails, [`Prepared::discard`]
//! removes the bytes again.

use bytes::Bytes;
use sha2::{Digest, Sha256};

use super::inspect::{self, Accepted, FileKind, Refusal};
use super::model::NewStoredFile;
use super::store::{Area, Key, Storage};
use crate::error::AppError;
use crate::tenancy::scope::TenantScope;

/// An upload that is in storage and not yet recorded.
#[derive(Debug)]
pub struct Prepared {
    pub key: Key,
    pub thumb_key: Option<Key>,
    pub thumb_bytes: i64,
    pub accepted: Accepted,
    pub size_bytes: i64,
    pub sha256: String,
    pub file_name: String,
}

impl Prepared {
    /// The row to record for this file.
    pub fn record(&self, uploaded_by: Option<i64>) -> NewStoredFile<'_> {
        NewStoredFile {
            storage_key: self.key.as_str(),
            kind: self.accepted.kind.code(),
            size_bytes: self.size_bytes,
            sha256: &self.sha256,
            file_name: &self.file_name,
            width: self.accepted.width.map(|w| w as i32),
            height: self.accepted.height.map(|h| h as i32),
            pages: self.accepted.pages.map(|p| p as i32),
            thumb_key: self.thumb_key.as_ref().map(Key::as_str),
            thumb_bytes: self.thumb_bytes,
            uploaded_by,
        }
    }

    /// The keys to remove again if the record is not written (the
    /// `Prepared` itself moves into the transaction that records it).
    pub fn keys(&self) -> StoredKeys {
        StoredKeys(std::iter::once(self.key.clone()).chain(self.thumb_key.clone()).collect())
    }
}

/// Stored bytes to remove: an upload whose record was not written, or a
/// replaced file after its record was forgotten.
#[derive(Debug, Clone, Default)]
pub struct StoredKeys(Vec<Key>);

impl StoredKeys {
    /// The keys of a file's record (accepted only inside the scope's tenant).
    pub fn of(scope: &TenantScope, file: &super::model::StoredFile) -> Self {
        StoredKeys(
            std::iter::once(file.storage_key.as_str()).chain(file.thumb_key.as_deref()).filter_map(|k| Key::stored(scope, k)).collect(),
        )
    }

    /// Deletes them; a failure leaves an orphan, never an error for the person.
    pub async fn remove(&self, storage: &Storage) {
        for key in &self.0 {
            if let Err(e) = storage.delete(key).await {
                tracing::warn!(key = key.as_str(), error = %e, "storage.orphan");
            }
        }
    }
}

/// Inspects `bytes` and, when they are one of `allowed`, stores them.
pub async fn prepare(
    storage: &Storage,
    scope: &TenantScope,
    area: Area,
    bytes: Bytes,
    allowed: &'static [FileKind],
    offered_name: &str,
) -> Result<Result<Prepared, Refusal>, AppError> {
    let inspected = bytes.clone();
    // A panic inside a decoder is a broken file, not a broken server.
    let verdict = tokio::task::spawn_blocking(move || inspect::inspect(&inspected, allowed)).await.unwrap_or(Err(Refusal::Broken));
    let mut accepted = match verdict {
        Ok(accepted) => accepted,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let kind = accepted.kind;
    let key = Key::fresh(scope, area, kind.ext());
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let size_bytes = bytes.len() as i64;
    storage.put(&key, bytes).await?;
    let (thumb_key, thumb_bytes) = match accepted.thumbnail.take() {
        Some(thumb) => {
            let thumb_key = Key::fresh(scope, Area::Thumbnails, "jpg");
            let len = thumb.len() as i64;
            if let Err(e) = storage.put(&thumb_key, Bytes::from(thumb)).await {
                let _ = storage.delete(&key).await;
                return Err(e);
            }
            (Some(thumb_key), len)
        }
        None => (None, 0),
    };
    Ok(Ok(Prepared { key, thumb_key, thumb_bytes, accepted, size_bytes, sha256, file_name: safe_file_name(offered_name, kind) }))
}

/// As [`prepare`], for the command line (no async runtime): the demo's files.
pub fn prepare_blocking(
    storage: &Storage,
    scope: &TenantScope,
    area: Area,
    bytes: Bytes,
    allowed: &'static [FileKind],
    offered_name: &str,
) -> Result<Result<Prepared, Refusal>, AppError> {
    let mut accepted = match inspect::inspect(&bytes, allowed) {
        Ok(accepted) => accepted,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let kind = accepted.kind;
    let key = Key::fresh(scope, area, kind.ext());
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let size_bytes = bytes.len() as i64;
    storage.put_blocking(&key, bytes)?;
    let (thumb_key, thumb_bytes) = match accepted.thumbnail.take() {
        Some(thumb) => {
            let thumb_key = Key::fresh(scope, Area::Thumbnails, "jpg");
            let len = thumb.len() as i64;
            storage.put_blocking(&thumb_key, Bytes::from(thumb))?;
            (Some(thumb_key), len)
        }
        None => (None, 0),
    };
    Ok(Ok(Prepared { key, thumb_key, thumb_bytes, accepted, size_bytes, sha256, file_name: safe_file_name(offered_name, kind) }))
}

/// The name a file is offered under: the last segment of what the browser
/// sent, without control characters, quotes or separators, at most 100
/// characters, ending in the extension of what the file really is.
pub fn safe_file_name(offered: &str, kind: FileKind) -> String {
    let last = offered.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c) && !matches!(c, '"' | '\'' | ';' | ':' | '*' | '?' | '<' | '>' | '|' | '%'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem.trim(),
        _ if !cleaned.is_empty() => cleaned,
        _ => "file",
    };
    let stem: String = stem.chars().take(100).collect();
    format!("{stem}.{}", kind.ext())
}

/// Direction overrides and isolates (`evil\u{202E}fdp.exe` reads as `evilexe.pdf`).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offered_names_lose_paths_controls_and_their_claimed_extension() {
        assert_eq!(safe_file_name("../../etc/passwd", FileKind::Pdf), "passwd.pdf");
        assert_eq!(safe_file_name("C:\\Users\\x\\logo.svg", FileKind::Png), "logo.png");
        assert_eq!(safe_file_name("a\u{0}b\r\n\"c\".pdf", FileKind::Pdf), "abc.pdf");
        assert_eq!(safe_file_name("", FileKind::Jpeg), "file.jpg");
        assert_eq!(safe_file_name("invoice\u{202E}fdp.exe", FileKind::Pdf), "invoicefdp.pdf");
        assert_eq!(safe_file_name("..", FileKind::Pdf), "file.pdf");
        assert_eq!(safe_file_name("Datenblatt Übersicht.PDF", FileKind::Pdf), "Datenblatt Übersicht.pdf");
        assert_eq!(safe_file_name(&"x".repeat(500), FileKind::Text).chars().count(), 104);
    }
}
