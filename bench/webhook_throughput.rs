//! Webhook delivery throughput to a loopback receiver: writes N events
//! through the real outbox (one endpoint taking them), then times one worker
//! and two workers delivering them — signed, over the guarded client, each
//! attempt recorded. The receiver is a minimal keep-alive HTTP sink in this
//! process that answers 204, so the numbers are Portico's side.
//!
//!     webhook_throughput [--events N] [--database-url URL]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use portico::config::Config;
use portico::db;
use portico::mail::worker::SystemClock;
use portico::platform::tenants::{self, ProvisionRequest};
use portico::webhooks::endpoints::{self, EndpointForm};
use portico::webhooks::events::{EventType, PartnerData};
use portico::webhooks::worker::{Worker, WorkerOptions};

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

/// Answers every request on every connection with 204, keeping connections open.
fn sink() -> anyhow::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut writer = match stream.try_clone() {
                    Ok(w) => w,
                    Err(_) => return,
                };
                let mut reader = BufReader::new(stream);
                loop {
                    let mut length = 0usize;
                    let mut line = String::new();
                    loop {
                        line.clear();
                        match reader.read_line(&mut line) {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0u8; length];
                    if reader.read_exact(&mut body).is_err()
                        || writer.write_all(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n").is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    Ok(port)
}

fn main() -> anyhow::Result<()> {
    let events: usize = arg("--events").map(|m| m.parse()).transpose()?.unwrap_or(2_000);
    let dir = tempfile::tempdir()?;
    let database_url = arg("--database-url").unwrap_or_else(|| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let port = sink()?;
    let mut env = std::collections::HashMap::new();
    env.insert("DATABASE_URL".to_string(), database_url.clone());
    env.insert("PORTICO_DATA_DIR".to_string(), dir.path().display().to_string());
    env.insert("PORTICO_SECRET_KEY".to_string(), "b".repeat(64));
    env.insert("PORTICO_ALLOW_HOSTS".to_string(), "127.0.0.1".to_string());
    let config = Config::from_source(&env)?;
    let pool = db::connect(&database_url, 8, Duration::from_secs(10))?;
    let mut migrate_conn = pool.get()?;
    db::migrations::run_pending(&mut migrate_conn).map_err(|e| anyhow::anyhow!("{e}"))?;
    drop(migrate_conn);
    let backend = db::DbTarget::parse(&database_url).map_err(anyhow::Error::msg)?.backend_name();
    let t = portico::i18n::Translator::plain(portico::i18n::Locale::EnUs);

    println!("| backend | workers | deliveries | seconds | deliveries/s |");
    println!("|---|---|---|---|---|");
    for workers in [1usize, 2] {
        let slug = format!("bench-{workers}-{}", uuid::Uuid::new_v4().simple());
        let mut conn = pool.get()?;
        let actor = portico::audit::Actor::system("bench");
        tenants::provision(
            &mut conn,
            &config,
            &actor,
            &ProvisionRequest { slug: &slug, name: "Bench", admin_email: "ops@bench.test", locale: None, plan: None },
        )?;
        let scope = tenants::operator_scope(&mut conn, &slug)?;
        let form = EndpointForm {
            url: format!("http://127.0.0.1:{port}/hook"),
            description: String::new(),
            events: vec![EventType::PartnerUpdated.as_str().to_string()],
            enabled: true,
        };
        let input = form.validate(&t, &config.allow_hosts).map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let endpoint = endpoints::create(&mut conn, &scope, &actor, config.secret_key.as_bytes(), &input)?;
        for n in 0..events {
            let data = PartnerData {
                id: n as i64,
                name: format!("Partner {n}"),
                status: "active".into(),
                tier_id: None,
                country: Some("DE".into()),
                website: None,
            };
            db::transaction(&mut conn, |c| portico::webhooks::emit(c, &scope, EventType::PartnerUpdated, &data))?;
        }
        drop(conn);

        let started = Instant::now();
        let threads: Vec<_> = (0..workers)
            .map(|_| {
                let options = WorkerOptions { batch: 64, concurrency: 8, ..WorkerOptions::default() };
                let w = Worker::new(pool.clone(), config.clone(), Arc::new(SystemClock), options);
                std::thread::spawn(move || {
                    if let Err(e) = w.run_until_idle() {
                        eprintln!("worker error: {e:#}");
                    }
                })
            })
            .collect();
        for t in threads {
            let _ = t.join();
        }
        let seconds = started.elapsed().as_secs_f64();
        let mut pooled = pool.get()?;
        let conn: &mut portico::db::AnyConnection = &mut pooled;
        use portico::db::schema::webhook_deliveries as d;
        let delivered: i64 = d::table.filter(d::endpoint_id.eq(endpoint.id)).filter(d::status.eq("succeeded")).count().get_result(conn)?;
        anyhow::ensure!(delivered == events as i64, "{delivered} of {events} delivered");
        println!("| {backend} | {workers} | {events} | {seconds:.2} | {:.0} |", events as f64 / seconds);
    }
    Ok(())
}
