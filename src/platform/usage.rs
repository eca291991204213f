//! The usage warnings: at 80% and at 100% of a plan's limit the tenant's
//! vendor admins are told, in the portal and by e-mail, once per limit,
//! threshold and month. Run by the jobs pass, which also keeps each month's
//! peak of the levels (users, partners, storage) for the monthly figures.

use chrono::NaiveDateTime;

use crate::config::Config;
use crate::db::{self, AnyConnection};
use crate::error::AppError;
use crate::identity::model as users;
use crate::identity::rbac::Permission;
use crate::notifications::{self, Notice};
use crate::tenancy::model::{self as tenancy, TenantStatus};
use crate::tenancy::usage::{self, UsageLine};

/// The warning a usage line calls for, if any: 100 at or past the limit, 80 from 80%.
pub fn threshold(line: &UsageLine) -> Option<i32> {
    // A limit of nothing at all is the operator's choice, not news.
    if line.limit == Some(0) {
        return None;
    }
    match line.percent()? {
        p if p >= 100 => Some(100),
        p if p >= 80 => Some(80),
        _ => None,
    }
}

/// One pass over every active tenant; returns how many warnings went out.
pub fn alert_pass(conn: &mut AnyConnection, config: &Config, now: NaiveDateTime) -> Result<usize, AppError> {
    let mut sent = 0;
    for tenant in tenancy::list_all(conn)? {
        if tenant.status() != TenantStatus::Active {
            continue;
        }
        let Ok(scope) = tenant.scope() else { continue };
        // Read first: most tenants have no new peak and no limit near, and
        // get no write at all.
        let (_, lines) = usage::snapshot(conn, &scope)?;
        let peaks = usage::peaks(conn, &scope, now)?;
        let new_peak = lines.iter().any(|l| l.metric.is_level() && peaks.get(&l.metric).is_none_or(|p| l.used > *p));
        if !new_peak && lines.iter().all(|l| threshold(l).is_none()) {
            continue;
        }
        sent += db::transaction(conn, |c| -> Result<usize, AppError> {
            usage::observe_levels(c, &scope, now)?;
            let (_, lines) = usage::snapshot(c, &scope)?;
            let mut sent = 0;
            for line in &lines {
                let Some(reached) = threshold(line) else { continue };
                // Reaching 100% straight away also settles the 80% warning.
                let first = usage::claim_alert(c, &scope, line.metric, reached, now)?;
                if reached == 100 {
                    usage::claim_alert(c, &scope, line.metric, 80, now)?;
                }
                if !first {
                    continue;
                }
                let admins = users::with_permission(c, &scope, Permission::ManageTenant, None)?;
                let key = if reached == 100 { "notify-usage-limit-reached" } else { "notify-usage-limit-near" };
                notifications::notify(
                    c,
                    &scope,
                    config,
                    &tenant.slug,
                    &admins,
                    &Notice {
                        key,
                        args: vec![("metric", line.metric.as_str().to_string())],
                        link: "/admin/usage".into(),
                        mail: true,
                        category: None,
                    },
                )?;
                tracing::info!(tenant_id = scope.tenant_id(), metric = line.metric.as_str(), threshold = reached, "usage.alert");
                sent += 1;
            }
            Ok(sent)
        })?;
    }
    Ok(sent)
}
