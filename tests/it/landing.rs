//! Landing pages: a partner admin publishes a landing-page asset under the
//! organisation's brand; anyone may open it at `/p/{slug}` and leave their
//! details, which reach that partner only; bots and floods store nothing.

use crate::admin::{form_key_of, rows_with};
use crate::assets::{add_asset, asset_id};
use crate::support::world::world;
use crate::support::{client, page_csrf, post_form};

#[tokio::test]
async fn a_partner_publishes_its_landing_page_and_visitors_reach_that_partner_only() {
    let w = world().await;
    let app = &w.app;
    let fields = [
        ("kind", "landing"),
        ("locale", "en-US"),
        ("title", "Branch office landing page"),
        ("status", "published"),
        ("subject", "Meet {{partner_name}}"),
        ("body_html", "<h2>Secure branches</h2><p>{{partner_name}} at {{landing_page_url}}</p><script>alert(1)</script>"),
    ];
    let created = add_asset(&w.admin, app, &fields, Vec::new(), "").await;
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap());
    let id = asset_id(&created);
    let (_, edit) = w.page(&w.admin, &format!("/admin/assets/{id}")).await;
    assert!(edit.contains("Headline") && !edit.contains("version-body-text"), "a headline, no text part");

    // A partner user may look but not publish.
    let (_, shown) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(shown.contains("Publish this page under your organisation") && !shown.contains("/landing\""), "{shown}");
    let csrf = page_csrf(&w.pu, &app.url("acme", "/assets")).await;
    let res = w.pu.post(app.url("acme", &format!("/assets/{id}/landing"))).form(&[("csrf_token", csrf.as_str())]).send().await.unwrap();
    assert_eq!(res.status(), 403);

    // Its admin publishes; the address names the partner and cannot be walked.
    let res = post_form(&w.pa, app, "acme", &format!("/assets/{id}"), &format!("/assets/{id}/landing"), &[]).await;
    assert_eq!(res.status(), 303);
    let (_, shown) = w.page(&w.pa, &format!("/assets/{id}")).await;
    let at = shown.find("href=\"/p/").expect("the live address") + 6;
    let path = shown[at..].split('"').next().unwrap().to_string();
    assert!(path.starts_with("/p/p1a-") && path.len() == "/p/p1a-".len() + 6, "{path}");

    // Anyone opens it: the partner's name, the filled page in a sandboxed frame.
    let visitor = client();
    let page = visitor.get(app.url("acme", &path)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Meet P1A") && html.contains("Contact P1A") && html.contains("sandbox=\"\""), "{html}");
    let content = visitor.get(app.url("acme", &format!("{path}/content"))).send().await.unwrap();
    let csp = content.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("sandbox") && csp.contains("default-src 'none'"), "{csp}");
    let body = content.text().await.unwrap();
    assert!(body.contains("P1A at http") && body.contains(&path), "the landing-page placeholder is the page itself: {body}");

    // The contact form: messages per field, the honeypot, then a real request.
    let key = form_key_of(&html);
    let bad =
        visitor.post(app.url("acme", &path)).form(&[("form_key", key.as_str()), ("name", ""), ("email", "nope")]).send().await.unwrap();
    assert_eq!(bad.status(), 422);
    let text = bad.text().await.unwrap();
    assert!(text.contains("Please fill in this field.") && text.contains("e-mail address"), "{text}");
    let bot = [("form_key", key.as_str()), ("name", "Bot"), ("email", "bot@spam.test"), ("fax", "x")];
    assert_eq!(visitor.post(app.url("acme", &path)).form(&bot).send().await.unwrap().status(), 200);
    assert_eq!(rows_with(app, "landing_submissions", "email", "bot@spam.test"), 0, "a bot stores nothing");
    let real = [
        ("form_key", key.as_str()),
        ("name", "Carla <b>Customer</b>"),
        ("email", "carla@customer.test"),
        ("company", "Customer AG"),
        ("message", "Call me about 40 branches"),
    ];
    for _ in 0..2 {
        let res = visitor.post(app.url("acme", &path)).form(&real).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.text().await.unwrap().contains("Thank you. P1A will get back to you soon."));
    }
    assert_eq!(rows_with(app, "landing_submissions", "email", "carla@customer.test"), 1, "the same form twice is one request");

    // It reaches P1A's admin (in the app, by mail) and P1A's list; nobody else's.
    let (_, bell) = w.page(&w.pa, "/notifications").await;
    assert!(bell.contains("sent a contact request through your landing page"), "{bell}");
    assert!(app.last_mail("pa@p1a.test").await.text.contains("carla@customer.test"));
    let (status, list) = w.page(&w.pu, "/landing-pages").await;
    assert_eq!(status, 200);
    assert!(list.contains("Carla &lt;b&gt;Customer&lt;/b&gt;") || list.contains("Carla &#60;b&#62;"), "{list}");
    assert!(list.contains("Customer AG") && list.contains("one visit"), "{list}");
    let (_, other) = w.page(&w.pb, "/landing-pages").await;
    assert!(!other.contains("carla@customer.test") && other.contains("No landing pages yet"), "{other}");
    assert_eq!(w.page(&w.cm, "/landing-pages").await.0, 404, "staff have no partner pages");

    // A campaign with the page counts its visits and requests per partner.
    let today = portico::db::now().date();
    let (start, end) = (today.to_string(), (today + chrono::Duration::days(7)).to_string());
    let fields = [("locale", "en-US"), ("name", "Branch push"), ("starts_on", &start), ("ends_on", &end), ("ready", "1"), ("asset", &id)];
    let campaign = post_form(&w.admin, app, "acme", "/admin/campaigns/new", "/admin/campaigns", &fields).await;
    assert_eq!(campaign.status(), 303);
    let campaign = campaign.headers()["location"].to_str().unwrap().to_string();
    let csv = w.admin.get(app.url("acme", &format!("{campaign}/stats.csv"))).send().await.unwrap().text().await.unwrap();
    assert!(csv.contains("Landing-page visits,Contact requests"), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("P1A,") && l.ends_with(",1,1")), "one visit, one request: {csv}");

    // A flood from one address stops at the limit, with a message.
    for i in 0..4 {
        let email = format!("flood{i}@customer.test");
        let res = visitor.post(app.url("acme", &path)).form(&[("name", "F"), ("email", email.as_str())]).send().await.unwrap();
        assert_eq!(res.status(), 200);
    }
    let res = visitor.post(app.url("acme", &path)).form(&[("name", "F"), ("email", "flood9@customer.test")]).send().await.unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.text().await.unwrap().contains("Too many requests"));

    // Another tenant's host knows no such page; offline and archived pages are gone.
    assert_eq!(visitor.get(app.url("globex", &path)).send().await.unwrap().status(), 404);
    let res = post_form(&w.pa, app, "acme", &format!("/assets/{id}"), &format!("/assets/{id}/landing/unpublish"), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(visitor.get(app.url("acme", &path)).send().await.unwrap().status(), 404);
    assert_eq!(visitor.post(app.url("acme", &path)).form(&real).send().await.unwrap().status(), 404);
    let res = post_form(&w.pa, app, "acme", &format!("/assets/{id}"), &format!("/assets/{id}/landing"), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(visitor.get(app.url("acme", &path)).send().await.unwrap().status(), 200, "published again at the same address");
    let csrf = page_csrf(&w.admin, &app.url("acme", &format!("/admin/assets/{id}"))).await;
    let res = w
        .admin
        .post(app.url("acme", &format!("/admin/assets/{id}")))
        .form(&[("csrf_token", csrf.as_str()), ("status", "archived"), ("tags", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(visitor.get(app.url("acme", &path)).send().await.unwrap().status(), 404);
}
