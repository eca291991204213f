//! Tenant administration: branding with preview and logo, languages and
//! welcome texts, interface texts, users, partners, the mail log — and who
//! may do what (TEN-8).

use crate::support::{
    PASSWORD, add_partner, client, invite, organisation_id, page_csrf, post_encoded, post_form, scalar, spawn_app, spawn_app_with,
};

/// The id in the first action link of the table row that shows `email`.
fn user_id(page: &str, email: &str) -> String {
    let at = page.find(&format!("<td>{email}</td>")).unwrap_or_else(|| panic!("no row for {email}"));
    let rest = &page[at..];
    let link = rest.find("/admin/users/").unwrap() + "/admin/users/".len();
    rest[link..].split('/').next().unwrap().to_string()
}

#[tokio::test]
async fn branding_changes_show_in_a_live_preview_and_then_on_the_portal() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;

    // The htmx preview renders the unsaved colours through a stylesheet URL.
    let csrf = page_csrf(&admin, &app.url("acme", "/admin/branding")).await;
    let preview = admin
        .post(app.url("acme", "/admin/branding/preview"))
        .header("hx-request", "true")
        .header("x-csrf-token", &csrf)
        .form(&[("portal_name", "Acme Partners"), ("primary_color", "#aa2200"), ("accent_color", "#00aa22")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(preview.contains("Acme Partners"));
    assert!(preview.contains("/admin/branding/preview.css?primary=%23aa2200&#38;accent=%2300aa22"), "{preview}");
    let css = admin
        .get(app.url("acme", "/admin/branding/preview.css?primary=%23aa2200&accent=%2300aa22"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(css.contains("--brand-primary: #aa2200"));
    // Nothing saved yet.
    assert!(app.get("acme", "/branding.css").await.text().await.unwrap().contains("#1f4e8c"));

    let save = async |fields: &[(&str, &str)]| post_form(&admin, &app, "acme", "/admin/branding", "/admin/branding", fields).await;
    let bad = save(&[
        ("portal_name", ""),
        ("primary_color", "red;}"),
        ("accent_color", "#00aa22"),
        ("mail_sender_name", "Acme"),
        ("footer_links", "Docs | javascript:alert(1)"),
    ])
    .await;
    assert_eq!(bad.status(), 422);
    let text = bad.text().await.unwrap();
    assert!(text.contains("Please fill in this field") && text.contains("Please choose a colour") && text.contains("is not “Label"));

    let ok = save(&[
        ("portal_name", "Acme <Partners>"),
        ("primary_color", "#AA2200"),
        ("accent_color", "#00aa22"),
        ("mail_sender_name", "Acme"),
        ("footer_links", "Docs | https://docs.acme.test"),
    ])
    .await;
    assert_eq!(ok.status(), 303);
    let css = app.get("acme", "/branding.css").await.text().await.unwrap();
    assert!(css.contains("--brand-primary: #aa2200;"), "{css}");
    let home = client().get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Acme &#60;Partners&#62;"));
    assert!(home.contains("https://docs.acme.test"));
}

#[tokio::test]
async fn a_logo_upload_accepts_real_images_only() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let csrf = page_csrf(&admin, &app.url("acme", "/admin/branding")).await;
    let upload = |bytes: Vec<u8>, name: &'static str| {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name);
        // As the page's form sends it: the token is the first field.
        let form = reqwest::multipart::Form::new().text("csrf_token", csrf.clone()).part("logo", part);
        admin.post(app.url("acme", "/admin/branding/logo")).multipart(form).send()
    };
    // The page never puts the token in a URL, and one there is not taken.
    let page = admin.get(app.url("acme", "/admin/branding")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("?csrf_token="), "no token in any form's action");
    let in_url = admin
        .post(app.url("acme", &format!("/admin/branding/logo?csrf_token={csrf}")))
        .multipart(
            reqwest::multipart::Form::new().part("logo", reqwest::multipart::Part::bytes(crate::storage::png(8, 8)).file_name("a.png")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(in_url.status(), 403, "a token in the URL is refused");
    let storage_shown = || async {
        let page = admin.get(app.url("acme", "/admin")).send().await.unwrap().text().await.unwrap();
        page.split("<dt>Files stored</dt><dd>").nth(1).and_then(|r| r.split('<').next()).map(str::to_string).unwrap_or_default()
    };
    assert_eq!(storage_shown().await, "0 B", "nothing stored yet");
    let fake = upload(b"<svg onload=alert(1)>".to_vec(), "logo.png").await.unwrap();
    assert_eq!(fake.status(), 422);
    let huge = upload([b"\x89PNG\r\n\x1a\n".to_vec(), vec![0u8; 600 * 1024]].concat(), "big.png").await.unwrap();
    assert_eq!(huge.status(), 413);
    // PNG magic and then nothing an image decoder can read.
    let broken = upload([b"\x89PNG\r\n\x1a\n".to_vec(), vec![1u8; 64]].concat(), "logo.png").await.unwrap();
    assert_eq!(broken.status(), 422);
    assert!(broken.text().await.unwrap().contains("The file cannot be read"));
    let png = crate::storage::png(120, 60);
    let ok = upload(png.clone(), "../../etc/passwd.png").await.unwrap();
    assert_eq!(ok.status(), 303);
    let logo = app.get("acme", "/branding/logo").await;
    assert_eq!(logo.headers()["content-type"], "image/png");
    assert_eq!(logo.headers()["x-content-type-options"], "nosniff");
    assert_eq!(logo.bytes().await.unwrap().to_vec(), png);
    // A second logo replaces the first; the first's bytes are gone.
    assert_eq!(upload(crate::storage::png(30, 30), "second.png").await.unwrap().status(), 303);
    // Stored under the tenant's keys with names of ours, wherever the storage is.
    let storage = portico::storage::store::Storage::open(&app.config().storage).unwrap();
    let names = storage.list("t/1/branding/").await.unwrap();
    assert_eq!(names.len(), 1, "{names:?}");
    // The overview counts what the tenant stores: the logo and its thumbnail, not the replaced one.
    let shown = storage_shown().await;
    assert!(shown.ends_with(" B") || shown.ends_with(" KB"), "{shown}");
    assert_ne!(shown, "0 B");
    assert!(names.iter().all(|(k, _)| k.starts_with("t/1/branding/") && k.ends_with(".png") && !k.contains("passwd")), "{names:?}");
}

#[tokio::test]
async fn languages_and_welcome_texts_are_set_per_tenant() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    // The form as a browser sends it, `enabled` once per ticked language.
    let csrf = page_csrf(&admin, &app.url("acme", "/admin/languages")).await;
    let url = app.url("acme", "/admin/languages");
    let res = post_encoded(&admin, &url, format!("csrf_token={csrf}&enabled=de-DE&enabled=en-US&default=de-DE")).await;
    assert_eq!(res.status(), 303);
    let bad = post_encoded(&admin, &url, format!("csrf_token={csrf}&enabled=en-US&default=ja-JP")).await;
    assert_eq!(bad.status(), 422);

    let res = post_form(
        &admin,
        &app,
        "acme",
        "/admin/languages",
        "/admin/welcome",
        &[("locale", "de-DE"), ("body", "Willkommen bei Acme!\n\nZweiter Absatz.")],
    )
    .await;
    assert_eq!(res.status(), 303);

    let visitor = client();
    let home = visitor.get(app.url("acme", "/")).header("accept-language", "ja").send().await.unwrap().text().await.unwrap();
    assert!(home.contains("<html lang=\"de-DE\">"), "Japanese is not offered: the default applies");
    assert!(home.contains("<p>Willkommen bei Acme!</p>") && home.contains("<p>Zweiter Absatz.</p>"));
    assert!(!home.contains("value=\"ja-JP\""), "the switcher offers enabled languages only");
}

#[tokio::test]
async fn interface_texts_can_be_searched_and_overridden() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let fragment = admin
        .get(app.url("acme", "/admin/texts?locale=en-US&q=skip"))
        .header("hx-request", "true")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!fragment.contains("<html"), "htmx gets the rows only");
    assert!(fragment.contains("skip-to-content"));
    assert!(!fragment.contains("nav-home"));

    let save = |fields: &'static [(&'static str, &'static str)]| post_form(&admin, &app, "acme", "/admin/texts", "/admin/texts", fields);
    assert_eq!(save(&[("locale", "en-US"), ("id", "nav-home"), ("value", "Start")]).await.status(), 303);
    let home = client().get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains(">Start</a>"));
    assert_eq!(save(&[("locale", "en-US"), ("id", "no-such-id"), ("value", "x")]).await.status(), 400);
    assert_eq!(save(&[("locale", "en-US"), ("id", "nav-home"), ("value", ""), ("remove", "1")]).await.status(), 303);
    assert!(client().get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap().contains(">Home</a>"));
}

