//! Exports built in the background: a request (the operator's console, the
//! platform API, the vendor admin's usage page) records a job; a worker
//! thread builds the zip ([`super::export`]) into the tenant's storage space
//! (`t/<tenant>/exports/…`) and marks it ready; it can be downloaded for
//! [`LINK_HOURS`] hours, then the jobs pass removes the file. A job whose
//! worker died (the server stopped) is taken up again by the jobs pass once
//! its lease is over. The vendor admin who asked is told in the portal and by
//! e-mail when their export is ready.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::audit::{self, Actor, Entry};
use crate::config::Config;
use crate::db::schema::export_jobs;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::platform::export::{self, Purpose};
use crate::storage::store::{Area, Key, Storage};
use crate::tenancy::model::{self, Tenant};
use crate::tenancy::scope::{TenantScope, scoped};

/// How long a ready export can be downloaded.
pub const LINK_HOURS: i64 = 24;
/// How long a worker may take before another takes the job up.
const LEASE_MINUTES: i64 = 30;
/// Attempts before a job is given up as failed.
const MAX_ATTEMPTS: i32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Queued,
    Running,
    Ready,
    Failed,
    Expired,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Running => "running",
            Status::Ready => "ready",
            Status::Failed => "failed",
            Status::Expired => "expired",
        }
    }

    fn parse(s: &str) -> Status {
        match s {
            "queued" => Status::Queued,
            "running" => Status::Running,
            "ready" => Status::Ready,
            "expired" => Status::Expired,
            _ => Status::Failed,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = export_jobs)]
pub struct ExportJob {
    pub id: i64,
    pub tenant_id: i64,
    pub purpose: String,
    pub requested_by_kind: String,
    pub requested_by_id: Option<i64>,
    pub requested_label: String,
    pub status: String,
    pub storage_key: Option<String>,
    pub size_bytes: i64,
    pub records: i64,
    pub files: i64,
    pub error: String,
    pub attempts: i32,
    pub lease_until: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
    pub expires_at: Option<NaiveDateTime>,
}

impl ExportJob {
    pub fn status(&self) -> Status {
        Status::parse(&self.status)
    }

    pub fn purpose(&self) -> Purpose {
        if self.purpose == "operator" { Purpose::Operator } else { Purpose::Portability }
    }

    /// Still building (queued, or a worker on it).
    pub fn is_pending(&self) -> bool {
        matches!(self.status(), Status::Queued | Status::Running)
    }

    /// Ready, and its link not yet expired at `now`.
    pub fn is_downloadable(&self, now: NaiveDateTime) -> bool {
        self.status() == Status::Ready && self.expires_at.is_some_and(|at| at > now) && self.storage_key.is_some()
    }

    /// Ready once, and its link is over (or the file is gone).
    pub fn has_expired(&self, now: NaiveDateTime) -> bool {
        self.status() == Status::Expired || (self.status() == Status::Ready && !self.is_downloadable(now))
    }
}

fn purpose_str(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Operator => "operator",
        Purpose::Portability => "portability",
    }
}

/// Asks for an export of the scope's tenant. A request while one of the
/// same purpose is still building answers with that one. Recorded in the
/// audit log: the platform's for an operator's export, the tenant's for its
/// own admin's.
pub fn request(conn: &mut AnyConnection, scope: &TenantScope, purpose: Purpose, actor: &Actor) -> QueryResult<ExportJob> {
    db::transaction(conn, |conn| {
        let pending: Option<ExportJob> = scoped!(export_jobs, scope)
            .filter(export_jobs::purpose.eq(purpose_str(purpose)))
            .filter(export_jobs::status.eq_any([Status::Queued.as_str(), Status::Running.as_str()]))
            .select(ExportJob::as_select())
            .first(conn)
            .optional()?;
        if let Some(job) = pending {
            return Ok(job);
        }
        let now = db::now();
        let job: ExportJob = diesel::insert_into(export_jobs::table)
            .values((
                export_jobs::tenant_id.eq(scope.tenant_id()),
                export_jobs::purpose.eq(purpose_str(purpose)),
                export_jobs::requested_by_kind.eq(actor.kind),
                export_jobs::requested_by_id.eq(actor.id),
                export_jobs::requested_label.eq(actor.label.chars().take(254).collect::<String>()),
                export_jobs::status.eq(Status::Queued.as_str()),
                export_jobs::created_at.eq(now),
            ))
            .returning(export_jobs::all_columns)
            .get_result(conn)?;
        let entry = Entry::new("tenant.export_requested", "tenant", scope.tenant_id()).changes(serde_json::json!({ "export": job.id }));
        match purpose {
            Purpose::Operator => audit::record_platform(conn, actor, &entry)?,
            Purpose::Portability => audit::record(conn, scope, actor, &entry)?,
        }
        Ok(job)
    })
}

