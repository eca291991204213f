//! Webhooks (SPEC §10): endpoints a vendor admin keeps, events written in
//! the transaction of their change, delivered by leased workers and signed
//! as Standard Webhooks says — checked by an independent receiver that
//! verifies every delivery with the specification's reference library and
//! every body against the OpenAPI document. Events caused = events verified,
//! through an outage, a 429 with Retry-After, a killed worker and a secret
//! rotation.

use std::sync::Arc;
use std::time::Duration;

use portico::mail::worker::ManualClock;
use portico::webhooks::worker::{Worker, WorkerOptions};
use serde_json::{Value, json};

use crate::api::make_token;
use crate::support::receiver::Receiver;
use crate::support::world::{World, world_on};
use crate::support::{TestApp, execute, post_form, scalar, spawn_app_with};

const EVERY_EVENT: [&str; 14] = [
    "deal.submitted",
    "deal.approved",
    "deal.rejected",
    "deal.info_requested",
    "deal.won",
    "deal.lost",
    "deal.expired",
    "partner.created",
    "partner.updated",
    "partner.suspended",
    "application.received",
    "user.invited",
    "campaign.started",
    "campaign.activated",
];

async fn webhook_world() -> World {
    world_on(spawn_app_with(&[("PORTICO_ALLOW_HOSTS", "127.0.0.1")]).await).await
}

/// Adds an endpoint through the admin page; its id and signing secret (read off its page).
async fn add_endpoint(w: &World, url: &str, events: &[&str]) -> (i64, String) {
    let mut fields = vec![("url", url), ("description", "CRM"), ("enabled", "on")];
    fields.extend(events.iter().map(|e| ("events", *e)));
    let res = post_form(&w.admin, &w.app, "acme", "/admin/webhooks", "/admin/webhooks", &fields).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let location = res.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = location.rsplit('/').next().unwrap().parse().unwrap();
    (id, secret_of(w, id).await)
}

async fn secret_of(w: &World, id: i64) -> String {
    let (status, page) = w.page(&w.admin, &format!("/admin/webhooks/{id}")).await;
    assert_eq!(status, 200);
    let at = page.find("<code class=\"webhook-secret\">").expect("the secret on the page") + "<code class=\"webhook-secret\">".len();
    page[at..].split('<').next().unwrap().to_string()
}

async fn document(app: &TestApp) -> Value {
    crate::support::client().get(app.url("acme", "/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap()
}

/// A clock the test moves, a minute ahead of the wall clock so that what
/// the test causes from now on is due on it.
fn test_clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(portico::db::now() + chrono::Duration::seconds(60)))
}

/// A worker on a clock the test moves (no sleeping through the schedule).
fn worker_on(app: &TestApp, clock: &Arc<ManualClock>) -> Worker {
    Worker::new(app.pool(), app.config(), clock.clone(), WorkerOptions::default())
}

/// Rounds until nothing is due on the worker's clock; what they did.
async fn drain(worker: Worker) -> (Worker, portico::webhooks::worker::RoundStats) {
    tokio::task::spawn_blocking(move || {
        let stats = worker.run_until_idle().unwrap();
        (worker, stats)
    })
    .await
    .unwrap()
}

fn caused(app: &TestApp) -> i64 {
    scalar(app, "SELECT COUNT(*) AS n FROM webhook_messages WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')")
}

fn ids(list: &Value) -> Vec<String> {
    let mut ids: Vec<String> = list.as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();
    ids.sort();
    ids.dedup();
    ids
}

