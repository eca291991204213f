//! Reading an upload form (multipart): its text fields and one file, with a
//! limit per file and one for the whole body. A body that says it is too
//! large is refused before a byte of it is read; one that turns out too
//! large stops being read at the limit (the connection is closed, the rest
//! never read). The messages for refused files are here, once.

use actix_multipart::Multipart;
use actix_web::HttpRequest;
use actix_web::http::header;
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;

use crate::error::AppError;
use crate::i18n::file_size;
use crate::storage::inspect::Refusal;
use crate::web::ctx::PageCtx;

/// Longest text field of an upload form.
const MAX_FIELD_BYTES: usize = 64 * 1024;

#[derive(Debug, Default)]
pub struct UploadForm {
    /// Text fields in the order sent (a field may repeat, like ticked boxes).
    pub fields: Vec<(String, String)>,
    /// The file's offered name and its bytes (absent when none was chosen).
    pub file: Option<(String, Bytes)>,
    /// The file went over `file_limit` and was not kept.
    pub file_too_large: bool,
}

impl UploadForm {
    /// The first value of a field ("" when absent).
    pub fn field(&self, name: &str) -> String {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// Every value of a repeated field.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }
}

/// The body limit of an upload route: the file limit plus what any form may
/// carry (`PORTICO_MAX_BODY_BYTES`) for the fields and framing around it.
pub fn body_limit(file_limit: usize, max_body: usize) -> usize {
    file_limit.saturating_add(max_body)
}

/// Reads the form: text fields, and the file field `file_field` up to
/// `file_limit` bytes; the whole body at most [`body_limit`].
pub async fn read(
    req: &HttpRequest,
    mut payload: Multipart,
    file_field: &str,
    file_limit: usize,
    max_body: usize,
) -> Result<UploadForm, AppError> {
    let body_limit = body_limit(file_limit, max_body);
    let field_limit = MAX_FIELD_BYTES.min(max_body);
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > body_limit as u64) {
        return Err(AppError::PayloadTooLarge);
    }
    let mut form = UploadForm::default();
    let mut total = 0usize;
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| AppError::BadRequest)?;
        let name = field.name().unwrap_or("").to_string();
        let is_file = name == file_field;
        let offered = field.content_disposition().and_then(|d| d.get_filename()).unwrap_or("").to_string();
        let mut bytes = BytesMut::new();
        let mut over = false;
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| AppError::BadRequest)?;
            total += chunk.len();
            if total > body_limit {
                return Err(AppError::PayloadTooLarge);
            }
            let cap = if is_file { file_limit } else { field_limit };
            if over || bytes.len() + chunk.len() > cap {
                if !is_file {
                    return Err(AppError::PayloadTooLarge);
                }
                // Stop keeping it; the file is refused with a message.
                over = true;
                bytes.clear();
                continue;
            }
            bytes.extend_from_slice(&chunk);
        }
        if is_file {
            form.file_too_large |= over;
            let nothing_chosen = bytes.is_empty() && offered.is_empty();
            if !over && !nothing_chosen {
                form.file = Some((offered, bytes.freeze()));
            }
        } else {
            let text = String::from_utf8(bytes.to_vec()).map_err(|_| AppError::BadRequest)?;
            form.fields.push((name, text));
        }
    }
    Ok(form)
}

/// The message for a file we did not take.
pub fn refusal_message(ctx: &PageCtx, refusal: Refusal) -> String {
    match refusal {
        Refusal::Empty => ctx.t("upload-refused-empty"),
        Refusal::Type => ctx.t("upload-refused-type"),
        Refusal::Svg => ctx.t("upload-refused-svg"),
        Refusal::TooManyPixels => ctx.t("upload-refused-pixels"),
        Refusal::Broken => ctx.t("upload-refused-broken"),
        Refusal::Encrypted => ctx.t("upload-refused-encrypted"),
    }
}

/// "The file is larger than 25 MB."
pub fn too_large_message(ctx: &PageCtx, limit: usize) -> String {
    ctx.t_with("upload-refused-too-large", "size", file_size(ctx.locale(), limit as u64))
}