/// The tenant's exports of one purpose, newest first.
pub fn list(conn: &mut AnyConnection, scope: &TenantScope, purpose: Purpose, limit: i64) -> QueryResult<Vec<ExportJob>> {
    scoped!(export_jobs, scope)
        .filter(export_jobs::purpose.eq(purpose_str(purpose)))
        .order(export_jobs::id.desc())
        .limit(limit)
        .select(ExportJob::as_select())
        .load(conn)
}

/// One export of the scope's tenant, of that purpose.
pub fn find(conn: &mut AnyConnection, scope: &TenantScope, purpose: Purpose, id: i64) -> QueryResult<Option<ExportJob>> {
    scoped!(export_jobs, scope)
        .filter(export_jobs::id.eq(id))
        .filter(export_jobs::purpose.eq(purpose_str(purpose)))
        .select(ExportJob::as_select())
        .first(conn)
        .optional()
}

/// Takes a job for this worker: queued, or running with its lease over.
/// `false`: another worker has it, or it is done.
fn claim(conn: &mut AnyConnection, id: i64, now: NaiveDateTime) -> QueryResult<bool> {
    let taken = diesel::update(
        export_jobs::table.filter(export_jobs::id.eq(id)).filter(
            export_jobs::status
                .eq(Status::Queued.as_str())
                .or(export_jobs::status.eq(Status::Running.as_str()).and(export_jobs::lease_until.lt(now))),
        ),
    )
    .set((
        export_jobs::status.eq(Status::Running.as_str()),
        export_jobs::lease_until.eq(now + Duration::minutes(LEASE_MINUTES)),
        export_jobs::attempts.eq(export_jobs::attempts + 1),
    ))
    .execute(conn)?;
    Ok(taken == 1)
}

/// Builds one export, if no other worker has it. Blocking (a worker
/// thread, or the jobs pass). `Ok(false)`: nothing to do.
pub fn build(conn: &mut AnyConnection, storage: &Storage, config: &Config, id: i64) -> Result<bool, AppError> {
    if !claim(conn, id, db::now())? {
        return Ok(false);
    }
    let job: ExportJob = export_jobs::table.filter(export_jobs::id.eq(id)).select(ExportJob::as_select()).first(conn)?;
    let tenant = model::find_by_id(conn, job.tenant_id)?.ok_or(AppError::NotFound)?;
    let scope = tenant.scope().map_err(|_| AppError::NotFound)?;
    let built = (|| -> Result<(Key, export::Exported, u64), AppError> {
        let mut out = std::io::Cursor::new(Vec::new());
        let done = export::write(conn, storage, &tenant, job.purpose(), &mut out).map_err(|e| AppError::Internal(e.into()))?;
        let bytes = out.into_inner();
        let size = bytes.len() as u64;
        let key = Key::fresh(&scope, Area::Exports, "zip");
        storage.put_blocking(&key, bytes.into())?;
        Ok((key, done, size))
    })();
    let now = db::now();
    match built {
        Ok((key, done, size)) => {
            db::transaction(conn, |conn| -> Result<(), AppError> {
                diesel::update(export_jobs::table.filter(export_jobs::id.eq(id)))
                    .set((
                        export_jobs::status.eq(Status::Ready.as_str()),
                        export_jobs::storage_key.eq(key.as_str()),
                        export_jobs::size_bytes.eq(size as i64),
                        export_jobs::records.eq(done.records.values().sum::<usize>() as i64),
                        export_jobs::files.eq(done.files as i64),
                        export_jobs::error.eq(""),
                        export_jobs::lease_until.eq(None::<NaiveDateTime>),
                        export_jobs::finished_at.eq(now),
                        export_jobs::expires_at.eq(now + Duration::hours(LINK_HOURS)),
                    ))
                    .execute(conn)?;
                tell_requester(conn, &tenant, &scope, config, &job)?;
                Ok(())
            })?;
            tracing::info!(tenant_id = job.tenant_id, export = id, bytes = size, "export.ready");
            Ok(true)
        }
        Err(e) => {
            tracing::error!(tenant_id = job.tenant_id, export = id, error = %e, "export.failed");
            let status = if job.attempts + 1 >= MAX_ATTEMPTS { Status::Failed } else { Status::Queued };
            diesel::update(export_jobs::table.filter(export_jobs::id.eq(id)))
                .set((
                    export_jobs::status.eq(status.as_str()),
                    export_jobs::error.eq(e.to_string().chars().take(500).collect::<String>()),
                    export_jobs::lease_until.eq(None::<NaiveDateTime>),
                    export_jobs::finished_at.eq(now),
                ))
                .execute(conn)?;
            Err(e)
        }
    }
}

