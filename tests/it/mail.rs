//! E-mail through the outbox, delivered to a real SMTP server on loopback.

use std::sync::Arc;
use std::time::Duration;

use portico::db;
use portico::i18n::{Locale, Translator};
use portico::mail::model::{self, LogFilter, MailStatus, OutboxRow};
use portico::mail::transport::{MailTransport, SmtpTransport};
use portico::mail::worker::{ManualClock, Worker, WorkerOptions};
use portico::platform::tenants::{self, ProvisionRequest};

use crate::support::smtp::{SmtpPeer, free_port};
use crate::support::{TestApp, spawn_app, spawn_app_with, spawn_app_with_mail};

fn smtp_to(port: u16) -> Arc<dyn MailTransport> {
    let settings = portico::config::parse_smtp_url(&format!("smtp://127.0.0.1:{port}?tls=none")).unwrap();
    Arc::new(SmtpTransport::new(&settings, "noreply@localhost".parse().unwrap(), Duration::from_secs(5)).unwrap())
}

fn worker(app: &TestApp, port: u16, clock: Arc<ManualClock>) -> Worker {
    Worker::new(app.pool(), smtp_to(port), clock, WorkerOptions { batch: 20, ..WorkerOptions::default() })
}

fn rows(app: &TestApp) -> Vec<OutboxRow> {
    let mut conn = app.pool().get().unwrap();
    let mut rows: Vec<OutboxRow> =
        model::log(&mut conn, &LogFilter { tenant_id: None, status: None, limit: 1000 }).unwrap().into_iter().map(|e| e.row).collect();
    rows.sort_by_key(|r| r.id);
    rows
}

