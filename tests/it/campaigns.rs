//! Campaigns: editors target tiers with assets for a period; when one
//! starts, the jobs pass tells its partners once; partners of those tiers
//! open it, download its assets and activate it; the editor sees the
//! numbers. Nobody else sees anything.

use crate::support::world::world;
use crate::support::{TestApp, page_csrf, post_form};

async fn new_asset(w: &crate::support::world::World, app: &TestApp, title: &str) -> String {
    let csrf = page_csrf(&w.admin, &app.url("acme", "/admin/assets/new")).await;
    let form = reqwest::multipart::Form::new()
        .text("kind", "pdf")
        .text("locale", "en-US")
        .text("title", title.to_string())
        .text("status", "published")
        .part("file", reqwest::multipart::Part::bytes(portico::storage::samples::one_page_pdf(title)).file_name("a.pdf"));
    let res = w.admin.post(app.url("acme", "/admin/assets")).header("x-csrf-token", csrf.as_str()).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), 303);
    res.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().to_string()
}

fn gold_id(page: &str) -> String {
    let at = page.find("> Gold</label>").expect("Gold is offered");
    let before = &page[..at];
    let from = before.rfind("value=\"").unwrap() + 7;
    before[from..].split('"').next().unwrap().to_string()
}

async fn create(w: &crate::support::world::World, app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    post_form(&w.admin, app, "acme", "/admin/campaigns/new", "/admin/campaigns", fields).await
}

/// A campaign for every tier, running from today for two weeks (not yet announced): its id.
pub async fn running_campaign(app: &TestApp, admin: &reqwest::Client) -> String {
    let today = portico::db::now().date();
    let (start, end) = (today.to_string(), (today + chrono::Duration::days(14)).to_string());
    let fields = [("locale", "en-US"), ("name", "Autumn push"), ("starts_on", start.as_str()), ("ends_on", end.as_str()), ("ready", "1")];
    let res = post_form(admin, app, "acme", "/admin/campaigns/new", "/admin/campaigns", &fields).await;
    assert_eq!(res.status(), 303);
    id_of(&res)
}

fn id_of(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().to_string()
}

