//! Writing through the tenant API (SPEC §10): deals registered for a
//! partner, changed and moved through the state machine; partner
//! organisations added, changed, re-tiered and suspended; users invited and
//! deactivated — each through the services the pages use (their rules,
//! limits, mail and audit log), with the token named as the actor.

use serde_json::{Value, json};

use crate::api::make_token;
use crate::platform_api::problem;
use crate::support::world::{World, world};
use crate::support::{execute, scalar};

/// A JSON call with a token.
async fn call(w: &World, method: &str, path: &str, token: &str, body: Option<Value>) -> reqwest::Response {
    let url = w.app.url("acme", &format!("/api/v1{path}"));
    let req = crate::support::client()
        .request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), url)
        .header("Authorization", format!("Bearer {token}"));
    let req = match body {
        Some(body) => req.json(&body),
        None => req,
    };
    req.send().await.unwrap()
}

async fn ok(res: reqwest::Response, status: u16) -> Value {
    let code = res.status().as_u16();
    let body: Value = res.json().await.unwrap();
    assert_eq!(code, status, "{body}");
    body
}

fn org(w: &World, name: &str) -> i64 {
    scalar(&w.app, &format!("SELECT id AS n FROM organisations WHERE name = '{name}'"))
}

fn new_deal(partner: i64, company: &str, domain: &str, amount: i64) -> Value {
    let close = (chrono::Utc::now().date_naive() + chrono::Duration::days(60)).format("%Y-%m-%d").to_string();
    json!({
        "partner_id": partner,
        "customer": { "company": company, "domain": domain, "country": "DE", "contact_name": "Jo Buyer", "contact_email": "jo@example.com" },
        "value": { "amount_minor": amount, "currency": "EUR" },
        "expected_close": close,
        "description": "Through the CRM",
    })
}

fn fields(problem: &Value) -> Vec<String> {
    problem["errors"].as_array().map(|e| e.iter().map(|f| f["field"].as_str().unwrap().to_string()).collect()).unwrap_or_default()
}

