//! The asset library: marketing staff add files with texts per locale,
//! tiers, tags and versions; partners see what their tier may, in their
//! language, and download the current version; nobody else gets anything.

use crate::support::world::world;
use crate::support::{TestApp, page_csrf, post_form};

/// Sends the add-asset form with a file; returns the response.
pub(crate) async fn add_asset(c: &reqwest::Client, app: &TestApp, fields: &[(&str, &str)], file: Vec<u8>, name: &str) -> reqwest::Response {
    let csrf = page_csrf(c, &app.url("acme", "/admin/assets/new")).await;
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    form = form.part("file", reqwest::multipart::Part::bytes(file).file_name(name.to_string()));
    c.post(app.url("acme", "/admin/assets")).header("x-csrf-token", csrf.as_str()).multipart(form).send().await.unwrap()
}

pub(crate) fn asset_id(res: &reqwest::Response) -> String {
    let location = res.headers()["location"].to_str().unwrap();
    location.strip_prefix("/admin/assets/").unwrap_or_else(|| panic!("{location}")).to_string()
}

pub(crate) fn pdf(title: &str) -> Vec<u8> {
    portico::storage::samples::datasheet_pdf(title, "Partner datasheet", "https://acme.test/")
}

#[tokio::test]
async fn editors_publish_files_partners_of_the_right_tier_download_them() {
    let w = world().await;
    let app = &w.app;
    // Refused uploads: a message on the file field, nothing stored.
    let base = [("kind", "pdf"), ("locale", "en-US"), ("title", "Datasheet"), ("status", "published")];
    let svg = add_asset(&w.admin, app, &base, b"<svg onload=alert(1)></svg>".to_vec(), "x.pdf").await;
    assert_eq!(svg.status(), 422);
    assert!(svg.text().await.unwrap().contains("SVG files are not accepted"));
    let fake = add_asset(&w.admin, app, &base, b"%PDF-1.7 nothing more".to_vec(), "x.pdf").await;
    assert_eq!(fake.status(), 422);
    assert!(fake.text().await.unwrap().contains("The file cannot be read"));
    let untitled = add_asset(&w.admin, app, &[("kind", "pdf"), ("locale", "en-US"), ("status", "published")], pdf("A"), "a.pdf").await;
    assert_eq!(untitled.status(), 422);
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    assert!(storage.list("t/1/assets/").await.unwrap().is_empty(), "nothing kept of refused uploads");

    // A datasheet for every tier, with a hostile file name and tags.
    let mut fields = base.to_vec();
    fields.push(("tags", "Datasheet, security ,datasheet"));
    fields.push(("description", "Our <b>flagship</b>"));
    let created = add_asset(&w.admin, app, &fields, pdf("Acme Datasheet"), "../../etc/Daten\u{202E}blatt.pdf").await;
    assert_eq!(created.status(), 303);
    let id = asset_id(&created);
    let keys = storage.list("t/1/assets/").await.unwrap();
    assert_eq!(keys.len(), 1);
    assert!(keys[0].0.starts_with("t/1/assets/") && keys[0].0.ends_with(".pdf") && !keys[0].0.contains("etc"), "{keys:?}");

    // A draft image only for a tier P1A is not in: partners never see it.
    let tiers = w.admin.get(app.url("acme", "/admin/assets/new")).send().await.unwrap().text().await.unwrap();
    let png = crate::storage::png(640, 480);
    let hidden = add_asset(
        &w.admin,
        app,
        &[("kind", "image"), ("locale", "en-US"), ("title", "Gold banner"), ("status", "draft")],
        png.clone(),
        "b.png",
    )
    .await;
    assert_eq!(hidden.status(), 303);
    let hidden_id = asset_id(&hidden);
    let _ = tiers;

    // The partner's library: the published one, with its title; not the draft.
    let (status, library) = w.page(&w.pu, "/assets").await;
    assert_eq!(status, 200);
    assert!(library.contains("Datasheet") && !library.contains("Gold banner"), "{library}");
    for path in [format!("/assets/{hidden_id}"), format!("/assets/{hidden_id}/download"), format!("/assets/{hidden_id}/thumbnail")] {
        assert_eq!(w.page(&w.pu, &path).await.0, 404, "{path}");
    }
    let (_, page) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(page.contains("Our &lt;b&gt;flagship&lt;/b&gt;") || page.contains("Our &#60;b&#62;"), "escaped description");
    let download = w.pu.get(app.url("acme", &format!("/assets/{id}/download"))).send().await.unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    assert!(download.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
    let disposition = download.headers()["content-disposition"].to_str().unwrap().to_string();
    assert!(
        disposition.starts_with("attachment") && disposition.contains("Datenblatt.pdf") && !disposition.contains(".."),
        "{disposition}"
    );
    assert_eq!(download.bytes().await.unwrap().to_vec(), pdf("Acme Datasheet"));

    // The editor sees the download, tags cleaned, the missing languages.
    let (_, edit) = w.page(&w.admin, &format!("/admin/assets/{id}")).await;
    assert!(edit.contains("downloaded by one partner organisation"), "{edit}");
    assert!(edit.contains("datasheet, security"));

    // Publishing the image for a tier P1A has not: still hidden from P1A.
    let csrf = page_csrf(&w.admin, &app.url("acme", &format!("/admin/assets/{hidden_id}"))).await;
    let gold = edit_tier_id(&w, app).await;
    let res = w
        .admin
        .post(app.url("acme", &format!("/admin/assets/{hidden_id}")))
        .form(&[("csrf_token", csrf.as_str()), ("status", "published"), ("tags", ""), ("tier", gold.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(w.page(&w.pu, &format!("/assets/{hidden_id}")).await.0, 404, "a lower tier by URL");
    // Once it is for every tier, P1A sees it and its thumbnail.
    let res = w
        .admin
        .post(app.url("acme", &format!("/admin/assets/{hidden_id}")))
        .form(&[("csrf_token", csrf.as_str()), ("status", "published"), ("tags", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let thumb = w.pu.get(app.url("acme", &format!("/assets/{hidden_id}/thumbnail"))).send().await.unwrap();
    assert_eq!(thumb.status(), 200);
    assert_eq!(thumb.headers()["content-type"], "image/jpeg");

    // Nobody else: another partner sees the same published asset (its tier
    // allows), but the vendor's pages are closed to partners; another tenant
    // is sent to sign in, and finds nothing under its own host.
    assert_eq!(w.page(&w.pa, &format!("/admin/assets/{id}")).await.0, 403);
    assert_eq!(w.pa.get(app.url("acme", &format!("/admin/assets/{id}/versions/1/file"))).send().await.unwrap().status(), 403);
    assert_eq!(w.foreign.get(app.url("acme", &format!("/assets/{id}/download"))).send().await.unwrap().status(), 303);
    assert_eq!(w.foreign.get(app.url("globex", &format!("/admin/assets/{id}"))).send().await.unwrap().status(), 404);
    // Staff have no partner library.
    assert_eq!(w.page(&w.cm, "/assets").await.0, 404);
}

/// The id of the tenant's "Gold" tier (a tier P1A, which has none, is not in).
async fn edit_tier_id(w: &crate::support::world::World, app: &TestApp) -> String {
    let page = w.admin.get(app.url("acme", "/admin/assets/new")).send().await.unwrap().text().await.unwrap();
    let at = page.find("> Gold</label>").expect("the tier is offered");
    let before = &page[..at];
    let value_at = before.rfind("value=\"").unwrap() + 7;
    before[value_at..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn versions_replace_the_file_per_language_and_texts_fall_back_with_a_notice() {
    let w = world().await;
    let app = &w.app;
    let created = add_asset(
        &w.admin,
        app,
        &[("kind", "pdf"), ("locale", "en-US"), ("title", "Price list"), ("status", "published")],
        pdf("Prices v1"),
        "prices.pdf",
    )
    .await;
    let id = asset_id(&created);
    // A German variant as version 2, and a German title.
    let csrf = page_csrf(&w.admin, &app.url("acme", &format!("/admin/assets/{id}"))).await;
    let form = reqwest::multipart::Form::new()
        .text("locale", "de-DE")
        .text("note", "Deutsche Fassung")
        .part("file", reqwest::multipart::Part::bytes(pdf("Preise v2")).file_name("preise.pdf"));
    let res = w
        .admin
        .post(app.url("acme", &format!("/admin/assets/{id}/versions")))
        .header("x-csrf-token", csrf.as_str())
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let res = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/assets/{id}?locale=de-DE"),
        &format!("/admin/assets/{id}/texts"),
        &[("locale", "de-DE"), ("title", "Preisliste"), ("description", "")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let bad = post_form(
        &w.admin,
        app,
        "acme",
        &format!("/admin/assets/{id}"),
        &format!("/admin/assets/{id}/texts"),
        &[("locale", "xx-XX"), ("title", "")],
    )
    .await;
    assert_eq!(bad.status(), 422);

    // The editor sees both versions; version 1 stays listed.
    let (_, edit) = w.page(&w.admin, &format!("/admin/assets/{id}")).await;
    assert!(edit.contains("Version 1") && edit.contains("Version 2") && edit.contains("Deutsche Fassung"));

    let get = |lang: &'static str, path: String| {
        let c = w.pu.clone();
        let url = app.url("acme", &path);
        async move { c.get(url).header("accept-language", lang).send().await.unwrap() }
    };
    // A German reader gets the German title and the variant; others the default.
    let de = get("de-DE", format!("/assets/{id}")).await.text().await.unwrap();
    assert!(de.contains("Preisliste"));
    assert_eq!(get("de-DE", format!("/assets/{id}/download")).await.bytes().await.unwrap().to_vec(), pdf("Preise v2"));
    assert_eq!(get("fr-FR", format!("/assets/{id}/download")).await.bytes().await.unwrap().to_vec(), pdf("Prices v1"));
    // A Japanese reader sees the default text, and is told.
    let ja = get("ja-JP", format!("/assets/{id}")).await.text().await.unwrap();
    assert!(ja.contains("Price list") && ja.contains("lang=\"en-US\""), "{ja}");
    // Downloads are counted per version.
    let (_, edit) = w.page(&w.admin, &format!("/admin/assets/{id}")).await;
    assert!(edit.contains("downloaded by one partner organisation"));
}

#[tokio::test]
async fn the_add_form_sent_twice_makes_one_asset_and_an_oversized_upload_is_refused_unread() {
    let app = crate::support::spawn_app_with(&[("PORTICO_MAX_UPLOAD_BYTES", "65536")]).await;
    let admin = app.tenant_with_admin("acme", crate::support::PASSWORD).await;
    let fields =
        [("kind", "pdf"), ("locale", "en-US"), ("title", "Once"), ("status", "draft"), ("form_key", "0123456789abcdef0123456789abcdef")];
    let first = add_asset(&admin, &app, &fields, pdf("Once"), "once.pdf").await;
    let again = add_asset(&admin, &app, &fields, pdf("Once"), "once.pdf").await;
    assert_eq!((first.status(), again.status()), (reqwest::StatusCode::SEE_OTHER, reqwest::StatusCode::SEE_OTHER));
    assert_eq!(asset_id(&first), asset_id(&again), "the repeat answers with the first asset");
    let list = admin.get(app.url("acme", "/admin/assets")).send().await.unwrap().text().await.unwrap();
    assert_eq!(list.matches(">Once</a>").count(), 1, "{list}");
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    assert_eq!(storage.list("t/1/assets/").await.unwrap().len(), 1, "the repeat stored nothing");

    // 200 MB announced: refused before the body is read (only the head is sent).
    let raw_client = crate::support::client();
    let signed_in = app.sign_in_with(&raw_client, "acme", "ops@acme.test", crate::support::PASSWORD).await;
    let mut cookie = crate::support::session_cookie(&signed_in).expect("a session cookie");
    let new_page = raw_client.get(app.url("acme", "/admin/assets/new")).send().await.unwrap();
    if let Some(renewed) = crate::support::session_cookie(&new_page) {
        cookie = renewed;
    }
    let csrf = crate::support::csrf_from(&new_page.text().await.unwrap());
    let cookie = cookie.split(';').next().unwrap().to_string();
    let (status, _) = app
        .raw(&format!(
            "POST /admin/assets HTTP/1.1\r\nHost: acme.localhost:{}\r\nX-CSRF-Token: {csrf}\r\nOrigin: http://acme.localhost:{}\r\nCookie: {cookie}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 209715200\r\nConnection: close\r\n\r\n",
            app.port, app.port,
        ))
        .await;
    assert_eq!(status, 413);
    // Over the file limit inside the body: 413 with the message on the field.
    let big = add_asset(
        &admin,
        &app,
        &[("kind", "pdf"), ("locale", "en-US"), ("title", "Big"), ("status", "draft")],
        vec![b'%'; 70_000],
        "big.pdf",
    )
    .await;
    assert_eq!(big.status(), 413);
    assert!(big.text().await.unwrap().contains("The file is larger than 64 KB"));
}

#[tokio::test]
async fn the_demo_library_has_a_datasheet_and_a_banner_in_five_languages() {
    let app = crate::support::spawn_app().await;
    let out = app.cli_ok(&["demo"]);
    assert!(out.contains("Asset library: 5 assets") && out.contains("Campaigns:     2"), "{out}");
    let (email, password) = crate::support::DEMO_ACCOUNTS[4];
    let partner = app.sign_in("demo", email, password).await;
    for (lang, title) in
        [("en-US", "Northwind Edge Router — datasheet"), ("ja-JP", "Northwind Edge Router データシート"), ("de-DE", "Webbanner")]
    {
        let page = partner.get(app.url("demo", "/assets")).header("accept-language", lang).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(title), "{lang}: {page}");
    }
    let library = partner.get(app.url("demo", "/assets")).send().await.unwrap().text().await.unwrap();
    let first = library.split("href=\"/assets/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let download = partner.get(app.url("demo", &format!("/assets/{first}/download"))).send().await.unwrap();
    assert_eq!(download.status(), 200);
    // The e-mail template comes filled with the partner's name.
    let email = library
        .split("href=\"/assets/")
        .filter_map(|s| s.split('"').next())
        .find(|id| library.contains(&format!("href=\"/assets/{id}\">Customer e-mail")));
    let email = email.expect("the demo's e-mail template is listed").to_string();
    let filled = partner.get(app.url("demo", &format!("/assets/{email}/preview"))).send().await.unwrap().text().await.unwrap();
    assert!(filled.contains("Contoso Solutions now offers the Northwind Networks Edge Router"), "{filled}");
    // The datasheet comes stamped with the partner's name; its landing page is live.
    let datasheet = library
        .split("href=\"/assets/")
        .filter_map(|s| s.split('"').next())
        .find(|id| library.contains(&format!("href=\"/assets/{id}\">Northwind Edge Router — datasheet")))
        .expect("the datasheet is listed")
        .to_string();
    let pdf = partner.get(app.url("demo", &format!("/assets/{datasheet}/download"))).send().await.unwrap().bytes().await.unwrap();
    let text = crate::cobranding::poppler("pdftotext", &[], &pdf);
    assert!(text.contains("Contoso Solutions"), "{text}");
    let pages = partner.get(app.url("demo", "/landing-pages")).send().await.unwrap().text().await.unwrap();
    let at = pages.find("href=\"/p/").expect("a live landing page") + 6;
    let path = pages[at..].split('"').next().unwrap().to_string();
    let public = crate::support::client().get(app.url("demo", &path)).send().await.unwrap().text().await.unwrap();
    assert!(public.contains("Contoso Solutions: secure every branch office"), "{public}");
    // One campaign runs for the partner's tier, in its language.
    let campaigns =
        partner.get(app.url("demo", "/campaigns")).header("accept-language", "fr-FR").send().await.unwrap().text().await.unwrap();
    assert!(campaigns.contains("Des agences sécurisées") && !campaigns.contains("Gold"), "{campaigns}");
    // A second run adds nothing.
    let again = app.cli_ok(&["demo"]);
    assert!(!again.contains("Asset library:"), "{again}");
}
