//! Partner organisations, tiers and products, and recruitment.

use crate::support::world::world;
use crate::support::{PASSWORD, client, organisation_id, post_form};

fn tier_id(page: &str, name: &str) -> String {
    let at = page.find(&format!("value=\"{name}\"")).unwrap_or_else(|| panic!("no tier {name}"));
    let before = &page[..at];
    let id_at = before.rfind("name=\"id\" value=\"").unwrap() + 17;
    before[id_at..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn tier_rules_limit_open_deals_and_approve_small_deals_automatically() {
    let w = world().await;
    let app = &w.app;
    let tiers = w.admin.get(app.url("acme", "/admin/tiers")).send().await.unwrap().text().await.unwrap();
    let registered = tier_id(&tiers, "Registered");
    let save_tier = async |days: &str, max_open: &str, auto_approve: &str| {
        let fields = [
            ("id", registered.as_str()),
            ("name", "Registered"),
            ("protection_days", days),
            ("max_open_deals", max_open),
            ("auto_approve", auto_approve),
        ];
        post_form(&w.admin, app, "acme", "/admin/tiers", "/admin/tiers", &fields).await
    };
    // Thresholds are in the reporting currency; these deals are in euros.
    let res = post_form(&w.admin, app, "acme", "/admin/currency", "/admin/currency", &[("reporting_currency", "EUR")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(save_tier("30", "2", "1000").await.status(), 303);
    assert_eq!(save_tier("-4", "x", "0").await.status(), 422);

    // Put P1A in that tier.
    let list = w.admin.get(app.url("acme", "/admin/partners?q=P1A")).send().await.unwrap().text().await.unwrap();
    let p1a = list.split("/admin/partners/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let res = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/partners/{p1a}"),
        &format!("/admin/partners/{p1a}"),
        &[("name", "P1A"), ("tier_id", &registered), ("status", "active"), ("email_domains", "p1a.test"), ("country", "DE")],
    )
    .await;
    assert_eq!(res.status(), 303);

    // Small: approved at once (no conflict). Large: waits for a person.
    let small = w.register(&w.pu, "Small Co", "small.test", "900", "submit").await;
    let (_, page) = w.page(&w.pu, &format!("/deals/{small}")).await;
    assert!(page.contains("Approved automatically"), "{page}");
    let _big = w.register(&w.pu, "Big Co", "big.test", "5000", "submit").await;
    // Two open now: the third is refused until one closes.
    let third = w.register(&w.pu, "Third Co", "third.test", "10", "draft").await;
    let res = w.act(&w.pu, &third, "submit", "").await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("allows 2 open deals"));

    // The partner sees its tier and what the next one gives.
    let (_, own) = w.page(&w.pa, "/organisation").await;
    assert!(own.contains("Registered") && own.contains("Silver"), "{own}");
    assert!(own.contains("2 open now"));
}

#[tokio::test]
async fn products_are_listed_for_deals_and_can_be_hidden() {
    let w = world().await;
    let app = &w.app;
    let add_product = async |fields: &[(&str, &str)]| post_form(&w.admin, app, "acme", "/admin/products", "/admin/products", fields).await;
    assert_eq!(add_product(&[("name", "Router X"), ("sku", "RX-1")]).await.status(), 303);
    assert_eq!(add_product(&[("name", "Router X")]).await.status(), 422);
    let form = w.pu.get(app.url("acme", "/deals/new")).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("Router X"));
    let products = w.admin.get(app.url("acme", "/admin/products")).send().await.unwrap().text().await.unwrap();
    let id = products.split("/admin/products/").nth(1).unwrap().split('/').next().unwrap().to_string();
    assert_eq!(post_form(&w.admin, app, "acme", "/admin/products", &format!("/admin/products/{id}/toggle"), &[]).await.status(), 303);
    let form = w.pu.get(app.url("acme", "/deals/new")).send().await.unwrap().text().await.unwrap();
    assert!(!form.contains("Router X"), "hidden products are not offered");
    assert_eq!(post_form(&w.pa, app, "acme", "/", "/admin/products", &[("name", "Nope")]).await.status(), 403);
}

#[tokio::test]
async fn vendors_find_edit_and_suspend_partners() {
    let w = world().await;
    let app = &w.app;
    let list = w.cm.get(app.url("acme", "/admin/partners?q=p1b")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("P1B") && !list.contains(">P1A<"));
    let p1b = list.split("/admin/partners/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let page = w.cm.get(app.url("acme", &format!("/admin/partners/{p1b}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("pb@p1b.test"));
    let res = post_form(
        &w.cm,
        app,
        "acme",
        &format!("/admin/partners/{p1b}"),
        &format!("/admin/partners/{p1b}"),
        &[("name", "P1B Renamed"), ("status", "suspended"), ("email_domains", "p1b.test")],
    )
    .await;
    assert_eq!(res.status(), 303);
    // A suspended partner is signed out: it can register nothing any more.
    let (status, _) = w.page(&w.pb, "/deals/new").await;
    assert_eq!(status, 303);
    // Partners cannot see the vendor's partner pages.
    assert_eq!(w.pa.get(app.url("acme", &format!("/admin/partners/{p1b}"))).send().await.unwrap().status(), 403);
    assert_eq!(w.foreign.get(app.url("acme", &format!("/admin/partners/{p1b}"))).send().await.unwrap().status(), 303);
}

#[tokio::test]
async fn applications_become_partners_or_are_told_why_not() {
    let w = world().await;
    let app = &w.app;
    let visitor = client();
    let apply = |company: &'static str, email: &'static str, honeypot: &'static str| {
        let visitor = visitor.clone();
        let url = app.url("acme", "/become-a-partner");
        async move {
            visitor
                .post(url)
                .form(&[
                    ("company", company),
                    ("country", "France"),
                    ("contact_name", "Claire"),
                    ("contact_email", email),
                    ("message", "We resell networks."),
                    ("fax", honeypot),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(visitor.get(app.url("acme", "/become-a-partner")).send().await.unwrap().status(), 200);
    assert_eq!(apply("Bot Inc", "bot@bot.test", "spam").await.status(), 200);
    assert_eq!(apply("Newco", "claire@newco.test", "").await.status(), 200);
    assert_eq!(apply("Nopeco", "nina@nopeco.test", "").await.status(), 200);
    let bad = visitor
        .post(app.url("acme", "/become-a-partner"))
        .form(&[("company", ""), ("country", "France"), ("contact_email", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    // Three per address per hour.
    assert_eq!(apply("Fourth", "f@fourth.test", "").await.status(), 200);
    assert_eq!(apply("Fifth", "f@fifth.test", "").await.status(), 429);

    let page = w.cm.get(app.url("acme", "/admin/applications")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Newco") && !page.contains("Bot Inc"), "the honeypot kept the bot out");
    assert!(page.contains("<dd>France</dd>"), "the country typed by name, kept as FR and named");
    let id_of = |company: &str| {
        let at = page.find(&format!("<h2>{company}</h2>")).unwrap();
        page[at..].split("/admin/applications/").nth(1).unwrap().split('/').next().unwrap().to_string()
    };
    let (newco, nopeco) = (id_of("Newco"), id_of("Nopeco"));
    let decide = async |id: &str, decision: &str, fields: &[(&str, &str)]| {
        post_form(&w.cm, app, "acme", "/admin/applications", &format!("/admin/applications/{id}/{decision}"), fields).await.status()
    };
    assert_eq!(decide(&newco, "approve", &[]).await, 303);
    // A rejection without a reason comes back on its row, 422, and decides nothing.
    let path = format!("/admin/applications/{nopeco}/reject");
    let refused = post_form(&w.cm, app, "acme", "/admin/applications", &path, &[("reason", "  ")]).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Please give a reason for the rejection."));
    assert!(page.contains(&format!("aria-describedby=\"reason-{nopeco}-error\"")));
    assert_eq!(decide(&nopeco, "reject", &[("reason", "Outside our regions")]).await, 303);
    assert_eq!(decide(&newco, "approve", &[]).await, 404, "decided once");

    let invitation = app.last_mail("claire@newco.test").await;
    assert!(invitation.text.contains("/invitations/"));
    let rejection = app.last_mail("nina@nopeco.test").await;
    assert!(rejection.text.contains("Outside our regions"));
    let claire = app.accept_invitation("acme", "claire@newco.test", PASSWORD).await;
    let own = claire.get(app.url("acme", "/organisation")).send().await.unwrap().text().await.unwrap();
    assert!(own.contains("Newco") && own.contains("Registered"));
}

#[tokio::test]
async fn a_suspended_partner_organisation_signs_nobody_in_and_its_sessions_end() {
    let w = world().await;
    let app = &w.app;
    assert_eq!(w.pa.get(app.url("acme", "/deals")).send().await.unwrap().status(), 200);
    let p1a = organisation_id(app, &w.admin, "acme", "P1A").await;
    let path = format!("/admin/partners/{p1a}");
    let set = async |status: &str| {
        let fields = [("name", "P1A"), ("website", ""), ("country", ""), ("status", status), ("email_domains", "p1a.test")];
        post_form(&w.admin, app, "acme", &path, &path, &fields).await.status()
    };
    assert_eq!(set("suspended").await, 303);

    // Signed-in members are out at their next request, whatever they ask for.
    for c in [&w.pa, &w.pu] {
        assert_eq!(c.get(app.url("acme", "/deals.csv")).send().await.unwrap().status(), 303);
    }
    let res = app.sign_in_with(&client(), "acme", "pa@p1a.test", PASSWORD).await;
    assert_eq!(res.status(), 403);
    assert!(res.text().await.unwrap().contains("is suspended, so nobody of it can sign in"));
    // A wrong password still says only that it is wrong.
    let res = app.sign_in_with(&client(), "acme", "pa@p1a.test", "not-the-password-1").await;
    assert_eq!(res.status(), 401);
    // P1B is not affected; nobody can be invited into P1A meanwhile.
    assert_eq!(w.pb.get(app.url("acme", "/deals")).send().await.unwrap().status(), 200);
    let invite = [("email", "new@p1a.test"), ("display_name", "New"), ("role", "partner_user"), ("organisation_id", p1a.as_str())];
    assert_eq!(post_form(&w.admin, app, "acme", "/admin/users", "/admin/users/invite", &invite).await.status(), 422);

    assert_eq!(set("active").await, 303);
    let back = app.sign_in("acme", "pa@p1a.test", PASSWORD).await;
    assert_eq!(back.get(app.url("acme", "/deals")).send().await.unwrap().status(), 200);
}

async fn upload_logo(c: &reqwest::Client, app: &crate::support::TestApp, page: &str, action: &str, bytes: Vec<u8>) -> reqwest::Response {
    let csrf = crate::support::page_csrf(c, &app.url("acme", page)).await;
    let part = reqwest::multipart::Part::bytes(bytes).file_name("logo.png");
    c.post(app.url("acme", action))
        .header("x-csrf-token", csrf.as_str())
        .multipart(reqwest::multipart::Form::new().part("logo", part))
        .send()
        .await
        .unwrap()
}

/// The logo URL a profile card shows (`…/logo/{file id}`).
fn logo_src(page: &str, base: &str) -> Option<String> {
    let at = page.find(&format!("src=\"{base}/logo/"))? + 5;
    Some(page[at..].split('"').next()?.to_string())
}

#[tokio::test]
async fn partner_admins_keep_their_co_branding_profile_and_nobody_else_can() {
    let w = world().await;
    let app = &w.app;
    // Bad input: a message per field, nothing saved.
    let bad = post_form(
        &w.pa,
        app,
        "acme",
        "/organisation",
        "/organisation/profile",
        &[("website", "javascript:alert(1)"), ("contact_name", "Ann\u{0}"), ("contact_email", "not-mail"), ("contact_phone", "call me")],
    )
    .await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    for message in ["Enter a phone number", "e-mail address", "not allowed"] {
        assert!(page.to_lowercase().contains(&message.to_lowercase()), "{message}: {page}");
    }
    let ok = post_form(
        &w.pa,
        app,
        "acme",
        "/organisation",
        "/organisation/profile",
        &[
            ("website", "https://p1a.test"),
            ("contact_name", "Ann <script>alert(1)</script> Lee"),
            ("contact_email", "Ann@P1A.test"),
            ("contact_phone", "+49 (30) 123-456"),
        ],
    )
    .await;
    assert_eq!(ok.status(), 303);
    // A broken image is refused; a real one is taken.
    let broken = upload_logo(&w.pa, app, "/organisation", "/organisation/logo", b"\x89PNG\r\n\x1a\nnot really".to_vec()).await;
    assert_eq!(broken.status(), 422);
    let logo = crate::storage::png(200, 80);
    assert_eq!(upload_logo(&w.pa, app, "/organisation", "/organisation/logo", logo.clone()).await.status(), 303);

    // The partner user sees it read-only, with the logo.
    let (status, page) = w.page(&w.pu, "/organisation").await;
    assert_eq!(status, 200);
    assert!(page.contains("ann@p1a.test") && page.contains("+49 (30) 123-456"));
    assert!(page.contains("Ann &lt;script&gt;alert(1)&lt;/script&gt; Lee") || page.contains("Ann &#60;script&#62;"), "escaped");
    assert!(!page.contains("action=\"/organisation/profile\""), "a partner user cannot edit");
    let src = logo_src(&page, "/organisation").expect("the logo is shown");
    let served = w.pu.get(app.url("acme", &src)).send().await.unwrap();
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    assert_eq!(served.bytes().await.unwrap().to_vec(), logo);
    let refused = post_form(&w.pu, app, "acme", "/organisation", "/organisation/profile", &[("contact_name", "Mallory")]).await;
    assert_eq!(refused.status(), 403);

    // Another partner: its own /organisation has no such logo, and the vendor's pages are closed.
    let file = src.rsplit('/').next().unwrap().to_string();
    assert_eq!(w.pb.get(app.url("acme", &format!("/organisation/logo/{file}"))).send().await.unwrap().status(), 404);
    let p1a = organisation_id(app, &w.admin, "acme", "P1A").await;
    assert_eq!(w.pb.get(app.url("acme", &format!("/admin/partners/{p1a}/logo/{file}"))).send().await.unwrap().status(), 403);
    let pushed =
        post_form(&w.pb, app, "acme", "/organisation", &format!("/admin/partners/{p1a}/profile"), &[("contact_name", "Mallory")]).await;
    assert_eq!(pushed.status(), 403);
    // Another tenant is sent to sign in on acme; its own host has no such partner.
    assert_eq!(w.foreign.get(app.url("acme", &src)).send().await.unwrap().status(), 303);
    assert_eq!(w.foreign.get(app.url("globex", &format!("/admin/partners/{p1a}/logo/{file}"))).send().await.unwrap().status(), 404);

    // Vendor staff see and set it too.
    let admin_page = format!("/admin/partners/{p1a}");
    let (_, page) = w.page(&w.cm, &admin_page).await;
    assert!(page.contains("ann@p1a.test"));
    let staff_src = logo_src(&page, &admin_page).expect("staff see the logo");
    assert_eq!(w.cm.get(app.url("acme", &staff_src)).send().await.unwrap().status(), 200);
    let set = post_form(
        &w.cm,
        app,
        "acme",
        &admin_page,
        &format!("{admin_page}/profile"),
        &[("contact_name", "Bo Chan"), ("contact_email", "bo@p1a.test")],
    )
    .await;
    assert_eq!(set.status(), 303);
    let replaced = upload_logo(&w.cm, app, &admin_page, &format!("{admin_page}/logo"), crate::storage::png(50, 50)).await;
    assert_eq!(replaced.status(), 303);
    let (_, page) = w.page(&w.pa, "/organisation").await;
    assert!(page.contains("Bo Chan"));
    assert_eq!(w.pa.get(app.url("acme", &src)).send().await.unwrap().status(), 404, "the old logo's URL is gone");
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    assert_eq!(storage.list("t/1/partners/").await.unwrap().len(), 1, "the old logo's bytes are gone");
}