#[tokio::test]
async fn the_text_editor_refuses_broken_texts_hides_operator_strings_and_renames_a_term_after_a_preview() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let save = |fields: &'static [(&'static str, &'static str)]| post_form(&admin, &app, "acme", "/admin/texts", "/admin/texts", fields);

    // A broken placeholder and an unknown variable: 422, the typed text shown again with why.
    let res = save(&[("locale", "en-US"), ("id", "nav-home"), ("value", "Start {")]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("a lone “{” or “}” is not allowed"), "the parser's refusal in words");
    assert!(page.contains(">Start {</textarea>") && page.contains("aria-invalid=\"true\""));
    let res = save(&[("locale", "en-US"), ("id", "texts-count"), ("value", "{ $total } texts")]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("{ $total } is not a placeholder of this text. It has: { $count }."), "names the placeholders it has");
    let res = save(&[("locale", "en-US"), ("id", "nav-home"), ("value", "{ $portal }")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("which has none"));
    let res = save(&[("locale", "en-US"), ("id", "nav-home"), ("value", "{ -brand }")]).await;
    assert_eq!(res.status(), 422);
    // A valid choice between forms is kept and used where the count is given.
    let res = save(&[
        ("locale", "en-US"),
        ("id", "form-error-summary"),
        ("value", "{ $count ->\n [one] One thing to fix\n *[other] { $n } things to fix\n}"),
    ])
    .await;
    assert_eq!(res.status(), 303);
    let res =
        post_form(&admin, &app, "acme", "/admin/texts", "/admin/texts/rename", &[("locale", "en-US"), ("from", "Deals"), ("to", "")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains(">One thing to fix</h2>"), "the tenant's text with its plural form");

    // Strings only operators read are not listed and cannot be saved.
    let listed = admin.get(app.url("acme", "/admin/texts?locale=en-US&q=platform")).send().await.unwrap().text().await.unwrap();
    assert!(!listed.contains("<code>platform-") && !listed.contains("<code>operator-") && !listed.contains("<code>dev-"));
    assert_eq!(save(&[("locale", "en-US"), ("id", "platform-heading"), ("value", "Mine")]).await.status(), 400);

    // Renaming a term: refused when empty or unchanged, previewed, then applied.
    let rename =
        |fields: &'static [(&'static str, &'static str)]| post_form(&admin, &app, "acme", "/admin/texts", "/admin/texts/rename", fields);
    let res = rename(&[("locale", "en-US"), ("from", "Deals"), ("to", "deals")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("must differ"));
    assert_eq!(rename(&[("locale", "en-US"), ("from", ""), ("to", "Opportunities")]).await.status(), 422);
    let preview = rename(&[("locale", "en-US"), ("from", "Deals"), ("to", "Opportunities")]).await;
    assert_eq!(preview.status(), 200);
    let preview = preview.text().await.unwrap();
    assert!(preview.contains("<code>nav-deals</code>") && preview.contains("<ins>Opportunities</ins>"), "{preview}");
    assert!(!preview.contains("<code>platform-"), "operator strings are not renamed");
    let deals = admin.get(app.url("acme", "/deals")).send().await.unwrap().text().await.unwrap();
    assert!(deals.contains(">Deals</a>") && !deals.contains("Opportunities"), "a preview changes nothing");
    let res = rename(&[("locale", "en-US"), ("from", "Deals"), ("to", "Opportunities"), ("apply", "1")]).await;
    assert_eq!(res.status(), 303);
    let deals = admin.get(app.url("acme", "/deals")).send().await.unwrap().text().await.unwrap();
    assert!(deals.contains(">Opportunities</a>") && !deals.contains(">Deals</a>"));
    assert!(deals.contains("The term was renamed."));
    // Another tenant keeps its words, and cannot rename ours (its session is refused on our host).
    let globex = app.tenant_with_admin("globex", PASSWORD).await;
    let theirs = globex.get(app.url("globex", "/deals")).send().await.unwrap().text().await.unwrap();
    assert!(theirs.contains(">Deals</a>") && !theirs.contains("Opportunities"));
    let csrf = page_csrf(&globex, &app.url("globex", "/admin/texts")).await;
    let res = globex
        .post(app.url("acme", "/admin/texts/rename"))
        .form(&[("csrf_token", csrf.as_str()), ("locale", "en-US"), ("from", "Opportunities"), ("to", "Leads"), ("apply", "1")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error(), "{}", res.status());
    // Another language keeps its words; a term nobody uses changes nothing.
    let german = admin.get(app.url("acme", "/deals?lang=de-DE")).send().await.unwrap().text().await.unwrap();
    assert!(!german.contains("Opportunities"));
    let res = rename(&[("locale", "en-US"), ("from", "Zeppelin"), ("to", "Airship"), ("apply", "1")]).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("nothing would change"));
    assert_eq!(scalar(&app, "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'tenant.term_renamed'"), 1);
}

#[tokio::test]
async fn vendor_admins_invite_change_and_deactivate_users_and_partner_admins_manage_their_own() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    add_partner(&app, &admin, "acme", "P1A", "p1a.test").await;
    add_partner(&app, &admin, "acme", "P1B", "p1b.test").await;
    let p1a = organisation_id(&app, &admin, "acme", "P1A").await;
    let p1b = organisation_id(&app, &admin, "acme", "P1B").await;

    // Role and organisation must fit; addresses are unique in the tenant.
    let invite_as = async |c: &reqwest::Client, area: &str, fields: &[(&str, &str)]| {
        post_form(c, &app, "acme", area, &format!("{area}/invite"), fields).await
    };
    let res = invite_as(
        &admin,
        "/admin/users",
        &[("email", "x@p1a.test"), ("display_name", "X"), ("role", "vendor_admin"), ("organisation_id", &p1a)],
    )
    .await;
    assert_eq!(res.status(), 422);
    invite(&app, &admin, "acme", "anna@p1a.test", "partner_admin", &p1a).await;
    invite(&app, &admin, "acme", "ben@p1b.test", "partner_admin", &p1b).await;
    let again = invite_as(
        &admin,
        "/admin/users",
        &[("email", "ANNA@p1a.test"), ("display_name", "Anna"), ("role", "partner_user"), ("organisation_id", &p1a)],
    )
    .await;
    assert_eq!(again.status(), 422);
    assert!(again.text().await.unwrap().contains("already uses this e-mail address"));

    // Anna (partner admin of P1A) manages P1A only.
    let anna = app.accept_invitation("acme", "anna@p1a.test", PASSWORD).await;
    let own = anna.get(app.url("acme", "/organisation/users")).send().await.unwrap().text().await.unwrap();
    assert!(own.contains("anna@p1a.test"));
    assert!(!own.contains("ben@p1b.test") && !own.contains("ops@acme.test"), "another organisation's users stay hidden");
    let res =
        invite_as(&anna, "/organisation/users", &[("email", "carl@p1a.test"), ("display_name", "Carl"), ("role", "partner_user")]).await;
    assert_eq!(res.status(), 303);
    let res =
        invite_as(&anna, "/organisation/users", &[("email", "eve@p1a.test"), ("display_name", "Eve"), ("role", "vendor_admin")]).await;
    assert_eq!(res.status(), 422, "no staff roles for partner admins");
    // Ben's id, guessed from the admin's page, is out of Anna's reach (404).
    let admin_users = admin.get(app.url("acme", "/admin/users")).send().await.unwrap().text().await.unwrap();
    let ben_id = user_id(&admin_users, "ben@p1b.test");
    let res = post_form(&anna, &app, "acme", "/organisation/users", &format!("/organisation/users/{ben_id}/deactivate"), &[]).await;
    assert_eq!(res.status(), 404);
    assert_eq!(anna.get(app.url("acme", "/admin/users")).send().await.unwrap().status(), 403);

    // Deactivation ends Anna's sessions at once (SES-4); reactivation lets her back in.
    let anna_id = user_id(&admin_users, "anna@p1a.test");
    let res = post_form(&admin, &app, "acme", "/admin/users", &format!("/admin/users/{anna_id}/deactivate"), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(anna.get(app.url("acme", "/organisation/users")).send().await.unwrap().status(), 303, "signed out");
    assert_eq!(app.sign_in_with(&client(), "acme", "anna@p1a.test", PASSWORD).await.status(), 401);
    post_form(&admin, &app, "acme", "/admin/users", &format!("/admin/users/{anna_id}/reactivate"), &[]).await;
    assert_eq!(app.sign_in_with(&client(), "acme", "anna@p1a.test", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn the_mail_log_shows_this_tenants_mail_only() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    app.create_tenant("globex", "Globex");
    let page = admin.get(app.url("acme", "/admin/mail")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("ops@acme.test"));
    assert!(!page.contains("ops@globex.test"));
}

#[tokio::test]
async fn administration_is_closed_to_partners_anonymous_visitors_and_other_tenants() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    add_partner(&app, &admin, "acme", "P1A", "p1a.test").await;
    let p1a = organisation_id(&app, &admin, "acme", "P1A").await;
    invite(&app, &admin, "acme", "pat@p1a.test", "partner_user", &p1a).await;
    let partner = app.accept_invitation("acme", "pat@p1a.test", PASSWORD).await;
    let globex_admin = app.tenant_with_admin("globex", PASSWORD).await;

    for path in [
        "/admin",
        "/admin/branding",
        "/admin/languages",
        "/admin/texts",
        "/admin/users",
        "/admin/partners",
        "/admin/sso",
        "/admin/sso/new",
        "/admin/mail",
        "/organisation/users",
    ] {
        let res = partner.get(app.url("acme", path)).send().await.unwrap();
        assert_eq!(res.status(), 403, "partner user on {path}");
        let res = client().get(app.url("acme", path)).send().await.unwrap();
        assert_eq!(res.status(), 303, "anonymous on {path}");
        let res = globex_admin.get(app.url("acme", path)).send().await.unwrap();
        assert_eq!(res.status(), 303, "globex admin on acme {path}");
    }
    // Writes too: a partner posting to vendor endpoints changes nothing.
    let hacked = [("portal_name", "Hacked"), ("primary_color", "#000000"), ("accent_color", "#000000"), ("mail_sender_name", "x")];
    let res = post_form(&partner, &app, "acme", "/", "/admin/branding", &hacked).await;
    assert_eq!(res.status(), 403);
    assert!(!client().get(app.url("acme", "/")).send().await.unwrap().text().await.unwrap().contains("Hacked"));
}

#[tokio::test]
async fn failed_admin_forms_answer_422_with_the_input_kept_and_a_message() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;

    // A welcome text that is too long comes back as typed, not as a redirect.
    let long = "Willkommen ".repeat(500);
    let res = post_form(&admin, &app, "acme", "/admin/languages", "/admin/welcome", &[("locale", "en-US"), ("body", &long)]).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains(long.trim()), "the typed text is kept");
    assert!(page.contains("5000"), "the message names the limit");
    let res = post_form(&admin, &app, "acme", "/admin/languages", "/admin/welcome", &[("locale", "en-US"), ("body", "  ")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("The welcome text cannot be empty."));

    // Editing a partner with a bad website keeps every typed value.
    add_partner(&app, &admin, "acme", "Initech", "initech.test").await;
    let id = organisation_id(&app, &admin, "acme", "Initech").await;
    let path = format!("/admin/partners/{id}");
    let fields = [
        ("name", "Initech Renamed"),
        ("website", "javascript:alert(1)"),
        ("country", "FR"),
        ("status", "active"),
        ("email_domains", "initech.test"),
    ];
    let res = post_form(&admin, &app, "acme", &path, &path, &fields).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("value=\"Initech Renamed\""), "the typed name is kept");
    assert!(page.contains("Enter a web address, such as fabrikam.example or https://fabrikam.example."), "a message on the field");
    let list = admin.get(app.url("acme", "/admin/partners")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("Initech") && !list.contains("Initech Renamed"), "nothing was saved");
    // A website as people type it, without a scheme: taken, as https.
    let fields = [
        ("name", "Initech"),
        ("website", "www.initech.example/de"),
        ("country", "france"),
        ("status", "active"),
        ("email_domains", "initech.test"),
    ];
    assert_eq!(post_form(&admin, &app, "acme", &path, &path, &fields).await.status(), 303);
    let page = admin.get(app.url("acme", &path)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("value=\"https://www.initech.example/de\""), "{page}");
    assert!(page.contains("value=\"France\""), "a country typed by name is kept as its code and shown by name");
    let found = admin.get(app.url("acme", "/admin/partners?country=Frankreich")).header("accept-language", "de").send().await.unwrap();
    let found = found.text().await.unwrap();
    assert!(found.contains(">Initech<"), "the list filters by a country's name in the reader's language");
    assert!(found.contains("eine Partnerorganisation") && found.contains("Filter zurücksetzen"), "how many match, and a way back");
    let none = admin.get(app.url("acme", "/admin/partners?country=JP")).send().await.unwrap().text().await.unwrap();
    assert!(!none.contains(">Initech<"), "and by code");

    // A tier name that is taken (every tenant starts with Gold) is a message
    // on the page, not a redirect.
    let tier = [("id", ""), ("name", "Gold"), ("protection_days", "90"), ("max_open_deals", "10"), ("auto_approve", "0")];
    let res = post_form(&admin, &app, "acme", "/admin/tiers", "/admin/tiers", &tier).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("A tier with this name exists already."));
}