#[tokio::test]
async fn an_integrator_registers_changes_and_reviews_deals_through_the_same_rules_as_the_pages() {
    let w = world().await;
    let app = &w.app;
    let token = make_token(app, &w.admin, "acme", "write").await;
    let p1a = org(&w, "P1A");

    // Registered for P1A (as its partner admin) and submitted at once.
    let deal = ok(call(&w, "POST", "/deals", &token, Some(new_deal(p1a, "Fabrikam", "fabrikam.example", 1_250_000))).await, 201).await;
    let id = deal["id"].as_str().unwrap().to_string();
    assert_eq!(deal["status"], "submitted");
    assert_eq!(deal["partner"]["name"], "P1A");
    assert_eq!(deal["value"], json!({ "amount_minor": 1_250_000, "currency": "EUR" }));
    let admin_of_p1a = scalar(app, "SELECT id AS n FROM users WHERE email = 'pa@p1a.test'");
    assert_eq!(deal["submitted_by"], admin_of_p1a);
    // The partner sees it as theirs; the timeline and the audit log name the token.
    let (status, page) = w.page(&w.pa, &format!("/deals/{id}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Fabrikam") && page.contains("through the API token “integration”"), "{page}");
    let (_, log) = w.page(&w.admin, "/admin/audit").await;
    assert!(log.contains("API token “integration”"), "the audit log names the token");

    // The same Idempotency-Key twice: one deal.
    let body = new_deal(p1a, "Northwind", "northwind.example", 90_000);
    let key = "3f1c2a9e-5b7d-4c8e-9a0b-1d2e3f4a5b6c";
    let mut made = Vec::new();
    for _ in 0..2 {
        let url = app.url("acme", "/api/v1/deals");
        let res = crate::support::client()
            .post(url)
            .header("Authorization", format!("Bearer {token}"))
            .header("Idempotency-Key", key)
            .json(&body)
            .send()
            .await
            .unwrap();
        made.push(ok(res, 201).await["id"].as_str().unwrap().to_string());
    }
    assert_eq!(made[0], made[1]);
    assert_eq!(scalar(app, "SELECT COUNT(*) AS n FROM deals WHERE customer_company = 'Northwind'"), 1);
    // The same key with another body is a mistake, not a retry.
    let res = crate::support::client()
        .post(app.url("acme", "/api/v1/deals"))
        .header("Authorization", format!("Bearer {token}"))
        .header("Idempotency-Key", key)
        .json(&new_deal(p1a, "Northwind", "northwind.example", 95_000))
        .send()
        .await
        .unwrap();
    problem(res, 409, "idempotency-key-reused").await;

    // The form's rules, a message per field, in the caller's language.
    let mut bad = new_deal(p1a, "", "localhost", 0);
    bad["customer"]["contact_email"] = json!("not an address");
    let refused = problem(call(&w, "POST", "/deals", &token, Some(bad.clone())).await, 422, "invalid-body").await;
    assert_eq!(fields(&refused), ["customer.company", "customer.domain", "customer.contact_email", "value.amount_minor"]);
    let english = refused["errors"][0]["message"].as_str().unwrap().to_string();
    let res = crate::support::client()
        .post(app.url("acme", "/api/v1/deals"))
        .header("Authorization", format!("Bearer {token}"))
        .header("Accept-Language", "de-DE")
        .json(&bad)
        .send()
        .await
        .unwrap();
    let german = problem(res, 422, "invalid-body").await;
    assert_ne!(german["errors"][0]["message"].as_str().unwrap(), english, "the messages follow Accept-Language");
    // Not this shape: unknown fields (status, tenant_id…) are refused, not ignored.
    let mut sneaky = new_deal(p1a, "Contoso", "contoso.example", 100);
    sneaky["status"] = json!("approved");
    problem(call(&w, "POST", "/deals", &token, Some(sneaky)).await, 400, "invalid-json").await;
    problem(call(&w, "POST", "/deals", &token, Some(json!("a string"))).await, 400, "invalid-json").await;
    // A partner organisation of another portal, or none.
    let globex_vendor = org(&w, "GLOBEX");
    problem(call(&w, "POST", "/deals", &token, Some(new_deal(globex_vendor, "X", "x.example", 100))).await, 404, "not-found").await;
    problem(call(&w, "POST", "/deals", &token, Some(new_deal(999_999, "X", "x.example", 100))).await, 404, "not-found").await;
    // On behalf of a user who is not of that organisation.
    let mut stranger = new_deal(p1a, "Y", "y.example", 100);
    stranger["submitted_by"] = json!(scalar(app, "SELECT id AS n FROM users WHERE email = 'pb@p1b.test'"));
    let refused = problem(call(&w, "POST", "/deals", &token, Some(stranger)).await, 422, "invalid-body").await;
    assert_eq!(fields(&refused), ["submitted_by"]);

    // Review as vendor staff: a reason is required to ask for information.
    let res = call(&w, "POST", &format!("/deals/{id}/transitions"), &token, Some(json!({ "action": "request_info" }))).await;
    assert_eq!(fields(&problem(res, 422, "invalid-body").await), ["comment"]);
    let body = json!({ "action": "request_info", "comment": "Which edition?" });
    let asked = ok(call(&w, "POST", &format!("/deals/{id}/transitions"), &token, Some(body)).await, 200).await;
    assert_eq!(asked["status"], "info_requested");
    // The partner's answer: fields changed, then resubmitted (as the deal's submitter).
    let changes = json!({ "value": { "amount_minor": 1_500_000, "currency": "EUR" }, "description": "Enterprise edition" });
    let changed = ok(call(&w, "PATCH", &format!("/deals/{id}"), &token, Some(changes)).await, 200).await;
    assert_eq!(changed["value"]["amount_minor"], 1_500_000);
    assert_eq!(changed["customer"]["company"], "Fabrikam", "what was left out stays");
    let res = call(&w, "PATCH", &format!("/deals/{id}"), &token, Some(json!({ "customer": { "contact_email": "nope" } }))).await;
    assert_eq!(fields(&problem(res, 422, "invalid-body").await), ["customer.contact_email"]);
    let again = ok(call(&w, "POST", &format!("/deals/{id}/transitions"), &token, Some(json!({ "action": "resubmit" }))).await, 200).await;
    assert_eq!(again["status"], "submitted");
    let approved = ok(call(&w, "POST", &format!("/deals/{id}/transitions"), &token, Some(json!({ "action": "approve" }))).await, 200).await;
    assert_eq!(approved["status"], "approved");
    assert!(approved["protected_until"].is_string());
    // The partner is told, as when a person approves.
    assert!(app.last_mail("pa@p1a.test").await.text.contains("is approved and protected until"));
    // The state machine holds: no second approval, no edits once approved, no unknown steps.
    let res = call(&w, "POST", &format!("/deals/{id}/transitions"), &token, Some(json!({ "action": "approve" }))).await;
    problem(res, 409, "transition-not-allowed").await;
    problem(call(&w, "PATCH", &format!("/deals/{id}"), &token, Some(json!({ "description": "x" }))).await, 409, "transition-not-allowed")
        .await;
    let res = call(&w, "POST", &format!("/deals/{id}/transitions"), &token, Some(json!({ "action": "expire" }))).await;
    assert_eq!(fields(&problem(res, 422, "invalid-body").await), ["action"]);
    let won = ok(call(&w, "POST", &format!("/deals/{id}/transitions"), &token, Some(json!({ "action": "win" }))).await, 200).await;
    assert_eq!(won["status"], "won");
    let events: Value = ok(call(&w, "GET", &format!("/deals/{id}/events"), &token, None).await, 200).await;
    let actions: Vec<&str> = events.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["created", "submit", "request_info", "edited", "resubmit", "approve", "win"]);

    // A draft stays a draft until submitted; a missing deal is 404.
    let mut draft = new_deal(p1a, "Tailspin", "tailspin.example", 4_000);
    draft["submit"] = json!(false);
    let draft = ok(call(&w, "POST", "/deals", &token, Some(draft)).await, 201).await;
    assert_eq!(draft["status"], "draft");
    let did = draft["id"].as_str().unwrap();
    let submitted =
        ok(call(&w, "POST", &format!("/deals/{did}/transitions"), &token, Some(json!({ "action": "submit" }))).await, 200).await;
    assert_eq!(submitted["status"], "submitted");
    problem(call(&w, "PATCH", "/deals/nope", &token, Some(json!({}))).await, 404, "not-found").await;

    // Attacks: a read token writing, another portal's token, a session cookie, a token whose maker left.
    let read = make_token(app, &w.admin, "acme", "read").await;
    problem(call(&w, "POST", "/deals", &read, Some(new_deal(p1a, "R", "r.example", 100))).await, 403, "read-only-token").await;
    let res = call(&w, "POST", &format!("/deals/{did}/transitions"), &read, Some(json!({ "action": "approve" }))).await;
    problem(res, 403, "read-only-token").await;
    let theirs = make_token(app, &w.foreign, "globex", "write").await;
    problem(call(&w, "POST", "/deals", &theirs, Some(new_deal(p1a, "G", "g.example", 100))).await, 401, "unauthorized").await;
    let res = w.admin.post(app.url("acme", "/api/v1/deals")).json(&new_deal(p1a, "C", "c.example", 100)).send().await.unwrap();
    problem(res, 401, "unauthorized").await;
    let res =
        w.pa.post(app.url("acme", &format!("/api/v1/deals/{did}/transitions"))).json(&json!({ "action": "approve" })).send().await.unwrap();
    problem(res, 401, "unauthorized").await;
    assert_eq!(scalar(app, "SELECT COUNT(*) AS n FROM deals WHERE customer_company IN ('R', 'G', 'C', 'X', 'Y')"), 0);
    execute(
        app,
        "UPDATE users SET status = 'disabled' WHERE role = 'vendor_admin' AND tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')",
    );
    let res = call(&w, "POST", &format!("/deals/{did}/transitions"), &token, Some(json!({ "action": "approve" }))).await;
    problem(res, 403, "token-maker-inactive").await;
}