#[tokio::test]
async fn a_campaign_reaches_its_tiers_once_and_the_editor_sees_what_partners_did() {
    let w = world().await;
    let app = &w.app;
    let asset = new_asset(&w, app, "Launch datasheet").await;
    let today = portico::db::now().date();
    let (start, end) = (today.to_string(), (today + chrono::Duration::days(14)).to_string());

    // Bad input: a message per field, nothing made.
    let bad = create(&w, app, &[("locale", "en-US"), ("name", ""), ("starts_on", "2026-13-01"), ("ends_on", "2020-01-01")]).await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(page.contains("Enter a date like 2026-12-31."), "{page}");
    assert!(page.matches("aria-invalid=\"true\"").count() >= 2, "the name and the impossible date are marked: {page}");
    let backwards = create(&w, app, &[("locale", "en-US"), ("name", "X"), ("starts_on", &end), ("ends_on", &start)]).await;
    assert_eq!(backwards.status(), 422);
    assert!(backwards.text().await.unwrap().contains("The end is before the start."));

    // Active for every tier, with the asset; a draft; one only for Gold.
    let active = create(
        &w,
        app,
        &[
            ("locale", "en-US"),
            ("name", "Spring launch"),
            ("description", "Push <b>Edge</b>"),
            ("starts_on", &start),
            ("ends_on", &end),
            ("ready", "1"),
            ("asset", &asset),
        ],
    )
    .await;
    assert_eq!(active.status(), 303);
    let active = id_of(&active);
    let draft = id_of(&create(&w, app, &[("locale", "en-US"), ("name", "Secret plan"), ("starts_on", &start), ("ends_on", &end)]).await);
    let gold = gold_id(&w.admin.get(app.url("acme", "/admin/campaigns/new")).send().await.unwrap().text().await.unwrap());
    let golden = id_of(
        &create(
            &w,
            app,
            &[("locale", "en-US"), ("name", "Gold only"), ("starts_on", &start), ("ends_on", &end), ("ready", "1"), ("tier", &gold)],
        )
        .await,
    );

    // The jobs pass announces it once, to the partners of its tiers.
    app.cli_ok(&["jobs", "run"]);
    app.cli_ok(&["jobs", "run"]);
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert_eq!(bell.matches("A new campaign has started: Spring launch").count(), 1, "{bell}");
    assert!(!bell.contains("Gold only") && !bell.contains("Secret plan"));
    let newest = app.last_mail("pu@p1a.test").await;
    assert!(newest.subject.contains("Spring launch"), "{}", newest.subject);
    let mail: Vec<_> = app.mailbox("pu@p1a.test").into_iter().filter(|m| m.subject.contains("Spring launch")).collect();
    assert_eq!(mail.len(), 1, "one mail");
    assert!(mail[0].text.contains("/unsubscribe/"), "campaign mail can be turned off");

    // The partner's list: the active one only; the others are 404 by URL.
    let (_, list) = w.page(&w.pu, "/campaigns").await;
    assert!(list.contains("Spring launch") && !list.contains("Secret plan") && !list.contains("Gold only"));
    for id in [&draft, &golden] {
        assert_eq!(w.page(&w.pu, &format!("/campaigns/{id}")).await.0, 404);
        assert_eq!(w.pu.get(app.url("acme", &format!("/campaigns/{id}/assets/{asset}/download"))).send().await.unwrap().status(), 404);
    }
    let (status, page) = w.page(&w.pu, &format!("/campaigns/{active}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Push &lt;b&gt;Edge&lt;/b&gt;") || page.contains("Push &#60;b&#62;"), "escaped");
    let file = w.pu.get(app.url("acme", &format!("/campaigns/{active}/assets/{asset}/download"))).send().await.unwrap();
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()["content-type"], "application/pdf");
    let activated = post_form(
        &w.pu,
        app,
        "acme",
        &format!("/campaigns/{active}"),
        &format!("/campaigns/{active}/activate"),
        &[("note", "=HYPERLINK(\"x\") newsletter")],
    )
    .await;
    assert_eq!(activated.status(), 303);
    let too_long = post_form(
        &w.pu,
        app,
        "acme",
        &format!("/campaigns/{active}"),
        &format!("/campaigns/{active}/activate"),
        &[("note", &"x".repeat(600))],
    )
    .await;
    assert_eq!(too_long.status(), 422);

    // The editor's numbers: two organisations told, one viewed and activated, one download.
    let (_, stats) = w.page(&w.admin, &format!("/admin/campaigns/{active}")).await;
    let fact = |label: &str| stats.split(&format!("<dt>{label}</dt><dd>")).nth(1).and_then(|r| r.split('<').next()).map(str::to_string);
    assert_eq!(fact("Partners notified").as_deref(), Some("2"), "{stats}");
    assert_eq!(fact("Partners who viewed it").as_deref(), Some("1"));
    assert_eq!(fact("Partners who activated it").as_deref(), Some("1"));
    assert!(stats.contains("Launch datasheet · Version 1: 1"));
    // Drawn as SVG charts with a summary for screen readers.
    assert!(
        stats.contains("id=\"chart-funnel-desc\">Partners notified: 2, Partners who viewed it: 1, Partners who activated it: 1"),
        "{stats}"
    );
    assert!(stats.contains("id=\"chart-downloads-desc\">one download in all. P1A: 1, P1B: 0"), "{stats}");
    let csv = w.admin.get(app.url("acme", &format!("/admin/campaigns/{active}/stats.csv"))).send().await.unwrap().text().await.unwrap();
    assert!(csv.contains("P1A,yes,yes,yes,\"'=HYPERLINK(\"\"x\"\") newsletter\",1"), "{csv}");

    // Nobody else: partners cannot open the editor's pages, another tenant is sent to sign in.
    assert_eq!(w.page(&w.pa, &format!("/admin/campaigns/{active}")).await.0, 403);
    assert_eq!(w.page(&w.cm, "/campaigns").await.0, 404, "staff have no partner view");
    assert_eq!(w.foreign.get(app.url("acme", &format!("/campaigns/{active}"))).send().await.unwrap().status(), 303);
    assert_eq!(w.foreign.get(app.url("globex", &format!("/admin/campaigns/{active}"))).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn campaigns_and_what_partners_did_are_read_through_the_api() {
    let w = world().await;
    let app = &w.app;
    let id = running_campaign(app, &w.admin).await;
    app.cli_ok(&["jobs", "run"]);
    let res =
        post_form(&w.pa, app, "acme", &format!("/campaigns/{id}"), &format!("/campaigns/{id}/activate"), &[("note", "Mailing")]).await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let token = crate::api::make_token(app, &w.admin, "acme", "read").await;
    let c = crate::support::client();
    let get = |slug: &str, path: &str, token: &str| {
        c.get(app.url(slug, &format!("/api/v1{path}"))).header("Authorization", format!("Bearer {token}")).send()
    };
    let list: serde_json::Value = get("acme", "/campaigns", &token).await.unwrap().json().await.unwrap();
    let first = &list.as_array().unwrap()[0];
    assert_eq!(first["status"], "active");
    assert_eq!(first["texts"][0]["locale"], "en-US");
    assert_eq!(first["texts"][0]["name"], "Autumn push");
    let detail: serde_json::Value = get("acme", &format!("/campaigns/{id}"), &token).await.unwrap().json().await.unwrap();
    assert_eq!(detail["id"].to_string(), id);
    assert_eq!(detail["results"]["activated"], 1);
    assert!(detail["results"]["notified"].as_i64().unwrap() >= 1);
    // Another portal's token and ids: nothing.
    let theirs = crate::api::make_token(app, &w.foreign, "globex", "read").await;
    crate::platform_api::problem(get("globex", &format!("/campaigns/{id}"), &theirs).await.unwrap(), 404, "not-found").await;
    let none: serde_json::Value = get("globex", "/campaigns", &theirs).await.unwrap().json().await.unwrap();
    assert_eq!(none, serde_json::json!([]));
}
