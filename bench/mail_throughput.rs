//! Mail worker throughput to a loopback SMTP server: enqueues N invitations
//! through the real outbox, then times one worker and two workers draining
//! them. Run through `bench/mail-throughput`, which starts the SMTP sink.
//!
//!     mail_throughput --smtp-port PORT [--messages N] [--database-url URL]

use std::sync::Arc;
use std::time::{Duration, Instant};

use portico::config::Config;
use portico::db;
use portico::mail::model::{self, MailStatus};
use portico::mail::transport::SmtpTransport;
use portico::mail::worker::{SystemClock, Worker, WorkerOptions};
use portico::platform::tenants::{self, ProvisionRequest};

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() -> anyhow::Result<()> {
    let port: u16 = arg("--smtp-port").ok_or_else(|| anyhow::anyhow!("--smtp-port is required"))?.parse()?;
    let messages: usize = arg("--messages").map(|m| m.parse()).transpose()?.unwrap_or(2_000);
    let dir = tempfile::tempdir()?;
    let database_url = arg("--database-url").unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let mut env = std::collections::HashMap::new();
    env.insert("DATABASE_URL".to_string(), database_url.clone());
    env.insert("PORTICO_DATA_DIR".to_string(), dir.path().display().to_string());
    env.insert("PORTICO_SECRET_KEY".to_string(), "b".repeat(64));
    let config = Config::from_source(&env)?;
    let pool = db::connect(&database_url, 8, Duration::from_secs(10))?;
    let mut migrate_conn = pool.get()?;
    db::migrations::run_pending(&mut migrate_conn).map_err(|e| anyhow::anyhow!("{e}"))?;
    drop(migrate_conn);
    let backend = db::DbTarget::parse(&database_url).map_err(anyhow::Error::msg)?.backend_name();

    println!("| backend | workers | messages | seconds | messages/s |");
    println!("|---|---|---|---|---|");
    for workers in [1usize, 2] {
        // Seed: one tenant per round, N invitations through the real composer.
        let slug = format!("bench-{workers}-{}", uuid::Uuid::new_v4().simple());
        let mut conn = pool.get()?;
        tenants::provision(
            &mut conn,
            &config,
            &portico::audit::Actor::system("bench"),
            &ProvisionRequest { slug: &slug, name: "Bench", admin_email: "ops@bench.test", locale: None, plan: None },
        )?;
        let scope = tenants::operator_scope(&mut conn, &slug)?;
        let admin = portico::identity::model::find_by_email(&mut conn, &scope, "ops@bench.test")?
            .ok_or_else(|| anyhow::anyhow!("admin missing"))?;
        for _ in 1..messages {
            portico::identity::invitations::invite(&mut conn, &scope, &config, &admin, &slug)?;
        }
        drop(conn);

        let settings = portico::config::parse_smtp_url(&format!("smtp://127.0.0.1:{port}?tls=none")).map_err(anyhow::Error::msg)?;
        let started = Instant::now();
        let threads: Vec<_> = (0..workers)
            .map(|_| {
                let transport =
                    Arc::new(SmtpTransport::new(&settings, config.mail_from.clone(), Duration::from_secs(10)).map_err(anyhow::Error::msg)?);
                let w =
                    Worker::new(pool.clone(), transport, Arc::new(SystemClock), WorkerOptions { batch: 50, ..WorkerOptions::default() });
                Ok(std::thread::spawn(move || {
                    loop {
                        match w.run_once() {
                            Ok(stats) if stats.total() > 0 => continue,
                            Ok(_) => break,
                            Err(e) => {
                                eprintln!("worker error: {e:#}");
                                break;
                            }
                        }
                    }
                }))
            })
            .collect::<anyhow::Result<_>>()?;
        for t in threads {
            let _ = t.join();
        }
        let seconds = started.elapsed().as_secs_f64();
        let mut conn = pool.get()?;
        let queued = model::count_by_status(&mut conn, MailStatus::Queued)?;
        anyhow::ensure!(queued == 0, "{queued} messages left queued");
        println!("| {backend} | {workers} | {messages} | {seconds:.2} | {:.0} |", messages as f64 / seconds);
    }
    Ok(())
}
