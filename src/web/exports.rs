//! Background exports as pages show them (the vendor admin's usage page and
//! the operator's tenant page alike), and their download.

use actix_web::HttpResponse;

use crate::error::AppError;
use crate::platform::export_jobs::{self, ExportJob, Status};
use crate::state::AppState;
use crate::tenancy::model::Tenant;
use crate::web::ctx::PageCtx;

/// One export in a list.
pub struct Row {
    pub status: String,
    /// `pending`, `ready`, `failed` or `expired`: the badge's class.
    pub state: &'static str,
    pub requested: String,
    pub by: String,
    pub size: String,
    pub download: Option<String>,
    pub expires: Option<String>,
}

impl Row {
    /// `base`: the page's path for the exports (`/admin/exports`).
    pub fn of(ctx: &PageCtx, job: &ExportJob, base: &str) -> Row {
        let now = crate::db::now();
        let status = if job.has_expired(now) { Status::Expired } else { job.status() };
        let state = match status {
            Status::Queued | Status::Running => "pending",
            Status::Ready => "ready",
            Status::Failed => "failed",
            Status::Expired => "expired",
        };
        let ready = status == Status::Ready;
        Row {
            status: ctx.t(&format!("export-status-{}", status.as_str())),
            state,
            requested: ctx.format_datetime(job.created_at),
            by: job.requested_label.clone(),
            size: if ready { ctx.file_size(job.size_bytes) } else { String::new() },
            download: ready.then(|| format!("{base}/{}/download", job.id)),
            expires: if ready { job.expires_at.map(|at| ctx.format_datetime(at)) } else { None },
        }
    }
}

/// Whether a list is still waiting for one (the page then refreshes it).
pub fn any_pending(jobs: &[ExportJob]) -> bool {
    jobs.iter().any(ExportJob::is_pending)
}

/// The zip of a ready export; `Gone` once its link is over, `NotFound`
/// while it is still being built.
pub async fn send(state: &AppState, job: &ExportJob, tenant: &Tenant) -> Result<HttpResponse, AppError> {
    let now = crate::db::now();
    if job.has_expired(now) {
        return Err(AppError::Gone);
    }
    let (key, name) = export_jobs::download(job, tenant, now).ok_or(AppError::NotFound)?;
    let bytes = state.storage.read(&key).await?.ok_or(AppError::Gone)?;
    Ok(crate::web::files::send(bytes.to_vec(), "application/zip", &name, crate::web::files::Disposition::Attachment))
}