#[tokio::test]
async fn an_integrator_keeps_partner_organisations_and_users_in_step_with_the_crm() {
    let w = world().await;
    let app = &w.app;
    let token = make_token(app, &w.admin, "acme", "write").await;
    let tiers: Value = ok(call(&w, "GET", "/tiers", &token, None).await, 200).await;
    let silver = tiers.as_array().unwrap().iter().find(|t| t["name"] == "Silver").unwrap()["id"].as_i64().unwrap();

    // A partner organisation added, named once.
    let body = json!({ "name": "Contoso", "country": "de", "tier_id": silver, "email_domains": ["contoso.test"], "website": "https://contoso.test" });
    let contoso = ok(call(&w, "POST", "/partners", &token, Some(body.clone())).await, 201).await;
    assert_eq!(contoso["status"], "active");
    assert_eq!(contoso["country"], "DE");
    assert_eq!(contoso["tier"]["name"], "Silver");
    assert_eq!(contoso["email_domains"], json!(["contoso.test"]));
    let cid = contoso["id"].as_i64().unwrap();
    let taken = problem(call(&w, "POST", "/partners", &token, Some(body)).await, 409, "name-taken").await;
    assert_eq!(fields(&taken), ["name"]);
    let bad = json!({ "name": "", "website": "javascript:alert(1)", "country": "Germany" });
    let refused = problem(call(&w, "POST", "/partners", &token, Some(bad)).await, 422, "invalid-body").await;
    assert_eq!(fields(&refused), ["name", "website", "country"]);
    let globex_tier = scalar(app, "SELECT MIN(id) AS n FROM tiers WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'globex')");
    let res = call(&w, "POST", "/partners", &token, Some(json!({ "name": "Fourth", "tier_id": globex_tier }))).await;
    assert_eq!(fields(&problem(res, 422, "invalid-body").await), ["tier_id"]);
    let (_, page) = w.page(&w.admin, "/admin/partners").await;
    assert!(page.contains("Contoso") && !page.contains("Fourth"));

    // Changed, re-tiered, suspended and reactivated.
    let renamed =
        ok(call(&w, "PATCH", &format!("/partners/{cid}"), &token, Some(json!({ "name": "Contoso GmbH", "website": "" }))).await, 200).await;
    assert_eq!(renamed["name"], "Contoso GmbH");
    assert!(renamed["website"].is_null());
    assert_eq!(renamed["tier"]["name"], "Silver", "what was left out stays");
    let res = call(&w, "PATCH", &format!("/partners/{cid}"), &token, Some(json!({ "name": "P1A" }))).await;
    problem(res, 409, "name-taken").await;
    let untiered = ok(call(&w, "PUT", &format!("/partners/{cid}/tier"), &token, Some(json!({ "tier_id": null }))).await, 200).await;
    assert!(untiered["tier"].is_null());
    let p1a = org(&w, "P1A");
    let (status, _) = w.page(&w.pa, "/deals").await;
    assert_eq!(status, 200);
    let suspended = ok(call(&w, "POST", &format!("/partners/{p1a}/suspend"), &token, None).await, 200).await;
    assert_eq!(suspended["status"], "suspended");
    let res = w.pa.get(app.url("acme", "/deals")).send().await.unwrap();
    assert_eq!(res.status(), 303, "a suspended partner's people are signed out");
    let active = ok(call(&w, "POST", &format!("/partners/{p1a}/reactivate"), &token, None).await, 200).await;
    assert_eq!(active["status"], "active");
    let (_, log) = w.page(&w.admin, "/admin/audit").await;
    assert!(log.contains("partner.created") && log.contains("partner.suspended") && log.contains("API token “integration”"));

    // Users: the list, an invitation (mailed), refusals, deactivation.
    let users: Value = ok(call(&w, "GET", "/users?limit=2", &token, None).await, 200).await;
    assert_eq!(users["items"].as_array().unwrap().len(), 2);
    let after = users["next_after"].as_i64().unwrap();
    let rest: Value = ok(call(&w, "GET", &format!("/users?after={after}&limit=200"), &token, None).await, 200).await;
    let emails: Vec<&str> = rest["items"].as_array().unwrap().iter().map(|u| u["email"].as_str().unwrap()).collect();
    assert!(emails.contains(&"pu@p1a.test") && !emails.iter().any(|e| e.contains("globex")), "{emails:?}");
    let invite = json!({ "email": "new@contoso.test", "display_name": "New Person", "role": "partner_user", "organisation_id": cid });
    let invited = ok(call(&w, "POST", "/users", &token, Some(invite.clone())).await, 201).await;
    assert_eq!(invited["status"], "invited");
    assert_eq!(invited["organisation"]["name"], "Contoso GmbH");
    assert!(app.last_mail("new@contoso.test").await.text.contains("/invitations/"), "the invitation is mailed");
    problem(call(&w, "POST", "/users", &token, Some(invite)).await, 409, "email-taken").await;
    let mismatch = json!({ "email": "boss@contoso.test", "display_name": "Boss", "role": "vendor_admin", "organisation_id": cid });
    assert_eq!(fields(&problem(call(&w, "POST", "/users", &token, Some(mismatch)).await, 422, "invalid-body").await), ["role"]);
    let bad = json!({ "email": "nope", "display_name": "", "role": "owner", "organisation_id": cid });
    assert_eq!(
        fields(&problem(call(&w, "POST", "/users", &token, Some(bad)).await, 422, "invalid-body").await),
        ["email", "display_name", "role"]
    );
    let elsewhere = json!({ "email": "x@globex.test", "display_name": "X", "role": "vendor_admin", "organisation_id": org(&w, "GLOBEX") });
    let res = call(&w, "POST", "/users", &token, Some(elsewhere)).await;
    assert_eq!(fields(&problem(res, 422, "invalid-body").await), ["organisation_id"]);
    let pu = scalar(app, "SELECT id AS n FROM users WHERE email = 'pu@p1a.test'");
    let off = ok(call(&w, "POST", &format!("/users/{pu}/deactivate"), &token, None).await, 200).await;
    assert_eq!(off["status"], "disabled");
    assert_eq!(w.pu.get(app.url("acme", "/deals")).send().await.unwrap().status(), 303, "signed out at once");
    let on = ok(call(&w, "POST", &format!("/users/{pu}/reactivate"), &token, None).await, 200).await;
    assert_eq!(on["status"], "active");
    let me = scalar(
        app,
        "SELECT MIN(id) AS n FROM users WHERE role = 'vendor_admin' AND tenant_id = (SELECT id FROM tenants WHERE slug = 'acme')",
    );
    problem(call(&w, "POST", &format!("/users/{me}/deactivate"), &token, None).await, 409, "own-account").await;

    // Attacks: a read token, another portal's token and ids, the session cookie.
    let read = make_token(app, &w.admin, "acme", "read").await;
    problem(call(&w, "POST", &format!("/users/{pu}/deactivate"), &read, None).await, 403, "read-only-token").await;
    problem(call(&w, "POST", &format!("/partners/{p1a}/suspend"), &read, None).await, 403, "read-only-token").await;
    problem(call(&w, "PUT", &format!("/partners/{p1a}/tier"), &read, Some(json!({ "tier_id": null }))).await, 403, "read-only-token").await;
    let theirs = make_token(app, &w.foreign, "globex", "write").await;
    let globex = |path: String| app.url("globex", &format!("/api/v1{path}"));
    let c = crate::support::client();
    for path in [format!("/users/{pu}/deactivate"), format!("/partners/{p1a}/suspend")] {
        let res = c.post(globex(path)).header("Authorization", format!("Bearer {theirs}")).send().await.unwrap();
        problem(res, 404, "not-found").await;
    }
    let res = c.get(globex(format!("/users/{pu}"))).header("Authorization", format!("Bearer {theirs}")).send().await.unwrap();
    problem(res, 404, "not-found").await;
    let res = w.admin.post(app.url("acme", &format!("/api/v1/partners/{p1a}/suspend"))).send().await.unwrap();
    problem(res, 401, "unauthorized").await;
    assert_eq!(scalar(app, &format!("SELECT COUNT(*) AS n FROM users WHERE id = {pu} AND status = 'active'")), 1);
    assert_eq!(scalar(app, &format!("SELECT COUNT(*) AS n FROM organisations WHERE id = {p1a} AND status = 'active'")), 1);
}
