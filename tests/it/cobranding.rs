//! Co-branded PDFs: the editor marks zones on a datasheet, partners download
//! it stamped with their own name, logo and website. What was stamped is
//! read back by poppler (`pdftotext`, `pdfimages`, `pdfinfo`), a reader the
//! project did not write: the name is in the text layer of the right page,
//! the logo is an image there, and the original's link survives.

use crate::assets::{add_asset, asset_id, pdf};
use crate::support::world::world;
use crate::support::{page_csrf, post_form};

/// Runs a poppler tool on `pdf` and returns what it printed; fails loudly
/// when the tool is missing (the test command installs poppler-utils).
pub(crate) fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("portico-{}.pdf", uuid::Uuid::new_v4()));
    std::fs::write(&path, pdf).unwrap();
    let path_text = path.to_str().unwrap().to_string();
    let mut all: Vec<&str> = args.to_vec();
    all.push(&path_text);
    if tool == "pdftotext" {
        all.push("-");
    }
    let out = std::process::Command::new(tool)
        .args(&all)
        .output()
        .unwrap_or_else(|e| panic!("{tool} must be installed (Debian poppler-utils): {e}"));
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn partners_download_a_datasheet_stamped_with_their_own_name_logo_and_website() {
    let w = world().await;
    let app = &w.app;
    let fields = [("kind", "pdf"), ("locale", "en-US"), ("title", "Edge datasheet"), ("status", "published")];
    let created = add_asset(&w.admin, app, &fields, pdf("Edge Router"), "edge.pdf").await;
    assert_eq!(created.status(), 303);
    let id = asset_id(&created);
    let page = format!("/admin/assets/{id}");
    let action = format!("/admin/assets/{id}/zones");

    // Bad zones: a message per field, nothing saved.
    let bad = post_form(
        &w.admin,
        app,
        "acme",
        &page,
        &action,
        &[("page", "abc"), ("x", "90"), ("y", "10"), ("width", "20"), ("height", "5"), ("what", "text"), ("text", "Hi {{first_name}}")],
    )
    .await;
    assert_eq!(bad.status(), 422);
    let body = bad.text().await.unwrap();
    for message in ["Enter a whole number.", "The zone must lie on the page", "Unknown placeholders: first_name"] {
        assert!(body.contains(message), "{message}: {body}");
    }
    let bad = post_form(
        &w.admin,
        app,
        "acme",
        &page,
        &action,
        &[("page", "2"), ("x", "5"), ("y", "10"), ("width", "20"), ("height", "5"), ("what", "text"), ("text", "{{partner_logo}}")],
    )
    .await;
    assert_eq!(bad.status(), 422);
    let body = bad.text().await.unwrap();
    assert!(body.contains("The document has one page") && body.contains("The logo gets a zone of its own"), "{body}");
    assert!(body.contains("No zones yet"), "nothing saved");

    // The zones: the partner's name, its logo, its website as a link.
    for zone in [
        [("page", "1"), ("x", "7"), ("y", "78"), ("width", "50"), ("height", "6"), ("what", "text"), ("text", "{{partner_name}}")],
        [("page", "1"), ("x", "62"), ("y", "76"), ("width", "30"), ("height", "12"), ("what", "logo"), ("text", "")],
        [("page", "1"), ("x", "7"), ("y", "86"), ("width", "50"), ("height", "4"), ("what", "text"), ("text", "{{partner_website}}")],
    ] {
        let res = post_form(&w.admin, app, "acme", &page, &action, &zone).await;
        assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    }
    let (_, edit) = w.page(&w.admin, &page).await;
    assert!(edit.contains("7 % from the left, 78 % from the top") && edit.contains("{{partner_website}}"), "{edit}");

    // The editor's sample, for a made-up partner in the editor's language.
    let sample = w.admin.get(app.url("acme", &format!("/admin/assets/{id}/sample.pdf"))).send().await.unwrap();
    assert_eq!(sample.status(), 200);
    assert_eq!(sample.headers()["content-type"], "application/pdf");
    let text = poppler("pdftotext", &[], &sample.bytes().await.unwrap());
    assert!(text.contains("Sample Partner Ltd") && text.contains("Edge Router"), "{text}");
    let ja =
        w.admin.get(app.url("acme", &format!("/admin/assets/{id}/sample.pdf"))).header("accept-language", "ja-JP").send().await.unwrap();
    let text = poppler("pdftotext", &[], &ja.bytes().await.unwrap());
    assert!(text.contains("サンプルパートナー株式会社"), "Japanese is stamped as text: {text}");

    // The partner is told what its profile lacks before it downloads.
    let (_, shown) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(shown.contains("Download your co-branded copy") && shown.contains("your logo") && shown.contains("your website"), "{shown}");

    // Its admin adds the website and the logo; the preflight is satisfied.
    let res = post_form(
        &w.pa,
        app,
        "acme",
        "/organisation",
        "/organisation/profile",
        &[("website", "https://p1a.test"), ("contact_name", "Ann"), ("contact_email", "ann@p1a.test"), ("contact_phone", "")],
    )
    .await;
    assert_eq!(res.status(), 303);
    let csrf = page_csrf(&w.pa, &app.url("acme", "/organisation")).await;
    let part = reqwest::multipart::Part::bytes(crate::storage::png(320, 120)).file_name("logo.png");
    let res =
        w.pa.post(app.url("acme", "/organisation/logo"))
            .header("x-csrf-token", csrf.as_str())
            .multipart(reqwest::multipart::Form::new().part("logo", part))
            .send()
            .await
            .unwrap();
    assert_eq!(res.status(), 303);
    let (_, shown) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(!shown.contains("your logo"), "{shown}");

    // The download: P1A's name on page 1, its logo, the old and the new link.
    let download = w.pu.get(app.url("acme", &format!("/assets/{id}/download"))).send().await.unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert!(download.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let stamped = download.bytes().await.unwrap().to_vec();
    let page_one = poppler("pdftotext", &["-f", "1", "-l", "1"], &stamped);
    assert!(page_one.contains("P1A") && page_one.contains("https://p1a.test") && page_one.contains("Edge Router"), "{page_one}");
    let images = poppler("pdfimages", &["-list"], &stamped);
    assert!(images.lines().skip(2).any(|l| l.split_whitespace().next() == Some("1")), "an image on page 1: {images}");
    let urls = poppler("pdfinfo", &["-url"], &stamped);
    assert!(urls.contains("https://acme.test/") && urls.contains("https://p1a.test"), "both links: {urls}");

    // Another partner gets its own copy, never P1A's details.
    let other = w.pb.get(app.url("acme", &format!("/assets/{id}/download"))).send().await.unwrap().bytes().await.unwrap();
    let text = poppler("pdftotext", &[], &other);
    assert!(text.contains("P1B") && !text.contains("P1A") && !text.contains("p1a.test"), "{text}");

    // Nobody else touches the zones: partners are refused, another tenant finds nothing.
    let zone = [("page", "1"), ("x", "1"), ("y", "1"), ("width", "5"), ("height", "5"), ("what", "logo"), ("text", "")];
    let csrf = page_csrf(&w.pa, &app.url("acme", "/assets")).await;
    let mut form = vec![("csrf_token", csrf.as_str())];
    form.extend_from_slice(&zone);
    assert_eq!(w.pa.post(app.url("acme", &action)).form(&form).send().await.unwrap().status(), 403);
    assert_eq!(w.pa.get(app.url("acme", &format!("/admin/assets/{id}/sample.pdf"))).send().await.unwrap().status(), 403);
    assert_eq!(w.foreign.get(app.url("globex", &format!("/admin/assets/{id}/sample.pdf"))).send().await.unwrap().status(), 404);
    let csrf = page_csrf(&w.foreign, &app.url("globex", "/admin/assets")).await;
    let mut form = vec![("csrf_token", csrf.as_str())];
    form.extend_from_slice(&zone);
    assert_eq!(w.foreign.post(app.url("globex", &action)).form(&form).send().await.unwrap().status(), 404);
    assert_eq!(
        w.foreign
            .post(app.url("globex", &format!("/admin/assets/{id}/zones/1/delete")))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    // Zones belong to PDFs only.
    let png = add_asset(
        &w.admin,
        app,
        &[("kind", "image"), ("locale", "en-US"), ("title", "Banner"), ("status", "draft")],
        crate::storage::png(64, 64),
        "b.png",
    )
    .await;
    let png_id = asset_id(&png);
    let res = post_form(&w.admin, app, "acme", &format!("/admin/assets/{png_id}"), &format!("/admin/assets/{png_id}/zones"), &zone).await;
    assert_eq!(res.status(), 404);
    // The editor removes a zone; the partner's copy loses it.
    let (_, edit) = w.page(&w.admin, &page).await;
    let marker = format!("/admin/assets/{id}/zones/");
    let first = edit.find(&marker).map(|at| edit[at + marker.len()..].split('/').next().unwrap().to_string()).unwrap();
    let res = post_form(&w.admin, app, "acme", &page, &format!("/admin/assets/{id}/zones/{first}/delete"), &[]).await;
    assert_eq!(res.status(), 303);
    let (_, edit) = w.page(&w.admin, &page).await;
    assert_eq!(edit.matches(&marker).count(), 2, "two zones left");
}

#[tokio::test]
async fn the_template_preview_fills_what_the_editor_types_for_a_sample_partner() {
    let w = world().await;
    let app = &w.app;
    let (_, page) = w.page(&w.admin, "/admin/assets/new").await;
    assert!(
        page.contains("formtarget=\"template-preview\"") && page.contains("js/live-preview") && page.contains("data-live-preview"),
        "{page}"
    );
    let csrf = page_csrf(&w.admin, &app.url("acme", "/admin/assets/new")).await;
    let send = |c: &reqwest::Client, host: &str, fields: Vec<(&'static str, String)>| {
        let url = app.url(host, "/admin/assets/preview");
        let c = c.clone();
        let csrf = csrf.clone();
        async move { c.post(url).header("x-csrf-token", csrf).form(&fields).send().await.unwrap() }
    };
    let typed = vec![
        ("subject", "News from {{partner_name}}".to_string()),
        ("body_html", "<p style=\"color:#0b5cad\">{{partner_name}} and {{tenant_name}}</p><script>alert(1)</script>".to_string()),
    ];
    let res = send(&w.admin, "acme", typed.clone()).await;
    assert_eq!(res.status(), 200);
    let csp = res.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("sandbox") && csp.contains("default-src 'none'") && csp.contains("style-src 'unsafe-inline'"), "{csp}");
    let body = res.text().await.unwrap();
    assert!(body.contains("News from Sample Partner Ltd") && body.contains("<p style=\"color:#0b5cad\">Sample Partner Ltd and "), "{body}");
    let bad = send(&w.admin, "acme", vec![("subject", "Hi".into()), ("body_html", "{{first_name}}".into())]).await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("Unknown placeholders: first_name"));
    // Only editors preview; another tenant's editor is no editor here.
    let csrf_pa = page_csrf(&w.pa, &app.url("acme", "/assets")).await;
    let res = w.pa.post(app.url("acme", &format!("/admin/assets/preview?csrf_token={csrf_pa}"))).form(&typed).send().await.unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn a_social_post_is_measured_per_network_and_partners_get_their_own_text() {
    let w = world().await;
    let app = &w.app;
    let base = [("kind", "social"), ("locale", "en-US"), ("title", "Launch post"), ("status", "published")];
    let png = crate::storage::png(1200, 628);
    let missing = add_asset(&w.admin, app, &base, png.clone(), "post.png").await;
    assert_eq!(missing.status(), 422);
    assert!(missing.text().await.unwrap().contains("Please fill in this field."));
    let mut fields = base.to_vec();
    fields.push(("post_text", "Hi {{first_name}}"));
    let unknown = add_asset(&w.admin, app, &fields, png.clone(), "post.png").await;
    assert_eq!(unknown.status(), 422);
    assert!(unknown.text().await.unwrap().contains("Unknown placeholders: first_name"));
    let long = format!("{{{{partner_name}}}} brings the Edge Router to your branches. {}", "Secure. ".repeat(40));
    let mut fields = base.to_vec();
    fields.push(("post_text", long.as_str()));
    let created = add_asset(&w.admin, app, &fields, png.clone(), "post.png").await;
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap());
    let id = asset_id(&created);
    let (_, edit) = w.page(&w.admin, &format!("/admin/assets/{id}")).await;
    assert!(edit.contains("Length per network") && edit.contains("LinkedIn") && edit.contains("too long"), "{edit}");
    assert!(edit.contains("data-networks=\"LinkedIn:3000,X:280"), "the live counter knows the limits");
    // The partner's copy: its own name, measured; the image as stored.
    let (_, shown) = w.page(&w.pu, &format!("/assets/{id}")).await;
    assert!(shown.contains("P1A brings the Edge Router") && shown.contains("Your post") && shown.contains("X: "), "{shown}");
    assert!(shown.contains("too long"), "over X's limit");
    let download = w.pu.get(app.url("acme", &format!("/assets/{id}/download"))).send().await.unwrap();
    assert_eq!(download.headers()["content-type"], "image/png");
    assert_eq!(download.bytes().await.unwrap().to_vec(), png);
    // Another tenant finds nothing.
    assert_eq!(w.foreign.get(app.url("globex", &format!("/admin/assets/{id}"))).send().await.unwrap().status(), 404);
}
