//! Non-essential mail: a person can turn each kind off, in the account or
//! with the one-click link the mail carries (`List-Unsubscribe` and
//! `List-Unsubscribe-Post`, RFC 8058); the in-app notice stays. Asset
//! updates are the first such mail: whoever downloaded an older version is
//! told a new one arrived.

use std::time::Duration;

use crate::support::smtp::{Received, SmtpPeer};
use crate::support::world::world_on;
use crate::support::{bare_client, page_csrf, spawn_app_with_mail};

fn pdf(title: &str) -> Vec<u8> {
    portico::storage::samples::datasheet_pdf(title, "", "https://acme.test/")
}

/// The asset-update mail `to` received, once there are at least `count`.
async fn mail_for(peer: &SmtpPeer, to: &str, count: usize) -> Vec<Received> {
    for _ in 0..150 {
        let got: Vec<Received> = peer
            .messages()
            .await
            .into_iter()
            .filter(|m| m.envelope_to.iter().any(|t| t == to) && m.subject.contains("Price list"))
            .collect();
        if got.len() >= count {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("fewer than {count} messages for {to}");
}

#[tokio::test]
async fn downloaders_hear_of_new_versions_and_one_click_turns_the_mail_off() {
    let peer = SmtpPeer::start(0);
    let w = world_on(spawn_app_with_mail(&peer).await).await;
    let app = &w.app;
    // An asset for every tier; the partner user downloads version 1.
    let csrf = page_csrf(&w.admin, &app.url("acme", "/admin/assets/new")).await;
    let form = reqwest::multipart::Form::new()
        .text("kind", "pdf")
        .text("locale", "en-US")
        .text("title", "Price list")
        .text("status", "published")
        .part("file", reqwest::multipart::Part::bytes(pdf("v1")).file_name("prices.pdf"));
    let created =
        w.admin.post(app.url("acme", "/admin/assets")).header("x-csrf-token", csrf.as_str()).multipart(form).send().await.unwrap();
    let id = created.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().to_string();
    assert_eq!(w.pu.get(app.url("acme", &format!("/assets/{id}/download"))).send().await.unwrap().status(), 200);

    let new_version = |title: &'static str| {
        let (admin, url_page, url) =
            (w.admin.clone(), app.url("acme", &format!("/admin/assets/{id}")), app.url("acme", &format!("/admin/assets/{id}/versions")));
        async move {
            let csrf = page_csrf(&admin, &url_page).await;
            let form = reqwest::multipart::Form::new()
                .text("locale", "")
                .part("file", reqwest::multipart::Part::bytes(pdf(title)).file_name("p.pdf"));
            assert_eq!(admin.post(url.as_str()).header("x-csrf-token", csrf.as_str()).multipart(form).send().await.unwrap().status(), 303);
        }
    };
    new_version("v2").await;
    // In the app and by mail, with the one-click headers.
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert!(bell.contains("A new version of “Price list” is available (version 2)."), "{bell}");
    let mail = mail_for(&peer, "pu@p1a.test", 1).await.pop().unwrap();
    let head = mail.raw.split("\r\n\r\n").next().unwrap().replace("\r\n", "\n");
    let header = |name: &str| head.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")).map(str::to_string));
    let link = header("List-Unsubscribe").expect("List-Unsubscribe").trim_matches(|c| c == '<' || c == '>').to_string();
    assert!(link.starts_with(&format!("http://acme.localhost:{}/unsubscribe/", app.port)), "{link}");
    assert_eq!(header("List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    assert!(mail.text.replace("=\n", "").contains(&link) || mail.text.contains(&link), "the link is in the body too");
    // Nobody who did not download it was told.
    assert!(peer.messages().await.iter().all(|m| !(m.envelope_to.iter().any(|t| t == "pa@p1a.test") && m.subject.contains("Price list"))));

    // A forged or foreign token does nothing.
    let path = link.split_once(&format!(":{}", app.port)).unwrap().1.to_string();
    let forged = path.replace("asset_updates", "campaigns");
    let mail_client = bare_client();
    assert_eq!(mail_client.post(app.url("acme", &forged)).send().await.unwrap().status(), 404);
    assert_eq!(mail_client.post(app.url("globex", &path)).send().await.unwrap().status(), 404, "signed for acme only");
    // The page asks first; the mail client posts without a session or Origin (RFC 8058).
    let ask = mail_client.get(app.url("acme", &path)).send().await.unwrap();
    assert_eq!(ask.status(), 200);
    assert!(ask.text().await.unwrap().contains("Stop e-mail about new versions of assets I downloaded?"));
    let one_click = mail_client.post(app.url("acme", &path)).body("List-Unsubscribe=One-Click").send().await.unwrap();
    assert_eq!(one_click.status(), 200);
    assert!(one_click.text().await.unwrap().contains("you will no longer get e-mail about new versions of assets I downloaded"));

    // Version 3: the notice in the app, no mail.
    new_version("v3").await;
    let (_, bell) = w.page(&w.pu, "/notifications").await;
    assert!(bell.contains("(version 3)"));
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(mail_for(&peer, "pu@p1a.test", 1).await.len(), 1, "no mail after unsubscribing");

    // The account page shows it off; turning it on again sends mail again.
    let (_, prefs) = w.page(&w.pu, "/account/notifications").await;
    assert!(prefs.contains("value=\"asset_updates\">") && prefs.contains("value=\"campaigns\" checked"), "{prefs}");
    let csrf = page_csrf(&w.pu, &app.url("acme", "/account/notifications")).await;
    let saved =
        w.pu.post(app.url("acme", "/account/notifications"))
            .form(&[("csrf_token", csrf.as_str()), ("email", "asset_updates"), ("email", "campaigns"), ("email", "nonsense")])
            .send()
            .await
            .unwrap();
    assert_eq!(saved.status(), 303);
    let (_, prefs) = w.page(&w.pu, "/account/notifications").await;
    assert!(prefs.contains("value=\"asset_updates\" checked") && !prefs.contains("value=\"courses\" checked"), "{prefs}");
    new_version("v4").await;
    assert_eq!(mail_for(&peer, "pu@p1a.test", 2).await.len(), 2);
}