#[tokio::test]
async fn a_multipart_body_over_the_body_limit_is_refused_whatever_its_fields() {
    let app = spawn_app_with(&[("PORTICO_MAX_BODY_BYTES", "65536")]).await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let csrf = page_csrf(&admin, &app.url("acme", "/admin/branding")).await;
    // A field the handler does not want, far over PORTICO_MAX_BODY_BYTES, then a real logo.
    let junk = reqwest::multipart::Part::bytes(vec![b'x'; 256 * 1024]).file_name("junk.bin");
    let png = reqwest::multipart::Part::bytes([b"\x89PNG\r\n\x1a\n".to_vec(), vec![1u8; 64]].concat()).file_name("logo.png");
    let res = admin
        .post(app.url("acme", "/admin/branding/logo"))
        .header("x-csrf-token", csrf.as_str())
        .multipart(reqwest::multipart::Form::new().part("junk", junk).part("logo", png))
        .send()
        .await;
    // Refused before the rest is read: a 413, or the connection closed on the unread body.
    if let Ok(res) = res {
        assert_eq!(res.status(), 413);
    }
    assert_eq!(app.get("acme", "/branding/logo").await.status(), 404, "no logo was stored");
}

/// How many rows of `table` have `column` = `value` (a test-only count).
pub(crate) fn rows_with(app: &crate::support::TestApp, table: &str, column: &str, value: &str) -> i64 {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut pooled = app.pool().get().unwrap();
    let conn: &mut portico::db::AnyConnection = &mut pooled;
    let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = '{value}'");
    diesel::sql_query(sql).get_result::<Count>(conn).unwrap().n
}

