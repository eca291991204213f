//! The command line: `serve`, `migrate`, `tenant …`, `demo`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::audit::Actor;
use crate::config::Config;
use crate::db;
use crate::i18n::Locale;
use crate::platform::tenants::{self, ProvisionRequest};
use crate::tenancy::model::TenantStatus;

#[derive(Parser)]
#[command(name = "portico", version, about = "Portico: partner portals for many vendors, in one binary")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations and serve HTTP (until SIGTERM).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Write an online, consistent copy of the SQLite database to FILE while
    /// the server keeps running (on PostgreSQL: prints the pg_dump command).
    Backup { file: std::path::PathBuf },
    /// Replace the SQLite database with the backup FILE, after checking it;
    /// refused while a server uses the database (on PostgreSQL: prints the pg_restore command).
    Restore { file: std::path::PathBuf },
    /// Create and manage tenants.
    Tenant {
        #[command(subcommand)]
        command: TenantCommand,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Plans: the limits and features a tenant's subscription grants.
    Plan {
        #[command(subcommand)]
        command: PlanCommand,
    },
    /// Platform operators.
    Operator {
        #[command(subcommand)]
        command: OperatorCommand,
    },
    /// The outbox: list messages, retry parked ones, run a delivery worker.
    Mail {
        #[command(subcommand)]
        command: MailCommand,
    },
    /// Periodic jobs (`serve` runs them every minute).
    Jobs {
        #[command(subcommand)]
        command: JobsCommand,
    },
    /// Benchmark helpers.
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
    /// Create (or refresh) the demo tenant and print how to reach it.
    Demo {
        /// Start serving right after.
        #[arg(long)]
        serve: bool,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Fill the database with benchmark tenants (bench-00001…), partners and deals.
    Seed {
        #[arg(long, default_value_t = 10)]
        tenants: usize,
        #[arg(long, default_value_t = 10)]
        partners_per_tenant: usize,
        #[arg(long, default_value_t = 10_000)]
        deals: usize,
    },
}

#[derive(Subcommand)]
enum JobsCommand {
    /// One pass: expire deals whose protection ended, warn 7 days before.
    Run,
}

#[derive(Subcommand)]
enum OperatorCommand {
    /// Create an operator (or reuse one) and print a one-time sign-in link.
    Create {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum MailCommand {
    /// List recent messages, newest first.
    List {
        /// Only this tenant's messages.
        #[arg(long)]
        tenant: Option<String>,
        /// queued, sent or parked.
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Queue a parked message again, due now.
    Retry { id: i64 },
    /// Deliver due messages (`--once`: one round, then exit).
    Work {
        #[arg(long)]
        once: bool,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the hash chain of a tenant's log (or the platform's, and every
    /// tenant's, without --tenant); reports the first broken link.
    Verify {
        #[arg(long)]
        tenant: Option<String>,
    },
}

#[derive(Subcommand)]
enum PlanCommand {
    /// List the plans with their limits and features.
    List,
}

#[derive(Subcommand)]
enum TenantCommand {
    /// Create a tenant with settings, default tiers, vendor organisation and first vendor admin.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        admin_email: String,
        /// Default locale: en-US, de-DE, fr-FR, es-ES or ja-JP.
        #[arg(long)]
        locale: Option<String>,
        /// The plan's key (see `portico plan list`); default: standard.
        #[arg(long)]
        plan: Option<String>,
    },
    /// Put a tenant on another plan (see `portico plan list`).
    Plan { slug: String, plan: String },
    /// Delete a tenant: its portal answers "removed" and it can be restored
    /// until the grace period (PORTICO_DELETION_GRACE_DAYS) ends and the purge removes it.
    Delete {
        slug: String,
        /// The slug typed again.
        #[arg(long)]
        confirm: String,
    },
    /// Restore a deleted tenant before its purge.
    Restore { slug: String },
    /// Export a tenant's data to FILE (a zip: manifest.json, one JSON Lines
    /// file per entity, the stored files).
    Export { slug: String, file: std::path::PathBuf },
    /// Import an export (`tenant export`, on either backend) as a new tenant:
    /// the archive is checked whole first, then written in one transaction.
    Import {
        file: std::path::PathBuf,
        /// The new tenant's slug.
        #[arg(long)]
        slug: String,
        /// The new tenant's name (default: the exported tenant's).
        #[arg(long)]
        name: Option<String>,
    },
    /// Purge a deleted tenant now: every row and stored file of it.
    Purge { slug: String },
    /// Show a tenant's usage against its plan's limits.
    Usage { slug: String },
    /// List every tenant.
    List,
    /// Show one tenant.
    Show { slug: String },
    /// Suspend a tenant: its portal answers "suspended" and nobody can sign in.
    Suspend { slug: String },
    /// Resume a suspended tenant.
    Resume { slug: String },
    /// Override one interface string for one locale of a tenant (e.g. call a "Deal" an "Opportunity").
    Override {
        slug: String,
        #[arg(long)]
        locale: String,
        /// The message id, as in locales/en-US.ftl (e.g. nav-home).
        #[arg(long)]
        id: String,
        /// The new text; fluent placeables such as { $portal } keep working.
        #[arg(long, required_unless_present = "remove")]
        value: Option<String>,
        /// Remove the override and use the built-in string again.
        #[arg(long, conflicts_with = "value")]
        remove: bool,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("portico: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init(&config);
    match run(cli.command, config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("portico: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn open(config: &Config) -> anyhow::Result<db::PooledConnection> {
    let pool = db::connect(&config.database_url, 1, config.db_timeout)?;
    let mut conn = pool.get()?;
    db::migrations::run_pending(&mut conn).map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;
    Ok(conn)
}

fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => crate::startup::serve(config),
        Command::Migrate => {
            let pool = db::connect(&config.database_url, 1, config.db_timeout)?;
            let mut conn = pool.get()?;
            let applied = db::migrations::run_pending(&mut conn).map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;
            if applied.is_empty() {
                println!("Database is up to date.");
            }
            for version in applied {
                println!("Applied {version}");
            }
            Ok(())
        }
        Command::Tenant { command } => tenant(command, &config),
        Command::Backup { file } => {
            let done = crate::db::backup::backup(&config.database_url, &file)?;
            println!("Backed up to {} ({} bytes, {:.1} s); integrity checked.", done.path.display(), done.bytes, done.took.as_secs_f64());
            Ok(())
        }
        Command::Restore { file } => {
            let done = crate::db::backup::restore(&config.database_url, &file)?;
            println!(
                "Restored {} from {} ({} bytes, {:.1} s). Start the server to apply any newer migrations.",
                done.path.display(),
                file.display(),
                done.bytes,
                done.took.as_secs_f64()
            );
            Ok(())
        }
        Command::Audit { command: AuditCommand::Verify { tenant } } => {
            let mut conn = open(&config)?;
            let mut chains: Vec<(String, Option<i64>)> = Vec::new();
            match tenant {
                Some(slug) => {
                    let t = crate::tenancy::model::find_by_slug(&mut conn, &slug)?
                        .ok_or_else(|| anyhow::anyhow!("no tenant has the slug `{slug}`"))?;
                    chains.push((slug, Some(t.id)));
                }
                None => {
                    chains.push(("platform".into(), None));
                    for t in crate::tenancy::model::list_all(&mut conn)? {
                        chains.push((t.slug, Some(t.id)));
                    }
                }
            }
            let mut broken = false;
            for (name, id) in chains {
                match crate::audit::verify(&mut conn, id)? {
                    crate::audit::Verified::Intact(n) => println!("{name}: intact ({n} entries)"),
                    crate::audit::Verified::BrokenAt { id, rows_before } => {
                        broken = true;
                        println!("{name}: BROKEN at entry {id} (after {rows_before} good entries)");
                    }
                }
            }
            if broken {
                anyhow::bail!("the audit log has been changed");
            }
            Ok(())
        }
        Command::Plan { command: PlanCommand::List } => {
            let mut conn = open(&config)?;
            let unlimited = |v: Option<i64>| v.map_or_else(|| "unlimited".to_string(), |v| v.to_string());
            println!(
                "{:<12} {:<14} {:>10} {:>10} {:>14} {:>12}  FEATURES",
                "KEY", "NAME", "PARTNERS", "USERS", "STORAGE BYTES", "E-MAILS/MO"
            );
            for plan in crate::tenancy::plans::all(&mut conn)? {
                let features: Vec<&str> =
                    crate::tenancy::plans::Feature::ALL.into_iter().filter(|f| plan.has(*f)).map(|f| f.as_str()).collect();
                println!(
                    "{:<12} {:<14} {:>10} {:>10} {:>14} {:>12}  {}",
                    plan.key,
                    truncate(&plan.name, 14),
                    unlimited(plan.max_partners),
                    unlimited(plan.max_users),
                    unlimited(plan.max_storage_bytes),
                    unlimited(plan.max_emails_month),
                    features.join(", ")
                );
            }
            Ok(())
        }
        Command::Mail { command } => mail(command, &config),
        Command::Bench { command: BenchCommand::Seed { tenants, partners_per_tenant, deals } } => {
            let mut conn = open(&config)?;
            let report = crate::benchseed::seed(&mut conn, &crate::benchseed::Spec { tenants, partners_per_tenant, deals })?;
            let storage = crate::storage::store::Storage::open(&config.storage)?;
            crate::benchseed::seed_library(&mut conn, &storage)?;
            println!(
                "seeded {} rows in {:.1} s ({:.0} rows/s); sign in with cm@bench-00001.test or pu1@bench-00001.test, password {}",
                report.rows,
                report.seconds,
                report.rows as f64 / report.seconds.max(0.001),
                crate::benchseed::PASSWORD
            );
            Ok(())
        }
        Command::Jobs { command: JobsCommand::Run } => {
            drop(open(&config)?);
            let pool = db::connect(&config.database_url, 2, config.db_timeout)?;
            let run = crate::jobs::run_once(&pool, &config)?;
            println!("warned {}, expired {}", run.warned, run.expired);
            Ok(())
        }
        Command::Operator { command: OperatorCommand::Create { email } } => {
            let mut conn = open(&config)?;
            let (_, token, expires_at) = crate::platform::operators::create_with_link(&mut conn, &email)?;
            println!("Operator {email} can sign in once, until {} UTC, at:", expires_at.format("%Y-%m-%d %H:%M"));
            println!("  {}/operator/sign-in/{token}", config.public_url.as_str().trim_end_matches('/'));
            Ok(())
        }
        Command::Demo { serve } => {
            // The demo reads its mail in the browser (a development setting).
            let mut config = config;
            config.dev_mailbox = !config.is_https();
            let mut conn = open(&config)?;
            let storage = crate::storage::store::Storage::open(&config.storage)?;
            let demo = crate::demo::tenant::ensure_demo(&mut conn, &config, &storage)?;
            drop(conn);
            println!("{} the demo tenant “{}”.", if demo.created { "Created" } else { "Refreshed" }, demo.tenant.name);
            println!("  Portal:        {}", config.tenant_url(&demo.tenant.slug));
            println!("  Platform host: {}", config.public_url.as_str().trim_end_matches('/'));
            println!("  Sign in at {}/sign-in with:", config.tenant_url(&demo.tenant.slug));
            for (role, email, password) in &demo.accounts {
                println!("    {:<17} {:<28} {}", role.as_str().replace('_', " "), email, password);
            }
            if demo.deals > 0 {
                println!("  Sample data:   {} deals across every status, including a conflict waiting for review", demo.deals);
            }
            if demo.assets > 0 {
                println!(
                    "  Asset library: {} assets (a co-branded datasheet, a banner, a co-branded e-mail, a landing page the partner has published and a social post, in five languages), at /assets for partners",
                    demo.assets
                );
            }
            if demo.campaigns > 0 {
                println!(
                    "  Campaigns:     {} (one running for every tier, one scheduled for Gold), at /campaigns for partners",
                    demo.campaigns
                );
            }
            if demo.courses > 0 {
                println!(
                    "  Training:      {} courses in five languages with quizzes and certificates (active, expiring, expired, renewed, revoked), at /training for partners; Gold asks for two certified people",
                    demo.courses
                );
            }
            if let Some(dir) = config.dev_mailbox_dir() {
                println!(
                    "  E-mail (no SMTP configured) is written to {} and shown at {}/dev/mailbox",
                    dir.display(),
                    config.public_url.as_str().trim_end_matches('/')
                );
            }
            if serve {
                crate::startup::serve(config)?;
            }
            Ok(())
        }
    }
}

fn tenant(command: TenantCommand, config: &Config) -> anyhow::Result<()> {
    let mut conn = open(config)?;
    match command {
        TenantCommand::Create { slug, name, admin_email, locale, plan } => {
            let locale = match locale {
                None => None,
                Some(code) => Some(
                    Locale::from_code(&code)
                        .ok_or_else(|| anyhow::anyhow!("unknown locale `{code}`; use one of en-US, de-DE, fr-FR, es-ES, ja-JP"))?,
                ),
            };
            let request = ProvisionRequest { slug: &slug, name: &name, admin_email: &admin_email, locale, plan: plan.as_deref() };
            let made = tenants::provision(&mut conn, config, &Actor::system("cli"), &request)?;
            println!("Created tenant {} ({}) on the {} plan", made.tenant.slug, made.tenant.name, made.tenant.plan);
            println!("  Portal:       {}", config.tenant_url(&made.tenant.slug));
            println!("  Vendor admin: {} (invited)", made.admin.email);
            println!("  Tiers:        {}", made.tiers.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", "));
        }
        TenantCommand::List => {
            let rows = tenants::list(&mut conn)?;
            if rows.is_empty() {
                println!("No tenants yet. Create one with: portico tenant create --slug acme --name \"Acme\" --admin-email ops@acme.test");
                return Ok(());
            }
            println!(
                "{:<24} {:<28} {:<10} {:<7} {:>6} {:>9}  {:<17} URL",
                "SLUG", "NAME", "STATUS", "LOCALE", "USERS", "PARTNERS", "CREATED (UTC)"
            );
            for row in rows {
                println!(
                    "{:<24} {:<28} {:<10} {:<7} {:>6} {:>9}  {:<17} {}",
                    row.tenant.slug,
                    truncate(&row.tenant.name, 28),
                    row.tenant.status,
                    row.default_locale,
                    row.users,
                    row.partners,
                    row.tenant.created_at.format("%Y-%m-%d %H:%M"),
                    config.tenant_url(&row.tenant.slug)
                );
            }
        }
        TenantCommand::Show { slug } => {
            let d = tenants::show(&mut conn, &slug)?;
            let t = &d.summary.tenant;
            println!("Tenant {} ({})", t.slug, t.name);
            println!("  Status:          {}", t.status);
            println!("  Plan:            {}", t.plan);
            println!("  Portal:          {}", config.tenant_url(&t.slug));
            println!("  Portal name:     {}", d.settings.portal_name);
            println!("  Colours:         primary {}, accent {}", d.settings.primary_color, d.settings.accent_color);
            println!("  Default locale:  {}", d.settings.default_locale);
            println!("  Enabled locales: {}", d.settings.enabled_locales);
            println!("  Users:           {}", d.summary.users);
            println!("  Partners:        {}", d.summary.partners);
            println!("  Created:         {} UTC", t.created_at.format("%Y-%m-%d %H:%M:%S"));
            for tier in d.tiers {
                println!(
                    "  Tier {}:          {} ({} days protection, {} open deals)",
                    tier.rank, tier.name, tier.protection_days, tier.max_open_deals
                );
            }
        }
        TenantCommand::Plan { slug, plan } => {
            let t = tenants::change_plan(&mut conn, &Actor::system("cli"), &slug, &plan)?;
            println!("{} is now on the {} plan.", t.slug, t.plan);
        }
        TenantCommand::Usage { slug } => {
            let scope = tenants::operator_scope(&mut conn, &slug)?;
            let (plan, lines) = crate::tenancy::usage::snapshot(&mut conn, &scope)?;
            println!("{slug} on the {} plan ({})", plan.name, plan.key);
            println!("{:<16} {:>16} {:>16} {:>6}", "METRIC", "USED", "LIMIT", "%");
            for line in lines {
                let limit = line.limit.map_or_else(|| "unlimited".to_string(), |l| l.to_string());
                let percent = line.percent().map_or_else(String::new, |p| p.to_string());
                println!("{:<16} {:>16} {:>16} {:>6}", line.metric.as_str(), line.used, limit, percent);
            }
        }
        TenantCommand::Delete { slug, confirm } => {
            let t = tenants::delete(&mut conn, &Actor::system("cli"), &slug, &confirm, config.deletion_grace_days)?;
            let after = t.deleted_at.map(|at| at + chrono::Duration::days(config.deletion_grace_days));
            println!(
                "Deleted {}: its portal answers “removed”. Restore it with `portico tenant restore {}` until {} UTC.",
                t.slug,
                t.slug,
                after.map(|a| a.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()
            );
        }
        TenantCommand::Restore { slug } => {
            let t = tenants::restore(&mut conn, &Actor::system("cli"), &slug)?;
            println!("Restored {}: {}", t.slug, config.tenant_url(&t.slug));
        }
        TenantCommand::Export { slug, file } => {
            let tenant =
                crate::tenancy::model::find_by_slug(&mut conn, &slug)?.ok_or_else(|| anyhow::anyhow!("no tenant has the slug `{slug}`"))?;
            if file.exists() {
                anyhow::bail!("{} exists already; choose a new file name", file.display());
            }
            let storage = crate::storage::store::Storage::open(&config.storage)?;
            let started = std::time::Instant::now();
            let out = std::fs::File::create_new(&file)?;
            let done = crate::platform::export::write(
                &mut conn,
                &storage,
                &tenant,
                crate::platform::export::Purpose::Operator,
                std::io::BufWriter::new(out),
            )?;
            let records: usize = done.records.values().sum();
            println!(
                "Exported {} to {}: {records} records in {} entities, {} files ({:.1} s).",
                slug,
                file.display(),
                done.records.len(),
                done.files,
                started.elapsed().as_secs_f64()
            );
        }
        TenantCommand::Import { file, slug, name } => {
            use crate::platform::import;
            let started = std::time::Instant::now();
            let reader =
                std::io::BufReader::new(std::fs::File::open(&file).map_err(|e| anyhow::anyhow!("cannot open {}: {e}", file.display()))?);
            let checked = import::check(&mut conn, reader)?;
            let source = checked.source_slug().to_string();
            let storage = crate::storage::store::Storage::open(&config.storage)?;
            let done = import::import(&mut conn, &storage, &Actor::system("cli"), checked, &slug, name.as_deref())?;
            let records: usize = done.records.values().sum();
            println!(
                "Imported {source} from {} as {}: {records} records in {} entities, {} files ({:.1} s).",
                file.display(),
                done.tenant.slug,
                done.records.len(),
                done.files,
                started.elapsed().as_secs_f64()
            );
            println!("  {}", config.tenant_url(&done.tenant.slug));
        }
        TenantCommand::Purge { slug } => {
            let storage = crate::storage::store::Storage::open(&config.storage)?;
            let report = tenants::purge(&mut conn, &storage, &Actor::system("cli"), &slug)?;
            let rows: usize = report.rows.iter().map(|(_, n)| n).sum();
            println!("Purged {}: {rows} rows in {} tables, {} stored files.", report.slug, report.rows.len(), report.files);
        }
        TenantCommand::Suspend { slug } => {
            let t = tenants::set_status(&mut conn, &Actor::system("cli"), &slug, TenantStatus::Suspended)?;
            println!("Suspended {}: its portal now answers “suspended”.", t.slug);
        }
        TenantCommand::Resume { slug } => {
            let t = tenants::set_status(&mut conn, &Actor::system("cli"), &slug, TenantStatus::Active)?;
            println!("Resumed {}: {}", t.slug, config.tenant_url(&t.slug));
        }
        TenantCommand::Override { slug, locale, id, value, remove } => {
            let locale = Locale::from_code(&locale)
                .ok_or_else(|| anyhow::anyhow!("unknown locale `{locale}`; use one of en-US, de-DE, fr-FR, es-ES, ja-JP"))?;
            let value = if remove { None } else { value.as_deref() };
            tenants::set_string_override(&mut conn, &slug, locale, &id, value)?;
            match value {
                Some(_) => println!("Set {id} ({}) for {slug}.", locale.code()),
                None => println!("Removed the override of {id} ({}) for {slug}.", locale.code()),
            }
        }
    }
    Ok(())
}

fn mail(command: MailCommand, config: &Config) -> anyhow::Result<()> {
    use crate::mail::model::{self, LogFilter, MailStatus};
    let mut conn = open(config)?;
    match command {
        MailCommand::List { tenant, status, limit } => {
            let tenant_id = match tenant {
                None => None,
                Some(slug) => Some(
                    crate::tenancy::model::find_by_slug(&mut conn, &slug)?
                        .ok_or_else(|| anyhow::anyhow!("no tenant has the slug `{slug}`"))?
                        .id,
                ),
            };
            let status = match status {
                None => None,
                Some(s) => Some(MailStatus::parse(&s).ok_or_else(|| anyhow::anyhow!("unknown status `{s}`; use queued, sent or parked"))?),
            };
            let entries = model::log(&mut conn, &LogFilter { tenant_id, status, limit: limit.clamp(1, 10_000) })?;
            if entries.is_empty() {
                println!("No messages.");
                return Ok(());
            }
            println!(
                "{:>6}  {:<16} {:<7} {:>3}  {:<12} {:<32} {:<17} SUBJECT / LAST ERROR",
                "ID", "TENANT", "STATUS", "TRY", "KIND", "TO", "WHEN (UTC)"
            );
            for e in entries {
                let r = &e.row;
                let when = r.sent_at.unwrap_or(r.next_attempt_at).format("%Y-%m-%d %H:%M");
                println!(
                    "{:>6}  {:<16} {:<7} {:>3}  {:<12} {:<32} {:<17} {}",
                    r.id,
                    truncate(e.tenant_slug.as_deref().unwrap_or("(platform)"), 16),
                    r.status,
                    r.attempts,
                    truncate(&r.kind, 12),
                    truncate(&r.to_address, 32),
                    when,
                    truncate(&r.subject, 60)
                );
                if let Some(err) = &r.last_error {
                    println!("{:>6}  last error: {}", "", truncate(err, 200));
                }
            }
        }
        MailCommand::Retry { id } => {
            if model::retry(&mut conn, id, None, db::now())? == 0 {
                anyhow::bail!("message {id} is not parked (or does not exist)");
            }
            println!("Message {id} is queued again.");
        }
        MailCommand::Work { once } => {
            drop(conn);
            let pool = db::connect(&config.database_url, 2, config.db_timeout)?;
            let worker = crate::mail::worker::worker_from_config(config, pool)?;
            if once {
                let stats = worker.run_once()?;
                println!("sent {}, deferred {}, parked {}", stats.sent, stats.retried, stats.parked);
            } else {
                let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
                let flag = stop.clone();
                actix_web::rt::System::new().block_on(async move {
                    let worker_thread = std::thread::spawn(move || worker.run_until(&flag));
                    let _ = actix_web::rt::signal::ctrl_c().await;
                    stop.store(true, std::sync::atomic::Ordering::Relaxed);
                    let _ = worker_thread.join();
                });
            }
        }
    }
    Ok(())
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}
