//! The development mailbox: when no SMTP server is configured, the platform
//! host lists the messages written to the mailbox folder, to loopback
//! visitors only. It does not exist in SMTP mode.

use std::path::PathBuf;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::error::AppError;
use crate::mail::transport::MailboxEntry;
use crate::state::AppState;
use crate::tenancy::site::Site;
use crate::web::ctx::PageCtx;
use crate::web::render::render;

pub struct MailboxRow {
    pub folder: String,
    pub id: i64,
    pub date: String,
    pub to: String,
    pub subject: String,
}

#[derive(Template)]
#[template(path = "mail/dev_mailbox.html")]
struct MailboxPage {
    ctx: PageCtx,
    path: String,
    rows: Vec<MailboxRow>,
}

#[derive(Template)]
#[template(path = "mail/dev_message.html")]
struct MessagePage {
    ctx: PageCtx,
    folder: String,
    entry: MailboxEntry,
    date: String,
}

/// The mailbox folder, if this request may see it: only with the explicit
/// development setting, on the platform host, from this machine.
fn mailbox(req: &HttpRequest, site: &Site, state: &AppState) -> Result<PathBuf, AppError> {
    let local = req.peer_addr().is_some_and(|p| p.ip().is_loopback());
    match (site, state.config.dev_mailbox_dir()) {
        (Site::Platform, Some(dir)) if local => Ok(dir),
        _ => Err(AppError::NotFound),
    }
}

fn valid_folder(folder: &str) -> bool {
    folder == "platform"
        || folder.strip_prefix("tenant-").is_some_and(|id| !id.is_empty() && id.len() <= 19 && id.bytes().all(|b| b.is_ascii_digit()))
}

fn read_entry(root: &std::path::Path, folder: &str, id: i64) -> Result<MailboxEntry, AppError> {
    if !valid_folder(folder) || id <= 0 {
        return Err(AppError::NotFound);
    }
    let bytes = std::fs::read(root.join(folder).join(format!("{id:010}.json"))).map_err(|_| AppError::NotFound)?;
    serde_json::from_slice(&bytes).map_err(|_| AppError::NotFound)
}

async fn list(req: HttpRequest, site: Site, ctx: PageCtx, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let root = mailbox(&req, &site, &state)?;
    let scan_root = root.clone();
    let mut entries = web::block(move || {
        let mut found = Vec::new();
        for folder in std::fs::read_dir(&scan_root).into_iter().flatten().flatten() {
            let name = folder.file_name().to_string_lossy().to_string();
            if !valid_folder(&name) {
                continue;
            }
            for file in std::fs::read_dir(folder.path()).into_iter().flatten().flatten() {
                if file.path().extension().is_some_and(|e| e == "json")
                    && let Ok(bytes) = std::fs::read(file.path())
                    && let Ok(entry) = serde_json::from_slice::<MailboxEntry>(&bytes)
                {
                    found.push((name.clone(), entry));
                }
            }
        }
        found
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    entries.sort_by_key(|e| std::cmp::Reverse(e.1.id));
    let rows = entries
        .into_iter()
        .take(500)
        .map(|(folder, e)| MailboxRow { folder, id: e.id, date: ctx.format_datetime(e.date), to: e.to, subject: e.subject })
        .collect();
    render(StatusCode::OK, &MailboxPage { path: root.display().to_string(), ctx, rows })
}

/// The message `(folder, id)` of the mailbox, if this request may read it.
fn entry_at(req: &HttpRequest, site: &Site, state: &AppState, (folder, id): (String, i64)) -> Result<(String, MailboxEntry), AppError> {
    let root = mailbox(req, site, state)?;
    let entry = read_entry(&root, &folder, id)?;
    Ok((folder, entry))
}

async fn show(
    req: HttpRequest,
    site: Site,
    ctx: PageCtx,
    path: web::Path<(String, i64)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (folder, entry) = entry_at(&req, &site, &state, path.into_inner())?;
    let date = ctx.format_datetime(entry.date);
    render(StatusCode::OK, &MessagePage { ctx, folder, entry, date })
}

/// The HTML part on its own, sandboxed, for the message page's frame.
async fn html_part(
    req: HttpRequest,
    site: Site,
    path: web::Path<(String, i64)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (_, entry) = entry_at(&req, &site, &state, path.into_inner())?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-ancestors 'self'; sandbox",
        ))
        .insert_header((header::X_FRAME_OPTIONS, "SAMEORIGIN"))
        .body(entry.html))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    crate::web::routes::Routes::new(cfg)
        .get("/dev/mailbox", list)
        .get("/dev/mailbox/{folder}/{id}", show)
        .get("/dev/mailbox/{folder}/{id}/html", html_part);
}