/// The `form_key` of the first form on `page` that has one.
pub(crate) fn form_key_of(page: &str) -> String {
    let key = page.split("name=\"form_key\" value=\"").nth(1).expect("the form carries a one-time key").split('"').next().unwrap();
    assert!(key.len() >= 16, "{key}");
    key.to_string()
}

#[tokio::test]
async fn every_form_that_creates_something_sent_twice_makes_one_record() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let vendor = organisation_id(&app, &admin, "acme", "ACME").await;
    // (page, action, fields, table, column, value): each form sent once, again
    // (a retry after a reset), then twice at the same moment (a double click).
    type Form<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>, &'a str, &'a str, &'a str);
    let forms: Vec<Form> = vec![
        (
            "/admin/partners",
            "/admin/partners",
            vec![("name", "Twiceco"), ("email_domains", "twiceco.test")],
            "organisations",
            "name",
            "Twiceco",
        ),
        ("/admin/products", "/admin/products", vec![("name", "Twice Box"), ("sku", "TB-2")], "products", "name", "Twice Box"),
        (
            "/admin/tiers",
            "/admin/tiers",
            vec![("name", "Twice Tier"), ("protection_days", "30"), ("max_open_deals", "5"), ("auto_approve", "0")],
            "tiers",
            "name",
            "Twice Tier",
        ),
        (
            "/admin/users",
            "/admin/users/invite",
            vec![
                ("email", "twice@acme.test"),
                ("display_name", "Twice"),
                ("role", "channel_manager"),
                ("organisation_id", vendor.as_str()),
            ],
            "users",
            "email",
            "twice@acme.test",
        ),
    ];
    for (page, action, fields, table, column, value) in forms {
        let html = admin.get(app.url("acme", page)).send().await.unwrap().text().await.unwrap();
        let csrf = crate::support::csrf_from(&html);
        let key = form_key_of(&html);
        let mut body = vec![("csrf_token", csrf.as_str()), ("form_key", key.as_str())];
        body.extend(fields.iter().copied());
        let send = || admin.post(app.url("acme", action)).form(&body).send();
        let first = send().await.unwrap();
        let again = send().await.unwrap();
        let (a, b) = futures_util::future::join(send(), send()).await;
        for res in [&first, &again, &a.unwrap(), &b.unwrap()] {
            assert_eq!(res.status(), 303, "{action}: every send is answered as the first");
            assert_eq!(res.headers()["location"], first.headers()["location"], "{action}");
        }
        assert_eq!(rows_with(&app, table, column, value), 1, "{action}: one record");
    }
    assert_eq!(rows_with(&app, "mail_outbox", "to_address", "twice@acme.test"), 1, "one invitation mail");

    // A visitor's application, twice.
    let visitor = client();
    let html = visitor.get(app.url("acme", "/become-a-partner")).send().await.unwrap().text().await.unwrap();
    let key = form_key_of(&html);
    let body = [
        ("form_key", key.as_str()),
        ("company", "Twice Applicant"),
        ("country", "FR"),
        ("contact_name", "Claire"),
        ("contact_email", "claire@twice.test"),
        ("message", ""),
        ("website", ""),
    ];
    for _ in 0..2 {
        let res = visitor.post(app.url("acme", "/become-a-partner")).form(&body).send().await.unwrap();
        assert_eq!(res.status(), 200);
    }
    assert_eq!(rows_with(&app, "partner_applications", "company", "Twice Applicant"), 1);

    // A key answers its own form and person only: the same key on another
    // partner's form makes that partner.
    let html = admin.get(app.url("acme", "/admin/partners")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::support::csrf_from(&html);
    let key = form_key_of(&html);
    for name in ["Keyco One", "Keyco Two"] {
        let body = [("csrf_token", csrf.as_str()), ("form_key", key.as_str()), ("name", name), ("email_domains", "")];
        let res = admin.post(app.url("acme", "/admin/partners")).form(&body).send().await.unwrap();
        assert_eq!(res.status(), 303);
    }
    let html = admin.get(app.url("acme", "/admin/products")).send().await.unwrap().text().await.unwrap();
    let key_reused = form_key_of(&html);
    let body = [("csrf_token", csrf.as_str()), ("form_key", key_reused.as_str()), ("name", "Keyco Three"), ("email_domains", "")];
    assert_eq!(admin.post(app.url("acme", "/admin/partners")).form(&body).send().await.unwrap().status(), 303);
    assert_eq!(rows_with(&app, "organisations", "name", "Keyco One"), 1);
    assert_eq!(rows_with(&app, "organisations", "name", "Keyco Two"), 0, "the same partner form again answered with the first");
    assert_eq!(rows_with(&app, "organisations", "name", "Keyco Three"), 1, "a product form's key made a partner of its own");
}