#[tokio::test]
async fn the_new_vendor_admin_gets_a_branded_localized_invitation() {
    let peer = SmtpPeer::start(0);
    let app = spawn_app_with_mail(&peer).await;
    app.cli_ok(&["tenant", "create", "--slug", "kabu", "--name", "株式会社カブ", "--admin-email", "taro@kabu.test", "--locale", "ja-JP"]);

    let got = peer.wait_for(1).await;
    assert_eq!(got.len(), 1);
    let m = &got[0];
    let expected_subject = Translator::plain(Locale::JaJp).t_args("mail-invitation-subject", &[("portal", "株式会社カブ")]);
    assert_eq!(m.subject, expected_subject, "Japanese subject decoded back exactly");
    assert_eq!(m.envelope_to, vec!["taro@kabu.test".to_string()]);
    assert_eq!(m.from_name, "株式会社カブ", "the portal is the sender's display name");
    assert!(m.from.contains("noreply@localhost"));
    assert!(m.content_type.starts_with("multipart/alternative"), "{}", m.content_type);
    let link = format!("http://kabu.localhost:{}/invitations/", app.port);
    assert!(m.text.contains(&link), "{}", m.text);
    assert!(m.html.contains(&link));
    assert!(m.html.contains("#1f4e8c"), "branded with the tenant colour");
    assert!(m.message_id.starts_with('<') && m.message_id.ends_with("@localhost>"));
    assert!(!m.headers.contains_key("list-unsubscribe"), "an invitation is essential mail");

    // The worker marks it sent once the SMTP server has accepted it.
    let mut list = String::new();
    for _ in 0..100 {
        list = app.cli_ok(&["mail", "list", "--tenant", "kabu"]);
        if list.lines().any(|l| l.contains("sent") && l.contains("invitation")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(list.lines().any(|l| l.contains("sent") && l.contains("invitation")), "{list}");
}

#[tokio::test]
async fn a_delivered_invitation_keeps_no_readable_link_in_the_outbox() {
    let peer = SmtpPeer::start(0);
    let app = spawn_app_with_mail(&peer).await;
    app.create_tenant("acme", "Acme");
    let got = peer.wait_for(1).await;
    assert!(got[0].text.contains("/invitations/"), "the recipient got the link");
    let mut sent = None;
    for _ in 0..100 {
        sent = rows(&app).into_iter().find(|r| r.kind == "invitation" && r.status == "sent");
        if sent.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let row = sent.expect("the invitation is marked sent");
    assert!(!row.body_text.contains("/invitations/") && !row.body_html.contains("/invitations/"), "{}", row.body_text);
    assert_eq!(row.body_text, model::REDACTED_BODY);
    assert_eq!(row.to_address, "ops@acme.test", "headers and status stay for the log");
    assert!(row.subject.contains("Acme"));
}

#[tokio::test]
async fn links_in_mail_come_from_configuration_not_the_request() {
    // TEN-4: whatever Host the operator's terminal or a request used, the link
    // is built from PORTICO_PUBLIC_URL.
    let peer = SmtpPeer::start(0);
    let app = spawn_app_with(&[
        ("PORTICO_SMTP_URL", &peer.url()),
        ("PORTICO_PUBLIC_URL", "https://portal.example.com"),
        ("PORTICO_DEV_MAILBOX", "0"),
    ])
    .await;
    app.cli_ok(&["tenant", "create", "--slug", "acme", "--name", "Acme", "--admin-email", "ops@acme.test"]);
    let clock = Arc::new(ManualClock::new(db::now()));
    worker(&app, peer.port, clock).run_once().unwrap();
    let got = peer.wait_for(1).await;
    assert!(got[0].text.contains("https://acme.portal.example.com/invitations/"), "{}", got[0].text);
}

#[tokio::test]
async fn a_crafted_display_name_cannot_add_headers_or_recipients() {
    let peer = SmtpPeer::start(0);
    let app = spawn_app().await;
    let now = db::now();
    let row = OutboxRow {
        id: 1,
        tenant_id: None,
        recipient_user_id: None,
        to_address: "user@example.test".into(),
        to_name: "Mallory\r\nBcc: victim@evil.test".into(),
        from_name: "Acme\r\nSubject: hijacked\r\nBcc: other@evil.test".into(),
        kind: "test".into(),
        locale: "en-US".into(),
        payload: "{}".into(),
        subject: "Hello\r\nBcc: third@evil.test".into(),
        body_text: "text".into(),
        body_html: "<p>html</p>".into(),
        unsubscribe_url: None,
        status: "queued".into(),
        attempts: 1,
        next_attempt_at: now,
        lease_owner: None,
        lease_until: None,
        last_error: None,
        message_id: "<crafted@localhost>".into(),
        created_at: now,
        updated_at: now,
        sent_at: None,
    };
    smtp_to(peer.port).send(&row).unwrap();
    let got = peer.wait_for(1).await;
    assert_eq!(got[0].envelope_to, vec!["user@example.test".to_string()], "one recipient");
    assert!(!got[0].headers.contains_key("bcc"));
    assert_eq!(got[0].raw.matches("\nSubject:").count() + usize::from(got[0].raw.starts_with("Subject:")), 1, "one Subject");
    assert!(!got[0].raw.contains("hijacked\r\n"));
    drop(app);
}

#[tokio::test]
async fn mail_waits_while_the_smtp_server_is_down_and_is_delivered_once_it_is_back() {
    let port = free_port();
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let clock = Arc::new(ManualClock::new(db::now()));
    let w = worker(&app, port, clock.clone());

    let stats = w.run_once().unwrap();
    assert_eq!((stats.sent, stats.retried), (0, 1));
    let row = &rows(&app)[0];
    assert_eq!(row.status, "queued");
    assert!(row.last_error.is_some());

    let peer = SmtpPeer::start(port);
    clock.advance(Duration::from_secs(40));
    assert_eq!(w.run_once().unwrap().sent, 1);
    clock.advance(Duration::from_secs(4000));
    assert_eq!(w.run_once().unwrap().total(), 0, "nothing left to do");
    assert_eq!(peer.wait_for(1).await.len(), 1);
    assert_eq!(rows(&app)[0].status, "sent");
}

#[tokio::test]
async fn temporary_failures_back_off_on_the_documented_schedule() {
    let peer = SmtpPeer::start(0);
    peer.tempfail(3).await;
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let clock = Arc::new(ManualClock::new(db::now()));
    let w = worker(&app, peer.port, clock.clone());

    // 30 s, 60 s, 120 s, each plus up to 20% jitter.
    for (attempt, base) in [(1, 30i64), (2, 60), (3, 120)] {
        let before = clock_now(&clock);
        assert_eq!(w.run_once().unwrap().retried, 1, "attempt {attempt}");
        let row = &rows(&app)[0];
        assert_eq!(row.attempts, attempt);
        let wait = (row.next_attempt_at - before).num_seconds();
        assert!(wait >= base && wait <= base + base / 5, "attempt {attempt}: waited {wait}s");
        // Not due before its time…
        clock.advance(Duration::from_secs((base - 1) as u64));
        assert_eq!(w.run_once().unwrap().total(), 0);
        clock.advance(Duration::from_secs((base / 5 + 2) as u64));
    }
    assert_eq!(w.run_once().unwrap().sent, 1, "the fourth attempt delivers");
    let row = &rows(&app)[0];
    assert_eq!((row.status.as_str(), row.attempts), ("sent", 4));
    assert_eq!(peer.wait_for(1).await.len(), 1);
}

fn clock_now(clock: &ManualClock) -> chrono::NaiveDateTime {
    use portico::mail::worker::Clock;
    clock.now()
}

#[tokio::test]
async fn a_permanent_failure_is_parked_shown_and_can_be_retried() {
    let peer = SmtpPeer::start(0);
    peer.reject().await;
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let clock = Arc::new(ManualClock::new(db::now()));
    let w = worker(&app, peer.port, clock.clone());

    assert_eq!(w.run_once().unwrap().parked, 1);
    clock.advance(Duration::from_secs(7200));
    assert_eq!(w.run_once().unwrap().total(), 0, "parked mail is not retried by itself");
    let row = rows(&app)[0].clone();
    assert_eq!(row.status, "parked");
    assert!(row.last_error.as_deref().unwrap_or("").contains("550"), "{:?}", row.last_error);

    let list = app.cli_ok(&["mail", "list", "--status", "parked"]);
    assert!(list.contains("parked") && list.contains("550"), "{list}");

    peer.accept().await;
    let out = app.cli_ok(&["mail", "retry", &row.id.to_string()]);
    assert!(out.contains("queued again"));
    let out = app.cli(&["mail", "retry", &row.id.to_string()]);
    assert!(!out.status.success(), "only parked mail can be retried");
    clock.advance(Duration::from_secs(1));
    assert_eq!(w.run_once().unwrap().sent, 1);
    assert_eq!(peer.wait_for(1).await.len(), 1);
}

#[tokio::test]
async fn a_worker_that_dies_after_the_server_accepted_resends_with_the_same_message_id() {
    let peer = SmtpPeer::start(0);
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let clock = Arc::new(ManualClock::new(db::now()));

    let first = worker(&app, peer.port, clock.clone());
    let claimed = first.claim().unwrap();
    assert_eq!(claimed.len(), 1);
    smtp_to(peer.port).send(&claimed[0]).unwrap();
    drop(first); // killed before marking it sent

    let second = worker(&app, peer.port, clock.clone());
    assert_eq!(second.run_once().unwrap().total(), 0, "the lease still holds");
    clock.advance(Duration::from_secs(121));
    assert_eq!(second.run_once().unwrap().sent, 1);
    let got = peer.wait_for(2).await;
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].message_id, got[1].message_id, "same Message-ID, so receivers can de-duplicate");
    assert_eq!(rows(&app)[0].status, "sent");
}

#[tokio::test]
async fn mail_enqueued_in_a_transaction_that_fails_is_never_sent() {
    let app = spawn_app().await;
    let config = app.config();
    let pool = app.pool();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let result: Result<(), tenants::ProvisionError> = db::transaction(&mut conn, |c| {
            tenants::provision(
                c,
                &config,
                &portico::audit::Actor::system("test"),
                &ProvisionRequest { slug: "doomed", name: "Doomed", admin_email: "a@doomed.test", locale: None, plan: None },
            )?;
            Err(tenants::ProvisionError::InvalidName)
        });
        assert!(result.is_err());
        assert_eq!(model::count_by_status(&mut conn, MailStatus::Queued).unwrap(), 0);
        assert!(portico::tenancy::model::find_by_slug(&mut conn, "doomed").unwrap().is_none());
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn two_workers_never_send_one_message_twice() {
    let peer = SmtpPeer::start(0);
    let app = spawn_app().await;
    let config = app.config();
    let pool = app.pool();
    let n = 30;
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        for i in 0..n {
            let slug = format!("tenant-{i}");
            tenants::provision(
                &mut conn,
                &config,
                &portico::audit::Actor::system("test"),
                &ProvisionRequest { slug: &slug, name: &slug, admin_email: &format!("ops@{slug}.test"), locale: None, plan: None },
            )
            .unwrap();
        }
    })
    .await
    .unwrap();

    let mut threads = Vec::new();
    for _ in 0..2 {
        let w = Worker::new(
            app.pool(),
            smtp_to(peer.port),
            Arc::new(portico::mail::worker::SystemClock),
            WorkerOptions { batch: 3, ..WorkerOptions::default() },
        );
        threads.push(std::thread::spawn(move || {
            let mut sent = 0;
            for _ in 0..200 {
                let stats = w.run_once().unwrap();
                sent += stats.sent;
                if stats.total() == 0 {
                    break;
                }
            }
            sent
        }));
    }
    let sent: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(sent, n);
    let got = peer.wait_for(n).await;
    let mut ids: Vec<_> = got.iter().map(|m| m.message_id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "every message exactly once");
    assert!(rows(&app).iter().all(|r| r.status == "sent"));
}

