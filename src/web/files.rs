//! Serving a stored file: streamed from the storage, with the type we
//! decided when it was uploaded, `nosniff`, a `Content-Disposition` with a
//! safe name, and a sandbox CSP so nothing in a file runs as our page.

use actix_web::HttpResponse;
use actix_web::http::header::{self, Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue};

use crate::error::AppError;
use crate::storage::model::StoredFile;
use crate::storage::store::{Key, Storage};
use crate::tenancy::scope::TenantScope;

/// The policy of every stored file: no script, no plugins, no navigation.
pub const FILE_CSP: &str = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    /// Shown in the browser (images, thumbnails).
    Inline,
    /// Saved as a file.
    Attachment,
}

/// How long a response may be cached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caching {
    /// Keys never change content: cache for a year.
    Immutable,
    /// Per-person files (co-branded copies): never in a shared cache.
    Private,
}

/// `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266).
pub fn disposition(kind: Disposition, file_name: &str) -> ContentDisposition {
    let ascii: String = file_name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ' | '(' | ')') { c } else { '_' })
        .collect();
    let mut parameters = vec![DispositionParam::Filename(ascii)];
    if !file_name.is_ascii() {
        parameters.push(DispositionParam::FilenameExt(ExtendedValue {
            charset: Charset::Ext("UTF-8".into()),
            language_tag: None,
            value: file_name.as_bytes().to_vec(),
        }));
    }
    let disposition = match kind {
        Disposition::Inline => DispositionType::Inline,
        Disposition::Attachment => DispositionType::Attachment,
    };
    ContentDisposition { disposition, parameters }
}

fn headers(mime: &str, kind: Disposition, file_name: &str, caching: Caching) -> actix_web::HttpResponseBuilder {
    let mut response = HttpResponse::Ok();
    response
        .content_type(mime.to_string())
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::CONTENT_SECURITY_POLICY, FILE_CSP))
        .insert_header(disposition(kind, file_name))
        .insert_header((
            header::CACHE_CONTROL,
            match caching {
                Caching::Immutable => "private, max-age=31536000, immutable",
                Caching::Private => "private, no-store",
            },
        ));
    response
}

/// Streams a stored file; a file missing from the storage is a 404.
pub async fn serve(
    storage: &Storage,
    key: &Key,
    mime: &str,
    file_name: &str,
    kind: Disposition,
    caching: Caching,
) -> Result<HttpResponse, AppError> {
    let object = storage.get(key).await?.ok_or(AppError::NotFound)?;
    Ok(headers(mime, kind, file_name, caching).no_chunking(object.size).streaming(object.stream))
}

/// Serves a stored file (or its thumbnail) by its row: the key is read from
/// the database and accepted only inside the scope's tenant. Images are
/// shown, other files saved.
pub async fn serve_stored(storage: &Storage, scope: &TenantScope, file: &StoredFile, thumb: bool) -> Result<HttpResponse, AppError> {
    let kind = file.kind().ok_or(AppError::NotFound)?;
    if thumb {
        let key = file.thumb_key.as_deref().and_then(|k| Key::stored(scope, k)).ok_or(AppError::NotFound)?;
        return serve(storage, &key, "image/jpeg", "thumbnail.jpg", Disposition::Inline, Caching::Immutable).await;
    }
    let key = Key::stored(scope, &file.storage_key).ok_or(AppError::NotFound)?;
    let disposition = if kind.is_image() { Disposition::Inline } else { Disposition::Attachment };
    serve(storage, &key, kind.mime(), &file.file_name, disposition, Caching::Immutable).await
}

/// Sends bytes made for this request (a co-branded copy) with the same headers.
pub fn send(bytes: Vec<u8>, mime: &str, file_name: &str, kind: Disposition) -> HttpResponse {
    headers(mime, kind, file_name, Caching::Private).body(bytes)
}

/// Filled HTML (a template preview, a partner's landing page) for a frame
/// of this site only: inline styles and images, no script, its own
/// sandbox, never cached.
pub fn sandboxed_html(status: actix_web::http::StatusCode, html: String) -> HttpResponse {
    use actix_web::http::header;
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; sandbox; frame-ancestors 'self'",
        ))
        .insert_header((header::X_FRAME_OPTIONS, "SAMEORIGIN"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(html)
}