/// The vendor admin who asked for their tenant's export, in the portal and by mail.
fn tell_requester(
    conn: &mut AnyConnection,
    tenant: &Tenant,
    scope: &TenantScope,
    config: &Config,
    job: &ExportJob,
) -> Result<(), AppError> {
    if job.purpose() != Purpose::Portability || job.requested_by_kind != "user" {
        return Ok(());
    }
    let Some(user) = job.requested_by_id.map(|id| crate::identity::model::find_active(conn, scope, id)).transpose()?.flatten() else {
        return Ok(());
    };
    crate::notifications::notify(
        conn,
        scope,
        config,
        &tenant.slug,
        &[user],
        &crate::notifications::Notice {
            key: "notify-export-ready",
            args: vec![("hours", LINK_HOURS.to_string())],
            link: "/admin/usage#export".into(),
            mail: true,
            category: None,
        },
    )?;
    Ok(())
}

/// Builds `id` on a thread of its own, right away (the request answers at once).
pub fn spawn_build(pool: db::Pool, storage: Storage, config: std::sync::Arc<Config>, id: i64) {
    let started = std::thread::Builder::new().name(format!("export-{id}")).spawn(move || {
        let outcome = pool.checkout().and_then(|mut conn| build(&mut conn, &storage, &config, id));
        if let Err(e) = outcome {
            tracing::warn!(export = id, error = %e, "export worker: the jobs pass will try again");
        }
    });
    if let Err(e) = started {
        tracing::warn!(export = id, error = %e, "export worker did not start; the jobs pass will build it");
    }
}

/// The jobs pass: builds what no worker has (queued, or its lease over),
/// and removes the files of exports whose link is over. Returns (built, expired).
pub fn pass(conn: &mut AnyConnection, storage: &Storage, config: &Config, now: NaiveDateTime) -> Result<(usize, usize), AppError> {
    let due: Vec<i64> = export_jobs::table
        .filter(
            export_jobs::status
                .eq(Status::Queued.as_str())
                .or(export_jobs::status.eq(Status::Running.as_str()).and(export_jobs::lease_until.lt(now))),
        )
        .order(export_jobs::id.asc())
        .limit(20)
        .select(export_jobs::id)
        .load(conn)?;
    let mut built = 0;
    for id in due {
        match build(conn, storage, config, id) {
            Ok(true) => built += 1,
            Ok(false) => {}
            Err(e) => tracing::warn!(export = id, error = %e, "export failed in the jobs pass"),
        }
    }
    let over: Vec<ExportJob> = export_jobs::table
        .filter(export_jobs::status.eq(Status::Ready.as_str()))
        .filter(export_jobs::expires_at.le(now))
        .select(ExportJob::as_select())
        .load(conn)?;
    for job in &over {
        if let Some(key) = job.storage_key.as_deref().and_then(|k| Key::in_tenant(job.tenant_id, k)) {
            storage.delete_blocking(&key)?;
        }
        diesel::update(export_jobs::table.filter(export_jobs::id.eq(job.id)))
            .set((export_jobs::status.eq(Status::Expired.as_str()), export_jobs::storage_key.eq(None::<String>)))
            .execute(conn)?;
    }
    Ok((built, over.len()))
}

/// The file of a downloadable export: its key and the download's name.
pub fn download(job: &ExportJob, tenant: &Tenant, now: NaiveDateTime) -> Option<(Key, String)> {
    if !job.is_downloadable(now) {
        return None;
    }
    let key = Key::in_tenant(job.tenant_id, job.storage_key.as_deref()?)?;
    let at = job.finished_at.unwrap_or(job.created_at);
    Some((key, format!("{}-export-{}.zip", tenant.slug, at.format("%Y-%m-%d-%H%M"))))
}
