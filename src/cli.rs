//! The command line: `serve`, `migrate`, `tenant …`, `demo`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::db;
use crate::i18n::Locale;
use crate::tenancy::model::TenantStatus;
use crate::tenancy::service::{self, ProvisionRequest};

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
    /// Create and manage tenants.
    Tenant {
        #[command(subcommand)]
        command: TenantCommand,
    },
    /// Create (or refresh) the demo tenant and print how to reach it.
    Demo {
        /// Start serving right after.
        #[arg(long)]
        serve: bool,
    },
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
    },
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
        Command::Demo { serve } => {
            let mut conn = open(&config)?;
            let demo = service::ensure_demo(&mut conn, &config.data_dir)?;
            drop(conn);
            println!("{} the demo tenant “{}”.", if demo.created { "Created" } else { "Refreshed" }, demo.tenant.name);
            println!("  Portal:        {}", config.tenant_url(&demo.tenant.slug));
            println!("  Vendor admin:  {} (role: vendor admin)", demo.admin_email);
            println!("  Platform host: {}", config.public_url.as_str().trim_end_matches('/'));
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
        TenantCommand::Create { slug, name, admin_email, locale } => {
            let locale = match locale {
                None => None,
                Some(code) => Some(Locale::from_code(&code).ok_or_else(|| {
                    anyhow::anyhow!("unknown locale `{code}`; use one of en-US, de-DE, fr-FR, es-ES, ja-JP")
                })?),
            };
            let made = service::provision(&mut conn, &ProvisionRequest { slug: &slug, name: &name, admin_email: &admin_email, locale })?;
            println!("Created tenant {} ({})", made.tenant.slug, made.tenant.name);
            println!("  Portal:       {}", config.tenant_url(&made.tenant.slug));
            println!("  Vendor admin: {} (invited)", made.admin.email);
            println!("  Tiers:        {}", made.tiers.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", "));
        }
        TenantCommand::List => {
            let rows = service::list(&mut conn)?;
            if rows.is_empty() {
                println!("No tenants yet. Create one with: portico tenant create --slug acme --name \"Acme\" --admin-email ops@acme.test");
                return Ok(());
            }
            println!("{:<24} {:<28} {:<10} {:<7} {:>6} {:>9}  {:<17} URL", "SLUG", "NAME", "STATUS", "LOCALE", "USERS", "PARTNERS", "CREATED (UTC)");
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
            let d = service::show(&mut conn, &slug)?;
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
                println!("  Tier {}:          {} ({} days protection, {} open deals)", tier.rank, tier.name, tier.protection_days, tier.max_open_deals);
            }
        }
        TenantCommand::Suspend { slug } => {
            let t = service::set_status(&mut conn, &slug, TenantStatus::Suspended)?;
            println!("Suspended {}: its portal now answers “suspended”.", t.slug);
        }
        TenantCommand::Resume { slug } => {
            let t = service::set_status(&mut conn, &slug, TenantStatus::Active)?;
            println!("Resumed {}: {}", t.slug, config.tenant_url(&t.slug));
        }
        TenantCommand::Override { slug, locale, id, value, remove } => {
            let locale = Locale::from_code(&locale)
                .ok_or_else(|| anyhow::anyhow!("unknown locale `{locale}`; use one of en-US, de-DE, fr-FR, es-ES, ja-JP"))?;
            let value = if remove { None } else { value.as_deref() };
            service::set_string_override(&mut conn, &slug, locale, &id, value)?;
            match value {
                Some(_) => println!("Set {id} ({}) for {slug}.", locale.code()),
                None => println!("Removed the override of {id} ({}) for {slug}.", locale.code()),
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