async fn api(w: &World, method: &str, path: &str, token: &str, body: Value) -> Value {
    let res = crate::support::client()
        .request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), w.app.url("acme", &format!("/api/v1{path}")))
        .header("Authorization", format!("Bearer {token}"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert!(status.is_success(), "{method} {path}: {body}");
    body
}

fn deal(partner: i64, company: &str, submit: bool) -> Value {
    let close = (chrono::Utc::now().date_naive() + chrono::Duration::days(60)).format("%Y-%m-%d").to_string();
    json!({
        "partner_id": partner,
        "customer": { "company": company, "domain": format!("{}.example", company.to_lowercase()), "country": "DE", "contact_name": "Jo", "contact_email": "jo@example.com" },
        "value": { "amount_minor": 1_000_000, "currency": "EUR" },
        "expected_close": close,
        "submit": submit,
    })
}

#[tokio::test]
async fn every_event_caused_is_delivered_signed_and_verified_by_the_reference_library() {
    let w = webhook_world().await;
    let app = &w.app;
    let receiver = Receiver::start();
    receiver.document(document(app).await).await;
    let (_, secret) = add_endpoint(&w, &receiver.url(), &EVERY_EVENT).await;
    assert!(secret.starts_with("whsec_"), "{secret}");
    receiver.secrets(&[&secret]).await;
    let token = make_token(app, &w.admin, "acme", "write").await;
    let p1a = scalar(app, "SELECT id AS n FROM organisations WHERE name = 'P1A'");
    let step = |id: &str, action: &str, comment: &str| {
        let (path, body) = (format!("/deals/{id}/transitions"), json!({ "action": action, "comment": comment }));
        let (w, token) = (&w, token.clone());
        async move { api(w, "POST", &path, &token, body).await }
    };

    // Deals through every move there is.
    let a = api(&w, "POST", "/deals", &token, deal(p1a, "Alpha", true)).await["id"].as_str().unwrap().to_string();
    step(&a, "approve", "").await;
    step(&a, "win", "").await;
    let b = api(&w, "POST", "/deals", &token, deal(p1a, "Bravo", true)).await["id"].as_str().unwrap().to_string();
    step(&b, "request_info", "Which edition?").await;
    step(&b, "resubmit", "").await;
    step(&b, "reject", "Registered by another partner").await;
    let c = api(&w, "POST", "/deals", &token, deal(p1a, "Charlie", true)).await["id"].as_str().unwrap().to_string();
    step(&c, "approve", "").await;
    step(&c, "lose", "").await;
    let d = api(&w, "POST", "/deals", &token, deal(p1a, "Delta", true)).await["id"].as_str().unwrap().to_string();
    step(&d, "approve", "").await;
    execute(app, &format!("UPDATE deals SET protected_until = '2020-01-01 00:00:00' WHERE public_id = '{d}'"));
    app.cli_ok(&["jobs", "run"]);
    // A draft announces nothing until it is submitted.
    api(&w, "POST", "/deals", &token, deal(p1a, "Echo", false)).await;
    // Partners, an application, an invitation.
    let contoso = api(&w, "POST", "/partners", &token, json!({ "name": "Contoso" })).await["id"].as_i64().unwrap();
    api(&w, "PATCH", &format!("/partners/{contoso}"), &token, json!({ "website": "https://contoso.example" })).await;
    api(&w, "POST", &format!("/partners/{contoso}/suspend"), &token, json!({})).await;
    let applied = crate::support::client()
        .post(app.url("acme", "/become-a-partner"))
        .form(&[
            ("company", "Newco"),
            ("country", "FR"),
            ("contact_name", "Claire"),
            ("contact_email", "claire@newco.test"),
            ("message", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(applied.status(), 200);
    let invite = json!({ "email": "new@p1a.test", "display_name": "New", "role": "partner_user", "organisation_id": p1a });
    api(&w, "POST", "/users", &token, invite).await;
    // A campaign that starts today, announced by the jobs pass, and activated by P1A.
    let campaign = crate::campaigns::running_campaign(app, &w.admin).await;
    app.cli_ok(&["jobs", "run"]);
    let res = post_form(
        &w.pa,
        app,
        "acme",
        &format!("/campaigns/{campaign}"),
        &format!("/campaigns/{campaign}/activate"),
        &[("note", "Mailing")],
    )
    .await;
    assert!(res.status().is_redirection() || res.status().is_success(), "{}", res.status());

    // Another portal's events never reach this portal's endpoint.
    let theirs = make_token(app, &w.foreign, "globex", "write").await;
    let res = crate::support::client()
        .post(app.url("globex", "/api/v1/partners"))
        .header("Authorization", format!("Bearer {theirs}"))
        .json(&json!({ "name": "Globex Partner" }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);

    let clock = test_clock();
    let (_, stats) = drain(worker_on(app, &clock)).await;
    let log = receiver.log().await;
    assert_eq!(log["rejected"], json!([]), "every delivery verified and matched the document");
    assert!(
        log["acknowledged"].as_array().unwrap().iter().all(|e| e["tamper_refused"] == true),
        "a flipped byte or a stale timestamp does not verify"
    );
    let made = caused(app);
    assert_eq!(ids(&log["acknowledged"]).len() as i64, made, "events caused = events verified: {log}");
    assert_eq!(stats.delivered as i64, made);
    let mut types: Vec<&str> = log["acknowledged"].as_array().unwrap().iter().map(|e| e["type"].as_str().unwrap()).collect();
    types.sort_unstable();
    let mut expected = vec![
        "deal.submitted",
        "deal.approved",
        "deal.won", // Alpha
        "deal.submitted",
        "deal.info_requested",
        "deal.submitted",
        "deal.rejected", // Bravo
        "deal.submitted",
        "deal.approved",
        "deal.lost", // Charlie
        "deal.submitted",
        "deal.approved",
        "deal.expired", // Delta
        "partner.created",
        "partner.updated",
        "partner.suspended",
        "application.received",
        "user.invited",
        "campaign.started",
        "campaign.activated",
    ];
    expected.sort_unstable();
    assert_eq!(types, expected);
    assert!(!log.to_string().contains("Globex Partner"));
    // What a message carries.
    let approved = log["acknowledged"].as_array().unwrap().iter().find(|e| e["type"] == "deal.approved").unwrap();
    assert_eq!(approved["data"]["partner"]["name"], "P1A");
    assert_eq!(approved["data"]["value"], json!({ "amount_minor": 1_000_000, "currency": "EUR" }));
    assert!(approved["data"]["protected_until"].as_str().unwrap().ends_with('Z'));
    let rejected = log["acknowledged"].as_array().unwrap().iter().find(|e| e["type"] == "deal.rejected").unwrap();
    assert_eq!(rejected["data"]["comment"], "Registered by another partner");
    // The log on the page, one line per delivery.
    let endpoint = scalar(app, "SELECT MAX(id) AS n FROM webhook_endpoints");
    let (_, page) = w.page(&w.admin, &format!("/admin/webhooks/{endpoint}")).await;
    assert!(page.contains("deal.expired") && page.contains("Delivered"), "the delivery log");
    // The document names every event under `webhooks`.
    let doc = document(app).await;
    for event in EVERY_EVENT.iter().chain(&["webhook.test"]) {
        assert!(doc["webhooks"][event]["post"]["requestBody"].is_object(), "{event} in the document");
    }
}

#[tokio::test]
async fn deliveries_survive_an_outage_a_429_a_killed_worker_and_a_secret_rotation() {
    let w = webhook_world().await;
    let app = &w.app;
    let receiver = Receiver::start();
    let (endpoint, old) = add_endpoint(&w, &receiver.url(), &["partner.created"]).await;
    receiver.secrets(&[&old]).await;
    let token = make_token(app, &w.admin, "acme", "write").await;
    let clock = test_clock();
    let mut worker = worker_on(app, &clock);
    let mut n = 0;
    let mut cause = async || {
        n += 1;
        api(&w, "POST", "/partners", &token, json!({ "name": format!("Partner {n}") })).await;
    };
    let delivery = |column: &str| {
        scalar(
            app,
            &format!(
                "SELECT CAST({column} AS BIGINT) AS n FROM webhook_deliveries WHERE endpoint_id = {endpoint} ORDER BY id DESC LIMIT 1"
            ),
        )
    };

    // An outage: three 503s, each retried on the schedule (5 s, 5 min, 30 min), then delivered.
    receiver.script(json!([{ "status": 503 }, { "status": 503 }, { "status": 503 }])).await;
    cause().await;
    let stats;
    (worker, stats) = drain(worker).await;
    assert_eq!(stats.retried, 1);
    (worker, _) = drain(worker).await;
    assert_eq!(delivery("attempts"), 1, "not due again before its time");
    for wait in [5, 300, 1_800] {
        clock.advance(Duration::from_secs(wait - 1));
        (worker, _) = drain(worker).await;
        clock.advance(Duration::from_secs(1));
        (worker, _) = drain(worker).await;
    }
    assert_eq!(delivery("attempts"), 4);
    assert_eq!(
        scalar(app, &format!("SELECT COUNT(*) AS n FROM webhook_deliveries WHERE endpoint_id = {endpoint} AND status = 'succeeded'")),
        1
    );
    let log = receiver.log().await;
    let first = log["acknowledged"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        log["attempts"].as_array().unwrap().iter().filter(|a| a["id"] == first.as_str()).count(),
        4,
        "every attempt had the same webhook-id"
    );

    // A 429 asking for two minutes: not before then, although the schedule says 5 s.
    receiver.script(json!([{ "status": 429, "retry_after": 120 }])).await;
    cause().await;
    (worker, _) = drain(worker).await;
    clock.advance(Duration::from_secs(60));
    (worker, _) = drain(worker).await;
    assert_eq!(delivery("attempts"), 1, "Retry-After is honoured");
    clock.advance(Duration::from_secs(61));
    (worker, _) = drain(worker).await;
    assert_eq!(delivery("attempts"), 2);

    // A worker killed after it claimed: the lease runs out and another sends it, with the same id.
    cause().await;
    let crashed = worker_on(app, &clock);
    let claimed = tokio::task::spawn_blocking(move || crashed.claim().unwrap().len()).await.unwrap();
    assert_eq!(claimed, 1);
    (worker, _) = drain(worker).await;
    assert_eq!(delivery("CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END"), 0, "leased to the dead worker");
    clock.advance(Duration::from_secs(61));
    (worker, _) = drain(worker).await;
    assert_eq!(delivery("CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END"), 1);

    // A rotation: both secrets sign for a day, so a receiver that knows either verifies.
    let res =
        post_form(&w.admin, app, "acme", &format!("/admin/webhooks/{endpoint}"), &format!("/admin/webhooks/{endpoint}/rotate"), &[]).await;
    assert_eq!(res.status(), 303);
    let new = secret_of(&w, endpoint).await;
    assert_ne!(new, old);
    cause().await;
    (worker, _) = drain(worker).await;
    receiver.secrets(&[&new]).await;
    cause().await;
    (worker, _) = drain(worker).await;
    let log = receiver.log().await;
    let last_two: Vec<i64> =
        log["acknowledged"].as_array().unwrap().iter().rev().take(2).map(|e| e["signatures"].as_i64().unwrap()).collect();
    assert_eq!(last_two, [2, 2], "both signatures during the overlap");
    // After the overlap only the new secret signs: the old one verifies nothing.
    clock.advance(Duration::from_secs(25 * 3_600));
    receiver.secrets(&[&old]).await;
    cause().await;
    (worker, _) = drain(worker).await;
    let log = receiver.log().await;
    assert_eq!(log["rejected"].as_array().unwrap().len(), 1, "the old secret no longer signs");
    receiver.secrets(&[&new]).await;
    clock.advance(Duration::from_secs(5));
    (_, _) = drain(worker).await;

    assert_eq!(receiver.log().await["acknowledged"].as_array().unwrap().last().unwrap()["signatures"], 1);

    // A receiver that does not answer within the time limit: retried, with the same id.
    let impatient =
        Worker::new(app.pool(), app.config(), clock.clone(), WorkerOptions { timeout: Duration::from_secs(1), ..WorkerOptions::default() });
    receiver.script(json!([{ "sleep": 2, "status": 503 }])).await;
    cause().await;
    let (impatient, _) = drain(impatient).await;
    assert_eq!(
        scalar(
            app,
            &format!(
                "SELECT COUNT(*) AS n FROM webhook_deliveries WHERE endpoint_id = {endpoint} AND last_error = 'timed out' AND status = 'pending'"
            )
        ),
        1
    );
    clock.advance(Duration::from_secs(5));
    drain(impatient).await;

    let log = receiver.log().await;
    assert_eq!(ids(&log["acknowledged"]).len() as i64, caused(app), "events caused = events verified: {log}");
    assert_eq!(log["acknowledged"].as_array().unwrap().len() as i64, caused(app), "none acknowledged twice");
}

#[tokio::test]
async fn an_endpoint_that_is_gone_or_failing_for_days_is_turned_off_and_nothing_is_lost() {
    let w = webhook_world().await;
    let app = &w.app;
    let receiver = Receiver::start();
    let (endpoint, secret) = add_endpoint(&w, &receiver.url(), &["partner.created", "partner.updated"]).await;
    receiver.secrets(&[&secret]).await;
    let token = make_token(app, &w.admin, "acme", "write").await;
    let clock = test_clock();
    let mut worker = worker_on(app, &clock);

    // 410 Gone: turned off at once, the vendor admin told; later events wait.
    receiver.script(json!([{ "status": 410 }])).await;
    let org = api(&w, "POST", "/partners", &token, json!({ "name": "Gone Ltd" })).await["id"].as_i64().unwrap();
    (worker, _) = drain(worker).await;
    let (_, page) = w.page(&w.admin, &format!("/admin/webhooks/{endpoint}")).await;
    assert!(page.contains("Off: the endpoint answered 410 Gone") && page.contains("Turn the endpoint on to send a test event."));
    let mail = app.last_mail("ops@acme.test").await;
    assert!(mail.subject.contains("Webhook endpoint turned off") && mail.text.contains("410 Gone"), "{}", mail.subject);
    api(&w, "PATCH", &format!("/partners/{org}"), &token, json!({ "name": "Gone GmbH" })).await;
    (worker, _) = drain(worker).await;
    assert_eq!(receiver.log().await["acknowledged"], json!([]));
    // Turned on again: what waited goes; the one that met the 410 is replayed from the log.
    let fields =
        [("url", receiver.url()), ("events", "partner.created".into()), ("events", "partner.updated".into()), ("enabled", "on".into())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res =
        post_form(&w.admin, app, "acme", &format!("/admin/webhooks/{endpoint}"), &format!("/admin/webhooks/{endpoint}"), &fields).await;
    assert_eq!(res.status(), 303);
    (worker, _) = drain(worker).await;
    assert_eq!(receiver.log().await["acknowledged"].as_array().unwrap().len(), 1);
    let failed = scalar(app, &format!("SELECT id AS n FROM webhook_deliveries WHERE endpoint_id = {endpoint} AND status = 'failed'"));
    let replay = format!("/admin/webhooks/{endpoint}/deliveries/{failed}/replay");
    assert_eq!(post_form(&w.admin, app, "acme", &format!("/admin/webhooks/{endpoint}"), &replay, &[]).await.status(), 303);
    (worker, _) = drain(worker).await;
    assert_eq!(ids(&receiver.log().await["acknowledged"]).len() as i64, caused(app), "no event lost");

    // Five days of failures: turned off, and told.
    receiver.script(json!([{ "status": 500 }, { "status": 500 }, { "status": 500 }])).await;
    execute(app, &format!("UPDATE webhook_endpoints SET failing_since = NULL WHERE id = {endpoint}"));
    api(&w, "PATCH", &format!("/partners/{org}"), &token, json!({ "name": "Failing GmbH" })).await;
    (worker, _) = drain(worker).await;
    assert_eq!(
        scalar(app, &format!("SELECT CAST(enabled AS BIGINT) AS n FROM webhook_endpoints WHERE id = {endpoint}")),
        1,
        "one failure is not five days"
    );
    clock.advance(Duration::from_secs(5 * 86_400));
    api(&w, "PATCH", &format!("/partners/{org}"), &token, json!({ "name": "Still Failing GmbH" })).await;
    drain(worker).await;
    assert_eq!(scalar(app, &format!("SELECT CAST(enabled AS BIGINT) AS n FROM webhook_endpoints WHERE id = {endpoint}")), 0);
    let (_, page) = w.page(&w.admin, &format!("/admin/webhooks/{endpoint}")).await;
    assert!(page.contains("Off: deliveries failed for five days"));
    assert!(app.last_mail("ops@acme.test").await.text.contains("has failed for five days"));
    // Replay of everything failed since a time, and a test send once it is on again.
    let res = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/webhooks/{endpoint}"),
        &format!("/admin/webhooks/{endpoint}/replay"),
        &[("since", "yesterday")],
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Enter a date and a time."));
}

#[tokio::test]
async fn endpoints_inside_the_network_are_refused_on_save_and_at_every_delivery() {
    // No allow-list: loopback is as inside as any private address.
    let w = world_on(spawn_app_with(&[]).await).await;
    let app = &w.app;
    for url in [
        "http://127.0.0.1:9/hook",
        "https://127.0.0.1/hook",
        "https://10.0.0.1/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
        "https://0x7f.1/hook",
        "https://2130706433/hook",
        "https://localhost/hook",
        "https://acme.localhost/hook",
        "https://user:pw@example.com/hook",
        "ftp://example.com/hook",
        "not an address",
    ] {
        let res = post_form(&w.admin, app, "acme", "/admin/webhooks", "/admin/webhooks", &[("url", url), ("events", "deal.won")]).await;
        assert_eq!(res.status(), 422, "{url}");
        let page = res.text().await.unwrap();
        assert!(page.contains("cannot receive webhooks") || page.contains("Enter a full address"), "{url}");
    }
    let res = post_form(&w.admin, app, "acme", "/admin/webhooks", "/admin/webhooks", &[("url", "https://example.com/hook")]).await;
    assert!(res.text().await.unwrap().contains("Choose at least one event."));
    assert_eq!(scalar(app, "SELECT COUNT(*) AS n FROM webhook_endpoints"), 0);

    // Saved while it pointed outside, inside later (a changed DNS answer): refused at delivery.
    let w = webhook_world().await;
    let app = &w.app;
    let receiver = Receiver::start();
    let (endpoint, secret) = add_endpoint(&w, &receiver.url(), &["partner.created"]).await;
    receiver.secrets(&[&secret]).await;
    execute(app, &format!("UPDATE webhook_endpoints SET url = 'https://10.0.0.1/hook' WHERE id = {endpoint}"));
    let token = make_token(app, &w.admin, "acme", "write").await;
    api(&w, "POST", "/partners", &token, json!({ "name": "Inside" })).await;
    let clock = test_clock();
    let (worker, _) = drain(worker_on(app, &clock)).await;
    assert_eq!(
        scalar(
            app,
            &format!("SELECT COUNT(*) AS n FROM webhook_deliveries WHERE endpoint_id = {endpoint} AND last_error = 'address not allowed'")
        ),
        1
    );
    // A redirect to the inside is an answer, never followed (and not a success).
    execute(app, &format!("UPDATE webhook_endpoints SET url = '{}' WHERE id = {endpoint}", receiver.url()));
    receiver.script(json!([{ "status": 302, "location": "http://10.0.0.1/" }])).await;
    clock.advance(Duration::from_secs(5));
    drain(worker).await;
    assert_eq!(
        scalar(app, &format!("SELECT CAST(last_status AS BIGINT) AS n FROM webhook_deliveries WHERE endpoint_id = {endpoint}")),
        302
    );
    assert_eq!(receiver.log().await["attempts"].as_array().unwrap().len(), 1);
    assert_eq!(
        scalar(app, &format!("SELECT COUNT(*) AS n FROM webhook_deliveries WHERE endpoint_id = {endpoint} AND status = 'pending'")),
        1
    );

    // Another tenant's admin, a channel manager and a partner get nothing of it.
    let page = format!("/admin/webhooks/{endpoint}");
    assert_eq!(w.foreign.get(app.url("globex", &page)).send().await.unwrap().status(), 404);
    for action in ["rotate", "test", "delete"] {
        let res = post_form(&w.foreign, app, "globex", "/admin/webhooks", &format!("{page}/{action}"), &[]).await;
        assert_eq!(res.status(), 404, "{action}");
    }
    assert_eq!(w.cm.get(app.url("acme", &page)).send().await.unwrap().status(), 403);
    assert_eq!(w.pa.get(app.url("acme", "/admin/webhooks")).send().await.unwrap().status(), 403);
    assert_eq!(scalar(app, &format!("SELECT COUNT(*) AS n FROM webhook_endpoints WHERE id = {endpoint}")), 1);
    let (_, log) = w.page(&w.admin, "/admin/audit").await;
    assert!(log.contains("webhook.created") && !log.contains(&secret), "the audit log names the change, never the secret");
}

#[tokio::test]
async fn the_reference_page_describes_every_call_and_event_in_each_language() {
    let w = webhook_world().await;
    let app = &w.app;
    let c = crate::support::client();
    let page = c.get(app.url("acme", "/api/reference")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    for needle in [
        "POST</span> <code>/api/v1/deals</code>",
        "/api/v1/deals/{id}/transitions",
        "deal.approved",
        "id=\"object-DealData\"",
        "webhook-signature",
    ] {
        assert!(page.contains(needle), "{needle}");
    }
    let ja = c.get(app.url("acme", "/api/reference")).header("Accept-Language", "ja-JP").send().await.unwrap().text().await.unwrap();
    assert!(ja.contains("API と Webhook のリファレンス"));
    app.cli_ok(&["tenant", "plan", "acme", "starter"]);
    assert_eq!(c.get(app.url("acme", "/api/reference")).send().await.unwrap().status(), 404, "a plan without the API");
}
