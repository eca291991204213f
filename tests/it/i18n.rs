//! Locale negotiation, the language switch, and per-tenant string overrides.

use crate::support::spawn_app;

#[tokio::test]
async fn accept_language_ja_renders_japanese() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let res = app.client.get(app.url("acme", "/")).header("accept-language", "ja,en;q=0.5").send().await.unwrap();
    let body = res.text().await.unwrap();
    assert!(body.contains("<html lang=\"ja-JP\">"), "{body}");
    assert!(body.contains("メインコンテンツへ"), "Japanese skip link: {body}");
}

#[tokio::test]
async fn the_tenant_default_locale_applies_without_other_signals() {
    let app = spawn_app().await;
    app.cli_ok(&[
        "tenant",
        "create",
        "--slug",
        "beispiel",
        "--name",
        "Beispiel GmbH",
        "--admin-email",
        "ops@beispiel.test",
        "--locale",
        "de-DE",
    ]);
    let body = app.get("beispiel", "/").await.text().await.unwrap();
    assert!(body.contains("<html lang=\"de-DE\">"));
}

#[tokio::test]
async fn a_lang_query_applies_to_one_request_and_unknown_values_are_ignored() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let body = app.get("acme", "/?lang=fr-FR").await.text().await.unwrap();
    assert!(body.contains("<html lang=\"fr-FR\">"));
    for junk in ["/?lang=xx-YY", "/?lang=%3Cscript%3E", "/?lang=", "/?lang=de-DE-extra"] {
        let (status, body) = app.get_text("acme", junk).await;
        assert_eq!(status, 200, "{junk}");
        assert!(body.contains("<html lang=\"en-US\">"), "{junk}");
    }
    // Nothing was remembered.
    let body = app.get("acme", "/").await.text().await.unwrap();
    assert!(body.contains("<html lang=\"en-US\">"));
}

#[tokio::test]
async fn the_language_switch_is_remembered_and_confirmed_once() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let res = app.client.post(app.url("acme", "/language")).form(&[("lang", "de-DE"), ("next", "/?from=switch")]).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/?from=switch");
    let cookies: Vec<_> = res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    let lang_cookie = cookies.iter().find(|c| c.starts_with("portico_lang=de-DE")).expect("language cookie");
    assert!(lang_cookie.contains("HttpOnly"));
    assert!(lang_cookie.contains("SameSite=Lax"));
    assert!(!lang_cookie.to_lowercase().contains("domain="), "host-only cookie");

    let body = app.get("acme", "/?from=switch").await.text().await.unwrap();
    assert!(body.contains("<html lang=\"de-DE\">"));
    assert!(body.contains("Deutsch"), "{body}");
    assert!(body.contains("class=\"flash flash-success\""), "confirmation shown: {body}");

    let body = app.get("acme", "/").await.text().await.unwrap();
    assert!(body.contains("<html lang=\"de-DE\">"), "choice survives");
    assert!(!body.contains("class=\"flash"), "confirmation shown only once");
}

#[tokio::test]
async fn the_switch_refuses_to_redirect_off_site() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    for next in ["https://evil.test/", "//evil.test/x", "/\\evil.test"] {
        let res = app.client.post(app.url("acme", "/language")).form(&[("lang", "fr-FR"), ("next", next)]).send().await.unwrap();
        assert_eq!(res.status(), 303);
        assert_eq!(res.headers()["location"], "/", "{next}");
    }
}

#[tokio::test]
async fn a_forged_flash_cookie_is_ignored() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    let forged = hex::encode(br#"{"kind":"success","message_id":"home-title","args":[["portal","FORGED"]]}"#);
    let res = app.client.get(app.url("acme", "/")).header("cookie", format!("portico_flash={forged}.00")).send().await.unwrap();
    let body = res.text().await.unwrap();
    assert!(!body.contains("FORGED"));
}

#[tokio::test]
async fn an_override_replaces_one_string_for_one_tenant_only() {
    let app = spawn_app().await;
    app.create_tenant("acme", "Acme");
    app.create_tenant("globex", "Globex");
    app.cli_ok(&["tenant", "override", "acme", "--locale", "en-US", "--id", "nav-home", "--value", "Start here"]);

    let acme = app.get("acme", "/").await.text().await.unwrap();
    assert!(acme.contains(">Start here</a>"), "{acme}");
    assert!(acme.contains("Skip to main content"), "other strings unchanged");
    let globex = app.get("globex", "/").await.text().await.unwrap();
    assert!(!globex.contains("Start here"));
    assert!(globex.contains(">Home</a>"));
    // Only that locale.
    let acme_de = app.get("acme", "/?lang=de-DE").await.text().await.unwrap();
    assert!(!acme_de.contains("Start here"));

    // Removing it brings the built-in string back.
    app.cli_ok(&["tenant", "override", "acme", "--locale", "en-US", "--id", "nav-home", "--remove"]);
    let acme = app.get("acme", "/").await.text().await.unwrap();
    assert!(acme.contains(">Home</a>"));
}
