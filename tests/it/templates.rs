//! E-mail templates: placeholders from one fixed vocabulary, checked when
//! saved; each partner sees and downloads a copy filled with its own
//! details, escaped; the preflight lists what its profile lacks; its logo is
//! reachable by a signed public address (mail goes to people who never sign in).

use crate::support::world::world;
use crate::support::{bare_client, organisation_id, page_csrf, post_form};

const HTML: &str =
    "<p style=\"color:#0b5cad\">Hello from {{ partner_name }}</p>{{partner_logo}}<p>Call {{contact_phone}} · {{tenant_name}}</p>";

#[tokio::test]
async fn a_template_is_checked_filled_per_partner_escaped_and_its_gaps_are_listed() {
    let w = world().await;
    let app = &w.app;
    let add = |fields: Vec<(&'static str, String)>| {
        let (admin, page, url) = (w.admin.clone(), app.url("acme", "/admin/assets/new"), app.url("acme", "/admin/assets"));
        async move {
            let csrf = page_csrf(&admin, &page).await;
            let mut form = reqwest::multipart::Form::new();
            for (k, v) in fields {
                form = form.text(k, v);
            }
            admin.post(url.as_str()).header("x-csrf-token", csrf.as_str()).multipart(form).send().await.unwrap()
        }
    };
    let base = |subject: &str, html: &str| {
        vec![
            ("kind", "email".to_string()),
            ("locale", "en-US".to_string()),
            ("title", "Launch e-mail".to_string()),
            ("status", "published".to_string()),
            ("subject", subject.to_string()),
            ("body_html", html.to_string()),
            ("body_text", "Call {{contact_phone}}".to_string()),
        ]
    };
    // Unknown placeholders are refused, each named.
    let refused = add(base("Hi {{first_name}}", "<p>{{partner_name}} {{ <b>x</b> }}</p>")).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Unknown placeholders: first_name."), "{page}");
    assert!(
        page.contains("Unknown placeholders: &lt;b&gt;x&lt;/b&gt;.") || page.contains("Unknown placeholders: &#60;b&#62;x&#60;/b&#62;."),
        "named, escaped"
    );
    let unclosed = add(base("News", "<p>{{partner_name</p>")).await;
    assert_eq!(unclosed.status(), 422);
    let created = add(base("News from {{partner_name}}", HTML)).await;
    assert_eq!(created.status(), 303);
    let id = created.headers()["location"].to_str().unwrap().rsplit('/').next().unwrap().to_string();

    // A partner named with markup; no phone and no logo yet.
    let p1a = organisation_id(app, &w.admin, "acme", "P1A").await;
    let renamed = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/partners/{p1a}"),
        &format!("/admin/partners/{p1a}"),
        &[("name", "P1A <script>alert(1)</script>"), ("status", "active"), ("email_domains", "p1a.test")],
    )
    .await;
    assert_eq!(renamed.status(), 303);

    // The preflight names what is missing; a partner user is told to ask an admin.
    let (_, page) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(page.contains("your logo") && page.contains("a contact phone"), "{page}");
    assert!(page.contains("partner admins can change this profile."));
    let (_, page) = w.page(&w.pa, &format!("/assets/{id}")).await;
    assert!(page.contains("href=\"/organisation\""), "an admin gets the link to fix it");
    // The filled copy: escaped values, its own strict policy.
    let preview = w.pu.get(app.url("acme", &format!("/assets/{id}/preview"))).send().await.unwrap();
    let csp = preview.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("sandbox") && csp.contains("default-src 'none'") && !csp.contains("script-src"), "{csp}");
    let html = preview.text().await.unwrap();
    assert!(html.contains("Hello from P1A &lt;script&gt;alert(1)&lt;/script&gt;</p>") && !html.contains("<script>"), "{html}");
    assert!(html.contains("Call  · ACME") && !html.contains("<img"), "blank where the profile is empty: {html}");

    // The partner admin completes the profile: phone and logo.
    let saved = post_form(&w.pa, app, "acme", "/organisation", "/organisation/profile", &[("contact_phone", "+1 555 0100")]).await;
    assert_eq!(saved.status(), 303);
    let csrf = page_csrf(&w.pa, &app.url("acme", "/organisation")).await;
    let logo = crate::storage::png(120, 40);
    let part = reqwest::multipart::Part::bytes(logo.clone()).file_name("logo.png");
    let uploaded =
        w.pa.post(app.url("acme", "/organisation/logo"))
            .header("x-csrf-token", csrf.as_str())
            .multipart(reqwest::multipart::Form::new().part("logo", part))
            .send()
            .await
            .unwrap();
    assert_eq!(uploaded.status(), 303);
    let (_, page) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(!page.contains("lacks what this template uses"), "nothing missing now");
    let download = w.pu.get(app.url("acme", &format!("/assets/{id}/download"))).send().await.unwrap();
    assert!(download.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let html = download.text().await.unwrap();
    assert!(html.contains("Call +1 555 0100 · ACME"), "{html}");
    let src = html.split("<img src=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert!(src.starts_with(&format!("http://acme.localhost:{}/cobrand/logo/", app.port)), "{src}");
    // The logo's address works without a session; a changed one, or another tenant's host, does not.
    let public = bare_client().get(&src).send().await.unwrap();
    assert_eq!(public.status(), 200);
    assert_eq!(public.bytes().await.unwrap().to_vec(), logo);
    let path = src.split_once(&format!(":{}", app.port)).unwrap().1.to_string();
    let other: i64 = p1a.parse::<i64>().unwrap() + 1;
    let tampered = path.replacen(&format!("/cobrand/logo/{p1a}."), &format!("/cobrand/logo/{other}."), 1);
    assert_eq!(bare_client().get(app.url("acme", &tampered)).send().await.unwrap().status(), 404);
    assert_eq!(bare_client().get(app.url("globex", &path)).send().await.unwrap().status(), 404);

    // As an .eml for the partner's own mail program, and a test copy through the outbox.
    let eml = w.pu.get(app.url("acme", &format!("/assets/{id}/download.eml"))).send().await.unwrap();
    assert_eq!(eml.headers()["content-type"], "message/rfc822");
    let eml = eml.text().await.unwrap();
    assert!(eml.contains("Subject: ") && eml.contains("To: ") && eml.contains("multipart/alternative"), "{eml}");
    let sent = post_form(&w.pu, app, "acme", &format!("/assets/{id}"), &format!("/assets/{id}/send-test"), &[]).await;
    assert_eq!(sent.status(), 303);
    let copy = app.last_mail("pu@p1a.test").await;
    assert!(copy.subject.starts_with("News from P1A <script>"), "{}", copy.subject);
    assert!(copy.html.contains("Hello from P1A &lt;script&gt;") && copy.text.contains("Call +1 555 0100"), "{}", copy.html);

    // Editing the template makes version 2, checked the same way.
    let edit = |subject: &'static str| {
        let (admin, page, url) =
            (w.admin.clone(), app.url("acme", &format!("/admin/assets/{id}")), app.url("acme", &format!("/admin/assets/{id}/versions")));
        async move {
            let csrf = page_csrf(&admin, &page).await;
            let form = reqwest::multipart::Form::new()
                .text("locale", "")
                .text("subject", subject)
                .text("body_html", "<p>{{partner_name}} v2</p>")
                .text("body_text", "");
            admin.post(url.as_str()).header("x-csrf-token", csrf.as_str()).multipart(form).send().await.unwrap()
        }
    };
    assert_eq!(edit("{{nope}}").await.status(), 422);
    assert_eq!(edit("Updated for {{partner_name}}").await.status(), 303);
    let (_, page) = w.page(&w.admin, &format!("/admin/assets/{id}")).await;
    assert!(page.contains("Version 2") && page.contains("Updated for {{partner_name}}"), "the editor sees the current parts");
    let (_, page) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(page.contains("Updated for P1A &lt;script&gt;") || page.contains("Updated for P1A &#60;script&#62;"), "{page}");
}