#[tokio::test]
async fn one_tenants_backlog_does_not_starve_another_tenant() {
    let app = spawn_app().await;
    app.create_tenant("busy", "Busy");
    let config = app.config();
    let pool = app.pool();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let scope = tenants::operator_scope(&mut conn, "busy").unwrap();
        let admin = portico::identity::model::find_by_email(&mut conn, &scope, "ops@busy.test").unwrap().unwrap();
        for _ in 0..60 {
            portico::identity::invitations::invite(&mut conn, &scope, &config, &admin, "busy").unwrap();
        }
    })
    .await
    .unwrap();
    // The quiet tenant's one message is enqueued last.
    app.create_tenant("quiet", "Quiet");
    let clock = Arc::new(ManualClock::new(db::now() + chrono::Duration::seconds(5)));
    let w = worker(&app, free_port(), clock);
    let claimed = w.claim().unwrap();
    assert_eq!(claimed.len(), 20);
    let quiet_id = rows(&app).iter().find(|r| r.to_address == "ops@quiet.test").unwrap().tenant_id;
    assert!(claimed.iter().any(|r| r.tenant_id == quiet_id), "the quiet tenant is served in the first batch");
}

#[tokio::test]
async fn without_smtp_mail_lands_in_the_dev_mailbox() {
    let mut app = spawn_app().await;
    app.start_worker();
    app.create_tenant("acme", "Acme");
    let json = app.dir.path().join("mailbox");
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while rows(&app).iter().any(|r| r.status != "sent") {
        assert!(std::time::Instant::now() < deadline, "mailbox delivery timed out");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(json.exists());

    let list = app.client.get(app.platform_url("/dev/mailbox")).send().await.unwrap();
    assert_eq!(list.status(), 200);
    let body = list.text().await.unwrap();
    let subject = Translator::plain(Locale::EnUs).t_args("mail-invitation-subject", &[("portal", "Acme")]);
    let escaped = subject.replace('\'', "&#39;");
    assert!(body.contains(&escaped) || body.contains(&subject), "{body}");
    let href = body.split('"').find(|s| s.starts_with("/dev/mailbox/tenant-")).expect("message link").to_string();

    let page = app.client.get(app.platform_url(&href)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("http://acme.localhost:{}/invitations/", app.port)));
    let html = app.client.get(app.platform_url(&format!("{href}/html"))).send().await.unwrap();
    assert!(html.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));

    // Never on a tenant host, never for traversal.
    assert_eq!(app.get("acme", "/dev/mailbox").await.status(), 404);
    let res = app.client.get(app.platform_url("/dev/mailbox/..%2F..%2Fsecret.key/1")).send().await.unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn the_dev_mailbox_does_not_exist_when_smtp_is_configured() {
    let peer = SmtpPeer::start(0);
    let app = spawn_app_with(&[("PORTICO_SMTP_URL", &peer.url())]).await;
    let res = app.client.get(app.platform_url("/dev/mailbox")).send().await.unwrap();
    assert_eq!(res.status(), 404);
}
