//! Platform operators: a one-time link from the CLI, the console on the
//! platform host only.

use crate::support::{DEMO_ACCOUNTS, DEMO_ADMIN, DEMO_MANAGER, client, csrf_from, link_from, spawn_app};

#[tokio::test]
async fn an_operator_signs_in_once_by_link_and_sees_every_tenant() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    app.create_tenant("globex", "Globex");
    let out = app.cli_ok(&["operator", "create", "--email", "ops@platform.test"]);
    let link = link_from(&out, &format!("http://localhost:{}/operator/sign-in/", app.port));

    // The console is not there without signing in.
    let c = client();
    assert_eq!(c.get(app.platform_url("/operator")).send().await.unwrap().status(), 404);
    // Opening the link asks for confirmation (link scanners do not use it up).
    let page = c.get(&link).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let csrf = csrf_from(&page.text().await.unwrap());
    let res = c.post(&link).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let console = c.get(app.platform_url("/operator")).send().await.unwrap().text().await.unwrap();
    assert!(console.contains("ops@platform.test"));
    assert!(console.contains("acme") && console.contains("globex"));

    // Used up.
    assert_eq!(client().get(&link).send().await.unwrap().status(), 410);
    // Operators exist on the platform host only.
    assert_eq!(c.get(app.url("acme", "/operator")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn the_demo_has_one_account_per_role() {
    let app = spawn_app().await;
    let out = app.cli_ok(&["demo"]);
    for (email, password) in DEMO_ACCOUNTS {
        assert!(out.contains(email) && out.contains(password), "{out}");
        let res = app.sign_in_with(&client(), "demo", email, password).await;
        assert_eq!(res.status(), 303, "{email}");
    }
    assert!(out.contains("302 deals"), "{out}");
    // Sample deals in every status, and a conflict waiting for review.
    let manager = app.sign_in("demo", DEMO_MANAGER.0, DEMO_MANAGER.1).await;
    for status in ["draft", "submitted", "approved", "rejected", "info_requested", "won", "lost", "expired"] {
        let list = manager.get(app.url("demo", &format!("/deals?status={status}"))).send().await.unwrap().text().await.unwrap();
        assert!(!list.contains("No deal matches these filters"), "no {status} deal in the demo");
    }
    let review = manager.get(app.url("demo", "/deals?review=1")).send().await.unwrap().text().await.unwrap();
    assert!(review.contains("INITECH") || review.contains("Initech GmbH"), "the conflict is waiting");
    // Running it again keeps the accounts working and adds no deals.
    let again = app.cli_ok(&["demo"]);
    assert!(!again.contains("Sample data"));
    assert_eq!(app.sign_in_with(&client(), "demo", DEMO_ADMIN.0, DEMO_ADMIN.1).await.status(), 303);
}

#[tokio::test]
async fn an_idle_operator_session_ends_like_a_users() {
    use diesel::prelude::*;
    use portico::db::schema::sessions;
    let app = spawn_app().await;
    let out = app.cli_ok(&["operator", "create", "--email", "ops@platform.test"]);
    let link = link_from(&out, &format!("http://localhost:{}/operator/sign-in/", app.port));
    let c = client();
    let csrf = csrf_from(&c.get(&link).send().await.unwrap().text().await.unwrap());
    assert_eq!(c.post(&link).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap().status(), 303);
    assert_eq!(c.get(app.platform_url("/operator")).send().await.unwrap().status(), 200);
    // Last seen 61 minutes ago (the idle timeout is 60).
    let mut pooled = app.pool().get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    let rows: Vec<(String, String)> =
        sessions::table.filter(sessions::operator_id.is_not_null()).select((sessions::id, sessions::state)).load(conn).unwrap();
    assert_eq!(rows.len(), 1);
    for (id, state) in rows {
        let mut map: std::collections::HashMap<String, String> = serde_json::from_str(&state).unwrap();
        let seen: i64 = map["seen_at"].parse().unwrap();
        map.insert("seen_at".into(), (seen - 61 * 60).to_string());
        diesel::update(sessions::table.filter(sessions::id.eq(id)))
            .set(sessions::state.eq(serde_json::to_string(&map).unwrap()))
            .execute(conn)
            .unwrap();
    }
    assert_eq!(c.get(app.platform_url("/operator")).send().await.unwrap().status(), 404, "signed out after the idle timeout");
}

#[tokio::test]
async fn the_demo_leaves_a_tenant_it_did_not_create_alone() {
    let app = spawn_app().await;
    app.cli_ok(&["tenant", "create", "--slug", "demo", "--name", "Real Vendor", "--admin-email", "boss@vendor.test"]);
    let out = app.cli(&["demo"]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("did not create"), "{said}");
    let home = client().get(app.url("demo", "/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Real Vendor") && !home.contains("Northwind"), "the tenant is as it was");
    // The demo of its own making is refreshed as often as one likes.
    let fresh = spawn_app().await;
    fresh.cli_ok(&["demo"]);
    fresh.cli_ok(&["demo"]);
}