#[tokio::test]
async fn the_invite_form_starts_least_privileged_and_role_menus_offer_only_fitting_roles() {
    let app = spawn_app().await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    // No partner yet: the least-privileged staff role, with the vendor.
    let page = admin.get(app.url("acme", "/admin/users")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<option value=\"marketing_editor\" selected>"), "{page}");
    assert!(!page.contains("<option value=\"vendor_admin\" selected>"), "never the most privileged by default");
    add_partner(&app, &admin, "acme", "P1A", "p1a.test").await;
    let p1a = organisation_id(&app, &admin, "acme", "P1A").await;
    invite(&app, &admin, "acme", "anna@p1a.test", "partner_admin", &p1a).await;
    // With a partner: a partner user of the first partner — a pair that fits.
    let page = admin.get(app.url("acme", "/admin/users")).send().await.unwrap().text().await.unwrap();
    let form = &page[page.find("id=\"invite-role\"").unwrap()..];
    assert!(form.contains("<option value=\"partner_user\" selected>"));
    assert!(form.contains(&format!("<option value=\"{p1a}\" selected>")));
    // The admin's own row has no menu; Anna's offers partner roles only.
    let anna = &page[page.find("<td>anna@p1a.test</td>").unwrap()..];
    let menu = &anna[..anna.find("</select>").unwrap()];
    assert!(menu.contains("value=\"partner_user\"") && menu.contains("value=\"partner_admin\""));
    assert!(!menu.contains("value=\"vendor_admin\"") && !menu.contains("value=\"channel_manager\""), "{menu}");
}
